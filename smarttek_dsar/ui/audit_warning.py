"""The warning the main window shows, from sign-in on, while the audit trail is known to be
damaged. Damage never stops work (issue 13): it is shown, and verify on the Audit log page
says what was found."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from smarttek_dsar.ui.context import AppContext


class AuditTrailWarning(QLabel):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audit_warning")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet("color: #8b1a1a; font-weight: bold;")
        self.context = context
        self.refresh()

    def refresh(self) -> None:
        try:
            first_bad = self.context.services.audit.trail_warning(self.context.actor)
        except Exception:  # a warning that cannot be computed must not stop the window
            first_bad = None
        if first_bad is None:
            self.setText("")
            self.hide()
            return
        self.setText(self.tr("⚠ The audit trail is damaged from event %1: an administrator "
                             "should verify it on the Audit log page.").replace("%1",
                                                                               str(first_bad)))
        self.show()
