"""A case's files open from the Identity tab: a PDF goes to the system's viewer from the app's
private folder (the URL captured with QDesktopServices.setUrlHandler and the file read back),
an imported e-mail is shown inside the app with its headers, text and attachments, which open
the same way. Once on a real thread pool."""

from __future__ import annotations

import stat
from email.message import EmailMessage
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from smarttek_dsar.paths import opened_files_dir
from smarttek_dsar.ui.attachment_opener import clean_opened_files
from smarttek_dsar.ui.email_viewer import EmailViewer
from smarttek_dsar.ui.tasks import use_synchronous_tasks
from tests.intake.mail_builder import RECEIVED_OURS, base_message
from tests.services.intake_files import write
from tests.ui.case_view_fixtures import (  # noqa: F401 (fixtures)
    make_view,
    settle,
    store_fixture,
    synchronous_tasks_fixture,
)

PDF = b"%PDF-1.4 pilnvara"


class _Viewer(QObject):
    """Stands in for the desktop's file viewer: remembers what it was asked to open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def show(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def viewer():
    captured = _Viewer()
    QDesktopServices.setUrlHandler("file", captured, "show")
    yield captured
    QDesktopServices.unsetUrlHandler("file")


def request_mail() -> bytes:
    inner = base_message(message_id="<inner@example.lv>", subject="Agrākā vēstule",
                         received=(RECEIVED_OURS,))
    inner.set_content("Pārsūtu savu agrāko vēstuli.")
    inner.add_attachment(b"%PDF-1.4 skenejums", maintype="application", subtype="pdf",
                         filename="skenejums.pdf")
    outer: EmailMessage = base_message(message_id="<outer@example.lv>", subject="Datu kopija",
                                       received=(RECEIVED_OURS,))
    outer.set_content("Labdien! Lūdzu sniegt manu datu kopiju.")
    outer.add_alternative("<html><body><p>Labdien! Lūdzu <b>sniegt</b> manu datu kopiju."
                          "<img src='http://tracker.example/x.png'></p></body></html>",
                          subtype="html")
    outer.add_attachment(PDF, maintype="application", subtype="pdf", filename="pilnvara.pdf")
    outer.add_attachment(inner.as_bytes(), maintype="application", subtype="octet-stream",
                         filename="agrakais.eml")
    return outer.as_bytes()


def _imported_view(qtbot, store, tmp_path):
    services, dpo, _manager = store
    result = services.imports.import_file(dpo, write(tmp_path, "pieprasijums.eml",
                                                     request_mail()))
    view = make_view(qtbot, services, dpo, result.case_number)
    return services, view


def _shown_email() -> EmailViewer | None:
    shown = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, EmailViewer) and w.isVisible()]
    return shown[-1] if shown else None


def _read_back(url: QUrl) -> bytes:
    path = Path(url.toLocalFile())
    assert path.is_relative_to(opened_files_dir())
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(opened_files_dir().stat().st_mode) == 0o700
    return path.read_bytes()


def test_a_pdf_opens_in_the_system_viewer_from_the_private_folder(qtbot, store, tmp_path,
                                                                  synchronous_tasks, viewer):
    _services, view = _imported_view(qtbot, store, tmp_path)
    history = view.identity_panel.history
    assert not history.open_button.isEnabled()
    history.select_attachment("pilnvara.pdf")
    assert history.open_button.isEnabled()
    history.open_button.click()
    settle()
    assert len(viewer.urls) == 1 and viewer.urls[0].fileName() == "pilnvara.pdf"
    assert _read_back(viewer.urls[0]) == PDF
    clean_opened_files()  # as the window does when it starts and ends
    assert list(opened_files_dir().iterdir()) == []
    # On the timeline in words, among the openings shown on demand.
    view.reload()
    settle()
    timeline = view.timeline_panel

    def actions() -> list[str]:
        return [timeline.table.item(r, 2).text() for r in range(timeline.table.rowCount())]

    assert "Attachment opened" not in actions()
    timeline.show_views.setChecked(True)
    assert "Attachment opened" in actions()


def test_an_email_is_shown_inside_the_app_and_its_attachments_open(qtbot, store, tmp_path,
                                                                  synchronous_tasks, viewer):
    services, view = _imported_view(qtbot, store, tmp_path)
    history = view.identity_panel.history
    dialogs: list[EmailViewer] = []
    view.identity_panel.opener.email_shown.connect(dialogs.append)
    history.select_attachment("pieprasijums.eml")
    history.open_selected()
    settle()
    dialog = _shown_email()
    assert dialogs == [dialog]
    assert dialog is not None and viewer.urls == []  # not handed to a mail program
    assert dialog.values["from"].text() == "Jānis Bērziņš <janis.berzins@example.lv>"
    assert dialog.values["to"].text() == "privacy@smarttek.eu"
    assert dialog.values["date"].text() == "03/09/2024 08:15 (Riga time)"  # 05:15 UTC
    assert dialog.values["subject"].text() == "Datu kopija"
    body = dialog.body.toPlainText()
    assert "Lūdzu sniegt manu datu kopiju" in body and "<" not in body
    listed = [dialog.files.item(i).text() for i in range(dialog.files.count())]
    assert listed[0] == "pilnvara.pdf  (17 B)" and listed[1].startswith("agrakais.eml  (")

    dialog.files.setCurrentRow(0)
    dialog.open_button.click()
    settle()
    assert _read_back(viewer.urls[0]) == PDF

    dialog.files.setCurrentRow(1)
    dialog.open_selected()
    settle()
    inner = dialogs[-1]
    assert inner is not dialog and inner.isVisible() and inner.values["subject"].text() == "Agrākā vēstule"
    # Its own attachment opens the same way, however deep the e-mails are nested.
    inner.files.setCurrentRow(0)
    inner.open_button.click()
    settle()
    assert _read_back(viewer.urls[1]) == b"%PDF-1.4 skenejums"
    opened = [e for e in services.audit.recent(store[1]) if e.action == "attachment.opened"]
    assert len(opened) == 4
    inner.reject()
    dialog.reject()


def test_a_file_opens_from_a_real_thread_pool(qtbot, store, tmp_path, viewer):
    use_synchronous_tasks(False)
    try:
        _services, view = _imported_view(qtbot, store, tmp_path)
        qtbot.waitUntil(lambda: view.identity_panel.history.attachments.rowCount() == 3)
        view.identity_panel.history.select_attachment("pilnvara.pdf")
        view.identity_panel.history.open_selected()
        qtbot.waitUntil(lambda: len(viewer.urls) == 1, timeout=10000)
        assert _read_back(viewer.urls[0]) == PDF
    finally:
        use_synchronous_tasks(True)
