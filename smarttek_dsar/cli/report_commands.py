"""`smarttek-dsar dashboard` and `smarttek-dsar report ...`: the managers' figures and reports
from the command line, the same service calls the dashboard window makes."""

from __future__ import annotations

from pathlib import Path

from smarttek_dsar.cli.admin_commands import open_services
from smarttek_dsar.cli.arguments import enum_value, iso_date, year
from smarttek_dsar.cli.output import print_json, print_table
from smarttek_dsar.cli.session import sign_in
from smarttek_dsar.domain.rights import Channel, Right
from smarttek_dsar.services.administration.dashboard_query import DashboardFilter
from smarttek_dsar.services.administration.reports import format_for
from smarttek_dsar.services.errors import NotFound


def register(commands) -> None:
    p = commands.add_parser("dashboard", help="deadline and workload figures (no personal data)")
    _filter_arguments(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_dashboard)

    report = commands.add_parser("report", help="management reports as PDF or XLSX files")
    kinds = report.add_subparsers(dest="report_command", metavar="REPORT", required=True)
    p = kinds.add_parser("annual", help="the annual DPO report for a year")
    p.add_argument("year", type=year)
    _file_arguments(p)
    p.set_defaults(handler=cmd_annual)
    p = kinds.add_parser("dashboard", help="the dashboard with its charts and deadline list")
    _filter_arguments(p)
    _file_arguments(p)
    p.set_defaults(handler=cmd_report_dashboard)


def _filter_arguments(p) -> None:
    p.add_argument("--from", dest="period_from", type=iso_date, metavar="YYYY-MM-DD",
                   help="cases received on or after this day")
    p.add_argument("--to", dest="period_to", type=iso_date, metavar="YYYY-MM-DD",
                   help="cases received on or before this day")
    p.add_argument("--right", type=enum_value(Right), action="append", default=[])
    p.add_argument("--channel", type=enum_value(Channel), action="append", default=[])
    p.add_argument("--assignee", metavar="USER", help="only cases assigned to this user")


def _file_arguments(p) -> None:
    p.add_argument("--out", type=Path, required=True, metavar="FILE",
                   help="where to write (.pdf, or .xlsx for a workbook)")
    p.add_argument("--xlsx", action="store_true", help="write an XLSX workbook instead of PDF")
    p.add_argument("--language", choices=["en", "lv"], default="en")


def _filter(services, actor, args) -> DashboardFilter:
    assignee_id = None
    if args.assignee:
        wanted = args.assignee.strip().lower()
        found = [s for s in services.dashboard.assignees(actor) if s.username == wanted]
        if not found:
            raise NotFound(f"No user named '{args.assignee}' holds or can hold cases.")
        assignee_id = found[0].id
    return DashboardFilter(period_from=args.period_from, period_to=args.period_to,
                           rights=tuple(args.right), channels=tuple(args.channel),
                           assignee_id=assignee_id)


def cmd_dashboard(args) -> int:
    services = open_services(args)
    actor = sign_in(services, args.user)
    figures = services.dashboard.figures(actor, _filter(services, actor, args))
    if args.json:
        print_json(figures.to_json())
        return 0
    a = figures.answers
    rate = f"{a.on_time_rate * 100:.1f}% ({a.on_time}/{a.answered})" if a.answered else "—"
    print_table(("figure", "value"), [
        ("open cases", figures.open), ("due in 7 days or less", figures.due_soon),
        ("overdue", figures.overdue), ("extended", figures.extended),
        ("clock paused", figures.paused), ("closed this month", figures.closed_this_month),
        ("median days to answer", "—" if a.median_days is None else f"{a.median_days:g}"),
        ("90th percentile days", "—" if a.p90_days is None else a.p90_days),
        ("answered on time", rate),
    ])
    print()
    print(f"Most urgent open cases ({len(figures.deadlines[:20])} of {figures.deadlines_total}):")
    print_table(
        ("number", "stage", "rights", "channel", "due", "days left", "state", "assignee"),
        [(r.number, r.stage.value, ",".join(x.value for x in r.rights), r.channel.value,
          r.due_date, r.days_left, r.state.value, r.assignee or "") for r in figures.deadlines[:20]],
    )
    return 0


def cmd_annual(args) -> int:
    services = open_services(args)
    actor = sign_in(services, args.user)
    written = services.reports.write_annual(
        actor, args.year, args.out, fmt=format_for(args.out, args.xlsx), language=args.language)
    print(f"Annual report {args.year} written to {written}")
    return 0


def cmd_report_dashboard(args) -> int:
    services = open_services(args)
    actor = sign_in(services, args.user)
    written = services.reports.write_dashboard(
        actor, _filter(services, actor, args), args.out, fmt=format_for(args.out, args.xlsx),
        language=args.language, assignee=args.assignee)
    print(f"Dashboard report written to {written}")
    return 0
