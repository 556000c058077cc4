"""`smarttek-dsar export | letter | dossier`: the subject's package, letters, the case dossier.

    smarttek-dsar export CASE --out DIR [--lang lv|en] [--password-file FILE | --generate-password]
    smarttek-dsar export CASE --out DIR --for-controller NAME [--channel CHANNEL]
    smarttek-dsar letter CASE KIND --out FILE [--lang lv|en] [--set NAME=VALUE]...
    smarttek-dsar dossier CASE --out FILE [--lang lv|en]

Progress goes to stderr, results to stdout. The package password is read from a file (never
from the command line, where other users and the shell history would see it), or generated
and printed once (--generate-password) for the DPO to read out to the subject.
"""

from __future__ import annotations

import sys
from pathlib import Path

from smarttek_dsar.cli.admin_commands import open_services
from smarttek_dsar.cli.output import print_table
from smarttek_dsar.cli.session import sign_in
from smarttek_dsar.domain.operations import Operation
from smarttek_dsar.domain.progress import CallbackProgress
from smarttek_dsar.domain.rights import Channel
from smarttek_dsar.services.errors import ServiceError
from smarttek_dsar.services.letters.letter_templates import LETTER_KINDS
from smarttek_dsar.services.package.package_export import (
    MIN_PACKAGE_PASSWORD,
    new_package_password,
)

_LANGUAGES = ("lv", "en")


def register(commands) -> None:
    p = commands.add_parser(
        "export", help="write the subject's data package (PDF, XLSX, JSON, manifest)",
        description="Write the data subject's package into DIR/<case number>/: the letter with "
        "the GDPR Art. 15 information and the copy of the reviewed data as PDF and XLSX, the "
        "Art. 20 JSON where it applies, a manifest and SHA256SUMS.txt. With --password-file or "
        "--generate-password everything goes into a 7z archive (AES-256, names hidden) that "
        "7-Zip and other free tools open.",
    )
    p.add_argument("case", metavar="CASE")
    p.add_argument("--out", type=Path, required=True, metavar="DIR")
    p.add_argument("--lang", choices=_LANGUAGES, help="default: the case's language")
    secret = p.add_mutually_exclusive_group()
    secret.add_argument("--password-file", type=Path, metavar="FILE",
                        help="file whose first line is the package password (at least "
                        f"{MIN_PACKAGE_PASSWORD} characters)")
    secret.add_argument("--generate-password", action="store_true",
                        help="make a strong package password and print it once")
    p.add_argument("--for-controller", metavar="NAME",
                   help="GDPR 20(2): write only the portability JSON (with its schema) for the "
                   "controller NAME the subject asked us to send it to, recorded as a "
                   "disclosure to that controller")
    p.add_argument("--channel", choices=[c.value for c in Channel], default=Channel.EMAIL.value,
                   help="with --for-controller: how the file is sent (default: email)")
    p.set_defaults(handler=cmd_export, operation=Operation.EXPORT)

    p = commands.add_parser(
        "letter", help="write a letter to the subject (or a GDPR 19 notice) as PDF",
        description=f"Write a letter on the letterhead. KIND: {', '.join(LETTER_KINDS)}.",
    )
    p.add_argument("case", metavar="CASE")
    p.add_argument("kind", choices=LETTER_KINDS, metavar="KIND")
    p.add_argument("--out", type=Path, required=True, metavar="FILE")
    p.add_argument("--lang", choices=_LANGUAGES, help="default: the case's language")
    p.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", dest="values",
                   help="fill a placeholder that is wording, not a fact of the case, e.g. "
                        "--set requested_information='...'")
    p.add_argument("--recipient", type=int, metavar="ID",
                   help="art19_notice: the recorded recipient to write to (`case recipients`)")
    p.add_argument("--confirm-late", action="store_true",
                   help="write a refusal although its GDPR 12(4) deadline has passed")
    p.set_defaults(handler=cmd_letter, operation=Operation.LETTER)

    p = commands.add_parser(
        "dossier", help="write the whole case file as one PDF for the Data State Inspectorate",
    )
    p.add_argument("case", metavar="CASE")
    p.add_argument("--out", type=Path, required=True, metavar="FILE")
    p.add_argument("--lang", choices=_LANGUAGES, default="lv", help="default: lv")
    p.set_defaults(handler=cmd_dossier, operation=Operation.DOSSIER)


_PASSWORD_FILE_LIMIT = 4096


def _read_password(path: Path | None) -> str | None:
    if path is None:
        return None
    if not path.is_file():  # /dev/zero or a pipe would be read without end
        raise ServiceError(f"The password file {path} is not a regular file.")
    try:
        with path.open("rb") as file:
            head = file.read(_PASSWORD_FILE_LIMIT + 1)
    except OSError as exc:
        raise ServiceError(f"The password file {path} cannot be read: {exc.strerror}.") from None
    if len(head) > _PASSWORD_FILE_LIMIT:
        raise ServiceError(f"The password file {path} is too large; it holds one password on "
                           "its first line.")
    try:
        lines = head.decode("utf-8").splitlines()
    except UnicodeDecodeError:
        raise ServiceError(f"The password file {path} is not UTF-8 text.") from None
    if not lines or not lines[0].strip():
        raise ServiceError(f"The password file {path} is empty; put the password on its first "
                           "line.")
    password = lines[0].strip()
    if len(password) < MIN_PACKAGE_PASSWORD:
        # Refused before signing in and before anything is written.
        raise ServiceError(f"The password in {path} is too short: the package password must "
                           f"have at least {MIN_PACKAGE_PASSWORD} characters. Use "
                           "--generate-password for a strong one.")
    return password


def _show_progress(done: int, total: int, message: str) -> None:
    percent = 100 * done // total if total else 0
    sys.stderr.write(f"\r{percent:3d}%  {message[:60]:<60}")
    sys.stderr.flush()


def cmd_export(args) -> int:
    if args.for_controller is not None:
        if args.password_file is not None or args.lang is not None:
            raise ServiceError("--for-controller writes the portability file only; leave out "
                               "--password-file and --lang.")
        services = open_services(args)
        actor = sign_in(services, args.user)
        result = services.exports.export_for_controller(
            actor, args.case, args.out, args.for_controller, channel=Channel(args.channel))
        print(f"Portability file for {' '.join(args.for_controller.split())}: "
              f"{result.directory} (recorded as a disclosure)")
        print_table(["FILE", "BYTES", "SHA-256"],
                    [[f.path.name, f.size, f.sha256] for f in result.files])
        return 0
    password = _read_password(args.password_file)
    services = open_services(args)
    actor = sign_in(services, args.user)
    if args.generate_password:
        password = new_package_password()
    result = services.exports.write(actor, args.case, args.out, language=args.lang,
                                    password=password, progress=CallbackProgress(_show_progress))
    sys.stderr.write("\n")
    print(f"Package: {result.directory}")
    if args.generate_password:
        # Printed once, after the package exists; give it to the subject by another channel.
        print(f"Password: {password}")
    print_table(["FILE", "BYTES", "SHA-256"],
                [[f.path.name, f.size, f.sha256] for f in result.files])
    return 0


def _values(pairs: list[str]) -> dict[str, str]:
    values = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise ServiceError(f"--set needs NAME=VALUE, not '{pair}'.")
        values[name.strip()] = value
    return values


def cmd_letter(args) -> int:
    values = _values(args.values)
    services = open_services(args)
    actor = sign_in(services, args.user)
    letter = services.letters.write_pdf(actor, args.case, args.kind, args.out,
                                        language=args.lang, values=values,
                                        recipient_id=args.recipient,
                                        late_confirmed=args.confirm_late)
    print(f"{letter.path}  {letter.sha256}")
    return 0


def cmd_dossier(args) -> int:
    services = open_services(args)
    actor = sign_in(services, args.user)
    written = services.dossier.write(actor, args.case, args.out, language=args.lang)
    print(f"{written.path}  {written.sha256}")
    return 0
