"""Recording the delivery moves the case on only when the answer is complete: with every task
done the window asks to move to 'Response sent' (and does it through `advance` on yes); with
a task still open it does not ask and the page says what is left."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from smarttek_dsar.domain.workflow import Stage
from tests.ui.case_view_fixtures import (  # noqa: F401 (fixtures)
    confirm,
    make_view,
    open_message_box,
    register_case,
    settle,
    store_fixture,
    synchronous_tasks_fixture,
)
from tests.ui.test_case_operations import walk_to


def _record(view) -> None:
    form = view.response_panel.delivery
    form.proof.setText("Message-ID <atbilde@smarttek.eu>")
    form.record_button.click()
    settle()


def test_open_tasks_first_then_the_window_offers_response_sent(qtbot, store,
                                                                synchronous_tasks):
    services, dpo, _manager = store
    number = register_case(services, dpo, days_ago=2)
    walk_to(services, dpo, number, Stage.FULFILMENT)
    services.fulfilment.add_task(dpo, number, action="erase", system="CRM",
                                 description="Dzēst mārketinga piekrišanas vēsturi")
    view = make_view(qtbot, services, dpo, number)

    _record(view)
    assert open_message_box("confirm_response_sent") is None  # tasks open: nothing to offer
    assert services.cases.detail(dpo, number).summary.stage is Stage.FULFILMENT
    assert "finish its open tasks" in view.response_panel.outcome_label.text()

    for task in services.cases.detail(dpo, number).tasks:
        if task.done_at is None:
            services.fulfilment.complete_task(dpo, number, task.id)
    settle()
    view.reload()
    settle()
    assert "every task is done" in view.response_panel.outcome_label.text()
    _record(view)  # the final answer, after the last task
    question = confirm("confirm_response_sent")
    assert f"The response to {number} is recorded" in question
    detail = services.cases.detail(dpo, number)
    assert detail.summary.stage is Stage.RESPONDED and len(detail.disclosures) == 2
    assert view.response_panel.outcome_label.text().startswith("Response sent on")
    events = [e.action for e in services.audit.case_timeline(dpo, detail.summary.id)]
    assert "response.delivered" in events and "case.advanced" in events


def test_declining_keeps_the_case_in_fulfilment(qtbot, store, synchronous_tasks):
    services, dpo, _manager = store
    number = register_case(services, dpo, days_ago=2)
    walk_to(services, dpo, number, Stage.FULFILMENT)
    for task in services.cases.detail(dpo, number).tasks:
        services.fulfilment.complete_task(dpo, number, task.id)
    view = make_view(qtbot, services, dpo, number)
    _record(view)
    box = open_message_box("confirm_response_sent")
    assert box is not None and box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.No).click()
    settle()
    assert services.cases.detail(dpo, number).summary.stage is Stage.FULFILMENT
    assert view.header.advance_button.isEnabled()  # still one click away
