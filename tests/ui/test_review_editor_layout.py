"""The decision editor's labels show whole at 1280x800 in both languages (issue 14: "the review
editor label is clipped"): a real main window offscreen on the demo case store, a case opened on
its legal review tab, the suggestion label before and after a cell is chosen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from smarttek_dsar.ui import i18n


def _whole(label: QLabel) -> None:
    assert label.isVisible()
    needed = label.heightForWidth(label.width()) if label.wordWrap() else \
        label.sizeHint().height()
    assert label.height() >= needed, (label.text(), label.height(), needed)
    assert label.width() >= min(label.sizeHint().width(), label.minimumSizeHint().width())


@pytest.mark.parametrize("language", ["en", "lv"])
def test_the_suggestion_label_shows_whole_at_1280_by_800(qtbot, context, language):
    from smarttek_dsar.ui.main_window import MainWindow

    i18n.install(language)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("all")
    number = window.pages["all"].model.summary(0).number
    view = window.tabs.open_case(number)
    review = view.review_panel
    view.tabs.setCurrentWidget(review)
    qtbot.wait(50)
    editor = review.editor
    _whole(editor.suggestion_label)
    assert editor.suggestion_label.height() < 3 * editor.suggestion_label.fontMetrics().height()
    if review.matrix.rowCount() and review.matrix.columnCount():
        review.matrix.setCurrentCell(0, 0)
        qtbot.wait(50)
        _whole(editor.suggestion_label)
    for label in editor.findChildren(QLabel):
        if label.isVisible() and label.text():
            _whole(label)
