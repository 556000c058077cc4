"""Every case operation is one registered action: the Case menu, its shortcut and the panel's
button are the same act, enabled from the case's allowed actions; the window's review, task
planning and delivery use the services the command line uses; one operation runs on the real
thread pool."""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import replace
from datetime import date

import pytest
import time_machine
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from smarttek_dsar.domain.identity import VerificationMethod
from smarttek_dsar.domain.rights import Channel, Outcome, Right
from smarttek_dsar.domain.workflow import Stage
from smarttek_dsar.services.response.delivered_files import delivered_file
from smarttek_dsar.services.response.delivery import DeliveredFile
from smarttek_dsar.services.review.decisions import DecisionInput
from smarttek_dsar.ui.case_view import CaseView
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.main_window import MainWindow
from smarttek_dsar.ui.tasks import use_synchronous_tasks
from tests.cli.cli_runner import Cli
from tests.fixed_clock import NOW_UTC
from tests.ui.case_view_fixtures import (  # noqa: F401 (fixtures)
    PASSWORD,
    confirm,
    open_message_box,
    open_services,
    register_case,
    settle,
    store_fixture,
    synchronous_tasks_fixture,
)
from tests.ui.test_case_view_walkthrough import click

# What the services list in allowed_actions; the others (documents, collect, generate_tasks)
# follow from these.
SERVICE_OPERATIONS = {"advance", "verify", "pause", "resume", "reject", "withdraw", "assign",
                      "extend", "decide", "task", "complete_task", "deliver", "close", "export",
                      "merge_duplicate", "keep_apart"}


@pytest.fixture(autouse=True)
def fixed_day(tmp_path, monkeypatch):
    # Wednesday 2 December 2026; the register and data sources are this test's own files.
    monkeypatch.setenv("SMARTTEK_DSAR_SOURCES", str(tmp_path / "sources.toml"))
    monkeypatch.setenv("SMARTTEK_DSAR_REGISTER", str(tmp_path / "register.toml"))
    monkeypatch.setenv("SMARTTEK_DSAR_LETTERS", str(tmp_path / "letters"))
    with time_machine.travel(NOW_UTC, tick=True):
        yield


@pytest.fixture
def window(qtbot, store, synchronous_tasks):
    services, dpo, _manager = store
    window = MainWindow(AppContext(services, dpo))
    qtbot.addWidget(window)
    window.resize(1360, 900)
    window.show()
    qtbot.waitExposed(window)
    settle()
    return window


def open_in(window: MainWindow, number: str) -> CaseView:
    view = window.tabs.open_case(number)
    settle()
    assert isinstance(view, CaseView) and view.detail is not None
    return view


def walk_to(services, dpo, number: str, stage: Stage) -> None:
    """Move a case along the main path with the services, as a colleague would."""
    steps = {
        Stage.IDENTITY: lambda: services.closing.advance(dpo, number),
        Stage.REVIEW: lambda: (
            services.identity.verify_identity(dpo, number, method=VerificationMethod.E_SIGNATURE,
                                              verified=True, notes="eParaksts derīgs"),
            services.closing.advance(dpo, number)),
        Stage.FULFILMENT: lambda: (services.review_plan.accept_suggestions(dpo, number),
                                   services.closing.advance(dpo, number)),
        Stage.RESPONDED: lambda: (
            [services.fulfilment.complete_task(dpo, number, t.id)
             for t in services.cases.detail(dpo, number).tasks if t.done_at is None],
            services.delivery.record_delivery(dpo, number, sent_on=date(2026, 12, 2),
                                              channel=Channel.EMAIL, format="PDF")),
        Stage.CLOSED: lambda: services.closing.close(dpo, number),
    }
    order = [Stage.IDENTITY, Stage.REVIEW, Stage.FULFILMENT, Stage.RESPONDED, Stage.CLOSED]
    current = services.cases.detail(dpo, number).summary.stage
    for step in order[order.index(current) + 1 if current in order else 0:]:
        steps[step]()
        if services.cases.detail(dpo, number).summary.stage is Stage.FULFILMENT \
                and step is Stage.RESPONDED:
            services.closing.advance(dpo, number)
        if step is stage:
            break
    assert services.cases.detail(dpo, number).summary.stage is stage


def enabled_operations(window: MainWindow) -> set[str]:
    operations = window.context.case_operations
    return {key for key in operations.keys() if operations[key].isEnabled()}


def test_no_two_actions_of_the_window_share_a_shortcut(window):
    seen: dict[str, str] = {}
    actions = list(window.menuBar().actions())
    shortcuts = []
    for menu_action in actions:
        for action in menu_action.menu().actions():
            shortcuts += [(s.toString(), action.text()) for s in action.shortcuts()]
    for action in window.context.case_operations:
        assert action in [a for m in actions for a in m.menu().actions()], action.text()
    for key, text in shortcuts:
        assert key not in seen, f"{key}: {seen.get(key)} and {text}"
        seen[key] = text
    # Every operation the services know is in the Case menu, most with a shortcut.
    assert SERVICE_OPERATIONS <= set(window.context.case_operations.keys())
    assert {"generate_tasks", "collect", "letter", "dossier", "acknowledge"} <= set(
        window.context.case_operations.keys())
    assert window.context.case_operations["advance"].shortcut() == QKeySequence("Ctrl+Shift+M")


def test_case_menu_follows_the_allowed_actions_in_every_stage(window, store):
    services, dpo, _manager = store
    number = register_case(services, dpo, days_ago=1)
    assert enabled_operations(window) == set()  # the lists are shown: no case to act on
    view = open_in(window, number)
    for stage in (Stage.INTAKE, Stage.IDENTITY, Stage.REVIEW, Stage.FULFILMENT, Stage.RESPONDED,
                  Stage.CLOSED):
        if stage is not Stage.INTAKE:
            walk_to(services, dpo, number, stage)
            view.reload()
            settle()
        allowed = services.cases.detail(dpo, number).allowed_actions
        assert view.detail.summary.stage is stage
        enabled = enabled_operations(window)
        assert enabled & SERVICE_OPERATIONS == allowed & SERVICE_OPERATIONS, stage
        # The buttons say the same as the menu.
        assert view.header.advance_button.isEnabled() == ("advance" in enabled)
        assert view.identity_panel.record_button.isEnabled() == ("verify" in enabled)
        assert view.review_panel.save_button.isEnabled() <= ("decide" in enabled)
        assert view.fulfilment_panel.generate_button.isEnabled() == ("generate_tasks" in enabled)
        assert view.response_panel.delivery.record_button.isEnabled() == ("deliver" in enabled)
    assert enabled_operations(window) == {"letter", "dossier", "acknowledge"}
    # Back on the lists, nothing in the Case menu acts on a case.
    window.tabs.show_home()
    assert enabled_operations(window) == set()


def test_menu_action_and_button_are_the_same_act(window, store, qtbot):
    services, dpo, _manager = store
    by_button = register_case(services, dpo, days_ago=1)
    by_menu = register_case(services, dpo, days_ago=1)
    for number in (by_button, by_menu):
        walk_to(services, dpo, number, Stage.IDENTITY)

    view = open_in(window, by_button)
    click(qtbot, view.header.advance_button)  # refused: identity not verified yet
    refusal = view.banner.text
    assert "identity check" in refusal
    view.identity_panel.method_buttons[VerificationMethod.E_SIGNATURE].click()
    click(qtbot, view.identity_panel.record_button)
    click(qtbot, view.header.advance_button)
    assert "A case does not move back" in confirm()  # asked only once nothing is missing

    other = open_in(window, by_menu)
    advance = window.context.case_operations["advance"]
    advance.trigger()
    assert other.banner.text == refusal  # the same refusal, in the same place
    other.identity_panel.method_buttons[VerificationMethod.E_SIGNATURE].click()
    window.tabs.show_home()
    window.tabs.setCurrentWidget(other)  # the menu acts on the case of the current tab
    window.context.case_operations["verify"].trigger()
    assert other.tabs.currentWidget() is other.identity_panel
    # The shortcut is the menu action: pressing it on the window acts on the current tab (the
    # window is active again after the question box it showed closed).
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, "M", Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    settle()
    confirm()

    def trail(number):
        return [(e.action, e.username) for e in services.audit.case_timeline(dpo, services.cases.detail(
            dpo, number).summary.id)]

    for number in (by_button, by_menu):
        detail = services.cases.detail(dpo, number)
        assert detail.summary.stage is Stage.REVIEW
        assert [c.result for c in detail.identity_checks] == ["verified"]
    assert trail(by_button)[-3:] == trail(by_menu)[-3:]
    # The view in the other tab was not touched by the menu.
    assert view.detail.summary.stage is Stage.REVIEW


def test_an_operation_on_the_real_thread_pool(window, store, qtbot):
    services, dpo, _manager = store
    number = register_case(services, dpo, days_ago=1)
    view = open_in(window, number)
    changes = []
    window.context.changed.connect(changes.append)
    use_synchronous_tasks(False)
    try:
        window.context.case_operations["advance"].trigger()
        open_message_box("confirm_stage_move").button(QMessageBox.StandardButton.Yes).click()
        # While the worker runs, no second operation can start.
        assert view.busy and not window.context.case_operations["advance"].isEnabled()
        qtbot.waitUntil(lambda: view.detail.summary.stage is Stage.IDENTITY, timeout=10_000)
    finally:
        use_synchronous_tasks(True)
    assert services.cases.detail(dpo, number).summary.stage is Stage.IDENTITY
    assert [(c.case_number, c.case, c.case_list, c.audit) for c in changes] == [
        (number, True, True, True)]
    assert view.header.stage_strip.chips[Stage.IDENTITY].styleSheet() != \
        view.header.stage_strip.chips[Stage.REVIEW].styleSheet()
    assert window.context.case_operations["verify"].isEnabled()


def test_review_uses_the_dpos_edited_register_and_stamps_its_version(window, store):
    services, dpo, _manager = store
    shipped = services.register.current()
    # The DPO marks a category as one that may hold other people's data (GDPR 15(4)).
    category = next(c for c in shipped.categories if not c.may_contain_others_data)
    edited = replace(shipped, categories=tuple(
        replace(c, may_contain_others_data=True) if c.id == category.id else c
        for c in shipped.categories))
    saved = services.register.save(dpo, edited, based_on=shipped.version)
    assert saved.version != shipped.version

    number = register_case(services, dpo, days_ago=1)
    walk_to(services, dpo, number, Stage.REVIEW)
    # Nothing collected here: the reviewer decided the category herself after a manual check.
    services.decisions.record_decisions(dpo, number, [DecisionInput(
        category.id, Right.ACCESS, Outcome.PARTIAL, "Art. 15(4)")])
    view = open_in(window, number)
    review = view.review_panel
    cell = review.cell(category.id, Right.ACCESS)
    assert (cell.suggestion.outcome, cell.suggestion.article) == (Outcome.PARTIAL, "Art. 15(4)")
    review.accept_suggestions()
    window.context.case_operations["decide"].trigger()
    detail = services.cases.detail(dpo, number)
    assert detail.register_version == saved.version
    decision = next(d for d in detail.decisions
                    if d.category_id == category.id and d.right == Right.ACCESS.value)
    assert decision.outcome == Outcome.PARTIAL.value


def test_tasks_generated_in_the_window_equal_those_of_the_command_line(window, store, tmp_path):
    services, dpo, _manager = store
    number = register_case(services, dpo, days_ago=1)
    walk_to(services, dpo, number, Stage.REVIEW)
    # Nothing collected here: the reviewer decided the marketing data herself.
    services.decisions.record_decisions(dpo, number, [
        DecisionInput("marketing_preferences", Right.ACCESS, Outcome.GRANT, "Art. 15"),
        DecisionInput("marketing_preferences", Right.ERASURE, Outcome.GRANT, ground="17(1)(b)")])
    services.review_plan.accept_suggestions(dpo, number)
    services.closing.advance(dpo, number)
    copy = tmp_path / "copy.sqlite3"
    services.db.dispose()  # the last connection closes: the write-ahead log is in the file
    shutil.copyfile(tmp_path / "dsar.sqlite3", copy)

    view = open_in(window, number)
    panel = view.fulfilment_panel
    assert panel.generate_button.isEnabled()
    panel.generate_button.click()
    settle()
    in_window = [(t.action, t.system, t.category_id, t.recipient, t.description)
                 for t in services.cases.detail(dpo, number).tasks]
    assert in_window and panel.table.rowCount() == len(in_window)
    assert str(len(in_window)) in panel.generated_label.text()

    cli = Cli(f"sqlite:///{copy}", tmp_path / "home")
    done = cli("review", number, "--tasks", user="dace", password=PASSWORD,
               extra_env={"SMARTTEK_DSAR_REGISTER": str(tmp_path / "register.toml")})
    assert done.code == 0, done.err
    other = open_services(copy)
    try:
        on_cli = [(t.action, t.system, t.category_id, t.recipient, t.description)
                  for t in other.cases.detail(other.users.actor_for("dace", reason="test fixture"), number).tasks]
    finally:
        other.db.dispose()
    assert in_window == on_cli

    # A second press plans nothing new.
    panel.generate_button.click()
    settle()
    assert len(services.cases.detail(dpo, number).tasks) == len(in_window)
    assert "No new tasks" in panel.generated_label.text()


def test_delivery_records_the_checksums_the_service_computes(window, store, tmp_path):
    services, dpo, _manager = store
    number = register_case(services, dpo, days_ago=1)
    walk_to(services, dpo, number, Stage.FULFILMENT)
    sent = tmp_path / "atbilde.pdf"
    sent.write_bytes(b"%PDF-1.7 atbilde Ilzei")
    view = open_in(window, number)
    form = view.response_panel.delivery
    form.add_files([sent])
    settle()
    assert form.files == [delivered_file(sent)]
    window.context.case_operations["deliver"].trigger()
    detail = services.cases.detail(dpo, number)
    expected = delivered_file(sent)
    assert isinstance(expected, DeliveredFile)
    assert expected.sha256 == hashlib.sha256(sent.read_bytes()).hexdigest()
    assert detail.disclosures[-1].files == ((sent.name, expected.sha256, expected.size),)
