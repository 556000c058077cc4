"""The import dialog with a scanned letter read by OCR on the real thread pool (as the window
runs it: the window stays responsive while Tesseract reads) and with a signed .edoc whose
verification the row shows, in English and in Latvian."""

from __future__ import annotations

import shutil
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.import_dialog import RESULT, ImportDialog
from smarttek_dsar.ui.tasks import use_synchronous_tasks
from tests.fixed_clock import TODAY
from tests.intake.asice_builder import SIGNER_CODE, signed_request
from tests.intake.letter_scans import LETTER_CODE, scanned
from tests.services.intake_files import write

PASSWORD = "correct-horse-battery"


@pytest.fixture
def context(empty_services) -> AppContext:
    empty_services.users.create_first_admin("dace", PASSWORD, "Dace Ozola")
    return AppContext(empty_services, empty_services.users.actor_for("dace", reason="test"))


def _import(qtbot, context, path) -> ImportDialog:
    dialog = ImportDialog(context, [path])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.needs_date  # a scan or a signed document waits for its delivery date
    dialog.scan_date.setDate(TODAY - timedelta(days=1))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    return dialog


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract-ocr is not installed")
def test_a_scanned_letter_is_read_in_the_background(qtbot, context, tmp_path):
    use_synchronous_tasks(False)
    try:
        dialog = _import(qtbot, context, write(tmp_path, "vēstule.png", scanned("png")))
        qtbot.waitUntil(lambda: bool(dialog.results), timeout=120_000)
    finally:
        use_synchronous_tasks(True)
    assert dialog.table.item(0, RESULT).text().startswith("Created DSAR-")
    number = dialog.results[0].case_number
    case = context.services.cases.detail(context.actor, number)
    assert case.parties[0].personal_code == LETTER_CODE
    assert "read by OCR" in dialog.table.item(0, RESULT).toolTip()


def test_a_signed_request_shows_its_verification(qtbot, context, tmp_path):
    data, pki = signed_request()
    ca = write(tmp_path, "root.pem", pki.root.pem)
    context.services.trust.add(context.actor, ca)  # dace is the administrator
    dialog = _import(qtbot, context, write(tmp_path, "iesniegums.edoc", data))
    text = dialog.table.item(0, RESULT).text()
    assert f"signature verified, revocation NOT confirmed: Jānis Bērziņš ({SIGNER_CODE})" in text
    assert "the certificate names no OCSP service to ask" in text
    assert "identity verified by the e-signature" in text


def test_an_untrusted_signature_is_shown_plainly_in_latvian(qtbot, context, tmp_path):
    i18n.install("lv")
    data, _ = signed_request()
    dialog = _import(qtbot, context, write(tmp_path, "iesniegums.edoc", data))
    text = dialog.table.item(0, RESULT).text()
    assert "paraksts NAV derīgs, nekas netika pārbaudīts" in text
    assert "Nav uzstādīts neviens uzticamības enkurs" in text  # the reason too, in Latvian


def test_the_ocsp_result_is_shown_in_latvian(qtbot, context, tmp_path):
    from tests.intake.asice_builder import make_pki
    from tests.intake.ocsp_responder import running_responder

    i18n.install("lv")
    with running_responder() as responder:
        pki = make_pki(ocsp_url=responder.url)
        responder.serve(pki)
        context.services.trust.add(context.actor, write(tmp_path, "root.pem", pki.root.pem))
        data, _ = signed_request(pki)
        dialog = _import(qtbot, context, write(tmp_path, "iesniegums.edoc", data))
        assert "nav atsaukts (CA OCSP dienests atbildēja “derīgs”)" in \
            dialog.table.item(0, RESULT).text()
        responder.status = "revoked"
        again, _ = signed_request(pki, text="Lūdzu dzēst manus datus.\n")
        dialog = _import(qtbot, context, write(tmp_path, "otrs.edoc", again))
        text = dialog.table.item(0, RESULT).text()
        assert "sertifikātu izdevējs (CA) ir ATSAUCIS parakstītāja sertifikātu" in text


def test_the_revocation_in_the_audit_trail_reads_in_latvian(qtbot):
    from smarttek_dsar.ui.audit_details import details_text

    i18n.install("lv")
    assert details_text({"method": "e_signature", "revocation": "good"}).endswith(
        "atsaukšana (OCSP): nav atsaukts")
    assert details_text({"revocation": "unreachable"}) == (
        "atsaukšana (OCSP): nav pārbaudīts: dienests nebija sasniedzams")
