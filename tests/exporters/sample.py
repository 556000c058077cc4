"""A realistic Latvian package for the exporter tests: letter, Art. 15 sections, portable and non-portable categories."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from smarttek_dsar.exporters.content import (
    DATA_STATE_INSPECTORATE,
    CategorySection,
    Column,
    CoverLetter,
    PackageContent,
)

LATVIAN_LETTERS = "ā č ē ģ ī ķ ļ ņ š ū ž"
NASTY_TEXTS = ['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)", "\tx", "\rx"]


def make_content(rows: int = 30, language: str = "lv") -> PackageContent:
    dvi = DATA_STATE_INSPECTORATE
    contact = [
        (
            "nr-1" if i == 0 else f"nr-{i + 1}",
            f"Jānis Bērziņš {i}",
            f"janis.berzins{i}@example.lv",
            date(2024, 1, 1 + i % 28),
            datetime(2024, 2, 1, 8, i % 60, tzinfo=UTC),
            i % 2 == 0,
        )
        for i in range(rows)
    ]
    invoices = [
        (
            f"R-{i:05d}",
            date(2025, 1 + i % 12, 1 + i % 28),
            Decimal("123.45") + i,
            i,
            NASTY_TEXTS[i % len(NASTY_TEXTS)] if i < 12 else f"Rēķins par pakalpojumu {i}",
        )
        for i in range(rows)
    ]
    calls = [
        (
            datetime(2025, 3, 1, 9, 0),
            "Zvans par interneta traucējumiem; " + "ļoti garš apraksts " * 25,
            "ĀČĒĢĪĶĻŅŠŪŽ" * 12,
        )
        for _ in range(3)
    ]
    return PackageContent(
        case_number="DSAR-2026-0001",
        language=language,  # type: ignore[arg-type]
        issued_on=date(2026, 3, 3),
        subject_name="Jānis Bērziņš",
        subject_address="Ķīšezera iela 12-3\nRīga, LV-1026",
        rights=["Piekļuve (15. pants)", "Datu pārnesamība (20. pants)"],
        cover=CoverLetter(
            greeting="Labdien, Bērziņa kungs!",
            paragraphs=[
                f"Apstiprinām, ka apstrādājam jūsu personas datus. Burti: {LATVIAN_LETTERS}.",
                "Pielikumā ir jūsu datu kopija PDF un XLSX formātā.",
            ],
            article15=[
                ("Apstrādes nolūki", "Līguma izpilde un rēķinu sagatavošana."),
                ("Personas datu kategorijas", "Identifikācijas dati, kontaktinformācija, rēķini."),
                ("Saņēmēji", "SIA “IT Serviss” (IT pakalpojumi); Valsts ieņēmumu dienests."),
                ("Glabāšanas laiks", "Līguma darbības laiks un 10 gadi pēc tā."),
                ("Avots", "Dati iegūti no jums."),
                ("Jūsu tiesības", "Jūs varat pieprasīt labošanu, dzēšanu, ierobežošanu."),
                (
                    "Tiesības iesniegt sūdzību",
                    f"{dvi.name_lv}, {dvi.address}, {dvi.email}.",
                ),
                ("Automatizēta lēmumu pieņemšana", "Netiek veikta."),
                ("Nosūtīšana uz trešajām valstīm (15(2))", "Netiek veikta."),
            ],
            signature="Ar cieņu\nDatu aizsardzības speciāliste\nLīga Ozoliņa",
        ),
        categories=[
            CategorySection(
                category_id="contact",
                title="Kontaktinformācija",
                columns=[
                    Column("id", "ID", "text", "Ieraksta identifikators"),
                    Column("name", "Vārds, uzvārds", "text", "Kā jūs esat reģistrēts"),
                    Column("email", "E-pasts", "text"),
                    Column("since", "Reģistrēts", "date"),
                    Column("seen", "Pēdējā pieteikšanās", "datetime"),
                    Column("marketing", "Piekrišana mārketingam", "bool"),
                ],
                rows=contact,
                notes=["Citu personu dati aizklāti, VDAR 15(4)."],
                portable=True,
            ),
            CategorySection(
                category_id="invoices",
                title="Rēķini un maksājumi",
                columns=[
                    Column("number", "Rēķina nr.", "text"),
                    Column("date", "Datums", "date"),
                    Column("amount", "Summa EUR", "decimal"),
                    Column("seq", "Kārtas nr.", "int"),
                    Column("text", "Apraksts", "text", "Rēķina teksts"),
                ],
                rows=invoices,
                portable=True,
            ),
            CategorySection(
                category_id="calls",
                title="Zvanu centra ieraksti: sarunu kopsavilkumi un ļoti garš nosaukums",
                columns=[
                    Column("at", "Laiks", "datetime"),
                    Column("summary", "Kopsavilkums", "text"),
                    Column("code", "Kods", "text"),
                ],
                rows=calls,
                notes=["Operatora vārds aizklāts, VDAR 15(4)."],
                portable=False,
            ),
            CategorySection(
                category_id="cctv",
                title="Videonovērošana",
                columns=[Column("at", "Laiks", "datetime")],
                rows=[],
                notes=["Ieraksti dzēsti pēc 30 dienām."],
            ),
        ],
    )
