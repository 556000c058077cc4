"""The operations table: which operation a case allows in each stage, for which role, and the
message a user reads when a step is missing. Pure domain, no I/O."""

from __future__ import annotations

import dataclasses

import pytest

from smarttek_dsar.domain.errors import DomainError
from smarttek_dsar.domain.operations import (
    RULES,
    Operation,
    RefusalKind,
    allowed,
    allowed_operations,
    offered,
    refusal,
    require,
)
from smarttek_dsar.domain.rights import Right
from smarttek_dsar.domain.roles import Permission, Role, permissions_of
from smarttek_dsar.domain.workflow import CaseFacts, Stage

SPECIALIST = permissions_of({Role.SPECIALIST})
MANAGER = permissions_of({Role.MANAGER})
ADMIN = permissions_of({Role.ADMIN})

IN, D, R, F = Stage.INTAKE, Stage.IDENTITY, Stage.REVIEW, Stage.FULFILMENT
S, C, J, W = Stage.RESPONDED, Stage.CLOSED, Stage.REJECTED, Stage.WITHDRAWN
OPEN = {IN, D, R, F}
EVERY = set(Stage)

# Written out by hand from the law and the workflow, not derived from the table.
EXPECTED_STAGES: dict[Operation, set[Stage]] = {
    Operation.ADVANCE: OPEN,
    Operation.VERIFY: {IN, D},
    Operation.PAUSE: {IN, D},
    Operation.RESUME: {IN, D},
    Operation.REJECT: OPEN,
    Operation.WITHDRAW: OPEN,
    Operation.ASSIGN: OPEN | {S},
    Operation.EXTEND: OPEN,
    Operation.COLLECT: {IN, D, R},
    Operation.REVIEW_DATA: OPEN,
    Operation.DECIDE: {R},
    Operation.TASK: {R, F},
    Operation.GENERATE_TASKS: {R, F},
    Operation.COMPLETE_TASK: {F},
    Operation.DELIVER: {F},
    Operation.CLOSE: {S},
    Operation.EXPORT: {R, F, S},
    Operation.LETTER: EVERY,
    Operation.DOSSIER: EVERY,
    Operation.MERGE_DUPLICATE: OPEN,
    Operation.KEEP_APART: OPEN,
    Operation.CORRECT_SUBJECT: OPEN | {S},
}


def facts(stage: Stage, **kw) -> CaseFacts:
    base = dict(stage=stage, rights=frozenset({Right.ACCESS}), has_subject=True,
                identity_verified=True, paused=False, data_collected=True)
    base.update(kw)
    return CaseFacts(**base)


def ready_for(operation: Operation, stage: Stage) -> CaseFacts:
    """A case in `stage` on which every precondition of `operation` holds."""
    kw: dict = {}
    if operation is Operation.RESUME:
        kw["paused"] = True
    if operation is Operation.COMPLETE_TASK:
        kw["open_tasks"] = 1
    if operation is Operation.ADVANCE and stage is F:
        kw["response_recorded"] = True
    if operation in (Operation.MERGE_DUPLICATE, Operation.KEEP_APART):
        kw["duplicate_of"] = "DSAR-2026-0001"
    return facts(stage, **kw)


def test_every_operation_has_one_rule_and_the_window_names_still_hold():
    assert [r.operation for r in RULES] == list(Operation)
    # The window keys its actions by these strings: they must not change.
    for name in ("advance", "verify", "pause", "resume", "reject", "withdraw", "assign",
                 "extend", "decide", "task", "complete_task", "deliver", "close", "export",
                 "merge_duplicate", "keep_apart"):
        assert Operation(name).value == name


@pytest.mark.parametrize("stage", list(Stage))
@pytest.mark.parametrize("operation", list(Operation))
def test_stage_by_operation(operation, stage):
    why = refusal(operation, ready_for(operation, stage), SPECIALIST)
    if stage in EXPECTED_STAGES[operation]:
        assert why is None, why
    else:
        assert why is not None
        assert why.kind in (RefusalKind.STAGE, RefusalKind.PRECONDITION)
        assert stage.label in why.message or "no longer open" in why.message


def test_allowed_answers_every_operation_and_agrees_with_require():
    case = facts(R)
    answers = allowed(case, SPECIALIST)
    assert set(answers) == set(Operation)
    assert {op for op, why in answers.items() if why is None} == allowed_operations(
        case, SPECIALIST)
    for operation, why in answers.items():
        if why is None:
            require(operation, case, SPECIALIST)
        else:
            with pytest.raises(DomainError) as raised:
                require(operation, case, SPECIALIST)
            assert str(raised.value) == why.message


@pytest.mark.parametrize(
    ("operation", "stage", "kw", "name", "message"),
    [
        (Operation.ADVANCE, IN, {"rights": frozenset()}, "main_path_steps_done",
         "record at least one right"),
        (Operation.ADVANCE, IN, {"has_subject": False}, "main_path_steps_done",
         "record the data subject"),
        (Operation.ADVANCE, D, {"identity_verified": False}, "main_path_steps_done",
         "Cannot move from 'Identity verification' to 'Legal review': record a successful "
         "identity check."),
        (Operation.ADVANCE, D, {"paused": True}, "main_path_steps_done", "clock is paused"),
        (Operation.ADVANCE, R, {"rights_without_decision": frozenset({Right.ERASURE})},
         "main_path_steps_done", "record the legal-review decisions for: Erasure"),
        (Operation.ADVANCE, F, {"open_tasks": 2, "response_recorded": True},
         "main_path_steps_done", "finish the 2 open fulfilment tasks"),
        (Operation.ADVANCE, F, {}, "main_path_steps_done",
         "record the response delivered to the subject"),
        (Operation.PAUSE, D, {"paused": True}, "not_paused", "already paused"),
        (Operation.RESUME, D, {}, "paused", "The clock is not paused."),
        (Operation.REJECT, F, {"response_recorded": True}, "not_answered",
         "answered request cannot be refused (GDPR 12(4))"),
        (Operation.EXTEND, R, {"extended": True}, "not_extended",
         "one extension of two months (GDPR 12(3))"),
        (Operation.DELIVER, F, {"identity_verified": False}, "identity_verified_or_not_needed",
         "identity is established (GDPR 12(6))"),
        (Operation.EXPORT, R, {"identity_verified": False}, "identity_verified",
         "identity is established (GDPR 12(6))"),
        (Operation.REVIEW_DATA, R, {"data_collected": False}, "data_collected",
         "No data has been collected"),
        (Operation.COMPLETE_TASK, F, {}, "open_tasks", "no open fulfilment task"),
        (Operation.MERGE_DUPLICATE, IN, {}, "duplicate_pending", "not flagged as a duplicate"),
        (Operation.KEEP_APART, IN, {"duplicate_of": "DSAR-2026-0001",
                                   "duplicate_decision": "merged"},
         "duplicate_pending", "already merged"),
        (Operation.MERGE_DUPLICATE, W, {"duplicate_of": "DSAR-2026-0001",
                                        "duplicate_decision": "kept_apart"},
         "duplicate_pending", "already kept apart"),
        (Operation.MERGE_DUPLICATE, C, {"duplicate_of": "DSAR-2026-0001"}, "case_open",
         "no longer open"),
        (Operation.LETTER, C, {"purged": True}, "not_purged", "purged"),
    ],
)
def test_each_precondition_says_what_is_missing(operation, stage, kw, name, message):
    why = refusal(operation, facts(stage, **kw), SPECIALIST)
    assert why is not None and why.kind is RefusalKind.PRECONDITION
    assert why.precondition == name
    assert message in why.message
    # ...and once the missing step is done, the same operation is allowed.
    fixed = {"rights": frozenset({Right.ACCESS}), "has_subject": True, "identity_verified": True,
             "paused": operation is Operation.RESUME, "rights_without_decision": frozenset(),
             "open_tasks": 1 if operation is Operation.COMPLETE_TASK else 0,
             "response_recorded": operation is Operation.ADVANCE and stage is F,
             "extended": False, "data_collected": True, "duplicate_decision": None,
             "duplicate_of": "DSAR-2026-0001", "purged": False}
    if stage in EXPECTED_STAGES[operation]:
        assert refusal(operation, dataclasses.replace(facts(stage, **kw), **fixed),
                       SPECIALIST) is None


def test_reject_is_decided_in_law_open_until_the_answer_is_sent():
    # GDPR 12(4): refused instead of answered, so possible in every open stage...
    for stage in OPEN:
        assert refusal(Operation.REJECT, facts(stage), SPECIALIST) is None
    # ...the window used to stop at review; fulfilment is open too, until the response went out.
    assert refusal(Operation.REJECT, facts(F, response_recorded=True), SPECIALIST) is not None
    why = refusal(Operation.REJECT, facts(S), SPECIALIST)
    assert why.kind is RefusalKind.STAGE
    assert why.message == "A case in stage 'Response sent' can no longer be rejected."
    for stage in (C, J, W):
        assert refusal(Operation.WITHDRAW, facts(stage), SPECIALIST).message == (
            f"A case in stage '{stage.label}' can no longer be withdrawn.")


def test_a_responded_case_is_closed_not_advanced():
    assert refusal(Operation.ADVANCE, facts(S), SPECIALIST).message == (
        "A case in stage 'Response sent' cannot move forward.")
    assert refusal(Operation.CLOSE, facts(S), SPECIALIST) is None


def test_roles_decide_before_the_stage():
    case = facts(R)
    managed = allowed(case, MANAGER)
    assert all(why is not None and why.kind is RefusalKind.PERMISSION
               for why in managed.values())
    assert managed[Operation.DECIDE].message == "Your role may not record review decisions."
    # The administrator runs the system, not the cases: nothing on a case, not even a dossier.
    assert allowed_operations(case, ADMIN) == frozenset()
    # Export needs the export permission on top of working cases.
    without_export = SPECIALIST - {Permission.EXPORT}
    assert Operation.EXPORT not in allowed_operations(case, without_export)
    assert Operation.DECIDE in allowed_operations(case, without_export)


def test_the_window_offers_advance_to_explain_the_missing_step():
    waiting = facts(R, rights_without_decision=frozenset({Right.ERASURE}))
    assert Operation.ADVANCE not in allowed_operations(waiting, SPECIALIST)
    assert offered(waiting, SPECIALIST) == allowed_operations(waiting, SPECIALIST) | {
        Operation.ADVANCE}
    # Only the missing main-path steps are explained on a click; other refusals hide the action.
    assert offered(facts(S), SPECIALIST) == allowed_operations(facts(S), SPECIALIST)
    assert offered(waiting, MANAGER) == frozenset()
    extended = facts(R, extended=True)
    assert Operation.EXTEND not in offered(extended, SPECIALIST)


def test_a_purged_case_allows_nothing():
    purged = facts(C, purged=True)
    answers = allowed(purged, SPECIALIST)
    assert all(why is not None for why in answers.values())
    assert "purged" in answers[Operation.DOSSIER].message


def test_final_stages_allow_only_letters_and_the_dossier():
    for stage in (C, J, W):
        assert allowed_operations(facts(stage), SPECIALIST) == {Operation.LETTER,
                                                                Operation.DOSSIER}


def test_an_objection_to_direct_marketing_is_answered_without_an_identity_check():
    unverified = facts(Stage.FULFILMENT,
                       rights=frozenset({Right.OBJECTION_MARKETING}), identity_verified=False)
    assert refusal(Operation.DELIVER, unverified, SPECIALIST) is None
    # The package is still a copy of personal data: never to an unverified requester.
    assert refusal(Operation.EXPORT, unverified, SPECIALIST).precondition == "identity_verified"
