"""Letters: the wording of every letter, in Latvian and English. Everyone who works cases reads
the templates and previews them; the administrator (normally the DPO) edits and saves them, or
goes back to the shipped text. An edit may use only the placeholders its kind can fill."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.services.errors import ServiceError
from smarttek_dsar.services.letters.letter_templates import (
    LETTER_LANGUAGES,
    TEMPLATE_KINDS,
    TemplateInfo,
    placeholders,
)
from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.changes import Changes
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.letter_wording import kind_names, language_names
from smarttek_dsar.ui.placeholder_list import PlaceholderList, placeholder_panel
from smarttek_dsar.ui.plain_text import plain
from smarttek_dsar.ui.service_messages import error_text
from smarttek_dsar.ui.tasks import run_task
from smarttek_dsar.ui.template_table import TemplateTable

_IDENTIFIER = re.compile(r"[A-Za-z0-9_]")
_GOOD, _BAD, _QUIET, _EDITED, _UNSAVED = "#1d6b35", "#8b1a1a", "#666", "#1f5c99", "#a15c00"


class LettersPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.admin = context.can(Permission.MANAGE_SETTINGS)
        # A letter filled from a real case names the subject: only for those who work cases.
        self.case_preview = (context.can(Permission.WORK_CASES)
                             and context.can(Permission.VIEW_PERSONAL_DATA))
        self.infos: dict[tuple[str, str], TemplateInfo] = {}
        self.saved: dict[tuple[str, str], str] = {}  # the text in use, as last read
        self.drafts: dict[tuple[str, str], str] = {}  # unsaved edits kept while browsing
        self.kind = TEMPLATE_KINDS[0]
        self.language = "lv" if i18n.current_language() == "lv" else "en"
        self.last_preview: bytes | None = None
        self._showing = False  # the editor is being filled, not typed in
        self._build()
        self.reload()
        context.changed.connect(self._on_changed)

    # -- building -------------------------------------------------------------------------
    def _build(self) -> None:
        self.table = TemplateTable()
        self.table.cellClicked.connect(self._cell_clicked)
        self.table.currentCellChanged.connect(self._current_changed)

        self.heading = plain(QLabel())
        self.heading.setObjectName("letter_heading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.state = plain(QLabel())
        self.state.setObjectName("letter_state")
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading)
        heading_row.addSpacing(12)
        heading_row.addWidget(self.state)
        heading_row.addStretch(1)

        self.editor = QPlainTextEdit()
        self.editor.setObjectName("letter_editor")
        self.editor.setReadOnly(not self.admin)
        if not self.admin:
            self.editor.setStyleSheet("QPlainTextEdit { background: #f7f7f7; }")
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.editor.textChanged.connect(self._edited)

        self.placeholder_list = PlaceholderList(editable=self.admin)
        self.placeholder_list.itemClicked.connect(self.insert_placeholder)
        self.placeholder_list.itemActivated.connect(self.insert_placeholder)
        side = placeholder_panel(self.placeholder_list, editable=self.admin)
        text_split = QSplitter()
        text_split.addWidget(self.editor)
        text_split.addWidget(side)
        text_split.setStretchFactor(0, 1)
        text_split.setChildrenCollapsible(False)

        self.preview_tab = QWidget()
        self.preview_hint = QLabel(self.tr("Press Preview to see the letter on the letterhead, "
                                           "as the subject will read it."))
        self.preview_hint.setWordWrap(True)
        self.preview_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_hint.setStyleSheet(f"color: {_QUIET};")
        self.preview_layout = QVBoxLayout(self.preview_tab)
        self.preview_layout.setContentsMargins(0, 0, 0, 0)
        self.preview_layout.addWidget(self.preview_hint, 1)
        self.preview = None  # the PDF viewer is built on the first preview
        self.tabs = QTabWidget()
        self.tabs.setObjectName("letter_tabs")
        self.tabs.addTab(text_split, self.tr("Text", "tab"))
        self.tabs.addTab(self.preview_tab, self.tr("Preview", "tab"))

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("save_letter_button")
        self.save_button.clicked.connect(self.save)
        self.reset_button = QPushButton(self.tr("Reset to the shipped text"))
        self.reset_button.setObjectName("reset_letter_button")
        self.reset_button.clicked.connect(self.reset)
        self.case_number = QLineEdit()
        self.case_number.setObjectName("preview_case")
        self.case_number.setPlaceholderText(self.tr("sample values"))
        self.case_number.setClearButtonEnabled(True)
        self.case_number.setMaximumWidth(190)
        self.case_number.returnPressed.connect(self.preview_letter)
        self.case_label = QLabel(self.tr("Case:"))
        self.case_label.setBuddy(self.case_number)
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setObjectName("preview_letter_button")
        self.preview_button.clicked.connect(self.preview_letter)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        if self.case_preview:
            buttons.addWidget(self.case_label)
            buttons.addWidget(self.case_number)
        else:
            self.case_label.hide()
            self.case_number.hide()
        buttons.addWidget(self.preview_button)
        for button in (self.save_button, self.reset_button):
            button.setVisible(self.admin)

        self.message = plain(QLabel())
        self.message.setObjectName("letters_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(heading_row)
        right_layout.addWidget(self.tabs, 1)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.message)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([340, 900])
        split.setChildrenCollapsible(False)
        self.table.setMinimumWidth(280)

        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "The wording of every letter the desk writes, in Latvian and English. An edited "
            "text is used for every later letter of its kind instead of the shipped one."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.read_only_note = QLabel(self.tr(
            "Read only: the wording of the letters is the company's in every case, so only an "
            "administrator (normally the data protection officer) may change it. You can read "
            "every template and preview it."))
        self.read_only_note.setObjectName("letters_read_only")
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setStyleSheet(
            f"color: {_UNSAVED}; background: #fff6e5; border: 1px solid #f0d9a8; "
            "border-radius: 3px; padding: 4px 6px;")
        self.read_only_note.setVisible(not self.admin)
        layout.addWidget(self.read_only_note)
        layout.addWidget(split, 1)

    # -- loading --------------------------------------------------------------------------
    def reload(self) -> None:
        """Read which templates are edited and show the chosen one."""
        service, actor = self.context.services.letter_templates, self.context.actor
        try:
            self.infos = {(i.kind, i.language): i for i in service.list(actor)}
        except ServiceError as error:
            self._refuse(error_text(error))
            return
        for row in range(self.table.rowCount()):
            self._paint_row(row)
        self.choose(self.kind, self.language)

    def _on_changed(self, changes: Changes) -> None:
        # Organisation settings changed in this window (or F5): read the templates again;
        # unsaved edits stay as drafts.
        if changes.organisation and self.isVisible():
            self.activate()

    def activate(self) -> None:
        """Shown again: an edit made elsewhere (the command line) shows up."""
        self._keep_draft()
        self.saved = {key: text for key, text in self.saved.items() if key in self.drafts}
        self.reload()

    def choose(self, kind: str, language: str) -> None:
        row = TEMPLATE_KINDS.index(kind)
        column = 1 + LETTER_LANGUAGES.index(language)
        if (self.table.currentRow(), self.table.currentColumn()) != (row, column):
            self.table.setCurrentCell(row, column)  # shows it through _current_changed
        else:
            self._show(kind, language)

    def _cell_clicked(self, row: int, column: int) -> None:
        if column == 0:  # the letter's name: the same language as now
            self.table.setCurrentCell(row, 1 + LETTER_LANGUAGES.index(self.language))

    def _current_changed(self, row: int, column: int, _old_row: int, _old_column: int) -> None:
        if row < 0 or column < 1:
            return
        self._show(TEMPLATE_KINDS[row], LETTER_LANGUAGES[column - 1])

    def _show(self, kind: str, language: str) -> None:
        key = (kind, language)
        if (kind, language) != (self.kind, self.language):
            self._keep_draft()
            self._clear_preview()
            self.message.clear()
        self.kind, self.language = kind, language
        if key not in self.saved:
            try:
                self.saved[key] = self.context.services.letter_templates.read(
                    self.context.actor, kind, language)
            except ServiceError as error:
                self._refuse(error_text(error))
                return
        self._showing = True
        text = self.drafts.get(key, self.saved[key])
        if self.editor.toPlainText() != text:
            self.editor.setPlainText(text)
        self._showing = False
        self._fill_placeholders()
        self._update_state()
        has_case = kind != "package_cover"
        self.case_number.setEnabled(has_case)
        self.case_number.setToolTip(
            self.tr("Leave empty for sample values, or type a case number to fill the letter "
                    "from that case.") if has_case
            else self.tr("The cover letter is printed inside the data package; it is previewed "
                         "with sample values."))

    def _fill_placeholders(self) -> None:
        self.placeholder_list.clear()
        try:
            shipped = self.context.services.letter_templates.shipped(
                self.context.actor, self.kind, self.language)
        except (OSError, ServiceError) as error:
            self._refuse(error_text(error))
            return
        self.placeholder_list.show_names(placeholders(shipped))

    # -- state ----------------------------------------------------------------------------
    def _dirty(self) -> bool:
        saved = self.saved.get((self.kind, self.language))
        return saved is not None and self.editor.toPlainText().rstrip() != saved.rstrip()

    def _edited(self) -> None:
        if self._showing:
            return
        self._update_state()

    def _keep_draft(self) -> None:
        key = (self.kind, self.language)
        if self._dirty():
            self.drafts[key] = self.editor.toPlainText()
        else:
            self.drafts.pop(key, None)
        self._paint_row(TEMPLATE_KINDS.index(self.kind))

    def _update_state(self) -> None:
        key = (self.kind, self.language)
        info = self.infos.get(key)
        names = kind_names()
        self.heading.setText(f"{names[self.kind]} — {language_names()[self.language]}")
        dirty = self._dirty()
        if dirty:
            text, colour = self.tr("Unsaved changes"), _UNSAVED
        elif info is not None and info.edited:
            text, colour = self.tr("✎ Edited by the DPO — used instead of the shipped text"), \
                _EDITED
        else:
            text, colour = self.tr("Shipped text"), _QUIET
        self.state.setText(text)
        self.state.setStyleSheet(f"color: {colour};")
        self.state.setToolTip(info.origin if info else "")
        if dirty:
            self.drafts[key] = self.editor.toPlainText()
        else:
            self.drafts.pop(key, None)
        self.save_button.setEnabled(self.admin and dirty)
        self.reset_button.setEnabled(self.admin and (dirty or bool(info and info.edited)))
        self._paint_row(TEMPLATE_KINDS.index(self.kind))

    def _paint_row(self, row: int) -> None:
        self.table.paint_row(row, self.infos, self.drafts)

    def is_edited(self, kind: str, language: str) -> bool:
        info = self.infos.get((kind, language))
        return bool(info and info.edited)

    # -- editing --------------------------------------------------------------------------
    def insert_placeholder(self, item: QListWidgetItem) -> None:
        if not self.admin or item is None:
            return
        name = item.data(Qt.ItemDataRole.UserRole)
        cursor = self.editor.textCursor()
        following = self.editor.document().characterAt(cursor.selectionEnd())
        # "$name" followed by a letter would read as a longer name: brace it.
        text = f"${{{name}}}" if following and _IDENTIFIER.match(following) else f"${name}"
        cursor.insertText(text)
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()

    def save(self) -> None:
        if not self.admin:
            return
        services, actor = self.context.services, self.context.actor
        kind, language, text = self.kind, self.language, self.editor.toPlainText()

        def saved(info: TemplateInfo) -> None:
            key = (kind, language)
            self.infos[key] = info
            self.saved[key] = services.letter_templates.read(actor, kind, language)
            self.drafts.pop(key, None)
            self._after_change(kind, language)
            self._say(self.tr("Saved. Every later letter of this kind in this language uses "
                              "your wording."))
            self.context.notify(Changes.of_organisation())

        def refused(message: str) -> None:
            self._update_state()  # the text is still unsaved: Save again after fixing it
            self._refuse(self.tr("Not saved: {0}").format(message))
            self._select_unknown_placeholder()

        self.save_button.setEnabled(False)
        run_task(self, lambda: services.letter_templates.save(actor, kind, language, text),
                 saved, on_error=refused)

    def reset(self) -> None:
        if not self.admin:
            return
        key = (self.kind, self.language)
        info = self.infos.get(key)
        name = kind_names()[self.kind]
        if not (info and info.edited):
            if self._dirty() and self._confirm(self.tr(
                    "Discard your unsaved changes to “{0}”?").format(name)):
                self.drafts.pop(key, None)
                self._show(self.kind, self.language)
                self._say(self.tr("Your changes were discarded."))
            return
        if not self._confirm(self.tr(
                "Go back to the shipped text of “{0}” ({1})? The edited wording is deleted; "
                "letters written from now on use the shipped text.").format(
                    name, language_names()[self.language])):
            return
        services, actor = self.context.services, self.context.actor
        kind, language = self.kind, self.language

        def done(new_info: TemplateInfo) -> None:
            self.infos[(kind, language)] = new_info
            self.saved[(kind, language)] = services.letter_templates.read(actor, kind, language)
            self.drafts.pop((kind, language), None)
            self._after_change(kind, language)
            self._say(self.tr("The shipped text is in use again."))
            self.context.notify(Changes.of_organisation())

        run_task(self, lambda: services.letter_templates.reset(actor, kind, language), done,
                 on_error=self._refuse)

    def _after_change(self, kind: str, language: str) -> None:
        self._paint_row(TEMPLATE_KINDS.index(kind))
        if (kind, language) == (self.kind, self.language):
            self._show(kind, language)

    def _confirm(self, question: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Please confirm"), question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        plain(box)  # the text may quote what people typed (names, file names)
        box.setObjectName("confirm_letter_reset")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _select_unknown_placeholder(self) -> None:
        """Point at the first placeholder the service refused, so it is found at once."""
        allowed = self.placeholder_list.names()
        try:
            used = placeholders(self.editor.toPlainText())
        except ServiceError:
            return
        unknown = next((name for name in used if name not in allowed), None)
        if unknown is None:
            return
        for form in (f"${{{unknown}}}", f"${unknown}"):
            found = self.editor.document().find(form, 0, QTextDocument.FindFlag.FindCaseSensitively)
            if not found.isNull():
                self.editor.setTextCursor(found)
                self.editor.setFocus()
                return

    # -- preview --------------------------------------------------------------------------
    def preview_letter(self) -> None:
        services, actor = self.context.services, self.context.actor
        kind, language, text = self.kind, self.language, self.editor.toPlainText()
        number = self.case_number.text().strip() if (
            self.case_preview and self.case_number.isEnabled()) else ""

        def job() -> bytes:
            from smarttek_dsar.services.letters.letter_preview import preview_pdf

            return preview_pdf(services.db, services.register, actor, kind, language, text,
                               number=number or None)

        def shown(data: bytes) -> None:
            self.preview_button.setEnabled(True)
            self.last_preview = data
            viewer = self._viewer()
            viewer.show_bytes(data, f"{number or 'sample'}_{kind}_{language}.pdf")
            self.tabs.setCurrentWidget(self.preview_tab)
            if number:
                self._say(self.tr("Preview for case {0}; it is in the case's audit trail. "
                                  "Nothing was saved or sent.").format(number))
                # Only the case's audit trail grew: its timeline and the audit page.
                self.context.notify(Changes(case_number=number, case=True, audit=True))
            else:
                self._say(self.tr("Preview with sample values. Nothing was saved or sent."))

        def failed(message: str) -> None:
            self.preview_button.setEnabled(True)
            self._refuse(self.tr("No preview: {0}").format(message))
            self._select_unknown_placeholder()

        self.preview_button.setEnabled(False)
        run_task(self, job, shown, title=self.tr("Preparing the preview…"), on_error=failed)

    def _viewer(self):  # type: ignore[no-untyped-def]
        if self.preview is None:
            from smarttek_dsar.ui.pdf_preview import PdfPreview  # QtPdf loads on first use

            self.preview = PdfPreview()
            self.preview.setObjectName("letter_preview")
            self.preview_hint.hide()
            self.preview_layout.addWidget(self.preview, 1)
        return self.preview

    def _clear_preview(self) -> None:
        self.last_preview = None
        if self.preview is not None:
            self.preview.clear()
        self.tabs.setCurrentIndex(0)

    # -- messages -------------------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.message.setStyleSheet(f"color: {_GOOD};")
        self.message.setText(text)

    def _refuse(self, text: str) -> None:
        self.message.setStyleSheet(f"color: {_BAD}; font-weight: bold; background: #fbeeee; "
                                   "border: 1px solid #e9c2c2; border-radius: 3px; "
                                   "padding: 4px 6px;")
        self.message.setText(text)

