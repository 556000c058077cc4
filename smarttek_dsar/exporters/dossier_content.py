"""What the case dossier for the Data State Inspectorate holds: plain data, already worded.

The dossier shows how a request was handled (GDPR 5(2) accountability, 58(1)(a): the
authority may order the controller to provide any information it needs). The service fills
it from the case file; dossier_pdf.py prints it with Latvian or English labels.

Each table's rows give their cells in the order of DOSSIER_COLUMNS for that section.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from smarttek_dsar.exporters.content import SMARTTEK, Controller, Language

# Section key -> the label keys of its columns (labels in dossier_pdf.LABELS).
DOSSIER_COLUMNS: dict[str, tuple[str, ...]] = {
    "parties": ("role", "name", "identifiers", "address", "authority"),
    "identity": ("checked_at", "method", "document", "result", "verifier", "notes"),
    "pauses": ("start", "end", "reason"),
    "deadline": ("on", "step"),
    "decisions": ("category", "right", "outcome", "article", "reason", "decided_by"),
    "searches": ("collected_at", "system", "status", "rows"),
    "tasks": ("action", "system", "recipient", "description", "done_at", "confirmed_by"),
    "disclosures": ("sent_on", "via", "format", "proof", "file", "sha256", "size"),
    "timeline": ("at", "user", "event", "details"),
}
SECTIONS: tuple[str, ...] = tuple(DOSSIER_COLUMNS)
# Summary facts, in print order (labels in dossier_pdf.LABELS).
FACT_KEYS: tuple[str, ...] = (
    "case", "stage", "rights", "channel", "received", "receipt_proof", "language", "assignee",
    "initial_due", "due", "extension", "responded", "rejection", "register", "request_text",
    "retention",
)


@dataclass(frozen=True)
class DossierContent:
    case_number: str
    language: Language
    generated_on: date
    generated_by: str
    facts: Sequence[tuple[str, str]]  # (FACT_KEYS entry, value)
    tables: Mapping[str, Sequence[Sequence[str]]]  # SECTIONS entry -> rows
    controller: Controller = field(default=SMARTTEK)

    def __post_init__(self) -> None:
        for key, rows in self.tables.items():
            if key not in DOSSIER_COLUMNS:
                raise ValueError(f"The dossier has no section '{key}'.")
            width = len(DOSSIER_COLUMNS[key])
            for row in rows:
                if len(row) != width:
                    raise ValueError(f"A row of the dossier's '{key}' section has {len(row)} "
                                     f"cells for {width} columns.")
        for key, _value in self.facts:
            if key not in FACT_KEYS:
                raise ValueError(f"The dossier has no fact '{key}'.")
