"""Importing request files as cases, on SQLite and PostgreSQL: what the DPO finds in the case
afterwards, and that a bad file leaves nothing behind."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta

import pytest

from smarttek_dsar.domain.clock import RIGA
from smarttek_dsar.domain.progress import CallbackProgress
from smarttek_dsar.domain.rights import Channel, Right
from smarttek_dsar.domain.workflow import Stage
from smarttek_dsar.services.errors import PermissionDenied
from tests.services.case_factory import JANIS_CODE
from tests.services.intake_files import (
    RECEIVED_AT,
    alternative_mail,
    future_mail,
    iso_8859_13_mail,
    mail,
    outlook_file,
    portal_file,
    portal_with_attachment,
    scan_file,
    windows_1257_mail,
    write,
)


def imported(services, actor, path, **kwargs):
    (result,) = services.imports.import_files(actor, [path], **kwargs)
    return result


def detail_of(services, actor, result):
    assert result.status == "created", result.message
    return services.cases.detail(actor, result.case_number)


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_email_becomes_a_case_with_its_evidence_and_receipt_proof(services, specialist, tmp_path):
    data = mail()
    result = imported(services, specialist, write(tmp_path, "pieprasījums.eml", data))
    assert result.message.startswith("Created DSAR-2024-0001")
    case = detail_of(services, specialist, result)
    assert case.summary.channel is Channel.EMAIL
    assert case.summary.received_at == RECEIVED_AT  # our server's Received header
    assert case.summary.rights == (Right.ACCESS,)
    assert case.summary.due_date == date(2024, 10, 3)  # GDPR 12(3): one month after 3 Sept
    assert case.language == "lv"
    (subject,) = case.parties
    assert (subject.role, subject.name, subject.email) == (
        "subject", "Jānis Bērziņš", "janis.berzins@example.lv")
    kinds = {a.kind: a for a in case.attachments}
    assert kinds["evidence"].filename == "pieprasījums.eml"
    assert kinds["evidence"].sha256 == sha(data)
    assert kinds["request"].filename == "iesniegums_Bērziņš.pdf"
    assert "first Received header" in case.receipt_proof
    assert sha(data) in case.receipt_proof
    assert "Rights guessed" in case.receipt_proof and "confirm" in case.receipt_proof
    assert case.request_text.startswith("Subject: Piekļuves pieprasījums")
    assert any("Rights guessed" in note for note in map(str, result.notes))


def test_nested_multipart_alternative_reads_the_plain_text(services, specialist, tmp_path):
    case = detail_of(services, specialist, imported(
        services, specialist, write(tmp_path, "alt.eml", alternative_mail())))
    assert case.request_text.endswith("Lūdzu dzēst visus manus personas datus.")
    assert "<b>" not in case.request_text
    assert Right.ERASURE in case.summary.rights
    assert [a.filename for a in case.attachments if a.kind == "request"] == ["pilnvara_Ķēniņš.pdf"]


def test_baltic_charsets_and_encoded_headers(services, specialist, tmp_path):
    quoted = detail_of(services, specialist, imported(
        services, specialist, write(tmp_path, "cp1257.eml", windows_1257_mail())))
    assert quoted.parties[0].name == "Līga Ķeņģe"
    assert "Datu dzēšana" in quoted.request_text
    assert "Ar cieņu, Līga Ķeņģe" in quoted.request_text
    assert quoted.summary.rights == (Right.ERASURE,)
    base64_mail = detail_of(services, specialist, imported(
        services, specialist, write(tmp_path, "iso13.eml", iso_8859_13_mail())))
    assert base64_mail.parties[0].name == "Ēriks Ozoliņš"
    assert "Vēlos saņemt savu datu kopiju" in base64_mail.request_text
    (attachment,) = [a for a in base64_mail.attachments if a.kind == "request"]
    assert attachment.filename == "pieteikums_Ozoliņš.pdf"


def test_english_mail_is_answered_in_english(services, specialist, tmp_path):
    data = mail(subject="Data access request", message_id="<en@example.com>",
                body="Dear Sir or Madam, please send me a copy of all my personal data.")
    case = detail_of(services, specialist, imported(services, specialist,
                                                    write(tmp_path, "en.eml", data)))
    assert case.language == "en"


def test_outlook_message(services, specialist, tmp_path):
    data = outlook_file()
    case = detail_of(services, specialist, imported(services, specialist,
                                                    write(tmp_path, "dzēšana.msg", data)))
    assert case.summary.rights == (Right.ERASURE,)
    assert "PR_MESSAGE_DELIVERY_TIME" in case.receipt_proof
    assert case.parties[0].email == "janis@example.lv"
    evidence = next(a for a in case.attachments if a.kind == "evidence")
    assert (evidence.sha256, evidence.media_type) == (sha(data), "application/vnd.ms-outlook")


def test_portal_request_from_logged_in_account_has_identity_checked(services, specialist,
                                                                    tmp_path):
    data = portal_file(language="en")
    result = imported(services, specialist, write(tmp_path, "PR-2024-000123.json", data))
    assert "Identity verified by the portal login" in result.message
    case = detail_of(services, specialist, result)
    assert case.summary.channel is Channel.PORTAL
    assert case.summary.rights == (Right.ACCESS, Right.PORTABILITY)
    assert "guessed" not in case.receipt_proof  # the customer chose the rights
    assert case.language == "en"
    (subject,) = case.parties
    assert subject.name == "Anna Kalniņa"
    assert subject.personal_code == JANIS_CODE
    assert subject.customer_no == "C-100045"
    assert subject.phone == "+37120000000"
    (check,) = case.identity_checks
    assert (check.method, check.result, check.verifier) == ("portal_login", "verified", "anna")
    assert case.summary.stage is Stage.IDENTITY
    events = services.audit.case_timeline(specialist, case.summary.id)
    assert [e.action for e in events][:2] == ["case.created", "identity.checked"]
    assert events[0].details["imported_from"] == "portal"
    assert sha(data) in events[0].details["attachments"]  # the evidence file, by hash


def test_portal_request_without_login_leaves_identity_open(services, specialist, tmp_path):
    case = detail_of(services, specialist, imported(
        services, specialist, write(tmp_path, "p.json", portal_file(authenticated=False))))
    assert case.identity_checks == ()
    assert case.summary.stage is Stage.INTAKE


def test_portal_code_with_a_wrong_check_digit_is_noted_not_refused(services, specialist,
                                                                   tmp_path):
    result = imported(services, specialist, write(
        tmp_path, "p.json", portal_file(personal_code="010190-12345")))
    case = detail_of(services, specialist, result)
    assert case.parties[0].personal_code is None
    assert any("personal code" in note and "check digit" in note for note in map(str, result.notes))


def test_scanned_letter_takes_the_delivery_date(services, specialist, tmp_path):
    path = write(tmp_path, "vēstule.pdf", scan_file())
    missing = imported(services, specialist, path)
    assert missing.status == "error" and "date it was delivered" in missing.message
    case = detail_of(services, specialist,
                     imported(services, specialist, path, received_on=date(2024, 9, 3)))
    assert case.summary.channel is Channel.LETTER
    assert case.summary.received_at.astimezone(RIGA).date() == date(2024, 9, 3)
    assert [a.kind for a in case.attachments] == ["evidence"]  # the scan is kept once
    assert "Unknown" in case.parties[0].name


def test_reimport_reports_the_existing_case(services, specialist, tmp_path):
    data = mail()  # one file: mail() draws new MIME boundaries, i.e. other content, each time
    first = imported(services, specialist, write(tmp_path, "a.eml", data))
    copy = imported(services, specialist, write(tmp_path, "a copy.eml", data))
    assert (copy.status, copy.duplicate_of, copy.case_number) == (
        "duplicate", first.case_number, None)
    again = imported(services, specialist, write(tmp_path, "p.json", portal_file()))
    assert imported(services, specialist, tmp_path / "p.json").duplicate_of == again.case_number
    assert services.cases.count(specialist) == 2


def test_batch_with_a_broken_file_imports_the_rest(services, specialist, tmp_path):
    good = write(tmp_path, "1.eml", mail(message_id="<one@example.lv>"))
    broken = write(tmp_path, "2.json", portal_file()[:-40])
    other = write(tmp_path, "3.eml", mail(message_id="<three@example.lv>",
                                          sender="Līga Ozola <liga@example.lv>"))
    seen = []
    results = services.imports.import_files(
        specialist, [good, broken, other], progress=CallbackProgress(lambda *a: seen.append(a)))
    assert [r.status for r in results] == ["created", "error", "created"]
    assert results[1].message.startswith("2.json: the portal file is not valid JSON")
    assert services.cases.count(specialist) == 2
    assert seen[0] == (0, 3, "1.eml") and seen[-1] == (3, 3, "")


@pytest.mark.parametrize("name, data, expected", [
    ("letter.eml", b"Dear DPO, this is just text.\n", "not an e-mail"),
    ("future.eml", None, "in the future"),
    ("trap.eml", mail(attachments=(("iesniegums.pdf.exe", b"MZ..."),)), "program or script"),
    ("p.json", portal_with_attachment("x.js", b"alert(1)"), "program or script"),
    ("bad.json", portal_file(submitted_at="2024-02-30T10:00:00+02:00"), "not a real date"),
    ("shape.json", portal_file(priority="high"), "priority is not a field"),
])
def test_bad_files_are_refused_with_a_clear_message(services, specialist, tmp_path, name, data,
                                                    expected):
    data = future_mail() if data is None else data
    result = imported(services, specialist, write(tmp_path, name, data))
    assert result.status == "error"
    assert result.message.startswith(name) and expected in result.message
    assert services.cases.count(specialist) == 0


def test_attachment_over_the_configured_limit_is_left_in_the_original_and_noted(
    services, admin, specialist, tmp_path
):
    services.organisation.update(admin, "max_attachment_mb", 1)
    big = mail(attachments=(("skenējums.pdf", b"%PDF" + b"0" * (1024 * 1024 + 10)),))
    result = imported(services, specialist, write(tmp_path, "big.eml", big))
    assert result.status == "created"
    case = detail_of(services, specialist, result)
    assert [a.kind for a in case.attachments] == ["evidence"]
    note = next(str(n) for n in result.notes if "skenējums.pdf" in str(n))
    assert "about 1.0 MB, over the attachment limit of 1.0 MB" in note
    assert note in case.receipt_proof
    # Said in Latvian too, as the window and `--lang lv` show it.
    from smarttek_dsar.services.message_catalogue import message_in

    latvian = message_in(next(n for n in result.notes if "skenējums" in str(n)), "lv")
    assert latvian.startswith("Pielikums “skenējums.pdf” ir aptuveni 1.0 MB")
    services.organisation.update(admin, "max_attachment_mb", 2)
    big = mail(message_id="<req-2@example.lv>",
               attachments=(("skenējums.pdf", b"%PDF" + b"0" * (1024 * 1024 + 10)),))
    again = imported(services, specialist, write(tmp_path, "big-2.eml", big))
    assert again.status == "created"
    assert [a.filename for a in detail_of(services, specialist, again).attachments
            if a.kind != "evidence"] == ["skenējums.pdf"]


def test_only_case_workers_may_import(services, manager, tmp_path):
    with pytest.raises(PermissionDenied):
        services.imports.import_files(manager, [write(tmp_path, "a.eml", mail())])


def test_old_mail_before_the_gdpr_is_refused_as_a_whole(services, specialist, tmp_path):
    data = mail(received=(), date="Mon, 05 Jan 2015 10:00:00 +0200")
    result = imported(services, specialist, write(tmp_path, "old.eml", data))
    assert result.status == "error" and "25 May 2018" in result.message
    assert services.cases.count(specialist) == 0


def test_sender_address_that_cannot_be_answered_is_noted(services, specialist, tmp_path):
    data = mail(sender="Jānis <janis@localhost>")
    result = imported(services, specialist, write(tmp_path, "a.eml", data))
    case = detail_of(services, specialist, result)
    assert case.parties[0].email is None and case.parties[0].name == "Jānis"
    assert any("e-mail address" in note for note in map(str, result.notes))


def test_receipt_proof_names_a_forwarded_request(services, specialist, tmp_path):
    inner = mail(message_id="<orig@example.lv>", date="Fri, 30 Aug 2024 09:00:00 +0300")
    from email import message_from_bytes, policy

    outer = message_from_bytes(mail(message_id="<fwd@smarttek.eu>", attachments=()),
                               policy=policy.default)
    outer.add_attachment(message_from_bytes(inner, policy=policy.default))
    result = imported(services, specialist, write(tmp_path, "fwd.eml", outer.as_bytes()))
    case = detail_of(services, specialist, result)
    assert "forwarded message sent on 30.08.2024" in case.receipt_proof
    assert case.summary.received_at - RECEIVED_AT < timedelta(seconds=1)


def test_russian_mail_is_answered_in_latvian_with_a_note(services, specialist, tmp_path):
    data = mail(subject="Удаление данных", message_id="<ru@example.lv>",
                body="Прошу удалить мои персональные данные.")
    result = imported(services, specialist, write(tmp_path, "ru.eml", data))
    case = detail_of(services, specialist, result)
    assert case.language == "lv"
    assert case.summary.rights == (Right.ERASURE,)
    assert any("Russian" in note for note in map(str, result.notes))
