"""The words of a scanned letter: a PDF's own text layer, else Tesseract OCR (Latvian + English).

OCR is slow (seconds a page) and fallible, so it runs under a time limit, and every way it can
fail (Tesseract or its Latvian data not installed, a page it cannot read, the time running out)
gives a letter without text and a sentence saying why: the letter is still registered and its
clock still runs (GDPR 12(3)); a person then reads the scan. Tesseract is called as a program
(`tesseract`, Debian's tesseract-ocr, tesseract-ocr-lav, tesseract-ocr-eng), PDF pages are
rendered with poppler's `pdftoppm` first. No Qt, no database: plain data in and out.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from smarttek_dsar.domain.messages import Message

# One letter, however long, may not hold an import for more than this (the window and the drop
# folder import in the background, but a batch of letters still waits for each).
DEFAULT_TIME_LIMIT = 120.0
# Letters are a page or three; a scanned 300-page file is a bundle a person reads anyway.
MAX_OCR_PAGES = 20
# 300 dpi is what Tesseract is trained for; less loses diacritics (ā, ē, ķ) first.
RENDER_DPI = 300
# A PDF page with fewer characters than this in its text layer is taken to be an image.
_TEXT_LAYER_MIN_CHARS = 20
_LANGUAGES = ("lav", "eng")
INSTALL_HINT = "tesseract-ocr, tesseract-ocr-lav and tesseract-ocr-eng"

# The notes a scan's reading leaves for the DPO, as templates: they are written into the case's
# receipt proof in English and read back for the window (services/intake/case_words.py).
NO_TESSERACT = ("{filename}: the letter's text was not read because Tesseract OCR is not "
                "installed (install {hint}); read the scan and enter the subject and rights.")
TOO_BIG = ("{filename}: the scan's pages are far larger than a letter, so its text was not read "
           "(that would take minutes and gigabytes); read the scan.")
TIMED_OUT = ("{filename}: OCR stopped after {seconds} seconds with {pages} page(s) read; read "
             "the rest of the scan.")
PAGE_UNREAD = "{filename}: page {number} could not be read by OCR ({error})."
NO_LATVIAN = ("Tesseract's Latvian language data is missing (install {hint}); the letter was "
              "read as English, so letters with diacritics may be wrong.")
NO_TEXT = "{filename}: OCR found no text in the scan; read the scan."
# A signed request's file of a kind the desk has no reader for (intake/signed_request.py).
UNREADABLE = "{name}: the desk cannot read this kind of document; open it and read it."
NOTES = (NO_TESSERACT, TOO_BIG, TIMED_OUT, PAGE_UNREAD, NO_LATVIAN, NO_TEXT, UNREADABLE)


@dataclass(frozen=True)
class ScanText:
    """What was read from a scan. `how` is "text layer", "OCR" or "" (nothing read); `note`
    says why nothing (or not everything) was read, for the DPO and the case's receipt notes."""

    text: str
    how: str
    pages: int
    seconds: float
    note: Message | str = ""
    # Said beside `note`: the scan was read, but without the Latvian language data.
    language_note: Message | str = ""

    @property
    def notes(self) -> tuple[Message | str, ...]:
        return tuple(note for note in (self.note, self.language_note) if note)


def read_scan_text(
    data: bytes, media_type: str, filename: str, *, time_limit: float = DEFAULT_TIME_LIMIT,
) -> ScanText:
    started = time.monotonic()
    deadline = started + time_limit
    if media_type == "application/pdf":
        layer, pages = _pdf_text_layer(data)
        if layer is not None:
            return ScanText(layer, "text layer", pages, time.monotonic() - started)
    tesseract = shutil.which("tesseract")
    if tesseract is None:
        return ScanText("", "", 0, time.monotonic() - started, note=Message(
            NO_TESSERACT, {"filename": filename, "hint": INSTALL_HINT}))
    too_big = _too_big_to_read(data, media_type, filename)
    if too_big:
        return ScanText("", "", 0, time.monotonic() - started, note=too_big)
    languages = _languages(tesseract)
    with tempfile.TemporaryDirectory(prefix="dsar-ocr-") as folder:
        try:
            images, note = _page_images(data, media_type, filename, Path(folder), deadline)
        except subprocess.TimeoutExpired:
            images, note = [], _timeout_note(filename, time_limit, 0)
        texts: list[str] = []
        for number, image in enumerate(images, start=1):
            remaining = deadline - time.monotonic()
            try:
                if remaining <= 0:
                    raise subprocess.TimeoutExpired("tesseract", time_limit)
                page = _ocr_page(tesseract, image, languages, remaining)
                if languages != "eng" and _AT_LOST.search(page):
                    english = _ocr_page(tesseract, image, "eng", deadline - time.monotonic())
                    page = restore_at_signs(page, english)
                texts.append(page)
            except subprocess.TimeoutExpired:
                note = _timeout_note(filename, time_limit, number - 1)
                break
            except _OcrFailed as exc:
                note = Message(PAGE_UNREAD, {"filename": filename, "number": number,
                                             "error": str(exc)})
    language_note: Message | str = ""
    if languages != "+".join(_LANGUAGES) and texts:
        language_note = Message(NO_LATVIAN, {"hint": INSTALL_HINT})
    text = "\n\n".join(t.strip() for t in texts if t.strip())
    if not text and not note:
        note = Message(NO_TEXT, {"filename": filename})
    return ScanText(text, "OCR" if text else "", len(texts), time.monotonic() - started,
                    note=note, language_note=language_note)


# A4 at 600 dpi is 35 million pixels; a scan far beyond that is a poster or a decompression
# bomb, and OCR of it would take gigabytes. PDF pages likewise: A3 is 842 x 1191 points.
MAX_PIXELS = 100_000_000
MAX_PAGE_POINTS = 1700


def _too_big_to_read(data: bytes, media_type: str, filename: str) -> Message | str:
    """Why the scan is not read (it is still imported), or "" when it may be."""
    refusal = Message(TOO_BIG, {"filename": filename})
    try:
        if media_type == "application/pdf":
            from pypdf import PdfReader

            for page in PdfReader(io.BytesIO(data)).pages[:MAX_OCR_PAGES]:
                box = page.mediabox
                if max(float(box.width), float(box.height)) > MAX_PAGE_POINTS:
                    return refusal
            return ""
        import warnings

        from PIL import Image

        with warnings.catch_warnings():
            # Pillow's own bomb warning: the size is judged here, and said in the note.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            try:
                with Image.open(io.BytesIO(data)) as image:  # reads the header only
                    width, height = image.size
            except Image.DecompressionBombError:
                return refusal
        return refusal if width * height > MAX_PIXELS else ""
    except Exception:  # noqa: BLE001 - what Pillow or pypdf cannot size, Tesseract judges
        return ""


class _OcrFailed(Exception):
    pass


# Tesseract's Latvian model reads "@" as "a" ("janis.berzinsaexample.lv"); its English model
# reads it right but "lv" as "|v". A labelled address without "@" is read again in English and
# taken only where both readings agree on every other character.
_AT_LOST = re.compile(r"(?im)^\s*(?:e-?pasts|e-?mail)\s*[:.]\s*(?P<value>[^\s@]+)\s*$")
_ENGLISH_ADDRESS = re.compile(r"[^\s@]+@[^\s@]+")


def restore_at_signs(latvian: str, english: str) -> str:
    """`latvian` with the addresses whose "@" it lost taken from the English reading."""
    candidates = [m[0].replace("|", "l").rstrip(".,;") for m in _ENGLISH_ADDRESS.finditer(english)]

    def fixed(match: re.Match) -> str:
        value = match["value"].rstrip(".,;")
        for candidate in candidates:
            if candidate.replace("@", "a", 1) == value:
                return match[0].replace(value, candidate)
        return match[0]

    return _AT_LOST.sub(fixed, latvian)


def _timeout_note(filename: str, limit: float, pages_read: int) -> Message:
    return Message(TIMED_OUT, {"filename": filename, "seconds": f"{limit:.0f}",
                               "pages": pages_read})


def _pdf_text_layer(data: bytes) -> tuple[str | None, int]:
    """The PDF's text when every page has some (a letter written on a computer and saved as
    PDF); None when it is a scan of paper, or unreadable here (then OCR decides)."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages[:MAX_OCR_PAGES]]
    except Exception:  # noqa: BLE001 - a PDF pypdf cannot read may still render for OCR
        return None, 0
    if pages and all(len("".join(p.split())) >= _TEXT_LAYER_MIN_CHARS for p in pages):
        return "\n\n".join(p.strip() for p in pages), len(pages)
    return None, len(pages)


@lru_cache(maxsize=4)
def _languages(tesseract: str) -> str:
    try:
        listed = subprocess.run([tesseract, "--list-langs"], capture_output=True, text=True,
                                timeout=20, env=_environment()).stdout.split()
    except (OSError, subprocess.SubprocessError):
        listed = []
    present = [language for language in _LANGUAGES if language in listed]
    return "+".join(present or ["eng"])


def _page_images(data: bytes, media_type: str, filename: str, folder: Path,
                 deadline: float) -> tuple[list[Path], str]:
    if media_type != "application/pdf":
        # Tesseract reads PNG, JPEG and (multi-page) TIFF itself.
        image = folder / "scan"
        image.write_bytes(data)
        return [image], ""
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        return [], (f"{filename}: the scanned PDF was not read because pdftoppm (poppler-utils) "
                    "is not installed; read the scan.")
    source = folder / "scan.pdf"
    source.write_bytes(data)
    done = subprocess.run(
        [pdftoppm, "-r", str(RENDER_DPI), "-gray", "-png", "-l", str(MAX_OCR_PAGES),
         str(source), str(folder / "page")],
        capture_output=True, timeout=max(deadline - time.monotonic(), 0.1), env=_environment(),
    )
    images = sorted(folder.glob("page*.png"))
    if done.returncode != 0 and not images:
        return [], f"{filename}: the scanned PDF could not be rendered for OCR; read the scan."
    return images, ""


def _ocr_page(tesseract: str, image: Path, languages: str, timeout: float) -> str:
    done = subprocess.run(
        [tesseract, str(image), "stdout", "-l", languages, "--psm", "3"],
        capture_output=True, timeout=timeout, env=_environment(),
    )
    if done.returncode != 0:
        # Tesseract's message names only the file and the image problem, no letter text.
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise _OcrFailed(reason[-1][:200] if reason else f"exit code {done.returncode}")
    return done.stdout.decode("utf-8", "replace")


def _environment() -> dict[str, str]:
    # One thread per page: the import already runs beside the window's own work, and
    # Tesseract's OpenMP threads on a small machine make it slower, not faster.
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}
