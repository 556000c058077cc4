"""The register of processing activities (GDPR Art. 30) as the rest of the product reads it.

Plain Python: no I/O, no Qt, no SQL. `parse_register` turns the TOML-shaped dict into frozen
objects and refuses anything a DPO could not sign; `register_to_dict` is its inverse.
The Art. 15 information a cover letter prints lives in `domain.access_information`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, Literal, TypeVar

from smarttek_dsar.domain.errors import DomainError
from smarttek_dsar.domain.messages import Message, message
from smarttek_dsar.domain.rights import LegalBasis

Language = Literal["en", "lv"]

_ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")
_E = TypeVar("_E", bound=StrEnum)


@dataclass(frozen=True)
class Text:
    """One piece of text in both languages the company answers in."""

    en: str
    lv: str

    def in_language(self, language: Language) -> str:
        return self.lv if language == "lv" else self.en


class Source(StrEnum):
    """Where a category's data comes from; GDPR 14 / 15(1)(g) ask for it when not the subject."""

    SUBJECT = "subject"
    GENERATED = "generated"  # created by Smarttek (records, recordings, assessments)
    THIRD_PARTY = "third_party"


class RecipientKind(StrEnum):
    PROCESSOR = "processor"
    PARTNER = "partner"
    AUTHORITY = "authority"


class RetentionKind(StrEnum):
    CONTRACT_PLUS_10Y = "contract_plus_10y"  # evidence for claims: Civil Law 10-year limitation
    OFFER_36_MONTHS = "offer_36_months"  # offer made, no contract: policy deletes after 36 months
    UNTIL_CONSENT_WITHDRAWN = "until_consent_withdrawn"
    FIXED_PERIOD = "fixed_period"


@dataclass(frozen=True)
class Controller:
    name: str
    registration_number: str
    address: Text
    email: str
    portal: str
    website: str


@dataclass(frozen=True)
class Authority:
    """The supervisory authority every refusal must name (GDPR 12(4), 77)."""

    name: Text
    address: Text
    email: str
    website: str


@dataclass(frozen=True)
class Recipient:
    id: str
    name: Text
    kind: RecipientKind


@dataclass(frozen=True)
class RetentionRule:
    kind: RetentionKind
    text: Text
    period_months: int | None = None
    period_days: int | None = None
    # False where the policy states no period and the register carries a default: shown as
    # "to be confirmed by the DPO" and never told to a subject as fact (DOMAIN §6).
    confirmed: bool = True


@dataclass(frozen=True)
class AutomatedDecision:
    """GDPR 15(1)(h), 22: processing in a category that decides about the subject by automated
    means. `column` is the collected column that is true where a decision was automated, so an
    answer says so only when the subject's own data shows one (CJEU C-634/21, C-203/22)."""

    column: str
    logic: Text  # meaningful information about the logic involved
    consequences: Text  # the significance and envisaged consequences for the subject


@dataclass(frozen=True)
class Cookie:
    name: str
    purpose: Text
    lifetime: Text


@dataclass(frozen=True)
class DataCategory:
    id: str
    name: Text
    description: Text
    purposes: tuple[Text, ...]
    legal_bases: tuple[LegalBasis, ...]
    source: Source
    recipient_ids: tuple[str, ...]
    retention: RetentionRule
    transfers_outside_eea: Text
    provided_by_subject: bool
    automated: bool
    legal_obligation_retention: bool
    direct_marketing: bool = False
    may_contain_others_data: bool = False
    verbatim_record: bool = False
    cookies: tuple[Cookie, ...] = ()
    # GDPR 13(1)(d), 15(1)(a): the interests pursued where the basis is 6(1)(f).
    legitimate_interests: tuple[Text, ...] = ()
    automated_decision: AutomatedDecision | None = None

    def has_basis(self, basis: LegalBasis) -> bool:
        return basis in self.legal_bases

    @property
    def portable(self) -> bool:
        # GDPR 20(1): data the subject provided, processed by automated means, on consent
        # (6(1)(a)) or contract (6(1)(b)). Legitimate interests or legal obligation never port.
        on_consent_or_contract = self.has_basis(LegalBasis.CONSENT) or self.has_basis(
            LegalBasis.CONTRACT
        )
        return self.provided_by_subject and self.automated and on_consent_or_contract


@dataclass(frozen=True)
class Register:
    version: str
    effective_from: date
    controller: Controller
    authority: Authority
    recipients: tuple[Recipient, ...]
    categories: tuple[DataCategory, ...]
    transfers_outside_eea: Text
    automated_decisions: Text

    @property
    def category_ids(self) -> tuple[str, ...]:
        return tuple(category.id for category in self.categories)

    def category(self, category_id: str) -> DataCategory:
        for category in self.categories:
            if category.id == category_id:
                return category
        raise DomainError("The register {version} has no data category '{category_id}'.", version=self.version, category_id=category_id)

    def recipient(self, recipient_id: str) -> Recipient:
        for recipient in self.recipients:
            if recipient.id == recipient_id:
                return recipient
        raise DomainError("The register {version} has no recipient '{recipient_id}'.", version=self.version, recipient_id=recipient_id)

    def recipients_for(self, category: DataCategory) -> tuple[Recipient, ...]:
        return tuple(self.recipient(recipient_id) for recipient_id in category.recipient_ids)

    @property
    def unconfirmed_retention(self) -> tuple[DataCategory, ...]:
        """Categories whose retention period the DPO has still to confirm."""
        return tuple(c for c in self.categories if not c.retention.confirmed)


# --- Parsing -----------------------------------------------------------------------------


class _Fields:
    """Reads one TOML table and names the table and field in every error it raises."""

    def __init__(self, data: Any, where: Message) -> None:
        if not isinstance(data, Mapping):
            raise DomainError("{where} must be a table of fields.", where=where)
        self.data = data
        self.where = where

    def error(self, key: str, problem: str, **params: Any) -> DomainError:
        """`problem` is a message template of its own (e.g. "must be true or false")."""
        return DomainError("{where}: field '{key}' {problem}.", where=self.where, key=key,
                           problem=message(problem, **params))

    def string(self, key: str) -> str:
        value = self.data.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self.error(key, "is missing or empty")
        return value

    def text(self, key: str) -> Text:
        # Every text the subject may read must exist in Latvian as well as English.
        return Text(en=self.string(f"{key}_en"), lv=self.string(f"{key}_lv"))

    def optional_texts(self, key: str) -> tuple[Text, ...]:
        if f"{key}_en" not in self.data and f"{key}_lv" not in self.data:
            return ()
        return self.texts(key)

    def optional_text(self, key: str) -> Text | None:
        if f"{key}_en" not in self.data and f"{key}_lv" not in self.data:
            return None
        return self.text(key)

    def strings(self, key: str) -> tuple[str, ...]:
        value = self.data.get(key)
        if not isinstance(value, list) or not value:
            raise self.error(key, "must be a non-empty list")
        if not all(isinstance(item, str) and item.strip() for item in value):
            raise self.error(key, "must list non-empty texts only")
        return tuple(value)

    def texts(self, key: str) -> tuple[Text, ...]:
        english, latvian = self.strings(f"{key}_en"), self.strings(f"{key}_lv")
        if len(english) != len(latvian):
            raise self.error(
                f"{key}_lv", "has {latvian} entries but {base}_en has {english}",
                latvian=len(latvian), english=len(english), base=key
            )
        return tuple(Text(en, lv) for en, lv in zip(english, latvian, strict=True))

    def flag(self, key: str, default: bool | None = None) -> bool:
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            raise self.error(key, "must be true or false")
        return value

    def positive_int(self, key: str) -> int | None:
        value = self.data.get(key)
        if value is None:
            return None
        if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
            raise self.error(key, "must be a positive whole number")
        return value

    def choice(self, key: str, enum: type[_E]) -> _E:
        value = self.string(key)
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(member.value for member in enum)
            raise self.error(
                key, "has unknown value '{value}' (expected one of: {allowed})", value=value,
                allowed=allowed
            ) from None

    def table(self, key: str) -> _Fields:
        if key not in self.data:
            raise self.error(key, "is missing")
        return _Fields(self.data[key], message("{where}, table '{key}'", where=self.where,
                                                        key=key))

    def tables(self, key: str) -> list[Mapping[str, Any]]:
        value = self.data.get(key, [])
        if not isinstance(value, list):
            raise self.error(key, "must be a list of tables")
        return value


def parse_register(data: Mapping[str, Any]) -> Register:
    """Build a Register from its TOML-shaped dict; raise DomainError naming what is wrong."""
    top = _Fields(data, message("Register"))
    recipients = tuple(
        _parse_recipient(entry, n) for n, entry in enumerate(top.tables("recipients"))
    )
    twice = _duplicate([recipient.id for recipient in recipients])
    if twice:
        raise DomainError("Duplicate recipient id '{item}': each id must be unique.", item=twice)
    default_transfers = top.text("transfers_outside_eea")
    known_recipients = {recipient.id for recipient in recipients}
    categories = tuple(
        _parse_category(entry, n, known_recipients, default_transfers)
        for n, entry in enumerate(top.tables("categories"))
    )
    if not categories:
        raise top.error("categories", "must list at least one data category")
    twice = _duplicate([category.id for category in categories])
    if twice:
        raise DomainError("Duplicate data category id '{item}': each id must be unique.",
                          item=twice)
    return Register(
        version=top.string("version"),
        effective_from=_parse_date(top, "effective_from"),
        controller=_parse_controller(top.table("controller")),
        authority=_parse_authority(top.table("authority")),
        recipients=recipients,
        categories=categories,
        transfers_outside_eea=default_transfers,
        automated_decisions=top.text("automated_decisions"),
    )


def _parse_date(fields: _Fields, key: str) -> date:
    value = fields.data.get(key)
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise fields.error(key, "must be a date such as 2021-06-01") from None


def _parse_controller(fields: _Fields) -> Controller:
    return Controller(
        name=fields.string("name"),
        registration_number=fields.string("registration_number"),
        address=fields.text("address"),
        email=fields.string("email"),
        portal=fields.string("portal"),
        website=fields.string("website"),
    )


def _parse_authority(fields: _Fields) -> Authority:
    return Authority(
        name=fields.text("name"),
        address=fields.text("address"),
        email=fields.string("email"),
        website=fields.string("website"),
    )


def _entry_id(data: Any, where: Message) -> str:
    """`where`: the entry's place ("Recipient number 2"), a message of its own so a Latvian
    window names it in Latvian."""
    value = data.get("id") if isinstance(data, Mapping) else None
    if not isinstance(value, str) or not _ID_PATTERN.match(value):
        raise DomainError("{where}: field 'id' must be a snake_case identifier (got "
                          "{value!r}).", where=where, value=value)
    return value


def _parse_recipient(data: Any, position: int) -> Recipient:
    recipient_id = _entry_id(data, message("Recipient number {number}", number=position + 1))
    fields = _Fields(data, message("Recipient '{id}'", id=recipient_id))
    return Recipient(recipient_id, fields.text("name"), fields.choice("kind", RecipientKind))


def _parse_category(
    data: Any, position: int, known_recipients: set[str], default_transfers: Text
) -> DataCategory:
    category_id = _entry_id(data, message("Data category number {number}",
                                          number=position + 1))
    fields = _Fields(data, message("Data category '{id}'", id=category_id))
    return DataCategory(
        id=category_id,
        name=fields.text("name"),
        description=fields.text("description"),
        purposes=fields.texts("purposes"),
        legal_bases=_parse_bases(fields),
        source=fields.choice("source", Source),
        recipient_ids=_parse_recipient_ids(fields, known_recipients),
        retention=_parse_retention(fields.table("retention")),
        transfers_outside_eea=fields.optional_text("transfers_outside_eea") or default_transfers,
        provided_by_subject=fields.flag("provided_by_subject"),
        automated=fields.flag("automated"),
        legal_obligation_retention=fields.flag("legal_obligation_retention"),
        direct_marketing=fields.flag("direct_marketing", False),
        may_contain_others_data=fields.flag("may_contain_others_data", False),
        verbatim_record=fields.flag("verbatim_record", False),
        cookies=tuple(
            _parse_cookie(fields, entry, n) for n, entry in enumerate(fields.tables("cookies"))
        ),
        legitimate_interests=fields.optional_texts("legitimate_interests"),
        automated_decision=_parse_automated_decision(fields),
    )


def _parse_automated_decision(category: _Fields) -> AutomatedDecision | None:
    if "automated_decision" not in category.data:
        return None
    fields = category.table("automated_decision")
    return AutomatedDecision(
        column=fields.string("column"),
        logic=fields.text("logic"),
        consequences=fields.text("consequences"),
    )


def _parse_bases(fields: _Fields) -> tuple[LegalBasis, ...]:
    # GDPR 6(1): every processing needs at least one lawful basis.
    bases = []
    for value in fields.strings("legal_bases"):
        try:
            bases.append(LegalBasis(value))
        except ValueError:
            allowed = ", ".join(basis.value for basis in LegalBasis)
            raise fields.error(
                "legal_bases", "has unknown legal basis '{value}' (expected one of: {allowed})",
                value=value, allowed=allowed
            ) from None
    return tuple(bases)


def _parse_recipient_ids(fields: _Fields, known: set[str]) -> tuple[str, ...]:
    ids = fields.data.get("recipients", [])
    if not isinstance(ids, list) or not all(isinstance(item, str) for item in ids):
        raise fields.error("recipients", "must be a list of recipient ids")
    for recipient_id in ids:
        if recipient_id not in known:
            raise fields.error("recipients", "names unknown recipient '{recipient_id}'",
                               recipient_id=recipient_id)
    return tuple(ids)


def _parse_retention(fields: _Fields) -> RetentionRule:
    kind = fields.choice("kind", RetentionKind)
    months, days = fields.positive_int("period_months"), fields.positive_int("period_days")
    if kind is RetentionKind.FIXED_PERIOD and (months is None) == (days is None):
        raise fields.error("period_months", "or 'period_days' (exactly one) is required")
    if kind is RetentionKind.OFFER_36_MONTHS and months not in (None, 36):
        raise fields.error("period_months", "must be 36 for offer_36_months (the policy's term)")
    if kind is RetentionKind.OFFER_36_MONTHS:
        months = 36
    return RetentionRule(kind, fields.text("text"), period_months=months, period_days=days,
                         confirmed=fields.flag("confirmed", True))


def _parse_cookie(category: _Fields, data: Any, position: int) -> Cookie:
    fields = _Fields(data, message("{where}, cookie number {number}", where=category.where,
                                  number=position + 1))
    return Cookie(fields.string("name"), fields.text("purpose"), fields.text("lifetime"))


def _duplicate(ids: list[str]) -> str | None:
    """The first id given twice (the message names what kind of id: one template each, so
    the Latvian sentence can decline the noun)."""
    seen: set[str] = set()
    for item in ids:
        if item in seen:
            return item
        seen.add(item)
    return None


# --- Serialising -------------------------------------------------------------------------
