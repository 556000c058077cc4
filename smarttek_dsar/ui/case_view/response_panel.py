"""The answer to the subject: the two-month extension (GDPR 12(3)), a refusal with its article
(12(4)-(6)), a withdrawal, and the record of the response that was delivered."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from smarttek_dsar.domain.workflow import RejectionReason, Stage
from smarttek_dsar.services.views import CaseDetail
from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.case_view.actions import CaseActions
from smarttek_dsar.ui.case_view.confirm import confirm_then
from smarttek_dsar.ui.case_view.delivery_form import DeliveryForm
from smarttek_dsar.ui.case_view.wording import format_date, label
from smarttek_dsar.ui.plain_text import plain
from smarttek_dsar.ui.today import today_qdate


def _day(edit: QDateEdit) -> date:
    q = edit.date()
    return date(q.year(), q.month(), q.day())


class ResponsePanel(QScrollArea):
    def __init__(self, actions: CaseActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self._actions = actions
        self.outcome_label = plain(QLabel())
        self.outcome_label.setWordWrap(True)
        self.delivery = DeliveryForm(actions)
        self.extension_reason = QLineEdit()
        self.extension_reason.setPlaceholderText(
            self.tr("e.g. large volume of call recordings to review and redact")
        )
        self.extension_told = QDateEdit(today_qdate())
        self.extension_told.setCalendarPopup(True)
        self.extension_told.setDisplayFormat(i18n.date_format())
        self.extension_state = plain(QLabel())
        self.extension_state.setWordWrap(True)
        self.extend_button = QPushButton(self.tr("Extend by two months"))
        self.extend_button.clicked.connect(lambda: actions.trigger("extend"))
        self.rejection_reason = QComboBox()
        for reason in RejectionReason:
            self.rejection_reason.addItem(
                f"{label(reason)} — {i18n.article_label(reason.article)}", reason)
        self.rejection_note = QPlainTextEdit()
        self.rejection_note.setPlaceholderText(
            self.tr("The reasons the subject will be told (required)")
        )
        self.rejection_note.setFixedHeight(60)
        self.reject_button = QPushButton(self.tr("Reject the request"))
        self.reject_button.clicked.connect(lambda: actions.trigger("reject"))
        self.withdrawal_note = QLineEdit()
        self.withdrawal_note.setPlaceholderText(self.tr("How the subject withdrew (optional)"))
        self.withdraw_button = QPushButton(self.tr("Record withdrawal"))
        self.withdraw_button.clicked.connect(lambda: actions.trigger("withdraw"))

        # Issue 5: the package, letters and the dossier open in their own dialogs.
        self.package_button = QPushButton(self.tr("Prepare data package…"))
        self.package_button.clicked.connect(lambda: actions.trigger("export"))
        self.letter_button = QPushButton(self.tr("Letter…"))
        self.letter_button.clicked.connect(lambda: actions.trigger("letter"))
        self.dossier_button = QPushButton(self.tr("Dossier…"))
        self.dossier_button.clicked.connect(lambda: actions.trigger("dossier"))
        self.dialog: QDialog | None = None
        documents = QHBoxLayout()
        for button in (self.package_button, self.letter_button, self.dossier_button):
            documents.addWidget(button)
        documents.addStretch(1)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(documents)
        layout.addWidget(self.outcome_label)
        layout.addWidget(self.delivery)
        lower = QHBoxLayout()
        lower.addWidget(self._extension_box(), 1)
        exits = QVBoxLayout()
        exits.addWidget(self._rejection_box())
        exits.addWidget(self._withdrawal_box())
        lower.addLayout(exits, 1)
        layout.addLayout(lower)
        layout.addStretch(1)
        self.setWidget(content)

    def _extension_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Extension (GDPR 12(3))"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        hint = QLabel(self.tr(
            "Two further months where necessary, given the complexity and number of requests. "
            "The subject must be told, with the reasons, within the first month."
        ))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        form.addRow(hint)
        form.addRow(self.tr("Reason"), self.extension_reason)
        form.addRow(self.tr("Subject told on"), self.extension_told)
        form.addRow("", self.extend_button)
        form.addRow(self.extension_state)
        return box

    def _rejection_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Refusal"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        hint = QLabel(self.tr(
            "The refusal must reach the subject within the first month and name the Data State "
            "Inspectorate and the right to go to court (GDPR 12(4))."
        ))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        form.addRow(hint)
        form.addRow(self.tr("Reason"), self.rejection_reason)
        form.addRow(self.tr("Note"), self.rejection_note)
        form.addRow("", self.reject_button)
        return box

    def _withdrawal_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Withdrawal"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Note"), self.withdrawal_note)
        form.addRow("", self.withdraw_button)
        return box

    def set_detail(self, detail: CaseDetail) -> None:
        self.delivery.set_detail(detail)
        self.package_button.setEnabled(self._actions.allowed("export"))
        self.letter_button.setEnabled(self._actions.allowed("letter"))
        self.dossier_button.setEnabled(self._actions.allowed("dossier"))
        can_extend = self._actions.allowed("extend")
        for widget in (self.extension_reason, self.extension_told, self.extend_button):
            widget.setEnabled(can_extend)
        self.extension_told.setMaximumDate(today_qdate())
        if detail.extension_notified_on:
            self.extension_state.setText(self.tr("Extended; subject told on {date}: {reason}")
                                         .format(date=format_date(detail.extension_notified_on),
                                                 reason=detail.extension_reason or ""))
        else:
            self.extension_state.setText(self.tr("Tell the subject by {date} at the latest.")
                                         .format(date=format_date(detail.deadline.initial_due)))
        can_reject = self._actions.allowed("reject")
        for widget in (self.rejection_reason, self.rejection_note, self.reject_button):
            widget.setEnabled(can_reject)
        can_withdraw = self._actions.allowed("withdraw")
        self.withdrawal_note.setEnabled(can_withdraw)
        self.withdraw_button.setEnabled(can_withdraw)
        self.outcome_label.setText(self._outcome_text(detail))
        self.outcome_label.setVisible(bool(self.outcome_label.text()))

    def _outcome_text(self, detail: CaseDetail) -> str:
        if detail.rejection_reason:
            reason = RejectionReason(detail.rejection_reason)
            return self.tr("Rejected: {reason} ({article}). {note}").format(
                reason=label(reason), article=i18n.article_label(reason.article),
                note=detail.outcome_note)
        if detail.responded_on and detail.summary.stage is Stage.FULFILMENT:
            # Said as it is: delivered, but the case is still in fulfilment until moved on.
            if any(t.done_at is None for t in detail.tasks):
                return self.tr("Delivered on {date}. The case is still in fulfilment: finish "
                               "its open tasks, then move it on to 'Response sent'.").format(
                    date=format_date(detail.responded_on))
            return self.tr("Delivered on {date}. The case is still in fulfilment: every task "
                           "is done, move it on to 'Response sent'.").format(
                date=format_date(detail.responded_on))
        if detail.responded_on:
            return self.tr("Response sent on {date}.").format(date=format_date(detail.responded_on))
        return ""

    def extend(self) -> None:
        reason, told = self.extension_reason.text(), _day(self.extension_told)
        self._actions.run(
            lambda s, actor, number, version: s.response.extend(
                actor, number, reason=reason, notified_on=told, expected_version=version
            ),
            title=self.tr("Extending the deadline"),
        )

    def reject(self) -> None:
        reason, note = self.rejection_reason.currentData(), self.rejection_note.toPlainText()
        self._confirm(
            self.tr("Reject this request? The case leaves the workflow and cannot be reopened."),
            lambda: self._actions.run(
                lambda s, actor, number, version: s.response.reject(
                    actor, number, reason=reason, note=note, expected_version=version
                ),
                title=self.tr("Rejecting the request"),
            ),
        )

    def withdraw(self) -> None:
        note = self.withdrawal_note.text()
        self._confirm(
            self.tr("Record that the subject withdrew the request? The case is then closed."),
            lambda: self._actions.run(
                lambda s, actor, number, version: s.response.withdraw(
                    actor, number, note=note, expected_version=version
                ),
                title=self.tr("Recording the withdrawal"),
            ),
        )

    def open_package_dialog(self) -> None:
        from smarttek_dsar.ui.package_dialog import PackageDialog

        self._open(PackageDialog)

    def open_letter_dialog(self) -> None:
        from smarttek_dsar.ui.letter_dialog import LetterDialog

        self._open(LetterDialog)

    def open_dossier_dialog(self) -> None:
        from smarttek_dsar.ui.letter_dialog import DossierDialog

        self._open(DossierDialog)

    def _open(self, dialog_type) -> None:  # type: ignore[no-untyped-def]
        detail = self._actions.detail
        if detail is None:
            return
        self.dialog = dialog_type(self._actions.context, detail, self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()

    def _confirm(self, question: str, then: Callable[[], None]) -> None:
        confirm_then(self, "confirmBox", self.tr("Please confirm"), question, None, then)
