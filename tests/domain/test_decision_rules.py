"""The facts each decision rests on, the decisions that cannot stand together, the suggestions
that follow the case's collected data, and the phrasebook the subject's reasons come from."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from smarttek_dsar.domain.case_evidence import CASE_FILE, CaseEvidence
from smarttek_dsar.domain.decision_rules import (
    DecisionFacts,
    conflicts,
    missing_facts,
    phrase_key_for,
)
from smarttek_dsar.domain.legal_rules import suggest_decision
from smarttek_dsar.domain.phrasebook import (
    REQUIRED_KEYS,
    PhrasebookError,
    parse_phrasebook,
    phrasebook_to_dict,
)
from smarttek_dsar.domain.rights import Outcome, Right
from smarttek_dsar.storage.phrasebook_file import load_default_phrasebook
from smarttek_dsar.storage.register_file import load_default_register
from tests.fixed_clock import TODAY

REGISTER = load_default_register()
PHRASEBOOK = load_default_phrasebook()


def facts(right: Right, outcome: Outcome, **kwargs) -> DecisionFacts:
    return DecisionFacts("contact_details", right, outcome, **kwargs)


def evidence(rights=(), **rows) -> CaseEvidence:
    return CaseEvidence(today=TODAY, rights=frozenset(rights), rows=rows)


def suggest(right: Right, category_id: str, case: CaseEvidence | None = None):
    return suggest_decision(right, REGISTER.category(category_id), case)


def day(days_ago: int) -> str:
    return (TODAY - timedelta(days=days_ago)).isoformat()


# --- What each decision must rest on -------------------------------------------------------


def test_rectification_needs_the_inaccuracy_and_the_corrected_value():
    problems = missing_facts(facts(Right.RECTIFICATION, Outcome.GRANT))
    assert len(problems) == 2 and "not applicable" in problems[0]
    assert missing_facts(facts(Right.RECTIFICATION, Outcome.GRANT, inaccuracy="Old street",
                               corrected_value="Brīvības iela 1")) == []
    assert missing_facts(facts(Right.RECTIFICATION, Outcome.NOT_APPLICABLE)) == []


def test_restriction_needs_one_of_the_grounds_of_18_1():
    assert "18(1)(a)-(d)" in missing_facts(facts(Right.RESTRICTION, Outcome.GRANT))[0]
    assert missing_facts(facts(Right.RESTRICTION, Outcome.GRANT, ground="17(1)(a)"))
    for ground in ("18(1)(a)", "18(1)(b)", "18(1)(c)", "18(1)(d)"):
        assert missing_facts(facts(Right.RESTRICTION, Outcome.GRANT, ground=ground)) == []


def test_erasure_names_its_ground_never_a_bare_17_1():
    assert "not a bare 17(1)" in missing_facts(facts(Right.ERASURE, Outcome.GRANT))[0]
    assert missing_facts(facts(Right.ERASURE, Outcome.GRANT, ground="17(1)"))
    assert missing_facts(facts(Right.ERASURE, Outcome.GRANT, ground="17(1)(c)")) == []


def test_a_refused_erasure_names_its_exemption_and_a_time_bound_one_its_date():
    assert "17(3)(a)-(e)" in missing_facts(facts(Right.ERASURE, Outcome.REFUSE))[0]
    assert "date" in missing_facts(facts(Right.ERASURE, Outcome.REFUSE, ground="17(3)(b)"))[0]
    assert "date" in missing_facts(facts(Right.ERASURE, Outcome.REFUSE, ground="17(3)(e)"))[0]
    kept = TODAY + timedelta(days=3650)
    assert missing_facts(facts(Right.ERASURE, Outcome.REFUSE, ground="17(3)(e)",
                               keep_until=kept)) == []
    # Freedom of expression (17(3)(a)) does not end on a date; nor does a contract in force.
    assert missing_facts(facts(Right.ERASURE, Outcome.REFUSE, ground="17(3)(a)")) == []
    assert missing_facts(facts(Right.ERASURE, Outcome.REFUSE, ground="6(1)(b)")) == []


def test_refusing_a_21_1_objection_needs_the_situation_and_the_compelling_grounds():
    problems = missing_facts(facts(Right.OBJECTION, Outcome.REFUSE))
    assert any("particular situation" in p for p in problems)
    assert any("compelling" in p for p in problems)
    assert len(missing_facts(facts(Right.OBJECTION, Outcome.REFUSE,
                                   particular_situation="Stalked by an ex-partner"))) == 1
    assert missing_facts(facts(Right.OBJECTION, Outcome.REFUSE,
                               particular_situation="Stalked by an ex-partner",
                               compelling_grounds="Debt recovery under way")) == []
    assert missing_facts(facts(Right.OBJECTION, Outcome.GRANT)) == []


# --- Decisions that cannot stand together --------------------------------------------------


def test_erase_and_rectify_or_restrict_the_same_category_says_which_to_choose():
    erase = facts(Right.ERASURE, Outcome.GRANT, ground="17(1)(a)")
    rectify = facts(Right.RECTIFICATION, Outcome.GRANT)
    restrict = facts(Right.RESTRICTION, Outcome.GRANT, ground="18(1)(a)")
    (problem,) = conflicts([erase, rectify])
    assert "contact_details" in problem and "choose one" in problem
    (problem,) = conflicts([erase, restrict])
    assert "restrict instead" in problem
    other = DecisionFacts("billing_payments", Right.RECTIFICATION, Outcome.GRANT)
    assert conflicts([erase, other]) == []
    refused = facts(Right.ERASURE, Outcome.REFUSE, ground="17(3)(a)")
    assert conflicts([refused, rectify, restrict]) == []


def test_stopping_marketing_keeps_the_suppression_flag():
    stop = DecisionFacts("marketing_preferences", Right.OBJECTION_MARKETING, Outcome.GRANT)
    erase_all = DecisionFacts("marketing_preferences", Right.ERASURE, Outcome.GRANT,
                              ground="17(1)(b)")
    erase_but_flag = DecisionFacts("marketing_preferences", Right.ERASURE, Outcome.PARTIAL,
                                   ground="17(1)(b)")
    (problem,) = conflicts([stop, erase_all], ["marketing_preferences"])
    assert "21(3)" in problem and "in part" in problem
    assert conflicts([stop, erase_but_flag], ["marketing_preferences"]) == []
    assert conflicts([erase_all], ["marketing_preferences"]) == []


# --- Suggestions follow what the case holds -------------------------------------------------


def test_an_offer_that_became_a_contract_follows_the_contracts_retention():
    ended = TODAY - timedelta(days=400)
    case = evidence(
        offer_data=({"offer_no": "P-1", "offered_on": day(900), "became_contract": "yes"},),
        contract_data=({"contract_no": "L-1", "end_date": ended.isoformat(),
                        "status": "ended"},))
    suggestion = suggest(Right.ERASURE, "offer_data", case)
    assert (suggestion.outcome, suggestion.ground) == (Outcome.REFUSE, "17(3)(e)")
    assert suggestion.keep_until is not None
    assert (suggestion.keep_until.year, suggestion.keep_until.month) == \
        (ended.year + 10, ended.month)
    assert suggestion.lawful_as_is and suggestion.phrase_key == "17(3)(e)"


def test_an_offer_whose_contract_runs_is_kept_for_the_contract():
    case = evidence(
        offer_data=({"offered_on": day(100), "became_contract": "yes"},),
        contract_data=({"end_date": None, "status": "active"},))
    suggestion = suggest(Right.ERASURE, "offer_data", case)
    assert (suggestion.outcome, suggestion.ground) == (Outcome.REFUSE, "6(1)(b)")
    assert suggestion.lawful_as_is


def test_an_offer_without_contract_is_erased_under_17_1_a():
    case = evidence(offer_data=({"offered_on": day(100), "became_contract": "no"},))
    suggestion = suggest(Right.ERASURE, "offer_data", case)
    assert (suggestion.outcome, suggestion.ground) == (Outcome.GRANT, "17(1)(a)")
    assert suggestion.article == "Art. 17(1)(a)"


def test_data_past_its_retention_date_is_flagged_for_erasure_anyway():
    old_cctv = evidence(cctv_recordings=({"recorded_at": day(45)},))
    suggestion = suggest(Right.ERASURE, "cctv_recordings", old_cctv)
    assert (suggestion.outcome, suggestion.ground) == (Outcome.GRANT, "17(1)(a)")
    assert "retention period" in suggestion.reason_en
    # Contract evidence past its 10 years as well.
    long_ago = TODAY - timedelta(days=11 * 366)
    old_contract = evidence(contract_data=({"end_date": long_ago.isoformat(),
                                            "status": "ended"},),
                            billing_payments=({"issued_on": long_ago.isoformat()},))
    assert suggest(Right.ERASURE, "billing_payments", old_contract).outcome is Outcome.GRANT


def test_accounting_records_are_refused_under_17_3_b_with_their_date():
    ended = TODAY - timedelta(days=30)
    case = evidence(contract_data=({"end_date": ended.isoformat(), "status": "ended"},),
                    billing_payments=({"issued_on": ended.isoformat()},))
    suggestion = suggest(Right.ERASURE, "billing_payments", case)
    assert (suggestion.outcome, suggestion.ground) == (Outcome.REFUSE, "17(3)(b)")
    assert suggestion.keep_until is not None and suggestion.keep_until > TODAY
    # Without a contract end to count from, the date is the reviewer's to enter.
    undated = suggest(Right.ERASURE, "billing_payments", evidence(billing_payments=({},)))
    assert undated.needs == ("keep_until",)


def test_no_erasure_suggestion_is_a_bare_17_1():
    case = evidence()
    for category in REGISTER.categories:
        suggestion = suggest_decision(Right.ERASURE, category, case)
        assert suggestion.ground, category.id
        assert suggestion.article != "Art. 17(1)"


def test_erasing_marketing_preferences_while_stopping_marketing_keeps_the_flag():
    case = evidence(rights=(Right.ERASURE, Right.OBJECTION_MARKETING),
                    marketing_preferences=({"channel": "e-mail"},))
    suggestion = suggest(Right.ERASURE, "marketing_preferences", case)
    assert (suggestion.outcome, suggestion.ground) == (Outcome.PARTIAL, "17(1)(b)")
    assert suggestion.phrase_key == "17(1)(b)_suppression"
    alone = suggest(Right.ERASURE, "marketing_preferences", evidence(rights=(Right.ERASURE,)))
    assert alone.outcome is Outcome.GRANT


def test_marketing_objection_is_absolute_and_21_1_restricts_while_assessed():
    assert suggest(Right.OBJECTION_MARKETING, "marketing_preferences").outcome is Outcome.GRANT
    assert suggest(Right.OBJECTION_MARKETING, "marketing_preferences").phrase_key == "21(3)"
    restricted = suggest(Right.RESTRICTION, "customer_surveys",
                         evidence(rights=(Right.RESTRICTION, Right.OBJECTION)))
    assert (restricted.outcome, restricted.ground) == (Outcome.GRANT, "18(1)(d)")


def test_access_discloses_with_15_4_redaction_where_others_may_appear():
    assert suggest(Right.ACCESS, "service_incidents").phrase_key == "15(4)"
    assert suggest(Right.ACCESS, "service_incidents").outcome is Outcome.PARTIAL
    assert suggest(Right.ACCESS, "contact_details").phrase_key == "15(1)"


def test_portability_ports_only_what_the_subject_provided():
    granted = suggest(Right.PORTABILITY, "contact_details")
    assert granted.outcome is Outcome.GRANT and "provided" in granted.reason_en
    assert suggest(Right.PORTABILITY, "risk_fraud_credit_assessment").phrase_key == \
        "20_not_portable"


def test_the_case_file_is_the_subjects_data_and_kept_for_its_own_retention():
    case = evidence()
    access = suggest_decision(Right.ACCESS, CASE_FILE, case)
    assert access.outcome is Outcome.GRANT
    erasure = suggest_decision(Right.ERASURE, CASE_FILE, case)
    assert (erasure.outcome, erasure.ground, erasure.needs) == \
        (Outcome.REFUSE, "17(3)(e)", ("keep_until",))
    kept = TODAY + timedelta(days=1100)
    dated = suggest_decision(Right.ERASURE, CASE_FILE,
                             CaseEvidence(today=TODAY, case_file_keep_until=kept))
    assert dated.keep_until == kept and dated.lawful_as_is
    assert case.found("case_file") and not case.found("contact_details")


# --- The phrasebook -------------------------------------------------------------------------


def test_every_key_the_rules_name_is_in_the_shipped_phrasebook_in_both_languages():
    for right in Right:
        for outcome in Outcome:
            for ground in (None, "17(1)(a)", "17(3)(e)", "6(1)(b)", "18(1)(c)"):
                key = phrase_key_for(right, outcome, ground)
                assert key is None or key in PHRASEBOOK.phrases, key
    for key in REQUIRED_KEYS:
        latvian, english = PHRASEBOOK.text(key, "lv"), PHRASEBOOK.text(key, "en")
        assert latvian != english
        assert any(letter in latvian for letter in "āčēģīķļņšūž"), key


def test_the_subjects_reason_states_the_date_in_the_case_language():
    kept = date(2036, 12, 31)
    assert "līdz 31.12.2036 un" in PHRASEBOOK.reason("17(3)(b)", "lv", keep_until=kept)
    assert "until 31 December 2036," in PHRASEBOOK.reason("17(3)(e)", "en", keep_until=kept)
    with pytest.raises(PhrasebookError, match="record that date"):
        PHRASEBOOK.reason("17(3)(e)", "en")


def test_an_edited_phrasebook_keeps_every_entry_in_both_languages():
    edited = PHRASEBOOK.with_text("21(3)", "lv", "Vairs nesūtīsim Jums reklāmu (VDAR 21. panta "
                                  "3. punkts).")
    assert edited.text("21(3)", "lv").startswith("Vairs nesūtīsim")
    assert edited.text("21(3)", "en") == PHRASEBOOK.text("21(3)", "en")
    with pytest.raises(PhrasebookError, match="Latvian"):
        PHRASEBOOK.with_text("21(3)", "lv", "  ")
    with pytest.raises(PhrasebookError, match="unknown placeholder"):
        PHRASEBOOK.with_text("21(3)", "en", "Until {date}")
    data = phrasebook_to_dict(PHRASEBOOK)
    del data["phrases"]["17(3)(b)"]
    with pytest.raises(PhrasebookError, match="17\\(3\\)\\(b\\)"):
        parse_phrasebook(data)
