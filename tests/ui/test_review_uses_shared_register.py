"""The legal review in the window works from the register in force in the shared database, and
stamps its version on the case, even when another desk edited the register."""

from __future__ import annotations

from dataclasses import replace

import time_machine
from PySide6.QtCore import Qt

from smarttek_dsar.domain.identity import VerificationMethod
from smarttek_dsar.domain.register import Text
from smarttek_dsar.storage.register_file import load_default_register
from tests.fixed_clock import NOW_UTC
from tests.ui.case_view_fixtures import (  # noqa: F401 (fixtures)
    make_view,
    open_services,
    register_case,
    settle,
    store_fixture,
    synchronous_tasks_fixture,
)


def test_the_window_reviews_under_the_register_another_desk_edited(qtbot, store,
                                                                  synchronous_tasks, tmp_path):
    services, dpo, _manager = store
    with time_machine.travel(NOW_UTC, tick=True):
        number = register_case(services, dpo, days_ago=2)
        services.closing.advance(dpo, number)
        services.identity.verify_identity(dpo, number, method=VerificationMethod.E_SIGNATURE,
                                          verified=True)
        services.closing.advance(dpo, number)  # -> review

        other_desk = open_services(tmp_path / "dsar.sqlite3")
        try:
            shipped = other_desk.register.current()
            first = shipped.categories[0]
            edited = other_desk.register.save(dpo, replace(shipped, categories=(
                replace(first, name=Text("Who you are", first.name.lv)),
                *shipped.categories[1:])))
        finally:
            other_desk.db.dispose()

        view = make_view(qtbot, services, dpo, number)
        review = view.review_panel
        qtbot.mouseClick(review.accept_button, Qt.MouseButton.LeftButton)
        settle()
        qtbot.mouseClick(review.save_button, Qt.MouseButton.LeftButton)
        settle()

    assert edited.version != load_default_register().version
    detail = services.cases.detail(dpo, number)
    assert detail.decisions, view.banner.text
    assert detail.register_version == edited.version
