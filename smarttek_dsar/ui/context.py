"""What every view of the window shares: the services, the signed-in user, the case
operations, and one typed 'what changed' signal that every view listens to after any change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.services import Services
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.ui.changes import Changes
from smarttek_dsar.ui.service_messages import message_text

if TYPE_CHECKING:
    from smarttek_dsar.ui.case_operations import CaseOperations


class AppContext(QObject):
    # Emitted after any change made in this window, with what it touched (a Changes).
    changed = Signal(object)
    # Emitted when a view asks for a case to be opened (number).
    open_case_requested = Signal(str)

    def __init__(self, services: Services, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self._case_operations: CaseOperations | None = None

    def notify(self, changes: Changes) -> None:
        self.changed.emit(changes)

    @property
    def case_operations(self) -> CaseOperations:
        """Every case operation as one QAction, shared by the Case menu, the shortcuts and the
        buttons of whichever case view is current."""
        if self._case_operations is None:
            from smarttek_dsar.ui.case_operations import CaseOperations

            self._case_operations = CaseOperations(self)
        return self._case_operations

    @property
    def database_description(self) -> str:
        return message_text(self.services.db.description())

    def can(self, permission: Permission) -> bool:
        return self.actor.can(permission)

    @property
    def sees_personal_data(self) -> bool:
        return self.actor.can(Permission.VIEW_PERSONAL_DATA)
