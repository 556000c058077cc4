"""What a case's collected data shows, as far as the suggested decisions depend on it.

Suggestions are made only for data that was found (plus the file of the request itself, which
is always personal data of the subject); dates in the rows say whether a retention period has
run out and until when data is kept. Plain Python, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from smarttek_dsar.domain.register import (
    DataCategory,
    RetentionKind,
    RetentionRule,
    Source,
    Text,
)
from smarttek_dsar.domain.rights import LegalBasis, Right

# The file of this request (the request, the correspondence, the identity check record): the
# subject's personal data in every case, even when no system holds anything else.
CASE_FILE_ID = "case_file"
CASE_FILE = DataCategory(
    id=CASE_FILE_ID,
    name=Text("The file of this request", "Šī pieprasījuma lieta"),
    description=Text(
        "Your request, our correspondence with you and the record of how your identity was "
        "verified.",
        "Jūsu pieprasījums, mūsu sarakste ar Jums un ieraksts par to, kā tika pārbaudīta Jūsu "
        "identitāte.",
    ),
    purposes=(Text("Handling your request and showing that it was handled lawfully",
                   "Jūsu pieprasījuma izskatīšana un pierādīšana, ka tas izskatīts likumīgi"),),
    legal_bases=(LegalBasis.LEGAL_OBLIGATION,),
    source=Source.SUBJECT,
    recipient_ids=(),
    retention=RetentionRule(RetentionKind.FIXED_PERIOD, Text(
        "Kept for the period set by the data protection officer after the request is closed.",
        "Glabā datu aizsardzības speciālista noteikto laiku pēc pieprasījuma izskatīšanas.")),
    transfers_outside_eea=Text("None.", "Nav."),
    provided_by_subject=False,
    automated=False,
    legal_obligation_retention=False,
)

# The company's own words for the facts read from the rows (see resources/sources/*.toml).
CONTRACT_CATEGORY = "contract_data"
_CONTRACT_END = "end_date"
_CONTRACT_STATUS = "status"
_BECAME_CONTRACT = "became_contract"
_YES = {"yes", "jā", "true", "1", "y"}
_ISO_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})")
CLAIMS_LIMITATION_YEARS = 10  # Civil Law: the general limitation of claims


Row = Mapping[str, Any]


@dataclass(frozen=True)
class CaseEvidence:
    """The facts of one case the suggestions read: what was found, the rights asked, the day."""

    today: date
    rights: frozenset[Right] = frozenset()
    rows: Mapping[str, tuple[Row, ...]] = field(default_factory=dict)
    case_file_keep_until: date | None = None

    def found(self, category_id: str) -> bool:
        return category_id == CASE_FILE_ID or bool(self.rows.get(category_id))

    def latest_day(self, category_id: str) -> date | None:
        """The newest date in any column of the category's rows (the last event recorded)."""
        days = [day for row in self.rows.get(category_id, ()) for day in _days(row)]
        return max(days, default=None)

    @property
    def contract_running(self) -> bool:
        return any(_running(row) for row in self.rows.get(CONTRACT_CATEGORY, ()))

    @property
    def contract_end(self) -> date | None:
        """The day the last contract ended, when every contract found has ended."""
        contracts = self.rows.get(CONTRACT_CATEGORY, ())
        if not contracts or self.contract_running:
            return None
        return max((d for d in (_day(row.get(_CONTRACT_END)) for row in contracts) if d),
                   default=None)

    def offer_became_contract(self, category_id: str) -> bool:
        return any(str(row.get(_BECAME_CONTRACT, "")).strip().lower() in _YES
                   for row in self.rows.get(category_id, ()))

    def claims_keep_until(self) -> date | None:
        """Contract evidence is kept 10 years after the contract ended (17(3)(e))."""
        end = self.contract_end
        return add_years(end, CLAIMS_LIMITATION_YEARS) if end else None

    def retention_end(self, category: DataCategory) -> date | None:
        """When the category's retention runs out for this subject (None: not known yet)."""
        rule = category.retention
        if rule.kind is RetentionKind.CONTRACT_PLUS_10Y:
            return self.claims_keep_until()
        latest = self.latest_day(category.id)
        if latest is None:
            return None
        if rule.kind is RetentionKind.OFFER_36_MONTHS:
            return add_months(latest, 36)
        if rule.kind is RetentionKind.FIXED_PERIOD and rule.period_months:
            return add_months(latest, rule.period_months)
        if rule.kind is RetentionKind.FIXED_PERIOD and rule.period_days:
            return date.fromordinal(latest.toordinal() + rule.period_days)
        return None

    def past_retention(self, category: DataCategory) -> bool:
        end = self.retention_end(category)
        return end is not None and end < self.today


def _running(row: Row) -> bool:
    status = str(row.get(_CONTRACT_STATUS, "")).strip().lower()
    return status == "active" or (_CONTRACT_END in row and row.get(_CONTRACT_END) in (None, ""))


def _day(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    match = _ISO_DAY.match(str(value)) if isinstance(value, str) else None
    if not match:
        return None
    try:
        return date.fromisoformat(match.group(1))
    except ValueError:
        return None


def _days(row: Row) -> list[date]:
    return [d for d in (_day(value) for value in row.values()) if d]


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def add_years(day: date, years: int) -> date:
    return add_months(day, 12 * years)
