"""One disclosed table as the subject reads it: headings, coded values and system names in the
subject's language, redactions marked with their reason, recordings copied into the package.

The labels come from the data-source definition that produced the rows (`columns`, `values`
per query); a definition without labels still gives a readable heading made from the column
name. GDPR 12(1): intelligible, in the subject's language; 15(3): a copy of recordings, not a
reference; 15(4): the subject sees that and why a value is redacted, never the internal note.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath

from smarttek_dsar.domain.redaction import redaction_mark
from smarttek_dsar.exporters.content import Column, MediaCopy
from smarttek_dsar.services.package.disclosed_columns import typed_table
from smarttek_dsar.services.review.collection_views import DisclosedTable, RedactedValue
from smarttek_dsar.sources.config import SourceLabels

_WORDS = {
    "en": {
        "included": "copy in this package: {name}",
        "unavailable": "not in this package: we will send you this copy separately",
        "unavailable_note": "Recordings or images not in this package: {n}. We will send you "
        "copies of them separately (GDPR Article 15(3)).",
        "included_note": "Recordings or images copied into this package as separate files: {n}.",
    },
    "lv": {
        "included": "kopija šajā paketē: {name}",
        "unavailable": "šajā paketē nav: šo kopiju Jums nosūtīsim atsevišķi",
        "unavailable_note": "Ieraksti vai attēli, kuru šajā paketē nav: {n}. To kopijas Jums "
        "nosūtīsim atsevišķi (VDAR 15. panta 3. punkts).",
        "included_note": "Ieraksti vai attēli, kas šajā paketē pievienoti kā atsevišķi faili: "
        "{n}.",
    },
}

LabelsOf = Callable[[str, str, str, str], SourceLabels]  # source, category, query, system


@dataclass
class MediaPlan:
    """The recordings and images of one package, named once each."""

    case_number: str
    copies: list[MediaCopy] = field(default_factory=list)
    _names: set[str] = field(default_factory=set)

    def add(self, source: Path) -> str:
        for copy in self.copies:
            if copy.source == source:
                return copy.name
        base = f"{self.case_number}_media_{source.name}"
        name, number = base, 2
        while name in self._names:
            name = f"{self.case_number}_media_{number}_{source.name}"
            number += 1
        self._names.add(name)
        self.copies.append(MediaCopy(source, name))
        return name


@dataclass(frozen=True)
class LabelledTable:
    system: str
    columns: list[Column]
    rows: list[tuple[object, ...]]
    notes: list[str]


def column_label(labels: SourceLabels, key: str, fallback: str, language: str) -> str:
    label = labels.labels.column(key)
    text = (label.lv if language == "lv" else label.en) if label else ""
    return text or fallback


def labelled_table(table: DisclosedTable, labels: SourceLabels, language: str,
                   media: MediaPlan) -> LabelledTable:
    words = _WORDS["lv" if language == "lv" else "en"]
    columns, rows = typed_table(table.columns, table.rows)
    coded = {key for key, _entries in labels.labels.values}
    media_columns = {c.key for c in columns
                     if (label := labels.labels.column(c.key)) is not None and label.media}
    labelled_columns: list[Column] = []
    for column in columns:
        label = labels.labels.column(column.key)
        description = ""
        if label is not None:
            description = label.description_lv if language == "lv" else label.description_en
        kind = "text" if column.key in coded or column.key in media_columns else column.type
        labelled_columns.append(replace(
            column, title=column_label(labels, column.key, column.title, language),
            type=kind, description=description,
            portable=label.portable if label is not None else True))
    included = unavailable = 0
    out_rows: list[tuple[object, ...]] = []
    for row in rows:
        values: list[object] = []
        for column, value in zip(columns, row, strict=True):
            if isinstance(value, RedactedValue):
                values.append(redaction_mark(value.reason, language))
            elif value is not None and column.key in media_columns:
                found = _media_file(labels.media, str(value))
                if found is None:
                    unavailable += 1
                    values.append(words["unavailable"])
                else:
                    included += 1
                    values.append(words["included"].format(name=media.add(found)))
            elif value is not None and column.key in coded:
                text = labels.labels.value(column.key, value, language)
                values.append(text if text is not None else str(value))
            else:
                values.append(value)
        out_rows.append(tuple(values))
    notes = []
    if included:
        notes.append(words["included_note"].format(n=included))
    if unavailable:
        notes.append(words["unavailable_note"].format(n=unavailable))
    system = table.system or table.source
    if language == "lv" and labels.system_lv:
        system = labels.system_lv
    return LabelledTable(system, labelled_columns, out_rows, notes)


def _media_file(root: str | None, ref: str) -> Path | None:
    """The file a row names, only inside the source's media folder (a reference cannot
    reach out of it), and only when it is there."""
    if not root or not ref.strip():
        return None
    relative = PurePosixPath(ref.replace("\\", "/"))
    if relative.is_absolute() or ".." in relative.parts:
        return None
    base = Path(root).resolve()
    path = (base / relative).resolve()
    if not path.is_relative_to(base) or not path.is_file():
        return None
    return path


def field_titles(tables: Sequence[DisclosedTable], labels_of: LabelsOf, category_id: str,
                 language: str) -> dict[str, str]:
    """Column key -> heading in the subject's language, for the category's notes."""
    titles: dict[str, str] = {}
    for table in tables:
        labels = labels_of(table.source, category_id, table.query, table.system)
        for key in table.columns:
            titles.setdefault(key, column_label(labels, key, key, language))
    return titles
