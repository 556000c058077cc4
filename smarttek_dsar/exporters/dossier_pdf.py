"""The case dossier as one PDF: summary, parties, identity checks (never ID copies), clock
pauses, the deadline with its explanation steps, decisions with reasons, searches, tasks,
disclosures with their SHA-256, and the audit trail. "Page X of Y" on every page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    LongTable,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    TableStyle,
)

from smarttek_dsar.exporters.atomic import atomic_file
from smarttek_dsar.exporters.dossier_content import DOSSIER_COLUMNS, SECTIONS, DossierContent
from smarttek_dsar.exporters.fonts import BOLD, REGULAR, register_fonts
from smarttek_dsar.exporters.pdf_package import STYLES, long_date
from smarttek_dsar.exporters.pdf_pages import (
    ACCENT,
    LANDSCAPE_PAGE,
    PORTRAIT,
    PageText,
    SectionAnchor,
    canvas_maker,
    frame_width,
    letterhead_lines,
    page_templates,
)

# Relative column widths per section (they share the frame's width).
_WEIGHTS: dict[str, tuple[float, ...]] = {
    "parties": (1.2, 2, 3, 2.6, 2),
    "identity": (1.6, 2, 1.6, 1.2, 1.2, 3),
    "pauses": (1, 1, 4),
    "deadline": (1, 6),
    "decisions": (2.2, 1.4, 1.2, 1.3, 3.5, 1.1),
    "searches": (1.6, 3, 1.4, 0.8),
    "tasks": (1.2, 1.4, 1.6, 3, 1.4, 1.1),
    "disclosures": (0.9, 0.8, 1.2, 1.6, 2.4, 5.4, 0.7),
    "timeline": (1.5, 1, 1.8, 5.5),
}
_CELL = ParagraphStyle("dossier-cell", fontName=REGULAR, fontSize=7.5, leading=9.5)
_HEAD = ParagraphStyle("dossier-head", parent=_CELL, fontName=BOLD, textColor=colors.white)
_FACT_LABEL = ParagraphStyle("dossier-fact-label", parent=_CELL, fontName=BOLD, fontSize=8.5,
                             leading=11)
_FACT_VALUE = ParagraphStyle("dossier-fact-value", parent=_CELL, fontSize=8.5, leading=11)

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "doc_title": "Case dossier", "reg": "Reg. No.", "page_of": "Page {x} of {y}",
        "title": "Case dossier {case}",
        "intro": "The complete file of a data subject request, prepared for the Data State "
        "Inspectorate on {date} by {user}. Copies of identity documents are never kept; "
        "identity checks record only what was checked (GDPR 5(1)(c)).",
        "summary": "Summary", "parties": "Parties", "identity": "Identity checks",
        "pauses": "Clock pauses", "deadline": "Deadlines and how they were computed",
        "decisions": "Decisions and reasons", "searches": "Systems searched",
        "tasks": "Fulfilment tasks and notices to recipients (GDPR Art. 19)",
        "disclosures": "Disclosures (delivered files with SHA-256)",
        "timeline": "Timeline (audit trail)", "none": "None recorded.",
        "case": "Case number", "stage": "Stage", "rights": "Rights invoked", "channel": "Channel",
        "received": "Received", "receipt_proof": "Proof of receipt", "language": "Language",
        "assignee": "Assigned to", "initial_due": "First deadline (GDPR 12(3))",
        "due": "Deadline in force", "extension": "Extension", "responded": "Response sent",
        "rejection": "Refusal", "register": "Register version", "request_text": "Request text",
        "retention": "Case file kept until",
        "role": "Role", "name": "Name", "identifiers": "Identifiers", "address": "Address",
        "authority": "Proof of authority", "checked_at": "Checked (Riga time)", "method": "Method",
        "document": "Document", "result": "Result", "verifier": "Verifier", "notes": "Notes",
        "start": "From", "end": "Until", "reason": "Reason", "on": "Date", "step": "Step",
        "category": "Data category", "right": "Right", "outcome": "Outcome",
        "article": "Article", "decided_by": "Decided by", "collected_at": "Searched (Riga time)",
        "system": "System", "status": "Result", "rows": "Rows", "action": "Action",
        "recipient": "Recipient", "description": "Description", "done_at": "Done (Riga time)",
        "confirmed_by": "Confirmed by", "sent_on": "Sent", "via": "Channel", "format": "Format",
        "proof": "Proof", "file": "File", "sha256": "SHA-256", "size": "Bytes", "at": "Time (Riga time)",
        "user": "User", "event": "Event", "details": "Details",
    },
    "lv": {
        "doc_title": "Lietas materiāli", "reg": "Reģ. Nr.", "page_of": "{x}. lapa no {y}",
        "title": "Lietas {case} materiāli",
        "intro": "Datu subjekta pieprasījuma lietas pilni materiāli, sagatavoti Datu valsts "
        "inspekcijai {date}; sagatavoja {user}. Personu apliecinošu dokumentu kopijas netiek "
        "glabātas; identitātes pārbaudēs ir fiksēts tikai tas, kas pārbaudīts (VDAR 5. panta "
        "1. punkta c) apakšpunkts).",
        "summary": "Kopsavilkums", "parties": "Personas", "identity": "Identitātes pārbaudes",
        "pauses": "Termiņa apturēšana", "deadline": "Termiņi un to aprēķins",
        "decisions": "Lēmumi un to pamatojums", "searches": "Pārmeklētās sistēmas",
        "tasks": "Izpildes uzdevumi un paziņojumi saņēmējiem (VDAR 19. pants)",
        "disclosures": "Izsniegtā informācija (nosūtītie faili ar SHA-256)",
        "timeline": "Notikumu vēsture (audita žurnāls)", "none": "Nav ierakstu.",
        "case": "Lietas numurs", "stage": "Stadija", "rights": "Izmantotās tiesības",
        "channel": "Saņemšanas kanāls", "received": "Saņemts",
        "receipt_proof": "Saņemšanas pierādījums", "language": "Valoda",
        "assignee": "Atbildīgais", "initial_due": "Pirmais termiņš (VDAR 12. panta 3. punkts)",
        "due": "Spēkā esošais termiņš", "extension": "Pagarinājums",
        "responded": "Atbilde nosūtīta", "rejection": "Atteikums",
        "register": "Apstrādes reģistra versija", "request_text": "Pieprasījuma teksts",
        "retention": "Lietas glabāšanas termiņš",
        "role": "Loma", "name": "Vārds, uzvārds", "identifiers": "Identifikatori",
        "address": "Adrese", "authority": "Pilnvarojums", "checked_at": "Pārbaudīts (Rīgas laiks)",
        "method": "Veids", "document": "Dokuments", "result": "Rezultāts",
        "verifier": "Pārbaudīja", "notes": "Piezīmes", "start": "No", "end": "Līdz",
        "reason": "Iemesls", "on": "Datums", "step": "Solis", "category": "Datu kategorija",
        "right": "Tiesības", "outcome": "Lēmums", "article": "Pants",
        "decided_by": "Lēma", "collected_at": "Meklēts (Rīgas laiks)", "system": "Sistēma",
        "status": "Rezultāts", "rows": "Rindas", "action": "Darbība", "recipient": "Saņēmējs",
        "description": "Apraksts", "done_at": "Izpildīts (Rīgas laiks)", "confirmed_by": "Apstiprināja",
        "sent_on": "Nosūtīts", "via": "Kanāls", "format": "Formāts", "proof": "Pierādījums", "file": "Fails",
        "sha256": "SHA-256", "size": "Baiti", "at": "Laiks (Rīgas laiks)", "user": "Lietotājs",
        "event": "Notikums", "details": "Informācija",
    },
}


def write_dossier_pdf(content: DossierContent, path: Path) -> Path:
    """Write the dossier to `path` atomically; returns the path."""
    register_fonts()
    labels = LABELS[content.language]
    page_text = PageText(
        page_of=labels["page_of"],
        footer_left=f"{content.case_number}  ·  {labels['doc_title']}  ·  "
        f"{content.generated_on.isoformat()}",
        header=f"{content.controller.name}  ·  {content.case_number}  ·  {labels['doc_title']}",
        letterhead_lines=letterhead_lines(content.controller, labels["reg"]),
    )
    with atomic_file(path) as temporary:
        doc = BaseDocTemplate(
            str(temporary), pagesize=PORTRAIT, pageTemplates=page_templates(),
            title=f"{content.case_number} — {labels['doc_title']}",
            author=content.controller.name, subject=labels["doc_title"],
            creator="Smarttek DSAR Desk", initialFontName=REGULAR, lang=content.language,
        )
        doc.build(list(_story(content)), canvasmaker=canvas_maker(page_text))
    return path


def _story(content: DossierContent) -> Iterator[Flowable]:
    labels = LABELS[content.language]
    # Everything after the letterhead page is landscape: the tables are wide.
    yield NextPageTemplate(LANDSCAPE_PAGE)
    yield Paragraph(escape(labels["title"].format(case=content.case_number)), STYLES["title"])
    yield Paragraph(escape(labels["intro"].format(
        date=long_date(content.language, content.generated_on), user=content.generated_by)),
        STYLES["body"])
    yield SectionAnchor("summary", labels["summary"])
    yield Paragraph(escape(labels["summary"]), STYLES["h1"])
    yield _facts_table(content, labels)
    yield PageBreak()
    for key in SECTIONS:
        yield SectionAnchor(key, labels[key])
        yield Paragraph(escape(labels[key]), STYLES["h1"])
        rows = content.tables.get(key, ())
        if not rows:
            yield Paragraph(escape(labels["none"]), STYLES["body"])
            continue
        yield _table(key, rows, labels)
        yield Spacer(0, 2 * mm)


def _paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph("<br/>".join(escape(line) for line in text.splitlines()) or "", style)


def _facts_table(content: DossierContent, labels: dict[str, str]) -> LongTable:
    width = PORTRAIT[0] - 36 * mm
    rows = [[_paragraph(labels[key], _FACT_LABEL), _paragraph(value, _FACT_VALUE)]
            for key, value in content.facts if value]
    table = LongTable(rows, colWidths=[width * 0.3, width * 0.7], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#C8D3DE")),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def _table(key: str, rows, labels: dict[str, str]) -> LongTable:
    weights = _WEIGHTS[key]
    available = frame_width(LANDSCAPE_PAGE)
    widths = [available * weight / sum(weights) for weight in weights]
    header = [_paragraph(labels[column], _HEAD) for column in DOSSIER_COLUMNS[key]]
    body = [[_paragraph(str(cell), _CELL) for cell in row] for row in rows]
    table = LongTable([header, *body], colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#EEF3F8")]),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#C8D3DE")),
        ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#9DB3C8")),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return table
