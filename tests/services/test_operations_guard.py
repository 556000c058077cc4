"""The services and the window ask the same table: for cases in every stage, each operation is
tried through its service, and the ones the services accept are exactly the window's allowed
actions; a refusal carries the table's message."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from smarttek_dsar.domain.identity import VerificationMethod
from smarttek_dsar.domain.operations import Operation, RefusalKind
from smarttek_dsar.domain.rights import Channel, Outcome, Right
from smarttek_dsar.domain.workflow import RejectionReason, Stage
from smarttek_dsar.services.case_records import find_case
from smarttek_dsar.services.errors import PermissionDenied
from smarttek_dsar.services.intake.duplicates import flag_likely_duplicate
from smarttek_dsar.services.operations_guard import OperationNotAllowed
from smarttek_dsar.services.review.decisions import DecisionInput
from smarttek_dsar.services.views import PartyInput
from smarttek_dsar.sources.config import SourcesConfig
from tests.fixed_clock import TODAY
from tests.services.case_factory import new_request


def case_in(services, actor, stage: Stage) -> str:
    """A realistic case brought to `stage` through the services, the way a user would."""
    n = services.cases.create(actor, new_request()).number
    if stage is Stage.INTAKE:
        return n
    if stage is Stage.REJECTED:
        services.response.reject(actor, n, reason=RejectionReason.EXCESSIVE,
                                 note="Fourth identical request this year")
        return n
    if stage is Stage.WITHDRAWN:
        services.response.withdraw(actor, n, note="The subject wrote back")
        return n
    services.identity.verify_identity(actor, n, method=VerificationMethod.EMAIL_ON_FILE,
                                      verified=True)
    if stage is Stage.IDENTITY:
        return n
    services.closing.advance(actor, n)
    if stage is Stage.REVIEW:
        return n
    services.decisions.record_decisions(actor, n, [
        DecisionInput("contact_details", Right.ACCESS, Outcome.GRANT, "Art. 15")])
    services.fulfilment.add_task(actor, n, action="notify", recipient="IT service provider")
    services.closing.advance(actor, n)
    if stage is Stage.FULFILMENT:
        return n
    task = services.cases.detail(actor, n).tasks[0]
    services.fulfilment.complete_task(actor, n, task.id)
    services.delivery.record_delivery(actor, n, sent_on=TODAY, channel=Channel.EMAIL,
                                      format="PDF")
    services.closing.advance(actor, n)
    if stage is Stage.RESPONDED:
        return n
    services.closing.close(actor, n)
    return n


def attempts(services, actor, tmp_path) -> dict[Operation, Callable[[str], object]]:
    """Each operation through the service the window and the command line call."""

    def complete_task(n: str):
        open_tasks = [t for t in services.cases.detail(actor, n).tasks if t.done_at is None]
        return services.fulfilment.complete_task(actor, n, open_tasks[0].id if open_tasks else 0)

    return {
        Operation.ADVANCE: lambda n: services.closing.advance(actor, n),
        Operation.VERIFY: lambda n: services.identity.verify_identity(
            actor, n, method=VerificationMethod.EMAIL_ON_FILE, verified=True),
        Operation.PAUSE: lambda n: services.identity.request_information(
            actor, n, reason="Asked for an eParaksts-signed request"),
        Operation.RESUME: lambda n: services.identity.information_received(actor, n),
        Operation.REJECT: lambda n: services.response.reject(
            actor, n, reason=RejectionReason.EXCESSIVE, note="Fourth identical request"),
        Operation.WITHDRAW: lambda n: services.response.withdraw(actor, n),
        Operation.ASSIGN: lambda n: services.cases.assign(actor, n, actor.username),
        Operation.EXTEND: lambda n: services.response.extend(
            actor, n, reason="Data in six systems", notified_on=TODAY),
        Operation.COLLECT: lambda n: services.collection.collect_all(
            actor, n, config=SourcesConfig()),
        Operation.REVIEW_DATA: lambda n: services.snapshot.mark_reviewed(actor, n),
        Operation.DECIDE: lambda n: services.decisions.record_decisions(actor, n, [
            DecisionInput("contact_details", Right.ACCESS, Outcome.GRANT, "Art. 15")]),
        Operation.TASK: lambda n: services.fulfilment.add_task(actor, n, action="notify",
                                                               recipient="Card processor"),
        Operation.GENERATE_TASKS: lambda n: services.review_plan.generate_tasks(actor, n),
        Operation.COMPLETE_TASK: complete_task,
        Operation.DELIVER: lambda n: services.delivery.record_delivery(
            actor, n, sent_on=TODAY, channel=Channel.EMAIL, format="PDF"),
        Operation.CLOSE: lambda n: services.closing.close(actor, n),
        Operation.EXPORT: lambda n: services.exports.export_all(actor, n, tmp_path / "out"),
        Operation.LETTER: lambda n: services.letters.render(actor, n, "acknowledgement"),
        Operation.DOSSIER: lambda n: services.dossier.write(actor, n, tmp_path / f"{n}.pdf"),
        Operation.MERGE_DUPLICATE: lambda n: services.duplicates.merge_duplicate(actor, n),
        Operation.KEEP_APART: lambda n: services.duplicates.keep_apart(actor, n),
        Operation.CORRECT_SUBJECT: lambda n: services.corrections.correct(
            actor, n, PartyInput(name="Jānis Bērziņš", email="labots@example.lv")),
    }


def table_refused(attempt: Callable[[], object]) -> str | None:
    """The table's message if the service refused on its word; None if the service went past
    the table (it may still refuse for its own reasons, e.g. no data sources configured)."""
    try:
        attempt()
    except (OperationNotAllowed, PermissionDenied) as refused:
        return str(refused)
    except Exception:  # a reason of the service's own, after the table allowed the operation
        return None
    return None


@pytest.mark.parametrize("stage", list(Stage))
def test_the_window_offers_exactly_what_the_services_accept(services, specialist, tmp_path,
                                                            stage):
    tries = attempts(services, specialist, tmp_path)
    shared = case_in(services, specialist, stage)
    offered = services.cases.detail(specialist, shared).allowed_actions
    reasons = {s.operation: s.reason for s in services.operations.actions(specialist, shared)}
    accepted = set()
    for operation in Operation:
        if operation.value in offered:
            # An accepted operation changes the case: each gets its own case in this stage.
            number = case_in(services, specialist, stage)
        else:
            number = shared
        refused = table_refused(lambda: tries[operation](number))  # noqa: B023
        if refused is None:
            accepted.add(operation.value)
        else:
            assert refused == reasons[operation], operation  # the same words as the window
    # The one declared difference: "advance" is offered while a step is missing, and trying
    # it names the step (the window's banner); the service refuses the move itself.
    explained = offered - accepted
    assert explained <= {"advance"}
    if explained:
        assert reasons[Operation.ADVANCE].startswith(f"Cannot move from '{stage.label}'")
    assert accepted == offered - explained
    # A refused attempt left the shared case as it was.
    assert services.cases.detail(specialist, shared).summary.stage is stage


def test_what_each_stage_offers(services, specialist):
    offered = {stage: services.cases.detail(specialist, case_in(services, specialist, stage))
               .allowed_actions for stage in Stage}
    common = {"letter", "dossier"}
    # A mistyped detail is corrected until the answer is sent, never on a finished case.
    common_open = common | {"correct_subject"}
    assert offered[Stage.INTAKE] == common_open | {"advance", "verify", "pause", "reject",
                                                   "withdraw", "assign", "extend", "collect"}
    assert offered[Stage.IDENTITY] == offered[Stage.INTAKE]
    assert offered[Stage.REVIEW] == common_open | {"advance", "reject", "withdraw", "assign",
                                              "extend", "collect", "decide", "task",
                                              "generate_tasks", "export"}
    assert offered[Stage.FULFILMENT] == common_open | {"advance", "reject", "withdraw", "assign",
                                                  "extend", "task", "generate_tasks",
                                                  "complete_task", "deliver", "export"}
    # Offered, but not allowed yet: the decision is missing (the window says so on a click).
    review = services.operations.actions(specialist, case_in(services, specialist, Stage.REVIEW))
    advance = next(s for s in review if s.operation is Operation.ADVANCE)
    assert not advance.allowed and "record the legal-review decisions for: Access" in (
        advance.reason)
    assert offered[Stage.RESPONDED] == common_open | {"close", "assign", "export"}
    for final in (Stage.CLOSED, Stage.REJECTED, Stage.WITHDRAWN):
        assert offered[final] == common


def test_a_refusal_carries_the_tables_message(services, specialist):
    n = case_in(services, specialist, Stage.FULFILMENT)
    task = services.cases.detail(specialist, n).tasks[0]
    services.fulfilment.complete_task(specialist, n, task.id)
    services.delivery.record_delivery(specialist, n, sent_on=TODAY, channel=Channel.EMAIL,
                                      format="PDF")
    # Reject used to be accepted here by the command line and hidden by the window; the law
    # decides: the answer went out, so the request can no longer be refused (GDPR 12(4)).
    with pytest.raises(OperationNotAllowed) as refused:
        services.response.reject(specialist, n, reason=RejectionReason.EXCESSIVE, note="late")
    assert refused.value.refusal.kind is RefusalKind.PRECONDITION
    assert "answered request cannot be refused (GDPR 12(4))" in str(refused.value)
    assert "reject" not in services.cases.detail(specialist, n).allowed_actions
    services.closing.advance(specialist, n)
    with pytest.raises(OperationNotAllowed, match="'Response sent' cannot move forward"):
        services.closing.advance(specialist, n)  # closed with `close`, not advanced
    assert services.closing.close(specialist, n).stage is Stage.CLOSED


def test_a_manager_is_refused_every_operation_by_role(services, specialist, manager, tmp_path):
    n = case_in(services, specialist, Stage.REVIEW)
    assert services.cases.detail(manager, n).allowed_actions == frozenset()
    for operation, attempt in attempts(services, manager, tmp_path).items():
        with pytest.raises(PermissionDenied, match="maris .* may not"):
            attempt(n)
        assert operation.value  # every operation was tried


def test_a_flagged_duplicate_is_merged_or_kept_apart_once(services, specialist):
    first = case_in(services, specialist, Stage.INTAKE)
    repeat = case_in(services, specialist, Stage.INTAKE)
    with services.db.unit_of_work() as session:
        assert flag_likely_duplicate(session, specialist, find_case(session, repeat)) == [first]
    offered = services.cases.detail(specialist, repeat).allowed_actions
    assert {"merge_duplicate", "keep_apart"} <= offered
    services.duplicates.keep_apart(specialist, repeat)
    assert "keep_apart" not in services.cases.detail(specialist, repeat).allowed_actions
    with pytest.raises(OperationNotAllowed, match="already kept apart"):
        services.duplicates.merge_duplicate(specialist, repeat)
