"""How long reading a scanned letter takes: seconds per page for each kind of scan.

A one-page Latvian letter (tests/intake/letter_scans.py: typeset in DejaVu, rendered at 300 dpi)
read by `read_scan_text` as PNG, JPEG, TIFF, an image-only PDF (rendered by pdftoppm first) and
a PDF with its own text layer (no OCR). Prints the median of `runs` reads and whether the
personal code and the e-mail address came back. Tesseract runs one thread (OMP_THREAD_LIMIT=1).

    .venv/bin/python benchmarks/bench_ocr.py [runs]
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from smarttek_dsar.intake.letter_details import letter_details  # noqa: E402
from smarttek_dsar.intake.scan_text import read_scan_text  # noqa: E402
from tests.intake.letter_scans import LETTER_CODE, LETTER_EMAIL, letter_pdf, scanned  # noqa: E402

KINDS = {"png": "image/png", "jpeg": "image/jpeg", "tiff": "image/tiff",
         "pdf": "application/pdf"}


def main(runs: int) -> None:
    files = {kind: (scanned(kind), media) for kind, media in KINDS.items()}
    files["pdf with text"] = (letter_pdf(), "application/pdf")
    print(f"{'scan':<14} {'bytes':>8} {'s/page':>7}  how         code  e-mail")
    for kind, (data, media) in files.items():
        times, read = [], None
        for _ in range(runs):
            started = time.perf_counter()
            read = read_scan_text(data, media, f"letter.{kind}")
            times.append((time.perf_counter() - started) / max(read.pages, 1))
        details = letter_details(read.text)
        print(f"{kind:<14} {len(data):>8} {statistics.median(times):>7.2f}  {read.how:<11} "
              f"{'yes' if details.personal_code == LETTER_CODE else 'NO':<5} "
              f"{'yes' if details.email == LETTER_EMAIL else 'NO'}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
