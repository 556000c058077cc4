"""A NUL pasted into a typed request, a subject correction, a reason or a note (issue 13): on
PostgreSQL it used to fail the whole act ("cannot contain NUL"); now it is removed and the
rest is kept, on both databases, and the audit trail still verifies."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from sqlalchemy import text

from smarttek_dsar.domain.identity import VerificationMethod
from smarttek_dsar.services.views import AttachmentInput, PartyInput
from tests.fixed_clock import TODAY
from tests.services.case_factory import new_request


def _stored_texts(services) -> str:
    """Every text value of the tables a typed case writes to, as one string."""
    with services.db.read() as session:
        rows = []
        for table in ("cases", "case_parties", "attachments", "clock_pauses",
                      "identity_checks", "audit_events", "audit_personal_texts"):
            rows += session.execute(text(f"SELECT * FROM {table}")).all()
    return repr([[v for v in row if isinstance(v, str)] for row in rows])


def test_a_nul_in_typed_text_is_removed_and_the_rest_kept(services, admin, specialist):
    typed = dataclasses.replace(
        new_request(name="Jānis\x00 Bērziņš"),
        request_text="Lūdzu\x00 datus.", receipt_proof="Vēstule\x00 1.12.",
        subject=PartyInput(name="Jānis\x00 Bērziņš", email="janis.berzins@example.lv",
                           address="Rīga\x00, Bērzaunes 6A"),
        attachments=[AttachmentInput("ie\x00sniegums.pdf", b"%PDF\x00binary stays", "application/pdf")],
    )
    case = services.cases.create(specialist, typed)
    assert case.subject_name == "Jānis Bērziņš"
    number = case.number
    corrected = services.corrections.correct(
        specialist, number, PartyInput(name="Jānis\x00 Bērziņš-Ozols",
                                       email="janis.berzins@example.lv"))
    assert corrected.summary.subject_name == "Jānis Bērziņš-Ozols"
    services.identity.request_information(specialist, number, reason="Pases\x00 kopija",
                                          start=TODAY - timedelta(days=1))
    services.identity.information_received(specialist, number, on=TODAY)
    services.identity.verify_identity(specialist, number, method=VerificationMethod.EMAIL_ON_FILE,
                                      verified=True, notes="Salīdzināts\x00 ar līgumu")
    detail = services.cases.detail(specialist, number, today=TODAY)
    assert detail.request_text == "Lūdzu datus."
    stored = _stored_texts(services)
    assert "\x00" not in stored and "\\x00" not in stored and "\\u0000" not in stored
    for kept in ("Jānis Bērziņš-Ozols", "Lūdzu datus.", "Pases kopija", "Salīdzināts ar līgumu",
                 "iesniegums.pdf", "Rīga, Bērzaunes 6A"):
        assert kept in stored
    with services.db.read() as session:
        content = session.execute(text("SELECT content FROM attachments")).scalar_one()
    assert bytes(content) == b"%PDF\x00binary stays"  # a file's bytes are evidence: untouched
    assert services.audit.verify(admin).ok
