"""`smarttek-dsar import ...`: request files (e-mail, Outlook, portal, scans) into cases.

    smarttek-dsar import FILE... [--json] [--received-on DATE]
    smarttek-dsar import --watch DIR [--once] [--interval S] [--json]

Every good file is imported even when others fail; the exit code is 1 if any file failed,
so a scheduled job notices. Re-importing a file is harmless: it reports the existing case.
"""

from __future__ import annotations

import json
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from smarttek_dsar.cli.admin_commands import open_services
from smarttek_dsar.cli.arguments import iso_date, seconds
from smarttek_dsar.cli.output import print_json, print_table
from smarttek_dsar.cli.session import sign_in
from smarttek_dsar.services.errors import ServiceError
from smarttek_dsar.services.message_catalogue import message_in

if TYPE_CHECKING:  # the import machinery (Outlook reader included) loads only to import
    from smarttek_dsar.services.intake.intake_import import FileResult


def register(commands) -> None:
    p = commands.add_parser(
        "import",
        help="import request files (.eml, .msg, portal .json, scanned letters, signed .edoc) "
        "as cases",
        description="Import request files as cases, or watch a drop folder. Each file is "
        "imported whole or not at all; the exit code is 1 if any file failed.",
    )
    p.add_argument("files", nargs="*", type=Path, metavar="FILE")
    p.add_argument("--received-on", type=iso_date, metavar="DATE",
                   help="delivery date of scanned letters and signed .edoc/.asice documents, "
                   "YYYY-MM-DD (from the envelope or the mail that brought it)")
    p.add_argument("--watch", type=Path, metavar="DIR",
                   help="import new .eml/.msg/.json files dropped into DIR, moving each into "
                   "DIR/imported or DIR/failed; runs until interrupted")
    p.add_argument("--once", action="store_true", help="with --watch: one pass, then stop")
    p.add_argument("--interval", type=seconds(0.1, 86_400), default=2.0, metavar="S",
                   help="with --watch: seconds between looks at the folder (default 2)")
    p.add_argument("--json", action="store_true",
                   help="machine-readable: a JSON list, or with --watch one JSON object a line")
    p.set_defaults(handler=cmd_import)


def cmd_import(args) -> int:
    if args.watch is not None and args.files:
        raise ServiceError("Give either files to import or --watch DIR, not both.")
    if args.watch is None and not args.files:
        raise ServiceError("Name the files to import, or a folder to watch with --watch DIR.")
    if args.watch is None and (args.once or args.interval != 2.0):
        raise ServiceError("--once and --interval go with --watch DIR.")
    for path in args.files:
        # Checked before anything is imported: a typo or /dev/zero is one clear line.
        if not path.is_file():
            what = "does not exist" if not path.exists() else "is not a regular file"
            raise ServiceError(f"Cannot import {path}: it {what}.")
    services = open_services(args)
    actor = sign_in(services, args.user)
    if args.watch is not None:
        return _watch(services, actor, args)
    results = services.imports.import_files(actor, args.files, received_on=args.received_on)
    if args.json:
        print_json([r.to_json() for r in results])
    else:
        print_table(["FILE", "STATUS", "CASE", "NOTE"], [_row(r) for r in results])
        for result in results:
            for note in result.notes:
                print(f"  {result.path.name}: {message_in(note, _language(args))}")
    return 1 if any(r.status == "error" for r in results) else 0


def _watch(services, actor, args) -> int:
    failed = False

    def show(result: FileResult) -> None:
        nonlocal failed
        failed = failed or result.status == "error"
        if args.json:
            sys.stdout.write(json.dumps(result.to_json(), ensure_ascii=False) + "\n")
        else:
            print("  ".join(str(v) for v in _row(result) if v))
        sys.stdout.flush()

    if not args.once and not args.json:
        print(f"Watching {args.watch} (Ctrl+C to stop)…", flush=True)
    stop = threading.Event()
    try:
        services.imports.watch_folder(actor, args.watch, interval=args.interval, stop=stop,
                                      once=args.once, on_result=show)
    except KeyboardInterrupt:
        stop.set()  # the normal way to end a watch: not an error
    return 1 if failed else 0


def _row(result: FileResult) -> list[str]:
    case = result.case_number or ""
    if result.status == "duplicate":
        note = f"imported before as {result.duplicate_of}"
    elif result.status == "error":
        note = result.message
    elif result.duplicate_of:
        note = f"probably the same request as {result.duplicate_of}: merge or keep apart"
    else:
        note = result.message
    return [result.path.name, result.status, case, note]


def _language(args) -> str:
    """The language of messages (--lang): a note from intake is said in it, as a refusal is."""
    return getattr(args, "message_language", "en")
