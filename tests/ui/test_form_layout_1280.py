"""The register and the forms read whole at 1280x800 in both languages (issue 14, layout): no
row of the register's overview cuts its retention text, and no heading of the forms' small
tables (cookies, column labels) is cut. A real main window offscreen on a real SQLite store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from smarttek_dsar.ui import i18n


@pytest.fixture
def window(qtbot, context, language):
    from smarttek_dsar.ui.main_window import MainWindow

    i18n.install(language)
    shown = MainWindow(context)
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


@pytest.mark.parametrize("language", ["en", "lv"])
def test_no_row_of_the_register_cuts_its_text(qtbot, window):
    table = window.show_page("register").table
    _settle()
    for row in range(table.rowCount()):
        assert table.rowHeight(row) >= table.sizeHintForRow(row), row


@pytest.mark.parametrize("language", ["en", "lv"])
def test_the_headings_of_the_forms_tables_show_whole(qtbot, window):
    register = window.show_page("register")
    register.pages.setCurrentWidget(register.form)
    register.form.categories.setCurrentRow(1)
    tables = [register.form.more.cookies.table]
    _settle()
    for table in tables:
        header = table.horizontalHeader()
        for column in range(table.columnCount()):
            assert header.sectionSize(column) >= header.sectionSizeHint(column), column
