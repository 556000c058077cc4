"""Labels and message boxes that show what people typed, exactly as typed.

Qt's default AutoText renders anything that looks like HTML: an e-mail display name such as
`<b>X</b><img src=...>` would turn into formatting and fetch images in the case header, a
message or a question. Every widget that shows user, subject or file text goes through here.
"""

from __future__ import annotations

import html
from typing import TypeVar

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

_Shown = TypeVar("_Shown", QLabel, QMessageBox)


def plain(widget: _Shown) -> _Shown:
    """`widget` showing its text literally (no HTML), for chaining: plain(QLabel())."""
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def show_message(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> None:
    """QMessageBox.warning/critical, but with the text shown literally."""
    box = plain(QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent))
    box.exec()


def plain_tip(text: str) -> str:
    """A tooltip that shows `text` literally: Qt renders a tooltip that looks like HTML as
    HTML, so such text is escaped (and its line breaks kept); other text is left as it is."""
    if not QtGui.Qt.mightBeRichText(text):
        return text
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"
