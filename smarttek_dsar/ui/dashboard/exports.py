"""The dashboard's report buttons: ask where to save, then write the file in the background
with a progress dialog. The reports come from ReportService, as on the command line."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from smarttek_dsar.services.administration.dashboard import DashboardFilter
from smarttek_dsar.services.administration.dashboard_query import FIRST_YEAR
from smarttek_dsar.services.administration.reports import format_for
from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.tasks import Progress, run_task


class ReportExports(QObject):
    # The path written, for the status line; an error goes to run_task's message box.
    written = Signal(str)

    def __init__(self, context: AppContext, window: QWidget,
                 current_filter: Callable[[], tuple[DashboardFilter, str | None]]) -> None:
        super().__init__(window)
        self.context, self.window, self.current_filter = context, window, current_filter

    # Separate so tests can answer the dialogs.
    def ask_path(self, title: str, suggested: str, filters: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(self.window, title,
                                                str(Path(folder) / suggested), filters)
        return Path(chosen) if chosen else None

    def ask_year(self) -> int | None:
        today = date.today()
        # In January the report wanted is usually the year just ended.
        default = today.year - 1 if today.month == 1 else today.year
        year, ok = QInputDialog.getInt(self.window, self.tr("Annual report"),
                                       self.tr("Year of receipt:"), default, FIRST_YEAR,
                                       today.year)
        return year if ok else None

    def dashboard_pdf(self) -> None:
        self._dashboard(self.tr("Export dashboard as PDF"), "pdf",
                        self.tr("PDF document (*.pdf)"))

    def dashboard_xlsx(self) -> None:
        self._dashboard(self.tr("Export dashboard as XLSX"), "xlsx",
                        self.tr("Excel workbook (*.xlsx)"))

    def _dashboard(self, title: str, suffix: str, filters: str) -> None:
        path = self.ask_path(title, f"dsar-dashboard-{date.today().isoformat()}.{suffix}",
                             filters)
        if path is None:
            return
        path = path.with_suffix(f".{suffix}") if path.suffix.lower() != f".{suffix}" else path
        flt, assignee = self.current_filter()
        services, actor, language = self.context.services, self.context.actor, _language()

        def job(progress: Progress) -> Path:
            return services.reports.write_dashboard(
                actor, flt, path, fmt=format_for(path), language=language, assignee=assignee,
                progress=progress)

        run_task(self.window, job, lambda written: self.written.emit(str(written)),
                 title=self.tr("Writing the dashboard report…"))

    def annual(self) -> None:
        year = self.ask_year()
        if year is None:
            return
        path = self.ask_path(self.tr("Save the annual report"), f"dsar-annual-{year}.pdf",
                             self.tr("PDF document (*.pdf);;Excel workbook (*.xlsx)"))
        if path is None:
            return
        if path.suffix.lower() not in (".pdf", ".xlsx"):
            path = path.with_suffix(".pdf")
        services, actor, language = self.context.services, self.context.actor, _language()

        def job(progress: Progress) -> Path:
            return services.reports.write_annual(actor, year, path, fmt=format_for(path),
                                                 language=language, progress=progress)

        run_task(self.window, job, lambda written: self.written.emit(str(written)),
                 title=self.tr("Writing the annual report…"))


def _language() -> str:
    return "lv" if i18n.current_language() == "lv" else "en"
