"""`smarttek-dsar import` end to end, as a DPO or a scheduled job runs it."""

from __future__ import annotations

import json
import os

from tests.fixed_clock import NOW_UTC
from tests.services.intake_files import mail, portal_file, scan_file, write

PW = "a long enough password"


def test_batch_imports_the_good_files_and_fails_on_the_bad_one(ready, tmp_path):
    files = [
        str(write(tmp_path, "a.eml", mail())),
        str(write(tmp_path, "broken.json", b'{"request_id": ')),
        str(write(tmp_path, "PR-2024-000123.json", portal_file())),
    ]
    result = ready("import", *files, "--json", user="anna", password=PW)
    assert result.code == 1, result.err
    rows = result.json()
    assert [(r["file"], r["status"]) for r in rows] == [
        (files[0], "created"), (files[1], "error"), (files[2], "created")]
    assert rows[0]["case"] == "DSAR-2024-0001" and rows[0]["error"] is None
    assert rows[1]["case"] is None and "not valid JSON" in rows[1]["error"]
    assert rows[2]["case"] == "DSAR-2024-0002" and rows[2]["duplicate_of"] is None

    again = ready("import", files[0], files[2], "--json", user="anna", password=PW)
    assert again.code == 0, again.err
    assert [(r["status"], r["duplicate_of"]) for r in again.json()] == [
        ("duplicate", "DSAR-2024-0001"), ("duplicate", "DSAR-2024-0002")]
    listed = ready("case", "list", "--json", user="anna", password=PW).json()
    assert sorted(c["number"] for c in listed) == ["DSAR-2024-0001", "DSAR-2024-0002"]


def test_scanned_letter_with_its_delivery_date_and_a_readable_table(ready, tmp_path):
    scan = str(write(tmp_path, "vēstule.pdf", scan_file()))
    refused = ready("import", scan, user="anna", password=PW)
    assert refused.code == 1 and "date it was delivered" in refused.out
    result = ready("import", scan, "--received-on", "2024-09-03", user="anna", password=PW)
    assert result.code == 0, result.err
    assert "vēstule.pdf" in result.out and "created" in result.out
    shown = ready("case", "show", "DSAR-2024-0001", "--json", user="anna", password=PW).json()
    assert shown["channel"] == "letter" and shown["received_at"].startswith("2024-09-03")


def test_watch_once_files_the_drop_folder(ready, tmp_path):
    drop = tmp_path / "drop"
    drop.mkdir()
    past = NOW_UTC.timestamp() - 10  # settled before the fixed clock's now
    for name, data in (("a.eml", mail()), ("bad.eml", b"hello\n")):
        os.utime(write(drop, name, data), (past, past))
    result = ready("import", "--watch", str(drop), "--once", "--json", user="anna", password=PW)
    assert result.code == 1, result.err
    lines = sorted((r["status"], r["file"].rsplit("/", 1)[-1])
                   for r in map(json.loads, result.out.splitlines()))
    assert lines == [("created", "a.eml"), ("error", "bad.eml")]
    assert (drop / "imported" / "a.eml").exists()
    assert (drop / "failed" / "bad.eml.error.txt").read_text("utf-8").startswith("bad.eml:")


def test_mistakes_get_one_clear_line(ready, tmp_path):
    path = str(write(tmp_path, "a.eml", mail()))
    nothing = ready("import", user="anna", password=PW)
    assert nothing.code == 1 and "Name the files to import" in nothing.err
    both = ready("import", path, "--watch", str(tmp_path), user="anna", password=PW)
    assert both.code == 1 and "not both" in both.err
    bad_date = ready("import", path, "--received-on", "3.9.2024", user="anna", password=PW)
    assert bad_date.code == 2 and "YYYY-MM-DD" in bad_date.err
    manager = ready("import", path, user="maris", password=PW)
    assert manager.code == 1 and "may not import requests" in manager.err
    assert "Traceback" not in nothing.err + both.err + bad_date.err + manager.err
