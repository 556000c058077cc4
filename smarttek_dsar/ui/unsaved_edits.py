"""Unsaved edits are never lost silently (issue 14): leaving an edited category or source,
the page, the form for the raw text, or the window asks "Save / Discard / Cancel".

`DraftViews` is the one draft behind the register's and the sources' pages: a form and the
raw TOML text for experts, two views of one dict. Switching tabs carries an edit across; where
it cannot (the text is not TOML, or not a shape the form shows), the question is asked instead
of throwing the edit away. `settle_then` asks only when something is unsaved."""

from __future__ import annotations

import copy
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSignalBlocker
from PySide6.QtWidgets import QLabel, QListWidget, QMessageBox, QPlainTextEdit, QTabWidget, QWidget

from smarttek_dsar.domain.errors import DomainError
from smarttek_dsar.domain.toml_reasons import toml_error_said
from smarttek_dsar.ui.plain_text import plain
from smarttek_dsar.ui.service_messages import message_text

CONTEXT = "UnsavedEdits"
BOX_NAME = "unsaved_edits"

# save(then): saves the draft and runs `then` only once it is saved (a refused save stays).
Save = Callable[[Callable[[], None]], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def settle_then(parent: QWidget, pending: bool, save: Save, discard: Callable[[], None],
                proceed: Callable[[], None],
                cancelled: Callable[[], None] | None = None) -> QMessageBox | None:
    """Run `proceed` at once when nothing is unsaved; otherwise ask. Save: saved, then on.
    Discard: the edit goes, then on. Cancel (or Escape): the edit stays and `cancelled` puts
    back whatever already showed the step (e.g. the language box's new choice).
    open(), not exec(): the window keeps its event loop and tests answer the real box."""
    if not pending:
        proceed()
        return None
    buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
               | QMessageBox.StandardButton.Cancel)
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Unsaved changes"),
                      _tr("You have changed this and not saved it. Save the changes, discard "
                          "them, or cancel and go on editing?"), buttons, parent)
    plain(box)
    box.setObjectName(BOX_NAME)
    box.button(QMessageBox.StandardButton.Save).setText(_tr("Save"))
    box.button(QMessageBox.StandardButton.Discard).setText(_tr("Discard"))
    box.button(QMessageBox.StandardButton.Cancel).setText(_tr("Cancel"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Enter never drops an edit
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)

    def answered(_result: int) -> None:
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is box.button(QMessageBox.StandardButton.Save):
            save(proceed)
        elif clicked is box.button(QMessageBox.StandardButton.Discard):
            discard()
            proceed()
        elif cancelled is not None:
            cancelled()

    box.finished.connect(answered)
    box.open()
    return box


def has_unsaved_edits(page: QWidget) -> bool:
    """Pages with a draft say so; every other page has nothing to lose."""
    check = getattr(page, "has_unsaved_edits", None)
    return bool(check()) if callable(check) else False


class DraftPage:
    """What the register and data-source pages share around their one draft: a page with
    `admin`, `views` (DraftViews), `save(then)` and `reload()`."""

    admin: bool
    views: DraftViews

    def has_unsaved_edits(self) -> bool:
        return self.admin and self.views.has_unsaved_edits()

    def settle(self, then: Callable[[], None],
               cancelled: Callable[[], None] | None = None) -> None:
        """Run `then` once nothing is unsaved: asks Save / Discard / Cancel when something is
        (`cancelled` runs on Cancel)."""
        settle_then(self, self.has_unsaved_edits(), self.save, self.reload, then, cancelled)


class ListGuard(QObject):
    """A list whose chosen entry is edited in the fields beside it: choosing another entry
    after editing this one asks first (Discard puts the entry back as it was shown). Without
    `save` (a page that cannot save) the list switches freely."""

    def __init__(self, listing: QListWidget, entries: Callable[[], list[dict[str, Any]]],
                 show: Callable[[int], None], title: Callable[[dict[str, Any]], str]) -> None:
        super().__init__(listing)
        self.listing, self.entries, self.show, self.title = listing, entries, show, title
        self.save: Save | None = None
        self._row, self._as_shown = -1, None
        listing.currentRowChanged.connect(self._chosen)

    def shown(self, row: int) -> None:
        """The fields now show entry `row` (-1: none): its edits are counted from here."""
        entries = self.entries()
        self._row = row if 0 <= row < len(entries) else -1
        self._as_shown = copy.deepcopy(entries[row]) if self._row >= 0 else None

    def edited(self) -> bool:
        entries = self.entries()
        return 0 <= self._row < len(entries) and entries[self._row] != self._as_shown

    def _chosen(self, row: int) -> None:
        if self.save is None or row == self._row or not self.edited():
            self.show(row)
            return
        with QSignalBlocker(self.listing):
            self.listing.setCurrentRow(self._row)
        settle_then(self.listing, True, self.save, self._put_back,
                    lambda: self.listing.setCurrentRow(row))

    def before_adding(self, add: Callable[[], None]) -> None:
        """A new entry is added only once the edited one is saved or discarded: after Cancel
        the list stays as it was (no empty entry left behind to be saved with the edit)."""
        if self.save is None or not self.edited():
            add()
            return
        settle_then(self.listing, True, self.save, self._put_back, add)

    def _put_back(self) -> None:
        self.entries()[self._row] = copy.deepcopy(self._as_shown)
        self.listing.item(self._row).setText(self.title(self._as_shown))
        self.show(self._row)


@dataclass(frozen=True)
class DraftWords:
    """What a page says when its raw text cannot become the form ({0}: the parser's words)."""

    not_toml: str
    not_a_form: str
    not_a_list: str


class DraftViews(QObject):
    """The form and the raw text of one page: which of them holds the latest edit, carrying it
    across on a tab switch, and whether anything differs from what was loaded."""

    def __init__(self, pages: QTabWidget, form: Any, editor: QPlainTextEdit, list_key: str,
                 dump: Callable[[dict[str, Any]], str], words: DraftWords, message: QLabel,
                 save: Save) -> None:
        super().__init__(pages)
        self.pages, self.form, self.editor = pages, form, editor
        self.list_key, self.dump, self.words = list_key, dump, words
        self.message, self.save = message, save
        self._loaded: dict[str, Any] = {}
        self._shown_text = ""
        self._form_dirty = self._text_dirty = False
        self._current = pages.currentIndex()
        form.changed.connect(self._form_edited)
        editor.textChanged.connect(self._text_edited)
        pages.currentChanged.connect(self._tab_changed)

    def loaded(self, text: str) -> None:
        """The form has just shown the saved draft and `text` is its raw text: nothing pending."""
        self._loaded = self.form.data()
        self._set_text(text)
        self._form_dirty = self._text_dirty = False

    def has_unsaved_edits(self) -> bool:
        return (self.form.data() != self._loaded
                or self.editor.toPlainText() != self._shown_text)

    def text_is_current(self) -> bool:
        """True when the raw text holds the latest edit (the draft is read from it)."""
        return self._text_dirty or self.pages.currentWidget() is self.editor

    def _set_text(self, text: str) -> None:
        with QSignalBlocker(self.editor):
            self.editor.setPlainText(text)
        self._shown_text = self.editor.toPlainText()

    def _form_edited(self) -> None:
        self._form_dirty = True

    def _text_edited(self) -> None:
        self._text_dirty = True

    def _tab_changed(self, index: int) -> None:
        left, self._current = self._current, index
        if self.pages.widget(index) is self.editor:
            self.text_from_form()
        elif self.pages.widget(index) is self.form and not self.form_from_text():
            # The text cannot be shown as a form: stay on it and ask what to do with it.
            self._show(left)
            settle_then(self.pages, True, self._save_then_show_form, self._discard_text,
                        lambda: self._show(index))

    def _show(self, index: int) -> None:
        with QSignalBlocker(self.pages):
            self.pages.setCurrentIndex(index)
        self._current = index

    def _save_then_show_form(self, then: Callable[[], None]) -> None:
        self.save(then)

    def _discard_text(self) -> None:
        """The raw text's edit goes: the text shows the form's draft again."""
        self._set_text(self.dump(self.form.data()))
        self._text_dirty = False

    def text_from_form(self) -> None:
        """The form's edits into the raw text (even while invalid: the expert may fix them)."""
        if self._form_dirty:
            self._set_text(self.dump(self.form.data()))
            self._form_dirty = False

    def form_from_text(self) -> bool:
        """The raw text's edits into the form; False (and why, on the page) when it cannot."""
        if not self._text_dirty:
            return True
        try:
            data = tomllib.loads(self.editor.toPlainText())
            entries = data.get(self.list_key, [])
            if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
                raise DomainError(self.words.not_a_list)
            self.form.load(data)
        except tomllib.TOMLDecodeError as error:
            self.message.setText(self.words.not_toml.format(message_text(toml_error_said(error))))
            return False
        except (DomainError, AttributeError, TypeError) as error:
            self.message.setText(self.words.not_a_form.format(error))
            return False
        self._text_dirty = False
        self._form_dirty = False
        return True
