"""One request from the New request dialog to a closed case, through the real main window only:
typed and clicked in, opened in its tab, assigned, verified, reviewed, fulfilled, answered and
closed with the case view's own widgets. After each step: what the window shows, and what the
case store holds."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog

from smarttek_dsar.domain.identity import VerificationMethod
from smarttek_dsar.domain.rights import Channel, Right
from smarttek_dsar.domain.workflow import Stage
from smarttek_dsar.services.case_query import CaseFilter
from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.actions import ActionId
from smarttek_dsar.ui.case_view import CaseView
from smarttek_dsar.ui.case_view.acknowledgement_dialog import AcknowledgementDialog
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.main_window import MainWindow
from smarttek_dsar.ui.new_request_dialog import NewRequestDialog
from tests.ui.case_view_fixtures import (  # noqa: F401 (fixtures)
    confirm,
    settle,
    store_fixture,
    synchronous_tasks_fixture,
    type_text,
)
from tests.ui.test_case_view_walkthrough import click, table_text

CODE = "010190-10001"


@pytest.fixture(autouse=True)
def own_settings_files(tmp_path, monkeypatch):
    # No data sources are configured: collection is skipped, as on a fresh installation.
    monkeypatch.setenv("SMARTTEK_DSAR_SOURCES", str(tmp_path / "sources.toml"))
    monkeypatch.setenv("SMARTTEK_DSAR_REGISTER", str(tmp_path / "register.toml"))
    monkeypatch.setenv("SMARTTEK_DSAR_LETTERS", str(tmp_path / "letters"))


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


def tick(qtbot, check) -> None:
    # On the box itself: a check box in a wide cell only reacts on its box and text.
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))


def choose(qtbot, combo, text: str) -> None:
    """Open the drop-down and click the entry."""
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    row = next(r for r in range(combo.count()) if combo.itemText(r) == text)
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle()


def click_tab(qtbot, tabs, widget) -> None:
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton,
                     pos=bar.tabRect(tabs.indexOf(widget)).center())
    settle()
    assert tabs.currentWidget() is widget


def numbers_in(page) -> list[str]:
    return [page.model.summary(r).number for r in range(page.model.rowCount())]


def fill_in_and_register(qtbot) -> None:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, NewRequestDialog)
    try:
        assert not dialog.ok_button.isEnabled()
        choose(qtbot, dialog.channel, i18n.channel_label(Channel.LETTER))
        qtbot.keyClicks(dialog.receipt_proof, "Envelope stamp 03.09., registered post RR123")
        type_text(dialog.subject_name, "Līga Bērziņa")
        qtbot.keyClicks(dialog.subject_code, CODE)
        qtbot.keyClicks(dialog.subject_email, "liga.berzina@example.lv")
        qtbot.keyClicks(dialog.subject_phone, "+371 2612 3456")
        type_text(dialog.subject_address, "Ģertrūdes iela 10-3, Rīga")
        type_text(dialog.request_text, "Lūdzu izsniegt visus manus datus un dzēst liekos.")
        tick(qtbot, dialog.rights[Right.ACCESS])
        tick(qtbot, dialog.rights[Right.ERASURE])
        assert dialog.ok_button.isEnabled(), dialog.missing.text()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    finally:
        if dialog.isVisible():  # a failed step must not leave the window waiting on the dialog
            dialog.reject()


def test_a_request_typed_in_walks_to_closed_in_its_tab(qtbot, window, store, tmp_path,
                                                       monkeypatch):
    services, dpo, _manager = store
    inbox = window.pages["inbox"]
    assert window.current_page() is inbox and inbox.model.rowCount() == 0

    # -- New request: typed and clicked into the dialog the toolbar action opens ----------
    QTimer.singleShot(0, lambda: fill_in_and_register(qtbot))
    window.registry[ActionId.NEW_REQUEST].trigger()
    settle()
    (summary,) = services.cases.list(dpo)
    number = summary.number
    assert window.tabs.open_numbers() == [number]
    view = window.tabs.currentWidget()
    assert isinstance(view, CaseView) and window.tabs.tabText(window.tabs.currentIndex()) == number

    def stored():
        return services.cases.detail(dpo, number)

    case = stored()
    assert (case.summary.stage, case.summary.channel) == (Stage.INTAKE, Channel.LETTER)
    assert set(case.summary.rights) == {Right.ACCESS, Right.ERASURE}
    assert (case.subject.name, case.subject.personal_code) == ("Līga Bērziņa", CODE)
    assert case.subject.address == "Ģertrūdes iela 10-3, Rīga"
    assert case.request_text == "Lūdzu izsniegt visus manus datus un dzēst liekos."
    assert case.summary.assignee is None and case.language == "lv"
    assert view.header.number_label.text() == number
    assert view.header.subject_label.text() == "Līga Bērziņa"
    assert view.header.stage_strip.chips[Stage.INTAKE].styleSheet().find("#1565c0") >= 0
    assert not view.duplicate_banner.isVisible()
    assert view.tabs.currentWidget() is view.identity_panel
    assert number in numbers_in(inbox)

    # -- The acknowledgement, in the subject's language, copied for the reply -------------
    click(qtbot, view.header.acknowledgement_button)
    ack = view.header.dialog
    assert isinstance(ack, AcknowledgementDialog) and ack.isVisible()
    assert number in ack.text.toPlainText() and "Līga Bērziņa" in ack.text.toPlainText()
    click(qtbot, ack.copy_button)
    assert QGuiApplication.clipboard().text() == ack.text.toPlainText()
    ack.close()

    # -- Assign to me: the case leaves the Inbox and shows under My cases -----------------
    picker = view.header.assignee
    assert picker.combo.currentText() == "Unassigned"
    click(qtbot, picker.me_button)
    assert stored().summary.assignee == "dace"
    assert picker.combo.currentText() == "Dace Ozola (dace)"
    assert not picker.me_button.isVisible()
    window.show_page("mine")
    settle()
    assert numbers_in(window.pages["mine"]) == [number]
    window.show_page("inbox")
    settle()
    assert number not in numbers_in(inbox)
    window.tabs.open_case(number)
    assert window.tabs.currentWidget() is view

    # -- Identity: ask for more (the clock pauses), it arrives, the check is recorded -----
    identity = view.identity_panel
    type_text(identity.pause_reason, "Lūdzām parakstīt iesniegumu ar eParakstu")
    click(qtbot, identity.pause_button)
    assert stored().summary.paused and stored().summary.stage is Stage.IDENTITY
    assert view.header.clock.paused_badge.isVisible()
    click(qtbot, identity.resume_button)
    assert not stored().summary.paused and stored().pauses[0].end is not None
    assert not view.header.clock.paused_badge.isVisible()
    tick(qtbot, identity.method_buttons[VerificationMethod.E_SIGNATURE])
    assert identity.method_buttons[VerificationMethod.E_SIGNATURE].isChecked()
    type_text(identity.notes, "Iesniegums parakstīts ar eParakstu, sertifikāts derīgs")
    click(qtbot, identity.record_button)
    check = stored().identity_checks[0]
    assert (check.method, check.result, check.verifier) == ("e_signature", "verified", "dace")
    assert "Qualified e-signature" in table_text(identity.history.checks)
    click(qtbot, view.header.advance_button)
    assert "A case does not move back" in confirm()
    assert stored().summary.stage is Stage.REVIEW
    assert view.tabs.currentWidget() is view.review_panel

    # -- Collection: this installation has no company systems set up, so it is skipped ----
    assert view.data_panel.category_views == {}

    # -- Legal review: accept the suggestions (recorded at once, as on the command line) ---
    review = view.review_panel
    click(qtbot, review.accept_button)
    decisions = {(d.category_id, d.right): d for d in stored().decisions}
    # Nothing collected: only the file of this request holds the subject's data.
    assert {category for category, _right in decisions} == {"case_file"}
    assert len(decisions) == 2
    assert all(d.outcome == d.suggested_outcome and d.decided_by == "dace"
               for d in decisions.values())
    assert not review.save_button.isEnabled()
    click(qtbot, view.header.advance_button)
    assert "A case does not move back" in confirm()
    assert stored().summary.stage is Stage.FULFILMENT
    assert view.tabs.currentWidget() is view.fulfilment_panel

    # -- Fulfilment: a GDPR 19 notice to a recipient, planned and confirmed ---------------
    tasks = view.fulfilment_panel
    choose(qtbot, tasks.action, "Notify recipient (Art. 19)")
    type_text(tasks.recipient, "SIA Mailigen")
    type_text(tasks.system, "E-pasta kampaņas")
    click(qtbot, tasks.add_button)
    assert (stored().tasks[0].action, stored().tasks[0].recipient) == ("notify", "SIA Mailigen")
    first_cell = tasks.table.visualItemRect(tasks.table.item(0, 0)).center()
    qtbot.mouseClick(tasks.table.viewport(), Qt.MouseButton.LeftButton, pos=first_cell)
    click(qtbot, tasks.done_button)
    task = stored().tasks[0]
    assert task.done_at is not None and task.confirmed_by == "dace"
    assert "dace" in table_text(tasks.table)

    # -- Response: the files sent, hashed, with the proof of delivery ---------------------
    click_tab(qtbot, view.tabs, view.response_panel)
    delivery = view.response_panel.delivery
    letter = tmp_path / "atbilde_Berzina.pdf"
    letter.write_bytes(b"%PDF-1.7 atbilde Ligai Berzinai")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(letter)], "")))
    click(qtbot, delivery.choose_button)
    digest = hashlib.sha256(letter.read_bytes()).hexdigest()
    assert digest in table_text(delivery.files_table)
    qtbot.keyClicks(delivery.proof, "Registered post RR987654321LV")
    click(qtbot, delivery.record_button)
    disclosure = stored().disclosures[0]
    assert disclosure.files == (("atbilde_Berzina.pdf", digest, letter.stat().st_size),)
    assert disclosure.proof == "Registered post RR987654321LV"
    assert f"atbilde_Berzina.pdf ({digest[:12]}…)" in table_text(delivery.history)

    # Every task done and the response recorded: the window offers "Response sent" at once.
    assert "A case does not move back" in confirm("confirm_response_sent")
    assert stored().summary.stage is Stage.RESPONDED
    assert view.header.close_button.isVisible()
    assert not view.header.advance_button.isVisible()

    # -- Closed -------------------------------------------------------------------------
    click(qtbot, view.header.close_button)
    assert "cannot be reopened" in confirm("confirm_close")
    closed = stored()
    assert closed.summary.stage is Stage.CLOSED
    assert closed.allowed_actions == {"letter", "dossier"}  # copies for the file, nothing else
    assert view.header.clock.days_label.text().startswith("Clock stopped")
    assert not view.header.close_button.isVisible()
    assert picker.label.isVisible() and picker.label.text() == "dace"
    assert not picker.combo.isVisible()
    assert view.tabs.currentWidget() is view.timeline_panel
    timeline = table_text(view.timeline_panel.table)
    for shown in ("Case closed", "Response delivered", "Review decisions recorded",
                  "Identity checked", "Clock paused: information requested"):
        assert shown in timeline
    trail = [e.action for e in services.audit.case_timeline(dpo, closed.summary.id)]
    in_order = ["case.created", "case.assigned", "clock.paused", "clock.resumed",
                "identity.checked", "case.advanced", "review.decided", "case.advanced",
                "task.added", "task.done", "response.delivered", "case.advanced",
                "case.closed"]
    assert [a for a in trail if a in set(in_order)] == in_order, trail
    assert services.audit.verify(dpo).ok
    window.show_page("mine")
    settle()
    assert number not in numbers_in(window.pages["mine"])  # My cases lists open cases only
    assert number in [s.number for s in services.cases.list(dpo, CaseFilter(
        assignee_id=dpo.user_id))]
