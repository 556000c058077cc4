"""Paper letters as the tests scan them: a known Latvian text (diacritics included) typeset
with ReportLab in the bundled DejaVu font, then turned into what a scanner produces: PNG, JPEG
and TIFF images (rendered with poppler's pdftoppm) and an image-only PDF (no text layer)."""

from __future__ import annotations

import io
import subprocess
import tempfile
from pathlib import Path

from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from smarttek_dsar.exporters.fonts import REGULAR, register_fonts

LETTER_CODE = "010190-10001"
LETTER_EMAIL = "janis.berzins@example.lv"
LETTER_PHONE = "+37126123456"
LETTER_NAME = "Jānis Bērziņš"

LATVIAN_LETTER = f"""SIA SMARTTEK MIXTURE
Bērzaunes iela 6A, Rīga, LV-1039

IESNIEGUMS
Vārds, uzvārds: {LETTER_NAME}
Personas kods: {LETTER_CODE}
E-pasts: {LETTER_EMAIL}
Tālrunis: +371 26123456

Labdien!
Lūdzu izdzēst visus manus personas datus, kurus jūs glabājat,
jo es vairs neesmu jūsu klients (Vispārīgās datu aizsardzības
regulas 17. pants). Pirms dzēšanas lūdzu atsūtīt man to kopiju.

Ar cieņu,
Jānis Bērziņš
Rīgā, 2024. gada 2. septembrī"""


def letter_pdf(text: str = LATVIAN_LETTER) -> bytes:
    """The letter as a PDF with a text layer (as if written on a computer)."""
    register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    canvas.setFont(REGULAR, 12)
    y = A4[1] - 72
    for line in text.splitlines():
        canvas.drawString(72, y, line)
        y -= 18
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def letter_image(text: str = LATVIAN_LETTER, *, dpi: int = 300) -> Image.Image:
    """The letter as a greyscale page image, as a flatbed scanner at `dpi` gives it."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "letter.pdf"
        source.write_bytes(letter_pdf(text))
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", "-singlefile",
                        str(source), str(Path(folder) / "page")], check=True)
        with Image.open(Path(folder) / "page.png") as image:
            return image.copy()


def scanned(kind: str, text: str = LATVIAN_LETTER) -> bytes:
    """The letter scanned as "png", "jpeg", "tiff" or "pdf" (an image-only PDF)."""
    image = letter_image(text)
    out = io.BytesIO()
    if kind == "pdf":
        image.save(out, "PDF", resolution=300.0)
    elif kind == "tiff":
        image.save(out, "TIFF", compression="tiff_lzw", dpi=(300, 300))
    elif kind == "jpeg":
        image.save(out, "JPEG", quality=85, dpi=(300, 300))
    else:
        image.save(out, "PNG", dpi=(300, 300))
    return out.getvalue()
