"""Time and peak memory of importing one very large e-mail (the security test's 78 MB body took
80 s and 2.4 GB), beside the bare stdlib parser (`email.message_from_bytes`) reading the same
file in the same run. Budget (issue 13): a 100 MB mail imports within 400 MB peak.

Each figure comes from its own process, so its peak resident size is that one's alone (VmHWM,
which exec resets): the bare parser; the whole import into a fresh SQLite case store; and into
a fresh PostgreSQL database when SMARTTEK_DSAR_BENCH_PG names a server
(postgresql+psycopg://postgres@127.0.0.1:5432/test: a database is created and dropped per
shape). The import's child also creates the first user, whose password hashing alone peaks at
about 145 MB. The bare parser runs under a 6 GB address-space limit (MemoryError past it).

    python benchmarks/bench_big_mail.py [megabytes]

The shapes: one text body (100 MB of short lines, or of 1 MB lines), one 74 MB base64
attachment over the 25 MB attachment limit, four attachments of 17.5 MB (under the limit,
95 MB in all), 100 MB of small text parts (over the 500 parts: refused); then the largest
mails the desk took before it took every mail up to 128 MiB. Figures:
docs/security-bad-input-and-sources.md.
"""

from __future__ import annotations

import base64
import sys
import tempfile
from pathlib import Path

from child_peak import ROOT, drop_postgres, fresh_postgres, run_child, verdict

sys.path.insert(0, str(ROOT))

BUDGET_MB = 400
SHAPES = ("text body", "long lines", "base64 attachment", "four attachments", "many parts")
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
        elif shape == "four attachments":
            files = {f"dokuments-{n}.pdf": _file(size * 0.73 / 4, n) for n in range(1, 5)}
            _files(out, files)
        elif shape in ("base64 attachment", "attachment at the limit", "two attachments"):
            if shape != "base64 attachment":  # 74 MB once decoded: over the attachment limit
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


def _file(size: float, seed: int) -> bytes:
    block = bytes([seed]) * 4096 + bytes(range(256)) * 512
    return (block * (int(size) // len(block) + 1))[:int(size)]


def _files(out, files: dict[str, bytes]) -> None:
    out.write(_headers("B"))
    out.write(b"--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPielikumi.\r\n")
    for name, content in files.items():
        out.write(b"--B\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64"
                  b"\r\nContent-Disposition: attachment; filename=\"%s\"\r\n\r\n" % name.encode())
        for start in range(0, len(content), 57 * 20_000):
            out.write(base64.encodebytes(content[start:start + 57 * 20_000]))
    out.write(b"--B--\r\n")


BARE = r"""
import email, json, resource, sys, time
PEAK_SOURCE
resource.setrlimit(resource.RLIMIT_AS, (6 << 30, 6 << 30))
data = open(sys.argv[1], "rb").read()
started = time.perf_counter()
try:
    message = email.message_from_bytes(data)
    status = f"{sum(1 for _ in message.walk())} parts"
except MemoryError:
    status = "MemoryError"
print(json.dumps({"seconds": time.perf_counter() - started, "peak_mb": PEAK(),
                  "status": "parsed", "message": status}))
"""

IMPORT = r"""
import json, sys, time
PEAK_SOURCE
from pathlib import Path
from smarttek_dsar.services import Services
from smarttek_dsar.storage.database import Database
mail = Path(sys.argv[1])
services = Services(Database(sys.argv[2]))
services.users.create_first_admin("dpo", "benchmark-password", "DPO")
actor = services.users.login("dpo", "benchmark-password")
started = time.perf_counter()
(result,) = services.imports.import_files(actor, [mail])
elapsed = time.perf_counter() - started
what = result.message if result.status != "created" else "; ".join(map(str, result.notes))
print(json.dumps({"seconds": elapsed, "peak_mb": PEAK(), "status": result.status,
                  "message": what[:110]}))
"""


def main(megabytes: int) -> None:
    from smarttek_dsar.storage.database import sqlite_url

    print(f"one {megabytes} MB e-mail per shape: the bare stdlib parser, then the import "
          f"(budget {BUDGET_MB} MB peak):")
    for shape in (*SHAPES, *ACCEPTED):
        if shape == ACCEPTED[0]:
            print("the largest mails taken before (up to 40 MB, 25 MB files, 2 MB of text):")
        with tempfile.TemporaryDirectory() as folder:
            mail = Path(folder) / "big.eml"
            write_mail(mail, shape, megabytes)
            print(f"  {shape}, {mail.stat().st_size / 2**20:.1f} MB file:")
            runs = [("stdlib bare", BARE, ""),
                    ("import SQLite", IMPORT, sqlite_url(Path(folder) / "cases.sqlite3"))]
            postgres = fresh_postgres("bench_big_mail")
            if postgres:
                runs.append(("import PG", IMPORT, postgres[1]))
            try:
                for label, child, url in runs:
                    _run(label, child, mail, url)
            finally:
                if postgres:
                    drop_postgres(*postgres)


def _run(label: str, child: str, mail: Path, url: str) -> None:
    figures = run_child(child, str(mail), url)
    print(f"    {label:13} {figures['seconds']:6.1f} s, peak {figures['peak_mb']:6.0f} MB "
          f"({verdict(figures['peak_mb'], BUDGET_MB)}), {figures['status']}: "
          f"{figures['message']}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100)
