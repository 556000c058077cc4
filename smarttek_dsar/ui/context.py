"""What every view of the window shares: the services, the signed-in user, and one
'data changed' signal that every view listens to after any change."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.services import Services
from smarttek_dsar.services.actor import Actor


class AppContext(QObject):
    # Emitted after any change made in this window; the argument is the case number or "".
    data_changed = Signal(str)
    # Emitted when a view asks for a case to be opened (number).
    open_case_requested = Signal(str)

    def __init__(self, services: Services, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor

    @property
    def database_description(self) -> str:
        return self.services.db.describe()

    def can(self, permission: Permission) -> bool:
        return self.actor.can(permission)

    @property
    def sees_personal_data(self) -> bool:
        return self.actor.can(Permission.VIEW_PERSONAL_DATA)
