"""Time and peak memory of importing one very large e-mail (the security test's 78 MB body took
80 s and 2.4 GB). Each shape is imported into a fresh SQLite case store in its own process, so
the peak resident size (ru_maxrss) is that import's alone. Budget: 400 MB peak for a 100 MB mail,
imported or refused with a clear message.

    python benchmarks/bench_big_mail.py [megabytes]
"""

from __future__ import annotations

import base64
import json
import subprocess
import sys
import tempfile
from pathlib import Path

BUDGET_MB = 400
SHAPES = ("text body", "long lines", "base64 attachment", "many parts")
# The largest mails the desk accepts (intake/mail_size.py): their peak must stay in budget too.
ACCEPTED = ("attachment at the limit", "two attachments", "text at the limit",
            "parts at the limit")


def _headers(boundary: str | None = None) -> bytes:
    lines = [
        "Received: from mx.example.lv by mx.smarttek.eu; Tue, 03 Sep 2024 08:15:00 +0300",
        "From: Liela Vestule <big@example.lv>",
        "To: privacy@smarttek.eu",
        "Subject: Datu pieprasījums",
        "Date: Tue, 03 Sep 2024 08:10:00 +0300",
        "Message-ID: <big-mail@example.lv>",
        "MIME-Version: 1.0",
    ]
    if boundary:
        lines.append(f'Content-Type: multipart/mixed; boundary="{boundary}"')
    else:
        lines += ['Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: 8bit"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def write_mail(path: Path, shape: str, megabytes: int) -> None:
    size = megabytes * 1024 * 1024
    with path.open("wb") as out:
        if shape == "text at the limit":
            size = 2 * 1024 * 1024 - 4096
        if shape in ("text body", "text at the limit"):
            out.write(_headers())
            line = "Lūdzu sniegt piekļuvi maniem personas datiem un to kopiju.\r\n".encode()
            out.write(line * (size // len(line)))
        elif shape == "long lines":
            out.write(_headers())
            out.write((b"a" * 1_000_000 + b"\r\n") * (size // 1_000_001))
        elif shape in ("base64 attachment", "attachment at the limit", "two attachments"):
            if shape != "base64 attachment":
                # 25 MB decoded (the default attachment limit), or two of 14 MB, in base64.
                size = int((24.9 if shape != "two attachments" else 14) * 1024 * 1024 * 4 / 3)
            out.write(_headers("B"))
            out.write(b"--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPielikuma.\r\n"
                      b"--B\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: "
                      b"base64\r\nContent-Disposition: attachment; filename=\"dati.pdf\"\r\n\r\n")
            chunk = base64.encodebytes(b"%PDF" + bytes(range(256)) * 4095)
            for _ in range(size // len(chunk)):
                out.write(chunk)
            if shape == "two attachments":
                out.write(b"--B\r\nContent-Type: image/jpeg\r\nContent-Transfer-Encoding: "
                          b"base64\r\nContent-Disposition: attachment; filename=\"foto.jpg\""
                          b"\r\n\r\n")
                for _ in range(size // len(chunk)):
                    out.write(chunk)
            out.write(b"--B--\r\n")
        elif shape == "parts at the limit":
            # 500 parts, each file just under the size the desk decodes itself: the stdlib
            # parser reads them all (39 MB).
            out.write(_headers("B"))
            out.write(b"--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nFaili.\r\n")
            chunk = base64.encodebytes(bytes(range(256)) * 4 * 55)
            for index in range(499):
                out.write(b"--B\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding:"
                          b" base64\r\nContent-Disposition: attachment; filename=\"f%d.pdf\""
                          b"\r\n\r\n" % index + chunk)
            out.write(b"--B--\r\n")
        else:  # many small text parts
            out.write(_headers("B"))
            part = (b"--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                    + "Lūdzu dzēst manus datus.\r\n".encode() * 40)
            for _ in range(size // len(part)):
                out.write(part)
            out.write(b"--B--\r\n")


CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from smarttek_dsar.services import Services
from smarttek_dsar.storage.database import Database, sqlite_url
folder = Path(sys.argv[1]); mail = Path(sys.argv[2])
services = Services(Database(sqlite_url(folder / "cases.sqlite3")))
services.users.create_first_admin("dpo", "benchmark-password", "DPO")
actor = services.users.login("dpo", "benchmark-password")
started = time.perf_counter()
(result,) = services.imports.import_files(actor, [mail])
elapsed = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": elapsed, "peak_mb": peak, "status": result.status,
                  "message": result.message[:160]}))
"""


def main(megabytes: int) -> None:
    print(f"one {megabytes} MB e-mail per shape, imported into a fresh SQLite store "
          f"(budget {BUDGET_MB} MB peak):")
    for shape in (*SHAPES, *ACCEPTED):
        if shape == ACCEPTED[0]:
            print("the largest mails accepted:")
        with tempfile.TemporaryDirectory() as folder:
            mail = Path(folder) / "big.eml"
            write_mail(mail, shape, megabytes)
            output = subprocess.run([sys.executable, "-c", CHILD, folder, str(mail)],
                                    capture_output=True, text=True, check=True).stdout
            figures = json.loads(output.strip().splitlines()[-1])
            verdict = "met" if figures["peak_mb"] <= BUDGET_MB else "MISSED"
            print(f"  {shape:18} {mail.stat().st_size / 2**20:6.1f} MB file: "
                  f"{figures['seconds']:6.1f} s, peak {figures['peak_mb']:6.0f} MB ({verdict}), "
                  f"{figures['status']}: {figures['message']}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100)
