"""The case view: one case with its deadline clock, a panel per stage and the audit timeline.

    view = CaseView(context)
    view.show_case("DSAR-2026-0001")

Texts are translated through Qt (resources/translations/case_view_lv.qm)."""

from smarttek_dsar.ui.case_view.view import CaseView

__all__ = ["CaseView"]
