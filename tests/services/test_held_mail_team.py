"""Held mail in team mode on the real PostgreSQL server: a specialist's own login holds and
decides on mail; a manager's own login counts it through its view and cannot read the mail.
Skipped without SMARTTEK_DSAR_TEST_PG."""

from __future__ import annotations

import pytest
from psycopg import errors

from smarttek_dsar.domain.roles import Role
from smarttek_dsar.services.errors import PermissionDenied
from tests.intake import non_request_mails as mails
from tests.services.intake_files import write
from tests.services.team_fixture import team_database  # noqa: F401  (the fixture)


def test_a_manager_login_counts_held_mail_but_cannot_read_it(team, tmp_path):
    anna = team.add("anna", Role.SPECIALIST)
    with team.desk(anna) as (services, actor):
        results = services.imports.import_files(actor, [
            write(tmp_path, "b.eml", mails.bounce()), write(tmp_path, "a.eml", mails.auto_reply())])
        assert [r.status for r in results] == ["held", "held"], [r.message for r in results]
        services.held.dismiss(actor, results[1].held_id)
    maris = team.add("maris", Role.MANAGER)
    with team.desk(maris) as (services, actor):
        counts = services.held.counts(actor)
        assert (counts.waiting, counts.by_kind) == (1, {"bounce": 1})
        with pytest.raises(PermissionDenied):
            services.held.list(actor)
    with team.psql(maris) as connection:
        for query in ("SELECT sender FROM held_messages", "SELECT raw FROM public.held_messages"):
            with pytest.raises(errors.InsufficientPrivilege):
                connection.execute(query)
        columns = {c.name for c in connection.execute(
            "SELECT * FROM manager_views.held_messages").description}
        assert columns == {"id", "status", "kind", "held_at", "decided_at"}


def test_an_administrators_own_login_purges_held_mail_past_its_retention(team, tmp_path):
    from datetime import timedelta

    from tests.fixed_clock import NOW_UTC

    anna = team.add("anna", Role.SPECIALIST)
    with team.desk(anna) as (services, actor):
        (result,) = services.imports.import_files(actor, [write(tmp_path, "b.eml", mails.bounce())])
    boss = team.add("boss", Role.ADMIN)
    with team.desk(boss) as (services, actor):
        report = services.retention.purge(actor, now=NOW_UTC + timedelta(days=91))
        assert (report.held_dismissed, report.held_undecided) == (0, 1)
    with team.desk(anna) as (services, actor):
        assert services.held.list(actor, decided=True) == []
