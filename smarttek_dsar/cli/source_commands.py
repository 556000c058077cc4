"""`register show`, `sources test`, `sources test-query`, `collect CASE` and `review CASE --accept-suggestions`:
finding the subject's data and reviewing it from the command line."""

from __future__ import annotations

import getpass
import sys
from typing import TYPE_CHECKING

from smarttek_dsar.cli.admin_commands import open_services
from smarttek_dsar.cli.output import print_json, print_table
from smarttek_dsar.cli.session import sign_in
from smarttek_dsar.domain.operations import Operation
from smarttek_dsar.domain.progress import CallbackProgress
from smarttek_dsar.domain.register_dict import register_to_dict

if TYPE_CHECKING:
    from smarttek_dsar.services.review.collection_views import CollectionResult
    from smarttek_dsar.sources.config import SqlSource


def register(commands) -> None:
    reg = commands.add_parser("register", help="the register of processing activities "
                              "(GDPR 30)").add_subparsers(dest="register_command",
                                                          metavar="ACTION", required=True)
    p = reg.add_parser("show", help="the register in force: version and data categories")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_register_show)

    src = commands.add_parser("sources", help="the systems searched for a subject's data"
                              ).add_subparsers(dest="sources_command", metavar="ACTION",
                                               required=True)
    p = src.add_parser("test", help="connect to every source and run its queries with no "
                       "identifiers (reads no personal data)")
    p.add_argument("--source", metavar="NAME", help="test only this source")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_sources_test)

    p = src.add_parser("test-query", help="run one query of a source for one subject (a case's "
                       "or a sample identifier) and print how many rows it finds, never the rows")
    p.add_argument("--source", metavar="NAME", required=True)
    p.add_argument("--query", metavar="N", type=int, default=1,
                   help="the source's query number, from 1 (ignored for a file source)")
    p.add_argument("--case", metavar="CASE", help="test with this case's subject")
    p.add_argument("--personal-code", metavar="CODE")
    p.add_argument("--email", metavar="ADDRESS")
    p.add_argument("--phone", metavar="NUMBER")
    p.add_argument("--customer-no", metavar="NUMBER")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_sources_test_query)

    p = commands.add_parser("collect", help="search every source for the case's subject and "
                            "store the result in the case")
    p.add_argument("number", metavar="CASE")
    p.add_argument("--json", action="store_true", help="the result and every row found")
    p.set_defaults(handler=cmd_collect, operation=Operation.COLLECT)

    p = commands.add_parser("review", help="legal review helpers")
    p.add_argument("number", metavar="CASE")
    p.add_argument("--accept-suggestions", action="store_true",
                   help="record the suggested decision for every invoked right and every "
                   "category where data was found, and the case file; decisions that need "
                   "facts (an inaccuracy, an 18(1) ground, a date) are listed, not granted")
    p.add_argument("--tasks", action="store_true",
                   help="add the fulfilment tasks (incl. GDPR 19 notices) the decisions need")
    p.add_argument("--mark-reviewed", nargs="*", metavar="CATEGORY",
                   help="mark the collected data reviewed (the given categories, or every "
                   "category with data); only reviewed data goes into the package")
    p.add_argument("--json", action="store_true")
    # One command, up to three operations, run in this order.
    p.set_defaults(handler=cmd_review, operations=(Operation.REVIEW_DATA, Operation.DECIDE,
                                                   Operation.GENERATE_TASKS))


def cmd_register_show(args) -> int:
    service = open_services(args).register
    current = service.current()
    if args.json:
        print_json({"edited": service.is_edited, **register_to_dict(current)})
        return 0
    origin = "edited by the DPO" if service.is_edited else "shipped default"
    print(f"Register of processing activities {current.version} ({origin}), in force from "
          f"{current.effective_from:%d.%m.%Y}")
    print_table(
        ["CATEGORY", "NAME", "LEGAL BASES", "RECIPIENTS"],
        [(c.id, c.name.en, ", ".join(b.value for b in c.legal_bases), len(c.recipient_ids))
         for c in current.categories],
    )
    return 0


def cmd_sources_test(args) -> int:
    services = open_services(args)
    actor = sign_in(services, args.user)
    results = services.sources.test(actor, args.source, ask_password=_ask_password)
    if args.json:
        print_json([r.__dict__ for r in results])
    else:
        print_table(["SOURCE", "RESULT", "MS", "MESSAGE"],
                    [(r.name, "ok" if r.ok else "FAILED", r.duration_ms, r.message)
                     for r in results])
    return 0 if all(r.ok for r in results) else 1


def cmd_sources_test_query(args) -> int:
    from smarttek_dsar.services.administration.query_test import SampleSubject

    services = open_services(args)
    actor = sign_in(services, args.user)
    sample = SampleSubject(args.personal_code, args.email, args.phone, args.customer_no)
    result = services.sources.test_query(
        actor, args.source, args.query - 1, case_number=args.case, sample=sample,
        ask_password=_ask_password)
    if args.json:  # `message` is the sentence; `said` is the same for the window's language
        print_json({key: value for key, value in result.__dict__.items() if key != "said"})
    else:
        print(f"{result.source} ({result.category_id}): "
              f"{'ok' if result.ok else 'FAILED'}, {result.duration_ms} ms. {result.message}")
    return 0 if result.ok else 1


def cmd_collect(args) -> int:
    services = open_services(args)
    actor = sign_in(services, args.user)
    searched = [0]

    def show(done: int, total: int, message: str) -> None:
        if done > searched[0]:  # a source finished: its rows, or why it failed
            searched[0] = done
            sys.stderr.write(f"  {message}\n")

    result: CollectionResult = services.collection.run(
        actor, args.number, ask_password=_ask_password, progress=CallbackProgress(show))
    if args.json:
        snapshot = services.snapshot.snapshot(actor, result.case_number)
        print_json({
            "case": result.case_number, "run": result.run_id, "found": result.found,
            "message": result.message, "warnings": list(result.warnings),
            "sources": [s.__dict__ for s in result.sources],
            "counts": [c.__dict__ for c in result.counts if c.rows],
            "tables": [
                {"category": t.category_id, "source": t.source, "system": t.system,
                 "query": t.query, "columns": list(t.columns),
                 "rows": [r.values for r in t.rows]}
                for t in snapshot.tables if t.rows
            ],
        })
    else:
        _print_result(result)
    return 0


def _print_result(result: CollectionResult) -> None:
    print(f"{result.case_number}: {result.message}")
    for warning in result.warnings:
        print(f"Warning: {warning}")
    print_table(["SOURCE", "STATUS", "ROWS", "ERROR"],
                [(s.name, s.status, s.rows, s.error or "") for s in result.sources])
    rows = [(c.category_id, c.source, c.rows) for c in result.counts if c.rows]
    if rows:
        print()
        print_table(["CATEGORY", "SOURCE", "ROWS"], rows)


def cmd_review(args) -> int:
    if not (args.accept_suggestions or args.tasks or args.mark_reviewed is not None):
        sys.stderr.write("smarttek-dsar: say what to do: --mark-reviewed, --accept-suggestions "
                         "and/or --tasks\n")
        return 2
    services = open_services(args)
    actor = sign_in(services, args.user)
    report: dict[str, object] = {"case": args.number.upper()}
    if args.mark_reviewed is not None:
        # Reviewing means the specialist looked at the rows (and excluded or redacted other
        # people's data in the window where needed, GDPR 15(4)) before saying so here.
        marked = services.snapshot.mark_reviewed(actor, args.number, args.mark_reviewed or None)
        report["reviewed"] = list(marked)
        if not args.json:
            print(f"Marked reviewed: {', '.join(marked)}.")
    if args.accept_suggestions:
        accepted = services.review_plan.accept_suggestions(actor, args.number)
        report.update(register_version=accepted.register_version, recorded=accepted.recorded,
                      kept=accepted.kept, categories=list(accepted.categories),
                      from_snapshot=accepted.from_snapshot,
                      needs_facts=[{"category": n.category_id, "right": n.right.value,
                                    "needs": n.needed} for n in accepted.needs_facts],
                      not_held=list(accepted.not_held))
        if not args.json:
            where = ("the categories where data was found and the case file"
                     if accepted.from_snapshot else "the case file only (nothing collected yet)")
            print(f"Recorded {accepted.recorded} suggested decisions for {where}, under "
                  f"register {accepted.register_version}; {accepted.kept} already decided "
                  "were kept.")
            if accepted.not_held:
                print(f"Nothing held (no decision to take): {', '.join(accepted.not_held)}.")
            if accepted.needs_facts:
                print("Needs facts from the reviewer (case decide ... or the review panel):")
                for needed in accepted.needs_facts:
                    print(f"  {needed}")
    if args.tasks:
        added = services.review_plan.generate_tasks(actor, args.number)
        report["tasks"] = [t.__dict__ for t in added]
        if not args.json:
            print(f"Added {len(added)} fulfilment tasks.")
            if added:
                print_table(["ACTION", "SYSTEM", "CATEGORY", "RECIPIENT"],
                            [(t.action, t.system, t.category_id or "", t.recipient or "")
                             for t in added])
    if args.json:
        print_json(report)
    return 0


def _ask_password(source: SqlSource) -> str | None:
    if not sys.stdin.isatty():
        return None  # scripted: the source's password_env variable or the keyring must hold it
    return getpass.getpass(f"Password for data source '{source.name}': ") or None
