"""A manager signed in with their own database login (team mode, real PostgreSQL) opens a
case in the window: everything is read through the managers' views, the header, the clock
and the timeline show, and no personal data does."""

from __future__ import annotations

from smarttek_dsar.domain.roles import Role
from tests.services.manager_cases import build_full_case, personal_values
from tests.services.team_fixture import team_database  # noqa: F401  (the fixture)
from tests.ui.case_view_fixtures import (  # noqa: F401 (fixtures)
    make_view,
    synchronous_tasks_fixture,
)
from tests.ui.test_case_view_access import all_visible_text


def test_a_manager_on_a_manager_login_opens_a_case_in_the_window(qtbot, team,
                                                                  synchronous_tasks):
    anna = team.add("anna", Role.SPECIALIST)
    with team.desk(anna) as (services, actor):
        number, _case_id = build_full_case(services, actor)
    maris = team.add("maris", Role.MANAGER)
    with team.desk(maris) as (services, actor):
        view = make_view(qtbot, services, actor, number)
        assert view.header.number_label.text() == number
        assert view.header.subject_label.text() == "Personal data hidden"
        assert view.header.clock.due_label.text()
        assert view.tabs.currentWidget() is view.timeline_panel
        assert view.timeline_panel.table.rowCount() >= 8
        shown = all_visible_text(view).casefold()
        assert [v for v in personal_values() if v.casefold() in shown] == []
        view.close()
