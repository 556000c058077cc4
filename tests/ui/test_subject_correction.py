"""The Identity tab shows the request as recorded, and a mistyped detail is corrected there."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QApplication

from smarttek_dsar.domain.rights import Right
from smarttek_dsar.ui import i18n
from tests.services.case_factory import new_request
from tests.ui.case_view_fixtures import (  # noqa: F401 (fixtures)
    make_view,
    settle,
    store_fixture,
    synchronous_tasks_fixture,
)


def test_the_request_is_shown_whole_and_a_mistyped_code_corrected(qtbot, store,
                                                                   synchronous_tasks):
    services, dpo, manager = store
    number = services.cases.create(dpo, new_request(code=None, rights=(Right.ACCESS,))).number
    view = make_view(qtbot, services, dpo, number)
    details = view.identity_panel.details
    assert details.values["email"].text() == "janis.berzins@example.lv"
    assert details.values["code"].text() == "—"
    assert details.values["text"].text() == "Lūdzu izsniegt manus personas datus."
    assert details.values["language"].text() == "Latvian"

    view.perform("correct_subject")  # the Case menu's action, as the button triggers it
    dialog = view.identity_panel.correction
    assert dialog.isVisible() and dialog.email.text() == "janis.berzins@example.lv"
    dialog.code.setText("010190-1000")  # one digit short
    dialog.buttons.accepted.emit()
    settle()
    assert dialog.isVisible() and "11 digits" in dialog.error.text()
    assert dialog.code.text() == "010190-1000"  # nothing typed is lost
    dialog.code.setText("010190-10001")
    dialog.buttons.accepted.emit()
    settle()
    QApplication.processEvents()
    assert not dialog.isVisible()
    assert details.values["code"].text() == "010190-10001"
    subject = next(p for p in services.cases.detail(dpo, number).parties if p.role == "subject")
    assert subject.personal_code == "010190-10001"

    # A manager may not change them: the operation is not offered.
    managers_view = make_view(qtbot, services, manager, number)
    assert not managers_view.actions.allowed("correct_subject")


def test_the_representative_language_and_proof_are_corrected_in_the_dialog(
        qtbot, store, synchronous_tasks):
    services, dpo, _manager = store
    number = services.cases.create(dpo, new_request(rights=(Right.ACCESS,))).number
    view = make_view(qtbot, services, dpo, number)
    details = view.identity_panel.details
    assert details.values["representative"].text() == "—"
    view.identity_panel.details.correct_button.click()
    dialog = view.identity_panel.correction
    assert dialog.receipt_proof.toPlainText() == "Message-ID <abc@example.lv>"
    assert not dialog.has_representative.isChecked()
    assert not dialog.representative_name.isEnabled()
    dialog.has_representative.setChecked(True)
    dialog.representative_name.setText("Anna Liepa")
    dialog.buttons.accepted.emit()
    settle()
    # Refused as at intake, in the dialog, with everything typed still there.
    assert dialog.isVisible() and "proof of authority" in dialog.error.text()
    assert dialog.representative_name.text() == "Anna Liepa"
    dialog.authority_proof.setText("Pilnvara Nr. 12")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.receipt_proof.setPlainText("Received: by mx.smarttek.eu; 2 Dec 2026 09:12")
    dialog.buttons.accepted.emit()
    settle()
    QApplication.processEvents()
    assert not dialog.isVisible()
    assert details.values["representative"].text() == "Anna Liepa (Pilnvara Nr. 12)"
    assert details.values["language"].text() == "English"
    assert details.values["proof"].text() == "Received: by mx.smarttek.eu; 2 Dec 2026 09:12"
    stored = services.cases.detail(dpo, number)
    assert stored.language == "en"


def test_a_latvian_window_corrects_with_the_proof_in_latvian_and_keeps_it_as_written(
        qtbot, store, synchronous_tasks):
    """The dialog shows intake's English receipt proof in the window's language; saving other
    corrections leaves the stored evidence exactly as intake wrote it."""
    services, dpo, _manager = store
    written = "Message identifier: <abc@example.lv>"
    request = dataclasses.replace(new_request(rights=(Right.ACCESS,)), receipt_proof=written)
    number = services.cases.create(dpo, request).number
    i18n.install("lv")
    try:
        view = make_view(qtbot, services, dpo, number)
        view.identity_panel.details.correct_button.click()
        dialog = view.identity_panel.correction
        assert dialog.receipt_proof.toPlainText() == "Vēstules identifikators: <abc@example.lv>"
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.buttons.accepted.emit()
        settle()
        QApplication.processEvents()
        assert not dialog.isVisible(), dialog.error.text()
    finally:
        i18n.install("en")
    stored = services.cases.detail(dpo, number)
    assert stored.language == "en" and stored.receipt_proof == written
