"""The deadline dashboard: KPI tiles, four charts, the coloured deadline list, filters and the
report buttons. Every query runs in the background (run_task), so the window never waits.

It keeps itself current: after any change made in this window (a Changes on context.changed)
and, in team mode, every `refresh_seconds` for other users' changes. A refresh asked for while
one is running is not started alongside it; the dashboard loads once more when the running
one ends, so the last filter chosen always wins and at most one query runs at a time. While
hidden it only notes that it is out of date and loads when shown again.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smarttek_dsar.domain.figures import DashboardFigures
from smarttek_dsar.domain.rights import Channel, Right
from smarttek_dsar.domain.workflow import Stage
from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.changes import Changes
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.dashboard.charts import BarChart
from smarttek_dsar.ui.dashboard.deadline_model import NUMBER_ROLE, DeadlineColumn, DeadlineListModel
from smarttek_dsar.ui.dashboard.exports import ReportExports
from smarttek_dsar.ui.dashboard.filter_bar import DashboardFilterBar
from smarttek_dsar.ui.dashboard.tiles import ALERT, CALM, WARN, KpiTile
from smarttek_dsar.ui.plain_text import plain
from smarttek_dsar.ui.tasks import run_task

TEAM_REFRESH_SECONDS = 60
TILE_KEYS = ("open", "due_soon", "overdue", "extended", "paused", "closed_this_month",
             "median", "p90", "on_time")


class DashboardWidget(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 refresh_seconds: int | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.figures: DashboardFigures | None = None
        self._loading = False
        self._again = False
        self._stale = True
        self._staff_loaded = False

        self.filters = DashboardFilterBar()
        self.exports = ReportExports(context, self, self._filter_for_report)
        self.status = plain(QLabel())
        self.status.setStyleSheet("color: #555;")
        self.error = plain(QLabel())
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #8b1a1a;")
        self.error.hide()
        self.tiles = self._build_tiles()
        self.charts = {
            "stage": BarChart(self.tr("Cases by stage")),
            "right": BarChart(self.tr("Cases by right")),
            "channel": BarChart(self.tr("Cases by channel")),
            "intake": BarChart(self.tr("Requests per month"), labels="beside"),
        }
        self.model = DeadlineListModel(self)
        self.table = self._build_table()
        self.list_note = plain(QLabel())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 6)
        layout.addLayout(self._toolbar())
        layout.addWidget(self.error)
        tiles = QGridLayout()
        tiles.setSpacing(6)
        for column, key in enumerate(TILE_KEYS):
            tiles.addWidget(self.tiles[key], 0, column)
        layout.addLayout(tiles)
        layout.addWidget(self._body(), 1)
        layout.addWidget(self.status)

        self.filters.changed.connect(self.refresh)
        self.exports.written.connect(
            lambda path: self.status.setText(self.tr("Report written to {path}").format(path=path)))
        context.changed.connect(self._on_changed)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._on_timer)
        seconds = refresh_seconds
        if seconds is None and not context.services.db.is_sqlite:
            seconds = TEAM_REFRESH_SECONDS  # team mode: other people change cases too
        if seconds:
            self.timer.start(int(seconds * 1000))

    # -- building -----------------------------------------------------------------------------
    def _toolbar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.filters, 1)
        for text, slot, name in (
            (self.tr("Export PDF…"), self.exports.dashboard_pdf, "export_pdf"),
            (self.tr("Export XLSX…"), self.exports.dashboard_xlsx, "export_xlsx"),
            (self.tr("Annual report…"), self.exports.annual, "annual_report"),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
        return row

    def _build_tiles(self) -> dict[str, KpiTile]:
        return {
            "open": KpiTile(self.tr("Open cases")),
            "due_soon": KpiTile(self.tr("Due in 7 days or less"), WARN),
            "overdue": KpiTile(self.tr("Overdue"), ALERT),
            "extended": KpiTile(self.tr("Extended")),
            "paused": KpiTile(self.tr("Clock paused"), CALM),
            "closed_this_month": KpiTile(self.tr("Closed this month")),
            "median": KpiTile(self.tr("Median days to answer")),
            "p90": KpiTile(self.tr("90th percentile, days")),
            "on_time": KpiTile(self.tr("Answered on time")),
        }

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        # Every column on screen, none cut at the right edge: the rights take what is left
        # (elided, the full text in the tooltip) instead of the last column being pushed out.
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(36)
        for column, width in enumerate((0, 92, -1, 58, 0, 0, 84, 0)):
            if width > 0:
                table.setColumnWidth(column, width)
            elif width < 0:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            else:  # number, date and days: never cut; at most a few hundred rows to measure
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The state is the row's colour (legend on the case lists) and the days' tooltip.
        table.setColumnHidden(DeadlineColumn.STATE, True)
        table.doubleClicked.connect(self._open_case)
        return table

    def _body(self) -> QSplitter:
        charts = QWidget()
        grid = QGridLayout(charts)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(4)
        grid.addWidget(self.charts["stage"], 0, 0)
        grid.addWidget(self.charts["right"], 0, 1)
        grid.addWidget(self.charts["channel"], 1, 0)
        grid.addWidget(self.charts["intake"], 1, 1)
        deadlines = QWidget()
        column = QVBoxLayout(deadlines)
        column.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Open cases by days left (double-click to open)"))
        heading.setStyleSheet("font-weight: 600;")
        column.addWidget(heading)
        column.addWidget(self.table, 1)
        column.addWidget(self.list_note)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(charts)
        splitter.addWidget(deadlines)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 540])
        return splitter

    # -- loading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self._loading:
            self._again = True
            return
        self._loading, self._again, self._stale = True, False, False
        services, actor = self.context.services, self.context.actor
        flt = self.filters.current(date.today())
        need_staff = not self._staff_loaded

        def job():
            staff = services.dashboard.assignees(actor) if need_staff else None
            return staff, services.dashboard.figures(actor, flt)

        run_task(self, job, self._loaded, on_error=self._failed)

    def _loaded(self, result) -> None:
        staff, figures = result
        self._loading = False
        if staff is not None:
            self._staff_loaded = True
            self.filters.set_assignees(staff)
        self.error.hide()
        self.show_figures(figures)
        if self._again:
            self.refresh()

    def _failed(self, message: str) -> None:
        self._loading = False
        self.error.setText(self.tr("The dashboard could not be loaded: {error}").format(
            error=message))
        self.error.show()
        if self._again:
            self.refresh()

    def show_figures(self, figures: DashboardFigures) -> None:
        self.figures = figures
        a = figures.answers
        numbers = {
            "open": str(figures.open),
            "due_soon": str(figures.due_soon),
            "overdue": str(figures.overdue),
            "extended": str(figures.extended),
            "paused": str(figures.paused),
            "closed_this_month": str(figures.closed_this_month),
            "median": "—" if a.median_days is None else i18n.locale().toString(
                float(a.median_days), "g", 4),
            "p90": "—" if a.p90_days is None else str(a.p90_days),
            "on_time": "—" if a.on_time_rate is None else i18n.locale().toString(
                a.on_time_rate * 100, "f", 1) + " %",
        }
        for key, text in numbers.items():
            self.tiles[key].set_value(text)
        self.tiles["on_time"].setToolTip(self.tr("{on_time} of {answered} answered cases").format(
            on_time=a.on_time, answered=a.answered))
        self.charts["stage"].set_counts([i18n.stage_label(s) for s in Stage],
                                        [figures.by_stage.get(s, 0) for s in Stage])
        self.charts["right"].set_counts([i18n.right_label(r) for r in Right],
                                        [figures.by_right.get(r, 0) for r in Right])
        self.charts["channel"].set_counts([i18n.channel_label(c) for c in Channel],
                                          [figures.by_channel.get(c, 0) for c in Channel])
        months = [datetime(m.month.year, m.month.month, 1) for m in figures.intake]
        # One row per month, named with its year: the twelve months often span two years.
        self.charts["intake"].set_counts([i18n.locale().toString(m, "MM.yyyy") for m in months],
                                         [m.cases for m in figures.intake])
        self.model.set_rows(figures.deadlines)
        self.list_note.setText(self.tr("{shown} most urgent of {total} open cases").format(
            shown=len(figures.deadlines), total=figures.deadlines_total))
        self.status.setText(self.tr("Updated {time}").format(
            time=i18n.format_datetime(datetime.now().astimezone())))

    # -- keeping current ----------------------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        if not changes.dashboard:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _on_timer(self) -> None:
        if self.isVisible() and not self._loading:
            self.refresh()
        elif not self.isVisible():
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _filter_for_report(self):
        return self.filters.current(date.today()), self.filters.assignee_name()

    def _open_case(self, index: QModelIndex) -> None:
        if index.isValid():
            # The window decides what opens: the case view, or its metadata for a manager.
            self.context.open_case_requested.emit(index.data(NUMBER_ROLE))
