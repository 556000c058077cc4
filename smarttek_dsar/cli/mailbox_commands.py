"""`smarttek-dsar mailbox ...` and `smarttek-dsar case send ...`: the privacy mailbox (IMAP)
and answers sent by e-mail (SMTP).

    smarttek-dsar mailbox configure --host H [--port N] [--security tls|starttls|none]
                                    [--account A] [--folder F] [--processed-folder F]
                                    [--interval MIN] [--store-password]
    smarttek-dsar mailbox configure-smtp --host H [--port N] [--security ...] [--account A]
                                         [--sender ADDRESS] [--store-password]
    smarttek-dsar mailbox show [--json]
    smarttek-dsar mailbox fetch [--json]
    smarttek-dsar case send CASE (--letter KIND [--lang lv|en] [--confirm-late] |
                                  --package ARCHIVE.7z) [--json]

Passwords: SMARTTEK_DSAR_IMAP_PASSWORD / SMARTTEK_DSAR_SMTP_PASSWORD, then the OS keyring
(--store-password keeps the typed one there), then the prompt in a terminal. The package's own
password is never asked for: give it to the subject by another channel.
"""

from __future__ import annotations

import os
import sys
from dataclasses import asdict
from pathlib import Path

from smarttek_dsar.cli.admin_commands import open_services
from smarttek_dsar.cli.arguments import whole_number
from smarttek_dsar.cli.output import print_json, print_table
from smarttek_dsar.cli.session import read_password, sign_in
from smarttek_dsar.domain.messages import Message
from smarttek_dsar.domain.operations import Operation
from smarttek_dsar.services.letters.letter_templates import LETTER_KINDS
from smarttek_dsar.services.mailbox.mail_settings import (
    IMAP_PASSWORD_ENV,
    SECURITY_MODES,
    SMTP_PASSWORD_ENV,
)
from smarttek_dsar.services.mailbox.mail_sign_in import needs_password, oauth_provider
from smarttek_dsar.services.message_catalogue import message_in

_SETTING_OPTIONS = ("host", "port", "security", "user")


def register(commands) -> None:
    mailbox = commands.add_parser(
        "mailbox", help="the privacy mailbox (IMAP) and sending answers by e-mail (SMTP)",
    ).add_subparsers(dest="mailbox_command", metavar="ACTION", required=True)

    p = mailbox.add_parser("configure", help="set up the privacy mailbox (IMAP); admin")
    _connection_options(p)
    p.add_argument("--folder", help="folder read for new requests (default INBOX)")
    p.add_argument("--processed-folder", dest="processed_folder",
                   help="folder messages are moved to once imported (default Processed)")
    p.add_argument("--interval", type=whole_number(0, 1440), dest="interval_minutes",
                   metavar="MIN", help="minutes between the window's fetches; 0 = off")
    p.set_defaults(handler=cmd_configure, kind="imap")

    p = mailbox.add_parser("configure-smtp", help="set up sending by e-mail (SMTP); admin")
    _connection_options(p)
    p.add_argument("--sender", help="the From address (default privacy@smarttek.eu)")
    p.set_defaults(handler=cmd_configure, kind="smtp")

    p = mailbox.add_parser("show", help="the mailbox and sending settings (no passwords)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_show)

    p = mailbox.add_parser(
        "fetch", help="import every new message of the privacy mailbox as a request",
        description="Each new message is imported as a case (or held when it is not a "
        "request) and moved to the processed folder; a message that cannot be imported is "
        "reported and left in place. Exit code 1 when any failed or the fetch stopped.")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_fetch)


def add_to(case) -> None:
    """`case send`, among the other case actions."""
    p = case.add_parser(
        "send", help="send a letter or the package to the subject's e-mail address",
        description="Send by e-mail over the SMTP server in the settings. A letter goes as "
        "its PDF; the package only as its password-protected .7z archive, and its password "
        "never in the same e-mail: give it to the subject by phone or text message.")
    p.add_argument("number", metavar="CASE")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--letter", choices=LETTER_KINDS, metavar="KIND",
                      help=f"the letter to write and send: {', '.join(LETTER_KINDS)}")
    what.add_argument("--package", type=Path, metavar="ARCHIVE",
                      help="the package's password-protected .7z archive (from `export "
                      "--password`)")
    p.add_argument("--lang", choices=("lv", "en"), help="letter language (default: the case's)")
    p.add_argument("--confirm-late", action="store_true",
                   help="send a refusal although its GDPR 12(4) deadline has passed")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_send, operation=Operation.DELIVER)


def _connection_options(p) -> None:
    p.add_argument("--host", help="server name")
    p.add_argument("--port", type=whole_number(1, 65535))
    p.add_argument("--security", choices=SECURITY_MODES,
                   help="tls (implicit), starttls, or none (only to this computer)")
    p.add_argument("--account", dest="account_user", metavar="ACCOUNT",
                   help="the account to sign in to the server as, e.g. privacy@smarttek.eu")
    p.add_argument("--store-password", action="store_true",
                   help="keep the account's password (typed, or from the environment) in the "
                   "OS keyring")


def cmd_configure(args) -> int:
    services = open_services(args)
    actor = sign_in(services, args.user)
    names = _SETTING_OPTIONS + (("folder", "processed_folder", "interval_minutes")
                                if args.kind == "imap" else ("sender",))
    changes = {name: getattr(args, "account_user" if name == "user" else name)
               for name in names}
    env = IMAP_PASSWORD_ENV if args.kind == "imap" else SMTP_PASSWORD_ENV
    password = read_password("Mailbox password: ", env=env) if args.store_password else None
    if args.kind == "imap":
        saved = services.mailbox.configure(actor, password=password, **changes)
    else:
        saved = services.sending.configure_smtp(actor, password=password, **changes)
    print(f"Saved: {_describe(saved)}" + (" Password kept in the keyring." if password else ""))
    return 0


def cmd_show(args) -> int:
    services = open_services(args)
    sign_in(services, args.user)
    imap, smtp = services.mailbox.settings(), services.sending.smtp_settings()
    if args.json:
        print_json({"imap": asdict(imap), "smtp": asdict(smtp)})
        return 0
    print_table(["WHAT", "SETTINGS"], [["mailbox (IMAP)", _describe(imap)],
                                       ["sending (SMTP)", _describe(smtp)]])
    return 0


def cmd_fetch(args) -> int:
    services = open_services(args)
    actor = sign_in(services, args.user)
    settings = services.mailbox.settings()
    password = None
    # Microsoft 365: OAuth2 (XOAUTH2) when the app registration is named in the environment;
    # here MSAL may ask the DPO to sign in in the browser (the window only uses a kept sign-in).
    token_provider = oauth_provider("imap", show=print)
    if token_provider is None and settings.configured and needs_password(settings):
        password = _ask(f"Password for the mailbox {settings.account}: ", IMAP_PASSWORD_ENV)
    report = services.mailbox.fetch(actor, password=password, token_provider=token_provider)
    # The report's sentences in the language the global --lang chose (English by default).
    language = getattr(args, "message_language", "en")

    def say(text: Message | str) -> str:
        return message_in(text, language)

    if args.json:
        print_json(report.to_json(say))
    else:
        if report.messages:
            print_table(["UID", "STATUS", "CASE", "NOTE"],
                        [[m.uid, m.status, m.case_number or "", say(m.note())]
                         for m in report.messages])
        print(say(Message("Mailbox {account}/{folder}: {report}",
                          {"account": settings.account, "folder": settings.folder,
                           "report": report.said()})))
    return 1 if report.failed else 0


def cmd_send(args) -> int:
    services = open_services(args)
    actor = sign_in(services, args.user)
    password = None
    token_provider = oauth_provider("smtp", show=print)
    if token_provider is None and services.sending.needs_password():
        smtp = services.sending.smtp_settings()
        password = _ask(f"Password for the SMTP account {smtp.account}: ", SMTP_PASSWORD_ENV)
    if args.letter:
        sent = services.sending.send_letter(actor, args.number, args.letter,
                                            language=args.lang, password=password,
                                            late_confirmed=args.confirm_late,
                                            token_provider=token_provider)
    else:
        sent = services.sending.send_package(actor, args.number, args.package,
                                             password=password, token_provider=token_provider)
    if args.json:
        print_json(sent.to_json())
        return 0
    print(f"Sent {sent.file.filename} to {sent.to}; Message-ID {sent.message_id}.")
    print("Recorded as the answer's delivery." if sent.recorded_as_delivery
          else "Recorded in the case's audit trail.")
    if args.package:
        print("Give the subject the package password by another channel (phone, text "
              "message), never by e-mail.")
    return 0


def _ask(prompt: str, env: str) -> str | None:
    if os.environ.get(env):
        return os.environ[env]
    if not sys.stdin.isatty():
        return None  # the service says plainly that no password is at hand
    return read_password(prompt, env=env)


def _describe(settings) -> str:
    if not settings.configured:
        return "not set up"
    values = asdict(settings)
    return ", ".join(f"{k}={v}" for k, v in values.items())

