"""Time and peak memory of reading one Outlook .msg near the 100 MB file limit, beside bare
olefile reading the same streams. Budget: 400 MB peak.

The file (built with the tests' MS-OXMSG writer, 4096-byte sectors) holds a body and four
attachments of 24 MB each, just under the 25 MB attachment limit. Each figure comes from its
own process, so its peak resident size is that reading's alone (VmHWM: ru_maxrss would also
count this script's own peak, inherited across fork and exec, while it builds the file):

* olefile bare: open the file and read every stream into memory (what any reader must do);
* intake: `parse_incoming_file`, the desk's reader (the file read, checked, every property
  and attachment read, hashed and handed back as an IncomingRequest);
* import: the whole import into a fresh SQLite case store (the attachments stored too), and
  into a fresh PostgreSQL database when SMARTTEK_DSAR_BENCH_PG names a server
  (postgresql+psycopg://postgres@127.0.0.1:5432/test: a database is created and dropped).

    python benchmarks/bench_msg.py [attachment megabytes]

Measured on the development machine (2 shared cores), 96.3 MB .msg, four 24 MB attachments
(VmHWM of each child; the import's child also creates the first user, whose password hashing
alone peaks at about 145 MB):

                    before (main)        now
  olefile bare      0.1-0.4 s, 229 MB    (the same library)
  intake            0.3-0.5 s, 237 MB    0.2-0.3 s, 141 MB
  import SQLite     2.0-2.8 s, 512 MB    1.5-2.2 s, 209 MB
  import PG         4.2-5.0 s, 522 MB    2.0-3.0 s, 311 MB; 215 MB with files sent in slices

Budget met on both. What changed (VmRSS at each step, docs/security-bad-input-and-sources.md):
opening the services loads no package writers (ReportLab, openpyxl, pypdf, Pillow) nor the SQL
parser (about -40 MB); an attachment whose sectors are contiguous is a view of the file's bytes, not a
copy (-96 MB); a case's files go in one INSERT each (PostgreSQL bound all five in one statement:
-96 MB); on SQLite a file from 1 MB up is inserted as a zero blob in the row's last column and
written in 1 MB slices through incremental blob I/O (storage/blob_slices.py, migration 0013:
-192 MB, the driver's copy and the record SQLite built whole). What remains at the peak: about
100 MB of modules and store, the file's 96 MB (kept as evidence, the attachments view it), and
on PostgreSQL there was one more copy of the 96 MB evidence in libpq's send buffer, until a
large file was sent there with COPY in 1 MB slices too (storage/blob_slices.py: 311 -> 215 MB).
Nothing of a file is kept after its import, so a batch of three such files peaked at the same
210 / 311 MB (two now peak at 209 / 216 MB)
(tests/services/test_msg_import_memory.py imports two).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from child_peak import ROOT, drop_postgres, fresh_postgres, run_child, verdict

sys.path.insert(0, str(ROOT))

from smarttek_dsar.storage.database import sqlite_url  # noqa: E402
from tests.intake.msg_builder import MsgAttachment, outlook_message  # noqa: E402

BUDGET_MB = 400

BARE = r"""
import json, sys, time
PEAK_SOURCE
import olefile
started = time.perf_counter()
data = open(sys.argv[1], "rb").read()
ole = olefile.OleFileIO(data)
kept = [ole.openstream(path).read() for path in ole.listdir(streams=True, storages=False)]
elapsed = time.perf_counter() - started
print(json.dumps({"seconds": elapsed, "peak_mb": PEAK(), "note": f"{len(kept)} streams, {sum(map(len, kept))} bytes"}))
"""

INTAKE = r"""
import json, sys, time
PEAK_SOURCE
from datetime import UTC, datetime
from pathlib import Path
from smarttek_dsar.intake import parse_incoming_file
started = time.perf_counter()
request = parse_incoming_file(Path(sys.argv[1]), now=datetime(2024, 9, 10, tzinfo=UTC))
elapsed = time.perf_counter() - started
print(json.dumps({"seconds": elapsed, "peak_mb": PEAK(), "note": f"{len(request.attachments)} attachments, "
                  f"{sum(a.size for a in request.attachments)} bytes"}))
"""

IMPORT = r"""
import json, sys, time
PEAK_SOURCE
from pathlib import Path
from smarttek_dsar.services import Services
from smarttek_dsar.storage.database import Database
msg = Path(sys.argv[1])
services = Services(Database(sys.argv[2]))
services.users.create_first_admin("dpo", "benchmark-password", "DPO")
actor = services.users.login("dpo", "benchmark-password")
started = time.perf_counter()
(result,) = services.imports.import_files(actor, [msg])
elapsed = time.perf_counter() - started
print(json.dumps({"seconds": elapsed, "peak_mb": PEAK(), "note": f"{result.status}: {result.message[:100]}"}))
"""


def build(path: Path, attachment_mb: int) -> None:
    chunk = bytes(range(256)) * 4096  # 1 MB that does not compress to nothing
    files = [MsgAttachment(f"skenējums-{n}.pdf", b"%PDF" + chunk * attachment_mb,
                           "application/pdf") for n in range(1, 5)]  # fmt: skip
    path.write_bytes(outlook_message(
        subject="Datu pieprasījums", sender_name="Jānis Bērziņš", sender_email="janis@example.lv",
        body="Lūdzu sniegt piekļuvi maniem personas datiem.\r\n" * 2000,
        message_id="<big-msg@example.lv>", delivery_time=datetime(2024, 9, 3, 5, 15, tzinfo=UTC),
        attachments=files, sector=4096,
    ))  # fmt: skip


def main(attachment_mb: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        msg = Path(folder) / "liels.msg"
        build(msg, attachment_mb)
        print(f"one {msg.stat().st_size / 2**20:.1f} MB .msg (4 attachments of "
              f"{attachment_mb} MB), budget {BUDGET_MB} MB peak:")
        sqlite = sqlite_url(Path(folder) / "cases.sqlite3")
        runs = [("olefile bare", BARE, ""), ("intake", INTAKE, ""),
                ("import SQLite", IMPORT, sqlite)]
        postgres = fresh_postgres("bench_msg")
        if postgres:
            runs.append(("import PG", IMPORT, postgres[1]))
        try:
            for label, child, url in runs:
                _run(label, child, msg, url)
        finally:
            if postgres:
                drop_postgres(*postgres)


def _run(label: str, child: str, msg: Path, url: str) -> None:
    figures = run_child(child, str(msg), url)
    print(f"  {label:13} {figures['seconds']:6.2f} s, peak {figures['peak_mb']:5.0f} MB "
          f"({verdict(figures['peak_mb'], BUDGET_MB)}); {figures['note']}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 24)
