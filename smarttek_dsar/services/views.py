"""Plain objects the services hand to the window and the command line (never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from smarttek_dsar.domain.clock import Deadline, DeadlineState
from smarttek_dsar.domain.rights import Channel, Right
from smarttek_dsar.domain.workflow import Stage


@dataclass(frozen=True)
class CaseSummary:
    """One row of a case list. subject_name is None for a caller who may not see personal data."""

    id: int
    number: str
    stage: Stage
    rights: tuple[Right, ...]
    channel: Channel
    received_at: datetime
    due_date: date
    days_left: int | None  # None once the case is no longer open
    deadline_state: DeadlineState | None
    paused: bool
    extended: bool
    subject_name: str | None
    assignee: str | None
    version: int

    def to_json(self) -> dict:
        return {
            "number": self.number,
            "stage": self.stage.value,
            "rights": [r.value for r in self.rights],
            "channel": self.channel.value,
            "received_at": self.received_at.isoformat(),
            "due_date": self.due_date.isoformat(),
            "days_left": self.days_left,
            "deadline_state": self.deadline_state.value if self.deadline_state else None,
            "paused": self.paused,
            "extended": self.extended,
            "subject": self.subject_name,
            "assignee": self.assignee,
        }


@dataclass(frozen=True)
class PartyInput:
    """A person as the request names them; the services validate every identifier."""

    name: str
    personal_code: str | None = None
    former_codes: tuple[str, ...] = ()
    email: str | None = None
    phone: str | None = None
    customer_no: str | None = None
    address: str = ""
    authority_proof: str = ""


@dataclass(frozen=True)
class PartyView:
    role: str
    name: str
    personal_code: str | None
    former_codes: tuple[str, ...]
    email: str | None
    phone: str | None
    customer_no: str | None
    address: str
    authority_proof: str


@dataclass(frozen=True)
class AttachmentInput:
    filename: str
    content: bytes | memoryview  # stored as it is; a view saves a copy of a large file
    media_type: str = "application/octet-stream"
    kind: str = "request"  # request | evidence | id_document | other


@dataclass(frozen=True)
class AttachmentView:
    id: int
    kind: str
    filename: str
    media_type: str
    sha256: str
    size: int
    deleted_at: datetime | None
    deleted_reason: str | None


@dataclass(frozen=True)
class IdentityCheckView:
    method: str
    document_type: str | None
    document_last_digits: str | None
    result: str
    doubt_reason: str
    notes: str
    verifier: str | None
    checked_at: datetime


@dataclass(frozen=True)
class PauseView:
    start: date
    end: date | None
    reason: str


@dataclass(frozen=True)
class DecisionView:
    category_id: str
    right: Right
    outcome: str
    article: str
    reason: str
    suggested_outcome: str | None
    decided_by: str | None
    # The facts the decision rests on (issue 12); subject_reason is what the subject reads,
    # `reason` above is the internal note that never leaves the case.
    ground: str | None = None
    keep_until: date | None = None
    subject_reason: str = ""
    phrase_key: str | None = None
    inaccuracy: str = ""
    corrected_value: str = ""
    particular_situation: str = ""
    compelling_grounds: str = ""


@dataclass(frozen=True)
class TaskView:
    id: int
    action: str
    system: str
    category_id: str | None
    recipient: str | None
    description: str
    done_at: datetime | None
    confirmed_by: str | None


@dataclass(frozen=True)
class DisclosureView:
    sent_on: date
    channel: str
    format: str
    proof: str
    files: tuple[tuple[str, str, int], ...]  # (file name, sha256, size)


@dataclass(frozen=True)
class CaseDetail:
    """Everything about one case. For a manager the personal parts are empty and
    personal_data_hidden is True."""

    summary: CaseSummary
    deadline: Deadline
    personal_data_hidden: bool
    receipt_proof: str
    request_text: str
    language: str
    rejection_reason: str | None
    outcome_note: str
    extension_reason: str | None
    extension_notified_on: date | None
    responded_on: date | None
    register_version: str | None
    repeat_hint: str | None
    # The same count for the window to word in its language (0: no hint).
    repeat_requests: int = 0
    parties: tuple[PartyView, ...] = ()
    attachments: tuple[AttachmentView, ...] = ()
    identity_checks: tuple[IdentityCheckView, ...] = ()
    pauses: tuple[PauseView, ...] = ()
    decisions: tuple[DecisionView, ...] = ()
    tasks: tuple[TaskView, ...] = ()
    disclosures: tuple[DisclosureView, ...] = ()
    allowed_actions: frozenset[str] = field(default_factory=frozenset)
    # Of those, the ones with nothing missing: `advance` is offered while a step is missing (so
    # that trying it names the step) but is ready only once nothing is.
    ready_actions: frozenset[str] = field(default_factory=frozenset)
    # Set by intake when an open case of the same subject asks for the same; the decision is
    # None until the specialist merges ("merged") or keeps the two apart ("kept_apart").
    duplicate_of: str | None = None
    duplicate_decision: str | None = None

    @property
    def subject(self) -> PartyView | None:
        return next((p for p in self.parties if p.role == "subject"), None)

    def to_json(self) -> dict:
        data = self.summary.to_json()
        data.update(
            {
                "initial_due_date": self.deadline.initial_due.isoformat(),
                "refusal_due_date": self.deadline.refusal_due.isoformat(),
                "deadline_steps": [s.text for s in self.deadline.steps],
                "request_text": None if self.personal_data_hidden else self.request_text,
                "receipt_proof": self.receipt_proof,
                "rejection_reason": self.rejection_reason,
                "extension_reason": self.extension_reason,
                "repeat_hint": self.repeat_hint,
                "parties": [p.__dict__ | {"former_codes": list(p.former_codes)} for p in self.parties],
                "identity_checks": [
                    {"method": c.method, "result": c.result, "checked_at": c.checked_at.isoformat()}
                    for c in self.identity_checks
                ],
                "pauses": [
                    {"start": p.start.isoformat(), "end": p.end.isoformat() if p.end else None,
                     "reason": p.reason}
                    for p in self.pauses
                ],
                "decisions": [
                    {"category": d.category_id, "right": d.right.value, "outcome": d.outcome,
                     "article": d.article, "reason": d.reason, "ground": d.ground,
                     "keep_until": d.keep_until.isoformat() if d.keep_until else None,
                     "subject_reason": d.subject_reason, "phrase_key": d.phrase_key,
                     "inaccuracy": d.inaccuracy, "corrected_value": d.corrected_value,
                     "particular_situation": d.particular_situation,
                     "compelling_grounds": d.compelling_grounds}
                    for d in self.decisions
                ],
                "allowed_actions": sorted(self.allowed_actions),
                "duplicate_of": self.duplicate_of,
                "duplicate_decision": self.duplicate_decision,
            }
        )
        return data
