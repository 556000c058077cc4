"""What the case file shows about identity: the attachments (and when ID copies were deleted),
every check made, and every clock pause (DOMAIN.md §4, §5)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from smarttek_dsar.domain.identity import IdDocumentType, VerificationMethod
from smarttek_dsar.services.views import CaseDetail
from smarttek_dsar.ui.case_view.tables import fill_rows, read_only_table
from smarttek_dsar.ui.case_view.wording import format_date, format_size, format_time, label


class IdentityHistory(QWidget):
    # An attachment to open: its id, file name and media type.
    open_requested = Signal(int, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attachments = read_only_table(
            [self.tr("File"), self.tr("Kind"), self.tr("Size"), self.tr("Status")]
        )
        self.attachments.setObjectName("attachments_table")
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("open_attachment")
        self.open_button.setToolTip(self.tr(
            "Open the file with this computer's viewer; an e-mail is shown here in the app. "
            "Each opening is recorded in the audit trail."))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_selected)
        self.attachments.itemSelectionChanged.connect(self._selection_changed)
        self.attachments.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self._kept: dict[int, tuple[int, str, str]] = {}  # row -> attachment still on file
        self.checks = read_only_table([
            self.tr("When"), self.tr("Method"), self.tr("Result"), self.tr("Document"),
            self.tr("Checked by"), self.tr("Notes"),
        ], stretch=(1, 5))
        self.pauses = read_only_table(
            [self.tr("Paused from"), self.tr("Until"), self.tr("Asked for")]
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for title, table in (
            (self.tr("Attachments"), self.attachments),
            (self.tr("Identity checks"), self.checks),
            (self.tr("Clock pauses"), self.pauses),
        ):
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            table.setMinimumHeight(80)
            table.setMaximumHeight(140)
            if table is self.attachments:
                row = QHBoxLayout()
                row.addWidget(table, 1)
                row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
                inner.addLayout(row)
            else:
                inner.addWidget(table)
            layout.addWidget(box)
        layout.addStretch(1)

    def set_detail(self, detail: CaseDetail) -> None:
        fill_rows(self.attachments, [
            [a.filename, self._kind(a.kind), format_size(a.size),
             self.tr("deleted on {date} ({reason})").format(
                 date=format_time(a.deleted_at), reason=self._deletion_reason(a.deleted_reason))
             if a.deleted_at else self.tr("kept")]
            for a in detail.attachments
        ])
        self._kept = {row: (a.id, a.filename, a.media_type)
                      for row, a in enumerate(detail.attachments)
                      if a.deleted_at is None and not detail.personal_data_hidden}
        self._selection_changed()
        fill_rows(self.checks, [
            [format_time(c.checked_at), _method(c.method),
             self.tr("verified") if c.result == "verified" else self.tr("failed"),
             self._document(c.document_type, c.document_last_digits), c.verifier or "—",
             c.notes]
            for c in detail.identity_checks
        ])
        fill_rows(self.pauses, [
            [format_date(p.start), format_date(p.end) if p.end else self.tr("still waiting"),
             self.tr("(hidden)") if detail.personal_data_hidden else p.reason]
            for p in detail.pauses
        ])

    def _selected(self) -> tuple[int, str, str] | None:
        rows = {index.row() for index in self.attachments.selectedIndexes()}
        return self._kept.get(next(iter(rows))) if len(rows) == 1 else None

    def _selection_changed(self) -> None:
        self.open_button.setEnabled(self._selected() is not None)

    def select_attachment(self, filename: str) -> None:
        for row in range(self.attachments.rowCount()):
            if self.attachments.item(row, 0).text() == filename:
                self.attachments.selectRow(row)
                return

    def open_selected(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            self.open_requested.emit(*chosen)

    def _deletion_reason(self, reason: str | None) -> str:
        # The service words its one routine reason in English; say it in the window's language.
        if reason == "ID document copy deleted once identity was verified":
            return self.tr("copy deleted once identity was verified")
        return reason or ""

    def _kind(self, kind: str) -> str:
        return {
            "request": self.tr("request"),
            "evidence": self.tr("evidence"),
            "id_document": self.tr("ID document copy"),
        }.get(kind, self.tr("other"))

    def _document(self, doc_type: str | None, digits: str | None) -> str:
        if not doc_type:
            return "—"
        name = label(IdDocumentType(doc_type))
        return self.tr("{document}, ending …{digits}").format(document=name, digits=digits or "")


def _method(value: str) -> str:
    try:
        return label(VerificationMethod(value))
    except ValueError:
        return value

