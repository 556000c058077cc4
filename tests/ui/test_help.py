"""F1 opens the user guide in the window's language; both guides say the same things."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.help_dialog import guide_path


@pytest.mark.parametrize(("language", "heading", "keys"), [
    ("en", "Smarttek DSAR Desk — user guide", "Close the case tab on screen"),
    ("lv", "Smarttek DSAR Desk — lietotāja rokasgrāmata", "Aizvērt ekrānā redzamās lietas cilni"),
])
def test_f1_opens_the_guide_in_the_window_language(qtbot, context, language, heading, keys):
    from smarttek_dsar.ui.main_window import MainWindow

    i18n.install(language)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.guide
    assert guide.isVisible()
    text = guide.browser.toPlainText()
    assert text.startswith(heading) and keys in text
    assert "Ctrl+W" in text and ("GDPR" in text or "VDAR" in text)


def test_both_guides_have_the_same_sections_and_keys():
    def outline(language: str) -> tuple[int, list[str]]:
        text = guide_path(language).read_text(encoding="utf-8")
        keys = re.findall(r"^\| (Ctrl\+\S+|F\d+|Enter|Ctrl\+1 … Ctrl\+9) \|", text, re.M)
        return len(re.findall(r"^#+ ", text, re.M)), keys

    assert outline("en") == outline("lv")
    assert "Ctrl+W" in outline("en")[1]
