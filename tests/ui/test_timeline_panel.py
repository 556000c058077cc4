"""The case timeline shows the changes; openings of the case and its data only on demand."""

from __future__ import annotations

from smarttek_dsar.ui.case_view.timeline_panel import TimelinePanel
from tests.fixed_clock import NOW_UTC


def _event(action: str, **details):
    import dataclasses

    from smarttek_dsar.services.audit import EventView

    fields = {f.name for f in dataclasses.fields(EventView)}
    values = {"seq": 1, "at": NOW_UTC, "username": "dpo", "action": action,
              "case_id": 1, "case_number": "DSAR-2026-0001", "details": details}
    return EventView(**{k: v for k, v in values.items() if k in fields})


def _actions(panel: TimelinePanel) -> list[str]:
    return [panel.table.item(r, 2).text() for r in range(panel.table.rowCount())]


def test_openings_are_hidden_until_asked_for(qtbot):
    panel = TimelinePanel()
    qtbot.addWidget(panel)
    panel.set_events([_event("case.created"), _event("case.viewed"), _event("snapshot.viewed"),
                      _event("subject.suggested", sources=["CRM"], suggestions=2)])
    assert _actions(panel) == ["Company systems searched for the subject", "Request registered"]
    panel.show_views.setChecked(True)
    assert _actions(panel) == ["Company systems searched for the subject",
                               "Subject's data opened", "Case opened", "Request registered"]
