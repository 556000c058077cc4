"""Commands for setting up and looking after the case store: init, users, demo, deadline,
audit, backup, purge, holidays."""

from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

from smarttek_dsar.cli.arguments import iso_date, whole_number
from smarttek_dsar.cli.output import print_json, print_table
from smarttek_dsar.cli.session import open_team_services, read_password, sign_in
from smarttek_dsar.domain.roles import parse_roles
from smarttek_dsar.services import Services
from smarttek_dsar.services.errors import ServiceError
from smarttek_dsar.storage.database import Database, resolve_url
from smarttek_dsar.storage.team_roles import DEFAULT_PREFIX, is_team_url


def open_services(args) -> Services:
    url = resolve_url(args.db)
    if is_team_url(url):
        # Team mode: the address names the server and database; the user's own login and
        # password open the connection, and the server checks the password.
        return open_team_services(url, args.user)
    return Services.open(url)


def register(commands) -> None:
    p = commands.add_parser("init", help="create or upgrade the database; create the first admin")
    p.add_argument("--admin", metavar="NAME", help="first administrator's user name "
                   "(password from SMARTTEK_DSAR_PASSWORD or the prompt)")
    p.add_argument("--team", action="store_true", help="PostgreSQL, run by the database "
                   "owner: create the group roles and grants, so each user signs in with their "
                   "own database login (user add creates it); later runs renew the grants")
    p.add_argument("--role-prefix", metavar="PREFIX", help="with --team: name of the group "
                   f"roles, PREFIX_specialist, PREFIX_manager, PREFIX_admin (default: "
                   f"{DEFAULT_PREFIX}, or the one set before)")
    p.set_defaults(handler=cmd_init)

    user = commands.add_parser("user", help="user accounts").add_subparsers(
        dest="user_command", metavar="ACTION", required=True)
    p = user.add_parser("add", help="add a user (password from SMARTTEK_DSAR_NEW_PASSWORD or "
                        "the prompt)")
    p.add_argument("name")
    p.add_argument("--roles", required=True, help="comma-separated: specialist, manager, admin")
    p.add_argument("--display-name", default="")
    p.set_defaults(handler=cmd_user_add)
    p = user.add_parser("disable", help="the user can no longer sign in (on PostgreSQL "
                        "their database login is closed and its roles revoked)")
    p.add_argument("name")
    p.set_defaults(handler=cmd_user_disable)
    p = user.add_parser("roles", help="give a user other roles (on PostgreSQL in team mode "
                        "their database login's groups change too)")
    p.add_argument("name")
    p.add_argument("--roles", required=True, help="comma-separated: specialist, manager, admin")
    p.set_defaults(handler=cmd_user_roles)
    p = user.add_parser("list", help="list users")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_user_list)
    p = user.add_parser("unlock", help="let a user sign in again at once after failed sign-ins")
    p.add_argument("name")
    p.set_defaults(handler=cmd_user_unlock)

    p = commands.add_parser("demo", help="fill an empty database with synthetic Smarttek data")
    p.add_argument("--cases", type=whole_number(1, 1_000_000), default=300, metavar="N")
    p.add_argument("--seed", type=whole_number(0, 2**31 - 1), default=2026)
    p.set_defaults(handler=cmd_demo)

    p = commands.add_parser("deadline", help="compute a GDPR deadline and explain it")
    p.add_argument("received", type=iso_date, metavar="RECEIVED", help="receipt date, YYYY-MM-DD")
    p.add_argument("--extend", action="store_true", help="with the two-month extension")
    p.add_argument("--pause-days", type=whole_number(0, 3650), default=0, metavar="N",
                   help="days the clock was paused awaiting identity information")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_deadline)

    audit = commands.add_parser("audit", help="the audit trail").add_subparsers(
        dest="audit_command", metavar="ACTION", required=True)
    p = audit.add_parser("verify", help="check the hash chain; name the first bad event")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_audit_verify)
    p = audit.add_parser("checkpoint", help="sign the trail's end now with this desk's key")
    p.set_defaults(handler=cmd_audit_checkpoint)
    p = audit.add_parser("export", help="write the trail as JSON Lines")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=cmd_audit_export)

    p = commands.add_parser("backup", help="consistent copy of the database while in use")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=cmd_backup)

    p = commands.add_parser(
        "purge", help="remove personal data from case files and held mail past retention")
    p.add_argument("--dry-run", action="store_true", help="only list what would be purged")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_purge)

    holiday = commands.add_parser("holiday", help="one-off public holidays").add_subparsers(
        dest="holiday_command", metavar="ACTION", required=True)
    p = holiday.add_parser("add", help="add a holiday Parliament declared")
    p.add_argument("day", type=iso_date)
    p.add_argument("name")
    p.set_defaults(handler=cmd_holiday_add)
    p = holiday.add_parser("remove", help="remove an added holiday")
    p.add_argument("day", type=iso_date)
    p.set_defaults(handler=cmd_holiday_remove)
    p = holiday.add_parser("list", help="list added holidays")
    p.set_defaults(handler=cmd_holiday_list)


def cmd_init(args) -> int:
    services = open_services(args)
    print(f"Database ready: {services.db.describe()}")
    if (args.team or args.role_prefix) and services.db.is_sqlite:
        raise ServiceError("Team roles are for a PostgreSQL team database; a local SQLite "
                           "file has one user.")
    # Roles are cluster-wide, so they are made only when asked for (or renewed once made).
    if not services.db.is_sqlite and (args.team or args.role_prefix
                                      or services.team.prefix() is not None):
        groups = services.team.set_up(args.role_prefix)
        print(f"Team roles ready: {', '.join(groups)} (each user signs in with their own "
              "database login).")
    if services.users.has_users():
        return 0
    name = args.admin or args.user
    if not name:
        print("No users yet: run 'smarttek-dsar init --admin NAME' to create the first "
              "administrator, or open the window.")
        return 0
    password = read_password(f"Password for the new administrator {name}: ", confirm=True)
    user = services.users.create_first_admin(name, password)
    print(f"Created administrator {user.username} ({', '.join(sorted(user.roles))}).")
    return 0


def cmd_user_add(args) -> int:
    services = open_services(args)
    actor = sign_in(services, args.user)
    try:
        roles = parse_roles(args.roles)
    except ValueError as exc:
        raise ServiceError(str(exc)) from None
    password = read_password(f"Password for {args.name}: ", env="SMARTTEK_DSAR_NEW_PASSWORD",
                             confirm=True)
    user = services.users.add(actor, args.name, password, roles, args.display_name)
    print(f"Added {user.username} ({', '.join(sorted(user.roles))}).")
    return 0


def cmd_user_roles(args) -> int:
    services = open_services(args)
    actor = sign_in(services, args.user)
    try:
        roles = parse_roles(args.roles)
    except ValueError as exc:
        raise ServiceError(str(exc)) from None
    user = services.users.set_roles(actor, args.name, roles)
    print(f"{user.username} now has the roles {', '.join(sorted(user.roles))}.")
    return 0


def cmd_user_disable(args) -> int:
    services = open_services(args)
    services.users.disable(sign_in(services, args.user), args.name)
    print(f"Disabled {args.name.strip().lower()}: they can no longer sign in.")
    return 0


def cmd_user_list(args) -> int:
    services = open_services(args)
    users = services.users.list(sign_in(services, args.user))
    if args.json:
        print_json([{"username": u.username, "display_name": u.display_name,
                     "roles": sorted(u.roles), "active": u.active} for u in users])
    else:
        print_table(["USER", "NAME", "ROLES", "ACTIVE"],
                    [[u.username, u.display_name, ",".join(sorted(u.roles)),
                      "yes" if u.active else "no"] for u in users])
    return 0


def cmd_user_unlock(args) -> int:
    services = open_services(args)
    services.users.unlock(sign_in(services, args.user), args.name)
    print(f"Unlocked {args.name.strip().lower()}: the next sign-in is checked at once.")
    return 0


def cmd_demo(args) -> int:
    from smarttek_dsar.demo.setup import DEMO_PASSWORD, fill_demo

    services = open_services(args)
    started = time.monotonic()

    def progress(done: int, total: int) -> None:
        sys.stderr.write(f"\r{done}/{total} cases")
        sys.stderr.flush()

    result = fill_demo(services, args.cases, seed=args.seed, progress=progress)
    sys.stderr.write("\n")
    print(f"Demo ready in {time.monotonic() - started:.1f} s: {result.cases} cases in "
          f"{services.db.describe()}.")
    for name, roles in result.users:
        print(f"  user {name} ({roles}), password '{DEMO_PASSWORD}'")  # synthetic demo only
    if result.systems_url:
        print(f"  synthetic Smarttek systems: {result.systems_url}")
    return 0


def cmd_deadline(args) -> int:
    from smarttek_dsar.domain.clock import Pause, compute_deadline
    from smarttek_dsar.services.administration.organisation import load_calendar

    if args.pause_days < 0:
        raise ServiceError("--pause-days cannot be negative.")
    with Database(resolve_url(args.db)).unit_of_work() as session:
        calendar = load_calendar(session)
    pauses = ()
    if args.pause_days:
        # A pause asked for on the day of receipt, answered N days later.
        from datetime import timedelta

        pauses = (Pause(args.received, args.received + timedelta(days=args.pause_days),
                        "awaiting identity information"),)
    extension = None
    if args.extend:
        from smarttek_dsar.domain.clock import Extension

        extension = Extension("extension (command line)", args.received)
    deadline = compute_deadline(args.received, calendar, pauses=pauses, extension=extension,
                                today=max(date.today(), args.received))
    if args.json:
        print_json({
            "received": args.received.isoformat(),
            "due_date": deadline.due_date.isoformat(),
            "initial_due_date": deadline.initial_due.isoformat(),
            "refusal_due_date": deadline.refusal_due.isoformat(),
            "extended": deadline.extended,
            "paused_days": deadline.paused_days,
            "steps": [{"kind": str(s.kind), "text": s.text, "text_lv": s.text_lv,
                       "date": s.on.isoformat() if s.on else None} for s in deadline.steps],
        })
    else:
        print(f"Due date: {deadline.due_date.isoformat()}")
        for step in deadline.steps:
            print(f"  - {step.text}")
    return 0


def cmd_audit_verify(args) -> int:
    services = open_services(args)
    report = services.audit.verify(sign_in(services, args.user))
    if args.json:
        print_json({"ok": report.ok, "events": report.events,
                    "first_bad_event": report.first_bad_seq, "problem": report.problem,
                    "findings": [{"event": f.seq, "problem": f.problem,
                                  "about_checkpoint": f.about_checkpoint}
                                 for f in report.findings],
                    "checkpoints": report.checkpoints,
                    "last_checkpoint_at": report.last_checkpoint_at or None,
                    "purged_texts": report.purged_texts,
                    "not_sealed_here": report.not_sealed_here})
    elif report.ok:
        print(f"Audit trail intact: {report.events} events, {report.checkpoints} signed "
              f"checkpoints match (last {report.last_checkpoint_at or 'none'}).")
        if report.purged_texts:
            print(f"  {report.purged_texts} personal texts were purged (digests remain).")
    else:
        print(f"Audit trail BROKEN at event {report.first_bad_seq}: {report.problem}.")
        for finding in report.findings:
            if finding.problem != report.problem:
                print(f"  also: {finding.problem}")
    return 0 if report.ok else 4


def cmd_audit_checkpoint(args) -> int:
    services = open_services(args)
    seq = services.audit.checkpoint(sign_in(services, args.user), "manual")
    if seq is None:
        print("The audit trail is empty: nothing to sign.")
    else:
        print(f"Signed a checkpoint of the audit trail at event {seq}.")
    return 0


def cmd_audit_export(args) -> int:
    services = open_services(args)
    count = services.audit.export(sign_in(services, args.user), args.file)
    print(f"Wrote {count} events to {args.file}.")
    return 0


def cmd_backup(args) -> int:
    services = open_services(args)
    path = services.backup.backup(sign_in(services, args.user), args.file)
    print(f"Backup written to {path}.")
    return 0


def cmd_purge(args) -> int:
    services = open_services(args)
    report = services.retention.purge(sign_in(services, args.user), dry_run=args.dry_run)
    if args.json:
        print_json({"dry_run": report.dry_run, "cutoff": report.cutoff,
                    "cases": list(report.numbers),
                    "held_mail": {"dismissed": report.held_dismissed,
                                  "undecided": report.held_undecided}})
        return 0
    verb = "Would purge" if report.dry_run else "Purged"
    print(f"{verb} {len(report.numbers)} case(s) closed before {report.cutoff:%Y-%m-%d}.")
    for number in report.numbers:
        print(f"  {number}")
    verb = "Would delete" if report.dry_run else "Deleted"
    print(f"{verb} held mail: {report.held_dismissed} dismissed, "
          f"{report.held_undecided} never decided on.")
    return 0


def cmd_holiday_add(args) -> int:
    services = open_services(args)
    services.organisation.add_holiday(sign_in(services, args.user), args.day, args.name)
    print(f"Added {args.day.isoformat()} ({args.name}); open cases' deadlines recomputed.")
    return 0


def cmd_holiday_remove(args) -> int:
    services = open_services(args)
    services.organisation.remove_holiday(sign_in(services, args.user), args.day)
    print(f"Removed {args.day.isoformat()}; open cases' deadlines recomputed.")
    return 0


def cmd_holiday_list(args) -> int:
    services = open_services(args)
    sign_in(services, args.user)  # the organisation's settings are for its users only
    for day, name in services.organisation.extra_holidays():
        print(f"{day.isoformat()}  {name}")
    return 0
