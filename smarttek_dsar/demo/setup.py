"""One call that turns an empty database into the demo: users, cases, and the synthetic
'Smarttek systems' database the data-sources part searches."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from smarttek_dsar.demo.cases import generate_demo
from smarttek_dsar.demo.people import generate_people
from smarttek_dsar.domain.roles import Role
from smarttek_dsar.paths import demo_systems_path, demo_systems_path_beside
from smarttek_dsar.services import Services
from smarttek_dsar.services.actor import SYSTEM
from smarttek_dsar.services.errors import ServiceError
from smarttek_dsar.storage.database import sqlite_url
from smarttek_dsar.storage.models import Case, Setting, User

DEMO_PASSWORD = "demo-password"
# Written by the demo set-up into the database it creates: only such a database takes demo
# cases and the demo users with their public password.
DEMO_MARK = "demo"
DEMO_USERS = (
    ("dpo", "Dace Ozola", frozenset({Role.SPECIALIST, Role.ADMIN})),
    ("janis", "Jānis Bērziņš", frozenset({Role.SPECIALIST})),
    ("manager", "Māris Kalniņš", frozenset({Role.MANAGER})),
)


@dataclass(frozen=True)
class DemoResult:
    cases: int
    users: tuple[tuple[str, str], ...]
    systems_url: str | None


def _claim_for_demo(services: Services) -> bool:
    """True if the database is new and is now marked as a demo, False if it is a demo
    already; refuses a database that holds real users or cases."""
    with services.db.unit_of_work() as session:
        if session.get(Setting, DEMO_MARK) is not None:
            return False
        users = session.scalar(select(func.count()).select_from(User))
        cases = session.scalar(select(func.count()).select_from(Case))
        if users or cases:
            raise ServiceError(
                "{database} was not created as a demo database (it has {users} "
                "{users:plural:user|users} and {cases} {cases:plural:case|cases}); the demo fills "
                "only a new database: give --db a new file, or open the window with --demo.",
                database=services.db.describe(), users=users, cases=cases)
        session.add(Setting(key=DEMO_MARK, value="1"))
        return True


def _create_users(services: Services) -> tuple[tuple[str, str], ...]:
    first, display, roles = DEMO_USERS[0]
    services.users.create_first_admin(first, DEMO_PASSWORD, display)
    admin = services.users.login(first, DEMO_PASSWORD)
    for name, display, roles in DEMO_USERS[1:]:
        services.users.add(admin, name, DEMO_PASSWORD, roles, display)
    return tuple((n, ",".join(sorted(r.value for r in roles))) for n, _d, roles in DEMO_USERS)


def fill_demo(
    services: Services, cases: int, *, seed: int = 2026,
    progress: Callable[[int, int], None] | None = None, systems_path: Path | None = None,
) -> DemoResult:
    users = _create_users(services) if _claim_for_demo(services) else ()
    people = generate_people(max(50, min(cases // 2 + 1, 50_000)), seed)
    try:
        generate_demo(services.db, cases, seed=seed, progress=progress, people=people)
    except ValueError as exc:
        raise ServiceError(str(exc)) from None
    systems_url = _build_systems(people, seed, systems_path or _systems_path_beside(services))
    with services.db.unit_of_work() as session:
        from smarttek_dsar.services import audit

        audit.record(session, SYSTEM, "demo.generated", details={"cases": cases, "seed": seed})
    return DemoResult(cases, users, systems_url)


def _systems_path_beside(services: Services) -> Path:
    """Keep the synthetic systems next to a demo file, so two demos never share one."""
    from sqlalchemy.engine import make_url

    url = make_url(services.db.url)
    if url.get_backend_name() == "sqlite" and url.database:
        return demo_systems_path_beside(Path(url.database))
    return demo_systems_path()


def _build_systems(people, seed: int, path: Path) -> str | None:
    from smarttek_dsar.demo.systems import build_systems_database

    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        path.unlink()
    url = sqlite_url(path)
    build_systems_database(url, people, seed=seed)
    from smarttek_dsar.demo.media import write_demo_media
    from smarttek_dsar.sources.config_file import demo_media_folder

    write_demo_media(url, demo_media_folder(path))
    return url
