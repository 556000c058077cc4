"""`smarttek-dsar case ...`: the case workflow from the command line. Every command that acts
on a case names its Operation (domain/operations.py), the same the window runs; `case actions`
prints the table's answer for each of them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from smarttek_dsar.cli import attachment_commands, mailbox_commands, recipient_commands
from smarttek_dsar.cli.admin_commands import open_services
from smarttek_dsar.cli.arguments import enum_value, iso_date, received_at, whole_number
from smarttek_dsar.cli.output import print_json, print_table
from smarttek_dsar.cli.session import sign_in
from smarttek_dsar.domain.clock import DeadlineState
from smarttek_dsar.domain.identity import IdDocumentType, VerificationMethod
from smarttek_dsar.domain.operations import Operation
from smarttek_dsar.domain.rights import Channel, Outcome, Right
from smarttek_dsar.domain.workflow import RejectionReason, Stage
from smarttek_dsar.services.case_query import CaseFilter
from smarttek_dsar.services.cases import NewCase
from smarttek_dsar.services.errors import ServiceError
from smarttek_dsar.services.intake.subject_correction import RequestCorrection
from smarttek_dsar.services.response.delivered_files import delivered_files
from smarttek_dsar.services.review.decisions import DecisionInput
from smarttek_dsar.services.views import CaseDetail, CaseSummary, PartyInput


def register(commands) -> None:
    case = commands.add_parser("case", help="register and work cases").add_subparsers(
        dest="case_command", metavar="ACTION", required=True)

    p = case.add_parser("new", help="register a new request")
    p.add_argument("--channel", type=enum_value(Channel), required=True)
    p.add_argument("--received", type=received_at, required=True,
                   help="when it arrived: YYYY-MM-DD or YYYY-MM-DDTHH:MM (Riga time)")
    p.add_argument("--subject-name", required=True)
    p.add_argument("--personal-code")
    p.add_argument("--former-code", action="append", default=[])
    p.add_argument("--email")
    p.add_argument("--phone")
    p.add_argument("--customer-no")
    p.add_argument("--address", default="")
    p.add_argument("--right", type=enum_value(Right), action="append", default=[],
                   dest="rights", help="repeat for several rights")
    p.add_argument("--text", default="", help="the request text")
    p.add_argument("--proof", default="", help="proof of receipt (envelope stamp, headers, ...)")
    p.add_argument("--language", choices=["lv", "en"], default="lv")
    p.add_argument("--attach", type=Path, action="append", default=[])
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_new)

    p = case.add_parser("list", help="list and search cases")
    p.add_argument("--filter", default="", help="text in number, name, e-mail, code, phone")
    p.add_argument("--stage", type=enum_value(Stage), action="append", default=[])
    p.add_argument("--right", type=enum_value(Right), action="append", default=[])
    p.add_argument("--channel", type=enum_value(Channel), action="append", default=[])
    p.add_argument("--state", type=enum_value(DeadlineState), action="append", default=[])
    p.add_argument("--open", action="store_true", help="only open cases")
    p.add_argument("--sort", default="due")
    p.add_argument("--desc", action="store_true")
    p.add_argument("--limit", type=whole_number(1, 1_000_000))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)

    p = case.add_parser("show", help="one case with its deadline explained")
    p.add_argument("number")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_show)

    p = case.add_parser("actions", help="what may be done on the case now, and why not")
    p.add_argument("number")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_actions)

    for operation, helptext in ((Operation.ADVANCE, "move to the next stage"),
                                (Operation.CLOSE, "close after the response was sent")):
        p = case.add_parser(operation.value, help=helptext)
        p.add_argument("number")
        p.set_defaults(handler=cmd_simple, operation=operation)

    p = case.add_parser("verify", help="record an identity check")
    p.add_argument("number")
    p.add_argument("--method", type=enum_value(VerificationMethod), required=True)
    p.add_argument("--failed", action="store_true", help="the check did not establish identity")
    p.add_argument("--document-type", type=enum_value(IdDocumentType))
    p.add_argument("--document-number", help="only its last digits are kept")
    p.add_argument("--notes", default="")
    p.set_defaults(handler=cmd_verify, operation=Operation.VERIFY)

    p = case.add_parser("pause", help="ask for identity information; the clock waits")
    p.add_argument("number")
    p.add_argument("--reason", required=True)
    p.add_argument("--start", type=iso_date)
    p.set_defaults(handler=cmd_pause, operation=Operation.PAUSE)

    p = case.add_parser("resume", help="identity information arrived; the clock runs again")
    p.add_argument("number")
    p.add_argument("--on", type=iso_date)
    p.set_defaults(handler=cmd_resume, operation=Operation.RESUME)

    p = case.add_parser("extend", help="extend by two months (GDPR 12(3))")
    p.add_argument("number")
    p.add_argument("--reason", required=True)
    p.add_argument("--notified-on", type=iso_date, required=True,
                   help="when the subject was told, with the reasons")
    p.set_defaults(handler=cmd_extend, operation=Operation.EXTEND)

    p = case.add_parser("reject", help="refuse the request, naming the article")
    p.add_argument("number")
    p.add_argument("--reason", type=enum_value(RejectionReason), required=True)
    p.add_argument("--note", required=True, help="the reasons given to the subject")
    p.set_defaults(handler=cmd_reject, operation=Operation.REJECT)

    p = case.add_parser("withdraw", help="the subject withdrew the request")
    p.add_argument("number")
    p.add_argument("--note", default="")
    p.set_defaults(handler=cmd_withdraw, operation=Operation.WITHDRAW)

    p = case.add_parser("assign", help="give the case to a specialist")
    p.add_argument("number")
    p.add_argument("assignee", nargs="?", help="user name; omit to unassign")
    p.set_defaults(handler=cmd_assign, operation=Operation.ASSIGN)

    p = case.add_parser("correct", help="correct the data subject's details (a mistyped code, "
                        "e-mail, ...), the representative, the language or the receipt proof; "
                        "fields not given stay as recorded")
    p.add_argument("number")
    for flag in ("--name", "--code", "--email", "--phone", "--customer-no", "--address"):
        p.add_argument(flag)
    p.add_argument("--representative", metavar="NAME", help="the representative's name")
    p.add_argument("--representative-proof", metavar="TEXT",
                   help="the representative's proof of authority (e.g. a power of attorney)")
    p.add_argument("--representative-email")
    p.add_argument("--representative-code", help="the representative's personal code")
    p.add_argument("--no-representative", action="store_true",
                   help="the subject acts alone: remove the representative")
    p.add_argument("--language", choices=["lv", "en"], help="the language of the answer")
    p.add_argument("--receipt-proof", metavar="TEXT",
                   help="what shows when the request arrived (headers, envelope stamp, ...)")
    p.set_defaults(handler=cmd_correct, operation=Operation.CORRECT_SUBJECT)

    p = case.add_parser("merge", help="merge a flagged duplicate request into the earlier case")
    p.add_argument("number", help="the later request, flagged as a likely duplicate")
    p.set_defaults(handler=cmd_merge, operation=Operation.MERGE_DUPLICATE)

    p = case.add_parser("keep-apart",
                        help="a flagged duplicate is a request of its own: answer it separately")
    p.add_argument("number")
    p.set_defaults(handler=cmd_keep_apart, operation=Operation.KEEP_APART)

    p = case.add_parser("decide", help="record a legal-review decision")
    p.add_argument("number")
    p.add_argument("--category", required=True)
    p.add_argument("--right", type=enum_value(Right), required=True)
    p.add_argument("--outcome", type=enum_value(Outcome), required=True)
    p.add_argument("--article", default="")
    p.add_argument("--reason", default="", help="internal note: never leaves the case")
    p.add_argument("--ground", help="17(1)(a)-(f) or 17(3)(a)-(e) / 6(1)(b) for erasure, "
                   "18(1)(a)-(d) for restriction")
    p.add_argument("--keep-until", type=iso_date, help="a time-bound 17(3) refusal: the date "
                   "until which the data is kept")
    p.add_argument("--inaccuracy", default="", help="Art. 16: what is inaccurate or incomplete")
    p.add_argument("--corrected-value", default="", help="Art. 16: the corrected value")
    p.add_argument("--situation", default="", help="Art. 21(1): the subject's particular "
                   "situation")
    p.add_argument("--compelling-grounds", default="", help="Art. 21(1): the assessment of the "
                   "compelling legitimate grounds (to refuse the objection)")
    p.add_argument("--subject-reason", default="", help="the reason addressed to the subject "
                   "(default: the phrasebook entry in the case's language)")
    p.add_argument("--phrase", dest="phrase_key", help="the phrasebook entry to use")
    p.set_defaults(handler=cmd_decide, operation=Operation.DECIDE)

    p = case.add_parser("deliver", help="record the response sent to the subject")
    p.add_argument("number")
    p.add_argument("--channel", type=enum_value(Channel), required=True)
    p.add_argument("--sent-on", type=iso_date, default=None)
    p.add_argument("--format", default="PDF")
    p.add_argument("--proof", default="")
    p.add_argument("--file", type=Path, action="append", default=[])
    p.set_defaults(handler=cmd_deliver, operation=Operation.DELIVER)

    recipient_commands.add_to(case)
    attachment_commands.add_to(case)
    mailbox_commands.add_to(case)


def _summary_line(s: CaseSummary) -> list[object]:
    return [s.number, s.stage.label, ",".join(r.value for r in s.rights), s.channel.value,
            s.received_at.date().isoformat(), s.due_date.isoformat(),
            "" if s.days_left is None else s.days_left,
            s.deadline_state.value if s.deadline_state else "", s.subject_name or "",
            s.assignee or ""]


def _read_file(path: Path) -> bytes:
    from smarttek_dsar.services.errors import ServiceError

    try:
        return path.read_bytes()
    except OSError as exc:
        raise ServiceError(f"Cannot read {path}: {exc.strerror}.") from None


def cmd_new(args) -> int:
    from smarttek_dsar.services.views import AttachmentInput

    services = open_services(args)
    actor = sign_in(services, args.user)
    subject = PartyInput(
        name=args.subject_name, personal_code=args.personal_code,
        former_codes=tuple(args.former_code), email=args.email, phone=args.phone,
        customer_no=args.customer_no, address=args.address,
    )
    attachments = [AttachmentInput(p.name, _read_file(p)) for p in args.attach]
    summary = services.cases.create(actor, NewCase(
        channel=args.channel, received_at=args.received, subject=subject, rights=args.rights,
        request_text=args.text, receipt_proof=args.proof, language=args.language,
        attachments=attachments,
    ))
    if args.json:
        print_json(summary.to_json())
    else:
        print(f"Registered {summary.number}: due {summary.due_date.isoformat()} "
              f"({summary.days_left} days left).")
    return 0


def cmd_list(args) -> int:
    services = open_services(args)
    actor = sign_in(services, args.user)
    flt = CaseFilter(text=args.filter, stages=args.stage, rights=args.right,
                     channels=args.channel, deadline_states=args.state, open_only=args.open)
    cases = services.cases.list(actor, flt, sort=args.sort, descending=args.desc,
                                limit=args.limit)
    if args.json:
        print_json([c.to_json() for c in cases])
    else:
        print_table(["NUMBER", "STAGE", "RIGHTS", "CHANNEL", "RECEIVED", "DUE", "DAYS", "STATE",
                     "SUBJECT", "ASSIGNEE"], [_summary_line(c) for c in cases])
        print(f"{len(cases)} case(s)")
    return 0


def _print_detail(d: CaseDetail) -> None:
    s = d.summary
    print(f"{s.number}  {s.stage.label}  rights: {', '.join(r.label for r in s.rights)}")
    print(f"Received {s.received_at.isoformat()} by {s.channel.label}")
    state = s.deadline_state.value if s.deadline_state else "answered"
    print(f"Due {s.due_date.isoformat()} ({state}; days left: {s.days_left})")
    for step in d.deadline.steps:
        print(f"  - {step.text}")
    if d.personal_data_hidden:
        print("(personal data hidden for your role)")
    for party in d.parties:
        print(f"{party.role.title()}: {party.name} {party.personal_code or ''} "
              f"{party.email or ''} {party.phone or ''}".rstrip())
    if d.request_text:
        print(f"Request: {d.request_text}")
    for check in d.identity_checks:
        print(f"Identity: {check.method} -> {check.result} ({check.checked_at:%Y-%m-%d})")
    for pause in d.pauses:
        print(f"Pause: {pause.start} - {pause.end or 'open'}: {pause.reason}")
    for dec in d.decisions:
        kept = f" kept until {dec.keep_until:%d.%m.%Y}" if dec.keep_until else ""
        print(f"Decision: {dec.category_id} / {dec.right.value}: {dec.outcome} {dec.article}"
              f"{kept}")
        if dec.subject_reason:
            print(f"  To the subject: {dec.subject_reason}")
    if d.repeat_hint:
        print(f"Hint: {d.repeat_hint}")
    if d.allowed_actions:
        print(f"Next: {', '.join(sorted(d.allowed_actions))}")


def cmd_show(args) -> int:
    services = open_services(args)
    detail = services.cases.detail(sign_in(services, args.user), args.number)
    if args.json:
        print_json(detail.to_json())
    else:
        _print_detail(detail)
    return 0


def _done(summary: CaseSummary) -> int:
    print(f"{summary.number}: {summary.stage.label}; due {summary.due_date.isoformat()}"
          + (" (paused)" if summary.paused else ""))
    return 0


def cmd_actions(args) -> int:
    services = open_services(args)
    statuses = services.operations.actions(sign_in(services, args.user), args.number)
    if args.json:
        print_json([s.to_json() for s in statuses])
    else:
        print_table(["OPERATION", "ALLOWED", "WHY NOT"],
                    [[s.operation.value, "yes" if s.allowed else "no", s.reason or ""]
                     for s in statuses])
    return 0


def cmd_simple(args) -> int:
    services = open_services(args)
    actor = sign_in(services, args.user)
    method = {Operation.ADVANCE: services.closing.advance,
              Operation.CLOSE: services.closing.close}[args.operation]
    return _done(method(actor, args.number))


def cmd_verify(args) -> int:
    services = open_services(args)
    return _done(services.identity.verify_identity(
        sign_in(services, args.user), args.number, method=args.method, verified=not args.failed,
        document_type=args.document_type, document_number=args.document_number, notes=args.notes,
    ))


def cmd_pause(args) -> int:
    services = open_services(args)
    return _done(services.identity.request_information(
        sign_in(services, args.user), args.number, reason=args.reason, start=args.start))


def cmd_resume(args) -> int:
    services = open_services(args)
    return _done(services.identity.information_received(
        sign_in(services, args.user), args.number, on=args.on))


def cmd_extend(args) -> int:
    services = open_services(args)
    return _done(services.response.extend(
        sign_in(services, args.user), args.number, reason=args.reason,
        notified_on=args.notified_on))


def cmd_reject(args) -> int:
    services = open_services(args)
    return _done(services.response.reject(
        sign_in(services, args.user), args.number, reason=args.reason, note=args.note))


def cmd_withdraw(args) -> int:
    services = open_services(args)
    return _done(services.response.withdraw(sign_in(services, args.user), args.number,
                                            note=args.note))


def cmd_assign(args) -> int:
    services = open_services(args)
    return _done(services.cases.assign(sign_in(services, args.user), args.number, args.assignee))


def cmd_correct(args) -> int:
    services = open_services(args)
    actor = sign_in(services, args.user)
    detail = services.cases.detail(actor, args.number)
    now = next((p for p in detail.parties if p.role == "subject"), None)

    def given(value: str | None, current: str | None) -> str | None:
        return current if value is None else value

    subject = PartyInput(
        name=given(args.name, now.name if now else "") or "",
        personal_code=given(args.code, now.personal_code if now else None) or None,
        email=given(args.email, now.email if now else None) or None,
        phone=given(args.phone, now.phone if now else None) or None,
        customer_no=given(args.customer_no, now.customer_no if now else None) or None,
        address=given(args.address, now.address if now else "") or "",
    )
    result = services.corrections.correct(actor, args.number, subject,
                                          expected_version=detail.summary.version,
                                          request=_request_correction(args, detail))
    print(f"{args.number}: corrected {', '.join(result.changed)}.")
    if result.duplicate_of:
        print(f"{args.number} now looks like a repeat of the open case {result.duplicate_of}: "
              "merge it or keep it apart.")
    return 0


def _request_correction(args, detail: CaseDetail) -> RequestCorrection | None:
    """The request's part of `case correct`, from the flags given and the rest as recorded."""
    flags = (args.representative, args.representative_proof, args.representative_email,
             args.representative_code, args.language, args.receipt_proof)
    if all(flag is None for flag in flags) and not args.no_representative:
        return None
    if args.no_representative and any(flag is not None for flag in flags[:4]):
        raise ServiceError("Give either --no-representative or the representative's details, "
                           "not both.")
    now = next((p for p in detail.parties if p.role == "representative"), None)
    representative = None
    if not args.no_representative and (now is not None or any(f is not None for f in flags[:4])):
        def given(value: str | None, current: str | None) -> str:
            return (current if value is None else value) or ""

        representative = PartyInput(
            name=given(args.representative, now.name if now else None),
            personal_code=given(args.representative_code,
                                now.personal_code if now else None) or None,
            email=given(args.representative_email, now.email if now else None) or None,
            phone=now.phone if now else None, address=now.address if now else "",
            authority_proof=given(args.representative_proof,
                                  now.authority_proof if now else None))
    return RequestCorrection(
        representative, args.language or detail.language,
        detail.receipt_proof if args.receipt_proof is None else args.receipt_proof)


def cmd_merge(args) -> int:
    services = open_services(args)
    actor = sign_in(services, args.user)
    merged = services.duplicates.merge_duplicate(actor, args.number)
    into = services.cases.detail(actor, merged.number).duplicate_of
    print(f"{merged.number}: merged into {into} and closed as {merged.stage.label.lower()}; "
          f"{into} answers both.")
    return 0


def cmd_keep_apart(args) -> int:
    services = open_services(args)
    actor = sign_in(services, args.user)
    kept = services.duplicates.keep_apart(actor, args.number)
    other = services.cases.detail(actor, kept.number).duplicate_of
    print(f"{kept.number}: kept apart from {other}; answered on its own, due "
          f"{kept.due_date.isoformat()}.")
    return 0


def cmd_decide(args) -> int:
    services = open_services(args)
    return _done(services.decisions.record_decisions(
        sign_in(services, args.user), args.number,
        [DecisionInput(args.category, args.right, args.outcome, args.article, args.reason,
                       ground=args.ground, keep_until=args.keep_until,
                       inaccuracy=args.inaccuracy, corrected_value=args.corrected_value,
                       particular_situation=args.situation,
                       compelling_grounds=args.compelling_grounds,
                       subject_reason=args.subject_reason, phrase_key=args.phrase_key)]))


def cmd_deliver(args) -> int:
    services = open_services(args)
    files = delivered_files(args.file)
    actor = sign_in(services, args.user)
    summary = services.delivery.record_delivery(
        actor, args.number, sent_on=args.sent_on or date.today(),
        channel=args.channel, format=args.format, proof=args.proof, files=files)
    _done(summary)
    if summary.stage is Stage.FULFILMENT:
        # As the window offers it: with every task done the answer is complete; with tasks
        # open, the refusal of `advance` names what is left.
        advance = next(s for s in services.operations.actions(actor, summary.number)
                       if s.operation is Operation.ADVANCE)
        if advance.allowed:
            print(f"Every fulfilment task is done: move the case to 'Response sent' with "
                  f"`smarttek-dsar case advance {summary.number}`.")
        elif advance.reason:
            print(f"Next: {advance.reason}")
    return 0
