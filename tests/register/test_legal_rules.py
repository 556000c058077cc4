"""Suggested decisions a DPO would sign: every right x category, each with its article."""

from __future__ import annotations

from dataclasses import replace

import pytest

from smarttek_dsar.domain.legal_rules import Suggestion, suggest_decision, suggest_matrix
from smarttek_dsar.domain.register import DataCategory, Register
from smarttek_dsar.domain.rights import LegalBasis, Outcome, Right
from smarttek_dsar.storage.register_file import load_default_register

REGISTER: Register = load_default_register()
CATEGORIES = REGISTER.categories
PAIRS = [(right, category) for right in Right for category in CATEGORIES]


def _ids(pair: tuple[Right, DataCategory]) -> str:
    return f"{pair[0].value}-{pair[1].id}"


def decide(right: Right, category_id: str) -> Suggestion:
    return suggest_decision(right, REGISTER.category(category_id))


# --- Exhaustive checks -------------------------------------------------------------------


@pytest.mark.parametrize("pair", PAIRS, ids=[_ids(p) for p in PAIRS])
def test_every_right_and_category_has_a_reasoned_suggestion(
    pair: tuple[Right, DataCategory],
) -> None:
    right, category = pair
    suggestion = suggest_decision(right, category)
    assert isinstance(suggestion.outcome, Outcome)
    assert suggestion.article.startswith("Art. ")
    # The reason names the article in both languages, so the letter can cite it.
    assert "Art." in suggestion.reason_en
    assert "pant" in suggestion.reason_lv
    assert suggestion.reason("lv") == suggestion.reason_lv


def test_matrix_covers_every_pair() -> None:
    matrix = suggest_matrix(Right, CATEGORIES)
    assert len(matrix) == len(Right) * len(CATEGORIES)
    assert matrix[(Right.ERASURE, "billing_payments")] == decide(Right.ERASURE, "billing_payments")


@pytest.mark.parametrize("category", CATEGORIES, ids=lambda c: c.id)
def test_portability_is_never_granted_for_non_portable_data(category: DataCategory) -> None:
    outcome = suggest_decision(Right.PORTABILITY, category).outcome
    if category.portable:
        assert outcome is Outcome.GRANT
    else:
        assert outcome is Outcome.NOT_APPLICABLE


@pytest.mark.parametrize("category", CATEGORIES, ids=lambda c: c.id)
def test_erasure_is_never_granted_where_the_law_says_keep(category: DataCategory) -> None:
    forced = replace(category, legal_obligation_retention=True)
    suggestion = suggest_decision(Right.ERASURE, forced)
    assert suggestion.outcome is Outcome.REFUSE
    assert suggestion.article == "Art. 17(3)(b)"


@pytest.mark.parametrize("category", CATEGORIES, ids=lambda c: c.id)
def test_consent_withdrawal_only_reaches_consent_based_data(category: DataCategory) -> None:
    outcome = suggest_decision(Right.CONSENT_WITHDRAWAL, category).outcome
    expected = (
        Outcome.GRANT if LegalBasis.CONSENT in category.legal_bases else Outcome.NOT_APPLICABLE
    )
    assert outcome is expected


@pytest.mark.parametrize("category", CATEGORIES, ids=lambda c: c.id)
def test_general_objection_only_reaches_legitimate_interests(category: DataCategory) -> None:
    outcome = suggest_decision(Right.OBJECTION, category).outcome
    if LegalBasis.LEGITIMATE_INTERESTS in category.legal_bases:
        assert outcome in (Outcome.GRANT, Outcome.PARTIAL)
    else:
        assert outcome is Outcome.NOT_APPLICABLE


@pytest.mark.parametrize("category", CATEGORIES, ids=lambda c: c.id)
def test_access_is_never_refused(category: DataCategory) -> None:
    # GDPR 15(4): other people's data is redacted, never a reason to refuse everything.
    assert suggest_decision(Right.ACCESS, category).outcome in (Outcome.GRANT, Outcome.PARTIAL)


@pytest.mark.parametrize("category", CATEGORIES, ids=lambda c: c.id)
def test_complaint_is_handled_per_case_not_per_category(category: DataCategory) -> None:
    suggestion = suggest_decision(Right.COMPLAINT, category)
    assert suggestion.outcome is Outcome.NOT_APPLICABLE
    assert "Datu valsts inspekcij" in suggestion.reason_lv


# --- The examples a DPO checks first -----------------------------------------------------


def test_access_to_identification_data_is_granted() -> None:
    suggestion = decide(Right.ACCESS, "identification")
    assert suggestion.outcome is Outcome.GRANT
    assert suggestion.article.startswith("Art. 15")


@pytest.mark.parametrize("category_id", ["cctv_recordings", "call_recordings", "service_incidents"])
def test_access_to_recordings_and_incidents_is_partial_with_redaction(category_id: str) -> None:
    suggestion = decide(Right.ACCESS, category_id)
    assert suggestion.outcome is Outcome.PARTIAL
    assert suggestion.article == "Art. 15(4)"
    assert "redact" in suggestion.reason_en


def test_erasure_of_invoices_and_payments_is_refused_for_accounting() -> None:
    suggestion = decide(Right.ERASURE, "billing_payments")
    assert suggestion.outcome is Outcome.REFUSE
    assert suggestion.article == "Art. 17(3)(b)"
    assert "accounting" in suggestion.reason_en


def test_erasure_of_contract_data_is_refused_for_legal_claims() -> None:
    suggestion = decide(Right.ERASURE, "contract_data")
    assert suggestion.outcome is Outcome.REFUSE
    assert suggestion.article == "Art. 17(3)(e)"
    assert "10 years" in suggestion.reason_en and "10 gadus" in suggestion.reason_lv


def test_erasure_of_marketing_preferences_is_granted() -> None:
    suggestion = decide(Right.ERASURE, "marketing_preferences")
    assert suggestion.outcome is Outcome.GRANT
    assert suggestion.article == "Art. 17(1)(b)"


def test_erasure_of_offer_data_without_contract_is_granted() -> None:
    suggestion = decide(Right.ERASURE, "offer_data")
    assert suggestion.outcome is Outcome.GRANT
    assert "36 months" in suggestion.reason_en


def test_portability_of_call_recordings_does_not_apply() -> None:
    suggestion = decide(Right.PORTABILITY, "call_recordings")
    assert suggestion.outcome is Outcome.NOT_APPLICABLE
    assert suggestion.article == "Art. 20(1)"
    assert "not provided by the subject" in suggestion.reason_en
    assert "neither on consent nor on contract" in suggestion.reason_en


def test_portability_of_portal_account_data_is_granted_machine_readable() -> None:
    suggestion = decide(Right.PORTABILITY, "portal_app_accounts")
    assert suggestion.outcome is Outcome.GRANT
    assert "machine-readable" in suggestion.reason_en


def test_objection_to_marketing_is_absolute_for_the_marketing_category() -> None:
    suggestion = decide(Right.OBJECTION_MARKETING, "marketing_preferences")
    assert suggestion.outcome is Outcome.GRANT
    assert suggestion.article == "Art. 21(3)"
    assert "absolute" in suggestion.reason_en


def test_objection_to_marketing_does_not_reach_invoices() -> None:
    suggestion = decide(Right.OBJECTION_MARKETING, "billing_payments")
    assert suggestion.outcome is Outcome.NOT_APPLICABLE


def test_general_objection_on_legitimate_interests_only_is_granted_with_a_note() -> None:
    suggestion = decide(Right.OBJECTION, "call_recordings")
    assert suggestion.outcome is Outcome.GRANT
    assert suggestion.article == "Art. 21(1)"
    assert "compelling legitimate grounds" in suggestion.reason_en


def test_general_objection_leaves_contract_processing_running() -> None:
    suggestion = decide(Right.OBJECTION, "contact_details")
    assert suggestion.outcome is Outcome.PARTIAL
    assert "other legal bases continues" in suggestion.reason_en


def test_general_objection_does_not_reach_consent_only_data() -> None:
    assert decide(Right.OBJECTION, "marketing_preferences").outcome is Outcome.NOT_APPLICABLE


def test_consent_withdrawal_is_not_retroactive() -> None:
    suggestion = decide(Right.CONSENT_WITHDRAWAL, "marketing_preferences")
    assert suggestion.outcome is Outcome.GRANT
    assert suggestion.article == "Art. 7(3)"
    assert "not retroactive" in suggestion.reason_en
    assert decide(Right.CONSENT_WITHDRAWAL, "contract_data").outcome is Outcome.NOT_APPLICABLE


def test_rectification_of_a_recording_is_a_supplementary_statement() -> None:
    suggestion = decide(Right.RECTIFICATION, "call_recordings")
    assert suggestion.outcome is Outcome.NOT_APPLICABLE
    assert "supplementary statement" in suggestion.reason_en
    assert suggestion.phrase_key == "16_recording"


def test_rectification_is_never_suggested_as_a_grant_by_itself() -> None:
    # GDPR 16: only the reviewer can say what is inaccurate and what the right value is.
    suggestion = decide(Right.RECTIFICATION, "contact_details")
    assert suggestion.outcome is Outcome.NOT_APPLICABLE
    assert suggestion.needs == ("inaccuracy",) and not suggestion.lawful_as_is
    assert suggestion.phrase_key == "16_no_inaccuracy"


def test_restriction_needs_one_of_the_grounds_chosen() -> None:
    suggestion = decide(Right.RESTRICTION, "contract_data")
    assert suggestion.outcome is Outcome.NOT_APPLICABLE
    assert suggestion.needs == ("ground",) and suggestion.ground is None
    assert suggestion.article == "Art. 18(1)"
    assert "18(3)" in suggestion.reason_en
