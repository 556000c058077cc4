"""Who may do what. The services check these; the window only mirrors them."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class Role(StrEnum):
    SPECIALIST = "specialist"  # works cases, sees the subject's personal data
    MANAGER = "manager"  # case metadata and deadlines only, never personal data or exports
    ADMIN = "admin"  # users, settings, audit verification, backups, retention purge


class Permission(StrEnum):
    VIEW_CASE_METADATA = "view_case_metadata"
    VIEW_PERSONAL_DATA = "view_personal_data"
    WORK_CASES = "work_cases"
    EXPORT = "export"
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"
    AUDIT = "audit"
    PURGE = "purge"
    BACKUP = "backup"


_GRANTS: dict[Role, frozenset[Permission]] = {
    Role.SPECIALIST: frozenset(
        {
            Permission.VIEW_CASE_METADATA,
            Permission.VIEW_PERSONAL_DATA,
            Permission.WORK_CASES,
            Permission.EXPORT,
        }
    ),
    Role.MANAGER: frozenset({Permission.VIEW_CASE_METADATA}),
    Role.ADMIN: frozenset(
        {
            Permission.VIEW_CASE_METADATA,
            Permission.MANAGE_USERS,
            Permission.MANAGE_SETTINGS,
            Permission.AUDIT,
            Permission.PURGE,
            Permission.BACKUP,
        }
    ),
}


def permissions_of(roles: Iterable[Role]) -> frozenset[Permission]:
    granted: set[Permission] = set()
    for role in roles:
        granted |= _GRANTS[role]
    return frozenset(granted)


def parse_roles(text: str) -> frozenset[Role]:
    """'specialist,admin' → roles; unknown names are refused with the valid ones listed."""
    roles = set()
    for part in (p.strip().lower() for p in text.split(",")):
        if not part:
            continue
        try:
            roles.add(Role(part))
        except ValueError:
            valid = ", ".join(r.value for r in Role)
            raise ValueError(f"Unknown role '{part}'. Valid roles: {valid}.") from None
    if not roles:
        raise ValueError("Give at least one role: specialist, manager or admin.")
    return frozenset(roles)
