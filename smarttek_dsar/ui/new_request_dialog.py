"""Registering a request that arrived by letter, e-mail, phone, the portal or in person.
Each field says what is wrong with it as it is typed; Register stays disabled until all is well.
The service checks everything again when the case is created."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from smarttek_dsar.domain.identity import normalize_email, normalize_phone, parse_personal_code
from smarttek_dsar.domain.rights import Channel, Right
from smarttek_dsar.services.cases import CLOCK_SKEW, EARLIEST_RECEIPT, NewCase
from smarttek_dsar.services.views import CaseSummary, PartyInput
from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.attachment_list import AttachmentList, dropped_files, read_attachments
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.plain_text import plain
from smarttek_dsar.ui.remembered_dialog import RememberedDialog
from smarttek_dsar.ui.service_messages import error_text
from smarttek_dsar.ui.tasks import run_task
from smarttek_dsar.ui.today import now_qdatetime


class NewRequestDialog(RememberedDialog):
    """On success `created` is the new case."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__("new_request", parent)
        self.context = context
        self.created: CaseSummary | None = None
        self.max_attachment_mb = context.services.organisation.settings().max_attachment_mb
        self.setWindowTitle(self.tr("New request"))
        self.setAcceptDrops(True)
        self.messages: dict[str, QLabel] = {}
        self._touched: set[str] = set()
        self._discard_box: QMessageBox | None = None

        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self._receipt_box())
        left.addWidget(self._subject_box())
        left.addWidget(self._representative_box())
        left.addStretch(1)
        right.addWidget(self._rights_box())
        right.addWidget(self._text_box(), 3)
        right.addWidget(self._attachments_box(), 2)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        self.missing = plain(QLabel())
        self.missing.setObjectName("missing")
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #666;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Register request"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.missing, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)
        self.setMinimumWidth(980)
        self.resize(1060, 720)

        self.buttons.accepted.connect(self._register)
        self.buttons.rejected.connect(self.reject)
        self.validate()

    # -- layout ---------------------------------------------------------------------------
    def _field(self, key: str, editor: QWidget, signal) -> QWidget:
        """The editor with its message line underneath; editing marks the field as touched."""
        editor.setObjectName(key)
        message = self._message(key)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(editor)
        column.addWidget(message)
        signal.connect(lambda *_: self._touch(key))
        return box

    def _message(self, key: str) -> QLabel:
        message = _FieldMessage()
        message.setObjectName(f"{key}_message")
        message.setStyleSheet("color: #a01818;")
        message.hide()
        self.messages[key] = message
        return message

    def _line(self, key: str, placeholder: str = "") -> tuple[QLineEdit, QWidget]:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        return edit, self._field(key, edit, edit.textChanged)

    def _receipt_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Receipt"))
        form = QFormLayout(box)
        self.received = QDateTimeEdit(now_qdatetime())
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat(i18n.date_time_format())
        form.addRow(self.tr("&Received:"),
                    self._field("received", self.received, self.received.dateTimeChanged))
        self.channel = QComboBox()
        for channel in Channel:
            self.channel.addItem(i18n.channel_label(channel), channel)
        self.channel.setCurrentIndex(list(Channel).index(Channel.EMAIL))
        form.addRow(self.tr("&Channel:"), self.channel)
        self.language = QComboBox()
        self.language.addItem(self.tr("Latvian"), "lv")
        self.language.addItem(self.tr("English"), "en")
        form.addRow(self.tr("Subject's &language:"), self.language)
        self.receipt_proof, field = self._line(
            "receipt_proof", self.tr("e.g. Message-ID, envelope scan, portal record no."))
        form.addRow(self.tr("Receipt &proof:"), field)
        return box

    def _subject_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Data subject"))
        form = QFormLayout(box)
        self.subject_name, field = self._line("subject_name", self.tr("First and last name"))
        form.addRow(self.tr("&Name:"), field)
        self.subject_code, field = self._line("subject_code", "010190-10006")
        form.addRow(self.tr("Personal &code:"), field)
        self.subject_email, field = self._line("subject_email", "janis.berzins@example.lv")
        form.addRow(self.tr("&E-mail:"), field)
        self.subject_phone, field = self._line("subject_phone", "+371 2612 3456")
        form.addRow(self.tr("P&hone:"), field)
        self.subject_customer, field = self._line("subject_customer")
        form.addRow(self.tr("C&ustomer no.:"), field)
        self.subject_address, field = self._line("subject_address")
        form.addRow(self.tr("&Address:"), field)
        return box

    def _representative_box(self) -> QWidget:
        # A tick box, and the representative's fields only once it is ticked: most requests
        # come from the person themselves.
        self.representative = QCheckBox(self.tr("Made by a representative"))
        self.representative.setObjectName("representative")
        box = QGroupBox(self.tr("Representative"))
        form = QFormLayout(box)
        self.rep_name, field = self._line("rep_name")
        form.addRow(self.tr("Na&me:"), field)
        self.rep_email, field = self._line("rep_email")
        form.addRow(self.tr("E-&mail:"), field)
        self.rep_phone, field = self._line("rep_phone")
        form.addRow(self.tr("Phone:"), field)
        self.rep_proof, field = self._line(
            "rep_proof", self.tr("e.g. notarised power of attorney no. 123, 2 pages"))
        form.addRow(self.tr("Proof of &authority:"), field)
        box.setVisible(False)
        self.representative.toggled.connect(box.setVisible)
        self.representative.toggled.connect(lambda _on: self.validate())
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.representative)
        column.addWidget(box)
        return holder

    def _rights_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Rights invoked"))
        grid = QGridLayout(box)
        self.rights: dict[Right, QCheckBox] = {}
        for i, right in enumerate(Right):
            check = QCheckBox(f"{i18n.right_label(right)} ({i18n.article_label(right.article)})")
            check.setObjectName(f"right_{right.value}")
            check.toggled.connect(lambda _on: self._touch("rights"))
            self.rights[right] = check
            grid.addWidget(check, i // 2, i % 2)
        grid.addWidget(self._message("rights"), (len(Right) + 1) // 2, 0, 1, 2)
        return box

    def _text_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Request text"))
        column = QVBoxLayout(box)
        self.request_text = QPlainTextEdit()
        self.request_text.setObjectName("request_text")
        self.request_text.setPlaceholderText(self.tr("What the person asks for, in their words"))
        column.addWidget(self.request_text)
        return box

    def _attachments_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Attachments"))
        column = QVBoxLayout(box)
        self.attachments = AttachmentList()
        column.addWidget(self._field("attachments", self.attachments, self.attachments.changed))
        return box

    # -- drag and drop --------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if dropped_files(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        if dropped_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        files = dropped_files(event.mimeData())
        if files:
            self.attachments.add_files(files)
            event.acceptProposedAction()

    # -- validation -----------------------------------------------------------------------
    def _touch(self, key: str) -> None:
        self._touched.add(key)
        self.validate()

    def received_at(self) -> datetime:
        return datetime.fromtimestamp(self.received.dateTime().toSecsSinceEpoch(), UTC)

    def problems(self) -> dict[str, str]:
        """Field key → what is wrong with it, in words the user can act on."""
        found: dict[str, str] = {}
        received = self.received_at()
        if received > datetime.now(UTC) + CLOCK_SKEW:
            found["received"] = self.tr(
                "The receipt time is in the future; enter when the request arrived.")
        elif received < EARLIEST_RECEIPT:
            found["received"] = self.tr(
                "The receipt time is before 25 May 2018, when the GDPR began to apply.")
        self._check(found, "subject_code", self.subject_code, parse_personal_code)
        self._check(found, "subject_email", self.subject_email, normalize_email)
        self._check(found, "subject_phone", self.subject_phone, normalize_phone)
        if not self.subject_name.text().strip() and not self.subject_email.text().strip():
            found["subject_name"] = self.tr("Give at least the name or the e-mail address.")
        if self.representative.isChecked():
            if not self.rep_name.text().strip():
                found["rep_name"] = self.tr("Give the representative's name.")
            self._check(found, "rep_email", self.rep_email, normalize_email)
            self._check(found, "rep_phone", self.rep_phone, normalize_phone)
            if not self.rep_proof.text().strip():
                found["rep_proof"] = self.tr(
                    "Describe the proof of authority provided, e.g. a power of attorney.")
        if not any(check.isChecked() for check in self.rights.values()):
            found["rights"] = self.tr("Tick at least one right the request invokes.")
        too_large = self.attachments.too_large(self.max_attachment_mb)
        if too_large:
            found["attachments"] = self.tr("Larger than the %1 MB limit (Settings): %2").replace(
                "%1", str(self.max_attachment_mb)).replace("%2", ", ".join(too_large))
        return found

    @staticmethod
    def _check(found: dict[str, str], key: str, edit: QLineEdit,
               parse: Callable[[str], object]) -> None:
        text = edit.text().strip()
        if not text:
            return
        try:
            parse(text)
        except ValueError as exc:  # the domain's InvalidIdentifier: says what is wrong
            found[key] = error_text(exc)

    def validate(self) -> bool:
        found = self.problems()
        for key, label in self.messages.items():
            shown = found.get(key) if key in self._touched else None
            label.setText(shown or "")
            label.setVisible(bool(shown))
        waiting = [text for key, text in found.items() if key not in self._touched]
        self.missing.setText(
            (self.tr("To register: ") + " ".join(waiting)) if waiting else "")
        self.ok_button.setEnabled(not found)
        return not found

    # -- creating -------------------------------------------------------------------------
    def new_case(self) -> NewCase:
        """The request as typed; attachments are added when their files are read."""
        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        subject = PartyInput(
            name=self.subject_name.text().strip(), personal_code=text(self.subject_code),
            email=text(self.subject_email), phone=text(self.subject_phone),
            customer_no=text(self.subject_customer), address=self.subject_address.text().strip(),
        )
        representative = None
        if self.representative.isChecked():
            representative = PartyInput(
                name=self.rep_name.text().strip(), email=text(self.rep_email),
                phone=text(self.rep_phone), authority_proof=self.rep_proof.text().strip(),
            )
        return NewCase(
            channel=Channel(self.channel.currentData()),
            received_at=self.received_at(),
            subject=subject,
            rights=[r for r, check in self.rights.items() if check.isChecked()],
            request_text=self.request_text.toPlainText().strip(),
            receipt_proof=self.receipt_proof.text().strip(),
            representative=representative,
            language=self.language.currentData(),
        )

    def _register(self) -> None:
        self._touched.update(self.messages)
        if not self.validate():
            return
        self.ok_button.setEnabled(False)
        new = self.new_case()
        paths, id_document = self.attachments.paths(), self.attachments.id_document()
        cases, actor = self.context.services.cases, self.context.actor

        def job() -> CaseSummary:
            attachments = read_attachments(paths, id_document)
            return cases.create(actor, _with_attachments(new, attachments))

        run_task(self, job, self._created, title=self.tr("Registering the request…"),
                 on_error=self._refused)

    def _created(self, summary: CaseSummary) -> None:
        self.created = summary
        self.accept()

    # -- leaving without registering --------------------------------------------------------
    def reject(self) -> None:
        """Esc, Cancel and the window's close button: what was typed is not thrown away
        without asking."""
        if self.created is not None or not self._touched or self._discard_box is not None:
            if self._discard_box is None:
                super().reject()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard the request?"), self.tr(
            "The request you typed has not been registered. Discard what you typed?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirm_discard_request")
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Discard"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Keep editing"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self._discard_box = box

        def answered(_result: int) -> None:
            discard = box.clickedButton() is box.button(QMessageBox.StandardButton.Discard)
            self._discard_box = None
            box.deleteLater()
            if discard:
                super(NewRequestDialog, self).reject()

        box.finished.connect(answered)
        box.open()  # not exec(): the dialog keeps its event loop and tests can answer it

    def _refused(self, message: str) -> None:
        self.missing.setText(message)
        self.missing.setStyleSheet("color: #a01818;")
        self.ok_button.setEnabled(True)


class _FieldMessage(QLabel):
    """The message under a field: one line, always the same height whether shown or not, so
    the fields below never jump while the user types; a message longer than the field is cut
    with "…" and shown whole as the tooltip."""

    def __init__(self) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setMinimumHeight(self.fontMetrics().height())
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        self.setSizePolicy(policy)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        self.setToolTip(text)

    def paintEvent(self, _event) -> None:  # type: ignore[no-untyped-def]
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                              self.contentsRect().width())
        painter.drawText(self.contentsRect(), int(Qt.AlignmentFlag.AlignLeft
                                                  | Qt.AlignmentFlag.AlignVCenter), shown)


def _with_attachments(new: NewCase, attachments) -> NewCase:
    return replace(new, attachments=tuple(attachments))

