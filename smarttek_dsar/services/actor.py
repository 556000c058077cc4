"""Who is calling a service, and the role check every service does first."""

from __future__ import annotations

from dataclasses import dataclass

from smarttek_dsar.domain.messages import Message
from smarttek_dsar.domain.roles import Permission, Role, permissions_of
from smarttek_dsar.services.errors import PermissionDenied


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    display_name: str
    roles: frozenset[Role]

    @property
    def permissions(self) -> frozenset[Permission]:
        return permissions_of(self.roles)

    def can(self, permission: Permission) -> bool:
        return permission in self.permissions

    def require(self, permission: Permission, what: str) -> None:
        if not self.can(permission):
            roles = ", ".join(sorted(r.value for r in self.roles)) or "no role"
            raise PermissionDenied("{username} ({roles}) may not {what}.",
                                   username=self.username, roles=roles, what=Message(what))


# The account used for work the system does by itself (migrations, scheduled purge).
SYSTEM = Actor(None, "system", "System", frozenset({Role.ADMIN}))
