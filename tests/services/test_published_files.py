"""Every file that leaves the program follows one rule: staged privately, audited, then
published in one rename. Checked the way a DPO would: what is in the output folder, its
permissions, its hash read back, and what the audit trail says."""

from __future__ import annotations

import hashlib
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from smarttek_dsar.domain.progress import CallbackProgress, Cancelled
from smarttek_dsar.services.administration.dashboard_query import DashboardFilter
from tests.services.package_cases import collected_case

PASSWORD = "Ezera-iela-5-parole"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _events(services, admin, action: str) -> list:
    return [e for e in services.audit.recent(admin) if e.action == action]


def _refuse_audit_entries(services, action: str) -> None:
    """A trigger that makes the file's audit entry fail: on PostgreSQL at COMMIT (a deferred
    constraint trigger), on SQLite when the entry is written."""
    with services.db.engine.begin() as conn:
        if services.db.is_sqlite:
            conn.execute(text(f"CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_events "
                              f"WHEN NEW.action = '{action}' "
                              "BEGIN SELECT RAISE(ABORT, 'audit refused'); END"))
        else:
            conn.execute(text(f"CREATE FUNCTION refuse_audit() RETURNS trigger AS $$ BEGIN "
                              f"IF NEW.action = '{action}' THEN "
                              "RAISE EXCEPTION 'audit refused'; END IF; RETURN NEW; END $$ "
                              "LANGUAGE plpgsql"))
            conn.execute(text("CREATE CONSTRAINT TRIGGER refuse_audit AFTER INSERT ON "
                              "audit_events DEFERRABLE INITIALLY DEFERRED FOR EACH ROW "
                              "EXECUTE FUNCTION refuse_audit()"))


@pytest.fixture
def ilze(services, specialist, tmp_path):
    return collected_case(services, specialist, tmp_path)


def _writers(services, specialist, admin, number, out: Path) -> dict:
    return {
        "letter": lambda: services.letters.write_pdf(specialist, number, "acknowledgement",
                                                     out / "letter.pdf"),
        "dossier": lambda: services.dossier.write(specialist, number, out / "dossier.pdf"),
        "package": lambda: services.exports.write(specialist, number, out),
        "encrypted package": lambda: services.exports.write(specialist, number, out,
                                                            password=PASSWORD),
        "report": lambda: services.reports.write_dashboard(specialist, DashboardFilter(),
                                                           out / "dashboard.xlsx", fmt="xlsx"),
        "audit export": lambda: services.audit.export(admin, out / "audit.jsonl"),
        "backup": lambda: services.backup.backup(admin, out / "backup.bin"),
    }


WRITERS = ["letter", "dossier", "package", "encrypted package", "report", "audit export",
           "backup"]
ACTIONS = {"letter": "letter.written", "dossier": "dossier.written",
           "package": "package.exported", "encrypted package": "package.exported",
           "report": "report.created", "audit export": "audit.exported", "backup": "backup.made"}


@pytest.mark.parametrize("kind", WRITERS)
def test_a_failed_audit_commit_publishes_nothing(services, specialist, admin, ilze, tmp_path,
                                                 private_staging, kind):
    out = tmp_path / "out"
    out.mkdir()
    write = _writers(services, specialist, admin, ilze.number, out)[kind]
    _refuse_audit_entries(services, ACTIONS[kind])
    with pytest.raises(Exception, match="audit refused"):
        write()
    assert list(out.iterdir()) == []
    assert list(private_staging.iterdir()) == []
    with services.db.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER refuse_audit" if services.db.is_sqlite
                          else "DROP TRIGGER refuse_audit ON audit_events"))
    assert _events(services, admin, ACTIONS[kind]) == []
    assert services.audit.verify(admin).ok


@pytest.mark.parametrize("kind", WRITERS)
def test_published_files_are_private_and_audited(services, specialist, admin, ilze, tmp_path,
                                                 private_staging, kind):
    out = tmp_path / "out"
    out.mkdir()
    _writers(services, specialist, admin, ilze.number, out)[kind]()
    published = [p for p in out.rglob("*") if p.is_file()]
    assert published
    assert all(_mode(p) == 0o600 for p in published)
    assert not [p for p in out.rglob(".*")]  # no hidden temporary left
    assert list(private_staging.iterdir()) == []


def test_delivery_hashes_equal_the_files_read_back(services, specialist, admin, ilze, tmp_path):
    out = tmp_path / "out"
    letter = services.letters.write_pdf(specialist, ilze.number, "acknowledgement",
                                        out / "letter.pdf")
    assert letter.path == out / "letter.pdf" and letter.sha256 == _sha256(letter.path)
    dossier = services.dossier.write(specialist, ilze.number, out / "dossier.pdf")
    assert dossier.sha256 == _sha256(out / "dossier.pdf")
    package = services.exports.write(specialist, ilze.number, out)
    for item in package.files:
        assert item.path.parent == out / ilze.number
        assert item.sha256 == _sha256(item.path) and item.size == item.path.stat().st_size
    # The audit trail names the same hashes as the files on disk.
    assert _events(services, admin, "letter.written")[0].details["sha256"] == letter.sha256
    assert _events(services, admin, "dossier.written")[0].details["sha256"] == dossier.sha256
    recorded = _events(services, admin, "package.exported")[0].details["files"]
    assert sorted(recorded) == sorted([[f.path.name, _sha256(f.path), f.size]
                                       for f in package.files])
    from smarttek_dsar.services.response.delivered_files import delivered_files

    assert [(f.filename, f.sha256) for f in delivered_files([letter.path])] == [
        ("letter.pdf", _sha256(letter.path))]


def test_an_encrypted_export_never_puts_plaintext_in_the_output_folder(
        services, specialist, ilze, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    seen: list[list[str]] = []

    def look(done: int, total: int, message: str) -> None:
        seen.append(sorted(p.name for p in out.rglob("*")))

    result = services.exports.write(specialist, ilze.number, out, password=PASSWORD,
                                    progress=CallbackProgress(look))
    assert len(seen) > 3 and all(names == [] for names in seen)  # nothing while writing
    names = sorted(p.name for p in out.rglob("*"))
    assert names == sorted([ilze.number, f"{ilze.number}_package.7z",
                            f"{ilze.number}_manifest.json", "SHA256SUMS.txt"])
    for path in result.files:
        assert "Kalniņa".encode() not in path.path.read_bytes()


def test_progress_reaches_the_reporter_and_a_cancel_publishes_nothing(
        services, specialist, admin, ilze, tmp_path, private_staging):
    out = tmp_path / "out"
    reports: list[tuple[int, int, str]] = []

    def cancel_at_the_third(done: int, total: int, message: str) -> None:
        reports.append((done, total, message))
        if len(reports) == 3:
            progress.cancel()

    progress = CallbackProgress(cancel_at_the_third)
    with pytest.raises(Cancelled):
        services.exports.write(specialist, ilze.number, out, progress=progress)
    assert len(reports) == 3 and all(total > 0 for _, total, _ in reports)
    assert not out.exists() or list(out.iterdir()) == []
    assert list(private_staging.iterdir()) == []
    assert _events(services, admin, "package.exported") == []
    # Uncancelled, the same reporter protocol sees the job through to the end.
    finished: list[tuple[int, int, str]] = []
    services.exports.write(specialist, ilze.number, out,
                           progress=CallbackProgress(lambda *r: finished.append(r)))
    assert finished[-1][0] == finished[-1][1] and finished[-1][2] == "done"
    assert len(_events(services, admin, "package.exported")) == 1
