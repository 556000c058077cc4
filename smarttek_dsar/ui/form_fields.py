"""Pieces the register's and the sources' forms share (issue 14): a field with its message in
red underneath, a short multi-line text, and lines read from one."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLayout,
    QListView,
    QListWidget,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from smarttek_dsar.ui.plain_text import plain

ERROR_STYLE = "color: #b00020;"


def lines(text: str) -> list[str]:
    """One entry per non-empty line (purposes, interests)."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def short_text(widget: QPlainTextEdit) -> QPlainTextEdit:
    """A multi-line field three lines high; Tab moves on rather than typing a tab."""
    widget.setTabChangesFocus(True)
    widget.setFixedHeight(widget.fontMetrics().lineSpacing() * 3 + 12)
    return widget


def names_list(listing: QListWidget) -> QListWidget:
    """A list of names beside a form: what does not fit ends in "…" (its tooltip holds the
    whole text) instead of being cut off behind a sideways scroll bar."""
    listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    listing.setTextElideMode(Qt.TextElideMode.ElideRight)
    return listing


class _WrappedName(QStyledItemDelegate):
    """An item as high as its text wrapped to the list's width: Qt's list asks the delegate
    for a size with no width, and would give a wrapped name one line's height."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex):
        listing = self.parent()
        sized = QStyleOptionViewItem(option)
        sized.rect.setWidth(listing.viewport().width())
        return super().sizeHint(sized, index)


def wrapped_names(listing: QListWidget) -> QListWidget:
    """A list of names that wraps a long one onto more lines, each item growing to fit, so
    that every name reads whole without widening the list (issue 14: at 1280x800 the source's
    query titles, "Norēķini un maksājumi — Billing", ended in "…")."""
    names_list(listing)
    listing.setWordWrap(True)
    listing.setUniformItemSizes(False)
    listing.setResizeMode(QListView.ResizeMode.Adjust)  # wrap again when the list is resized
    listing.setItemDelegate(_WrappedName(listing))
    # A wrapped name's second line would run into the next name: rows in two shades.
    listing.setAlternatingRowColors(True)
    return listing


def fit_to_names(listing: QListWidget, names: Iterable[str], widest: int) -> None:
    """At least as wide as the longest of `names` in the list's font (Latvian names are
    longer than English ones), but no wider than `widest` pixels: the form beside it keeps
    room for its fields at 1280x800."""
    metrics = listing.fontMetrics()
    needed = max((metrics.horizontalAdvance(name) for name in names), default=0)
    chrome = 2 * listing.frameWidth() + listing.verticalScrollBar().sizeHint().width() + 16
    listing.setMinimumWidth(min(needed + chrome, widest))


def error_label(name: str) -> QLabel:
    """A field's message, in red (the parser's words in the window's language)."""
    label = plain(QLabel())
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    return label


def row_with_error(form: QFormLayout, label: str, field: QWidget | QLayout,
                   name: str) -> QLabel:
    """Adds the field with its message under it; the message keeps its room while empty, so
    typing does not shift the fields below (issue 14, "inline validation messages shift
    fields"). Returns the message label."""
    error = error_label(name)
    error.setMinimumHeight(error.fontMetrics().lineSpacing())
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(1)
    if isinstance(field, QWidget):
        column.addWidget(field)
    else:
        column.addLayout(field)
    column.addWidget(error)
    form.addRow(label, box)
    return error
