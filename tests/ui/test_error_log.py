"""A bug in a background job: the user gets a readable message saying where the log is, and the
log says where the program was without any personal data."""

from __future__ import annotations

from smarttek_dsar import error_log
from smarttek_dsar.ui.tasks import run_task, use_synchronous_tasks

NAME, CODE = "Jānis Bērziņš", "010190-10001"


def _lookup_subject() -> None:
    # A bug that carries personal data in its message, as a failing query's parameters would.
    raise KeyError(f"{NAME} {CODE}")


def test_an_unexpected_error_is_logged_without_personal_data(qtbot, monkeypatch, tmp_path):
    monkeypatch.setenv("SMARTTEK_DSAR_LOG_DIR", str(tmp_path / "logs"))
    messages: list[str] = []
    use_synchronous_tasks(False)  # on the real thread pool, as the window runs it
    try:
        run_task(None, _lookup_subject, lambda _r: None, on_error=messages.append)
        qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    finally:
        use_synchronous_tasks(True)
    log = tmp_path / "logs" / error_log.LOG_NAME
    assert messages[0].startswith("Unexpected error: KeyError")
    assert str(log) in messages[0]  # the user is told where the log is
    written = log.read_text(encoding="utf-8")
    assert "builtins.KeyError in _lookup_subject" in written
    assert "test_error_log.py" in written and "tasks.py" in written
    assert NAME not in written and CODE not in written and "Bērziņš" not in written


def test_the_log_rotates_instead_of_growing_without_end(monkeypatch, tmp_path):
    monkeypatch.setenv("SMARTTEK_DSAR_LOG_DIR", str(tmp_path))
    monkeypatch.setattr(error_log, "MAX_BYTES", 2_000)
    for handler in list(error_log._logger.handlers):  # the size limit is read when opened
        error_log._logger.removeHandler(handler)
        handler.close()
    for _ in range(60):
        try:
            _lookup_subject()
        except KeyError as exc:
            error_log.record_unexpected(exc, "a test")
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files[0] == error_log.LOG_NAME and len(files) == 1 + error_log.BACKUPS
    assert all(p.stat().st_size <= 2_000 + 400 for p in tmp_path.iterdir())


def test_the_latvian_window_says_it_in_latvian(qtbot, monkeypatch, tmp_path):
    from smarttek_dsar.ui import i18n

    monkeypatch.setenv("SMARTTEK_DSAR_LOG_DIR", str(tmp_path))
    messages: list[str] = []
    i18n.install("lv")
    run_task(None, _lookup_subject, lambda _r: None, on_error=messages.append)
    assert messages[0].startswith("Neparedzēta kļūda: KeyError")
    assert "bez personas datiem" in messages[0] and str(tmp_path) in messages[0]
