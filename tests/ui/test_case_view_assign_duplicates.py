"""The case view's assignee picker, the duplicate banner and the acknowledgement text, clicked
through over a real case store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from smarttek_dsar.domain.roles import Role
from smarttek_dsar.domain.workflow import Stage
from smarttek_dsar.services.case_query import CaseFilter
from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.case_view.acknowledgement_dialog import AcknowledgementDialog
from smarttek_dsar.ui.changes import Changes
from tests.services.intake_files import mail, write
from tests.ui.case_view_fixtures import (  # noqa: F401 (fixtures)
    PASSWORD,
    make_view,
    open_message_box,
    register_case,
    settle,
    store_fixture,
    synchronous_tasks_fixture,
)


@pytest.fixture(autouse=True)
def own_settings_files(tmp_path, monkeypatch):
    monkeypatch.setenv("SMARTTEK_DSAR_SOURCES", str(tmp_path / "sources.toml"))
    monkeypatch.setenv("SMARTTEK_DSAR_REGISTER", str(tmp_path / "register.toml"))
    monkeypatch.setenv("SMARTTEK_DSAR_LETTERS", str(tmp_path / "letters"))


@pytest.fixture
def team(store):
    services, dpo, manager = store
    services.users.add(dpo, "janis", PASSWORD, frozenset({Role.SPECIALIST}), "Jānis Bērziņš")
    return services, dpo, manager


@pytest.fixture
def flagged(store, tmp_path) -> tuple[str, str]:
    """The same person's access request by e-mail, then the same request once more."""
    services, dpo, _manager = store
    first, again = services.imports.import_files(dpo, [
        write(tmp_path, "first.eml", mail(message_id="<first@example.lv>")),
        write(tmp_path, "again.eml", mail(message_id="<again@example.lv>")),
    ])
    assert again.duplicate_of == first.case_number
    return first.case_number, again.case_number


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), f"{button.text()!r} cannot be clicked"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle()


def answer(name: str, button: QMessageBox.StandardButton) -> str:
    box = open_message_box(name)
    assert box is not None, f"no {name} open"
    text = box.text()
    box.button(button).click()
    settle()
    return text


def choose(qtbot, combo, text: str) -> None:
    """Open the drop-down and click the entry, as the user does."""
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    row = next(r for r in range(combo.count()) if combo.itemText(r) == text)
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle()


# -- assignment ---------------------------------------------------------------------------
def test_specialist_takes_the_case_and_gives_it_to_a_colleague(qtbot, team, synchronous_tasks):
    services, dpo, _manager = team
    number = register_case(services, dpo)
    view = make_view(qtbot, services, dpo, number)
    picker = view.header.assignee
    changes: list[Changes] = []
    view._context.changed.connect(changes.append)

    assert picker.combo.isVisible() and not picker.label.isVisible()
    assert picker.combo.currentText() == "Unassigned"
    # The team, read off the UI thread: nobody, then the specialists (not the manager).
    assert picker.usernames() == [None, "dace", "janis"]
    assert picker.combo.itemText(2) == "Jānis Bērziņš (janis)"

    click(qtbot, picker.me_button)
    assert services.cases.detail(dpo, number).summary.assignee == "dace"
    # The lists (Inbox, My cases) reload from this signal.
    assert changes == [Changes.of_case(number)] and changes[0].case_list
    assert picker.combo.currentText() == "Dace Ozola (dace)"
    assert not picker.me_button.isVisible()
    mine = services.cases.list(dpo, CaseFilter(assignee_id=dpo.user_id))
    assert [s.number for s in mine] == [number]

    choose(qtbot, picker.combo, "Jānis Bērziņš (janis)")
    assert services.cases.detail(dpo, number).summary.assignee == "janis"
    assert picker.combo.currentText() == "Jānis Bērziņš (janis)"
    assert picker.me_button.isVisible()

    choose(qtbot, picker.combo, "Unassigned")
    assert services.cases.detail(dpo, number).summary.assignee is None
    detail = services.cases.detail(dpo, number)
    events = [(e.action, e.details.get("assignee"))
              for e in services.audit.case_timeline(dpo, detail.summary.id)
              if e.action == "case.assigned"]
    assert events == [("case.assigned", "dace"), ("case.assigned", "janis"),
                      ("case.assigned", None)]


def test_assigning_a_case_someone_else_changed_is_a_conflict(qtbot, team, synchronous_tasks):
    services, dpo, _manager = team
    number = register_case(services, dpo)
    view = make_view(qtbot, services, dpo, number)
    janis = services.users.actor_for("janis", reason="test fixture")
    services.cases.assign(janis, number, "janis")  # in Jānis's own window, a moment earlier

    click(qtbot, view.header.assignee.me_button)
    assert "changed" in answer("conflictBox", QMessageBox.StandardButton.Ok).lower()
    assert services.cases.detail(dpo, number).summary.assignee == "janis"
    assert view.header.assignee.combo.currentText() == "Jānis Bērziņš (janis)"


def test_manager_reads_the_assignee_only(qtbot, team, synchronous_tasks):
    services, dpo, manager = team
    number = register_case(services, dpo)
    services.cases.assign(dpo, number, "janis")
    view = make_view(qtbot, services, manager, number)
    picker = view.header.assignee
    assert picker.label.isVisible() and picker.label.text() == "janis"
    assert not picker.combo.isVisible() and not picker.me_button.isVisible()
    assert not view.header.acknowledgement_button.isEnabled()


# -- duplicates ---------------------------------------------------------------------------
def test_banner_offers_the_choice_and_merge_asks_first(qtbot, store, flagged, synchronous_tasks):
    services, dpo, _manager = store
    first, repeat = flagged
    view = make_view(qtbot, services, dpo, repeat)
    banner = view.duplicate_banner
    assert banner.text == (f"⚠ This request looks like a duplicate of {first} (same subject, "
                           "open case, same rights).")
    assert banner.open_button.text() == f"Open {first}"
    assert banner.merge_button.text() == f"Merge into {first}"
    opened: list[str] = []
    view._context.open_case_requested.connect(opened.append)
    click(qtbot, banner.open_button)
    assert opened == [first]

    click(qtbot, banner.merge_button)
    question = answer("confirmMergeBox", QMessageBox.StandardButton.No)
    assert f"Merge {repeat} into {first}?" in question
    assert services.cases.detail(dpo, repeat).duplicate_decision is None

    click(qtbot, banner.merge_button)
    answer("confirmMergeBox", QMessageBox.StandardButton.Yes)
    merged = services.cases.detail(dpo, repeat)
    assert (merged.summary.stage, merged.duplicate_decision) == (Stage.WITHDRAWN, "merged")
    assert f"Merged from {repeat}" in services.cases.detail(dpo, first).request_text
    assert banner.text.startswith(f"✔ Merged into {first}: this request is answered with")
    assert not banner.merge_button.isVisible() and not banner.keep_button.isVisible()
    assert banner.open_button.isVisible()
    timeline = [e.action for e in services.audit.case_timeline(dpo, merged.summary.id)]
    assert {"case.duplicate_flagged", "case.merged"} <= set(timeline)


def test_keep_apart_is_recorded_and_shown(qtbot, store, flagged, synchronous_tasks):
    services, dpo, _manager = store
    first, repeat = flagged
    view = make_view(qtbot, services, dpo, repeat)
    click(qtbot, view.duplicate_banner.keep_button)
    kept = services.cases.detail(dpo, repeat)
    assert (kept.summary.stage, kept.duplicate_decision) == (Stage.INTAKE, "kept_apart")
    assert view.duplicate_banner.text.startswith(f"✔ Kept apart from {first}")
    assert not view.duplicate_banner.keep_button.isVisible()
    # The earlier case is no duplicate of anything: no banner there.
    other = make_view(qtbot, services, dpo, first)
    assert not other.duplicate_banner.isVisible()


def test_manager_sees_the_flag_without_the_choice(qtbot, store, flagged, synchronous_tasks):
    services, _dpo, manager = store
    first, repeat = flagged
    view = make_view(qtbot, services, manager, repeat)
    banner = view.duplicate_banner
    assert banner.text.startswith(f"⚠ This request looks like a duplicate of {first}")
    assert not banner.merge_button.isVisible() and not banner.keep_button.isVisible()


def test_banner_in_latvian(qtbot, store, flagged, synchronous_tasks):
    services, dpo, _manager = store
    first, repeat = flagged
    i18n.install("lv")
    view = make_view(qtbot, services, dpo, repeat)
    assert view.duplicate_banner.text.startswith(
        f"⚠ Šis pieprasījums, šķiet, dublē lietu {first}")
    assert view.duplicate_banner.keep_button.text() == "Paturēt atsevišķi"
    assert view.header.assignee.me_button.text() == "Piešķirt man"
    assert view.header.acknowledgement_button.text() == "Apstiprinājuma teksts…"


# -- acknowledgement ----------------------------------------------------------------------
def test_acknowledgement_text_in_both_languages_copied(qtbot, store, synchronous_tasks):
    services, dpo, _manager = store
    number = register_case(services, dpo)
    view = make_view(qtbot, services, dpo, number)
    click(qtbot, view.header.acknowledgement_button)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, AcknowledgementDialog) and w.isVisible())
    assert dialog.current_language() == "lv"  # the subject's language
    text = dialog.text.toPlainText()
    assert number in text and "Ilze Kalniņa" in text
    assert dialog.text.isReadOnly()

    choose(qtbot, dialog.language, "English")
    english = dialog.text.toPlainText()
    assert dialog.current_language() == "en" and english != text and number in english

    click(qtbot, dialog.copy_button)
    assert QGuiApplication.clipboard().text() == english
    assert dialog.status.text() == "Copied to the clipboard."
    dialog.close()


def test_a_specialist_who_is_not_an_admin_takes_a_case(qtbot, store, synchronous_tasks):
    services, dpo, _manager = store
    services.users.add(dpo, "ilze", PASSWORD, frozenset({Role.SPECIALIST}), "Ilze Liepa")
    ilze = services.users.actor_for("ilze", reason="test fixture")
    number = register_case(services, dpo)
    view = make_view(qtbot, services, ilze, number)
    click(qtbot, view.header.assignee.me_button)
    assert services.cases.detail(ilze, number).summary.assignee == "ilze"
