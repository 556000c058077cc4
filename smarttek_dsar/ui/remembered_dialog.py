"""A dialog that comes back at the size and place the user last gave it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from smarttek_dsar.ui import preferences


class RememberedDialog(QDialog):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._geometry_name = name
        self._restored = False

    def showEvent(self, event) -> None:
        if not self._restored:
            self._restored = True
            saved = preferences.DIALOG_GEOMETRY.get(self._geometry_name)
            if not saved.isEmpty():
                self.restoreGeometry(saved)
        super().showEvent(event)

    def done(self, result: int) -> None:
        preferences.DIALOG_GEOMETRY.set(self.saveGeometry(), self._geometry_name)
        super().done(result)
