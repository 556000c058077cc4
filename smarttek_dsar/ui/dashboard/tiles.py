"""The KPI tiles: one big number and what it counts, coloured where it calls for action."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

# Text colours shared with the deadline list's states (overdue red, due soon amber, paused blue).
ALERT = "#8b1a1a"
WARN = "#6b4a00"
CALM = "#24476b"
PLAIN = "#1f4e79"


class KpiTile(QFrame):
    def __init__(self, title: str, colour: str = PLAIN, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiTile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#kpiTile { background: #f7fafc; border: 1px solid #c9d6e3; border-radius: 4px; }"
        )
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.value = QLabel("…")
        self.value.setStyleSheet(f"color: {colour}; font-size: 22px; font-weight: 600;")
        self.title = QLabel(title)
        self.title.setWordWrap(True)
        self.title.setStyleSheet("color: #444; font-size: 11px;")
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        layout.addWidget(self.value)
        layout.addWidget(self.title)
        self.setMinimumHeight(72)

    def set_value(self, text: str, tooltip: str = "") -> None:
        self.value.setText(text)
        self.setToolTip(tooltip)
