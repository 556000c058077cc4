"""Importing request files from the window: the files dropped on it or chosen by the user.

The import runs in the background with progress and Cancel; a cancel stops between files, so
every file is either imported whole or untouched, and the files done so far are listed. The
dialog then shows what became of each file (the new case, the case it was imported as
before, or why it was refused) and tells every view that cases changed.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smarttek_dsar.domain.progress import Cancelled
from smarttek_dsar.intake.scanned_letter import SCAN_SIGNATURES
from smarttek_dsar.services.intake.intake_import import FileResult
from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.attachment_list import dropped_files
from smarttek_dsar.ui.changes import Changes
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.plain_text import plain_tip
from smarttek_dsar.ui.remembered_dialog import RememberedDialog
from smarttek_dsar.ui.service_messages import counted, message_text
from smarttek_dsar.ui.tasks import Progress, TaskHandle, run_task
from smarttek_dsar.ui.today import today_qdate

# What a drop on the window imports; scans need a delivery date, so they come via the dialog.
DROPPABLE_SUFFIXES = frozenset({".eml", ".msg", ".json"})
_SCAN_SUFFIXES = frozenset(f".{extension}" for extension in SCAN_SIGNATURES)
# Signed documents show when they were signed, not when they reached us: a date is asked too.
_SIGNED_SUFFIXES = frozenset({".edoc", ".asice", ".bdoc"})
_ERROR_COLOUR = QColor("#b00020")
FILE, RESULT, CASE = range(3)


class ImportDialog(RememberedDialog):
    """`results` holds one FileResult per file imported, in the order given."""

    imported = Signal(list)  # the FileResults, once the import has ended

    def __init__(
        self, context: AppContext, paths: Sequence[Path | str], parent: QWidget | None = None
    ) -> None:
        super().__init__("import_files", parent)
        self.context = context
        self.paths = [Path(p) for p in paths]
        self.results: list[FileResult] = []
        self._started = False
        self._stop = threading.Event()
        self._task: TaskHandle | None = None
        self.setWindowTitle(self.tr("Import requests"))

        self.table = QTableWidget(len(self.paths), 3)
        self.table.setObjectName("import_results")
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Result"), self.tr("Case")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(RESULT, QHeaderView.ResizeMode.Stretch)
        # The case number is what the user acts on next: always whole.
        header.setSectionResizeMode(CASE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        for row, path in enumerate(self.paths):
            self._set_row(row, path.name, self.tr("Waiting…"), "")
        # File names whole where they fit (they wrapped at hyphens); a very long one elides.
        self.table.resizeColumnToContents(FILE)
        self.table.setColumnWidth(FILE, min(self.table.columnWidth(FILE), 320))
        self.table.cellDoubleClicked.connect(self._open_case)

        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.scan_date = QDateEdit(today_qdate())
        self.scan_date.setObjectName("scan_delivery_date")
        self.scan_date.setCalendarPopup(True)
        self.scan_date.setDisplayFormat(i18n.date_format())  # the year whole, as elsewhere
        self.scan_date.setMaximumDate(today_qdate())
        scan_row = QHBoxLayout()
        scan_row.addWidget(QLabel(self.tr("Scanned letters and signed documents were "
                                          "delivered on:")))
        scan_row.addWidget(self.scan_date)
        scan_row.addStretch(1)
        self.needs_date = any(p.suffix.lower() in _SCAN_SUFFIXES | _SIGNED_SUFFIXES
                              for p in self.paths)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.clicked.connect(self.start)
        self.import_button.setVisible(self.needs_date)
        # Shown once mail was held as no request: the list where the DPO decides on it.
        self.held_button = self.buttons.addButton(
            self.tr("Held mail…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.held_button.setVisible(False)
        self.held_button.clicked.connect(self.show_held_mail)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        if self.needs_date:
            layout.addLayout(scan_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(820, 420)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # A scan's delivery date must be entered first (the scan cannot show it); anything
        # else starts at once, as the user already chose the files.
        if not self.needs_date:
            self.start()

    def start(self) -> None:
        if self._started:
            return
        self._started = True
        self.import_button.setEnabled(False)
        self.scan_date.setEnabled(False)
        self.summary.setText(self.tr("Importing…"))
        imports, actor = self.context.services.imports, self.context.actor
        paths, stop = list(self.paths), self._stop
        received_on = self.scan_date.date().toPython() if self.needs_date else None
        waiting = self.tr("Importing %1")

        def job(progress: Progress) -> list[FileResult]:
            # Runs off the UI thread. The service stops between files on a cancel and returns
            # the files already imported, so none is left half-imported.
            return imports.import_files(actor, paths, received_on=received_on,
                                        progress=_NamingFiles(progress, stop, waiting))

        self._task = run_task(self, job, self._show, title=self.tr("Importing requests…"),
                              on_error=self._failed)

    def cancel(self) -> None:
        """Stop after the file being imported now."""
        self._stop.set()
        if self._task is not None:
            self._task.cancel()

    def reject(self) -> None:
        self.cancel()
        super().reject()

    def _show(self, results: list[FileResult]) -> None:
        self.results = results
        for row, result in enumerate(results):
            self._set_row(row, result.path.name, _result_text(result),
                          result.case_number or result.duplicate_of or "", result)
        for row in range(len(results), len(self.paths)):
            self._set_row(row, self.paths[row].name, self.tr("Not imported (cancelled)"), "")
        self.table.resizeRowsToContents()
        counts = {s: sum(r.status == s for r in results)
                  for s in ("created", "duplicate", "error", "held")}
        summary = counted("{shown} {count:plural:new case|new cases}, {duplicates} imported "
                          "before, {refused} refused. Double-click a row to open its case.",
                          counts["created"], duplicates=counts["duplicate"],
                          refused=counts["error"])
        if counts["held"]:
            summary += " " + counted(
                "{shown} {count:plural:mail|mails} held as no request (bounces, automatic "
                "replies, newsletters, …): open Held mail to dismiss or import them.",
                counts["held"])
            self.held_button.setVisible(True)
        self.summary.setText(summary)
        created = [r.case_number for r in results if r.case_number]
        if created:
            self.context.notify(Changes.of_case(created[0]) if len(created) == 1
                                else Changes.everything())
        self.imported.emit(results)

    def _failed(self, message: str) -> None:
        self.summary.setText(message)

    def show_held_mail(self) -> None:
        from smarttek_dsar.ui.held_mail_dialog import open_held_mail

        self.held_dialog = open_held_mail(self.context, self)

    def _set_row(self, row: int, name: str, text: str, case: str,
                 result: FileResult | None = None) -> None:
        items = [QTableWidgetItem(name), QTableWidgetItem(text), QTableWidgetItem(case)]
        if result is not None:
            if result.status == "error":
                for item in items:
                    item.setForeground(QBrush(_ERROR_COLOUR))
            tips = [message_text(note) for note in result.notes] + [
                s.label for s in result.suggested_subjects]
            if result.status == "held":  # why it was held, and what to do
                tips.insert(0, message_text(result.said or result.message))
            if tips:
                items[RESULT].setToolTip(plain_tip("\n".join(tips)))
        for column, item in enumerate(items):
            self.table.setItem(row, column, item)

    def _open_case(self, row: int, _column: int) -> None:
        item = self.table.item(row, CASE)
        if item is not None and item.text():
            self.context.open_case_requested.emit(item.text())


def _result_text(result: FileResult) -> str:
    # Outside the class, so the dialog's context is named: lupdate files it under ImportDialog.
    if result.status == "created":
        text = QCoreApplication.translate("ImportDialog", "Created %1").replace(
            "%1", result.case_number or "")
        if result.duplicate_of:
            text += " — " + QCoreApplication.translate(
                "ImportDialog", "probably the same request as %1: merge or keep apart"
            ).replace("%1", result.duplicate_of)
        if result.signature is not None:
            text += " — " + _signature_text(result)
        return text
    if result.status == "duplicate":
        return QCoreApplication.translate(
            "ImportDialog", "Duplicate of %1 (imported before)").replace(
            "%1", result.duplicate_of or "")
    if result.status == "held":
        return QCoreApplication.translate(
            "ImportDialog", "Held as no request (held mail no. %1)").replace(
            "%1", str(result.held_id or ""))
    if result.said is not None:
        text = message_text(result.said)
        # Every message names its file, as a batch shows many (as the service's English does).
        return text if text.startswith(result.path.name) else f"{result.path.name}: {text}"
    return result.message


def _signature_text(result: FileResult) -> str:
    verdict = result.signature
    if not verdict.valid:
        # The reasons are the intake's sentences, listed in the row's tooltip.
        said = QCoreApplication.translate(
            "ImportDialog", "signature NOT valid, nothing was verified: %1"
        ).replace("%1", " ".join(message_text(p) for p in verdict.problems))
        if verdict.revocation == "revoked":
            said = QCoreApplication.translate(
                "ImportDialog", "the signer's certificate was REVOKED by the CA") + "; " + said
        return said
    if verdict.revocation_confirmed:
        text = QCoreApplication.translate("ImportDialog", "signature valid: %1 (%2)").replace(
            "%1", verdict.signer_name).replace("%2", verdict.personal_code or "—")
        text += "; " + QCoreApplication.translate(
            "ImportDialog", "not revoked (the CA's OCSP service answered “good”)")
    else:
        # Verified but not "valid": a revoked certificate cannot be ruled out.
        text = QCoreApplication.translate(
            "ImportDialog", "signature verified, revocation NOT confirmed: %1 (%2)").replace(
            "%1", verdict.signer_name).replace("%2", verdict.personal_code or "—")
        text += "; " + _revocation_text(verdict.revocation)
    if result.identity_verified:
        return text + "; " + QCoreApplication.translate(
            "ImportDialog", "identity verified by the e-signature")
    return text + "; " + QCoreApplication.translate(
        "ImportDialog", "the signer is not the data subject: no identity check recorded")


def _revocation_text(status: str) -> str:
    if status == "no_responder":
        return QCoreApplication.translate(
            "ImportDialog", "the certificate names no OCSP service to ask")
    if status == "unreachable":
        return QCoreApplication.translate(
            "ImportDialog", "the CA's OCSP service could not be reached; check again later")
    return QCoreApplication.translate(
        "ImportDialog", "the CA's OCSP service gave no usable answer (revocation unknown)")


def importable_files(mime) -> list[Path]:
    return [p for p in dropped_files(mime) if p.suffix.lower() in DROPPABLE_SUFFIXES]


class _ImportDrop(QObject):
    """Lets request files be dropped on a widget; each drop opens an ImportDialog."""

    def __init__(self, widget: QWidget, context: AppContext) -> None:
        super().__init__(widget)
        self.widget, self.context = widget, context
        self.dialog: ImportDialog | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if importable_files(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            paths = importable_files(event.mimeData())
            if paths:
                event.acceptProposedAction()
                self.dialog = ImportDialog(self.context, paths, self.widget)
                self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                self.dialog.open()
                return True
        return False


def accept_dropped_files(widget: QWidget, context: AppContext) -> QObject:
    """Make `widget` (e.g. the main window) accept .eml, .msg and portal .json files dropped
    on it. The returned filter lives as long as the widget."""
    widget.setAcceptDrops(True)
    drop = _ImportDrop(widget, context)
    widget.installEventFilter(drop)
    return drop


class _NamingFiles:
    """The import's reports as the dialog shows them ("Importing <file>"); a cancel of the
    dialog itself counts too, as it may come before run_task has handed back its handle."""

    def __init__(self, progress: Progress, stop: threading.Event, waiting: str) -> None:
        self._progress, self._stop, self._waiting = progress, stop, waiting

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set() or self._progress.cancelled

    def report(self, done: int, total: int, message: str = "") -> None:
        if self._stop.is_set():
            raise Cancelled()
        self._progress.report(done, total, self._waiting.replace("%1", message) if message
                              else "")
