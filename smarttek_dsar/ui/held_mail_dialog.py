"""Held mail in the window: the bounces, auto-replies, newsletters, read receipts, calendar
invitations and abuse reports that intake did not register as cases, for the DPO to dismiss
or import as a request. The same service calls as `smarttek-dsar held ...`; the import runs in
the background, as every import does.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smarttek_dsar.domain.clock import RIGA
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.services.errors import REPORTABLE_ERRORS
from smarttek_dsar.services.intake.held_mail import HeldMail
from smarttek_dsar.services.intake.intake_import import FileResult
from smarttek_dsar.ui.changes import Changes
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.plain_text import plain_tip, show_message
from smarttek_dsar.ui.remembered_dialog import RememberedDialog
from smarttek_dsar.ui.service_messages import error_text, message_text
from smarttek_dsar.ui.tasks import run_task

RECEIVED, KIND, SENDER, SUBJECT, REASON = range(5)


def kind_label(kind: str) -> str:
    # Outside the class, so the dialog's context is named: lupdate files it under HeldMailDialog.
    labels = {
        "bounce": QCoreApplication.translate("HeldMailDialog", "Bounce"),
        "read_receipt": QCoreApplication.translate("HeldMailDialog", "Read receipt"),
        "abuse_report": QCoreApplication.translate("HeldMailDialog", "Abuse report"),
        "auto_reply": QCoreApplication.translate("HeldMailDialog", "Automatic reply"),
        "mailing_list": QCoreApplication.translate("HeldMailDialog", "Newsletter or list"),
        "server_message": QCoreApplication.translate("HeldMailDialog", "Server message"),
        "calendar": QCoreApplication.translate("HeldMailDialog", "Calendar invitation"),
    }
    return labels.get(kind, kind)


class HeldMailDialog(RememberedDialog):
    """`held` is the list on screen; `last_result` the outcome of the last import."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__("held_mail", parent)
        self.context = context
        self.held: list[HeldMail] = []
        self.last_result: FileResult | None = None
        self.setWindowTitle(self.tr("Held mail"))

        self.explanation = QLabel(self.tr(
            "These mails were not registered as cases because they look like no request. "
            "Dismiss each one, or import it as a request if it is one: its deadline then "
            "counts from when it was received."))
        self.explanation.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("held_mail")
        self.table.setHorizontalHeaderLabels([
            self.tr("Received"), self.tr("Kind"), self.tr("From"), self.tr("Subject"),
            self.tr("Why held")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            SUBJECT, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.status = QLabel()
        self.status.setObjectName("held_mail_status")
        self.status.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.dismiss_button = self.buttons.addButton(
            self.tr("Dismiss"), QDialogButtonBox.ButtonRole.ActionRole)
        self.dismiss_button.setToolTip(self.tr(
            "Not a request: delete the mail. The decision is kept in the audit trail."))
        self.import_button = self.buttons.addButton(
            self.tr("Import as request"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.setToolTip(self.tr("A request after all: register it as a case."))
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.import_button.clicked.connect(self.import_selected)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(900, 420)
        self.reload()

    def reload(self) -> None:
        try:
            self.held = self.context.services.held.list(self.context.actor)
        except REPORTABLE_ERRORS as exc:
            self.held = []
            self.status.setText(error_text(exc))
        self.table.setRowCount(len(self.held))
        for row, mail in enumerate(self.held):
            received = f"{mail.received_at.astimezone(RIGA):%d.%m.%Y %H:%M}" \
                if mail.received_at else ""
            values = [received, kind_label(mail.kind), mail.sender, mail.subject,
                      message_text(mail.said)]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(plain_tip(value))
                self.table.setItem(row, column, item)
        # Every column but the subject as wide as its header (Latvian headers are longer) and
        # its values, capped so a long sender or reason leaves the subject room.
        for column in (RECEIVED, KIND, SENDER, REASON):
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        if not self.held and not self.status.text():
            self.status.setText(self.tr("No held mail waits for a decision."))
        self._selection_changed()

    def selected(self) -> HeldMail | None:
        rows = self.table.selectionModel().selectedRows()
        return self.held[rows[0].row()] if rows else None

    def dismiss_selected(self) -> None:
        mail = self.selected()
        if mail is None:
            return
        try:
            self.context.services.held.dismiss(self.context.actor, mail.id)
        except REPORTABLE_ERRORS as exc:
            show_message(self, QMessageBox.Icon.Warning, self.windowTitle(), error_text(exc))
        else:
            self.status.setText(self.tr("Held mail no. %1 dismissed; the mail itself was "
                                        "deleted.").replace("%1", str(mail.id)))
        self.reload()

    def import_selected(self) -> None:
        mail = self.selected()
        if mail is None:
            return
        held, actor = self.context.services.held, self.context.actor
        self.import_button.setEnabled(False)
        self.dismiss_button.setEnabled(False)
        run_task(self, lambda: held.import_as_request(actor, mail.id), self._imported,
                 title=self.tr("Importing held mail…"), on_error=self._failed)

    def _imported(self, result: FileResult) -> None:
        self.last_result = result
        lines = [message_text(result.said or result.message),
                 *(message_text(note) for note in result.notes)]
        self.status.setText("\n".join(lines))
        if result.status == "created" and result.case_number:
            self.context.notify(Changes.of_case(result.case_number))
        self.reload()

    def _failed(self, message: str) -> None:
        self.status.setText(message)
        self.reload()

    def _selection_changed(self) -> None:
        can = self.selected() is not None and self.context.can(Permission.WORK_CASES)
        self.dismiss_button.setEnabled(can)
        self.import_button.setEnabled(can)


def open_held_mail(context: AppContext, parent: QWidget | None) -> HeldMailDialog:
    dialog = HeldMailDialog(context, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
