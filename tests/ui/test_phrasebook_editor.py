"""The phrasebook on the register page: the DPO edits a subject-facing reason and saves a new
version, which the next decision uses; an empty text is refused with the entry named; a
manager reads it without editing."""

from __future__ import annotations

import time_machine
from PySide6.QtCore import Qt

from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.phrasebook_editor import ENGLISH, KEY, LATVIAN
from smarttek_dsar.ui.register_page import RegisterPage
from tests.fixed_clock import NOW_UTC
from tests.ui.case_view_fixtures import (  # noqa: F401 (fixtures)
    settle,
    store_fixture,
    synchronous_tasks_fixture,
)


def row_of(editor, key: str) -> int:
    return next(r for r in range(editor.table.rowCount())
                if editor.table.item(r, KEY).text() == key)


def test_the_dpo_edits_a_reason_and_saves_a_new_version(qtbot, store, synchronous_tasks):
    services, dpo, manager = store
    with time_machine.travel(NOW_UTC, tick=True):
        page = RegisterPage(AppContext(services, dpo))
        qtbot.addWidget(page)
        editor = page.phrasebook
        assert "shipped default" in editor.heading.text()
        row = row_of(editor, "21(3)")
        assert editor.table.item(row, LATVIAN).text().startswith("Mēs vairs neizmantosim")

        editor.table.item(row, ENGLISH).setText("")
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        settle()
        assert "'21(3)' has no English text" in editor.message.text()
        assert services.phrasebook.current().version == 0

        wording = "Mēs pārtraucam tiešo mārketingu (VDAR 21. panta 3. punkts)."
        editor.table.item(row, ENGLISH).setText("We stop direct marketing (GDPR Article 21(3)).")
        editor.table.item(row, LATVIAN).setText(wording)
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        settle()
        assert "version 1" in editor.message.text() and "version 1" in editor.heading.text()
        assert services.phrasebook.current().phrasebook.text("21(3)", "lv") == wording

        read_only = RegisterPage(AppContext(services, manager))
        qtbot.addWidget(read_only)
        assert not read_only.phrasebook.save_button.isEnabled()
        assert read_only.phrasebook.table.editTriggers() == \
            read_only.phrasebook.table.EditTrigger.NoEditTriggers
