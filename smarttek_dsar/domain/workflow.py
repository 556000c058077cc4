"""The life of a case: intake → identity verification → legal review → fulfilment → response sent
→ closed, with the exits rejected and withdrawn. Pure rules; the services supply the facts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from smarttek_dsar.domain.errors import DomainError
from smarttek_dsar.domain.messages import Message, message
from smarttek_dsar.domain.rights import Right


class Stage(StrEnum):
    INTAKE = "intake"
    IDENTITY = "identity"
    REVIEW = "review"
    FULFILMENT = "fulfilment"
    RESPONDED = "responded"
    CLOSED = "closed"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"

    @property
    def is_open(self) -> bool:
        """Open cases still run against the legal deadline."""
        return self in OPEN_STAGES

    @property
    def label(self) -> str:
        return _STAGE_LABELS[self][0]

    @property
    def label_lv(self) -> str:
        return _STAGE_LABELS[self][1]


_STAGE_LABELS = {
    Stage.INTAKE: ("Intake", "Reģistrēts"),
    Stage.IDENTITY: ("Identity verification", "Identitātes pārbaude"),
    Stage.REVIEW: ("Legal review", "Juridiskā izvērtēšana"),
    Stage.FULFILMENT: ("Fulfilment", "Izpilde"),
    Stage.RESPONDED: ("Response sent", "Atbilde nosūtīta"),
    Stage.CLOSED: ("Closed", "Slēgts"),
    Stage.REJECTED: ("Rejected", "Noraidīts"),
    Stage.WITHDRAWN: ("Withdrawn", "Atsaukts"),
}

OPEN_STAGES = frozenset({Stage.INTAKE, Stage.IDENTITY, Stage.REVIEW, Stage.FULFILMENT})
FINAL_STAGES = frozenset({Stage.CLOSED, Stage.REJECTED, Stage.WITHDRAWN})

# The main path, in order; `advance` moves one step along it.
MAIN_PATH: tuple[Stage, ...] = (
    Stage.INTAKE,
    Stage.IDENTITY,
    Stage.REVIEW,
    Stage.FULFILMENT,
    Stage.RESPONDED,
    Stage.CLOSED,
)


class RejectionReason(StrEnum):
    """Why a request is refused as a whole. Each names the article that allows it; a refusal
    must reach the subject within the first month with the Inspectorate and the courts named
    (GDPR 12(4))."""

    MANIFESTLY_UNFOUNDED = "manifestly_unfounded"
    EXCESSIVE = "excessive"
    IDENTITY_NOT_ESTABLISHED = "identity_not_established"
    NO_AUTHORITY = "no_authority"
    NOT_IDENTIFIABLE = "not_identifiable"

    @property
    def article(self) -> str:
        return _REJECTION[self][0]

    @property
    def label(self) -> str:
        return _REJECTION[self][1]

    @property
    def label_lv(self) -> str:
        return _REJECTION[self][2]


_REJECTION = {
    RejectionReason.MANIFESTLY_UNFOUNDED: (
        "Art. 12(5)(b)",
        "Manifestly unfounded request",
        "Acīmredzami nepamatots pieprasījums",
    ),
    RejectionReason.EXCESSIVE: (
        "Art. 12(5)(b)",
        "Excessive request (in particular repetitive)",
        "Pārmērīgs pieprasījums (jo īpaši atkārtots)",
    ),
    RejectionReason.IDENTITY_NOT_ESTABLISHED: (
        "Art. 12(6), 11(2)",
        "Identity of the requester not established",
        "Pieprasītāja identitāte nav apstiprināta",
    ),
    RejectionReason.NO_AUTHORITY: (
        "Art. 12(6)",
        "Representative did not prove authority",
        "Pārstāvis nav apliecinājis pilnvarojumu",
    ),
    RejectionReason.NOT_IDENTIFIABLE: (
        "Art. 11(2)",
        "The company cannot identify the data subject in its data",
        "Uzņēmums savos datos nevar identificēt datu subjektu",
    ),
}


@dataclass(frozen=True)
class CaseFacts:
    """What the services know about a case when a move is asked for."""

    stage: Stage
    rights: frozenset[Right]
    has_subject: bool
    identity_verified: bool
    paused: bool
    rights_without_decision: frozenset[Right] = field(default_factory=frozenset)
    open_tasks: int = 0
    response_recorded: bool = False
    extended: bool = False
    data_collected: bool = False
    duplicate_of: str | None = None
    duplicate_decision: str | None = None
    purged: bool = False


# GDPR 21(3) with 12(6): stopping direct marketing discloses nothing and costs the subject
# nothing, so even an unverified requester is obeyed (a wrongly stopped newsletter harms no one).
# Every other right acts on or discloses the subject's data and needs the identity established.
NO_IDENTITY_CHECK_NEEDED = frozenset({Right.OBJECTION_MARKETING})


def identity_check_needed(rights: frozenset[Right] | set[Right]) -> bool:
    """Whether the request must wait for a successful identity check before it is worked."""
    return bool(set(rights) - NO_IDENTITY_CHECK_NEEDED)


def next_stage(stage: Stage) -> Stage:
    if stage not in MAIN_PATH or stage is Stage.CLOSED:
        raise DomainError("A case in stage '{stage}' cannot move forward.", stage=stage)
    return MAIN_PATH[MAIN_PATH.index(stage) + 1]


def check_advance(facts: CaseFacts) -> Stage:
    """The stage the case may move to, or a DomainError naming the missing step."""
    target = next_stage(facts.stage)
    missing = missing_for_advance(facts)
    if missing:
        raise DomainError(missing)
    return target


def missing_for_advance(facts: CaseFacts) -> Message | None:
    """What is missing before the case may take the next step on the main path (None: nothing).
    The operations table's `advance` row asks this."""
    target = next_stage(facts.stage)
    missing = _missing_for(facts, target)
    if not missing:
        return None
    return Message("Cannot move from '{stage}' to '{target}': {missing:join:; }.",
                   {"stage": facts.stage, "target": target, "missing": missing})


def _missing_for(facts: CaseFacts, target: Stage) -> list[Message]:
    missing: list[Message] = []
    if target is Stage.IDENTITY:
        if not facts.rights:
            missing.append(Message("record at least one right the request invokes"))
        if not facts.has_subject:
            missing.append(Message("record the data subject"))
    elif target is Stage.REVIEW:
        # GDPR 12(6): no disclosure or action before the identity is established.
        if facts.paused:
            missing.append(Message("the clock is paused awaiting identity information; record it as received"))
        if not facts.identity_verified and identity_check_needed(facts.rights):
            missing.append(Message("record a successful identity check"))
    elif target is Stage.FULFILMENT:
        if facts.rights_without_decision:
            rights = sorted(facts.rights_without_decision, key=lambda r: r.label)
            missing.append(message("record the legal-review decisions for: {rights}",
                                   rights=rights))
    elif target is Stage.RESPONDED:
        if facts.open_tasks:
            missing.append(message(
                "finish the {count} open fulfilment {count:plural:task|tasks}",
                count=facts.open_tasks))
        if not facts.response_recorded:
            missing.append(Message("record the response delivered to the subject"))
    return missing


REPEAT_WINDOW = timedelta(days=365)
REPEAT_THRESHOLD = 2


def repeat_requests(received_on: date, earlier_requests: Sequence[date]) -> int:
    """How many other requests of the same subject in the 12 months before this one, when
    that is enough to ask whether this one is excessive (GDPR 12(5)); else 0."""
    recent = [d for d in earlier_requests if received_on - REPEAT_WINDOW <= d <= received_on]
    return len(recent) if len(recent) >= REPEAT_THRESHOLD else 0


def repeat_request_hint(received_on: date, earlier_requests: Sequence[date]) -> str | None:
    """GDPR 12(5): a hint, never a decision, when the same subject asked several times in the
    last 12 months. Refusing as excessive needs reasons the company can show."""
    count = repeat_requests(received_on, earlier_requests)
    if not count:
        return None
    return (
        f"The subject made {count} other requests in the last 12 months; consider whether "
        "this one is excessive (GDPR 12(5)) and record the reasons if you refuse or charge a fee."
    )
