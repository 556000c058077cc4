"""Management reports as files: the dashboard (PDF or XLSX) and the annual DPO report.

Who may make them: anyone with VIEW_CASE_METADATA, managers included. They hold counts and
case metadata only, never a subject's personal data, so the EXPORT permission (which guards
disclosure packages full of personal data) is not needed.

Audit: each report written is recorded ("report.created": which report, format, period), as
it is information leaving the program; the file name is not recorded (it is the user's
free text). Every file is written in private staging and published in one rename only after
its audit entry is committed (exporters/atomic.py).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Literal

from smarttek_dsar.domain.clock import riga_minute
from smarttek_dsar.domain.figures import AnnualFigures
from smarttek_dsar.domain.progress import NO_PROGRESS, ProgressReporter
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.exporters.atomic import staged_file
from smarttek_dsar.services import audit
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.administration.annual_figures import annual_figures
from smarttek_dsar.services.administration.dashboard import DashboardService
from smarttek_dsar.services.administration.dashboard_query import FIRST_YEAR, DashboardFilter
from smarttek_dsar.services.errors import ServiceError
from smarttek_dsar.storage.database import Database
from smarttek_dsar.storage.timestamps import now_utc

Format = Literal["pdf", "xlsx"]


def format_for(path: Path, xlsx: bool = False) -> Format:
    """The format a destination asks for: --xlsx, or the file's suffix; PDF otherwise."""
    return "xlsx" if xlsx or Path(path).suffix.lower() == ".xlsx" else "pdf"


class ReportService:
    def __init__(self, db: Database, dashboard: DashboardService) -> None:
        self.db = db
        self.dashboard = dashboard

    def annual(self, actor: Actor, year: int, *, today: date | None = None) -> AnnualFigures:
        actor.require(Permission.VIEW_CASE_METADATA, "see the annual report")
        today = today or date.today()
        if not FIRST_YEAR <= year <= today.year:
            raise ServiceError("Give a year from {first_year} to {year}; {year2} has no "
                               "requests to report.", first_year=FIRST_YEAR, year=today.year, year2=year)
        with self.db.unit_of_work() as session:
            return annual_figures(session, year, today)

    def write_dashboard(
        self, actor: Actor, flt: DashboardFilter | None, path: Path, *, fmt: Format = "pdf",
        language: str = "en", assignee: str | None = None,
        progress: ProgressReporter = NO_PROGRESS, today: date | None = None,
    ) -> Path:
        """`assignee` is the user name the filter's assignee_id stands for, as printed."""
        from smarttek_dsar.exporters.dashboard_report import (
            ReportScope,
            write_dashboard_pdf,
            write_dashboard_xlsx,
        )

        actor.require(Permission.VIEW_CASE_METADATA, "make dashboard reports")
        flt = flt or DashboardFilter()
        lang = _language(language)
        progress.report(0, 2, "figures")
        # The workbook lists every open case; the PDF only the most urgent page-worth.
        figures = self.dashboard.figures(actor, flt, today=today,
                                         list_limit=None if fmt == "xlsx" else 200)
        progress.report(1, 2, "writing")
        scope = ReportScope(tuple(flt.rights), tuple(flt.channels), assignee)
        writer = write_dashboard_xlsx if fmt == "xlsx" else write_dashboard_pdf
        with staged_file(Path(path)) as staged:
            writer(figures, staged, language=lang, made=_made(), scope=scope)
            progress.report(2, 2, "done")  # a cancel here still publishes nothing
            self._record(actor, "dashboard", fmt, {
                "from": flt.period_from.isoformat() if flt.period_from else None,
                "to": flt.period_to.isoformat() if flt.period_to else None,
            })
        return Path(path)

    def write_annual(
        self, actor: Actor, year: int, path: Path, *, fmt: Format = "pdf", language: str = "en",
        progress: ProgressReporter = NO_PROGRESS, today: date | None = None,
    ) -> Path:
        from smarttek_dsar.exporters.annual_report import write_annual_pdf, write_annual_xlsx

        lang = _language(language)
        progress.report(0, 2, "figures")
        figures = self.annual(actor, year, today=today)
        progress.report(1, 2, "writing")
        writer = write_annual_xlsx if fmt == "xlsx" else write_annual_pdf
        with staged_file(Path(path)) as staged:
            writer(figures, staged, language=lang, made=_made())
            progress.report(2, 2, "done")
            self._record(actor, "annual", fmt, {"year": year})
        return Path(path)

    def _record(self, actor: Actor, report: str, fmt: str, period: dict) -> None:
        with self.db.unit_of_work() as session:
            audit.record(session, actor, "report.created",
                         details={"report": report, "format": fmt, **period})
            if report == "annual":
                audit.checkpoint(session, "annual report")


def _language(language: str) -> Literal["en", "lv"]:
    if language not in ("en", "lv"):
        raise ServiceError("Reports are written in 'en' or 'lv', not '{language}'.", language=language)
    return "lv" if language == "lv" else "en"


def _made() -> str:
    return riga_minute(now_utc())

