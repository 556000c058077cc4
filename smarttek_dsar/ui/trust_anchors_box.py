"""Administration › Trusted signature authorities: the CA certificates an .edoc signature is
verified against (services/identity/trust_anchors.py; `smarttek-dsar trust` in the command
line). The administrator sees each one's subject, issuer, validity and SHA-256 fingerprint, the
one to compare with the CA's published fingerprint before trusting it; adds one from a file and
removes one after a confirmation. The service checks the role and writes the audit trail."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smarttek_dsar.services.identity.trust_anchors import TrustAnchor
from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.case_view.confirm import confirm_then
from smarttek_dsar.ui.changes import Changes
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.plain_text import plain
from smarttek_dsar.ui.tasks import run_task


def grouped(fingerprint: str) -> str:
    """`AB:CD:…` as CAs publish fingerprints, so the two can be compared by eye."""
    return ":".join(fingerprint[i:i + 2] for i in range(0, len(fingerprint), 2)).upper()


class TrustAnchorsBox(QGroupBox):
    said = Signal(str)  # what happened, for the page's message line

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Trusted signature authorities"), parent)
        self.context = context
        self._anchors: list[TrustAnchor] = []
        explain = plain(QLabel(self.tr(
            "A signed request (.edoc) counts as signed only when its certificate chain ends at "
            "one of these. Add a CA's certificate after comparing its fingerprint with the one "
            "the CA publishes.")))
        explain.setWordWrap(True)
        explain.setStyleSheet("color: #666;")
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("trust_anchors")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Subject"), self.tr("Issuer"), self.tr("Valid from"),
             self.tr("Valid until"), self.tr("SHA-256 fingerprint")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        # Subject, issuer and the dates as wide as they are, the fingerprint the rest: at a
        # 1280-pixel window four fixed 100-pixel columns left its heading cut at both ends.
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.empty = plain(QLabel(self.tr(
            "No authority is trusted yet: signed requests cannot be verified.")))
        self.empty.setObjectName("no_trust_anchors")
        self.add_button = QPushButton(self.tr("Add from file…"))
        self.add_button.clicked.connect(self.add_from_file)
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        self.refresh()

    # -- list -----------------------------------------------------------------------------
    def refresh(self) -> None:
        trust, actor = self.context.services.trust, self.context.actor
        self._task = run_task(self, lambda: trust.list(actor), self._show,
                              on_error=self.said.emit)

    def _show(self, anchors: list[TrustAnchor]) -> None:
        self._anchors = anchors
        self.table.setRowCount(len(anchors))
        now = datetime.now(UTC)
        for row, anchor in enumerate(anchors):
            until = i18n.format_date(anchor.not_after.date())
            if anchor.not_after < now:
                until = self.tr("{0} (expired)").format(until)
            cells = (anchor.subject, anchor.issuer, i18n.format_date(anchor.not_before.date()),
                     until, grouped(anchor.sha256))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # the whole fingerprint, where the column cuts it
                self.table.setItem(row, column, item)
        self.empty.setVisible(not anchors)
        self.remove_button.setEnabled(bool(anchors))

    def selected(self) -> TrustAnchor | None:
        rows = self.table.selectionModel().selectedRows()
        return self._anchors[rows[0].row()] if rows else None

    # -- add ------------------------------------------------------------------------------
    def ask_certificate_file(self) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Trust a certificate authority"), "",
            self.tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"))
        return Path(chosen) if chosen else None

    def add_from_file(self) -> None:
        path = self.ask_certificate_file()
        if path is None:
            return
        trust, actor = self.context.services.trust, self.context.actor

        def added(anchor: TrustAnchor) -> None:
            self._done(self.tr("“{0}” is trusted now (SHA-256 {1}).").format(
                anchor.subject, grouped(anchor.sha256)))

        self._task = run_task(self, lambda: trust.add(actor, path), added,
                              on_error=self.said.emit)

    # -- remove ---------------------------------------------------------------------------
    def remove_selected(self) -> None:
        anchor = self.selected()
        if anchor is None:
            self.said.emit(self.tr("Select an authority first."))
            return
        confirm_then(self, "confirm_trust_removal", self.tr("Stop trusting an authority"),
                     self.tr("Stop trusting “{0}”? Signed requests whose chain ends at "
                             "it will no longer count as signed.").format(anchor.subject),
                     self.tr("Remove"), lambda: self._remove(anchor),
                     icon=QMessageBox.Icon.Warning)

    def _remove(self, anchor: TrustAnchor) -> None:
        trust, actor = self.context.services.trust, self.context.actor
        # The whole fingerprint: the service matches a prefix, and only this one is meant.
        self._task = run_task(
            self, lambda: trust.remove(actor, anchor.sha256),
            lambda removed: self._done(self.tr("“{0}” is no longer trusted.").format(
                removed.subject)),
            on_error=self.said.emit)

    def _done(self, message: str) -> None:
        self.said.emit(message)
        self.context.notify(Changes(audit=True))
        self.refresh()
