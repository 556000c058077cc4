"""The register and sources forms in the Latvian window show no English of their own: every
label, button, check box, tab, choice and placeholder whose English text this part added is
looked for among the visible texts (issue 14, "Latvian everywhere")."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
)

from smarttek_dsar.paths import resource_path
from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.register_page import RegisterPage
from smarttek_dsar.ui.sources_page import SourcesPage


def _english_of_this_part() -> set[str]:
    root = ET.parse(resource_path("translations", "forms14_lv.ts")).getroot()
    return {m.findtext("source") for m in root.iter("message")
            if m.findtext("source") != m.findtext("translation")}


def _texts(widget) -> set[str]:
    shown: set[str] = set()
    for child in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton):
        shown.add(child.text())
    for combo in widget.findChildren(QComboBox):
        shown.update(combo.itemText(i) for i in range(combo.count()))
    for edit in widget.findChildren(QLineEdit) + widget.findChildren(QPlainTextEdit):
        shown.add(edit.placeholderText())
    for tabs in widget.findChildren(QTabWidget):
        shown.update(tabs.tabText(i) for i in range(tabs.count()))
    return shown


@pytest.mark.parametrize("page_class", [RegisterPage, SourcesPage])
def test_no_english_of_the_forms_in_the_latvian_window(qtbot, services, dpo, page_class,
                                                       tmp_path, monkeypatch):
    monkeypatch.setenv("SMARTTEK_DSAR_SOURCES", str(tmp_path / "sources.toml"))
    english = _english_of_this_part()
    i18n.install("lv")
    page = page_class(AppContext(services, dpo))
    qtbot.addWidget(page)
    left = _texts(page) & english
    assert not left, left
    i18n.install("en")
    in_english = page_class(AppContext(services, dpo))
    qtbot.addWidget(in_english)
    assert _texts(in_english) & english  # the check can fail
