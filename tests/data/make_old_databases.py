"""How tests/data/dsar-0001.sqlite3 was made: a case store at migration 0001, with one case
registered through the services of that time. Kept so the file can be rebuilt and so a reader
knows what is in it; the tests use the committed file, never this script.

Run from the repository root at a commit whose newest migration is 0001:
    python tests/data/make_old_databases.py
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from smarttek_dsar.domain.clock import RIGA
from smarttek_dsar.domain.rights import Channel, Right
from smarttek_dsar.services import Services
from smarttek_dsar.services.cases import NewCase
from smarttek_dsar.services.views import PartyInput
from smarttek_dsar.storage.database import Database, sqlite_url

TARGET = Path(__file__).with_name("dsar-0001.sqlite3")


def main() -> None:
    TARGET.unlink(missing_ok=True)
    services = Services(Database(sqlite_url(TARGET)))
    services.users.create_first_admin("dpo", "old database password", "Dace Ozola")
    dpo = services.users.actor_for("dpo", reason="test fixture")
    services.cases.create(dpo, NewCase(
        channel=Channel.LETTER,
        received_at=datetime(2026, 9, 3, 10, 0, tzinfo=RIGA),
        subject=PartyInput(name="Ērika Šķēle", personal_code="010190-10001",
                           email="erika.skele@pasts.example"),
        rights=[Right.ACCESS, Right.ERASURE],
        request_text="Lūdzu dzēst manus datus.",
    ))
    services.db.dispose()


if __name__ == "__main__":
    main()
