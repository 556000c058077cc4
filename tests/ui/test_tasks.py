"""run_task on the real thread pool: the window's Progress is the one progress protocol, so a
service takes it as `progress=` directly, and the user's Cancel stops the service with
domain.progress.Cancelled and leaves nothing published."""

from __future__ import annotations

import threading

import pytest
import time_machine
from sqlalchemy import func, select

from smarttek_dsar.domain.progress import ProgressReporter
from smarttek_dsar.storage.models import AuditEvent
from smarttek_dsar.ui.tasks import Progress, TaskHandle, run_task, use_synchronous_tasks
from tests.fixed_clock import NOW_UTC


@pytest.fixture(autouse=True)
def _real_pool():
    use_synchronous_tasks(False)
    yield
    use_synchronous_tasks(True)


@pytest.fixture(autouse=True)
def _fixed_day():
    with time_machine.travel(NOW_UTC, tick=True):
        yield


def _reports_made(services) -> int:
    with services.db.unit_of_work() as session:
        return session.scalar(select(func.count()).select_from(AuditEvent)
                              .where(AuditEvent.action == "report.created"))


class _Outcome:
    def __init__(self) -> None:
        self.done: list[object] = []
        self.errors: list[str] = []
        self.cancelled = 0

    @property
    def ended(self) -> bool:
        return bool(self.done or self.errors or self.cancelled)


def _run(fn, title: str | None = "Working") -> tuple[TaskHandle, _Outcome]:
    outcome = _Outcome()
    handle = run_task(None, fn, outcome.done.append, title=title,
                      on_error=outcome.errors.append,
                      on_cancel=lambda: setattr(outcome, "cancelled", outcome.cancelled + 1))
    return handle, outcome


def test_a_service_writes_its_report_through_the_windows_progress(qtbot, services, dpo,
                                                                  tmp_path):
    target = tmp_path / "dashboard.xlsx"

    def job(progress: Progress):
        assert isinstance(progress, ProgressReporter)
        return services.reports.write_dashboard(dpo, None, target, fmt="xlsx",
                                                progress=progress)

    _handle, outcome = _run(job)
    qtbot.waitUntil(lambda: outcome.ended, timeout=20_000)
    assert outcome.done == [target] and not outcome.errors and not outcome.cancelled
    assert target.read_bytes()[:2] == b"PK"
    assert _reports_made(services) == 1


def test_cancel_stops_the_service_and_publishes_nothing(qtbot, services, dpo, tmp_path):
    target = tmp_path / "dashboard.pdf"
    figures_read, go_on = threading.Event(), threading.Event()

    class UserWatching:
        """The real Progress, paused once the figures are read until the user has pressed
        Cancel: the timing of a slow report without a slow report."""

        def __init__(self, progress: Progress) -> None:
            self.progress = progress

        @property
        def cancelled(self) -> bool:
            return self.progress.cancelled

        def report(self, done: int, total: int, message: str = "") -> None:
            self.progress.report(done, total, message)
            if done == 1:  # the file is written next, in staging, then the cancel is seen
                figures_read.set()
                go_on.wait(10)

    def job(progress: Progress):
        return services.reports.write_dashboard(dpo, None, target, progress=UserWatching(progress))

    handle, outcome = _run(job)
    assert figures_read.wait(20)
    handle.cancel()  # what the progress dialog's Cancel button does
    go_on.set()
    qtbot.waitUntil(lambda: outcome.ended, timeout=20_000)
    assert outcome.cancelled == 1 and not outcome.done and not outcome.errors
    assert not target.exists() and list(tmp_path.glob("*dashboard*")) == []
    assert _reports_made(services) == 0


def test_a_job_polling_between_reports_stops_at_its_next_report(qtbot):
    reached = threading.Event()

    def job(progress: Progress) -> str:
        progress.report(0, 2, "first")
        reached.set()
        for _ in range(1000):  # polls between reports, as a long library call does
            if progress.cancelled:
                break
            threading.Event().wait(0.01)
        progress.report(1, 2, "second")  # raises domain.progress.Cancelled
        return "finished"

    handle, outcome = _run(job, title=None)
    assert reached.wait(10)
    handle.cancel()
    qtbot.waitUntil(lambda: outcome.ended, timeout=10_000)
    assert outcome.cancelled == 1 and outcome.done == []
