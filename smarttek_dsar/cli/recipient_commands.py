"""`smarttek-dsar case recipients NUMBER`: the recipients this subject's data was actually
disclosed to (GDPR 19), confirmed per case and per system.

    smarttek-dsar case recipients NUMBER
    smarttek-dsar case recipients NUMBER --confirm RECIPIENT_ID --system S [--name N]
                                         [--category C]
    smarttek-dsar case recipients NUMBER --remove ID
"""

from __future__ import annotations

from smarttek_dsar.cli.admin_commands import open_services
from smarttek_dsar.cli.output import print_json, print_table
from smarttek_dsar.cli.session import sign_in
from smarttek_dsar.domain.operations import Operation
from smarttek_dsar.services.errors import ServiceError


def add_to(case) -> None:
    p = case.add_parser(
        "recipients", help="list, confirm or remove the recipients the data was disclosed to",
        description="GDPR 19 notices and the 'recipients informed' statement cover only the "
                    "recipients confirmed here. Without options: the list.")
    p.add_argument("number")
    action = p.add_mutually_exclusive_group()
    action.add_argument("--confirm", metavar="RECIPIENT_ID",
                        help="the register's recipient id (see `register show`)")
    action.add_argument("--remove", type=int, metavar="ID",
                        help="the id of a recorded recipient (from the list)")
    p.add_argument("--system", default="", help="the system the data was disclosed from")
    p.add_argument("--name", default="",
                   help="the named recipient, e.g. the processor's company name")
    p.add_argument("--category", default=None, help="the data category disclosed (default: "
                                                    "all the system's data)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_recipients, operation=Operation.TASK)


def cmd_recipients(args) -> int:
    services = open_services(args)
    actor = sign_in(services, args.user)
    if args.confirm:
        services.recipients.confirm(actor, args.number, args.confirm, args.system,
                                    name=args.name, category_id=args.category)
    elif args.remove is not None:
        services.recipients.remove(actor, args.number, args.remove)
    elif args.system or args.name or args.category:
        raise ServiceError("--system, --name and --category go with --confirm RECIPIENT_ID.")
    rows = services.recipients.list(actor, args.number)
    if args.json:
        print_json([{"id": r.id, "recipient_id": r.recipient_id, "name": r.display_name("en"),
                     "system": r.system, "category": r.category_id,
                     "confirmed_on": r.confirmed_on.isoformat(),
                     "notified_on": r.notified_on.isoformat() if r.notified_on else None}
                    for r in rows])
        return 0
    print_table(["ID", "RECIPIENT", "NAME", "SYSTEM", "CATEGORY", "CONFIRMED", "NOTIFIED"],
                [[r.id, r.recipient_id, r.display_name("en"), r.system, r.category_id or "",
                  r.confirmed_on.isoformat(),
                  r.notified_on.isoformat() if r.notified_on else ""] for r in rows])
    return 0
