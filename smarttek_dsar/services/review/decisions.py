"""The legal review's decisions: one per data category and invoked right, with the ground the
law asks for, the facts it rests on, and two texts: the internal note (`reason`, never leaves
the case) and the reason addressed to the subject (`subject_reason`, in the case's language,
from the phrasebook entry `phrase_key` unless the reviewer wrote one).

A decision lacking its facts (domain.decision_rules.missing_facts) or contradicting another of
the case (erase + rectify, erase + restrict, erasing the marketing suppression while stopping
marketing) is refused with a message naming what to add or choose; nothing is stored then.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from smarttek_dsar.domain.case_evidence import CASE_FILE, CASE_FILE_ID
from smarttek_dsar.domain.decision_rules import (
    DecisionFacts,
    article_of,
    conflicts,
    grounds_for,
    keeps_marketing_suppression,
    missing_facts,
    phrase_key_for,
)
from smarttek_dsar.domain.errors import DomainError
from smarttek_dsar.domain.operations import Operation
from smarttek_dsar.domain.phrasebook import Phrasebook, PhrasebookError
from smarttek_dsar.domain.register import DataCategory, Language, Register
from smarttek_dsar.domain.rights import Outcome, Right
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.services import audit
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.administration.phrasebook_service import phrasebook_in_force
from smarttek_dsar.services.administration.register_service import RegisterService
from smarttek_dsar.services.case_records import case_for_change, rights_from_text, summary_of
from smarttek_dsar.services.errors import ServiceError
from smarttek_dsar.services.operations_guard import require_operation
from smarttek_dsar.services.views import CaseSummary
from smarttek_dsar.storage.database import Database
from smarttek_dsar.storage.models import Decision
from smarttek_dsar.storage.timestamps import now_utc

# The ground an objection rests on is the paragraph itself.
_OBJECTION_GROUNDS = {Right.OBJECTION: "21(1)", Right.OBJECTION_MARKETING: "21(3)"}


@dataclass(frozen=True)
class DecisionInput:
    category_id: str
    right: Right
    outcome: Outcome
    article: str = ""
    reason: str = ""  # the internal note: never leaves the case
    suggested_outcome: Outcome | None = None
    ground: str | None = None  # 17(1)(a)-(f), 17(3)(a)-(e), 6(1)(b), 18(1)(a)-(d)
    keep_until: date | None = None  # a time-bound 17(3) refusal
    subject_reason: str = ""  # empty: filled from the phrasebook in the case's language
    phrase_key: str | None = None  # empty: chosen from the right, outcome and ground
    inaccuracy: str = ""  # Art. 16
    corrected_value: str = ""
    particular_situation: str = ""  # Art. 21(1)
    compelling_grounds: str = ""


def category_of(register: Register, category_id: str) -> DataCategory | None:
    """The register's category, the case file pseudo-category, or None when unknown."""
    if category_id == CASE_FILE_ID:
        return CASE_FILE
    try:
        return register.category(category_id)
    except DomainError:
        return None


class DecisionService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.register = RegisterService(db)

    def record_decisions(
        self, actor: Actor, number: str, decisions: Sequence[DecisionInput],
        expected_version: int | None = None, register_version: str | None = None,
    ) -> CaseSummary:
        """One decision per data category and right. Overriding a suggestion needs a reason,
        and the override is in the audit trail."""
        actor.require(Permission.WORK_CASES, "record review decisions")
        register = self._register(register_version)
        with self.db.unit_of_work() as session:
            case = case_for_change(session, number, expected_version)
            require_operation(actor, Operation.DECIDE, case, session)
            invoked = set(rights_from_text(case.rights))
            language = "lv" if case.language == "lv" else "en"
            phrasebook = phrasebook_in_force(session).phrasebook
            existing = {(d.category_id, d.right): d for d in case.decisions}
            overrides, facts_recorded = [], []
            for item in decisions:
                right, outcome = Right(item.right), Outcome(item.outcome)
                where = f"{item.category_id}/{right.value}"
                if right not in invoked:
                    raise ServiceError("The request does not invoke {right} ({article}).",
                                       right=right, article=right.article)
                category = category_of(register, item.category_id)
                ground = _ground(item, right, outcome, where)
                article = item.article.strip()
                if ground and grounds_for(right, outcome) and ground not in article:
                    article = article_of(ground)  # never a bare "Art. 17(1)"
                if outcome in (Outcome.REFUSE, Outcome.PARTIAL) and not article:
                    raise ServiceError("{where}: name the article that allows refusing (e.g. "
                                       "Art. 17(3)(b)).", where=where)
                facts = DecisionFacts(
                    item.category_id, right, outcome, ground,
                    item.keep_until if right is Right.ERASURE and outcome is Outcome.REFUSE
                    else None, item.inaccuracy.strip(), item.corrected_value.strip(),
                    item.particular_situation.strip(), item.compelling_grounds.strip())
                problems = missing_facts(facts)
                if problems:
                    raise ServiceError("{where}: {problems:join:; }.", where=where,
                                       problems=problems)
                overridden = item.suggested_outcome is not None and item.suggested_outcome != outcome
                if overridden and not item.reason.strip():
                    raise ServiceError("{where}: overriding the suggested "
                                       "'{suggested_outcome}' needs a reason.", where=where, suggested_outcome=item.suggested_outcome)
                key, subject_reason = _subject_reason(item, facts, category, phrasebook,
                                                      language, where)
                row = existing.get((item.category_id, right.value))
                if row is None:
                    row = Decision(case_id=case.id, category_id=item.category_id, right=right.value)
                    case.decisions.append(row)
                    existing[(item.category_id, right.value)] = row
                row.outcome, row.article, row.reason = outcome.value, article, item.reason.strip()
                row.suggested_outcome = item.suggested_outcome.value if item.suggested_outcome else None
                row.ground, row.keep_until = facts.ground, facts.keep_until
                row.inaccuracy, row.corrected_value = facts.inaccuracy, facts.corrected_value
                row.particular_situation = facts.particular_situation
                row.compelling_grounds = facts.compelling_grounds
                row.phrase_key, row.subject_reason = key, subject_reason
                row.decided_by_id, row.decided_at = actor.user_id, now_utc()
                if overridden:
                    overrides.append([item.category_id, right.value, item.suggested_outcome.value,
                                      outcome.value, item.reason.strip()])
                if ground or facts.keep_until:
                    facts_recorded.append([item.category_id, right.value, ground,
                                           facts.keep_until.isoformat() if facts.keep_until
                                           else None])
            _refuse_conflicts(register, existing.values())
            if register_version:
                case.register_version = register_version
            case.updated_at = now_utc()
            session.flush()
            audit.record(session, actor, "review.decided", case_id=case.id,
                         case_number=case.number,
                         details={"decisions": [[d.category_id, Right(d.right).value,
                                                 Outcome(d.outcome).value] for d in decisions],
                                  "overrides": overrides, "grounds": facts_recorded})
            return summary_of(case, personal_data=True, today=date.today())

    def _register(self, version: str | None) -> Register:
        return self.register.version_or_current(version)


def _ground(item: DecisionInput, right: Right, outcome: Outcome, where: str) -> str | None:
    allowed = grounds_for(right, outcome)
    ground = (item.ground or "").strip().removeprefix("Art.").strip() or None
    from_article = item.article.strip().removeprefix("Art.").strip()
    if ground is None and from_article in allowed:
        ground = from_article  # "Art. 17(3)(b)" names its ground already
    if allowed:
        if ground is not None and ground not in allowed:
            raise ServiceError("{where}: '{ground}' is not a ground for {label} under "
                               "{article}; choose one of {allowed}.", where=where, ground=ground, label=outcome.label.lower(), article=right.article, allowed=', '.join(allowed))
        return ground
    if outcome in (Outcome.GRANT, Outcome.PARTIAL, Outcome.REFUSE):
        return _OBJECTION_GROUNDS.get(right)
    return None


def _subject_reason(item: DecisionInput, facts: DecisionFacts, category: DataCategory | None,
                    phrasebook: Phrasebook, language: Language, where: str
                    ) -> tuple[str | None, str]:
    """The phrasebook key and the text the subject reads (the reviewer's own, or the entry)."""
    key = item.phrase_key or phrase_key_for(
        facts.right, facts.outcome, facts.ground,
        verbatim=bool(category and category.verbatim_record),
        suppression=bool(category and keeps_marketing_suppression(category)))
    if key is not None and key not in phrasebook.phrases:
        raise ServiceError("{where}: the phrasebook has no entry '{key}'.", where=where, key=key)
    written = item.subject_reason.strip()
    if written:
        return key, written
    if key is None:
        raise ServiceError("{where}: write the reason addressed to the subject; the "
                           "phrasebook has no entry for '{label}' under {article}.", where=where, label=facts.outcome.label, article=facts.right.article)
    try:
        return key, phrasebook.reason(key, language, keep_until=facts.keep_until)
    except PhrasebookError as error:
        raise ServiceError("{where}: {error}", where=where, error=error) from None


def _refuse_conflicts(register: Register, rows: Iterable[Decision]) -> None:
    cells = [DecisionFacts(d.category_id, Right(d.right), Outcome(d.outcome), d.ground)
             for d in rows]
    suppression = [c.category_id for c in cells
                   if (category := category_of(register, c.category_id)) is not None
                   and keeps_marketing_suppression(category)]
    problems = conflicts(cells, suppression)
    if problems:
        raise ServiceError("Conflicting decisions: {problems:join:; }.", problems=problems)
