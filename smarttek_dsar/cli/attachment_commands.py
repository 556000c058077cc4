"""`smarttek-dsar case attachment ...`: a case's files, through the same audited service the
window opens them with.

    smarttek-dsar case attachment NUMBER                      the list of files
    smarttek-dsar case attachment NUMBER NAME --out FILE      save one file
    smarttek-dsar case attachment NUMBER NAME                 show a saved e-mail (.eml, .msg)
    smarttek-dsar case attachment NUMBER NAME --inner NAME2 [--out FILE]
                                                              a file attached to that e-mail
                                                              (EMAIL/FILE one level deeper)
"""

from __future__ import annotations

import os
from pathlib import Path

from smarttek_dsar.cli.admin_commands import open_services
from smarttek_dsar.cli.output import print_json, print_table
from smarttek_dsar.cli.session import sign_in
from smarttek_dsar.domain.clock import RIGA
from smarttek_dsar.services.errors import ServiceError
from smarttek_dsar.services.intake.attachments import EmailView, is_email


def add_to(case) -> None:
    p = case.add_parser(
        "attachment", help="list a case's files, save one, or show an attached e-mail",
        description="Every opening is recorded in the audit trail. Without NAME: the list.")
    p.add_argument("number")
    p.add_argument("name", nargs="?", help="the file's name (or its id from the list)")
    p.add_argument("--inner", help="a file attached to the e-mail NAME; a file of an e-mail "
                   "attached to it as EMAIL/FILE (e.g. earlier.eml/scan.pdf)")
    p.add_argument("--out", type=Path, help="save the file here (an existing file is kept)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_attachment)


def cmd_attachment(args) -> int:
    services = open_services(args)
    actor = sign_in(services, args.user)
    if args.name is None:
        detail = services.cases.detail(actor, args.number)
        rows = [[a.id, a.filename, a.kind, a.size,
                 f"deleted {a.deleted_at:%Y-%m-%d}" if a.deleted_at else ""]
                for a in detail.attachments]
        if args.json:
            print_json([dict(zip(("id", "name", "kind", "size", "status"), r, strict=True))
                        for r in rows])
        else:
            print_table(["ID", "NAME", "KIND", "BYTES", "STATUS"], rows)
        return 0
    which: int | str = int(args.name) if args.name.isdigit() else args.name
    shown = args.inner or args.name
    if args.out is None:
        if not is_email(shown):
            raise ServiceError(f"{shown} is not an e-mail; give --out FILE to save it.")
        view = services.attachments.read_email(actor, args.number, which, inner=args.inner)
        if args.json:
            print_json(_email_json(view))
        else:
            _print_email(view, args.inner)
        return 0
    found = services.attachments.open_file(actor, args.number, which, inner=args.inner)
    _save(args.out, found.content)
    print(f"Saved {found.filename} ({len(found.content)} bytes) to {args.out}.")
    return 0


def _save(path: Path, content: bytes) -> None:
    # Personal data: readable by its owner only, and never written over an existing file.
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise ServiceError(f"{path} exists already; choose another file name.") from None
    except OSError as exc:
        raise ServiceError(f"Cannot write {path}: {exc.strerror}.") from None
    with os.fdopen(descriptor, "wb") as out:
        out.write(content)


def _email_json(view: EmailView) -> dict:
    return {"file": view.filename, "from": view.sender_name, "from_email": view.sender_email,
            "to": view.recipients, "received_at": view.received_at.isoformat(),
            "subject": view.subject, "text": view.body_text,
            "attachments": [{"name": a.filename, "type": a.media_type, "size": a.size}
                            for a in view.attachments],
            "warnings": [str(w) for w in view.warnings]}


def _print_email(view: EmailView, inner: str | None) -> None:
    sender = f"{view.sender_name} <{view.sender_email}>" if view.sender_name \
        else view.sender_email
    print(f"From:    {sender}")
    print(f"To:      {view.recipients}")
    print(f"Date:    {view.received_at.astimezone(RIGA):%d.%m.%Y %H:%M} (Riga time)")
    print(f"Subject: {view.subject}")
    print()
    print(view.body_text)
    if view.attachments:
        print()
        where = f"{inner}/NAME" if inner else "NAME"
        print(f"Attachments (save one with --inner {where} --out FILE):")
        for a in view.attachments:
            print(f"  {a.filename} ({a.size} bytes)")
    for warning in view.warnings:
        print(f"Note: {warning}")
