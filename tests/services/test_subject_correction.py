"""A mistyped personal code or e-mail is corrected on the case: validated as at intake, one
audited change on the case's version, found by the search, and checked again for repeats."""

from __future__ import annotations

import pytest

from smarttek_dsar.domain.rights import Right
from smarttek_dsar.services.case_query import CaseFilter
from smarttek_dsar.services.errors import ConflictError, PermissionDenied, ServiceError
from smarttek_dsar.services.intake.subject_correction import RequestCorrection
from smarttek_dsar.services.views import PartyInput
from tests.services.case_factory import new_request

CORRECT_CODE = "010190-10001"


def _subject(detail):
    return next(p for p in detail.parties if p.role == "subject")


def test_a_mistyped_code_is_corrected_audited_and_searchable(services, specialist, admin,
                                                              manager):
    number = services.cases.create(specialist, new_request(code=None)).number
    before = services.cases.detail(specialist, number)
    wrong = PartyInput(name="Jānis Bērziņš", personal_code="010190-1000",
                       email="janis.berzins@example.lv")
    with pytest.raises(ServiceError, match="Data subject"):
        services.corrections.correct(specialist, number, wrong)
    fixed = PartyInput(name="Jānis Bērziņš", personal_code=CORRECT_CODE,
                       email="janis.berzins@example.lv", phone="+371 2612 3456")
    result = services.corrections.correct(specialist, number, fixed,
                                          expected_version=before.summary.version)
    assert result.changed == ("personal_code",)
    after = services.cases.detail(specialist, number)
    assert _subject(after).personal_code == CORRECT_CODE
    assert after.summary.version > before.summary.version
    found = services.cases.list(specialist, CaseFilter(text=CORRECT_CODE))
    assert [s.number for s in found] == [number]
    # The trail says which field changed; the values are kept beside the event.
    event = [e for e in services.audit.recent(admin) if e.action == "case.subject_corrected"][0]
    assert event.details["fields"] == ["personal_code"]
    assert event.details["after"] == {"personal_code": CORRECT_CODE}
    assert services.audit.verify(admin).ok
    # An edit on an old version is refused, not overwritten; managers may not edit at all.
    with pytest.raises(ConflictError):
        services.corrections.correct(specialist, number, fixed,
                                     expected_version=before.summary.version)
    with pytest.raises(PermissionDenied):
        services.corrections.correct(manager, number, fixed)
    with pytest.raises(ServiceError, match="Nothing to correct"):
        services.corrections.correct(specialist, number, fixed)


def test_the_corrected_code_reveals_a_repeat_request(services, specialist):
    first = services.cases.create(specialist, new_request(code=CORRECT_CODE,
                                                          rights=(Right.ACCESS,))).number
    second = services.cases.create(specialist, new_request(
        code=None, email="cits@example.lv", rights=(Right.ACCESS,))).number
    assert services.cases.detail(specialist, second).duplicate_of is None
    result = services.corrections.correct(specialist, second, PartyInput(
        name="Jānis Bērziņš", personal_code=CORRECT_CODE, email="cits@example.lv"))
    assert result.duplicate_of == first
    assert services.cases.detail(specialist, second).duplicate_of == first


def _subject_input(detail) -> PartyInput:
    s = _subject(detail)
    return PartyInput(name=s.name, personal_code=s.personal_code, email=s.email, phone=s.phone,
                      customer_no=s.customer_no, address=s.address)


def test_representative_language_and_receipt_proof_are_corrected(services, specialist, admin,
                                                                 manager):
    number = services.cases.create(specialist, new_request()).number
    detail = services.cases.detail(specialist, number)
    subject = _subject_input(detail)
    lawyer = PartyInput(name="Advokāte Anna Liepa", email="anna.liepa@advokati.lv",
                        authority_proof="Pilnvara Nr. 12, notāre I. Kalna, 01.09.2024")
    # Validated as at intake: a representative shows authority, the language is lv or en,
    # and the receipt proof is never blanked out.
    for request, message in (
        (RequestCorrection(PartyInput(name="Anna Liepa"), "lv", "x"), "proof of authority"),
        (RequestCorrection(None, "de", "x"), "'lv' or 'en'"),
        (RequestCorrection(None, "lv", "  "), "receipt proof cannot be empty"),
        (RequestCorrection(PartyInput(name="A", email="nav-epasts", authority_proof="p"),
                           "lv", "x"), "Representative"),
    ):
        with pytest.raises(ServiceError, match=message):
            services.corrections.correct(specialist, number, subject, request=request)

    proof = "Received: by mx.smarttek.eu; Tue, 3 Sep 2024 08:15:00 +0300"
    result = services.corrections.correct(
        specialist, number, subject, expected_version=detail.summary.version,
        request=RequestCorrection(lawyer, "en", proof))
    assert result.changed == ("representative", "language", "receipt_proof")
    after = services.cases.detail(specialist, number)
    representative = next(p for p in after.parties if p.role == "representative")
    assert (representative.name, representative.authority_proof) == (
        lawyer.name, lawyer.authority_proof)
    assert after.language == "en" and after.receipt_proof == proof
    assert [s.number for s in services.cases.list(specialist, CaseFilter(text="advokati"))] \
        == [number]
    event = [e for e in services.audit.recent(admin) if e.action == "case.subject_corrected"][0]
    assert event.details["fields"] == ["representative", "language", "receipt_proof"]
    assert event.details["after"]["representative"]["name"] == lawyer.name
    assert services.audit.verify(admin).ok

    # The subject now acts alone: the representative is removed, on the latest version only.
    with pytest.raises(ConflictError):
        services.corrections.correct(specialist, number, subject,
                                     expected_version=detail.summary.version,
                                     request=RequestCorrection(None, "en", proof))
    services.corrections.correct(specialist, number, subject,
                                 request=RequestCorrection(None, "en", proof))
    assert not [p for p in services.cases.detail(specialist, number).parties
                if p.role == "representative"]
    with pytest.raises(ServiceError, match="Nothing to correct"):
        services.corrections.correct(specialist, number, subject,
                                     request=RequestCorrection(None, "en", proof))
    with pytest.raises(PermissionDenied):
        services.corrections.correct(manager, number, subject,
                                     request=RequestCorrection(None, "lv", proof))
