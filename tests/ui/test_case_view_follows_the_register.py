"""The open case view follows the register: when the DPO saves a new version in this window,
the legal review shows the new version's categories without the case being opened again."""

from __future__ import annotations

import time_machine
from PySide6.QtCore import Qt

from smarttek_dsar.domain.identity import VerificationMethod
from smarttek_dsar.domain.rights import Outcome, Right
from smarttek_dsar.services.review.decisions import DecisionInput
from smarttek_dsar.ui.case_view.view import CaseView
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.register_page import RegisterPage
from tests.fixed_clock import NOW_UTC
from tests.ui.case_view_fixtures import (  # noqa: F401 (fixtures)
    register_case,
    settle,
    store_fixture,
    synchronous_tasks_fixture,
)


def _category_names(view: CaseView) -> list[str]:
    matrix = view.review_panel.matrix
    return [matrix.verticalHeaderItem(row).text() for row in range(matrix.rowCount())]


def test_a_register_saved_in_the_window_reaches_the_open_review(qtbot, store,
                                                               synchronous_tasks):
    services, dpo, _manager = store
    with time_machine.travel(NOW_UTC, tick=True):
        number = register_case(services, dpo, days_ago=2)
        services.closing.advance(dpo, number)
        services.identity.verify_identity(dpo, number, method=VerificationMethod.E_SIGNATURE,
                                          verified=True)
        services.closing.advance(dpo, number)  # -> review
        # A decided category is shown in the review (nothing was collected here).
        services.decisions.record_decisions(dpo, number, [DecisionInput(
            "contact_details", Right.ACCESS, Outcome.GRANT, "Art. 15")])
        context = AppContext(services, dpo)
        view = CaseView(context)
        qtbot.addWidget(view)
        view.show()
        view.show_case(number)
        settle()
        assert "Contact details" in _category_names(view)

        page = RegisterPage(context)
        qtbot.addWidget(page)
        page.editor.setPlainText(
            page.editor.toPlainText().replace("Contact details", "Contact information", 1))
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        settle()

    names = _category_names(view)
    assert "Contact information" in names and "Contact details" not in names
    assert view.detail.summary.number == number
