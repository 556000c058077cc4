"""`smarttek-dsar held ...`: mail that intake held because it is not a request (a bounce, an
auto-reply, a newsletter, ...), for the DPO to dismiss or import as a request.

    smarttek-dsar held list [--all] [--json]
    smarttek-dsar held count [--json]          (what a manager may see)
    smarttek-dsar held dismiss ID
    smarttek-dsar held import ID [--json]
"""

from __future__ import annotations

from smarttek_dsar.cli.admin_commands import open_services
from smarttek_dsar.cli.output import print_json, print_table
from smarttek_dsar.cli.session import sign_in
from smarttek_dsar.domain.clock import RIGA
from smarttek_dsar.services.message_catalogue import message_in


def register(commands) -> None:
    held = commands.add_parser(
        "held", help="mail held at import as no request: list, dismiss or import it",
        description="Bounces, auto-replies, newsletters, read receipts, calendar invitations "
        "and abuse reports are held at import instead of becoming cases. Dismiss each, or "
        "import it as a request if it is one.",
    ).add_subparsers(dest="held_command", metavar="ACTION", required=True)
    p = held.add_parser("list", help="the held mails waiting for a decision")
    p.add_argument("--all", action="store_true", help="also those dismissed or imported")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)
    p = held.add_parser("count", help="how many held mails wait, by kind")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_count)
    p = held.add_parser("dismiss", help="not a request: delete the held mail (recorded)")
    p.add_argument("id", type=int, metavar="ID")
    p.set_defaults(handler=cmd_dismiss)
    p = held.add_parser("import", help="a request after all: register it as a case")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_import)


def cmd_list(args) -> int:
    services = open_services(args)
    actor = sign_in(services, args.user)
    rows = services.held.list(actor, decided=args.all)
    if args.json:
        print_json([{"id": h.id, "kind": h.kind, "status": h.status, "reason": h.reason,
                     "received_at": h.received_at.isoformat() if h.received_at else None,
                     "held_at": h.held_at.isoformat(), "file": h.filename, "sender": h.sender,
                     "subject": h.subject, "size": h.size, "case": h.case_number}
                    for h in rows])
        return 0
    print_table(["ID", "KIND", "RECEIVED (RIGA)", "SENDER", "SUBJECT", "STATUS"],
                [[h.id, h.kind, f"{h.received_at.astimezone(RIGA):%d.%m.%Y %H:%M}"
                  if h.received_at else "", h.sender, h.subject,
                  h.status + (f" as {h.case_number}" if h.case_number else "")] for h in rows])
    return 0


def cmd_count(args) -> int:
    services = open_services(args)
    counts = services.held.counts(sign_in(services, args.user))
    if args.json:
        print_json({"waiting": counts.waiting, "by_kind": counts.by_kind})
    else:
        print(f"{counts.waiting} held mail(s) wait for a decision.")
        for kind, number in counts.by_kind.items():
            print(f"  {kind}: {number}")
    return 0


def cmd_dismiss(args) -> int:
    services = open_services(args)
    dismissed = services.held.dismiss(sign_in(services, args.user), args.id)
    print(f"Held mail no. {dismissed.id} dismissed; the mail itself was deleted.")
    return 0


def cmd_import(args) -> int:
    services = open_services(args)
    result = services.held.import_as_request(sign_in(services, args.user), args.id)
    if args.json:
        print_json(result.to_json())
    else:
        print(result.message)
        for note in result.notes:
            print(f"  {message_in(note, getattr(args, 'message_language', 'en'))}")
    return 1 if result.status == "error" else 0
