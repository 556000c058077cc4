"""Letters state only what the case proves (issue 12, DOMAIN §6), on SQLite and PostgreSQL.

Each walk takes a case from review to the letter the subject receives, tries the letter while
a fact is missing (it must be refused, naming the fact), then reads the produced PDF back and
checks each statement against the case: completed tasks with their dates, recipients recorded
for this case only, no internal note, one language throughout.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from smarttek_dsar.domain.rights import Outcome, Right
from smarttek_dsar.services.errors import ServiceError
from smarttek_dsar.services.intake.acknowledgement import letter_date
from smarttek_dsar.services.letters.letters import LateRefusal
from smarttek_dsar.services.review.decisions import DecisionInput
from tests.fixed_clock import TODAY
from tests.services.case_factory import new_request
from tests.services.letter_cases import (
    INTERNAL_NOTES,
    NAMED_PROCESSOR,
    assert_one_language,
    complete,
    decided_case,
    pdf_text,
    subject_facing,
)

KEPT_REASON_LV = "Rēķini jāglabā grāmatvedības likumā noteikto laiku."
KEPT_REASON_EN = "Invoices must be kept for the period the Accounting Act sets."


@pytest.fixture(autouse=True)
def no_edited_templates(tmp_path, monkeypatch):
    monkeypatch.setenv("SMARTTEK_DSAR_LETTERS", str(tmp_path / "letters"))


def _erasure_case(services, specialist, language="lv"):
    number = decided_case(services, specialist, Right.ERASURE, refused=("billing_payments",),
                          language=language)
    subject_facing(services, number, "billing_payments", Right.ERASURE,
                   reason=KEPT_REASON_LV if language == "lv" else KEPT_REASON_EN,
                   ground="17(3)(b)", keep_until=TODAY + timedelta(days=5 * 365))
    services.fulfilment.add_task(specialist, number, action="erase", system="CRM",
                                 category_id="contact_details")
    return number


@pytest.mark.parametrize("language", ["lv", "en"])
def test_erasure_confirmation_waits_for_the_tasks_and_names_only_recorded_recipients(
        services, specialist, tmp_path, language):
    number = _erasure_case(services, specialist, language)
    out = tmp_path / f"erasure_{language}.pdf"
    # In review, with the erase task open: the letter would claim work not done.
    with pytest.raises(ServiceError, match=r"Open tasks: task \d+ \(erase, CRM, contact_details"):
        services.letters.write_pdf(specialist, number, "confirmation_erasure", out)
    assert not out.exists()

    # The data went to one named processor from the CRM; the register also lists law
    # enforcement and others for the category, who never received it.
    services.recipients.confirm(specialist, number, "it_service_providers", "CRM",
                                name=NAMED_PROCESSOR, category_id="contact_details")
    services.fulfilment.add_task(specialist, number, action="notify", recipient=NAMED_PROCESSOR)
    services.closing.advance(specialist, number)
    complete(services, specialist, number, "erase")
    with pytest.raises(ServiceError, match=f"not yet informed .*{NAMED_PROCESSOR} \\(CRM\\)"):
        services.letters.write_pdf(specialist, number, "confirmation_erasure", out)

    complete(services, specialist, number, "notify")
    services.letters.write_pdf(specialist, number, "confirmation_erasure", out)
    text = pdf_text(out)
    done_on = letter_date(services.cases.detail(specialist, number).tasks[0].done_at.date(),
                          language)
    contact = "Kontaktinformācija" if language == "lv" else "Contact details"
    assert f"{contact} – CRM ({done_on})" in text
    assert NAMED_PROCESSOR in text and "(CRM)" in text
    for never in ("Tiesībsargājošās", "Law enforcement", "Valsts ieņēmumu", "State Revenue"):
        assert never not in text
    kept = KEPT_REASON_LV if language == "lv" else KEPT_REASON_EN
    assert kept in text
    assert ("17. panta 3. punkta b)" if language == "lv" else "Article 17(3)(b)") in text
    assert str((TODAY + timedelta(days=5 * 365)).year) in text  # kept until
    for note in INTERNAL_NOTES:
        assert note not in text
    assert_one_language(text, language)


def test_art19_notice_goes_only_to_a_recorded_recipient_and_states_done_work(
        services, specialist, tmp_path):
    number = _erasure_case(services, specialist)
    with pytest.raises(ServiceError, match="records no recipient .*case recipients"):
        services.letters.render(specialist, number, "art19_notice")
    services.recipients.confirm(specialist, number, "it_service_providers", "CRM",
                                name=NAMED_PROCESSOR, category_id="contact_details")
    services.closing.advance(specialist, number)
    with pytest.raises(ServiceError, match="Open tasks: task"):
        services.letters.render(specialist, number, "art19_notice")
    complete(services, specialist, number, "erase")
    out = tmp_path / "art19.pdf"
    services.letters.write_pdf(specialist, number, "art19_notice", out)
    text = pdf_text(out)
    assert NAMED_PROCESSOR in text and "Dzēsti dati: Kontaktinformācija – CRM" in text
    assert "Rēķini un maksājumi" not in text  # refused: nothing was done to it
    assert_one_language(text, "lv")


def test_recipients_are_named_checked_against_the_register_and_audited(services, specialist,
                                                                       manager):
    number = _erasure_case(services, specialist)
    with pytest.raises(ServiceError, match="category of recipients: name the company"):
        services.recipients.confirm(specialist, number, "it_service_providers", "CRM")
    with pytest.raises(ServiceError, match="does not list 'Web analytics"):
        services.recipients.confirm(specialist, number, "web_analytics_processors", "CRM",
                                    name="Google Ireland", category_id="contact_details")
    with pytest.raises(ServiceError, match="no recipient 'financial_capital_market_commission'"):
        services.recipients.confirm(specialist, number, "financial_capital_market_commission",
                                    "CRM")
    with pytest.raises(ServiceError, match="Name the system"):
        services.recipients.confirm(specialist, number, "courts", " ")
    with pytest.raises(ServiceError):
        services.recipients.confirm(manager, number, "courts", "CRM")
    added = services.recipients.confirm(specialist, number, "courts", "Billing",
                                        category_id="billing_payments")
    assert added.display_name("lv").startswith("Tiesas")
    assert [r.id for r in services.recipients.list(specialist, number)] == [added.id]
    services.recipients.remove(specialist, number, added.id)
    assert services.recipients.list(specialist, number) == []
    case_id = services.cases.detail(specialist, number).summary.id
    actions = [e.action for e in services.audit.case_timeline(specialist, case_id)]
    assert "recipient.confirmed" in actions and "recipient.removed" in actions


@pytest.mark.parametrize(("right", "kind", "action", "done_word"), [
    (Right.RECTIFICATION, "confirmation_rectification", "rectify", "labošanu"),
    (Right.RESTRICTION, "confirmation_restriction", "restrict", "ierobežošanu"),
])
def test_rectification_and_restriction_confirm_completed_tasks_without_recipients(
        services, specialist, tmp_path, right, kind, action, done_word):
    number = decided_case(services, specialist, right)
    services.fulfilment.add_task(specialist, number, action=action, system="Portāls",
                                 category_id="contact_details")
    with pytest.raises(ServiceError, match=f"Open tasks: task \\d+ \\({action}"):
        services.letters.render(specialist, number, kind)
    services.closing.advance(specialist, number)
    complete(services, specialist, number, action)
    out = tmp_path / f"{kind}.pdf"
    services.letters.write_pdf(specialist, number, kind, out)
    text = pdf_text(out)
    assert "Kontaktinformācija – Portāls" in text
    # No disclosure recorded: the letter says no recipient had to be informed, never that
    # recipients were informed.
    assert f"par {done_word} nebija jāinformē neviens saņēmējs" in text
    assert "esam informējuši" not in text
    assert INTERNAL_NOTES[0] not in text
    assert_one_language(text, "lv")


def test_objection_confirmation_lists_stopped_processing_and_the_compelling_grounds(
        services, specialist, tmp_path):
    number = decided_case(services, specialist, Right.OBJECTION, granted=("customer_surveys",),
                          refused=("billing_payments",), language="en")
    subject_facing(services, number, "billing_payments", Right.OBJECTION, ground="21(1)",
                   reason="We need this data to recover the unpaid invoice of March.")
    services.fulfilment.add_task(specialist, number, action="stop_processing",
                                 system="Surveys", category_id="customer_surveys")
    services.closing.advance(specialist, number)
    with pytest.raises(ServiceError, match="Open tasks"):
        services.letters.render(specialist, number, "confirmation_objection")
    complete(services, specialist, number, "stop_processing")
    out = tmp_path / "objection.pdf"
    services.letters.write_pdf(specialist, number, "confirmation_objection", out)
    text = pdf_text(out)
    assert "Customer surveys (NPS) – Surveys" in text
    assert "recover the unpaid invoice of March" in text and "Article 21(1)" in text
    # No stop of direct marketing was asked for or done: the letter does not claim one.
    assert "direct marketing" not in text and "21(3)" not in text
    assert INTERNAL_NOTES[1] not in text
    assert_one_language(text, "en")


def test_objection_to_direct_marketing_is_confirmed_only_once_stopped(services, specialist,
                                                                      tmp_path):
    number = decided_case(services, specialist, Right.OBJECTION_MARKETING,
                          granted=("marketing_preferences",))
    services.fulfilment.add_task(specialist, number, action="stop_marketing",
                                 system="Marketing", category_id="marketing_preferences")
    services.closing.advance(specialist, number)
    complete(services, specialist, number, "stop_marketing")
    out = tmp_path / "marketing.pdf"
    services.letters.write_pdf(specialist, number, "confirmation_objection", out)
    text = pdf_text(out)
    assert "Jūs iebildāt pret tiešo tirgvedību" in text and "21. panta 3. punkts" in text
    assert_one_language(text, "lv")


def test_a_refusal_quotes_the_subject_reason_never_the_internal_note(services, specialist,
                                                                     admin, tmp_path):
    number = decided_case(services, specialist, Right.ERASURE, granted=(),
                          refused=("billing_payments",))
    # Recording the refusal took the subject's reason from the phrasebook (never the note).
    drafted = services.letters.render(specialist, number, "refusal")
    assert "17. panta 3. punkta b)" in drafted.text
    assert not any(note in drafted.text for note in INTERNAL_NOTES)
    subject_facing(services, number, "billing_payments", Right.ERASURE, reason=KEPT_REASON_LV,
                   ground="17(3)(b)")
    with pytest.raises(ServiceError, match="granted nothing: write a refusal"):
        services.letters.render(specialist, number, "partial_refusal")
    with pytest.raises(ServiceError, match="cannot be set by hand"):
        services.letters.render(specialist, number, "refusal",
                                values={"refusal_reasons": "– nekas"})
    with pytest.raises(ServiceError, match="recorded in 'lv'"):
        services.letters.render(specialist, number, "refusal", language="en")
    # A template without the remedies: the Inspectorate and the courts are printed anyway.
    shipped = services.letter_templates.shipped(admin, "refusal", "lv")
    services.letter_templates.save(admin, "refusal", "lv", shipped.replace("$remedies", ""))
    out = tmp_path / "refusal.pdf"
    services.letters.write_pdf(specialist, number, "refusal", out)
    text = pdf_text(out)
    assert KEPT_REASON_LV in text and "VDAR 17. panta 3. punkta b) apakšpunkts" in text
    assert "Datu valsts inspekcija" in text and "pasts@dvi.gov.lv" in text
    assert "77. pants" in text and "79. pants" in text
    assert text.index("79. pants") < text.index("Ar cieņu")
    for note in INTERNAL_NOTES:
        assert note not in text
    assert_one_language(text, "lv")


def test_partial_refusal_when_some_parts_were_granted(services, specialist, tmp_path):
    number = decided_case(services, specialist, Right.ERASURE, refused=("billing_payments",))
    subject_facing(services, number, "billing_payments", Right.ERASURE, reason=KEPT_REASON_LV,
                   ground="17(3)(b)")
    with pytest.raises(ServiceError, match="granted part of the request .* partial_refusal"):
        services.letters.render(specialist, number, "refusal")
    out = tmp_path / "partial.pdf"
    services.letters.write_pdf(specialist, number, "partial_refusal", out)
    text = pdf_text(out)
    assert "Dzēšana – Kontaktinformācija" in text and KEPT_REASON_LV in text
    assert "79. pants" in text
    assert_one_language(text, "lv")


def test_a_late_refusal_is_written_only_when_confirmed(services, specialist, tmp_path):
    number = decided_case(services, specialist, Right.ERASURE, granted=(),
                          refused=("billing_payments",), days_ago=60)
    subject_facing(services, number, "billing_payments", Right.ERASURE, reason=KEPT_REASON_LV)
    out = tmp_path / "late.pdf"
    with pytest.raises(LateRefusal, match="12\\(4\\) deadline .* has passed"):
        services.letters.write_pdf(specialist, number, "refusal", out, today=TODAY)
    assert not out.exists()
    services.letters.write_pdf(specialist, number, "refusal", out, today=TODAY,
                               late_confirmed=True)
    case_id = services.cases.detail(specialist, number).summary.id
    written = [e for e in services.audit.case_timeline(specialist, case_id)
               if e.action == "letter.written"]
    assert written[-1].details["late"] is True


def test_identity_request_needs_the_recorded_pause(services, specialist, tmp_path):
    case = services.cases.create(specialist, new_request())
    services.closing.advance(specialist, case.number)
    with pytest.raises(ServiceError, match="no recorded pause"):
        services.letters.render(specialist, case.number, "identity_request")
    started = TODAY - timedelta(days=1)
    services.identity.request_information(specialist, case.number, reason="Vārds neatbilst",
                                          start=started)
    out = tmp_path / "identity.pdf"
    services.letters.write_pdf(specialist, case.number, "identity_request", out)
    assert f"apturēts no {letter_date(started, 'lv')}" in pdf_text(out)


def test_extension_letter_states_the_recorded_extension(services, specialist, tmp_path):
    case = services.cases.create(specialist, new_request(days_ago=10))
    with pytest.raises(ServiceError, match="no recorded extension"):
        services.letters.render(specialist, case.number, "extension")
    services.response.extend(specialist, case.number,
                             reason="Jāpārskata daudz zvanu ierakstu vairākās sistēmās",
                             notified_on=TODAY)
    out = tmp_path / "extension.pdf"
    services.letters.write_pdf(specialist, case.number, "extension", out)
    text = pdf_text(out)
    due = services.cases.detail(specialist, case.number).deadline.due_date
    assert "Jāpārskata daudz zvanu ierakstu vairākās sistēmās" in text
    assert letter_date(due, "lv") in text
    with pytest.raises(ServiceError, match="cannot be set by hand"):
        services.letters.render(specialist, case.number, "extension",
                                values={"extension_reason": "cits"})


def test_consent_withdrawal_confirmation_needs_a_granted_decision(services, specialist):
    number = decided_case(services, specialist, Right.CONSENT_WITHDRAWAL, granted=())
    services.decisions.record_decisions(specialist, number, [
        DecisionInput("marketing_preferences", Right.CONSENT_WITHDRAWAL, Outcome.REFUSE,
                      "Art. 7(3)", subject_reason="Piekrišana šiem datiem netika prasīta.")])
    with pytest.raises(ServiceError, match="no granted decision for Consent withdrawal"):
        services.letters.render(specialist, number, "confirmation_consent_withdrawal")
