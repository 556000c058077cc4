"""The audit log's action filter offers actions in words of the window's language, not codes
to type (issue 14: "words, not codes"; the Latvian page asked for "case.closed vai case."), and
its Action column is wide enough for the Latvian words."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QComboBox

from smarttek_dsar.services.case_query import CaseFilter
from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.audit_page import AuditPage
from smarttek_dsar.ui.context import AppContext

_CODE = re.compile(r"\b[a-z_]+\.[a-z_]*")


def test_the_latvian_audit_log_filters_by_actions_in_words(qtbot, services, dpo):
    number = services.cases.list(dpo, CaseFilter(open_only=True), limit=1)[0].number
    services.cases.assign(dpo, number, "janis")  # a case action besides the demo's intake
    i18n.install("lv")
    try:
        page = AuditPage(AppContext(services, dpo))
        qtbot.addWidget(page)
        page.resize(1090, 700)
        page.show()
        page.refresh()
        chooser = page.action_filter
        assert isinstance(chooser, QComboBox)
        offered = [chooser.itemText(i) for i in range(chooser.count())]
        assert offered[0] == "Visas darbības"
        assert "Lieta slēgta" in offered and "Pieprasījums reģistrēts" in offered
        assert [t for t in offered if _CODE.search(t)] == []
        assert not _CODE.search(chooser.toolTip() + chooser.placeholderText())

        chooser.setCurrentIndex(chooser.findText("Pieprasījums reģistrēts"))
        page.refresh()
        shown = {page.table.item(r, 3).toolTip() for r in range(page.table.rowCount())}
        assert shown == {"case.created"}

        # Every case action at once, as "case." did.
        chooser.setCurrentIndex(chooser.findText("Visas lietu darbības"))
        page.refresh()
        shown = {page.table.item(r, 3).toolTip() for r in range(page.table.rowCount())}
        assert len(shown) > 1 and all(a.startswith("case.") for a in shown)

        # The longest Latvian action words shown fit their column.
        header, metrics = page.table.horizontalHeader(), page.table.fontMetrics()
        widest = max(metrics.horizontalAdvance(page.table.item(r, 3).text())
                     for r in range(page.table.rowCount()))
        assert header.sectionSize(3) >= min(widest, metrics.horizontalAdvance(
            "Veikta glabāšanas termiņa dzēšana")) + 8
    finally:
        i18n.install("en")
