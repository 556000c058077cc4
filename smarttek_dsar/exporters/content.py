"""What goes into a data subject's package: plain, frozen data the services fill in.

No database and no Qt here. The exporters read these objects and write files; they never
decide what the subject is entitled to (that is the review's job, GDPR 15 and 20).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Literal

Language = Literal["lv", "en"]
ColumnType = Literal["text", "int", "decimal", "date", "datetime", "bool"]

LANGUAGES: tuple[Language, ...] = ("lv", "en")
COLUMN_TYPES: tuple[ColumnType, ...] = ("text", "int", "decimal", "date", "datetime", "bool")


@dataclass(frozen=True)
class Controller:
    """Who answers: the controller's identity and contact details (GDPR 13(1)(a), 15)."""

    name: str
    registration_number: str
    street: str
    city: str
    postal_code: str
    country: str
    email: str
    website: str

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}, {self.postal_code}, {self.country}"


SMARTTEK = Controller(
    name="SMARTTEK MIXTURE SIA",
    registration_number="40103966371",
    street="Bērzaunes iela 6A",
    city="Rīga",
    postal_code="LV-1039",
    country="Latvia",
    email="privacy@smarttek.eu",
    website="www.smarttek.eu",
)


@dataclass(frozen=True)
class SupervisoryAuthority:
    """Where the subject may complain (GDPR 15(1)(f), 77)."""

    name_lv: str
    name_en: str
    address: str
    email: str


DATA_STATE_INSPECTORATE = SupervisoryAuthority(
    name_lv="Datu valsts inspekcija",
    name_en="Data State Inspectorate",
    address="Elijas iela 17, Rīga, LV-1050",
    email="pasts@dvi.gov.lv",
)


@dataclass(frozen=True)
class Column:
    """One column of a data category, as the subject will read it."""

    key: str
    title: str
    type: ColumnType = "text"
    description: str = ""
    # GDPR 20(1): False for a field the company created; the portability file leaves it out.
    portable: bool = True

    def __post_init__(self) -> None:
        if self.type not in COLUMN_TYPES:
            raise ValueError(
                f"Column {self.key!r} has type {self.type!r}; use one of {', '.join(COLUMN_TYPES)}."
            )


@dataclass(frozen=True)
class CategorySection:
    """The subject's records in one data category of the register of processing activities.

    `rows` may be large (100,000 rows); it is read once per file written, so it must be a
    re-iterable sized sequence (a list, a tuple, or a lazy sequence over a query).
    Each row holds one value per column, in column order; None means "no value".
    """

    category_id: str
    title: str
    columns: Sequence[Column]
    rows: Sequence[Sequence[object]]
    # GDPR 15(4): say what was redacted or withheld and why, never silently drop data.
    notes: Sequence[str] = ()
    # GDPR 20(1): only data the subject provided, processed on consent or contract by
    # automated means, goes into the machine-readable portability file.
    portable: bool = False

    def __post_init__(self) -> None:
        keys = [column.key for column in self.columns]
        if not keys:
            raise ValueError(f"Category {self.category_id!r} has no columns.")
        if len(set(keys)) != len(keys):
            raise ValueError(f"Category {self.category_id!r} has two columns with the same key.")

    @property
    def portable_columns(self) -> list[Column]:
        return [column for column in self.columns if column.portable]


@dataclass(frozen=True)
class MediaCopy:
    """A recording or image copied into the package (GDPR 15(3)), as the file `name`."""

    source: Path
    name: str


@dataclass(frozen=True)
class CoverLetter:
    """The answer letter in the subject's language.

    `article15` holds the GDPR 15(1)(a)-(h) and 15(2) information as (heading, text) pairs:
    purposes, categories, recipients by name, retention, source, the rights and how to use
    them, the right to complain to the Data State Inspectorate, automated decision-making
    and transfer safeguards.
    """

    greeting: str
    paragraphs: Sequence[str]
    article15: Sequence[tuple[str, str]]
    signature: str


@dataclass(frozen=True)
class PackageContent:
    """Everything one package holds: the letter, the copy of the data, and who it is for."""

    case_number: str
    language: Language
    issued_on: date
    subject_name: str
    subject_address: str
    rights: Sequence[str]
    cover: CoverLetter
    categories: Sequence[CategorySection]
    controller: Controller = field(default=SMARTTEK)
    media: Sequence[MediaCopy] = ()

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise ValueError(f"Language {self.language!r} is not offered; use 'lv' or 'en'.")
        if not self.case_number or any(ch in self.case_number for ch in '/\\:*?"<>|'):
            raise ValueError(
                f"Case number {self.case_number!r} cannot name a file; use e.g. DSAR-2026-0001."
            )
        ids = [category.category_id for category in self.categories]
        if len(set(ids)) != len(ids):
            raise ValueError("Two data categories share the same id.")

    @property
    def total_rows(self) -> int:
        return sum(len(category.rows) for category in self.categories)

    @property
    def portable_categories(self) -> list[CategorySection]:
        return [category for category in self.categories
                if category.portable and category.portable_columns]
