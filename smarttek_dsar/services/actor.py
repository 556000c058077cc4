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
            raise PermissionDenied("{username} ({roles}) may not {what}.",
                                   username=self.username, roles=role_words(self.roles),
                                   what=Message(what))


def role_words(roles: frozenset[Role]) -> list[Message]:
    """The roles in a refusal, as words of the reader's language ("specialist, manager")."""
    return [Message(r.value) for r in sorted(roles, key=lambda r: r.value)] or [
        Message("no role")]


# The account used for work the system does by itself (migrations, scheduled purge).
SYSTEM = Actor(None, "system", "System", frozenset({Role.ADMIN}))
