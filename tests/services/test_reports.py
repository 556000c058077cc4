"""Management reports: the annual figures counted by hand, the files (PDF text and XLSX cells)
free of personal data, typed cells, no formula injection, written whole, and audited."""

from __future__ import annotations

import json
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from smarttek_dsar.domain.rights import Channel, Right
from smarttek_dsar.services.administration.dashboard import DashboardFilter
from smarttek_dsar.services.administration.reports import format_for
from smarttek_dsar.services.errors import ServiceError
from smarttek_dsar.storage.models import AuditEvent
from tests.fixed_clock import TODAY
from tests.services.dashboard_fixture import build_cases

OUTCOME_OF = {"A": "open", "B": "open", "C": "open", "D": "open", "E": "open",
              "F": "responded", "G": "rejected", "H": "withdrawn", "I": "responded",
              "J": "responded"}
RIGHTS_OF = {"A": ["access"], "B": ["erasure"], "C": ["access"], "D": ["portability"],
             "E": ["rectification"], "F": ["access", "erasure"], "G": ["erasure"],
             "H": ["access"], "I": ["access"], "J": ["objection_marketing"]}


@pytest.fixture
def built(services, specialist, manager):
    return build_cases(services, specialist)


def _pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def _cells(path) -> list[object]:
    book = load_workbook(path)
    return [c.value for sheet in book.worksheets for row in sheet.iter_rows() for c in row]


def test_annual_figures_match_the_hand_count(services, manager, built):
    for year in sorted({d.year for d in built.received.values()}):
        letters = [x for x, d in built.received.items() if d.year == year]
        a = services.reports.annual(manager, year, today=built.today)
        assert a.received == len(letters)
        outcomes = {k: 0 for k in ("responded", "rejected", "withdrawn", "open")}
        for x in letters:
            outcomes[OUTCOME_OF[x]] += 1
        assert dict(a.outcomes) == outcomes
        rights: dict[str, int] = {}
        for x in letters:
            for r in RIGHTS_OF[x]:
                rights[r] = rights.get(r, 0) + 1
        assert {k.value: v for k, v in a.by_right.items() if v} == rights
        assert a.extended == (1 if "D" in letters else 0)
        assert a.paused == len({"E", "F"} & set(letters))
        # Days to answer: F 20 (on time), G 50 (late), I 40 (late), J 3 (on time).
        answered = {"F": (20, True), "G": (50, False), "I": (40, False), "J": (3, True)}
        mine = [answered[x] for x in letters if x in answered]
        assert a.answers.answered == len(mine)
        assert a.answers.on_time == sum(1 for _, ok in mine if ok)
        assert a.answered_late == sum(1 for _, ok in mine if not ok)
        refusals = {(r.article, r.reason.value if r.reason else None): r.cases
                    for r in a.refusals}
        expected = {}
        if "G" in letters:
            expected[("Art. 12(5)(b)", "excessive")] = 1
        if "F" in letters:
            expected[("=1+1 Art. 17(3)(b)", None)] = 1
        assert refusals == expected
        assert a.open_overdue == len({"C"} & set(letters))
        assert sum(m.cases for m in a.intake) == len(letters)


def test_annual_report_refuses_a_year_without_requests(services, manager):
    with pytest.raises(ServiceError, match="Give a year"):
        services.reports.annual(manager, 2017)
    with pytest.raises(ServiceError, match="Give a year"):
        services.reports.annual(manager, TODAY.year + 1)


@pytest.mark.parametrize("language", ["en", "lv"])
def test_reports_carry_the_figures_and_no_personal_data(services, manager, built, tmp_path,
                                                        language):
    year = built.today.year
    paths = {
        "dash_pdf": services.reports.write_dashboard(
            manager, None, tmp_path / "d.pdf", language=language),
        "dash_xlsx": services.reports.write_dashboard(
            manager, None, tmp_path / "d.xlsx", fmt="xlsx", language=language),
        "annual_pdf": services.reports.write_annual(
            manager, year, tmp_path / "a.pdf", language=language),
        "annual_xlsx": services.reports.write_annual(
            manager, year, tmp_path / "a.xlsx", fmt="xlsx", language=language),
    }
    texts = {k: _pdf_text(p) for k, p in paths.items() if p.suffix == ".pdf"}
    cells = {k: _cells(p) for k, p in paths.items() if p.suffix == ".xlsx"}
    everything = "\n".join(texts.values()) + "\n" + json.dumps(
        [str(c) for values in cells.values() for c in values], ensure_ascii=False)
    for value in built.personal:
        assert value not in everything
    assert built.numbers["C"] in texts["dash_pdf"]  # the overdue case heads the list
    if language == "lv":
        assert "Atvērtās lietas" in texts["dash_pdf"] and "Piekļuve" in texts["dash_pdf"]
    else:
        assert "Open cases" in texts["dash_pdf"] and "Overdue" in texts["dash_pdf"]
    # Typed cells: counts are numbers, the on-time rate a fraction, due dates dates.
    dash = load_workbook(paths["dash_xlsx"])
    summary = {row[0].value: row[1].value for row in dash.worksheets[0].iter_rows(min_row=4)
               if len(row) > 1}
    open_label = "Atvērtās lietas" if language == "lv" else "Open cases"
    assert summary[open_label] == 5
    assert 0.5 in summary.values()
    deadlines = dash.worksheets[5]
    assert any(isinstance(c.value, date) for c in deadlines["E"])
    assert any(c.value == built.numbers["C"] for c in deadlines["A"])


def test_workbook_never_holds_a_formula(services, manager, built, tmp_path):
    path = services.reports.write_annual(manager, built.received["F"].year,
                                         tmp_path / "a.xlsx", fmt="xlsx")
    values = [v for v in _cells(path) if isinstance(v, str)]
    assert not any(v.startswith("=") for v in values)
    assert "'=1+1 Art. 17(3)(b)" in values  # the typed article, shown, never run


def test_reports_are_written_whole_and_audited_without_the_file_name(services, manager, built,
                                                                     tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    target = out / "Board report for Jānis.pdf"
    target.write_bytes(b"old")
    services.reports.write_dashboard(manager, DashboardFilter(channels=(Channel.EMAIL,),
                                                              rights=(Right.ACCESS,)), target)
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in out.iterdir()] == [target.name]  # no staging file left
    with services.db.unit_of_work() as session:
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
    assert event.action == "report.created" and event.username == "maris"
    details = json.loads(event.details)
    assert details["report"] == "dashboard" and details["format"] == "pdf"
    assert "Jānis" not in event.details


def test_a_failed_write_leaves_the_old_file(services, manager, built, tmp_path, monkeypatch):
    from openpyxl import Workbook

    out = tmp_path / "out"
    out.mkdir()
    target = out / "d.xlsx"
    target.write_bytes(b"old")

    def broken(_book, filename):
        open(filename, "wb").write(b"PK half a workbook")
        raise OSError("disk full")

    monkeypatch.setattr(Workbook, "save", broken)
    with pytest.raises(OSError):
        services.reports.write_dashboard(manager, None, target, fmt="xlsx")
    assert target.read_bytes() == b"old"
    assert [p.name for p in out.iterdir()] == ["d.xlsx"]


def test_format_follows_the_flag_or_the_suffix(tmp_path):
    assert format_for(tmp_path / "r.pdf") == "pdf"
    assert format_for(tmp_path / "r.XLSX") == "xlsx"
    assert format_for(tmp_path / "r.pdf", xlsx=True) == "xlsx"
