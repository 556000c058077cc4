"""`smarttek-dsar mailbox ...` and `case send` against real servers (Dovecot, aiosmtpd)."""

from __future__ import annotations

import email
import email.policy

from tests.cli.conftest import PW
from tests.mail_servers import MAIL_PASSWORD, dovecot, smtp_server  # noqa: F401 - fixtures
from tests.mailbox.mailbox_mails import ARRIVED, broken_mail, request_mail


def _configure_imap(ready, server) -> None:
    s = server.settings()
    done = ready("mailbox", "configure", "--host", s["host"], "--port", str(s["port"]),
                 "--security", "none", "--account", s["user"], "--processed-folder",
                 "Done", user="dpo", password=PW)
    assert done.code == 0, done.err
    assert "Saved" in done.out


def test_configure_and_fetch_from_the_command_line(ready, dovecot):  # noqa: F811
    _configure_imap(ready, dovecot)
    dovecot.append(request_mail(1), ARRIVED)
    dovecot.append(broken_mail(), ARRIVED)
    env = {"SMARTTEK_DSAR_IMAP_PASSWORD": MAIL_PASSWORD}
    fetched = ready("mailbox", "fetch", "--json", user="anna", password=PW, extra_env=env)
    assert fetched.code == 1, fetched.err  # one message could not be imported
    report = fetched.json()
    assert [m["status"] for m in report["messages"]] == ["created", "error"]
    assert report["new_requests"] == 1 and report["messages"][0]["case"]
    assert dovecot.count("Done") == 1 and dovecot.count("INBOX") == 1

    again = ready("mailbox", "fetch", user="anna", password=PW, extra_env=env)
    assert again.code == 1 and "0 new requests" in again.out
    assert "could not be imported" in again.out
    shown = ready("mailbox", "show", "--json", user="anna", password=PW).json()
    assert shown["imap"]["processed_folder"] == "Done" and "password" not in str(shown)


def test_fetch_speaks_the_language_lang_chose(ready, dovecot):  # noqa: F811
    """`--lang lv` says the fetch's report and each message's note in Latvian, in the table and
    in the JSON; without it they stay English."""
    _configure_imap(ready, dovecot)
    dovecot.append(request_mail(1), ARRIVED)
    dovecot.append(broken_mail(), ARRIVED)
    env = {"SMARTTEK_DSAR_IMAP_PASSWORD": MAIL_PASSWORD}
    latvian = ready("--lang", "lv", "mailbox", "fetch", user="anna", password=PW, extra_env=env)
    assert latvian.code == 1, latvian.err
    assert "1 jauns pieprasījums" in latvian.out
    assert "nevarēja importēt, atstāti pastkastē: 1" in latvian.out
    for english in ("new request", "could not be imported", "Mailbox "):
        assert english not in latvian.out
    broken_note = latvian.out.splitlines()[-2]  # the table's last row: the broken message
    assert "error" in broken_note and "sender" not in broken_note.lower()

    as_json = ready("--lang", "lv", "mailbox", "fetch", "--json", user="anna", password=PW,
                    extra_env=env).json()
    [left] = as_json["messages"]
    assert left["status"] == "error" and left["message"] and "sender" not in left["message"]
    english = ready("mailbox", "fetch", "--json", user="anna", password=PW, extra_env=env).json()
    assert "sender" in english["messages"][0]["message"].lower()


def test_mistakes_are_one_clear_line(ready, dovecot):  # noqa: F811
    not_set = ready("mailbox", "fetch", user="anna", password=PW)
    assert not_set.code == 1 and "not set up" in not_set.err and "Traceback" not in not_set.err
    _configure_imap(ready, dovecot)
    no_password = ready("mailbox", "fetch", user="anna", password=PW)
    assert no_password.code == 1 and "No password for the mailbox" in no_password.err
    wrong = ready("mailbox", "fetch", user="anna", password=PW,
                  extra_env={"SMARTTEK_DSAR_IMAP_PASSWORD": "wrong"})
    assert wrong.code == 1 and "refused the sign-in" in wrong.err
    refused = ready("mailbox", "configure", "--host", "imap.example.lv", "--security", "none",
                    user="dpo", password=PW)
    assert refused.code == 1 and "unencrypted" in refused.err
    not_admin = ready("mailbox", "configure", "--host", "127.0.0.1", user="anna", password=PW)
    assert not_admin.code == 1 and "Traceback" not in not_admin.err


def test_case_send_letter(ready, smtp_server):  # noqa: F811
    s = smtp_server.settings()
    configured = ready("mailbox", "configure-smtp", "--host", s["host"], "--port",
                       str(s["port"]), "--security", "none", user="dpo", password=PW)
    assert configured.code == 0, configured.err
    created = ready("case", "new", "--channel", "email", "--received", "2026-12-01",
                    "--subject-name", "Jānis Bērziņš", "--email", "janis@example.lv",
                    "--right", "access", "--json", user="anna", password=PW)
    assert created.code == 0, created.err
    number = created.json()["number"]
    sent = ready("case", "send", number, "--letter", "acknowledgement", "--json",
                 user="anna", password=PW)
    assert sent.code == 0, sent.err
    answer = sent.json()
    assert answer["to"] == "janis@example.lv" and answer["delivery"] is False
    message = email.message_from_bytes(smtp_server.received[0].data,
                                       policy=email.policy.default)
    assert message["Message-ID"] == answer["message_id"]
    attachment = next(message.iter_attachments())
    assert attachment.get_content().startswith(b"%PDF")
    plain = ready("case", "send", number, "--package", "nothing.7z", user="anna", password=PW)
    assert plain.code == 1 and "Traceback" not in plain.err
