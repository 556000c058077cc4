"""The audit log for administrators: the latest events, and a check of the hash chain that
shows whether any event was edited, deleted or reordered (GDPR 5(2) accountability)."""

from __future__ import annotations

from datetime import datetime
from functools import cmp_to_key

from PySide6.QtCore import QCollator, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smarttek_dsar.services.audit import ChainReport, EventView
from smarttek_dsar.services.audit_query import PAGE, AuditQuery
from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.actions import icon
from smarttek_dsar.ui.audit_details import details_text
from smarttek_dsar.ui.case_view.timeline_panel import action_words, all_action_words
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.plain_text import plain, plain_tip
from smarttek_dsar.ui.service_messages import counted
from smarttek_dsar.ui.tasks import run_task
from smarttek_dsar.ui.today import today_qdate

RECENT_EVENTS = PAGE
MORE_FINDINGS = 5


class AuditPage(QWidget):
    status_changed = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stale = True
        self._events: list[EventView] = []
        self.refresh_button = QPushButton(icon("refresh"), self.tr("Refresh"))
        self.verify_button = QPushButton(icon("audit"), self.tr("Verify the audit chain"))
        self.verify_button.setToolTip(self.tr(
            "Recompute every event's hash: shows whether any event was edited, deleted or "
            "reordered"))
        self.result = plain(QLabel())
        self.result.setObjectName("verify_result")
        self.result.setTextFormat(Qt.TextFormat.PlainText)  # findings quote stored text
        self.result.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("Time"), self.tr("User"), self.tr("Action"),
            self.tr("Case"), self.tr("Details"),
        ])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # The action's width fits the longer Latvian words ("Veikta glabāšanas termiņa dzēšana").
        for column, width in enumerate((70, 130, 90, 240, 130)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)

        # Filters: who, what ("case." for every case action), which case, which Riga days.
        self.user_filter = QLineEdit()
        self.user_filter.setPlaceholderText(self.tr("User"))
        # Actions by their words, not codes to type; "every case action" is what "case." was.
        self.action_filter = QComboBox()
        self.action_filter.addItem(self.tr("Every action"), "")
        self.action_filter.addItem(self.tr("Every case action"), "case.")
        alphabet = QCollator(i18n.locale())  # "Ā" beside "A", not after "Z"
        for action, words in sorted(all_action_words().items(),
                                    key=cmp_to_key(lambda a, b: alphabet.compare(a[1], b[1]))):
            self.action_filter.addItem(words, action)
        self.action_filter.setToolTip(self.tr("Show only events of this action"))
        self.case_filter = QLineEdit()
        self.case_filter.setPlaceholderText(self.tr("Case number"))
        self.dates = QCheckBox(self.tr("From"))
        self.since = QDateEdit(today_qdate().addMonths(-1))
        self.until = QDateEdit(today_qdate())
        for day in (self.since, self.until):
            day.setCalendarPopup(True)
            day.setDisplayFormat(i18n.date_format())
            day.setEnabled(False)
        self.dates.toggled.connect(self.since.setEnabled)
        self.dates.toggled.connect(self.until.setEnabled)
        self.apply_button = QPushButton(self.tr("Show"))
        self.older_button = QPushButton(self.tr("Older events"))
        self.older_button.setEnabled(False)
        filters = QHBoxLayout()
        for widget in (self.user_filter, self.action_filter, self.case_filter):
            filters.addWidget(widget, 1)
        filters.addWidget(self.dates)
        filters.addWidget(self.since)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.until)
        filters.addWidget(self.apply_button)

        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Newest first, %1 at a time.").replace(
            "%1", str(RECENT_EVENTS))))
        buttons.addStretch(1)
        buttons.addWidget(self.older_button)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 4)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addWidget(self.table, 1)
        for edit in (self.user_filter, self.case_filter):
            edit.returnPressed.connect(self.refresh)
        self.action_filter.activated.connect(self.refresh)
        self.apply_button.clicked.connect(self.refresh)
        self.older_button.clicked.connect(self.load_older)

        self.refresh_button.clicked.connect(self.refresh)
        self.verify_button.clicked.connect(self.verify)
        self.table.cellDoubleClicked.connect(self._open_case)
        context.changed.connect(lambda changes: self._mark_stale() if changes.audit else None)

    def _mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def activate(self) -> None:
        if self._stale:
            self.refresh()

    def query(self, before_seq: int | None = None) -> AuditQuery:
        dated = self.dates.isChecked()
        return AuditQuery(
            username=self.user_filter.text(), action=self.action_filter.currentData() or "",
            case_number=self.case_filter.text(),
            since=self.since.date().toPython() if dated else None,
            until=self.until.date().toPython() if dated else None,
            before_seq=before_seq)

    def refresh(self) -> None:
        self._stale = False
        self._load(self.query(), append=False)

    def load_older(self) -> None:
        """The next page: the events before the oldest one shown (beyond the latest 500)."""
        if self._events:
            self._load(self.query(before_seq=self._events[-1].seq), append=True)

    def _load(self, query: AuditQuery, *, append: bool) -> None:
        audit, actor = self.context.services.audit, self.context.actor
        self._task = run_task(self, lambda: audit.recent(actor, RECENT_EVENTS, query),
                              lambda events: self._show(events, append=append),
                              on_error=self._verify_failed)

    def _show(self, events: list[EventView], append: bool = False) -> None:
        start = len(self._events) if append else 0
        self.older_button.setEnabled(len(events) == RECENT_EVENTS)
        self._events = (self._events + events) if append else events
        self.table.setRowCount(len(self._events))
        for row, event in enumerate(events, start=start):
            details = details_text(event.details) if event.details else ""
            if event.purged:
                details = (details + " " + self.tr("(personal text purged)")).strip()
            values = (str(event.seq), i18n.format_datetime(event.at), event.username,
                      action_words(event.action), event.case_number or "", details)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 3:  # the action as recorded, for filtering by it
                    item.setToolTip(event.action)
                if column == 5:
                    item.setToolTip(plain_tip(details))
                self.table.setItem(row, column, item)
        self.status_changed.emit(self.status_text())

    def status_text(self) -> str:
        return counted("{shown} {count:plural:event|events} shown", len(self._events))

    def verify(self) -> None:
        audit, actor = self.context.services.audit, self.context.actor
        self.verify_button.setEnabled(False)
        self._verify_task = run_task(
            self, lambda: audit.verify(actor), self._verified,
            title=self.tr("Verifying the audit chain…"), on_error=self._verify_failed,
        )

    def _verified(self, report: ChainReport) -> None:
        self.verify_button.setEnabled(True)
        number = i18n.locale().toString
        if report.ok:
            text = (self.tr("✔ The audit chain is intact: %1 events checked.")
                    .replace("%1", number(report.events)))
            text += " " + (self.tr("%1 signed checkpoints match it; the last was signed %2.")
                           .replace("%1", number(report.checkpoints))
                           .replace("%2", _riga(report.last_checkpoint_at)))
            if report.purged_texts:
                text += " " + (self.tr("%1 personal texts were purged (their digests remain).")
                               .replace("%1", number(report.purged_texts)))
            self.result.setText(text)
            self.result.setStyleSheet("color: #1d6b35; font-weight: bold;")
        else:
            lines = [
                self.tr("✖ The audit chain is broken at event %1: %2. Keep this database "
                        "unchanged and tell the data protection officer.")
                .replace("%1", str(report.first_bad_seq)).replace("%2", report.problem)
            ]
            others = [f for f in report.findings if f.problem != report.problem]
            if others:
                lines.append(self.tr("Also found:"))
                lines += [f"• {f.problem}" for f in others[:MORE_FINDINGS]]
            self.result.setText("\n".join(lines))
            self.result.setStyleSheet("color: #8b1a1a; font-weight: bold;")
        self.refresh()  # the check itself is an event

    def _verify_failed(self, message: str) -> None:
        self.verify_button.setEnabled(True)
        self.result.setText(message)
        self.result.setStyleSheet("color: #8b1a1a;")

    def _open_case(self, row: int, _column: int) -> None:
        number = self._events[row].case_number if 0 <= row < len(self._events) else None
        if number:
            self.context.open_case_requested.emit(number)


def _riga(stamp: str) -> str:
    """The service's ISO time (UTC) of the last checkpoint, in Riga time like every other time
    the window shows."""
    try:
        return i18n.format_datetime(datetime.fromisoformat(stamp)) if stamp else "—"
    except ValueError:
        return stamp
