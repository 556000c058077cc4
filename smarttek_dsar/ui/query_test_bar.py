"""The "Test" row under a data-source query (issue 14): with whom to test (a case's subject or a
sample identifier), the button, and the outcome in plain words.

The query runs in the background through SourcesService.test_query (sql_guard's check, a
read-only transaction, a time limit) with a progress dialog whose Cancel stops it; the window
stays free. Only the number of rows comes back, never a row."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from smarttek_dsar.domain.errors import DomainError
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.services.administration.query_test import QueryTest, SampleSubject
from smarttek_dsar.services.administration.sources_draft import SourcesConfig
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.plain_text import plain
from smarttek_dsar.ui.service_messages import message_text
from smarttek_dsar.ui.tasks import TaskHandle, run_task

# What the typed text is; "case" is a case number whose subject is searched for.
SUBJECT_KINDS = ("case", "personal_code", "email", "phone", "customer_no")


class QueryTestBar(QWidget):
    """`target()` gives (config with the source being edited, source name, query index)."""

    tested = Signal(object)  # QueryTest

    def __init__(self, context: AppContext,
                 target: Callable[[], tuple[SourcesConfig, str, int | None]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.target = context, target
        self.handle: TaskHandle | None = None
        self.kind = QComboBox()
        self.kind.setObjectName("test_subject_kind")
        for key, label in (("case", self.tr("Case number")),
                           ("personal_code", self.tr("Sample personal code")),
                           ("email", self.tr("Sample e-mail")),
                           ("phone", self.tr("Sample phone")),
                           ("customer_no", self.tr("Sample customer number"))):
            self.kind.addItem(label, key)
        if not context.can(Permission.WORK_CASES):  # a case's subject is case work
            self.kind.setCurrentIndex(self.kind.findData("personal_code"))
        self.subject = QLineEdit()
        self.subject.setMinimumWidth(100)  # the list of queries beside the bar needs the room
        self.subject.setObjectName("test_subject")
        self.subject.setPlaceholderText(self.tr("e.g. DSAR-2026-0001 or a sample identifier"))
        self.subject.returnPressed.connect(self.run)
        self.button = QPushButton(self.tr("Test"))
        self.button.setObjectName("test_query_button")
        self.button.setToolTip(self.tr("Run this query read-only for the subject and count "
                                       "the rows it finds"))
        self.button.clicked.connect(self.run)
        self.button.setEnabled(context.can(Permission.MANAGE_SETTINGS)
                               or context.can(Permission.WORK_CASES))
        self.outcome = plain(QLabel())  # the form puts it on the row under the bar
        self.outcome.setObjectName("test_query_outcome")
        self.outcome.setWordWrap(True)
        # Room for two lines: a wrapped label in a scrolled form is otherwise cut off.
        self.outcome.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.outcome.setMinimumHeight(self.outcome.fontMetrics().lineSpacing() * 2 + 4)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.kind)
        row.addWidget(self.subject, 1)
        row.addWidget(self.button)

    def run(self) -> None:
        text = self.subject.text().strip()
        if not text:
            self.outcome.setText(self.tr("Type a case number or a sample identifier first."))
            return
        try:
            config, name, index = self.target()
        except DomainError as error:  # the source being edited is not valid yet: say why
            self.outcome.setText(self.tr("✘ The source cannot be tested yet: {0}").format(error))
            return
        kind = self.kind.currentData()
        case = text if kind == "case" else None
        sample = None if case else SampleSubject(**{kind: text})
        services, actor = self.context.services, self.context.actor
        self.button.setEnabled(False)
        self.outcome.setText(self.tr("Testing…"))

        def job(progress):
            return services.sources.test_query(actor, name, index, config=config,
                                               case_number=case, sample=sample,
                                               progress=progress)

        self.handle = run_task(self, job, self._done, title=self.tr("Testing the query…"),
                               on_error=self._failed, on_cancel=self._cancelled)

    def _done(self, result: QueryTest) -> None:
        self.button.setEnabled(True)
        self.handle = None
        if result.ok:
            # "Rows found: N" reads right for every N in both languages (no plural forms).
            self.outcome.setText(self.tr("✔ The query ran in {0} ms. Rows found for this "
                                         "subject: {1}.").format(result.duration_ms, result.rows))
        else:
            self.outcome.setText(self.tr("✘ {0}").format(
                message_text(result.said or result.message)))
        self.tested.emit(result)

    def _failed(self, message: str) -> None:
        self.button.setEnabled(True)
        self.handle = None
        self.outcome.setText(self.tr("✘ {0}").format(message))

    def _cancelled(self) -> None:
        self.button.setEnabled(True)
        self.handle = None
        self.outcome.setText(self.tr("The test was cancelled."))
