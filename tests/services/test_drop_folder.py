"""The drop folder: new files are imported and filed away; half-written files wait."""

from __future__ import annotations

import os
import threading
import time

import pytest

from smarttek_dsar.services.errors import ServiceError
from tests.services.intake_files import mail, portal_file, write


def settled(path, seconds: float = 5.0):
    """Make a file look as if it was written `seconds` ago."""
    past = time.time() - seconds
    os.utime(path, (past, past))
    return path


def test_one_pass_imports_and_files_away(services, specialist, tmp_path):
    drop = tmp_path / "drop"
    drop.mkdir()
    settled(write(drop, "a.eml", mail()))
    settled(write(drop, "b.json", portal_file()))
    settled(write(drop, "broken.json", b"{not json"))
    settled(write(drop, "notes.txt", b"not for the desk"))
    settled(write(drop, "~$draft.msg", b"outlook lock file"))
    results = services.imports.watch_folder(specialist, drop, once=True)
    assert sorted((r.path.name, r.status) for r in results) == [
        ("a.eml", "created"), ("b.json", "created"), ("broken.json", "error")]
    assert sorted(p.name for p in (drop / "imported").iterdir()) == ["a.eml", "b.json"]
    assert sorted(p.name for p in (drop / "failed").iterdir()) == [
        "broken.json", "broken.json.error.txt"]
    reason = (drop / "failed" / "broken.json.error.txt").read_text("utf-8")
    assert "not valid JSON" in reason
    assert sorted(p.name for p in drop.iterdir() if p.is_file()) == ["notes.txt", "~$draft.msg"]
    assert services.cases.count(specialist) == 2


def test_a_file_still_being_written_waits(services, specialist, tmp_path):
    fresh = write(tmp_path, "new.eml", mail())
    assert services.imports.watch_folder(specialist, tmp_path, once=True) == []
    assert fresh.exists() and services.cases.count(specialist) == 0
    settled(fresh)
    (result,) = services.imports.watch_folder(specialist, tmp_path, once=True)
    assert result.status == "created" and not fresh.exists()


def test_the_same_file_dropped_again_is_filed_as_imported(services, specialist, tmp_path):
    data = mail()  # the same file: mail() draws new MIME boundaries each time
    settled(write(tmp_path, "a.eml", data))
    services.imports.watch_folder(specialist, tmp_path, once=True)
    settled(write(tmp_path, "a.eml", data))
    (result,) = services.imports.watch_folder(specialist, tmp_path, once=True)
    assert result.status == "duplicate"
    assert sorted(p.name for p in (tmp_path / "imported").iterdir()) == ["a (2).eml", "a.eml"]
    assert services.cases.count(specialist) == 1


def test_watching_imports_files_that_appear_and_stops_when_asked(services, specialist,
                                                                 tmp_path):
    stop = threading.Event()
    seen = []

    def on_result(result):
        seen.append(result)
        stop.set()

    watcher = threading.Thread(target=services.imports.watch_folder, args=(specialist, tmp_path),
                               kwargs={"interval": 0.05, "stop": stop, "on_result": on_result})
    watcher.start()
    growing = write(tmp_path, "a.eml", mail()[:100])  # a writer still at work
    time.sleep(0.3)
    assert seen == []
    growing.write_bytes(mail())
    settled(growing)
    watcher.join(timeout=30)
    assert not watcher.is_alive()
    assert [r.status for r in seen] == ["created"]
    assert (tmp_path / "imported" / "a.eml").exists()


def test_missing_folder_is_a_clear_error(services, specialist, tmp_path):
    with pytest.raises(ServiceError, match="does not exist"):
        services.imports.watch_folder(specialist, tmp_path / "nowhere", once=True)
