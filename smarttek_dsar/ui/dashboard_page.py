"""The dashboard page: the deadline dashboard of issue 7 (smarttek_dsar.ui.dashboard) in the
window's navigation. The widget loads its figures when first shown and keeps them current."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.dashboard import DashboardWidget


class DashboardPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dashboard = DashboardWidget(context)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.dashboard)

    def activate(self) -> None:
        """Called when the page is shown; the widget itself loads on show when out of date."""

    def status_text(self) -> str:
        return self.dashboard.status.text()
