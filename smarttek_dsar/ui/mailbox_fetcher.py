"""The window's fetch of the privacy mailbox: every N minutes (Settings; off by default) and on
demand, in the background, with progress and Cancel in the status bar and one line saying
what came in ("Mailbox: 2 new requests, 14:05").

The password is the keyring's; when none is kept, a fetch asked for by the user asks for it
once and keeps it in memory for this session only. A timed fetch never opens a dialog.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QProgressBar, QToolButton, QWidget

from smarttek_dsar.domain.clock import RIGA
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.services.mailbox.mailbox import FetchReport
from smarttek_dsar.ui.changes import Changes
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.plain_text import plain
from smarttek_dsar.ui.service_messages import message_text
from smarttek_dsar.ui.tasks import TaskHandle, run_task


class MailboxFetcher(QObject):
    finished = Signal(object)  # the FetchReport, or None when the fetch failed

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self._window = parent
        self._password: str | None = None
        self._handle: TaskHandle | None = None
        self._running = False
        self.label = plain(QLabel())
        self.label.setObjectName("mailbox_status")
        self.bar = QProgressBar()
        self.bar.setObjectName("mailbox_progress")
        self.bar.setMaximumWidth(120)
        self.bar.setTextVisible(False)
        self.cancel_button = QToolButton()
        self.cancel_button.setObjectName("mailbox_cancel")
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self._busy(False)
        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: self.fetch(interactive=False))
        self.allowed = context.can(Permission.WORK_CASES)
        self.label.setVisible(False)
        context.changed.connect(lambda changes: self.schedule() if changes.organisation
                                else None)

    def widgets(self) -> list[QWidget]:
        return [self.label, self.bar, self.cancel_button]

    @property
    def running(self) -> bool:
        return self._running

    def schedule(self) -> None:
        """Follow the interval in the settings (0 = only when asked)."""
        self.timer.stop()
        if not self.allowed:
            return
        settings = self.context.services.mailbox.settings()
        self.label.setVisible(settings.configured)
        if settings.configured and settings.interval_minutes > 0:
            self.timer.start(settings.interval_minutes * 60_000)

    def fetch(self, interactive: bool = True) -> None:
        if self.running or not self.allowed:
            return
        mailbox = self.context.services.mailbox
        settings = mailbox.settings()
        if not settings.configured:
            self._say(self.tr("Mailbox: not set up (Settings)."))
            return
        password = self._password
        if password is None and not mailbox.stored_password():
            if not interactive:
                self._say(self.tr("Mailbox: password needed; use Fetch mail now."))
                return
            password, ok = QInputDialog.getText(
                self._window, self.tr("Privacy mailbox"),
                self.tr("Password for {account}:").format(account=settings.account),
                QLineEdit.EchoMode.Password)
            if not ok or not password:
                return
        actor = self.context.actor

        def job(progress) -> FetchReport:  # type: ignore[no-untyped-def]
            return mailbox.fetch(actor, password=password, progress=progress)

        self._running = True
        self._busy(True)
        self.bar.setRange(0, 0)
        self._say(self.tr("Mailbox: fetching…"))
        handle = run_task(self, job, lambda report: self._done(report, password),
                          on_error=self._failed, on_cancel=self._cancelled)
        if self._running:  # still going (tests run jobs synchronously)
            self._handle = handle
            handle.signals.progress.connect(self._progress)

    def cancel(self) -> None:
        if self._running and self._handle is not None:
            self._handle.cancel()

    def _progress(self, done: int, total: int, _message: str) -> None:
        self.bar.setRange(0, max(total, 0))
        self.bar.setValue(min(done, total))

    def _done(self, report: FetchReport, password: str | None) -> None:
        self._handle, self._running = None, False
        self._password = password  # it worked: not asked again in this session
        self._busy(False)
        at = datetime.now(RIGA).strftime("%H:%M")
        new = report.new_requests
        text = (self.tr("Mailbox: 1 new request, {time}").format(time=at) if new == 1 else
                self.tr("Mailbox: {count} new requests, {time}").format(count=new, time=at))
        others = report.count("held") + report.count("error")
        if others:
            text += " " + self.tr("({count} to look at)").format(count=others)
        if report.stopped:  # cancelled or cut off: what came in is kept
            text += " " + self.tr("Stopped early; the rest comes with the next fetch.")
        self._say(text)
        self.label.setToolTip(message_text(report.said()))
        if report.messages:
            self.context.notify(Changes(case_list=True, dashboard=True, audit=True))
        self.finished.emit(report)

    def _failed(self, message: str) -> None:
        self._handle, self._running = None, False
        self._busy(False)
        self._say(self.tr("Mailbox: not fetched. {reason}").format(reason=message))
        self.finished.emit(None)

    def _cancelled(self) -> None:
        self._handle, self._running = None, False
        self._busy(False)
        self._say(self.tr("Mailbox: cancelled."))
        self.finished.emit(None)

    def _busy(self, busy: bool) -> None:
        self.bar.setVisible(busy)
        self.cancel_button.setVisible(busy)

    def _say(self, text: str) -> None:
        self.label.setVisible(True)
        self.label.setText(text)
