"""~100 MB Outlook .msg files imported whole, on SQLite and on PostgreSQL, within the peak
memory budget (issue 13/15: 400 MB for a 100 MB mail), two in one batch. The import runs in
its own process so that its peak resident size is its own: VmHWM from /proc/self/status, which
exec resets (ru_maxrss would carry this test process's size across the exec).
benchmarks/bench_msg.py measures the same with timings."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from smarttek_dsar.storage.models import Attachment, Case
from tests.conftest import PASSWORD
from tests.fixed_clock import NOW_UTC
from tests.intake.msg_builder import MsgAttachment, outlook_message

REPO = Path(__file__).resolve().parents[2]
# Issue 13/15's budget is 400 MB. Measured on the development machine: about 210 MB on
# SQLite and 216 MB on PostgreSQL (512 and 523 MB at first, then 311 MB on PostgreSQL while
# libpq held a copy of the evidence; docs/security-bad-input-and-sources.md). Held tighter,
# so that a new whole copy of the mail anywhere in the import (96 MB), or the first mail still
# held while the second is imported, fails this.
BUDGET_MB = 300
ATTACHMENT_MB = 24
NOW_ENV = "SMARTTEK_DSAR_TEST_NOW"

# The child joins the tests' fixed clock (time-machine does not reach a subprocess), signs in
# to the store the test prepared and imports the files in one batch, as the window does.
IMPORT = r"""
import json, os, sys, time_machine
time_machine.travel(float(os.environ.pop("SMARTTEK_DSAR_TEST_NOW")), tick=True).start()
from pathlib import Path
from smarttek_dsar.services import Services
from smarttek_dsar.storage.database import Database
services = Services(Database(sys.argv[1]))
actor = services.users.login("anna", sys.argv[2])
results = services.imports.import_files(actor, [Path(path) for path in sys.argv[3:]])
status = open("/proc/self/status").read().splitlines()
peak_kb = int(next(line for line in status if line.startswith("VmHWM")).split()[1])
print(json.dumps({"peak_mb": peak_kb / 1024, "results": [
    {"status": r.status, "case": r.case_number, "message": r.message} for r in results]}))
"""


def _big_msg(path: Path, number: int) -> list[bytes]:
    chunk = bytes(range(256)) * 4096  # 1 MB that does not compress to nothing
    files = [b"%PDF" + bytes([number, n]) + chunk * ATTACHMENT_MB for n in range(1, 5)]
    path.write_bytes(outlook_message(
        subject="Datu pieprasījums", sender_name="Jānis Bērziņš", sender_email="janis@example.lv",
        body="Lūdzu sniegt piekļuvi maniem personas datiem.\r\n" * 2000,
        message_id=f"<big-msg-{number}@example.lv>",
        delivery_time=datetime(2024, 9, 3, 5, 15, tzinfo=UTC),
        attachments=[MsgAttachment(f"skenējums-{n}.pdf", content, "application/pdf")
                     for n, content in enumerate(files, start=1)],
        sector=4096,
    ))  # fmt: skip
    return files


def test_two_100_mb_msgs_are_imported_whole_within_the_memory_budget(
    services, specialist, tmp_path
):
    mails = [tmp_path / "liels-1.msg", tmp_path / "liels-2.msg"]
    files = [_big_msg(mail, number) for number, mail in enumerate(mails, start=1)]
    assert all(mail.stat().st_size > 96 * 2**20 for mail in mails)
    home = tmp_path / "home"
    env = {**os.environ, "PYTHONPATH": str(REPO), "HOME": str(home),
           "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
           NOW_ENV: repr(NOW_UTC.timestamp())}  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-c", IMPORT, services.db.url, PASSWORD, *map(str, mails)], cwd=REPO,
        env=env, capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    assert [r["status"] for r in figures["results"]] == ["created", "created"], figures

    # Whole: each .msg kept byte for byte as evidence, every attachment with its own hash.
    for mail, attached, result in zip(mails, files, figures["results"], strict=True):
        with services.db.read() as session:
            case = session.scalar(select(Case).where(Case.number == result["case"]))
            stored = session.execute(
                select(Attachment.kind, Attachment.sha256, Attachment.size,
                       func.length(Attachment.content), Attachment.filename)
                .where(Attachment.case_id == case.id).order_by(Attachment.id)
            ).all()
        evidence = [row for row in stored if row.kind == "evidence"]
        size = mail.stat().st_size
        assert [(row.sha256, row.size, row[3]) for row in evidence] == [
            (hashlib.sha256(mail.read_bytes()).hexdigest(), size, size)]
        others = sorted((row.sha256, row.size, row[3]) for row in stored if row.kind != "evidence")
        assert others == sorted((hashlib.sha256(f).hexdigest(), len(f), len(f)) for f in attached)

    peak = figures["peak_mb"]
    print(f"two .msg files: peak {peak:.0f} MB")  # shown with -s
    assert peak < BUDGET_MB, f"the import peaked at {peak:.0f} MB, over the {BUDGET_MB} MB budget"
