"""What intake recorded about the request and the subject, on the Identity tab where it is
checked, with a way to correct a mistyped detail, the representative, the answer's language
or the receipt proof (through the case's `correct_subject` operation), and the dialog that
does it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smarttek_dsar.services.intake.case_words import receipt_proof_said, request_text_said
from smarttek_dsar.services.intake.subject_correction import RequestCorrection
from smarttek_dsar.services.views import CaseDetail, PartyInput, PartyView
from smarttek_dsar.ui.case_view.actions import CaseActions
from smarttek_dsar.ui.plain_text import plain
from smarttek_dsar.ui.service_messages import message_text


def _subject(detail: CaseDetail) -> PartyView | None:
    return next((p for p in detail.parties if p.role == "subject"), None)


class RequestDetails(QGroupBox):
    """The subject's identifiers, the representative, the language, the receipt proof and the
    request text: everything the identity check and the answer rest on."""

    def __init__(self, actions: CaseActions, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("The request as recorded"), parent)
        self._actions = actions
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        rows = (("code", self.tr("Personal code")), ("email", self.tr("E-mail")),
                ("phone", self.tr("Phone")), ("customer", self.tr("Customer no.")),
                ("address", self.tr("Address")), ("language", self.tr("Language")),
                ("representative", self.tr("Representative")),
                ("proof", self.tr("Receipt proof")), ("text", self.tr("Request text")))
        for key, title in rows:
            value = plain(QLabel())
            value.setObjectName(f"request_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            form.addRow(title + ":", value)
        self.correct_button = QPushButton(self.tr("Correct the recorded details…"))
        self.correct_button.setObjectName("correctSubject")
        self.correct_button.clicked.connect(lambda: actions.trigger("correct_subject"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.correct_button, 0, Qt.AlignmentFlag.AlignRight)

    def set_detail(self, detail: CaseDetail) -> None:
        subject = _subject(detail)
        representative = next((p for p in detail.parties if p.role == "representative"), None)
        none = "—"
        shown = {
            "code": subject.personal_code if subject else None,
            "email": subject.email if subject else None,
            "phone": subject.phone if subject else None,
            "customer": subject.customer_no if subject else None,
            "address": subject.address if subject else None,
            "language": {"lv": self.tr("Latvian"), "en": self.tr("English")}.get(
                detail.language, detail.language),
            "representative": (f"{representative.name} ({representative.authority_proof})"
                               if representative else None),
            # Kept in English as written at intake; shown in the window's language.
            "proof": _proof_text(detail.receipt_proof) or None,
            "text": message_text(request_text_said(detail.request_text))
            if detail.request_text else None,
        }
        for key, value in shown.items():
            self.values[key].setText(value or none)
        self.correct_button.setEnabled(self._actions.allowed("correct_subject"))


class SubjectDialog(QDialog):
    """The subject's details to correct, filled in with what is recorded; the services check
    them as at intake and the refusal is shown here, nothing typed is lost."""

    def __init__(self, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct the recorded details"))
        subject = _subject(detail)
        self.name = QLineEdit(subject.name if subject else "")
        self.code = QLineEdit(subject.personal_code or "" if subject else "")
        self.email = QLineEdit(subject.email or "" if subject else "")
        self.phone = QLineEdit(subject.phone or "" if subject else "")
        self.customer = QLineEdit(subject.customer_no or "" if subject else "")
        self.address = QLineEdit(subject.address if subject else "")
        representative = next((p for p in detail.parties if p.role == "representative"), None)
        self.has_representative = QCheckBox(self.tr("A representative acts for the subject"))
        self.has_representative.setChecked(representative is not None)
        self.representative_name = QLineEdit(representative.name if representative else "")
        self.representative_code = QLineEdit(
            representative.personal_code or "" if representative else "")
        self.representative_email = QLineEdit(
            representative.email or "" if representative else "")
        self.authority_proof = QLineEdit(
            representative.authority_proof if representative else "")
        self.authority_proof.setPlaceholderText(
            self.tr("e.g. power of attorney no. 12, certified by a notary on 01.09.2024"))
        self.has_representative.toggled.connect(self._representative_toggled)
        self.language = QComboBox()
        self.language.addItem(self.tr("Latvian"), "lv")
        self.language.addItem(self.tr("English"), "en")
        self.language.setCurrentIndex(max(0, self.language.findData(detail.language)))
        # Shown in the window's language as the case view shows it; stored as intake wrote it
        # unless the DPO changes it here (request() below).
        self._stored_proof = detail.receipt_proof
        self._shown_proof = _proof_text(detail.receipt_proof)
        self.receipt_proof = QPlainTextEdit(self._shown_proof)
        self.receipt_proof.setFixedHeight(96)
        self.error = plain(QLabel())
        self.error.setObjectName("correction_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a01818;")
        form = QFormLayout()
        for title, edit in ((self.tr("Name"), self.name), (self.tr("Personal code"), self.code),
                            (self.tr("E-mail"), self.email), (self.tr("Phone"), self.phone),
                            (self.tr("Customer no."), self.customer),
                            (self.tr("Address"), self.address)):
            form.addRow(title + ":", edit)
        subject_box = QGroupBox(self.tr("Data subject"))
        subject_box.setLayout(form)
        representative_form = QFormLayout()
        representative_form.addRow(self.has_representative)
        for title, edit in ((self.tr("Name"), self.representative_name),
                            (self.tr("Proof of authority"), self.authority_proof),
                            (self.tr("Personal code"), self.representative_code),
                            (self.tr("E-mail"), self.representative_email)):
            representative_form.addRow(title + ":", edit)
        representative_box = QGroupBox(self.tr("Representative"))
        representative_box.setLayout(representative_form)
        request_form = QFormLayout()
        request_form.addRow(self.tr("Answer in") + ":", self.language)
        request_form.addRow(self.tr("Receipt proof") + ":", self.receipt_proof)
        request_box = QGroupBox(self.tr("The request"))
        request_box.setLayout(request_form)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(subject_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(representative_box)
        right.addWidget(request_box)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self._representative_toggled(self.has_representative.isChecked())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Correct"))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(920)

    def _representative_toggled(self, on: bool) -> None:
        for edit in (self.representative_name, self.authority_proof, self.representative_code,
                     self.representative_email):
            edit.setEnabled(on)

    def subject(self) -> PartyInput:
        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        return PartyInput(name=self.name.text().strip(), personal_code=text(self.code),
                          email=text(self.email), phone=text(self.phone),
                          customer_no=text(self.customer), address=self.address.text().strip())

    def request(self, detail: CaseDetail) -> RequestCorrection:
        """The representative, language and receipt proof as the form shows them; fields of
        the representative the form does not show (phone, address) stay as recorded."""
        representative = None
        if self.has_representative.isChecked():
            now = next((p for p in detail.parties if p.role == "representative"), None)
            representative = PartyInput(
                name=self.representative_name.text().strip(),
                personal_code=self.representative_code.text().strip() or None,
                email=self.representative_email.text().strip() or None,
                phone=now.phone if now else None, address=now.address if now else "",
                authority_proof=self.authority_proof.text().strip())
        proof = self.receipt_proof.toPlainText()
        if proof == self._shown_proof:
            proof = self._stored_proof  # untouched: the evidence stays as intake wrote it
        return RequestCorrection(representative, self.language.currentData(), proof)


def _proof_text(stored: str) -> str:
    """The receipt proof, kept in English as written at intake, in the window's language."""
    if not stored:
        return ""
    return "\n".join(message_text(line) for line in receipt_proof_said(stored))
