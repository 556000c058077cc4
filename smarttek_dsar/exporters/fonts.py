"""The DejaVu fonts the PDF embeds, so every Latvian letter (ā č ē ģ ī ķ ļ ņ š ū ž) renders.

The PDF base-14 fonts have no glyphs for most of these letters; an embedded TrueType font is
the only way the subject's name and address print correctly on any reader.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from smarttek_dsar.paths import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
OBLIQUE = "DejaVuSans-Oblique"
BOLD_OBLIQUE = "DejaVuSans-BoldOblique"

_lock = threading.Lock()
_registered = False


def register_fonts() -> str:
    """Register the DejaVu family with ReportLab once per process; returns the family name."""
    global _registered
    with _lock:
        if _registered:
            return REGULAR
        for name in (REGULAR, BOLD, OBLIQUE, BOLD_OBLIQUE):
            path = resource_path("fonts", f"{name}.ttf")
            if not path.is_file():
                raise FileNotFoundError(
                    f"The PDF font {path} is missing; reinstall Smarttek DSAR Desk."
                )
            pdfmetrics.registerFont(TTFont(name, str(path)))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, OBLIQUE)
        addMapping(REGULAR, 1, 1, BOLD_OBLIQUE)
        _registered = True
        return REGULAR
