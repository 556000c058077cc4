"""Asking before a step that cannot be undone (moving a case on, closing it, merging it)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from smarttek_dsar.ui.plain_text import plain


def confirm_then(parent: QWidget, name: str, title: str, question: str, yes_text: str | None,
                 then: Callable[[], None],
                 icon: QMessageBox.Icon = QMessageBox.Icon.Question) -> QMessageBox:
    """Ask; run `then` only on yes. No is the default, so Enter does not do it by accident.
    open(), not exec(): the window keeps its event loop and tests can answer the box.
    A step that loses data for good (purge, distrust) asks with the warning icon."""
    box = QMessageBox(icon, title, question,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    plain(box)  # the question may quote what people typed (names, file names)
    box.setObjectName(name)
    if yes_text:
        box.button(QMessageBox.StandardButton.Yes).setText(yes_text)
    box.setDefaultButton(QMessageBox.StandardButton.No)

    def answered(_result: int) -> None:
        confirmed = box.clickedButton() is box.button(QMessageBox.StandardButton.Yes)
        box.deleteLater()
        if confirmed:
            then()

    box.finished.connect(answered)
    box.open()
    return box
