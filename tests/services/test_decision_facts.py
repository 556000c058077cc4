"""Recording decisions on SQLite and PostgreSQL: a decision without the facts the law asks for
is refused with a message naming the fact, conflicting decisions are refused with what to
choose, and the reason addressed to the subject comes from the (editable) phrasebook in the
case's language, while the internal note stays separate."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import select

from smarttek_dsar.domain.identity import VerificationMethod
from smarttek_dsar.domain.phrasebook import format_day
from smarttek_dsar.domain.rights import Outcome, Right
from smarttek_dsar.services.errors import PermissionDenied, ServiceError
from smarttek_dsar.services.review.decisions import DecisionInput
from smarttek_dsar.storage.models import AuditEvent, Decision
from tests.fixed_clock import TODAY
from tests.services.case_factory import new_request

ALL = (Right.ACCESS, Right.RECTIFICATION, Right.ERASURE, Right.RESTRICTION, Right.OBJECTION,
       Right.OBJECTION_MARKETING)


def in_review(services, actor, language="lv", rights=ALL) -> str:
    """A request in legal review from a subject who writes in `language`."""
    case = services.cases.create(actor, replace(new_request(rights=list(rights)),
                                                language=language))
    services.closing.advance(actor, case.number)
    services.identity.verify_identity(actor, case.number,
                                      method=VerificationMethod.EMAIL_ON_FILE, verified=True)
    services.closing.advance(actor, case.number)
    return case.number


def decided(services, actor, number):
    return {(d.category_id, d.right): d for d in services.cases.detail(actor, number).decisions}


def test_rectification_is_refused_without_the_inaccuracy_and_the_corrected_value(
        services, specialist):
    number = in_review(services, specialist)
    with pytest.raises(ServiceError, match="contact_details/rectification: rectification "
                       r"\(Art. 16\) needs what is inaccurate"):
        services.decisions.record_decisions(specialist, number, [DecisionInput(
            "contact_details", Right.RECTIFICATION, Outcome.GRANT, "Art. 16")])
    assert decided(services, specialist, number) == {}
    services.decisions.record_decisions(specialist, number, [DecisionInput(
        "contact_details", Right.RECTIFICATION, Outcome.GRANT, "Art. 16",
        reason="Checked against her passport", inaccuracy="E-mail misspelt",
        corrected_value="ilze.kalnina@example.lv")])
    row = decided(services, specialist, number)[("contact_details", Right.RECTIFICATION)]
    assert (row.inaccuracy, row.corrected_value) == ("E-mail misspelt", "ilze.kalnina@example.lv")
    assert row.phrase_key == "16" and row.subject_reason.startswith("Esam konstatējuši")
    assert row.reason == "Checked against her passport"  # the internal note, apart


def test_restriction_needs_a_ground_and_the_article_names_it(services, specialist):
    number = in_review(services, specialist)
    with pytest.raises(ServiceError, match=r"Art. 18\(1\)\(a\)-\(d\)"):
        services.decisions.record_decisions(specialist, number, [DecisionInput(
            "contact_details", Right.RESTRICTION, Outcome.GRANT, "Art. 18")])
    with pytest.raises(ServiceError, match="is not a ground"):
        services.decisions.record_decisions(specialist, number, [DecisionInput(
            "contact_details", Right.RESTRICTION, Outcome.GRANT, ground="17(1)(a)")])
    services.decisions.record_decisions(specialist, number, [DecisionInput(
        "contact_details", Right.RESTRICTION, Outcome.GRANT, "Art. 18", ground="18(1)(a)")])
    row = decided(services, specialist, number)[("contact_details", Right.RESTRICTION)]
    assert (row.ground, row.article, row.phrase_key) == ("18(1)(a)", "Art. 18(1)(a)", "18(1)(a)")
    assert "18. panta 1. punkta a) apakšpunkts" in row.subject_reason


def test_a_time_bound_refusal_states_its_date_to_the_subject_in_latvian_and_english(
        services, specialist):
    kept = TODAY + timedelta(days=3653)
    for language, expected in (("lv", "Tos glabājam līdz"), ("en", "We keep it until")):
        number = in_review(services, specialist, language)
        with pytest.raises(ServiceError, match="needs the date until which the data is kept"):
            services.decisions.record_decisions(specialist, number, [DecisionInput(
                "billing_payments", Right.ERASURE, Outcome.REFUSE, "Art. 17(3)(b)")])
        with pytest.raises(ServiceError, match=r"17\(3\)\(a\)-\(e\)"):
            services.decisions.record_decisions(specialist, number, [DecisionInput(
                "billing_payments", Right.ERASURE, Outcome.REFUSE, "Art. 17(3)")])
        services.decisions.record_decisions(specialist, number, [DecisionInput(
            "billing_payments", Right.ERASURE, Outcome.REFUSE, "Art. 17(3)(b)",
            reason="Grāmatvedības likums: rēķini", keep_until=kept)])
        row = decided(services, specialist, number)[("billing_payments", Right.ERASURE)]
        assert (row.ground, row.keep_until) == ("17(3)(b)", kept)
        assert f"{expected} {format_day(kept, language)}" in row.subject_reason
        assert "Grāmatvedības likums: rēķini" not in row.subject_reason


def test_erasure_is_never_a_bare_17_1(services, specialist):
    number = in_review(services, specialist)
    with pytest.raises(ServiceError, match="not a bare 17"):
        services.decisions.record_decisions(specialist, number, [DecisionInput(
            "contact_details", Right.ERASURE, Outcome.GRANT, "Art. 17(1)")])
    services.decisions.record_decisions(specialist, number, [DecisionInput(
        "contact_details", Right.ERASURE, Outcome.GRANT, "Art. 17(1)", ground="17(1)(a)")])
    row = decided(services, specialist, number)[("contact_details", Right.ERASURE)]
    assert row.article == "Art. 17(1)(a)"


def test_conflicting_decisions_are_refused_and_nothing_is_stored(services, specialist):
    number = in_review(services, specialist)
    services.decisions.record_decisions(specialist, number, [DecisionInput(
        "contact_details", Right.ERASURE, Outcome.GRANT, ground="17(1)(a)")])
    with pytest.raises(ServiceError, match="erasure and rectification are both granted; "
                       "choose one"):
        services.decisions.record_decisions(specialist, number, [DecisionInput(
            "contact_details", Right.RECTIFICATION, Outcome.GRANT, inaccuracy="Old address",
            corrected_value="Brīvības iela 1")])
    with pytest.raises(ServiceError, match="erasure and restriction"):
        services.decisions.record_decisions(specialist, number, [
            DecisionInput("contact_details", Right.RESTRICTION, Outcome.GRANT,
                          ground="18(1)(c)")])
    assert set(decided(services, specialist, number)) == {("contact_details", Right.ERASURE)}
    # Choosing restriction instead of erasure (18(1)(b)) in one save is fine.
    services.decisions.record_decisions(specialist, number, [
        DecisionInput("contact_details", Right.ERASURE, Outcome.NOT_APPLICABLE,
                      subject_reason="Jūs lūdzāt ierobežot apstrādi, nevis dzēst datus."),
        DecisionInput("contact_details", Right.RESTRICTION, Outcome.GRANT, ground="18(1)(b)")])


def test_the_marketing_suppression_flag_is_not_erased_when_marketing_stops(services,
                                                                           specialist):
    number = in_review(services, specialist)
    with pytest.raises(ServiceError, match=r"21\(3\)"):
        services.decisions.record_decisions(specialist, number, [
            DecisionInput("marketing_preferences", Right.OBJECTION_MARKETING, Outcome.GRANT),
            DecisionInput("marketing_preferences", Right.ERASURE, Outcome.GRANT,
                          ground="17(1)(b)")])
    services.decisions.record_decisions(specialist, number, [
        DecisionInput("marketing_preferences", Right.OBJECTION_MARKETING, Outcome.GRANT),
        DecisionInput("marketing_preferences", Right.ERASURE, Outcome.PARTIAL, "Art. 17(1)(b)",
                      ground="17(1)(b)")])
    rows = decided(services, specialist, number)
    assert rows[("marketing_preferences", Right.ERASURE)].phrase_key == "17(1)(b)_suppression"
    assert rows[("marketing_preferences", Right.OBJECTION_MARKETING)].ground == "21(3)"


def test_refusing_a_21_1_objection_needs_the_situation_and_the_assessment(services, specialist):
    number = in_review(services, specialist)
    with pytest.raises(ServiceError, match="particular situation"):
        services.decisions.record_decisions(specialist, number, [DecisionInput(
            "customer_surveys", Right.OBJECTION, Outcome.REFUSE, "Art. 21(1)")])
    services.decisions.record_decisions(specialist, number, [DecisionInput(
        "customer_surveys", Right.OBJECTION, Outcome.REFUSE, "Art. 21(1)",
        particular_situation="Surveys remind her of a dispute",
        compelling_grounds="None beyond service quality; see note")])
    row = decided(services, specialist, number)[("customer_surveys", Right.OBJECTION)]
    assert row.particular_situation == "Surveys remind her of a dispute"
    assert row.phrase_key == "21(1)_compelling" and row.ground == "21(1)"


def test_the_dpos_phrasebook_edit_is_what_new_decisions_say(services, specialist, admin):
    with pytest.raises(PermissionDenied):
        services.phrasebook.set_text(specialist, "15(1)", "lv", "Cits teksts.")
    assert services.phrasebook.current().version == 0
    edited = ("Apstiprinām, ka apstrādājam šos datus; kopija pievienota bez maksas "
              "(VDAR 15. pants).")
    saved = services.phrasebook.set_text(admin, "15(1)", "lv", edited)
    assert saved.version == 1 and services.phrasebook.current().phrasebook.text("15(1)", "lv") \
        == edited
    with pytest.raises(ServiceError, match="changed on another desk"):
        services.phrasebook.set_text(admin, "15(1)", "en", "We confirm.", based_on=0)
    number = in_review(services, specialist)
    services.decisions.record_decisions(specialist, number, [
        DecisionInput("contact_details", Right.ACCESS, Outcome.GRANT, "Art. 15"),
        DecisionInput("bank_account", Right.ACCESS, Outcome.GRANT, "Art. 15",
                      subject_reason="Pievienojam Jūsu konta numura kopiju.")])
    rows = decided(services, specialist, number)
    assert rows[("contact_details", Right.ACCESS)].subject_reason == edited
    # What the specialist wrote for the subject is kept as written.
    assert rows[("bank_account", Right.ACCESS)].subject_reason == \
        "Pievienojam Jūsu konta numura kopiju."
    with services.db.unit_of_work() as session:
        saved_event = session.scalars(select(AuditEvent).where(
            AuditEvent.action == "phrasebook.saved")).one()
        assert saved_event.details and "15(1)" in str(saved_event.details)
        stored = session.scalars(select(Decision.subject_reason)).all()
    assert edited in stored
