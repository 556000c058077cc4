"""The facts of a case a letter may state, read from the case record in the letter's unit of
work (DOMAIN §6: every sentence backed by a fact; where the fact is missing, no letter).

Only subject-facing fields are carried: a decision's internal note (decisions.reason) and the
review's guidance never reach a letter, because they are not here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from smarttek_dsar.domain.register import Register
from smarttek_dsar.domain.rights import Right
from smarttek_dsar.services.fulfilment.recipients import RecipientDisclosureView, disclosure_views
from smarttek_dsar.storage.models import Case
from smarttek_dsar.storage.timestamps import as_utc


@dataclass(frozen=True)
class DecisionFact:
    category_id: str
    right: Right
    outcome: str
    article: str
    ground: str | None  # 17(1)(x), 17(3)(x), 18(1)(x), 21(1) ...: cited before the article
    keep_until: date | None  # a time-bound 17(3) refusal
    subject_reason: str  # addressed to the subject, in the case language

    @property
    def citation(self) -> str:
        return self.ground or self.article


@dataclass(frozen=True)
class TaskFact:
    id: int
    action: str
    system: str
    category_id: str | None
    recipient: str | None
    done_on: date | None

    def label(self) -> str:
        where = ", ".join(part for part in (self.system, self.category_id or "") if part)
        return f"task {self.id} ({self.action}{', ' + where if where else ''})"


@dataclass(frozen=True)
class LetterFacts:
    decisions: tuple[DecisionFact, ...]
    tasks: tuple[TaskFact, ...]
    recipients: tuple[RecipientDisclosureView, ...]
    open_pause_start: date | None  # GDPR 12(6): the day identity information was asked for
    extension_reason: str | None
    extension_notified_on: date | None


def facts_of(case: Case, register: Register) -> LetterFacts:
    open_pause = next((p for p in case.pauses if p.end is None), None)
    return LetterFacts(
        decisions=tuple(
            DecisionFact(d.category_id, Right(d.right), d.outcome, d.article or "", d.ground,
                         d.keep_until, (d.subject_reason or "").strip())
            for d in case.decisions),
        tasks=tuple(
            TaskFact(t.id, t.action, t.system or "", t.category_id, t.recipient,
                     as_utc(t.done_at).date() if t.done_at is not None else None)
            for t in case.tasks),
        recipients=tuple(disclosure_views(case, register)),
        open_pause_start=open_pause.start if open_pause else None,
        extension_reason=(case.extension_reason or "").strip() or None,
        extension_notified_on=case.extension_notified_on,
    )
