"""The drop folder when the case store is busy: the file waits and is imported later; it is
never filed as a failure for something that was not its fault."""

from __future__ import annotations

import logging
import sqlite3

import pytest
from sqlalchemy.engine import make_url

from smarttek_dsar.services.intake import drop_folder
from smarttek_dsar.storage import database
from smarttek_dsar.storage.database import sqlite_url
from tests.services.intake_files import mail, write
from tests.services.test_drop_folder import settled


@pytest.fixture
def db_url(tmp_path, monkeypatch) -> str:
    # Another desk holding the SQLite write lock is the realistic "busy" case; a short busy
    # timeout and short pauses let the test see it in well under a second.
    monkeypatch.setattr(database, "BUSY_TIMEOUT_SECONDS", 0.2)
    monkeypatch.setattr(drop_folder, "RETRY_PAUSES", (0.1, 0.2, 0.3))
    return sqlite_url(tmp_path / "cases.sqlite3")


class OtherDesk:
    """A second program writing to the same SQLite file: it holds the write lock."""

    def __init__(self, url: str) -> None:
        self.connection = sqlite3.connect(
            make_url(url).database, isolation_level=None, check_same_thread=False
        )
        self.connection.execute("BEGIN IMMEDIATE")

    def finish(self) -> None:
        self.connection.execute("ROLLBACK")
        self.connection.close()


class FinishWhenWaitedFor(logging.Handler):
    """The other desk commits while the drop folder pauses before its next attempt."""

    def __init__(self, other: OtherDesk) -> None:
        super().__init__(logging.INFO)
        self.other, self.waits = other, 0

    def emit(self, record: logging.LogRecord) -> None:
        if "busy or unreachable" in record.getMessage():
            self.waits += 1
            if self.waits == 1:
                self.other.finish()


def test_a_busy_store_is_waited_for_within_the_round(services, specialist, tmp_path, db_url,
                                                     monkeypatch):
    drop = tmp_path / "drop"
    drop.mkdir()
    settled(write(drop, "a.eml", mail()))
    handler = FinishWhenWaitedFor(OtherDesk(db_url))
    logger = logging.getLogger(drop_folder.__name__)
    monkeypatch.setattr(logger, "level", logging.INFO)
    logger.addHandler(handler)
    try:
        results = services.imports.watch_folder(specialist, drop, once=True)
    finally:
        logger.removeHandler(handler)
    assert handler.waits == 1  # the first attempt met the lock, the second got through
    assert [(r.path.name, r.status) for r in results] == [("a.eml", "created")]
    assert [p.name for p in (drop / "imported").iterdir()] == ["a.eml"]
    assert not (drop / "failed").exists()
    assert services.cases.count(specialist) == 1


def test_a_store_busy_all_round_leaves_the_file_for_a_later_round(
    services, specialist, tmp_path, db_url, monkeypatch
):
    monkeypatch.setattr(drop_folder, "LATER_ROUND_PAUSE", 0.0)
    drop = tmp_path / "drop"
    drop.mkdir()
    settled(write(drop, "a.eml", mail()))
    other = OtherDesk(db_url)
    try:
        first = services.imports.watch_folder(specialist, drop, once=True)
    finally:
        other.finish()
    assert [(r.path.name, r.status, r.retry_later) for r in first] == [("a.eml", "error", True)]
    assert "could not be written" in first[0].message
    assert (drop / "a.eml").exists()
    assert not (drop / "failed").exists()
    assert services.cases.count(specialist) == 0

    second = services.imports.watch_folder(specialist, drop, once=True)
    assert [(r.path.name, r.status) for r in second] == [("a.eml", "created")]
    assert not (drop / "a.eml").exists()
    assert not (drop / "failed").exists()
    assert services.cases.count(specialist) == 1


def test_a_bad_file_still_goes_to_failed(services, specialist, tmp_path):
    drop = tmp_path / "drop"
    drop.mkdir()
    settled(write(drop, "broken.json", b"{not json"))
    results = services.imports.watch_folder(specialist, drop, once=True)
    assert [(r.status, r.retry_later) for r in results] == [("error", False)]
    assert sorted(p.name for p in (drop / "failed").iterdir()) == [
        "broken.json", "broken.json.error.txt"]
