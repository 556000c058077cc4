"""Who may do what."""

import pytest

from smarttek_dsar.domain.roles import Permission, Role, parse_roles, permissions_of


def test_manager_never_gets_personal_data_or_exports():
    granted = permissions_of([Role.MANAGER])
    assert Permission.VIEW_CASE_METADATA in granted
    assert Permission.VIEW_PERSONAL_DATA not in granted
    assert Permission.EXPORT not in granted and Permission.WORK_CASES not in granted


def test_specialist_works_cases_and_admin_runs_the_system():
    assert {Permission.WORK_CASES, Permission.VIEW_PERSONAL_DATA, Permission.EXPORT} <= \
        permissions_of([Role.SPECIALIST])
    admin = permissions_of([Role.ADMIN])
    assert {Permission.MANAGE_USERS, Permission.AUDIT, Permission.PURGE} <= admin
    assert Permission.VIEW_PERSONAL_DATA not in admin
    both = permissions_of([Role.ADMIN, Role.SPECIALIST])
    assert Permission.MANAGE_USERS in both and Permission.WORK_CASES in both


def test_parse_roles_names_the_valid_ones():
    assert parse_roles(" Specialist, admin ") == {Role.SPECIALIST, Role.ADMIN}
    with pytest.raises(ValueError, match="Valid roles: specialist, manager, admin"):
        parse_roles("boss")
    with pytest.raises(ValueError, match="at least one role"):
        parse_roles(" , ")
