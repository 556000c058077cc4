"""The package, letter and dossier dialogs, clicked through on the offscreen platform."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import Qt

from smarttek_dsar.ui.case_view.view import CaseView  # noqa: F401 (the view the panel is in)
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.letter_dialog import DossierDialog, LetterDialog
from smarttek_dsar.ui.package_dialog import PackageDialog
from tests.fixed_clock import TODAY
from tests.services.package_cases import collected_case, to_fulfilment
from tests.ui.case_view_fixtures import (  # noqa: F401 (fixtures)
    make_view,
    settle,
    store_fixture,
    synchronous_tasks_fixture,
    type_text,
)

PACKAGE_PASSWORD = "Ezera-iela-5-parole"


def click(qtbot, button) -> None:
    assert button.isEnabled(), f"{button.text()!r} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle()


def _fulfilment_case(services, dpo, tmp_path) -> str:
    number = collected_case(services, dpo, tmp_path).number
    to_fulfilment(services, dpo, number)
    return number


def test_export_preview_and_record_delivery(qtbot, store, synchronous_tasks, tmp_path):
    services, dpo, _manager = store
    number = _fulfilment_case(services, dpo, tmp_path)
    view = make_view(qtbot, services, dpo, number)
    panel = view.response_panel
    click(qtbot, panel.package_button)
    dialog = panel.dialog
    assert isinstance(dialog, PackageDialog)
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    click(qtbot, dialog.export_button)
    assert dialog.result is not None, dialog.status.text()
    assert dialog.files_table.rowCount() == len(dialog.result.files)
    assert dialog.preview.page_count > 1  # the PDF is shown inside the window
    dialog.proof.setText("Message-ID <pkg@smarttek.eu>")
    click(qtbot, dialog.record_button)
    detail = services.cases.detail(dpo, number)
    delivered = {name: sha for name, sha, _size in detail.disclosures[0].files}
    for item in dialog.result.files:
        assert delivered[item.path.name] == hashlib.sha256(item.path.read_bytes()).hexdigest()
    assert detail.disclosures[0].proof == "Message-ID <pkg@smarttek.eu>"


def test_export_for_another_controller_from_the_dialog(qtbot, store, synchronous_tasks,
                                                      tmp_path):
    services, dpo, _manager = store
    number = _fulfilment_case(services, dpo, tmp_path)
    dialog = PackageDialog(AppContext(services, dpo), services.cases.detail(dpo, number))
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.controller.setText("Citi Dati SIA")
    click(qtbot, dialog.transfer_button)
    assert "recorded as a disclosure to Citi Dati SIA" in dialog.status.text()
    folder = tmp_path / "out" / f"{number}_to_Citi-Dati-SIA"
    assert (folder / f"{number}_portability.json").is_file()
    assert (folder / f"{number}_portability.schema.json").is_file()
    assert dialog.files_table.rowCount() == 4


def test_password_twice_and_encrypted_preview_from_memory(qtbot, store, synchronous_tasks,
                                                          tmp_path):
    services, dpo, _manager = store
    number = _fulfilment_case(services, dpo, tmp_path)
    dialog = PackageDialog(AppContext(services, dpo), services.cases.detail(dpo, number))
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "out"))
    type_text(dialog.password, PACKAGE_PASSWORD)
    type_text(dialog.password_again, PACKAGE_PASSWORD + "x")
    click(qtbot, dialog.export_button)
    assert "differ" in dialog.status.text() and dialog.result is None
    dialog.password_again.clear()
    type_text(dialog.password_again, PACKAGE_PASSWORD)
    click(qtbot, dialog.export_button)
    assert dialog.result is not None, dialog.status.text()
    written = {p.name for p in (tmp_path / "out" / number).iterdir()}
    assert written == {f"{number}_package.7z", f"{number}_manifest.json", "SHA256SUMS.txt"}
    assert dialog.preview.page_count > 1  # decrypted in memory, nothing unencrypted on disk


def test_refusal_is_shown_in_the_dialog(qtbot, store, synchronous_tasks, tmp_path):
    services, dpo, _manager = store
    number = _fulfilment_case(services, dpo, tmp_path)
    dialog = PackageDialog(AppContext(services, dpo), services.cases.detail(dpo, number))
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "out"))
    type_text(dialog.password, "eleven-char")
    type_text(dialog.password_again, "eleven-char")
    click(qtbot, dialog.export_button)
    assert "at least 12" in dialog.status.text() and dialog.export_button.isEnabled()
    assert not (tmp_path / "out").exists()


def test_generate_fills_a_strong_password_that_opens_the_package(qtbot, store,
                                                                 synchronous_tasks, tmp_path):
    import py7zr

    services, dpo, _manager = store
    number = _fulfilment_case(services, dpo, tmp_path)
    dialog = PackageDialog(AppContext(services, dpo), services.cases.detail(dpo, number))
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "out"))
    click(qtbot, dialog.generate_button)
    generated = dialog.password.text()
    # Shown in clear, once, to be read out to the subject; both fields hold it.
    assert len(generated) >= 12 and dialog.password_again.text() == generated
    assert dialog.password.echoMode() == dialog.password.EchoMode.Normal
    assert "another channel" in dialog.status.text()
    click(qtbot, dialog.generate_button)
    assert dialog.password.text() != generated  # a new one each time
    generated = dialog.password.text()
    click(qtbot, dialog.export_button)
    assert dialog.result is not None, dialog.status.text()
    archive = tmp_path / "out" / number / f"{number}_package.7z"
    with py7zr.SevenZipFile(archive, password=generated) as opened:
        assert f"{number}_data.pdf" in opened.getnames()
    assert dialog.preview.page_count > 1


def test_letter_and_dossier_dialogs_write_and_preview(qtbot, store, synchronous_tasks,
                                                      tmp_path, monkeypatch):
    monkeypatch.setenv("SMARTTEK_DSAR_LETTERS", str(tmp_path / "letters"))
    services, dpo, _manager = store
    number = _fulfilment_case(services, dpo, tmp_path)
    context = AppContext(services, dpo)
    # The extension letter states the recorded extension: its reason and the new date.
    services.response.extend(dpo, number, reason="Jāpārskata daudz zvanu ierakstu",
                             notified_on=TODAY)
    detail = services.cases.detail(dpo, number)
    letter = LetterDialog(context, detail)
    qtbot.addWidget(letter)
    letter.kind.setCurrentIndex(letter.kind.findData("extension"))
    letter.output.setText(str(tmp_path / "extension.pdf"))
    click(qtbot, letter.write_button)
    assert (tmp_path / "extension.pdf").is_file(), letter.status.text()
    assert letter.preview.page_count == 1
    dossier = DossierDialog(context, detail)
    qtbot.addWidget(dossier)
    dossier.output.setText(str(tmp_path / "dossier.pdf"))
    click(qtbot, dossier.write_button)
    assert (tmp_path / "dossier.pdf").is_file(), dossier.status.text()
    assert dossier.preview.page_count >= 3


def test_manager_sees_the_buttons_disabled(qtbot, store, synchronous_tasks, tmp_path):
    services, dpo, manager = store
    number = _fulfilment_case(services, dpo, tmp_path)
    view = make_view(qtbot, services, manager, number)
    panel = view.response_panel
    for button in (panel.package_button, panel.letter_button, panel.dossier_button):
        assert not button.isEnabled()
