"""Composing the subject's package from the case file: the cover letter with the GDPR 15(1)
and 15(2) information, and one section per reviewed data category.

Plain composition, no database: the export service reads the case, the register and the
reviewed snapshot and hands them in. Nothing is invented: a category with no reviewed data
says so plainly instead of showing an empty table as if the search had found nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from smarttek_dsar.domain.access_information import access_information, shows_automated_decision
from smarttek_dsar.domain.clock import receipt_date
from smarttek_dsar.domain.redaction import reason_text
from smarttek_dsar.domain.register import DataCategory, Register
from smarttek_dsar.domain.rights import Outcome, Right
from smarttek_dsar.exporters.content import CategorySection, Column, CoverLetter, PackageContent
from smarttek_dsar.services.intake.acknowledgement import controller_values, letter_date
from smarttek_dsar.services.letters.letter_templates import fill, read_template
from smarttek_dsar.services.letters.letter_values import cite
from smarttek_dsar.services.package.data_labels import (
    LabelsOf,
    MediaPlan,
    field_titles,
    labelled_table,
)
from smarttek_dsar.services.review.collection_views import ReviewedSnapshot
from smarttek_dsar.services.views import CaseDetail, DecisionView
from smarttek_dsar.sources.config import SourceLabels

_WORDS: dict[str, dict[str, str]] = {
    "lv": {
        "not_collected": "Šīs lietas ietvaros dati šajā kategorijā nav apkopoti vai pārskatīti, "
        "tāpēc šajā kopijā to nav.",
        "no_search": "Jūsu personas datu meklēšana mūsu sistēmās šai lietai vēl nav pabeigta, "
        "tāpēc šajā kopijā nav datu ierakstu. Turpinājumā katrai datu kategorijai norādīts, ka "
        "dati nav apkopoti.",
        "found": "Apstiprinām, ka apstrādājam Jūsu personas datus. Meklējām šajās sistēmās: "
        "{systems}.",
        "not_found": "Šajās mūsu sistēmās par Jums personas dati netika atrasti: {systems}.",
        "failed": "Šajās sistēmās meklēšana neizdevās, tāpēc to dati šajā kopijā nav iekļauti; "
        "tos nosūtīsim papildus: {systems}.",
        "contents": "Pielikumā ir Jūsu personas datu kopija PDF formātā (šis dokuments) un "
        "izklājlapā (XLSX) ar kolonnu vārdnīcu. Pirmā datu kopija ir bez maksas (VDAR 15. panta "
        "3. punkts).",
        "nothing_held": "Tā kā citu personas datu par Jums mums nav, datu kopija no mūsu sistēmām "
        "nav pievienota. Vienīgie Jūsu personas dati, kas mums ir, ir šī pieprasījuma lieta "
        "(numurs {number}): Jūsu pieprasījums, mūsu sarakste ar Jums un darbības, ko veicām, lai "
        "uz to atbildētu. To glabājam, lai varētu pierādīt, kā Jūsu pieprasījums tika izskatīts.",
        "portable": " Dati, kurus sniedzāt Jūs un kurus apstrādājam uz piekrišanas vai līguma "
        "pamata, ir arī mašīnlasāmā JSON failā (VDAR 20. pants).",
        "sums": " Katra faila SHA-256 kontrolsumma ir failā SHA256SUMS.txt.",
        "password": "Faili ir aizsargāti ar paroli, kuru Jums nosūtīsim atsevišķi, pa citu "
        "saziņas kanālu.",
        "withheld": "Meklēšanā atrasti ieraksti, kas neattiecas uz Jums, tāpēc nav iekļauti: "
        "{n}.",
        "redacted": "Ierakstu skaits, kuros aizklāts lauks “{field}”: {n}. Iemesls: {reason}.",
        "refused": "Šīs kategorijas dati netiek izsniegti ({article}). {reason}",
        "partial": "Šīs kategorijas dati izsniegti daļēji ({article}). {reason}",
        "record": "Ieraksts",
    },
    "en": {
        "not_collected": "No data in this category has been collected or reviewed for this "
        "case, so this copy holds none.",
        "no_search": "The search of our systems for your personal data has not been completed "
        "for this case, so this copy holds no records. Each data category below says that no "
        "data was collected.",
        "found": "We confirm that we process personal data about you. We searched these "
        "systems: {systems}.",
        "not_found": "We found no personal data about you in these systems of ours: {systems}.",
        "failed": "The search failed in these systems, so their data is not in this copy; we "
        "will send it separately: {systems}.",
        "contents": "Enclosed is a copy of your personal data as PDF (this document) and as a "
        "spreadsheet (XLSX) with a column dictionary. This first copy is free of charge (GDPR "
        "Article 15(3)).",
        "nothing_held": "As we hold no other personal data about you, no copy of data from our "
        "systems is enclosed. The only personal data we hold about you is the file of this "
        "request (reference {number}): your request, our correspondence with you and the steps "
        "we took to answer it. We keep it to be able to show how your request was handled.",
        "portable": " The data you provided to us, processed on consent or contract, is also in "
        "a machine-readable JSON file (GDPR Article 20).",
        "sums": " The SHA-256 checksum of every file is in SHA256SUMS.txt.",
        "password": "The files are protected by a password, which we will send you separately, "
        "through another channel.",
        "withheld": "Records the search found that are not about you, and so are left out: "
        "{n}.",
        "redacted": "Records in which the field “{field}” is redacted: {n}. Reason: {reason}.",
        "refused": "The data in this category is not disclosed ({article}). {reason}",
        "partial": "The data in this category is disclosed in part ({article}). {reason}",
        "record": "Record",
    },
}


@dataclass(frozen=True)
class WithheldCount:
    """How many rows of a category were left out or had a field redacted, and why (15(4)).

    `reason` is a redaction reason category (domain.redaction), never the internal note; it
    is empty for rows left out as not the subject's."""

    category_id: str
    field: str | None  # None: whole rows excluded
    reason: str
    rows: int


def withheld_notes(counts: Sequence[WithheldCount], category_id: str, language: str,
                   titles: Mapping[str, str] | None = None) -> list[str]:
    words = _WORDS[language]
    titles = titles or {}
    notes = []
    for item in counts:
        if item.category_id != category_id:
            continue
        if item.field is None:
            notes.append(words["withheld"].format(n=item.rows))
        else:
            notes.append(words["redacted"].format(
                field=titles.get(item.field, item.field), n=item.rows,
                reason=reason_text(item.reason, language)))
    return notes


def _access_decision(detail: CaseDetail, category_id: str) -> DecisionView | None:
    return next((d for d in detail.decisions
                 if d.category_id == category_id and d.right is Right.ACCESS), None)


def _portability_refused(detail: CaseDetail, category_id: str) -> bool:
    return any(d.category_id == category_id and d.right is Right.PORTABILITY
               and d.outcome in (Outcome.REFUSE.value, Outcome.NOT_APPLICABLE.value)
               for d in detail.decisions)


def category_sections(
    detail: CaseDetail, register: Register, snapshot: ReviewedSnapshot | None,
    withheld: Sequence[WithheldCount], language: str, labels_of: LabelsOf | None = None,
    media: MediaPlan | None = None,
) -> tuple[list[CategorySection], list[DataCategory]]:
    """The package's sections, and the register categories they belong to (for Art. 15 info)."""
    words = _WORDS[language]
    labels_of = labels_of or (lambda *_args: SourceLabels())
    media = media or MediaPlan(detail.summary.number)
    known = {category.id: category for category in register.categories}
    sections: list[CategorySection] = []
    if snapshot is None or snapshot.run_id is None:
        decided = [c for c in dict.fromkeys(d.category_id for d in detail.decisions) if c in known]
        chosen = [known[c] for c in decided] or list(register.categories)
        for category in chosen:
            sections.append(CategorySection(
                category.id, category.name.in_language(language),  # type: ignore[arg-type]
                [Column("record", words["record"])], [], notes=[words["not_collected"]]))
        return sections, chosen
    chosen = []
    for disclosed in snapshot.categories:
        category = known.get(disclosed.category_id)
        if category is not None:
            chosen.append(category)
        title = (category.name.in_language(language)  # type: ignore[arg-type]
                 if category else disclosed.category_id)
        decision = _access_decision(detail, disclosed.category_id)
        titles = field_titles(disclosed.tables, labels_of, disclosed.category_id, language)
        notes = withheld_notes(withheld, disclosed.category_id, language, titles)
        refused = decision is not None and decision.outcome == Outcome.REFUSE.value
        if decision is not None and decision.outcome in (Outcome.REFUSE.value,
                                                         Outcome.PARTIAL.value):
            # GDPR 15(4): say that, and why, data is withheld; never drop it silently.
            key = "refused" if refused else "partial"
            # The reason addressed to the subject; the internal note never leaves the case.
            notes.insert(0, words[key].format(article=cite(decision.article, language),
                                              reason=decision.subject_reason).strip())
        portable = bool(category and category.portable
                        and not _portability_refused(detail, disclosed.category_id))
        many = len(disclosed.tables) > 1
        for number, table in enumerate(disclosed.tables, start=1):
            labels = labels_of(table.source, disclosed.category_id, table.query, table.system)
            # A refused category copies no recordings: the table below is left empty.
            shown = labelled_table(table, labels, language,
                                   MediaPlan(detail.summary.number) if refused else media)
            section_id = f"{disclosed.category_id}-{number}" if many else disclosed.category_id
            system = shown.system
            sections.append(CategorySection(
                section_id, f"{title} ({system})" if system else title, shown.columns,
                [] if refused else shown.rows,
                notes=[*notes, *([] if refused else shown.notes)],
                portable=portable and not refused))
    return sections, chosen


def rights_labels(detail: CaseDetail, language: str) -> list[str]:
    return [f"{r.label_lv if language == 'lv' else r.label} ({cite(r.article, language)})"
            for r in detail.summary.rights]


def cover_letter(
    detail: CaseDetail, register: Register, categories: Sequence[DataCategory],
    snapshot: ReviewedSnapshot | None, language: str, *, portable: bool, encrypted: bool,
    overrides: Path | None = None,
) -> CoverLetter:
    words = _WORDS[language]
    subject = detail.subject
    # DOMAIN §6: a subject found nowhere gets a plain negative answer; the case file itself
    # is still personal data about them.
    nothing_held = nothing_found(snapshot)
    contents = (words["nothing_held"].format(number=detail.summary.number) if nothing_held
                else words["contents"] + (words["portable"] if portable else ""))
    values = {
        **controller_values(language),
        "case_number": detail.summary.number,
        "subject_name": subject.name if subject else "",
        "received_date": letter_date(receipt_date(detail.summary.received_at), language),
        "search_summary": _search_summary(snapshot, words),
        "package_contents": contents + words["sums"],
        "password_note": words["password"] if encrypted and not nothing_held else "",
    }
    text = fill("package_cover", language, read_template("package_cover", language, overrides),
                values)
    blocks = [block.strip() for block in text.replace("\r\n", "\n").split("\n\n")]
    blocks = [block for block in blocks if block]
    info = access_information(register, categories, language,  # type: ignore[arg-type]
                              automated_decision_categories(register, snapshot))
    shown = (info.rights, info.complaint) if nothing_held else info.sections
    article15 = [
        (f"{section.heading} ({cite(section.article, language)})", _lines(section.lines))
        for section in shown if section.lines
    ]
    return CoverLetter(greeting=blocks[0], paragraphs=blocks[1:-1], article15=article15,
                       signature=blocks[-1])


def nothing_found(snapshot: ReviewedSnapshot | None) -> bool:
    """The search ran and found the subject in none of the systems."""
    return snapshot is not None and snapshot.run_id is not None and not snapshot.found


def automated_decision_categories(register: Register, snapshot: ReviewedSnapshot | None
                                  ) -> list[DataCategory]:
    """GDPR 15(1)(h): the categories whose disclosed rows show an automated decision (the
    register names the column that marks one)."""
    if snapshot is None:
        return []
    known = {category.id: category for category in register.categories}
    found = []
    for disclosed in snapshot.categories:
        category = known.get(disclosed.category_id)
        if category is not None and any(
            shows_automated_decision(category, table.columns, table.rows)
            for table in disclosed.tables
        ):
            found.append(category)
    return found


def _lines(lines: Sequence[str]) -> str:
    """One line stays a sentence; several become a list the subject can scan."""
    return lines[0] if len(lines) == 1 else "\n".join(f"– {line}" for line in lines)


def _search_summary(snapshot: ReviewedSnapshot | None, words: Mapping[str, str]) -> str:
    if snapshot is None or snapshot.run_id is None:
        return words["no_search"]
    ok = [s.name for s in snapshot.systems_searched if s.status == "ok"]
    failed = [s.name for s in snapshot.systems_searched if s.status != "ok"]
    text = words["found" if snapshot.categories else "not_found"].format(
        systems=", ".join(ok) or "–")
    if failed:
        text += " " + words["failed"].format(systems=", ".join(failed))
    return text


def compose_package(
    detail: CaseDetail, register: Register, snapshot: ReviewedSnapshot | None,
    withheld: Sequence[WithheldCount], language: str, today: date, *, encrypted: bool,
    overrides: Path | None = None, labels_of: LabelsOf | None = None,
) -> PackageContent:
    media = MediaPlan(detail.summary.number)
    sections, categories = category_sections(detail, register, snapshot, withheld, language,
                                             labels_of, media)
    subject = detail.subject
    cover = cover_letter(detail, register, categories, snapshot, language,
                         portable=any(s.portable and s.portable_columns for s in sections),
                         encrypted=encrypted,
                         overrides=overrides)
    return PackageContent(
        case_number=detail.summary.number,
        language=language,  # type: ignore[arg-type]
        issued_on=today,
        subject_name=subject.name if subject else "",
        subject_address=subject.address if subject else "",
        rights=rights_labels(detail, language),
        cover=cover,
        categories=sections,
        media=tuple(media.copies),
    )
