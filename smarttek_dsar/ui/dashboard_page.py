"""The dashboard page. Issue 7 fills it with deadline and workload figures; until then it is
an empty page with a note, so the navigation and the shortcuts already have their place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from smarttek_dsar.ui.context import AppContext


class DashboardPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        note = QLabel(self.tr("Dashboard — see issue 7"))
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setStyleSheet("color: #777; font-size: 15px;")
        layout = QVBoxLayout(self)
        layout.addWidget(note)

    def activate(self) -> None:
        """Called when the page is shown; the real dashboard loads its figures here."""

    def status_text(self) -> str:
        return ""
