"""~100 MB e-mails imported as requests, on SQLite and on PostgreSQL, within the peak memory
budget (issue 13: "a 100 MB mail imports within 400 MB peak"): a file over the attachment
limit stays only inside the original kept as evidence, a huge text is cut, and files under the
limit arrive whole. Each import runs in its own process, so that its peak resident size
(VmHWM, which exec resets) is its own, as in test_msg_import_memory.py.
benchmarks/bench_big_mail.py measures the same with timings."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from smarttek_dsar.intake.mail_size import MAX_TEXT_BYTES
from smarttek_dsar.storage.models import Attachment, Case
from tests.conftest import PASSWORD
from tests.fixed_clock import NOW_UTC
from tests.services import big_mails
from tests.services.test_msg_import_memory import IMPORT, NOW_ENV, REPO

# Issue 13's budget is 400 MB. Measured on the development machine
# (docs/security-bad-input-and-sources.md): 211-282 MB on SQLite and 218-290 MB on PostgreSQL
# since a large file goes into its row in slices there too (318-389 MB before: libpq held a
# copy of the mail). Held tighter, so that a second whole copy of the mail (100 MB) anywhere
# in the import fails this, with 60 MB to spare for a slower or busier machine.
BUDGET_MB = 350

# The child of test_msg_import_memory.py, which also prints each result's notes.
IMPORT_WITH_NOTES = IMPORT.replace(
    '"message": r.message}', '"message": r.message, "notes": [str(n) for n in r.notes]}')
assert IMPORT_WITH_NOTES != IMPORT, "the child of test_msg_import_memory.py changed"


def _import(services, tmp_path: Path, mail: Path) -> dict:
    home = tmp_path / "home"
    env = {**os.environ, "PYTHONPATH": str(REPO), "HOME": str(home),
           "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
           NOW_ENV: repr(NOW_UTC.timestamp())}  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_WITH_NOTES, services.db.url, PASSWORD, str(mail)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=300,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"{mail.name}: peak {figures['peak_mb']:.0f} MB")  # shown with -s
    (result,) = figures["results"]
    assert result["status"] == "created", figures
    assert figures["peak_mb"] < BUDGET_MB, \
        f"the import peaked at {figures['peak_mb']:.0f} MB, over the {BUDGET_MB} MB budget"
    return result


def _stored(services, number: str) -> tuple[Case, list]:
    with services.db.read() as session:
        case = session.scalar(select(Case).where(Case.number == number))
        session.expunge(case)
        rows = session.execute(
            select(Attachment.kind, Attachment.sha256, Attachment.size,
                   func.length(Attachment.content), Attachment.filename)
            .where(Attachment.case_id == case.id).order_by(Attachment.id)
        ).all()
    return case, rows


def _evidence_is_the_whole_mail(rows: list, mail: Path) -> None:
    size = mail.stat().st_size
    assert [(row.sha256, row.size, row[3]) for row in rows if row.kind == "evidence"] == [
        (hashlib.sha256(mail.read_bytes()).hexdigest(), size, size)]


def test_a_100_mb_mail_with_a_file_over_the_limit_is_registered_and_the_file_named(
    services, specialist, tmp_path
):
    mail = tmp_path / "liels-pielikums.eml"
    big_mails.one_big_attachment(mail)
    assert mail.stat().st_size > 100 * 2**20
    result = _import(services, tmp_path, mail)
    case, rows = _stored(services, result["case"])
    _evidence_is_the_whole_mail(rows, mail)
    assert [row for row in rows if row.kind != "evidence"] == []
    assert "Lūdzu sniegt piekļuvi" in case.request_text
    note = next(n for n in result["notes"] if "skenējums.pdf" in n)
    assert "about 74.0 MB, over the attachment limit of 25.0 MB" in note
    assert "kept only inside the original e-mail" in note
    assert note in case.receipt_proof


def test_a_100_mb_text_is_registered_cut_with_a_note(services, specialist, tmp_path):
    mail = tmp_path / "garš-teksts.eml"
    big_mails.huge_text(mail)
    result = _import(services, tmp_path, mail)
    case, rows = _stored(services, result["case"])
    _evidence_is_the_whole_mail(rows, mail)
    text = case.request_text.partition("\n\n")[2]
    assert MAX_TEXT_BYTES - 1024 < len(text.encode()) <= MAX_TEXT_BYTES
    assert text.startswith(big_mails.REQUEST.strip()) and "\ufffd" not in text
    assert any("cut at 2.0 MB" in n and "whole text is in the original e-mail" in n
               for n in result["notes"]), result["notes"]


def test_a_95_mb_mail_of_files_under_the_limit_brings_every_file_whole(
    services, specialist, tmp_path
):
    mail = tmp_path / "daudz-pielikumu.eml"
    files = big_mails.several_attachments(mail)
    assert mail.stat().st_size > 94 * 2**20
    result = _import(services, tmp_path, mail)
    _case, rows = _stored(services, result["case"])
    _evidence_is_the_whole_mail(rows, mail)
    assert sorted((row.filename, row.sha256, row.size, row[3]) for row in rows
                  if row.kind != "evidence") == sorted(
        (name, hashlib.sha256(content).hexdigest(), len(content), len(content))
        for name, content in files.items())
    assert not any("attachment limit" in n for n in result["notes"])


def test_a_mail_over_128_mib_is_still_refused_before_it_is_read(services, specialist, tmp_path):
    mail = tmp_path / "pārāk-liels.eml"
    big_mails.mail_with_files(mail, {"dati.pdf": b"%PDF-1.4"}, "too-large")
    with mail.open("r+b") as grown:  # a sparse tail: over the limit without writing 128 MB
        grown.truncate(128 * 2**20 + 1)
    (result,) = services.imports.import_files(specialist, [mail])
    assert result.status == "error"
    assert "pārāk-liels.eml: the e-mail is 128.0 MB, more than the 128.0 MB the desk reads" \
        in result.message
    with services.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 0
