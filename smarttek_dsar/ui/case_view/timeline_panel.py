"""The case's audit trail as a reader sees it: when, who, what, and the details recorded."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from smarttek_dsar.domain import audit_words
from smarttek_dsar.services.audit import EventView
from smarttek_dsar.ui.audit_details import details_text
from smarttek_dsar.ui.case_view.tables import fill_rows, read_only_table
from smarttek_dsar.ui.case_view.wording import format_time


class TimelinePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = read_only_table(
            [self.tr("Time"), self.tr("User"), self.tr("Action"), self.tr("Details")]
        )
        # One line per event keeps the trail scannable; the full details are in the tooltip.
        self.table.setWordWrap(False)
        # Every opening of the case is audited (GDPR 5(2)); shown on demand, they would
        # otherwise bury the changes.
        self.show_views = QCheckBox(self.tr("Also show when the case and its data were opened"))
        self.show_views.toggled.connect(self._fill)
        self._events: list[EventView] = []
        self._hide_personal = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.show_views)
        layout.addWidget(self.table)

    def set_events(self, events: list[EventView], *, personal_data_hidden: bool = False) -> None:
        self._events = events
        self._hide_personal = personal_data_hidden
        self._fill()

    def _fill(self) -> None:
        shown = [e for e in self._events
                 if self.show_views.isChecked() or e.action not in _VIEWS]
        # Newest first: the latest change is what a reader looks for.
        fill_rows(self.table, [
            [format_time(e.at), e.username, self.action_name(e.action),
             self._details(e.details)]
            for e in reversed(shown)
        ])

    def action_name(self, action: str) -> str:
        return action_words(action)

    def _details(self, details: dict) -> str:
        return details_text(details, hide_personal=self._hide_personal)


# Openings of the case and of the subject's data: audited, shown only on demand.
_VIEWS = frozenset({"case.viewed", "snapshot.viewed", "attachment.opened"})


def action_words(action: str) -> str:
    """An audit action in words of the window's language (the case timeline and the audit
    log); an action without words yet is shown as recorded. The words are in
    domain/audit_words.py, shared with the case dossier (Qt context "TimelinePanel")."""
    return audit_words.action_words(action, QCoreApplication.translate)


def all_action_words() -> dict[str, str]:
    """Every audit action with words, in the window's language (the audit log's filter)."""
    return {action: audit_words.action_words(action, QCoreApplication.translate)
            for action in audit_words.ACTION_WORDS}
