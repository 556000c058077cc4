"""A cached 100,000-case demo store for the benchmarks (built once, reused across runs)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from smarttek_dsar.demo.cases import generate_demo  # noqa: E402
from smarttek_dsar.demo.people import generate_people  # noqa: E402
from smarttek_dsar.domain.roles import Role  # noqa: E402
from smarttek_dsar.services import Services  # noqa: E402
from smarttek_dsar.storage.database import Database, sqlite_url  # noqa: E402
from smarttek_dsar.storage.migrate import head_revision, is_current  # noqa: E402

PASSWORD = "benchmark-password"


def demo_services(cases: int = 100_000, folder: Path = Path("/tmp/smarttek-bench")) -> Services:
    path = folder / f"cases-{cases}.sqlite3"
    fresh = not path.exists()
    folder.mkdir(parents=True, exist_ok=True)
    db = Database(sqlite_url(path), migrate=False)
    # A store cached by an older version migrates on open, backfills included: say how long.
    migrating = not fresh and not is_current(db.engine)
    started = time.perf_counter()
    db.migrate()
    if migrating:
        print(f"(migrated {path} to revision {head_revision()} in "
              f"{time.perf_counter() - started:.1f} s)")
    services = Services(db)
    if fresh:
        started = time.perf_counter()
        services.users.create_first_admin("dpo", PASSWORD, "Dace Ozola")
        admin = services.users.actor_for("dpo", reason="benchmark")
        services.users.add(admin, "manager", PASSWORD, frozenset({Role.MANAGER}))
        generate_demo(services.db, cases, people=generate_people(50_000))
        print(f"(built a {cases}-case store in {time.perf_counter() - started:.1f} s: {path})")
    return services
