"""One case on screen: the header with the clock, a panel per stage, and the timeline. Loads
off the UI thread, reloads whenever the case changes, here or elsewhere in the window."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smarttek_dsar.domain.register import Register
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.domain.workflow import Stage
from smarttek_dsar.services.audit import EventView
from smarttek_dsar.services.review.review_plan import CaseSuggestions
from smarttek_dsar.services.views import CaseDetail
from smarttek_dsar.ui.case_view.actions import CaseActions
from smarttek_dsar.ui.case_view.duplicate_banner import DuplicateBanner
from smarttek_dsar.ui.case_view.fulfilment_panel import FulfilmentPanel
from smarttek_dsar.ui.case_view.header import CaseHeader
from smarttek_dsar.ui.case_view.identity_panel import IdentityPanel
from smarttek_dsar.ui.case_view.response_panel import ResponsePanel
from smarttek_dsar.ui.case_view.review_panel import ReviewPanel
from smarttek_dsar.ui.case_view.timeline_panel import TimelinePanel
from smarttek_dsar.ui.changes import Changes
from smarttek_dsar.ui.collected_data_panel import CollectedDataPanel
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.plain_text import plain
from smarttek_dsar.ui.tasks import run_task


@dataclass(frozen=True)
class _Loaded:
    detail: CaseDetail
    events: list[EventView]
    register: Register
    suggestions: CaseSuggestions | None = None  # None for a role that may not see them


class MessageBanner(QFrame):
    """A refusal stays on screen, in the service's words, until the user dismisses it or acts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.text_label = plain(QLabel())
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        dismiss = QToolButton()
        dismiss.setText("✕")
        dismiss.setAutoRaise(True)
        dismiss.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(dismiss, 0, Qt.AlignmentFlag.AlignTop)
        self.setVisible(False)

    @property
    def text(self) -> str:
        return self.text_label.text() if self.isVisible() else ""

    def show_error(self, message: str) -> None:
        self._show(message, "#fdecea", "#c62828")

    def show_info(self, message: str) -> None:
        self._show(message, "#e8f5e9", "#2e7d32")

    def _show(self, message: str, background: str, border: str) -> None:
        self.setStyleSheet(f"#banner {{ background: {background}; border: 1px solid {border};"
                           "border-radius: 4px; }")
        self.text_label.setText(message)
        self.setVisible(True)

    def clear(self) -> None:
        self.text_label.clear()
        self.setVisible(False)


class CaseView(QWidget):
    # The panel a stage is worked in; a closed case opens on its timeline.
    _PANEL_OF_STAGE = {
        Stage.INTAKE: "identity_panel", Stage.IDENTITY: "identity_panel",
        Stage.REVIEW: "review_panel", Stage.FULFILMENT: "fulfilment_panel",
        Stage.RESPONDED: "response_panel", Stage.CLOSED: "timeline_panel",
        Stage.REJECTED: "response_panel", Stage.WITHDRAWN: "timeline_panel",
    }
    # Where each operation is worked: the Case menu and the shortcuts show that panel first.
    _PANEL_OF_OPERATION = {
        "verify": "identity_panel", "pause": "identity_panel", "resume": "identity_panel",
        "correct_subject": "identity_panel",
        "collect": "data_panel", "review_data": "data_panel", "decide": "review_panel", "generate_tasks": "fulfilment_panel",
        "task": "fulfilment_panel", "complete_task": "fulfilment_panel",
        "deliver": "response_panel", "extend": "response_panel", "reject": "response_panel",
        "withdraw": "response_panel",
    }

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._number: str | None = None
        self._detail: CaseDetail | None = None
        self._register: Register | None = None
        self._shown_stage: Stage | None = None
        self._loading = False
        self._reload_again = False
        self.actions = CaseActions(context, self)
        self.actions.succeeded.connect(self._changed)
        self.actions.refused.connect(self._refused)
        self.actions.conflicted.connect(self._conflicted)
        self.actions.busy_changed.connect(self._busy)
        self.header = CaseHeader(self.actions)
        self.banner = MessageBanner()
        self.duplicate_banner = DuplicateBanner(self.actions)
        self.placeholder = QLabel(self.tr("Open a case from the list to see it here."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.identity_panel = IdentityPanel(self.actions)
        # The subject's data found in the company's systems (GDPR 15): collected, reviewed and
        # redacted here before the legal review decides on it.
        self.data_panel = CollectedDataPanel(context)
        self.data_panel.follows_changes = False
        self.review_panel = ReviewPanel(self.actions)
        self.fulfilment_panel = FulfilmentPanel(self.actions)
        self.response_panel = ResponsePanel(self.actions)
        self.timeline_panel = TimelinePanel()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.identity_panel, self.tr("Identity"))
        self.tabs.addTab(self.data_panel, self.tr("Subject's data"))
        self.tabs.addTab(self.review_panel, self.tr("Legal review"))
        self.tabs.addTab(self.fulfilment_panel, self.tr("Fulfilment"))
        self.tabs.addTab(self.response_panel, self.tr("Response"))
        self.tabs.addTab(self.timeline_panel, self.tr("Timeline"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.header)
        layout.addWidget(self.duplicate_banner)
        layout.addWidget(self.banner)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.tabs, 1)
        self.header.setVisible(False)
        self.tabs.setVisible(False)
        context.changed.connect(self._on_changed)

    @property
    def number(self) -> str | None:
        return self._number

    @property
    def busy(self) -> bool:
        return self.actions.busy

    def perform(self, key: str) -> None:
        """Operation `key` on this case, as its button does it (the registered action calls
        this; CaseOperations enabled it from the case's allowed actions)."""
        panel = self._PANEL_OF_OPERATION.get(key)
        if panel is not None and not (self._detail and self._detail.personal_data_hidden):
            self.tabs.setCurrentWidget(getattr(self, panel))
        handlers = {
            "advance": self.header.advance,
            "close": self.header.close_case,
            "acknowledge": self.header.open_acknowledgement,
            "assign": self.header.assignee.assign_to_me,
            "verify": self.identity_panel.record_check,
            "pause": self.identity_panel.request_information,
            "resume": self.identity_panel.information_received,
            "collect": self.data_panel.collect,
            "review_data": self.data_panel.mark_reviewed,
            "decide": self.review_panel.save,
            "generate_tasks": self.fulfilment_panel.generate_tasks,
            "task": self.fulfilment_panel.add_task,
            "complete_task": self.fulfilment_panel.complete_selected,
            "deliver": self.response_panel.delivery.record,
            "extend": self.response_panel.extend,
            "reject": self.response_panel.reject,
            "withdraw": self.response_panel.withdraw,
            "export": self.response_panel.open_package_dialog,
            "letter": self.response_panel.open_letter_dialog,
            "dossier": self.response_panel.open_dossier_dialog,
            "merge_duplicate": self.duplicate_banner.merge,
            "keep_apart": self.duplicate_banner.keep_apart,
            "correct_subject": self.identity_panel.correct_subject,
        }
        handlers[key]()

    @property
    def detail(self) -> CaseDetail | None:
        return self._detail

    def show_case(self, number: str) -> None:
        if number != self._number:
            self._shown_stage = None
            self.banner.clear()
        self._number = number
        self.reload()

    def reload(self) -> None:
        if self._number is None:
            return
        if self._loading:
            self._reload_again = True  # a change landed while loading: read once more after
            return
        self._loading = True
        services, actor, number = self._context.services, self._context.actor, self._number

        def load() -> _Loaded:
            detail = services.cases.detail(actor, number)
            events = services.audit.case_timeline(actor, detail.summary.id)
            # The DPO's current register, the one `review` on the command line uses: its
            # categories, its suggestions, and its version stamped on the decisions.
            # The suggestions from the case's collected data, as `review` makes them.
            suggestions = (services.review_plan.suggestions(actor, number)
                           if actor.can(Permission.VIEW_PERSONAL_DATA) else None)
            return _Loaded(detail, events, services.register.current(), suggestions)

        run_task(self, load, self._loaded, on_error=self._load_failed)

    def _loaded(self, loaded: _Loaded) -> None:
        self._loading = False
        if loaded.detail.summary.number != (self._number or "").strip().upper():
            return  # the user opened another case meanwhile
        if self._register is None or self._register.version != loaded.register.version:
            self._register = loaded.register
            self.review_panel.set_register(loaded.register)
            self.fulfilment_panel.set_register(loaded.register)
        self.review_panel.set_suggestions(loaded.suggestions)
        self._show(loaded.detail, loaded.events)
        if self._reload_again:
            self._reload_again = False
            self.reload()

    def _load_failed(self, message: str) -> None:
        self._loading = False
        self.banner.show_error(message)

    def _show(self, detail: CaseDetail, events: list[EventView]) -> None:
        self._detail = detail
        self._number = detail.summary.number
        self.actions.bind(detail)
        self.placeholder.setVisible(False)
        self.header.setVisible(True)
        self.tabs.setVisible(True)
        self.header.set_detail(detail)
        self.duplicate_banner.set_detail(detail)
        self.identity_panel.set_detail(detail)
        # After the case, not beside it: one read of this case at a time.
        self.data_panel.set_allowed(detail.allowed_actions)
        self.data_panel.show_case(detail.summary.number)
        self.review_panel.set_detail(detail)
        self.fulfilment_panel.set_detail(detail)
        self.response_panel.set_detail(detail)
        self.timeline_panel.set_events(
            events, personal_data_hidden=detail.personal_data_hidden
        )
        # A manager sees metadata, the deadline and the timeline, never the personal panels.
        hidden = detail.personal_data_hidden
        for panel in self._personal_panels():
            self.tabs.setTabEnabled(self.tabs.indexOf(panel), not hidden)
        stage = detail.summary.stage
        if hidden:
            self.tabs.setCurrentWidget(self.timeline_panel)
        elif stage != self._shown_stage:
            # Follow the case to the panel of its new stage, but never yank the user away
            # from a panel while the stage stays the same.
            self.tabs.setCurrentWidget(getattr(self, self._PANEL_OF_STAGE[stage]))
        self._shown_stage = stage
        operations = self._context.case_operations
        if operations.target is None or operations.target is self:
            operations.bind(self)

    def _personal_panels(self) -> tuple[QWidget, ...]:
        return (self.identity_panel, self.data_panel, self.review_panel, self.fulfilment_panel,
                self.response_panel)

    def _on_changed(self, changes: Changes) -> None:
        if changes.concerns_case(self._number):
            self.reload()

    def _changed(self, _number: str) -> None:
        # The runner tells every view (this one too) through AppContext.changed.
        self.banner.clear()

    def _refused(self, message: str) -> None:
        self.banner.show_error(message)

    def _conflicted(self, message: str) -> None:
        self.banner.show_error(message)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Case changed by someone else"),
                          self.tr("{message}\n\nThe case has been reloaded with the latest "
                                  "data; check it and repeat your change if it is still "
                                  "needed.").format(message=message),
                          QMessageBox.StandardButton.Ok, self)
        plain(box)  # the text may quote what people typed (names, file names)
        box.setObjectName("conflictBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): the reload below runs while the box is up
        self.reload()

    def _busy(self, busy: bool) -> None:
        self.tabs.setEnabled(not busy)
        self.header.setEnabled(not busy)
        self.duplicate_banner.setEnabled(not busy)
