"""End to end through the command line: what a DPO types, what they read back."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

from tests.fixed_clock import TODAY

PW = "a long enough password"
DEMO_PW = "demo-password"  # the synthetic demo users' public password




def test_deadline_command_prints_due_date_and_steps(cli):
    result = cli("deadline", "2026-09-03", "--json")
    assert result.code == 0, result.err
    data = result.json()
    assert data["due_date"] == "2026-10-05"  # 3 Oct 2026 is a Saturday
    assert any("Saturday" in s["text"] for s in data["steps"])
    extended = cli("deadline", "2026-01-31", "--extend", "--json").json()
    assert extended["due_date"] == "2026-04-30"  # receipt + 3 months, a Thursday
    paused = cli("deadline", "2026-09-03", "--pause-days", "7", "--json").json()
    assert paused["due_date"] == "2026-10-12"  # 3 Oct + 7 = 10 Oct (Sat) -> Mon 12 Oct
    plain = cli("deadline", "2026-09-03")
    assert plain.out.startswith("Due date: 2026-10-05")


def test_user_errors_are_one_clear_line_without_traceback(ready):
    bad_date = ready("deadline", "3.9.2026")
    assert bad_date.code == 2 and "YYYY-MM-DD" in bad_date.err
    assert "Traceback" not in bad_date.err and len(bad_date.err.strip().splitlines()) == 1
    no_case = ready("case", "show", "DSAR-2026-9999", user="anna", password=PW)
    assert no_case.code == 1 and "No case numbered" in no_case.err
    assert len(no_case.err.strip().splitlines()) == 1
    wrong_pw = ready("case", "list", user="anna", password="nope nope nope")
    assert wrong_pw.code == 1 and "Wrong user name or password" in wrong_pw.err
    no_user = ready("case", "list")
    assert no_user.code == 1 and "--user" in no_user.err
    bad_code = ready("case", "new", "--channel", "email", "--received", "2026-09-03",
                     "--subject-name", "Jānis", "--personal-code", "123",
                     user="anna", password=PW)
    assert bad_code.code == 1 and "11 digits" in bad_code.err and "Traceback" not in bad_code.err


def test_a_case_from_intake_to_closed_on_the_command_line(ready, tmp_path):
    received = (TODAY - timedelta(days=2)).isoformat()
    new = ready("case", "new", "--channel", "letter", "--received", received,
                "--subject-name", "Līga Ozola", "--personal-code", "010190-10001",
                "--email", "liga.ozola@example.lv", "--right", "access",
                "--text", "Lūdzu izsniegt manus datus", "--json", user="anna", password=PW)
    assert new.code == 0, new.err
    number = new.json()["number"]
    anna = {"user": "anna", "password": PW}
    assert ready("case", "verify", number, "--method", "in_person", **anna).code == 0
    assert ready("case", "advance", number, **anna).code == 0
    refused = ready("case", "advance", number, **anna)
    assert refused.code == 1 and "decisions for: Access" in refused.err
    assert ready("case", "decide", number, "--category", "contact_details", "--right",
                 "access", "--outcome", "grant", "--article", "Art. 15", **anna).code == 0
    assert ready("case", "advance", number, **anna).code == 0
    package = tmp_path / "package.pdf"
    package.write_bytes(b"%PDF-1.4 test")
    delivered = ready("case", "deliver", number, "--channel", "letter", "--file", str(package),
                      **anna)
    assert delivered.code == 0, delivered.err
    assert ready("case", "advance", number, **anna).code == 0
    assert ready("case", "close", number, **anna).code == 0
    shown = ready("case", "show", number, "--json", **anna).json()
    assert shown["stage"] == "closed" and shown["parties"][0]["name"] == "Līga Ozola"
    listed = ready("case", "list", "--json", **anna).json()
    assert {"number", "stage", "rights", "received_at", "due_date", "days_left"} <= set(listed[0])
    assert listed[0]["rights"] == ["access"]
    verified = ready("audit", "verify", "--json", user="dpo", password=PW)
    assert verified.code == 0 and verified.json()["ok"] is True


def test_manager_lists_deadlines_without_names(ready):
    received = (TODAY - timedelta(days=30)).isoformat()
    ready("case", "new", "--channel", "email", "--received", received, "--subject-name",
          "Pēteris Kalniņš", "--right", "erasure", user="anna", password=PW)
    listed = ready("case", "list", "--json", user="maris", password=PW).json()
    assert listed[0]["subject"] is None and listed[0]["days_left"] is not None
    refused = ready("case", "advance", listed[0]["number"], user="maris", password=PW)
    assert refused.code == 1 and "may not" in refused.err


def test_demo_backup_export_and_purge(cli, tmp_path, db_url):
    demo = cli("demo", "--cases", "120")  # a new database, made a demo by this command
    assert demo.code == 0, demo.err
    dpo, janis = {"user": "dpo", "password": DEMO_PW}, {"user": "janis", "password": DEMO_PW}
    listed = cli("case", "list", "--open", "--json", **janis).json()
    states = {c["deadline_state"] for c in listed}
    assert {"overdue", "due_soon", "paused"} & states
    assert any(any(ch in (c["subject"] or "") for ch in "āčēģīķļņšūž") for c in listed)
    exported = cli("audit", "export", str(tmp_path / "trail.jsonl"), **dpo)
    assert exported.code == 0 and (tmp_path / "trail.jsonl").stat().st_size > 0
    purge = cli("purge", "--dry-run", "--json", **dpo)
    assert purge.code == 0 and purge.json()["dry_run"] is True
    assert purge.json()["held_mail"] == {"dismissed": 0, "undecided": 0}  # counts, no mail
    said = cli("purge", "--dry-run", **dpo)
    assert "Would delete held mail: 0 dismissed, 0 never decided on." in said.out
    if db_url.startswith("sqlite"):
        backup = cli("backup", str(tmp_path / "copy.sqlite3"), **dpo)
        assert backup.code == 0, backup.err
        with sqlite3.connect(tmp_path / "copy.sqlite3") as copy:
            assert copy.execute("select count(*) from cases").fetchone()[0] == 120


def test_holiday_added_by_the_dpo_moves_deadlines(ready):
    # Received 2026-08-20 -> due 2026-09-21 (20 Sep is a Sunday). Declare 21 Sep a holiday.
    before = ready("deadline", "2026-08-20", "--json").json()["due_date"]
    assert before == "2026-09-21"
    added = ready("holiday", "add", "2026-09-21", "Hokeja čempionāta bronzas diena",
                  user="dpo", password=PW)
    assert added.code == 0, added.err
    assert ready("deadline", "2026-08-20", "--json").json()["due_date"] == "2026-09-22"
    assert "bronzas" in ready("holiday", "list", user="dpo", password=PW).out
