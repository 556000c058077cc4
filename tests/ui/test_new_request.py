"""Registering a request by typing and clicking: messages under the fields, then a real case."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from smarttek_dsar.domain.rights import Channel, Right
from smarttek_dsar.services.case_query import CaseFilter
from smarttek_dsar.ui.actions import ActionId
from smarttek_dsar.ui.new_request_dialog import NewRequestDialog
from smarttek_dsar.ui.today import now_qdatetime
from tests.ui.conftest import type_text

VALID_CODE = "010190-10001"  # born 1 January 1990, check digit by the published algorithm


def _dialog(qtbot, context) -> NewRequestDialog:
    dialog = NewRequestDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _tick(qtbot, check) -> None:
    # On the box itself: a check box in a wide grid cell only reacts on its box and text.
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))


def _message(dialog: NewRequestDialog, key: str) -> str:
    label = dialog.messages[key]
    return label.text() if label.isVisible() else ""


def test_each_field_says_what_is_wrong_and_register_waits_until_all_is_well(qtbot, context):
    dialog = _dialog(qtbot, context)
    assert not dialog.ok_button.isEnabled()
    assert "at least one right" in dialog.missing.text()  # untouched: said once, at the bottom

    type_text(dialog.subject_code, "010190-1000")
    assert "11 digits" in _message(dialog, "subject_code")
    type_text(dialog.subject_code, "2")
    assert "check digit" in _message(dialog, "subject_code")
    dialog.subject_code.clear()
    type_text(dialog.subject_code, VALID_CODE)
    assert _message(dialog, "subject_code") == ""

    type_text(dialog.subject_email, "janis@example")
    assert "domain" in _message(dialog, "subject_email")
    type_text(dialog.subject_phone, "12345")
    assert "Latvian number" in _message(dialog, "subject_phone")
    dialog.subject_phone.clear()
    type_text(dialog.subject_email, ".lv")
    assert _message(dialog, "subject_email") == ""

    dialog.received.setDateTime(now_qdatetime().addDays(2))
    assert "future" in _message(dialog, "received")
    dialog.received.setDateTime(now_qdatetime().addSecs(-3600))
    assert _message(dialog, "received") == ""

    _tick(qtbot, dialog.rights[Right.ACCESS])
    assert dialog.ok_button.isEnabled()  # an e-mail is enough without a name
    _tick(qtbot, dialog.rights[Right.ACCESS])
    assert "at least one right" in _message(dialog, "rights")
    assert not dialog.ok_button.isEnabled()


def test_a_representative_needs_a_name_and_proof_of_authority(qtbot, context):
    dialog = _dialog(qtbot, context)
    type_text(dialog.subject_name, "Anna Liepa")
    dialog.rights[Right.ERASURE].setChecked(True)
    assert dialog.ok_button.isEnabled()
    dialog.representative.setChecked(True)
    assert not dialog.ok_button.isEnabled()
    type_text(dialog.rep_name, "Pēteris Ozols")
    type_text(dialog.rep_proof, "x")
    dialog.rep_proof.clear()
    assert "proof of authority" in _message(dialog, "rep_proof")
    type_text(dialog.rep_proof, "Notarised power of attorney, 2 pages")
    assert dialog.ok_button.isEnabled()


def test_typing_a_request_and_registering_it_creates_the_case(qtbot, context, services, dpo,
                                                             tmp_path):
    letter = tmp_path / "request letter.pdf"
    letter.write_bytes(b"%PDF-1.4 letter")
    passport = tmp_path / "pase.jpg"
    passport.write_bytes(b"\xff\xd8 passport scan")
    dialog = _dialog(qtbot, context)
    dialog.received.setDateTime(now_qdatetime().addDays(-1))
    dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.LETTER))
    type_text(dialog.subject_name, "Līga Kalniņa")
    type_text(dialog.subject_code, VALID_CODE)
    type_text(dialog.subject_email, "Liga.Kalnina@Example.LV")
    type_text(dialog.subject_phone, "2612 3456")
    type_text(dialog.receipt_proof, "Envelope scan, post stamp 03.09.")
    type_text(dialog.request_text, "Lūdzu izsniegt visus manus datus.")
    _tick(qtbot, dialog.rights[Right.ACCESS])
    _tick(qtbot, dialog.rights[Right.PORTABILITY])
    dialog.attachments.add_files([letter])
    _drop_files(dialog, [passport])  # dragged from the file manager onto the form
    assert dialog.attachments.paths() == [letter, passport]
    assert dialog.attachments.files.item(0).text() == "request letter.pdf  (15 bytes)"
    dialog.attachments.mark_id_document(1)

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    detail = services.cases.detail(dpo, dialog.created.number)
    assert detail.summary.channel is Channel.LETTER
    assert set(detail.summary.rights) == {Right.ACCESS, Right.PORTABILITY}
    assert detail.subject.personal_code == VALID_CODE
    assert detail.subject.email == "Liga.Kalnina@example.lv"
    assert detail.subject.phone == "+37126123456"
    assert {(a.filename, a.kind) for a in detail.attachments} == {
        ("request letter.pdf", "request"), ("pase.jpg", "id_document")}


def _drop_files(widget, paths) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = QPoint(20, 20)
    for kind in (QDropEvent.Type.DragEnter, QDropEvent.Type.Drop):
        event = QDropEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                           Qt.KeyboardModifier.NoModifier, kind)
        QApplication.sendEvent(widget, event)


def test_ctrl_n_registers_a_request_and_opens_it(qtbot, main_window, services, dpo):
    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewRequestDialog)
        type_text(dialog.subject_name, "Oskars Vītols")
        type_text(dialog.subject_email, "oskars@example.lv")
        dialog.rights[Right.OBJECTION_MARKETING].setChecked(True)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_in)
    main_window.registry[ActionId.NEW_REQUEST].trigger()
    created = services.cases.list(dpo, CaseFilter(text="oskars@example.lv"))
    assert len(created) == 1
    number = created[0].number
    assert main_window.tabs.open_numbers() == [number]
    inbox = main_window.pages["inbox"]
    assert number in [inbox.model.summary(r).number for r in range(inbox.model.rowCount())] or \
        inbox.model.total == services.cases.count(dpo, CaseFilter(open_only=True,
                                                                  unassigned=True))


def _discard_box(dialog: NewRequestDialog):
    return dialog.findChild(QMessageBox, "confirm_discard_request")


def test_esc_on_an_untouched_form_just_closes(qtbot, context):
    dialog = _dialog(qtbot, context)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    assert _discard_box(dialog) is None


def test_esc_asks_before_throwing_away_what_was_typed(qtbot, context):
    dialog = _dialog(qtbot, context)
    type_text(dialog.subject_name, "Jānis Bērziņš")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    box = _discard_box(dialog)
    assert box is not None and box.isVisible()
    assert "not been registered" in box.text()
    # Keep editing (the default): the dialog stays with the text in it.
    box.button(QMessageBox.StandardButton.Cancel).click()
    QApplication.processEvents()
    assert dialog.isVisible() and dialog.subject_name.text() == "Jānis Bērziņš"
    # The close button asks too; Discard closes without registering anything.
    dialog.close()
    box = _discard_box(dialog)
    assert box is not None
    box.button(QMessageBox.StandardButton.Discard).click()
    QApplication.processEvents()
    assert not dialog.isVisible() and dialog.created is None
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_messages_appearing_while_typing_do_not_move_the_fields(qtbot, context):
    dialog = _dialog(qtbot, context)
    qtbot.waitExposed(dialog)

    def positions() -> list[int]:
        return [w.mapTo(dialog, w.rect().topLeft()).y()
                for w in (dialog.subject_email, dialog.subject_phone, dialog.ok_button)]

    before = positions()
    type_text(dialog.subject_code, "010190-1000")  # its message appears under the field
    QApplication.processEvents()
    assert "11 digits" in _message(dialog, "subject_code")
    assert positions() == before
    # One line on screen; the whole message on hover.
    label = dialog.messages["subject_code"]
    assert label.height() < 2 * label.fontMetrics().height()
    assert label.toolTip() == label.text() and "got '010190-1000'" in label.toolTip()
    type_text(dialog.subject_code, "1")
    QApplication.processEvents()
    assert _message(dialog, "subject_code") == "" and positions() == before


def test_a_pasted_nul_is_removed_and_the_request_registered_on_postgresql(qtbot,
                                                                         fresh_postgres_url):
    """PostgreSQL refuses NUL in text: the pasted character is dropped, the rest is kept."""
    from smarttek_dsar.services import Services
    from smarttek_dsar.storage.database import Database
    from smarttek_dsar.ui.context import AppContext
    from tests.conftest import PASSWORD

    services = Services(Database(fresh_postgres_url))
    try:
        services.users.create_first_admin("dpo", PASSWORD, "Dace Ozola")
        dpo = services.users.login("dpo", PASSWORD)
        dialog = _dialog(qtbot, AppContext(services, dpo))
        dialog.received.setDateTime(now_qdatetime().addDays(-1))
        dialog.subject_name.insert("Līga\x00 Kalniņa")  # as a paste puts it in
        type_text(dialog.subject_email, "liga.kalnina@example.lv")
        dialog.request_text.insertPlainText("Lūdzu\x00 izsniegt datus.")
        _tick(qtbot, dialog.rights[Right.ACCESS])
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert dialog.result() == QDialog.DialogCode.Accepted
        detail = services.cases.detail(dpo, dialog.created.number)
        assert detail.subject.name == "Līga Kalniņa"
        assert detail.request_text == "Lūdzu izsniegt datus."
    finally:
        services.db.dispose()
