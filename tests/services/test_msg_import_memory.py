"""A ~100 MB Outlook .msg imported whole, on SQLite and on PostgreSQL, within the peak memory
budget (issue 13/15: 400 MB for a 100 MB mail). The import runs in its own process so that
its peak resident size is its own: VmHWM from /proc/self/status, which exec resets (ru_maxrss
would carry this test process's size across the exec). benchmarks/bench_msg.py measures the
same with timings."""

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
# Issue 13/15. Measured on the development machine: about 210 MB on SQLite and 310 MB on
# PostgreSQL (512 and 523 MB before; docs/security-bad-input-and-sources.md), so a new whole
# copy of the mail anywhere in the import (96 MB) fails this.
BUDGET_MB = 400
ATTACHMENT_MB = 24
NOW_ENV = "SMARTTEK_DSAR_TEST_NOW"

# The child joins the tests' fixed clock (time-machine does not reach a subprocess), signs in
# to the store the test prepared and imports the one file.
IMPORT = r"""
import json, os, sys, time_machine
time_machine.travel(float(os.environ.pop("SMARTTEK_DSAR_TEST_NOW")), tick=True).start()
from pathlib import Path
from smarttek_dsar.services import Services
from smarttek_dsar.storage.database import Database
services = Services(Database(sys.argv[1]))
actor = services.users.login("anna", sys.argv[2])
(result,) = services.imports.import_files(actor, [Path(sys.argv[3])])
status = open("/proc/self/status").read().splitlines()
peak_kb = int(next(line for line in status if line.startswith("VmHWM")).split()[1])
print(json.dumps({"peak_mb": peak_kb / 1024, "status": result.status,
                  "case": result.case_number, "message": result.message}))
"""


def _big_msg(path: Path) -> list[bytes]:
    chunk = bytes(range(256)) * 4096  # 1 MB that does not compress to nothing
    files = [b"%PDF" + bytes([n]) + chunk * ATTACHMENT_MB for n in range(1, 5)]
    path.write_bytes(outlook_message(
        subject="Datu pieprasījums", sender_name="Jānis Bērziņš", sender_email="janis@example.lv",
        body="Lūdzu sniegt piekļuvi maniem personas datiem.\r\n" * 2000,
        message_id="<big-msg@example.lv>", delivery_time=datetime(2024, 9, 3, 5, 15, tzinfo=UTC),
        attachments=[MsgAttachment(f"skenējums-{n}.pdf", content, "application/pdf")
                     for n, content in enumerate(files, start=1)],
        sector=4096,
    ))  # fmt: skip
    return files


def test_a_100_mb_msg_is_imported_whole_and_its_peak_memory_is_measured(
    services, specialist, tmp_path
):
    msg = tmp_path / "liels.msg"
    files = _big_msg(msg)
    assert msg.stat().st_size > 96 * 2**20
    home = tmp_path / "home"
    env = {**os.environ, "PYTHONPATH": str(REPO), "HOME": str(home),
           "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
           NOW_ENV: repr(NOW_UTC.timestamp())}  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-c", IMPORT, services.db.url, PASSWORD, str(msg)], cwd=REPO, env=env,
        capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    assert figures["status"] == "created", figures["message"]

    # Whole: the .msg kept byte for byte as evidence, every attachment with its own hash.
    with services.db.read() as session:
        case = session.scalar(select(Case).where(Case.number == figures["case"]))
        stored = session.execute(
            select(Attachment.kind, Attachment.sha256, Attachment.size,
                   func.length(Attachment.content), Attachment.filename)
            .where(Attachment.case_id == case.id).order_by(Attachment.id)
        ).all()
    evidence = [row for row in stored if row.kind == "evidence"]
    assert [(row.sha256, row.size, row[3]) for row in evidence] == [
        (hashlib.sha256(msg.read_bytes()).hexdigest(), msg.stat().st_size, msg.stat().st_size)]
    others = sorted((row.sha256, row.size, row[3]) for row in stored if row.kind != "evidence")
    assert others == sorted((hashlib.sha256(f).hexdigest(), len(f), len(f)) for f in files)

    peak = figures["peak_mb"]
    assert peak < BUDGET_MB, f"the import peaked at {peak:.0f} MB, over the {BUDGET_MB} MB budget"
