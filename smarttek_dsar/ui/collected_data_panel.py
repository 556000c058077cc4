"""The data collected for one case: collect (in the background, cancellable), counts per
category and source, every row, exclude a row or redact a field with a reason (GDPR 15(4)),
and mark the data reviewed so the export may disclose it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smarttek_dsar.domain.redaction import RedactionReason, reason_text
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.services.review.collection_views import CollectionResult, SnapshotView
from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.changes import Changes
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.plain_text import plain
from smarttek_dsar.ui.service_messages import message_text
from smarttek_dsar.ui.tasks import Progress, run_task

_ROW_ID = Qt.ItemDataRole.UserRole + 1
_FIELDS = Qt.ItemDataRole.UserRole + 2


def _cell(text: object) -> QTableWidgetItem:
    item = QTableWidgetItem("" if text is None else str(text))
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


class CollectedDataPanel(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.number: str | None = None
        self.snapshot: SnapshotView | None = None
        self.last_result: CollectionResult | None = None
        # What the operations table allows on the case now (the case view passes it on); None
        # when the panel stands alone, and then only the role decides.
        self.allowed: frozenset[str] | None = None
        self.collect_button = QPushButton(self.tr("Collect data"))
        self.collect_button.setObjectName("collect_button")
        self.collect_button.clicked.connect(self.collect)
        self.exclude_button = QPushButton(self.tr("Exclude row…"))
        self.exclude_button.setObjectName("exclude_button")
        self.exclude_button.clicked.connect(self._ask_exclude)
        self.redact_button = QPushButton(self.tr("Redact field…"))
        self.redact_button.setObjectName("redact_button")
        self.redact_button.clicked.connect(self._ask_redact)
        self.review_button = QPushButton(self.tr("Mark reviewed"))
        self.review_button.setObjectName("review_button")
        self.review_button.clicked.connect(self.mark_reviewed)
        self.summary = plain(QLabel())
        self.summary.setObjectName("summary_label")
        self.summary.setWordWrap(True)
        self.counts = QTableWidget(0, 4)
        self.counts.setObjectName("counts_table")
        self.counts.setHorizontalHeaderLabels(
            [self.tr("Category"), self.tr("Source"), self.tr("Rows"), self.tr("Reviewed")])
        self.counts.horizontalHeader().setStretchLastSection(True)
        self.rows = QTableWidget(0, 5)
        self.rows.setObjectName("rows_table")
        self.rows.setHorizontalHeaderLabels([self.tr("Category"), self.tr("Source"),
                                             self.tr("Data"), self.tr("Excluded"),
                                             self.tr("Redacted")])
        self.rows.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.rows.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rows.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rows.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        for button in (self.collect_button, self.exclude_button, self.redact_button,
                       self.review_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.counts)
        split.addWidget(self.rows)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        context.changed.connect(self._on_changed)
        self._update_buttons()

    # --- loading ---------------------------------------------------------------------------

    # A panel on its own reloads after every change of its case; the case view turns this off
    # and reloads the panel after the case itself, one read after the other.
    follows_changes = True

    def show_case(self, number: str) -> None:
        self.number = number
        if not self.context.can(Permission.VIEW_PERSONAL_DATA):
            self.summary.setText(self.tr("Your role does not show the collected personal data."))
            self._update_buttons()
            return
        services, actor = self.context.services, self.context.actor
        run_task(self, lambda: services.snapshot.snapshot(actor, number), self._show_snapshot,
                 on_error=self.summary.setText)

    def _on_changed(self, changes: Changes) -> None:
        if not self.follows_changes:
            return  # inside a case view, which reads this panel again after the case
        if changes.concerns_case(self.number) and self.number:
            self.show_case(self.number)

    def _show_snapshot(self, snapshot: SnapshotView) -> None:
        self.snapshot = snapshot
        if snapshot.run_id is None:
            self.summary.setText(self.tr("No data collected yet: press Collect data to search "
                                         "every configured system."))
        elif not self.last_result:
            when = snapshot.collected_at.strftime("%Y-%m-%d %H:%M") if snapshot.collected_at \
                else ""
            self.summary.setText(self.tr("Collected {0} UTC by {1}: {2} systems searched.")
                                 .format(when, snapshot.collected_by or "?",
                                         len(snapshot.sources)))
        self._fill_counts(snapshot)
        self._fill_rows(snapshot)
        self._update_buttons()

    def _fill_counts(self, snapshot: SnapshotView) -> None:
        totals: dict[tuple[str, str], int] = {}
        for table in snapshot.tables:
            key = (table.category_id, table.source)
            totals[key] = totals.get(key, 0) + len(table.rows)
        self.counts.setRowCount(0)
        for (category, source), count in totals.items():
            if not count:
                continue
            row = self.counts.rowCount()
            self.counts.insertRow(row)
            reviewed = self.tr("yes") if category in snapshot.reviewed else ""
            for column, value in enumerate((category, source, count, reviewed)):
                self.counts.setItem(row, column, _cell(value))
        for status in snapshot.sources:
            if status.status != "ok":
                row = self.counts.rowCount()
                self.counts.insertRow(row)
                for column, value in enumerate(("—", status.name, self.tr("failed"),
                                                status.error)):
                    self.counts.setItem(row, column, _cell(value))
        for column in range(3):  # the last column stretches (it may hold a long error)
            self.counts.resizeColumnToContents(column)

    def _fill_rows(self, snapshot: SnapshotView) -> None:
        self.rows.setRowCount(0)
        for table in snapshot.tables:
            for found in table.rows:
                row = self.rows.rowCount()
                self.rows.insertRow(row)
                # A redacted value is shown as the subject will see it: the specialist checks
                # the copy, not the source row (GDPR 15(4)).
                data = "; ".join(
                    f"{k}: {self._redacted(found.redactions[k].reason)}"
                    if k in found.redactions else f"{k}: {v}"
                    for k, v in found.values.items())
                first = _cell(table.category_id)
                first.setData(_ROW_ID, found.id)
                first.setData(_FIELDS, list(found.values))
                redacted = ", ".join(
                    f"{k} ({reason_text(r.reason, i18n.current_language())}{'; ' + r.note if r.note else ''})"
                    for k, r in found.redactions.items())
                values = (data, found.exclusion_reason or "", redacted)
                self.rows.setItem(row, 0, first)
                self.rows.setItem(row, 1, _cell(table.source))
                for column, value in enumerate(values, start=2):
                    self.rows.setItem(row, column, _cell(value))
        for column in (0, 1):  # category and source in full; the data column stretches
            self.rows.resizeColumnToContents(column)

    def _redacted(self, reason: str) -> str:
        return self.tr("[redacted: %1]").replace("%1", reason_text(
            reason, i18n.current_language()))

    def set_allowed(self, allowed: frozenset[str]) -> None:
        self.allowed = allowed
        self._update_buttons()

    def _may(self, operation: str) -> bool:
        if self.number is None:
            return False
        if self.allowed is not None:
            return operation in self.allowed
        return self.context.can(Permission.WORK_CASES)

    def _update_buttons(self) -> None:
        has_rows = self.snapshot is not None and self.snapshot.run_id is not None
        self.collect_button.setEnabled(self._may("collect"))
        reviews = self._may("review_data") and has_rows
        self.review_button.setEnabled(reviews)
        selected = self.selected_row_id() is not None
        self.exclude_button.setEnabled(reviews and selected)
        self.redact_button.setEnabled(reviews and selected)

    def selected_row_id(self) -> int | None:
        items = self.rows.selectedItems()
        if not items:
            return None
        return self.rows.item(items[0].row(), 0).data(_ROW_ID)

    # --- actions ---------------------------------------------------------------------------

    def collect(self) -> None:
        if self.number is None:
            return
        services, actor, number = self.context.services, self.context.actor, self.number
        ask = self._ask_password
        self.collect_button.setEnabled(False)
        def job(progress: Progress) -> CollectionResult:  # Cancel: nothing is stored
            return services.collection.run(actor, number, ask_password=ask, progress=progress)

        self.handle = run_task(
            self, job,
            self._collected, title=self.tr("Searching the company's systems…"),
            on_error=self._failed, on_cancel=self._cancelled,
        )

    def _ask_password(self, source) -> str | None:
        return None  # from a worker thread no dialog may open: keyring or password_env

    def _collected(self, result: CollectionResult) -> None:
        self.last_result = result
        if result.said:
            text = " ".join(message_text(m) for m in result.said) + "".join(
                f"\n{message_text(w)}" for w in result.said_warnings)
        else:
            text = result.message + "".join(f"\n{w}" for w in result.warnings)
        for status in result.failed:
            text += f"\n{status.name}: {status.error}"
        self.summary.setText(text)
        self.context.notify(Changes.of_case(result.case_number))

    def _failed(self, message: str) -> None:
        self.summary.setText(message)
        self._update_buttons()

    def _cancelled(self) -> None:
        self.summary.setText(self.tr("Collection cancelled; nothing was stored."))
        self._update_buttons()

    def exclude_selected(self, reason: str) -> None:
        row_id = self.selected_row_id()
        if row_id is None or self.number is None:
            return
        self._change(lambda s, a, n: s.snapshot.exclude_row(a, n, row_id, reason))

    def redact_selected(self, field: str, note: str = "",
                        reason: str = RedactionReason.OTHERS_DATA) -> None:
        """Redact `field` of the selected row: `reason` is what the subject is told, `note`
        the internal note that stays in the case."""
        row_id = self.selected_row_id()
        if row_id is None or self.number is None:
            return
        self._change(lambda s, a, n: s.snapshot.redact_field(a, n, row_id, field, note,
                                                             reason=reason))

    def mark_reviewed(self) -> None:
        if self.number is not None:
            self._change(lambda s, a, n: s.snapshot.mark_reviewed(a, n))

    def _change(self, call) -> None:
        services, actor, number = self.context.services, self.context.actor, self.number
        run_task(self, lambda: call(services, actor, number),
                 lambda _result: self.context.notify(Changes.of_case(number)),
                 on_error=self.summary.setText)

    def _ask_exclude(self) -> None:
        reason, ok = QInputDialog.getText(self, self.tr("Exclude row"), self.tr(
            "Why is this row left out of the copy (e.g. another customer's record)?"))
        if ok and reason.strip():
            self.exclude_selected(reason)

    def _ask_redact(self) -> None:
        items = self.rows.selectedItems()
        if not items:
            return
        fields = self.rows.item(items[0].row(), 0).data(_FIELDS) or []
        field, ok = QInputDialog.getItem(self, self.tr("Redact field"), self.tr("Field"),
                                         fields, 0, False)
        if not ok:
            return
        reasons = [reason_text(r, i18n.current_language()) for r in RedactionReason]
        chosen, ok = QInputDialog.getItem(self, self.tr("Redact field"), self.tr(
            "Reason the data subject is told"), reasons, 0, False)
        if not ok:
            return
        note, ok = QInputDialog.getText(self, self.tr("Redact field"), self.tr(
            "Internal note (optional; never shown to the data subject)"))
        if ok:
            self.redact_selected(field, note, list(RedactionReason)[reasons.index(chosen)])
