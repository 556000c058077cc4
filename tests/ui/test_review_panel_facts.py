"""The legal review in the window, on a case whose data was collected from the demo systems:
the matrix shows the categories where data was found and the case file, the rest as "nothing
held"; a restriction is granted only with its 18(1) ground, the subject's reason comes from the
phrasebook in the case's language, and the fulfilment tasks are generated from the panel."""

from __future__ import annotations

import time_machine
from PySide6.QtCore import Qt

from smarttek_dsar.domain.identity import VerificationMethod
from smarttek_dsar.domain.rights import Outcome, Right
from smarttek_dsar.storage.database import sqlite_url
from tests.fixed_clock import NOW_UTC
from tests.services.case_factory import new_request
from tests.sources.systems_fixtures import NEW_CODE, build_systems, demo_config
from tests.ui.case_view_fixtures import (  # noqa: F401 (fixtures)
    make_view,
    settle,
    store_fixture,
    synchronous_tasks_fixture,
)

LEFT = Qt.MouseButton.LeftButton


def collected_case(services, dpo, tmp_path) -> str:
    systems_file = tmp_path / "systems.sqlite3"
    systems = build_systems(sqlite_url(systems_file))
    number = services.cases.create(dpo, new_request(
        rights=(Right.ACCESS, Right.RESTRICTION), name="Ilze Kalniņa", code=NEW_CODE,
        email=systems.ilze.email)).number
    services.closing.advance(dpo, number)
    services.identity.verify_identity(dpo, number, method=VerificationMethod.E_SIGNATURE,
                                      verified=True)
    services.closing.advance(dpo, number)  # -> review
    services.collection.collect_all(dpo, number, config=demo_config(systems_file))
    return number


def test_a_restriction_is_recorded_with_its_ground_and_tasks_follow(qtbot, store, tmp_path,
                                                                    synchronous_tasks):
    services, dpo, _manager = store
    with time_machine.travel(NOW_UTC, tick=True):
        number = collected_case(services, dpo, tmp_path)
        view = make_view(qtbot, services, dpo, number)
        review = view.review_panel
        matrix = review.matrix
        rows = [matrix.verticalHeaderItem(r).text() for r in range(matrix.rowCount())]
        assert "Contact details" in rows and "The file of this request" in rows
        assert "Contract data" not in rows  # searched, nothing found: no decision to take
        assert review.not_held_label.text().startswith("Nothing held")
        assert "Contract data" in review.not_held_label.text()

        review.select_cell("contact_details", Right.RESTRICTION)
        cell = review.cell("contact_details", Right.RESTRICTION)
        assert cell.suggestion.outcome is Outcome.NOT_APPLICABLE and cell.suggestion.needs
        editor = review.editor
        editor.outcome.setCurrentIndex(editor.outcome.findData(Outcome.GRANT))
        assert not editor.ground.isHidden()
        assert editor.inaccuracy.isHidden()  # the Art. 16 fields belong to rectification
        editor.reason.setPlainText("Precizitāte apstrīdēta vēstulē")
        qtbot.mouseClick(editor.apply_button, LEFT)
        qtbot.mouseClick(review.save_button, LEFT)
        settle()
        assert "18(1)(a)-(d)" in view.banner.text
        assert not services.cases.detail(dpo, number).decisions

        review.select_cell("contact_details", Right.RESTRICTION)
        editor.outcome.setCurrentIndex(editor.outcome.findData(Outcome.GRANT))
        editor.choose_ground("18(1)(a)")
        assert editor.article.text() == "Art. 18(1)(a)"
        editor.reason.setPlainText("Precizitāte apstrīdēta vēstulē")
        qtbot.mouseClick(editor.apply_button, LEFT)
        qtbot.mouseClick(review.save_button, LEFT)
        settle()
        (decision,) = services.cases.detail(dpo, number).decisions
        assert (decision.ground, decision.article, decision.outcome) == \
            ("18(1)(a)", "Art. 18(1)(a)", "grant")
        assert decision.subject_reason.startswith("Šo datu apstrāde tiks ierobežota")
        assert decision.reason == "Precizitāte apstrīdēta vēstulē"

        assert review.tasks_button.isEnabled()
        qtbot.mouseClick(review.tasks_button, LEFT)
        settle()
        tasks = services.cases.detail(dpo, number).tasks
        assert any(t.action == "restrict" and t.category_id == "contact_details"
                   for t in tasks)
