"""What a user may do on a case, declared once: stage × operation × permission × preconditions.

Every service that changes a case asks `require` first, the window greys out what `allowed`
refuses, and `smarttek-dsar case actions` prints the same answers. A rule changed here changes
everywhere; no other module decides which operation a stage allows. Pure Python: the services
supply the facts (`CaseFacts`), this module only judges them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from smarttek_dsar.domain.errors import DomainError
from smarttek_dsar.domain.messages import Message, message
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.domain.workflow import (
    MAIN_PATH,
    OPEN_STAGES,
    CaseFacts,
    Stage,
    identity_check_needed,
    missing_for_advance,
)


class Operation(StrEnum):
    """One user action on a case. The values are the window's action names (QActions are keyed
    by them) and the command line's words in `case actions`."""

    ADVANCE = "advance"
    VERIFY = "verify"
    PAUSE = "pause"
    RESUME = "resume"
    REJECT = "reject"
    WITHDRAW = "withdraw"
    ASSIGN = "assign"
    EXTEND = "extend"
    COLLECT = "collect"
    REVIEW_DATA = "review_data"
    DECIDE = "decide"
    TASK = "task"
    GENERATE_TASKS = "generate_tasks"
    COMPLETE_TASK = "complete_task"
    DELIVER = "deliver"
    CLOSE = "close"
    EXPORT = "export"
    LETTER = "letter"
    DOSSIER = "dossier"
    MERGE_DUPLICATE = "merge_duplicate"
    KEEP_APART = "keep_apart"
    CORRECT_SUBJECT = "correct_subject"


class RefusalKind(StrEnum):
    PERMISSION = "permission"
    STAGE = "stage"
    PRECONDITION = "precondition"


@dataclass(frozen=True)
class Refusal:
    """Why an operation is not allowed now, in words for the user."""

    operation: Operation
    kind: RefusalKind
    said: Message  # the message code with its parameters, rendered in the reader's language
    precondition: str | None = None  # the name of the failed precondition

    @property
    def message(self) -> str:
        """The English sentence."""
        return str(self.said)


@dataclass(frozen=True)
class Precondition:
    """A named predicate over the case facts; `missing` returns what the user still has to do
    (None when it holds). With `offered_when_missing` the window still offers the operation
    and the refusal, shown when the user tries it, names the missing step."""

    name: str
    missing: Callable[[CaseFacts], Message | None]
    offered_when_missing: bool = False


def _holds(name: str, test: Callable[[CaseFacts], bool], text: str) -> Precondition:
    said = Message(text)
    return Precondition(name, lambda facts: None if test(facts) else said)


# --- Preconditions --------------------------------------------------------------------------

NOT_PURGED = _holds(
    "not_purged", lambda f: not f.purged,
    "The case files were purged after the retention period ended; nothing can be done on them.",
)


def _advance_missing(facts: CaseFacts) -> Message | None:
    if facts.stage not in MAIN_PATH or facts.stage is Stage.CLOSED:
        return None  # the stage check refuses it with its own message
    return missing_for_advance(facts)


# "Move to: Legal review" stays clickable and answers with what is missing: the user learns the
# next step from it (the services still refuse the move itself).
MAIN_PATH_STEPS_DONE = Precondition("main_path_steps_done", _advance_missing,
                                    offered_when_missing=True)

NOT_PAUSED = _holds(
    "not_paused", lambda f: not f.paused,
    "The clock is already paused; record the information as received first.",
)
PAUSED = _holds("paused", lambda f: f.paused, "The clock is not paused.")
# GDPR 12(4): a refusal is the answer to the request, given instead of it. Once the answer
# (the response) reached the subject, the request was answered and cannot be refused any more.
NOT_ANSWERED = _holds(
    "not_answered", lambda f: not f.response_recorded,
    "The response was already delivered to the subject; an answered request cannot be refused "
    "(GDPR 12(4)). Close the case instead.",
)
# GDPR 12(3): one extension, by at most two further months.
NOT_EXTENDED = _holds(
    "not_extended", lambda f: not f.extended,
    "The deadline was extended already; the law allows one extension of two months "
    "(GDPR 12(3)).",
)
# GDPR 12(6): nothing is disclosed before the controller is satisfied who is asking.
IDENTITY_VERIFIED = _holds(
    "identity_verified", lambda f: f.identity_verified,
    "Record a successful identity check first: nothing is disclosed before the requester's "
    "identity is established (GDPR 12(6)).",
)
# GDPR 21(3): an objection to direct marketing alone is answered without an identity check
# (workflow.NO_IDENTITY_CHECK_NEEDED): its answer confirms that marketing stopped, nothing more.
IDENTITY_VERIFIED_OR_NOT_NEEDED = _holds(
    "identity_verified_or_not_needed",
    lambda f: f.identity_verified or not identity_check_needed(f.rights),
    "Record a successful identity check first: nothing is disclosed before the requester's "
    "identity is established (GDPR 12(6)).",
)
DATA_COLLECTED = _holds(
    "data_collected", lambda f: f.data_collected,
    "No data has been collected for this case yet; collect it first.",
)
OPEN_TASKS = _holds(
    "open_tasks", lambda f: f.open_tasks > 0,
    "The case has no open fulfilment task.",
)


def _duplicate_pending(facts: CaseFacts) -> Message | None:
    if not facts.duplicate_of:
        return Message("This case is not flagged as a duplicate of another case.")
    if facts.duplicate_decision == "merged":
        return Message("This case was already merged; the choice is on record.")
    if facts.duplicate_decision:
        return Message("This case was already kept apart; the choice is on record.")
    return None


DUPLICATE_PENDING = Precondition("duplicate_pending", _duplicate_pending)
CASE_OPEN = _holds(
    "case_open", lambda f: f.stage.is_open,
    "The case is no longer open; a duplicate is decided while both requests are open.",
)


# --- The table ------------------------------------------------------------------------------

ALL_STAGES = frozenset(Stage)
OPEN_OR_ANSWERED = OPEN_STAGES | {Stage.RESPONDED}


@dataclass(frozen=True)
class OperationRule:
    """One row: where, by whom and under which conditions an operation is allowed.
    `not_in_stage` is the message when the stage is wrong ({stage} is the stage's label)."""

    operation: Operation
    stages: frozenset[Stage]
    permissions: frozenset[Permission]
    preconditions: tuple[Precondition, ...]
    what: str  # "may not <what>" when the role lacks the permission
    not_in_stage: str


def _rule(operation: Operation, stages: Iterable[Stage], permissions: Iterable[Permission],
          preconditions: tuple[Precondition, ...], what: str, not_in_stage: str
          ) -> OperationRule:
    return OperationRule(operation, frozenset(stages), frozenset(permissions), preconditions,
                         what, not_in_stage)


_WORK = (Permission.WORK_CASES,)

RULES: tuple[OperationRule, ...] = (
    # The main path; the missing steps come from workflow.check_advance. From "Response sent"
    # the case is closed with `close`, not advanced.
    _rule(Operation.ADVANCE, OPEN_STAGES, _WORK, (MAIN_PATH_STEPS_DONE,), "move cases along",
          "A case in stage '{stage}' cannot move forward."),
    # GDPR 12(6): identity is established before anything is disclosed or done.
    _rule(Operation.VERIFY, (Stage.INTAKE, Stage.IDENTITY), _WORK, (), "verify identities",
          "Identity is checked before the legal review starts; the case is in '{stage}'."),
    # GDPR 12(6) with 12(3): the clock waits only while identity information is asked for.
    _rule(Operation.PAUSE, (Stage.INTAKE, Stage.IDENTITY), _WORK, (NOT_PAUSED,),
          "pause the clock",
          "The clock can only be paused while identity is being verified; the case is in "
          "'{stage}'."),
    _rule(Operation.RESUME, (Stage.INTAKE, Stage.IDENTITY), _WORK, (PAUSED,), "resume the clock",
          "The clock is not paused in stage '{stage}'."),
    # GDPR 12(4), 12(5): a refusal of the whole request can be decided at any time while the
    # case is open (a request found excessive during fulfilment is still refused, within the
    # first month, with reasons), but only before the answer was sent: NOT_ANSWERED.
    _rule(Operation.REJECT, OPEN_STAGES, _WORK, (NOT_ANSWERED,), "reject requests",
          "A case in stage '{stage}' can no longer be rejected."),
    # The subject may withdraw the request as long as it is not finished.
    _rule(Operation.WITHDRAW, OPEN_STAGES, _WORK, (), "record withdrawals",
          "A case in stage '{stage}' can no longer be withdrawn."),
    _rule(Operation.ASSIGN, OPEN_OR_ANSWERED, _WORK, (), "assign cases",
          "A case in stage '{stage}' is finished; it is no longer assigned."),
    # GDPR 12(3): one extension of two months, the subject told within the first month (the
    # date rule needs the notice date and is checked by domain.clock.check_extension).
    _rule(Operation.EXTEND, OPEN_STAGES, _WORK, (NOT_EXTENDED,), "extend deadlines",
          "Only an open case can be extended; the case is in '{stage}'."),
    _rule(Operation.COLLECT, (Stage.INTAKE, Stage.IDENTITY, Stage.REVIEW), _WORK, (),
          "search the company's systems for a subject's data",
          "The case is in '{stage}': data is collected during intake, identity check or "
          "review."),
    # GDPR 15(3), 15(4): the collected copy is reviewed (others' data left out) before export.
    _rule(Operation.REVIEW_DATA, OPEN_STAGES, _WORK, (DATA_COLLECTED,),
          "review collected data",
          "The collected data is reviewed while the case is open; the case is in '{stage}'."),
    _rule(Operation.DECIDE, (Stage.REVIEW,), _WORK, (), "record review decisions",
          "Decisions are recorded during the legal review; the case is in '{stage}'."),
    _rule(Operation.TASK, (Stage.REVIEW, Stage.FULFILMENT), _WORK, (), "plan fulfilment tasks",
          "Fulfilment tasks are planned in review or fulfilment; the case is in '{stage}'."),
    _rule(Operation.GENERATE_TASKS, (Stage.REVIEW, Stage.FULFILMENT), _WORK, (),
          "plan fulfilment tasks",
          "Fulfilment tasks are planned in review or fulfilment; the case is in '{stage}'."),
    # Tasks are carried out once the review decided them: erasing before the decision is final
    # could not be undone.
    _rule(Operation.COMPLETE_TASK, (Stage.FULFILMENT,), _WORK, (OPEN_TASKS,),
          "complete fulfilment tasks",
          "Fulfilment tasks are completed during fulfilment; the case is in '{stage}'."),
    # GDPR 12(6): the answer discloses personal data, so identity must be established, except
    # for an objection to direct marketing alone (21(3)): its answer only confirms the stop.
    _rule(Operation.DELIVER, (Stage.FULFILMENT,), (Permission.EXPORT,),
          (IDENTITY_VERIFIED_OR_NOT_NEEDED,),
          "record deliveries",
          "The response is delivered during fulfilment; the case is in '{stage}'."),
    _rule(Operation.CLOSE, (Stage.RESPONDED,), _WORK, (), "close cases",
          "Only a case whose response was sent can be closed; the case is in '{stage}'."),
    # GDPR 12(6), 15(3): the copy of the data goes only to a verified requester.
    _rule(Operation.EXPORT, (Stage.REVIEW, Stage.FULFILMENT, Stage.RESPONDED),
          (Permission.EXPORT, Permission.VIEW_PERSONAL_DATA), (IDENTITY_VERIFIED,),
          "export a data subject's package",
          "The case is in '{stage}': the package is prepared after the identity check, during "
          "review or fulfilment (or again after the response)."),
    # Letters are written in every stage: a refusal letter after the refusal, a copy of an
    # extension notice later.
    _rule(Operation.LETTER, ALL_STAGES, (Permission.WORK_CASES, Permission.VIEW_PERSONAL_DATA),
          (), "prepare letters", "Letters cannot be prepared in stage '{stage}'."),
    # GDPR 5(2), 58(1): the whole case file for the Inspectorate, whatever the stage.
    _rule(Operation.DOSSIER, ALL_STAGES, (Permission.EXPORT, Permission.VIEW_PERSONAL_DATA), (),
          "prepare the case dossier", "The dossier cannot be prepared in stage '{stage}'."),
    # Duplicate decisions: the flag comes first (a merged case says so, not just "withdrawn").
    _rule(Operation.MERGE_DUPLICATE, ALL_STAGES, _WORK, (DUPLICATE_PENDING, CASE_OPEN),
          "merge duplicate requests", "A duplicate cannot be merged in stage '{stage}'."),
    _rule(Operation.KEEP_APART, ALL_STAGES, _WORK, (DUPLICATE_PENDING, CASE_OPEN),
          "decide on duplicate requests",
          "A duplicate cannot be kept apart in stage '{stage}'."),
    # GDPR 5(1)(d): a mistyped personal code or e-mail is corrected while the request is
    # worked and answered; a finished case keeps what it was answered on.
    _rule(Operation.CORRECT_SUBJECT, OPEN_OR_ANSWERED,
          (Permission.WORK_CASES, Permission.VIEW_PERSONAL_DATA), (),
          "correct the subject's details",
          "The case is finished (stage '{stage}'): its details stay as it was answered on."),
)

RULE: Mapping[Operation, OperationRule] = {r.operation: r for r in RULES}


def refusal(operation: Operation, facts: CaseFacts, permissions: Iterable[Permission]
            ) -> Refusal | None:
    """Why `operation` is not allowed on a case with these facts, or None when it is.
    Checked in the order a user would fix them: role, then stage, then the missing steps."""
    rule = RULE[Operation(operation)]
    granted = frozenset(permissions)
    if not rule.permissions <= granted:
        return Refusal(rule.operation, RefusalKind.PERMISSION,
                       message("Your role may not {what}.", what=Message(rule.what)))
    for precondition in (NOT_PURGED,):
        missing = precondition.missing(facts)
        if missing:
            return Refusal(rule.operation, RefusalKind.PRECONDITION, missing, precondition.name)
    if facts.stage not in rule.stages:
        return Refusal(rule.operation, RefusalKind.STAGE,
                       message(rule.not_in_stage, stage=facts.stage))
    for precondition in rule.preconditions:
        missing = precondition.missing(facts)
        if missing:
            return Refusal(rule.operation, RefusalKind.PRECONDITION, missing, precondition.name)
    return None


def allowed(facts: CaseFacts, permissions: Iterable[Permission]
            ) -> dict[Operation, Refusal | None]:
    """Every operation with None (allowed) or the refusal saying why not."""
    granted = frozenset(permissions)
    return {op: refusal(op, facts, granted) for op in Operation}


def allowed_operations(facts: CaseFacts, permissions: Iterable[Permission]
                       ) -> frozenset[Operation]:
    return frozenset(op for op, why in allowed(facts, permissions).items() if why is None)


def offered(facts: CaseFacts, permissions: Iterable[Permission]) -> frozenset[Operation]:
    """What the window offers: the allowed operations, plus those refused only by a
    precondition the window explains when the user tries (see `offered_when_missing`)."""
    return frozenset(op for op, why in allowed(facts, permissions).items()
                     if why is None or _explained_on_attempt(why))


def _explained_on_attempt(why: Refusal) -> bool:
    if why.kind is not RefusalKind.PRECONDITION:
        return False
    rule = RULE[why.operation]
    return any(p.name == why.precondition and p.offered_when_missing
               for p in rule.preconditions)


def require(operation: Operation, facts: CaseFacts, permissions: Iterable[Permission]) -> None:
    """Raise a DomainError with the user's message unless `operation` is allowed."""
    why = refusal(operation, facts, permissions)
    if why is not None:
        raise OperationRefused(why)


class OperationRefused(DomainError):
    def __init__(self, refusal: Refusal) -> None:
        super().__init__(refusal.said)
        self.refusal = refusal

