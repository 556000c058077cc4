"""The managers' commands end to end: `dashboard`, `report annual`, `report dashboard`."""

from __future__ import annotations

from openpyxl import load_workbook
from pypdf import PdfReader

from tests.cli.cli_runner import Cli
from tests.conftest import PASSWORD
from tests.services.dashboard_fixture import build_cases


def _ready(db_url, tmp_path, services, specialist, manager):
    built = build_cases(services, specialist)
    services.db.dispose()  # the command line opens the store itself
    return built, Cli(db_url, tmp_path / "home")


def test_dashboard_json_for_a_manager(db_url, tmp_path, services, specialist, manager):
    built, cli = _ready(db_url, tmp_path, services, specialist, manager)
    result = cli("dashboard", "--json", user="maris", password=PASSWORD)
    assert result.code == 0, result.err
    data = result.json()
    assert (data["open"], data["overdue"], data["due_soon"], data["paused"]) == (5, 1, 1, 1)
    assert data["answered"] == 4 and data["on_time_rate"] == 0.5
    assert data["deadlines"][0]["number"] == built.numbers["C"]
    for value in built.personal:
        assert value not in result.out
    filtered = cli("dashboard", "--json", "--channel", "email", "--assignee", "anna",
                   user="maris", password=PASSWORD).json()
    assert (filtered["cases"], filtered["open"]) == (1, 1)  # C is a letter; D alone is e-mail
    filtered = cli("dashboard", "--json", "--assignee", "anna", user="maris",
                   password=PASSWORD).json()
    assert (filtered["cases"], filtered["extended"]) == (2, 1)
    text = cli("dashboard", user="maris", password=PASSWORD)
    assert text.code == 0 and "open cases" in text.out and built.numbers["C"] in text.out


def test_report_files_from_the_command_line(db_url, tmp_path, services, specialist, manager):
    built, cli = _ready(db_url, tmp_path, services, specialist, manager)
    year = str(built.today.year)
    pdf = tmp_path / "annual.pdf"
    result = cli("report", "annual", year, "--out", str(pdf), "--language", "lv",
                 user="maris", password=PASSWORD)
    assert result.code == 0, result.err
    text = "\n".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    assert f"Gada pārskats par datu subjektu pieprasījumiem, {year}" in text
    book = tmp_path / "annual.data"
    assert cli("report", "annual", year, "--out", str(book), "--xlsx", user="maris",
               password=PASSWORD).code == 0
    with book.open("rb") as stream:  # --xlsx whatever the name ends with
        assert load_workbook(stream).sheetnames[0] == "Summary"
    dash = tmp_path / "dash.xlsx"
    result = cli("report", "dashboard", "--out", str(dash), "--right", "access",
                 user="maris", password=PASSWORD)
    assert result.code == 0, result.err
    cells = [str(c.value) for s in load_workbook(dash).worksheets for r in s.iter_rows()
             for c in r]
    for value in built.personal:
        assert value not in " ".join(cells)


def test_report_errors_are_one_line(db_url, tmp_path, services, specialist, manager):
    _built, cli = _ready(db_url, tmp_path, services, specialist, manager)
    result = cli("report", "annual", "2017", "--out", str(tmp_path / "x.pdf"), user="maris",
                 password=PASSWORD)
    assert result.code == 1 and "Give a year from 2018" in result.err
    assert "Traceback" not in result.err and not (tmp_path / "x.pdf").exists()
    result = cli("dashboard", "--assignee", "nobody", user="maris", password=PASSWORD)
    assert result.code == 1 and "No user named 'nobody'" in result.err
    result = cli("dashboard", "--from", "2026-02-01", "--to", "2026-01-01", user="maris",
                 password=PASSWORD)
    assert result.code == 1 and "swap" in result.err
