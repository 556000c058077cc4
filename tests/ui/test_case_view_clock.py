"""The deadline clock as the case view shows it: due date, days left, the steps behind the
date, the paused state, and the extension the law no longer allows after the first month."""

from __future__ import annotations

from PySide6.QtCore import Qt

from smarttek_dsar.ui.i18n import format_date
from tests.fixed_clock import TODAY
from tests.ui.case_view_fixtures import (  # noqa: F401 (fixtures)
    make_view,
    register_case,
    settle,
    store_fixture,
    synchronous_tasks_fixture,
    type_text,
)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle()


def test_clock_shows_due_date_days_left_and_why(qtbot, store, synchronous_tasks):
    services, dpo, _manager = store
    number = register_case(services, dpo, days_ago=3)
    view = make_view(qtbot, services, dpo, number)
    deadline = services.cases.detail(dpo, number).deadline
    clock = view.header.clock

    assert clock.due_label.text() == format_date(deadline.due_date)
    days = (deadline.due_date - TODAY).days
    assert clock.days_label.text() == f"Days left: {days}"
    assert not clock.paused_badge.isVisible() and not clock.extended_badge.isVisible()

    assert not clock.steps_label.isVisible()
    click(qtbot, clock.why_button)
    assert clock.steps_label.isVisible()
    steps = clock.steps_label.text()
    assert f"Received on {deadline.received_on}" in steps
    assert "+1 month" in steps
    first = f"First deadline (also for a refusal notice, GDPR 12(4)): {deadline.initial_due}"
    assert first in steps


def test_request_for_information_pauses_the_clock(qtbot, store, synchronous_tasks):
    services, dpo, _manager = store
    number = register_case(services, dpo, days_ago=1)
    view = make_view(qtbot, services, dpo, number)
    identity = view.identity_panel

    type_text(identity.pause_reason, "Lūgta e-parakstīta kopija")
    click(qtbot, identity.pause_button)

    clock = view.header.clock
    assert clock.paused_badge.isVisible()
    assert clock.days_label.text().startswith("Days left when it resumes:")
    click(qtbot, clock.why_button)
    assert "Pause since" in clock.steps_label.text()
    assert "Lūgta e-parakstīta kopija" in clock.steps_label.text()
    detail = services.cases.detail(dpo, number)
    assert detail.summary.paused and detail.pauses[0].reason == "Lūgta e-parakstīta kopija"


def test_pause_without_reason_is_refused_with_the_service_message(qtbot, store,
                                                                   synchronous_tasks):
    services, dpo, _manager = store
    number = register_case(services, dpo)
    view = make_view(qtbot, services, dpo, number)

    click(qtbot, view.identity_panel.pause_button)

    assert "Say what identity information was asked for" in view.banner.text
    assert not services.cases.detail(dpo, number).pauses


def test_extension_within_the_first_month_moves_the_deadline(qtbot, store, synchronous_tasks):
    services, dpo, _manager = store
    number = register_case(services, dpo, days_ago=10)
    view = make_view(qtbot, services, dpo, number)
    first_due = view.detail.deadline.due_date
    response = view.response_panel

    type_text(response.extension_reason, "Jāpārskata 40 sarunu ieraksti")
    click(qtbot, response.extend_button)

    detail = services.cases.detail(dpo, number)
    assert detail.deadline.extended and detail.extension_notified_on == TODAY
    assert detail.deadline.due_date > first_due
    assert view.header.clock.extended_badge.isVisible()
    assert view.header.clock.due_label.text() == format_date(detail.deadline.due_date)
    assert not response.extend_button.isEnabled()


def test_extension_after_the_first_deadline_is_refused(qtbot, store, synchronous_tasks):
    services, dpo, _manager = store
    number = register_case(services, dpo, days_ago=70)
    view = make_view(qtbot, services, dpo, number)
    assert view.header.clock.days_label.text().startswith("Overdue")
    response = view.response_panel

    type_text(response.extension_reason, "Sarežģīts pieprasījums")
    click(qtbot, response.extend_button)

    assert "The extension is too late" in view.banner.text
    detail = services.cases.detail(dpo, number)
    assert detail.extension_notified_on is None and not detail.deadline.extended
    assert not view.header.clock.extended_badge.isVisible()
