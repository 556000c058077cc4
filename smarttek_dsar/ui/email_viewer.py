"""A saved e-mail shown inside the app: who sent it, to whom, when it arrived (Riga time), the
subject, the text and its attachments. The text is always plain: HTML was turned into text by
the intake parser and is never rendered here, so a mail cannot run scripts or fetch images."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smarttek_dsar.services.intake.attachments import EmailView
from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.case_view.wording import format_size
from smarttek_dsar.ui.plain_text import plain, plain_tip
from smarttek_dsar.ui.remembered_dialog import RememberedDialog
from smarttek_dsar.ui.service_messages import message_text

_NAME = Qt.ItemDataRole.UserRole + 1
_TYPE = Qt.ItemDataRole.UserRole + 2


class EmailViewer(RememberedDialog):
    open_requested = Signal(str, str)  # attachment name, media type

    def __init__(self, view: EmailView, parent: QWidget | None = None) -> None:
        super().__init__("emailViewer", parent)
        self.setObjectName("emailViewer")
        self.view = view
        self.setWindowTitle(self.tr("E-mail: {0}").format(view.subject or view.filename))
        self.values: dict[str, QLabel] = {}
        sender = (f"{view.sender_name} <{view.sender_email}>" if view.sender_name
                  else view.sender_email)
        form = QFormLayout()
        for key, title, text in (
            ("from", self.tr("From"), sender),
            ("to", self.tr("To"), view.recipients or "—"),
            ("date", self.tr("Date"), self.tr("{0} (Riga time)").format(
                i18n.format_datetime(view.received_at))),
            ("subject", self.tr("Subject"), view.subject or "—"),
        ):
            value = plain(QLabel(text))
            value.setObjectName(f"email_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            form.addRow(title + ":", value)
        # QPlainTextEdit shows text only: nothing in a mail is ever rendered as HTML.
        self.body = QPlainTextEdit(view.body_text)
        self.body.setObjectName("email_body")
        self.body.setReadOnly(True)
        self.files = QListWidget()
        self.files.setObjectName("email_attachments")
        self.files.setMaximumHeight(110)
        for found in view.attachments:
            item = QListWidgetItem(f"{found.filename}  ({format_size(found.size)})")
            item.setData(_NAME, found.filename)
            item.setData(_TYPE, found.media_type)
            item.setToolTip(plain_tip(found.filename))
            self.files.addItem(item)
        self.open_button = QPushButton(self.tr("Open attachment"))
        self.open_button.setObjectName("email_open_attachment")
        self.open_button.setEnabled(False)
        self.files.itemSelectionChanged.connect(
            lambda: self.open_button.setEnabled(bool(self.files.selectedItems())))
        self.files.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.open_button.clicked.connect(self.open_selected)
        self.error = plain(QLabel())
        self.error.setObjectName("email_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a01818;")
        self.error.setVisible(False)
        notes = plain(QLabel("\n".join(message_text(w) for w in view.warnings)))
        notes.setWordWrap(True)
        notes.setStyleSheet("color: #8a5a00;")
        notes.setVisible(bool(view.warnings))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        files_row = QHBoxLayout()
        files_row.addWidget(self.files, 1)
        files_row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(notes)
        layout.addWidget(self.body, 1)
        attachments_title = QLabel(self.tr("Attachments ({0})").format(len(view.attachments)))
        layout.addWidget(attachments_title)
        layout.addLayout(files_row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumSize(560, 460)

    def open_selected(self) -> None:
        items = self.files.selectedItems()
        if items:
            self.error.setVisible(False)
            self.open_requested.emit(items[0].data(_NAME), items[0].data(_TYPE) or "")

    def show_error(self, message: str) -> None:
        if self.isVisible():
            self.error.setText(message)
            self.error.setVisible(True)

