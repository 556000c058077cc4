"""Who might the data subject be? A quick look-up in the configured sources for the intake.

Only a suggestion for the specialist to confirm: a wrong match would disclose somebody else's
data (GDPR 5(1)(f), 15(4)), so nothing is linked to a case automatically. A source that cannot
be searched is skipped (and logged): a suggestion is not worth stopping the intake for.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from smarttek_dsar.domain.errors import DomainError
from smarttek_dsar.sources.config import FileSource, SourcesConfig, SqlSource
from smarttek_dsar.sources.config_file import load_sources_config
from smarttek_dsar.sources.credentials import source_password
from smarttek_dsar.sources.file_source import match_file_subjects
from smarttek_dsar.sources.found import SourceFailure
from smarttek_dsar.sources.identifiers import SubjectIdentifiers, code_digits
from smarttek_dsar.sources.sql_source import run_subject_query

__all__ = ["SubjectMatch", "find_subjects", "load_sources_config"]

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SubjectMatch:
    source: str
    name: str
    personal_code: str | None
    email: str | None
    phone: str | None
    customer_no: str | None
    matched_on: str  # personal_code | former_personal_code | email | phone | customer_no | name


def find_subjects(
    config: SourcesConfig,
    *,
    personal_code: str | None = None,
    email: str | None = None,
    phone: str | None = None,
    limit: int = 5,
) -> list[SubjectMatch]:
    """Up to `limit` people in the sources matching any of the given identifiers."""
    identifiers = SubjectIdentifiers.of(
        personal_codes=(personal_code,) if personal_code else (), email=email, phone=phone
    )
    if identifiers.is_empty or limit <= 0:
        return []
    matches: list[SubjectMatch] = []
    for source in config.sources:
        try:
            found = _search(source, identifiers, limit - len(matches))
        except (SourceFailure, DomainError, OSError) as error:
            _log.warning("Subject look-up skipped source %s: %s", source.name, error)
            continue
        for match in found:
            if match not in matches:
                matches.append(match)
        if len(matches) >= limit:
            break
    return matches[:limit]


def _search(source, identifiers: SubjectIdentifiers, limit: int) -> list[SubjectMatch]:
    if isinstance(source, SqlSource):
        if not source.subject_query:
            return []
        rows = run_subject_query(source, identifiers, limit, source_password(source))
        return [_from_row(source.name, row, identifiers) for row in rows]
    assert isinstance(source, FileSource)
    return [
        SubjectMatch(source.name, values.get("name") or "", values.get("personal_code"),
                     values.get("email"), values.get("phone"), values.get("customer_no"), how)
        for how, values in match_file_subjects(source, identifiers, limit)
    ]


def _text(value: object) -> str | None:
    return None if value is None or str(value).strip() == "" else str(value).strip()


def _from_row(source: str, row: dict[str, object], identifiers: SubjectIdentifiers) -> SubjectMatch:
    code = _text(row.get("personal_code"))
    email, phone = _text(row.get("email")), _text(row.get("phone"))
    how = _text(row.get("matched_on"))
    if how is None:  # the query did not say: the first identifier that is equal
        if code and code_digits(code) in identifiers.code_keys():
            how = "personal_code"
        elif email and identifiers.email and email.lower() == identifiers.email:
            how = "email"
        elif phone and phone == identifiers.phone:
            how = "phone"
        else:
            how = "former_personal_code" if identifiers.personal_codes else "other"
    return SubjectMatch(
        source=source, name=_text(row.get("name")) or "", personal_code=code, email=email,
        phone=phone, customer_no=_text(row.get("customer_no")), matched_on=how,
    )
