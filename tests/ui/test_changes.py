"""What a change touched decides which views read again (no widgets needed)."""

from __future__ import annotations

from smarttek_dsar.ui.changes import Changes


def test_a_case_operation_reaches_that_case_its_lists_figures_and_audit_only():
    changes = Changes.of_case(" dsar-2026-0001 ")
    assert changes.case_number == "DSAR-2026-0001"
    assert changes.concerns_case("DSAR-2026-0001")
    assert not changes.concerns_case("DSAR-2026-0002")
    assert not changes.concerns_case(None)
    assert (changes.case_list, changes.dashboard, changes.audit) == (True, True, True)
    assert not changes.organisation


def test_a_refresh_reaches_every_case_and_the_organisation_pages():
    everything = Changes.everything()
    assert everything.concerns_case("DSAR-2026-0002") and everything.organisation


def test_an_organisation_change_leaves_the_lists_alone():
    register = Changes.of_organisation()
    assert register.concerns_case("DSAR-2026-0003")  # its categories show in the review
    assert not register.case_list and not register.dashboard
