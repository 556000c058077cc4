"""A Latvian window cites GDPR articles as "VDAR 15", not "Art. 15" (issue 14: "'Art. 15' in the
Latvian UI"): the case header's rights, the legal review's matrix, the refusal reasons, the new
request's rights and the case list's tooltip. An English window keeps "Art. 15"."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox

from smarttek_dsar.domain.rights import Right
from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.new_request_dialog import NewRequestDialog
from tests.ui.case_view_fixtures import (  # noqa: F401 (fixtures)
    make_view,
    register_case,
    store_fixture,
    synchronous_tasks_fixture,
)


def _matrix_text(view) -> str:
    matrix = view.review_panel.matrix
    texts = [matrix.horizontalHeaderItem(c).text() for c in range(matrix.columnCount())]
    texts += [matrix.item(r, c).text() for r in range(matrix.rowCount())
              for c in range(matrix.columnCount()) if matrix.item(r, c)]
    return "\n".join(texts)


def test_a_latvian_window_cites_vdar_articles(qtbot, store, synchronous_tasks):
    services, dpo, _manager = store
    number = register_case(services, dpo, rights=(Right.ACCESS, Right.OBJECTION))
    i18n.install("lv")
    try:
        view = make_view(qtbot, services, dpo, number)
        assert view.header.rights_label.text() == "Piekļuve (VDAR 15), Iebildumi (VDAR 21(1))"
        matrix = _matrix_text(view)
        assert "VDAR 15" in matrix and "Art." not in matrix
        reasons = view.response_panel.rejection_reason
        offered = [reasons.itemText(i) for i in range(reasons.count())]
        assert offered and not [t for t in offered if "Art." in t]
        assert any("VDAR 12(5)" in t for t in offered)

        dialog = NewRequestDialog(AppContext(services, dpo))
        qtbot.addWidget(dialog)
        rights = [b.text() for b in dialog.findChildren(QCheckBox) if "(VDAR " in b.text()]
        assert "Piekļuve (VDAR 15)" in rights and len(rights) == len(Right)
    finally:
        i18n.install("en")


def test_an_english_window_keeps_art(qtbot, store, synchronous_tasks):
    services, dpo, _manager = store
    number = register_case(services, dpo, rights=(Right.ACCESS,))
    view = make_view(qtbot, services, dpo, number)
    assert view.header.rights_label.text() == "Access (Art. 15)"
