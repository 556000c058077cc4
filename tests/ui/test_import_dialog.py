"""The import dialog and dropping request files on the window, with real widgets, a real
SQLite case store and real files."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

from smarttek_dsar.domain.rights import Channel
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.import_dialog import RESULT, ImportDialog, accept_dropped_files
from tests.services.intake_files import mail, portal_file, scan_file, write

PASSWORD = "correct-horse-battery"


@pytest.fixture
def context(empty_services) -> AppContext:
    empty_services.users.create_first_admin("dace", PASSWORD, "Dace Ozola")
    return AppContext(empty_services, empty_services.users.actor_for("dace", reason="test fixture"))


@pytest.fixture
def files(tmp_path):
    return [
        write(tmp_path, "pieprasījums.eml", mail()),
        write(tmp_path, "bojāts.json", b'{"request_id": '),
        write(tmp_path, "PR-2024-000123.json", portal_file()),
    ]


def open_dialog(qtbot, context, paths) -> ImportDialog:
    dialog = ImportDialog(context, paths)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def column(dialog: ImportDialog, index: int) -> list[str]:
    return [dialog.table.item(row, index).text() for row in range(dialog.table.rowCount())]


def test_files_are_imported_and_each_result_is_shown(qtbot, context, files):
    changed = []
    context.changed.connect(changed.append)
    dialog = open_dialog(qtbot, context, files)
    assert column(dialog, 0) == ["pieprasījums.eml", "bojāts.json", "PR-2024-000123.json"]
    results = column(dialog, RESULT)
    assert results[0] == "Created DSAR-2024-0001"
    assert results[1].startswith("bojāts.json: the portal file is not valid JSON")
    assert results[2] == "Created DSAR-2024-0002"
    assert column(dialog, 2) == ["DSAR-2024-0001", "", "DSAR-2024-0002"]
    # The case number is shown whole, never cut to "DSAR-20…".
    header = dialog.table.horizontalHeader()
    width = dialog.table.fontMetrics().horizontalAdvance("DSAR-2024-0001")
    assert header.sectionSize(2) >= width
    assert dialog.table.item(1, 0).foreground().color().name() == "#b00020"
    assert "Rights guessed" in dialog.table.item(0, RESULT).toolTip()
    assert "2 new cases, 0 imported before, 1 refused" in dialog.summary.text()
    # Two new cases: every list, the dashboard and the audit page read again.
    assert [(c.case_number, c.case_list, c.dashboard) for c in changed] == [(None, True, True)]
    assert context.services.cases.count(context.actor) == 2


def test_importing_again_shows_the_existing_case(qtbot, context, files):
    open_dialog(qtbot, context, files[:1])
    changed = []
    context.changed.connect(changed.append)
    again = open_dialog(qtbot, context, files[:1])
    assert column(again, RESULT) == ["Duplicate of DSAR-2024-0001 (imported before)"]
    assert changed == []  # nothing new to show


def test_double_click_opens_the_case(qtbot, context, files):
    dialog = open_dialog(qtbot, context, files[:1])
    with qtbot.waitSignal(context.open_case_requested) as opened:
        dialog.table.cellDoubleClicked.emit(0, 0)
    assert opened.args == ["DSAR-2024-0001"]


def test_cancel_stops_between_files(qtbot, context, files, monkeypatch):
    imports = context.services.imports
    real = imports.import_file
    holder: list[ImportDialog] = []

    def import_then_cancel(actor, path, **kwargs):
        result = real(actor, path, **kwargs)
        holder[0].cancel()  # the user presses Cancel while the first file is imported
        return result

    monkeypatch.setattr(imports, "import_file", import_then_cancel)
    dialog = ImportDialog(context, files)
    holder.append(dialog)
    qtbot.addWidget(dialog)
    dialog.show()
    assert column(dialog, RESULT) == ["Created DSAR-2024-0001", "Not imported (cancelled)",
                                      "Not imported (cancelled)"]
    assert context.services.cases.count(context.actor) == 1


def test_scanned_letter_waits_for_its_delivery_date(qtbot, context, tmp_path):
    dialog = open_dialog(qtbot, context, [write(tmp_path, "vēstule.pdf", scan_file())])
    assert column(dialog, RESULT) == ["Waiting…"]
    dialog.scan_date.setDate(date(2024, 9, 3))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert column(dialog, RESULT) == ["Created DSAR-2024-0001"]
    case = context.services.cases.detail(context.actor, "DSAR-2024-0001")
    assert case.summary.channel is Channel.LETTER


def drag_data(*paths) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


# Qt marks the QPoint constructor of QDragEnterEvent deprecated, yet PySide offers no other.
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_request_files_dropped_on_the_window_are_imported(qtbot, context, files, tmp_path):
    window = QWidget()
    qtbot.addWidget(window)
    drop = accept_dropped_files(window, context)
    assert window.acceptDrops()
    text = write(tmp_path, "notes.txt", b"not a request")
    only_text = drag_data(text)
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, only_text,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()
    mixed = drag_data(files[0], text)
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mixed,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    dropped = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mixed,
                         Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, dropped)
    assert dropped.isAccepted()
    assert [r.path.name for r in drop.dialog.results] == ["pieprasījums.eml"]
    assert column(drop.dialog, RESULT) == ["Created DSAR-2024-0001"]
    drop.dialog.close()


def test_a_file_left_in_the_original_is_named_in_the_windows_language(qtbot, context, tmp_path):
    from smarttek_dsar.ui import i18n

    i18n.install("lv")
    context.services.organisation.update(context.actor, "max_attachment_mb", 1)
    big = mail(attachments=(("skenējums.pdf", b"%PDF" + b"0" * (1024 * 1024 + 10)),))
    dialog = open_dialog(qtbot, context, [write(tmp_path, "liels.eml", big)])
    tip = dialog.table.item(0, RESULT).toolTip()
    assert "Pielikums “skenējums.pdf” ir aptuveni 1.0 MB, vairāk par pielikumu ierobežojumu " \
           "1.0 MB" in tip, tip
    assert "sākotnējā e-pastā" in tip
