from __future__ import annotations

import pytest

from smarttek_dsar.domain.rights import Right
from smarttek_dsar.intake.html_text import html_to_text
from smarttek_dsar.intake.rights_guess import guess_rights
from smarttek_dsar.intake.safety import is_executable_name, safe_filename


@pytest.mark.parametrize(
    ("raw", "safe"),
    [
        ("iesniegums_Bērziņš.pdf", "iesniegums_Bērziņš.pdf"),
        ("iesniegums_Be\u0304rzin\u0327s\u030c.pdf", "iesniegums_Bērziņš.pdf"),  # macOS NFD
        ("..", "attachment-1.pdf"),
        ("", "attachment-1.pdf"),
        (None, "attachment-1.pdf"),
        ("nul", "_nul"),
        ("Lpt1.tar.gz", "_Lpt1.tar.gz"),
        # Windows also takes superscript port numbers and the console's own names as devices.
        ("COM\u00b9.txt", "_COM\u00b9.txt"),
        ("lpt\u00b2", "_lpt\u00b2"),
        ("Com\u00b3.pdf", "_Com\u00b3.pdf"),
        ("CONIN$", "_CONIN$"),
        ("conout$.log", "_conout$.log"),
        ("CON .txt", "_CON .txt"),
        ("COM\u00b9\u00b9.txt", "COM\u00b9\u00b9.txt"),  # not a port name: kept
        ("CONINX.txt", "CONINX.txt"),
        ("report. ", "report"),
        ("...hidden.txt", "hidden.txt"),
        ("a<b>c:d|e.pdf", "a_b_c_d_e.pdf"),
        ("x" * 300 + ".pdf", "x" * 146 + ".pdf"),
    ],
)
def test_safe_filename(raw: str | None, safe: str) -> None:
    assert safe_filename(raw, fallback_stem="attachment-1", media_type="application/pdf") == safe


@pytest.mark.parametrize(
    ("name", "executable"),
    [("a.exe", True), ("a.pdf.EXE", True), ("a.js", True), ("a.lnk", True), ("a.pdf", False),
     ("exe", False), ("a.json", False), ("a.exe.pdf", False)],
)  # fmt: skip
def test_executable_names(name: str, executable: bool) -> None:
    assert is_executable_name(name) is executable


@pytest.mark.parametrize(
    ("text", "rights"),
    [
        ("Lūdzu sniegt piekļuvi maniem datiem", (Right.ACCESS,)),
        ("ludzu dzest visus datus", (Right.ERASURE,)),  # typed without diacritics
        ("Please delete my account and send me a copy of my data",
         (Right.ACCESS, Right.ERASURE)),
        ("Lūdzu labot manu adresi", (Right.RECTIFICATION,)),
        ("I object to your marketing e-mails", (Right.OBJECTION_MARKETING,)),
        ("Atsaucu piekrišanu datu apstrādei", (Right.CONSENT_WITHDRAWAL,)),
        ("Vēlos datu pārnesamību", (Right.PORTABILITY,)),
        ("Labdien, kāds ir jūsu darba laiks?", ()),
    ],
)  # fmt: skip
def test_rights_guess(text: str, rights: tuple[Right, ...]) -> None:
    assert guess_rights(text) == rights


def test_html_table_and_entities() -> None:
    html = "<table><tr><td>Vārds</td><td>Jānis &amp; Co</td></tr><tr><td>Kods</td></tr></table>"
    assert html_to_text(html) == "Vārds\tJānis & Co\nKods"
