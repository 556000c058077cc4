"""Identity verification (GDPR 12(6), 11(2); EDPB Guidelines 01/2022): record how the requester
was checked, ask for more information (the clock waits) and record its arrival."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from smarttek_dsar.domain.identity import (
    IdDocumentType,
    Strength,
    VerificationMethod,
    usual_method,
)
from smarttek_dsar.domain.workflow import identity_check_needed
from smarttek_dsar.services.views import CaseDetail
from smarttek_dsar.ui.attachment_opener import AttachmentOpener
from smarttek_dsar.ui.case_view.actions import CaseActions
from smarttek_dsar.ui.case_view.identity_history import IdentityHistory
from smarttek_dsar.ui.case_view.request_details import RequestDetails, SubjectDialog
from smarttek_dsar.ui.case_view.wording import label

_STRENGTH_COLOURS = {Strength.STRONG: "#2e7d32", Strength.MEDIUM: "#ef6c00",
                     Strength.WEAK: "#c62828"}


class IdentityPanel(QScrollArea):
    def __init__(self, actions: CaseActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actions = actions
        self.setWidgetResizable(True)
        self.method_group = QButtonGroup(self)
        self.method_buttons: dict[VerificationMethod, QRadioButton] = {}
        self.document_type = QComboBox()
        for doc in IdDocumentType:
            self.document_type.addItem(label(doc), doc)
        self.document_number = QLineEdit()
        self.document_number.setPlaceholderText(self.tr("e.g. PA1234567"))
        self.verified = QRadioButton(self.tr("Verified"))
        self.failed = QRadioButton(self.tr("Failed"))
        self.verified.setChecked(True)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("What was checked, and why it is enough"))
        self.notes.setFixedHeight(60)
        self.record_button = QPushButton(self.tr("Record identity check"))
        self.record_button.clicked.connect(lambda: actions.trigger("verify"))
        self.pause_reason = QLineEdit()
        self.pause_reason.setPlaceholderText(
            self.tr("What was asked for, e.g. a document signed with eParaksts")
        )
        self.pause_button = QPushButton(self.tr("Request more information"))
        self.pause_button.clicked.connect(lambda: actions.trigger("pause"))
        self.resume_button = QPushButton(self.tr("Information received"))
        self.resume_button.clicked.connect(lambda: actions.trigger("resume"))
        self.history = IdentityHistory()
        # A file of the request opens in the system's viewer, an e-mail inside the app.
        self.opener = AttachmentOpener(actions.context, self)
        self.opener.failed.connect(actions.refused.emit)
        self.history.open_requested.connect(self._open_attachment)
        self.details = RequestDetails(actions)

        # GDPR 21(3): an objection to direct marketing alone is obeyed without a check.
        self.not_needed = QLabel(self.tr(
            "No identity check is needed: the request only objects to direct marketing, and "
            "stopping it discloses nothing and costs the subject nothing (GDPR 21(3)). The case "
            "can move on to the legal review."))
        self.not_needed.setObjectName("identityNotNeeded")
        self.not_needed.setWordWrap(True)
        self.not_needed.setStyleSheet("background: #e8f5e9; border: 1px solid #2e7d32;"
                                      "border-radius: 4px; padding: 4px;")
        self.not_needed.setVisible(False)

        content = QWidget()
        columns = QHBoxLayout(content)
        left = QVBoxLayout()
        left.addWidget(self.not_needed)
        left.addWidget(self._check_box())
        left.addStretch(1)
        # Both actions of this stage sit above the fold; the record of what happened follows.
        right = QVBoxLayout()
        right.addWidget(self.details)
        right.addWidget(self._pause_box())
        right.addWidget(self.history, 1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.setWidget(content)
        self._method_changed()

    def _check_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Record an identity check"))
        layout = QVBoxLayout(box)
        layout.addWidget(QLabel(self.tr("Method (strength per EDPB Guidelines 01/2022):")))
        for method in VerificationMethod:
            button = QRadioButton(f"{label(method)} — {self._strength(method.strength)}")
            button.setStyleSheet(f"QRadioButton {{ color: {_STRENGTH_COLOURS[method.strength]}; }}")
            button.setToolTip(self._strength(method.strength))
            self.method_group.addButton(button)
            self.method_buttons[method] = button
            button.toggled.connect(self._method_changed)
            layout.addWidget(button)
        self._defaults_for: str | None = None  # the case whose channel chose the method
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Document type"), self.document_type)
        form.addRow(self.tr("Document number"), self.document_number)
        layout.addLayout(form)
        note = QLabel(self.tr(
            "Only the last digits of the document number are kept. Any ID scan attached to the "
            "case is deleted once identity is verified (data minimisation, GDPR 5(1)(c))."
        ))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        layout.addWidget(note)
        result = QHBoxLayout()
        result.addWidget(QLabel(self.tr("Result:")))
        result.addWidget(self.verified)
        result.addWidget(self.failed)
        result.addStretch(1)
        layout.addLayout(result)
        layout.addWidget(QLabel(self.tr("Notes")))
        layout.addWidget(self.notes)
        layout.addWidget(self.record_button, 0, Qt.AlignmentFlag.AlignRight)
        return box

    def _pause_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Identity in doubt? Ask for more (the clock pauses)"))
        layout = QVBoxLayout(box)
        hint = QLabel(self.tr(
            "Only for identity information, asked without undue delay. Asking the subject to "
            "narrow the request does not pause the deadline."
        ))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        layout.addWidget(hint)
        layout.addWidget(self.pause_reason)
        row = QHBoxLayout()
        row.addWidget(self.pause_button)
        row.addWidget(self.resume_button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def _strength(self, strength: Strength) -> str:
        return {Strength.STRONG: self.tr("strong"), Strength.MEDIUM: self.tr("medium"),
                Strength.WEAK: self.tr("weak")}[strength]

    @property
    def chosen_method(self) -> VerificationMethod | None:
        return next((m for m, b in self.method_buttons.items() if b.isChecked()), None)

    def _method_changed(self) -> None:
        method = self.chosen_method
        needs_document = method is not None and method.keeps_document_copy
        self.document_type.setEnabled(needs_document)
        self.document_number.setEnabled(needs_document)
        self.record_button.setEnabled(self._actions.allowed("verify") and method is not None)

    def _choose_usual_method(self, detail: CaseDetail) -> None:
        """Once per case shown: the method its channel offers (the specialist may change it)."""
        summary = detail.summary
        if self._defaults_for == summary.number:
            return
        self._defaults_for = summary.number
        represented = any(p.role == "representative" for p in detail.parties)
        usual = usual_method(summary.channel.value, represented=represented)
        self.method_group.setExclusive(False)  # an exclusive group cannot be emptied
        for method, button in self.method_buttons.items():
            button.setChecked(method is usual)
        self.method_group.setExclusive(True)
        self._method_changed()

    def set_detail(self, detail: CaseDetail) -> None:
        self.details.set_detail(detail)
        self.not_needed.setVisible(not identity_check_needed(frozenset(detail.summary.rights)))
        self._choose_usual_method(detail)
        can_verify = self._actions.allowed("verify")
        self.record_button.setEnabled(can_verify and self.chosen_method is not None)
        self.pause_button.setEnabled(self._actions.allowed("pause"))
        self.pause_reason.setEnabled(self._actions.allowed("pause"))
        self.resume_button.setEnabled(self._actions.allowed("resume"))
        self.history.set_detail(detail)

    def record_check(self) -> None:
        method = self.chosen_method
        if method is None:  # a letter's case: nothing preselected, and nothing chosen yet
            self._actions.refused.emit(self.tr(
                "Choose how the identity was checked: a letter proves no identity by itself."))
            return
        verified = self.verified.isChecked()
        doc_type = self.document_type.currentData() if method.keeps_document_copy else None
        doc_number = self.document_number.text().strip() if method.keeps_document_copy else None
        notes = self.notes.toPlainText()

        def change(s, actor, number, version):
            return s.identity.verify_identity(
                actor, number, method=method, verified=verified, document_type=doc_type,
                document_number=doc_number or None, notes=notes, expected_version=version,
            )

        self._actions.run(change, title=self.tr("Recording the identity check"),
                          on_done=lambda _r: self._clear_check())

    def _clear_check(self) -> None:
        # The full number must not linger on screen once only its last digits are kept.
        self.document_number.clear()
        self.notes.clear()

    def request_information(self) -> None:
        reason = self.pause_reason.text()
        self._actions.run(
            lambda s, actor, number, version: s.identity.request_information(
                actor, number, reason=reason, expected_version=version
            ),
            title=self.tr("Pausing the clock"),
            on_done=lambda _r: self.pause_reason.clear(),
        )

    def information_received(self) -> None:
        self._actions.run(
            lambda s, actor, number, version: s.identity.information_received(
                actor, number, expected_version=version
            ),
            title=self.tr("Resuming the clock"),
        )

    def _open_attachment(self, attachment: int, filename: str, media_type: str) -> None:
        detail = self._actions.detail
        if detail is not None and not detail.personal_data_hidden:
            self.opener.open(detail.summary.number, attachment, filename, media_type)

    def correct_subject(self) -> None:
        """The correction dialog, filled in; the change runs through the services when the
        user confirms, and a refusal stays in the dialog with what was typed."""
        detail = self._actions.detail
        if detail is None or detail.personal_data_hidden:
            return
        self.correction = SubjectDialog(detail, self)
        dialog = self.correction

        def submit() -> None:
            subject, request = dialog.subject(), dialog.request(detail)
            dialog.error.clear()
            self._actions.run(
                lambda s, actor, number, version: s.corrections.correct(
                    actor, number, subject, expected_version=version, request=request),
                title=self.tr("Correcting the subject's details"),
                on_done=lambda _r: dialog.accept(), on_refused=dialog.error.setText)

        dialog.buttons.accepted.connect(submit)
        dialog.open()
