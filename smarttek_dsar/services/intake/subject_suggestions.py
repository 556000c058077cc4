"""Who in the company's systems the sender of a new request probably is.

A suggestion only: the data subject is confirmed by a person (and identity verified) before
any data is searched or disclosed (GDPR 12(6)). The lookup belongs to the data sources
(`smarttek_dsar.sources.lookup`); intake must work without it, so a missing module, a missing
configuration or a failing source gives no suggestions and a note saying why.

The suggestions are personal data read from the company's systems: only a specialist may ask
for them, and every look-up is in the audit trail (which systems were read, by which kinds of
identifier, how many people came back; never the values themselves).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from smarttek_dsar.domain.messages import Message, message
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.services import audit
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.storage.database import Database
from smarttek_dsar.storage.models import Case

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SubjectSuggestion:
    name: str
    personal_code: str | None
    email: str | None
    phone: str | None
    customer_no: str | None
    source: str  # the system the person was found in
    matched_on: str  # which identifier matched: personal_code, email, phone, ...
    # The lookup's own object, for a window that wants to show more of it.
    match: Any = None

    @property
    def label(self) -> str:
        parts = [self.name or "(no name)"]
        parts += [v for v in (self.personal_code, self.email, self.phone, self.customer_no) if v]
        text = ", ".join(parts)
        return f"{text} ({self.source})" if self.source else text


def _attribute(match: Any, *names: str) -> str | None:
    for name in names:
        value = getattr(match, name, None)
        if value:
            return str(value)
    return None


def _suggestion(match: Any) -> SubjectSuggestion:
    return SubjectSuggestion(
        name=_attribute(match, "name", "display_name", "full_name") or "",
        personal_code=_attribute(match, "personal_code", "code"),
        email=_attribute(match, "email"),
        phone=_attribute(match, "phone"),
        customer_no=_attribute(match, "customer_no", "customer_id"),
        source=_attribute(match, "source", "source_name", "system") or "",
        matched_on=_attribute(match, "matched_on") or "",
        match=match,
    )


class SubjectFinder:
    """Looks people up in the configured data sources; the configuration is read once.
    `db` is the case store the look-ups are audited in."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._loaded = False
        self._config: Any = None
        self._find: Any = None
        self._unavailable: Message | str = ""

    def _load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        try:
            from smarttek_dsar.sources.lookup import find_subjects, load_sources_config
        except ImportError:
            self._unavailable = message("Subject matching is not available in this installation.")
            return
        try:
            self._config = load_sources_config()
            self._find = find_subjects
        except Exception as exc:  # noqa: BLE001 - any configuration problem only costs hints
            log.warning("data sources configuration not loaded: %s", exc)
            self._unavailable = message(
                "Subject matching is off: the data sources are not set up ({problem}).",
                problem=getattr(exc, "message", None) or str(exc))

    def suggest(
        self, actor: Actor, *, personal_code: str | None, email: str | None, phone: str | None,
        limit: int = 5, case_number: str | None = None,
    ) -> tuple[list[SubjectSuggestion], Message | str]:
        """Suggestions, and a note when matching could not run. `case_number`: the case the
        look-up is for, so that it shows on the case's timeline."""
        actor.require(Permission.WORK_CASES, "look up data subjects in the company's systems")
        if not (personal_code or email or phone):
            return [], ""
        self._load()
        if self._find is None:
            return [], self._unavailable
        searched_by = [kind for kind, value in (("personal_code", personal_code),
                                                 ("email", email), ("phone", phone)) if value]
        try:
            matches = list(self._find(self._config, personal_code=personal_code, email=email,
                                      phone=phone, limit=limit))[:limit]
        except Exception as exc:  # noqa: BLE001 - a source being down must not stop intake
            log.warning("subject lookup failed: %s", exc)
            self._record(actor, case_number, searched_by, found=None)
            return [], message("The data sources could not be searched for the subject ({problem}).",
                               problem=getattr(exc, "message", None) or str(exc))
        self._record(actor, case_number, searched_by, found=len(matches))
        return [_suggestion(m) for m in matches], ""

    def _record(self, actor: Actor, case_number: str | None, searched_by: list[str],
                found: int | None) -> None:
        # Reading people's data from company systems is processing the DPO must account for
        # (GDPR 5(2)): which systems, by what, how many; a failed look-up read them too.
        sources = [str(getattr(s, "name", s)) for s in getattr(self._config, "sources", ())]
        details = {"sources": sources, "searched_by": searched_by,
                   "suggestions": found if found is not None else 0, "failed": found is None}
        with self.db.unit_of_work() as session:
            case_id = None
            if case_number:
                case_id = session.scalar(select(Case.id).where(Case.number == case_number))
            audit.record(session, actor, "subject.suggested", case_id=case_id,
                         case_number=case_number if case_id else None, details=details)
