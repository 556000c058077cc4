"""The data collected for one case: collect (in the background, cancellable), counts per
category and source, then one table per category and system, headed with the source's column
labels and showing typed values in the window's language, redactions as redacted. Exclude a
row or redact a field with a reason (GDPR 15(4)), and mark the data reviewed so the export may
disclose it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smarttek_dsar.domain.redaction import RedactionReason, reason_text
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.services.review.collection_views import CollectionResult, SnapshotView
from smarttek_dsar.services.review.snapshot_tables import CategoryTables, category_tables
from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.changes import Changes
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.plain_text import plain
from smarttek_dsar.ui.service_messages import message_text
from smarttek_dsar.ui.snapshot_table_model import ROW_ID_ROLE, SORT_ROLE, SnapshotTableModel
from smarttek_dsar.ui.tasks import Progress, run_task


def _cell(text: object) -> QTableWidgetItem:
    item = QTableWidgetItem("" if text is None else str(text))
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


@dataclass(frozen=True)
class _Loaded:
    snapshot: SnapshotView
    categories: tuple[CategoryTables, ...]


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
        # One box per category, one table per system inside it (built when data arrives).
        self.categories: tuple[CategoryTables, ...] = ()
        self.category_boxes: dict[str, QGroupBox] = {}
        self.category_views: dict[str, list[QTableView]] = {}
        self._tables_area = QWidget()
        self._tables_layout = QVBoxLayout(self._tables_area)
        self._tables_layout.addStretch(1)
        self.tables_scroll = QScrollArea()
        self.tables_scroll.setObjectName("category_tables")
        self.tables_scroll.setWidgetResizable(True)
        self.tables_scroll.setWidget(self._tables_area)
        buttons = QHBoxLayout()
        for button in (self.collect_button, self.exclude_button, self.redact_button,
                       self.review_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.counts)
        split.addWidget(self.tables_scroll)
        split.setStretchFactor(1, 3)
        split.setSizes([130, 520])  # the counts are an overview; the tables are the work
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
        language = i18n.current_language()

        def load() -> _Loaded:
            snapshot = services.snapshot.snapshot(actor, number)
            # Category names from the register, headings and coded values from the sources'
            # definitions: the words the subject's copy uses, in the window's language.
            config = services.sources.config()
            return _Loaded(snapshot, category_tables(snapshot, services.register.current(),
                                                     config.labels_for, language))

        run_task(self, load, self._show_snapshot, on_error=self.summary.setText)

    def _on_changed(self, changes: Changes) -> None:
        if not self.follows_changes:
            return  # inside a case view, which reads this panel again after the case
        if changes.concerns_case(self.number) and self.number:
            self.show_case(self.number)

    def _show_snapshot(self, loaded: _Loaded) -> None:
        snapshot = loaded.snapshot
        self.snapshot = snapshot
        self.categories = loaded.categories
        if snapshot.run_id is None:
            self.summary.setText(self.tr("No data collected yet: press Collect data to search "
                                         "every configured system."))
        elif not self.last_result:
            when = i18n.format_datetime(snapshot.collected_at)
            self.summary.setText(self.tr("Collected on {0} (Riga time) by {1}; systems "
                                         "searched: {2}.").format(when, snapshot.collected_by or "?",
                                                             len(snapshot.sources)))
        self._fill_counts(snapshot)
        self._fill_tables(loaded.categories)
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
            name = next((c.name for c in self.categories if c.category_id == category),
                        category)
            for column, value in enumerate((name, source, count, reviewed)):
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

    def _fill_tables(self, categories: tuple[CategoryTables, ...]) -> None:
        while self._tables_layout.count() > 1:  # the stretch at the end stays
            widget = self._tables_layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.category_boxes.clear()
        self.category_views.clear()
        for category in categories:
            box = QGroupBox(self.tr("{0} (rows: {1})").format(category.name,
                                                             category.row_count))
            box.setObjectName(f"category_{category.category_id}")
            inner = QVBoxLayout(box)
            views = []
            for table in category.tables:
                system = plain(QLabel(table.system))
                system.setStyleSheet("color: #555;")
                inner.addWidget(system)
                view = self._table_view(SnapshotTableModel(table, self))
                inner.addWidget(view)
                views.append(view)
            self._tables_layout.insertWidget(self._tables_layout.count() - 1, box)
            self.category_boxes[category.category_id] = box
            self.category_views[category.category_id] = views

    def _table_view(self, model: SnapshotTableModel) -> QTableView:
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        view = QTableView()
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # as collected until a click
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.verticalHeader().setVisible(False)
        view.setWordWrap(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        view.resizeColumnsToContents()
        for column in range(model.columnCount() - 1):  # long texts stay readable, not wide
            view.setColumnWidth(column, min(view.columnWidth(column), 320))
        self._fit_height(view)
        view.horizontalScrollBar().rangeChanged.connect(
            lambda *_args, fitted=view: self._fit_height(fitted))
        view.selectionModel().selectionChanged.connect(
            lambda *_args, chosen=view: self._selected_in(chosen))
        return view

    @staticmethod
    def _fit_height(view: QTableView) -> None:
        """Tall enough for up to 8 rows without a scroll bar of its own (longer tables
        scroll), plus the sideways scroll bar only while the columns need it."""
        rows = view.model().rowCount()
        height = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
        height += sum(view.rowHeight(r) for r in range(min(rows, 8)))
        if view.horizontalScrollBar().maximum() > 0:
            height += view.horizontalScrollBar().sizeHint().height()
        view.setMinimumHeight(height)
        if rows <= 8:
            view.setMaximumHeight(height)
            view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _selected_in(self, chosen: QTableView) -> None:
        # One row at a time across every table: the buttons act on that row.
        if chosen.selectionModel().hasSelection():
            for views in self.category_views.values():
                for view in views:
                    if view is not chosen:
                        view.selectionModel().blockSignals(True)
                        view.clearSelection()
                        view.selectionModel().blockSignals(False)
        self._update_buttons()

    def _current(self) -> tuple[QTableView, int] | None:
        """The table view with the selected row, and that row in its model."""
        for views in self.category_views.values():
            for view in views:
                rows = view.selectionModel().selectedRows()
                if rows:
                    proxy = view.model()
                    return view, proxy.mapToSource(rows[0]).row()
        return None

    def select_row(self, row_id: int) -> bool:
        """Select the collected row `row_id` wherever it is shown (as a click would)."""
        for views in self.category_views.values():
            for view in views:
                proxy = view.model()
                for row in range(proxy.rowCount()):
                    if proxy.index(row, 0).data(ROW_ID_ROLE) == row_id:
                        view.selectionModel().select(
                            proxy.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                            | QItemSelectionModel.SelectionFlag.Rows)
                        return True
        return False

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
        current = self._current()
        if current is None:
            return None
        view, row = current
        return view.model().sourceModel().row_id(row)

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
        current = self._current()
        if current is None:
            return
        view, _row = current
        columns = view.model().sourceModel().table.columns
        titles = [c.title for c in columns]
        title, ok = QInputDialog.getItem(self, self.tr("Redact field"), self.tr("Field"),
                                         titles, 0, False)
        if not ok:
            return
        field = columns[titles.index(title)].key
        reasons = [reason_text(r, i18n.current_language()) for r in RedactionReason]
        chosen, ok = QInputDialog.getItem(self, self.tr("Redact field"), self.tr(
            "Reason the data subject is told"), reasons, 0, False)
        if not ok:
            return
        note, ok = QInputDialog.getText(self, self.tr("Redact field"), self.tr(
            "Internal note (optional; never shown to the data subject)"))
        if ok:
            self.redact_selected(field, note, list(RedactionReason)[reasons.index(chosen)])
