"""A request walked from intake to closure purely through the case view's widgets, checking
what the window shows and what the case store holds after each step."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from smarttek_dsar.domain.identity import VerificationMethod
from smarttek_dsar.domain.rights import Outcome, Right
from smarttek_dsar.domain.workflow import Stage
from smarttek_dsar.storage.register_file import load_default_register
from tests.fixed_clock import TODAY
from tests.ui.case_view_fixtures import (  # noqa: F401 (fixtures)
    confirm,
    make_view,
    open_message_box,
    register_case,
    settle,
    store_fixture,
    synchronous_tasks_fixture,
    type_text,
)


def click(qtbot, button) -> None:
    assert button.isEnabled(), f"{button.text()!r} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle()


def table_text(table) -> str:
    return "\n".join(
        " | ".join(table.item(r, c).text() if table.item(r, c) else ""
                   for c in range(table.columnCount()))
        for r in range(table.rowCount())
    )


def test_case_walks_from_intake_to_closed(qtbot, store, synchronous_tasks, tmp_path, monkeypatch):
    services, dpo, _manager = store
    number = register_case(services, dpo, days_ago=2)
    view = make_view(qtbot, services, dpo, number)

    def stored():
        return services.cases.detail(dpo, number)

    assert view.header.number_label.text() == number
    assert view.header.subject_label.text() == "Ilze Kalniņa"
    assert view.tabs.currentWidget() is view.identity_panel
    identity = view.identity_panel

    # Identity in doubt: ask for more, the clock pauses.
    type_text(identity.pause_reason, "Lūdzām parakstīt pieprasījumu ar eParakstu")
    click(qtbot, identity.pause_button)
    assert stored().summary.paused
    assert stored().summary.stage is Stage.IDENTITY
    assert view.header.clock.paused_badge.isVisible()
    assert "ar eParakstu" in table_text(identity.history.pauses)
    assert not identity.pause_button.isEnabled() and identity.resume_button.isEnabled()

    click(qtbot, identity.resume_button)
    assert not stored().summary.paused
    assert stored().pauses[0].end == TODAY
    assert not view.header.clock.paused_badge.isVisible()

    # Moving on before the identity is verified is refused with the missing step.
    click(qtbot, view.header.advance_button)
    assert "record a successful identity check" in view.banner.text
    assert stored().summary.stage is Stage.IDENTITY

    identity.method_buttons[VerificationMethod.E_SIGNATURE].click()
    type_text(identity.notes, "Pieprasījums parakstīts ar eParakstu, sertifikāts derīgs")
    click(qtbot, identity.record_button)
    check = stored().identity_checks[0]
    assert (check.method, check.result, check.verifier) == ("e_signature", "verified", "dace")
    scan = next(a for a in stored().attachments if a.kind == "id_document")
    assert scan.deleted_at is not None
    assert "deleted on" in table_text(identity.history.attachments)
    assert "Qualified e-signature" in table_text(identity.history.checks)
    assert view.banner.text == ""

    click(qtbot, view.header.advance_button)
    assert "A case does not move back" in confirm()
    assert stored().summary.stage is Stage.REVIEW
    assert view.tabs.currentWidget() is view.review_panel

    # Legal review: accept the suggestions, override one; without a reason it is refused.
    review = view.review_panel
    register = load_default_register()
    click(qtbot, review.accept_button)
    # The same act as `review --accept-suggestions`: nothing was collected, so only the file of
    # this request is known to hold the subject's data; it gets its decision per right.
    assert len(stored().decisions) == 2
    assert stored().register_version == register.version
    assert "Nothing has been collected yet" in review.not_held_label.text()
    review.select_cell("case_file", Right.ACCESS)
    assert review.cell("case_file", Right.ACCESS).suggestion.outcome is Outcome.GRANT
    editor = review.editor
    editor.outcome.setCurrentIndex(editor.outcome.findData(Outcome.PARTIAL))
    editor.article.setText("Art. 15(4)")
    editor.reason.clear()
    click(qtbot, editor.apply_button)
    assert review.matrix.currentItem().text().startswith("✎")
    click(qtbot, review.save_button)
    assert "overriding the suggested 'Grant' needs a reason" in view.banner.text  # the outcome in words
    recorded = {(d.category_id, d.right): d.outcome for d in stored().decisions}
    assert recorded[("case_file", Right.ACCESS)] == "grant"

    type_text(editor.reason, "Lietā ir pārstāvja dati")
    click(qtbot, editor.apply_button)
    click(qtbot, review.save_button)
    decisions = {(d.category_id, d.right): d for d in stored().decisions}
    assert len(decisions) == 2
    override = decisions[("case_file", Right.ACCESS)]
    assert (override.outcome, override.suggested_outcome) == ("partial", "grant")
    assert override.reason == "Lietā ir pārstāvja dati"
    assert override.subject_reason.startswith("Pievienojam šo datu kopiju")
    kept = decisions[("case_file", Right.ERASURE)]
    assert (kept.outcome, kept.ground) == ("refuse", "17(3)(e)") and kept.keep_until > TODAY
    assert stored().register_version == register.version
    assert not review.save_button.isEnabled()

    click(qtbot, view.header.advance_button)
    assert "A case does not move back" in confirm()
    assert stored().summary.stage is Stage.FULFILMENT
    assert view.tabs.currentWidget() is view.fulfilment_panel

    # Fulfilment: a GDPR 19 notice, planned and confirmed.
    tasks = view.fulfilment_panel
    tasks.action.setCurrentIndex(tasks.action.findData("notify"))
    type_text(tasks.recipient, "SIA Mailigen")
    type_text(tasks.system, "E-pasta kampaņas")
    click(qtbot, tasks.add_button)
    assert stored().tasks[0].recipient == "SIA Mailigen"
    assert "SIA Mailigen" in table_text(tasks.table)
    tasks.table.selectRow(0)
    click(qtbot, tasks.done_button)
    task = stored().tasks[0]
    assert task.done_at is not None and task.confirmed_by == "dace"
    assert "dace" in table_text(tasks.table)

    # Response: the delivered files, hashed in the background.
    view.tabs.setCurrentWidget(view.response_panel)
    delivery = view.response_panel.delivery
    letter = tmp_path / "atbilde_DSAR.pdf"
    letter.write_bytes(b"%PDF-1.7 atbilde Ilzei Kalninai")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(letter)], "")))
    click(qtbot, delivery.choose_button)
    digest = hashlib.sha256(letter.read_bytes()).hexdigest()
    assert digest in table_text(delivery.files_table)
    type_text(delivery.proof, "Message-ID <atbilde-1@smarttek.eu>")
    click(qtbot, delivery.record_button)
    disclosure = stored().disclosures[0]
    assert disclosure.files == (("atbilde_DSAR.pdf", digest, letter.stat().st_size),)
    assert disclosure.proof == "Message-ID <atbilde-1@smarttek.eu>"
    # Every task is done: the window offers "Response sent" at once. Declined, the case stays
    # in fulfilment until moved on, and the page says so, not "Response sent".
    offer = open_message_box("confirm_response_sent")
    assert offer is not None and "every fulfilment task is done" in offer.text()
    offer.button(QMessageBox.StandardButton.No).click()
    settle()
    assert stored().summary.stage is Stage.FULFILMENT
    outcome = view.response_panel.outcome_label.text()
    assert outcome.startswith("Delivered on") and "still in fulfilment" in outcome

    click(qtbot, view.header.advance_button)
    assert "A case does not move back" in confirm()
    assert stored().summary.stage is Stage.RESPONDED
    assert view.response_panel.outcome_label.text().startswith("Response sent on")
    assert view.header.close_button.isVisible()
    click(qtbot, view.header.close_button)
    assert "cannot be reopened" in confirm("confirm_close")
    assert stored().summary.stage is Stage.CLOSED
    assert view.header.clock.days_label.text().startswith("Clock stopped")
    assert not view.header.advance_button.isVisible()

    timeline = table_text(view.timeline_panel.table)
    for action in ("Case closed", "Response delivered", "Review decisions recorded",
                   "Identity checked", "Clock paused: information requested"):
        assert action in timeline
