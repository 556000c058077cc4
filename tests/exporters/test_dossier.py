"""The case dossier for the Data State Inspectorate, read back from the PDF."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from pypdf import PdfReader

from smarttek_dsar.domain.identity import IdDocumentType, VerificationMethod
from smarttek_dsar.domain.rights import Channel, Outcome, Right
from smarttek_dsar.exporters.dossier_content import DossierContent
from smarttek_dsar.services.errors import PermissionDenied
from smarttek_dsar.services.response.delivery import DeliveredFile
from smarttek_dsar.services.review.decisions import DecisionInput
from tests.fixed_clock import TODAY
from tests.services.case_factory import id_scan, new_request

SHA = "3f" * 32


@pytest.fixture
def handled(services, specialist):
    """A request with a pause, an extension, an ID check, a decision, a task and a delivery."""
    case = services.cases.create(specialist, new_request(days_ago=10, attachments=[id_scan()],
                                                         rights=[Right.ACCESS, Right.ERASURE]))
    n = case.number
    services.closing.advance(specialist, n)
    services.identity.request_information(specialist, n, reason="Paraksts neatbilst")
    services.identity.information_received(specialist, n)
    services.identity.verify_identity(specialist, n, method=VerificationMethod.ID_DOCUMENT,
                                      verified=True, document_type=IdDocumentType.PASSPORT,
                                      document_number="LV1234567")
    services.response.extend(specialist, n, reason="Daudz zvanu ierakstu jāpārskata",
                             notified_on=TODAY)
    services.closing.advance(specialist, n)
    services.decisions.record_decisions(specialist, n, [
        DecisionInput("contact_details", Right.ACCESS, Outcome.GRANT, "Art. 15"),
        DecisionInput("billing_payments", Right.ERASURE, Outcome.REFUSE, "Art. 17(3)(b)",
                      "Grāmatvedības likums", keep_until=TODAY + timedelta(days=3653)),
    ])
    services.closing.advance(specialist, n)
    services.fulfilment.add_task(specialist, n, action="notify", recipient="SIA IT Serviss")
    services.delivery.record_delivery(specialist, n, sent_on=TODAY, channel=Channel.EMAIL,
                                      format="PDF", proof="Message-ID <d@smarttek.eu>",
                                      files=[DeliveredFile("DSAR_data.pdf", SHA, 1234)])
    return n


def _text(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def _timeline(pages: list[str]) -> str:
    """The timeline section's text, table rows joined (a cell wraps over lines)."""
    text = " ".join(pages).replace("\n", " ")
    start = max(text.rfind("Notikumu vēsture (audita žurnāls)"),
                text.rfind("Timeline (audit trail)"))
    assert start >= 0, "no timeline section"
    return text[start:]


def _assert_no_codes(timeline: str) -> None:
    codes = set(re.findall(r"\b[a-z]+[._][a-z_]+\b", timeline))
    # File names and the Message-ID's domain are what was recorded, not codes.
    codes -= {"smarttek.eu", "dossier_lv", "dossier_en"}
    assert not codes, f"codes in the timeline: {sorted(codes)}"
    assert "{" not in timeline and '"' not in timeline  # no raw JSON


def test_dossier_holds_the_whole_case_file(services, specialist, handled, tmp_path):
    out = tmp_path / "dossier.pdf"
    written = services.dossier.write(specialist, handled, out)
    pages = _text(out)
    text = "\n".join(pages)
    flat = text.replace("\n", " ")
    for heading in ("Kopsavilkums", "Personas", "Identitātes pārbaudes", "Termiņa apturēšana",
                    "Termiņi un to aprēķins", "Lēmumi un to pamatojums", "Izpildes uzdevumi",
                    "Izsniegtā informācija", "Notikumu vēsture"):
        assert heading in text, heading
    detail = services.cases.detail(specialist, handled)
    # The deadline explained step by step, the extension and the pause among them.
    assert "saņemšanas diena netiek skaitīta" in flat
    assert "Pagarināts par diviem mēnešiem" in flat and "Paraksts neatbilst" in flat
    assert detail.deadline.due_date.isoformat() in flat
    # The timeline is the audit trail, in Latvian words (issue 14): no action codes, no keys.
    for action in ("Pieprasījums reģistrēts", "Termiņš apturēts: pieprasīta informācija",
                   "Identitāte pārbaudīta", "Termiņš pagarināts",
                   "Izvērtēšanas lēmumi reģistrēti", "Atbilde nosūtīta"):
        assert action in flat, action
    _assert_no_codes(_timeline(pages))
    # Identity: what was checked, never the document number or a copy.
    assert "…4567" in flat and "LV1234567" not in flat
    assert SHA in flat.replace(" ", "")
    assert "Jānis Bērziņš" in flat and "VDAR 17. panta 3. punkta b) apakšpunkts" in flat
    total = len(pages)
    for number, page in enumerate(pages, start=1):
        assert f"{number}. lapa no {total}" in page
    assert written.sha256 and written.path == out
    events = services.audit.case_timeline(specialist, detail.summary.id)
    assert "dossier.written" in [e.action for e in events]


def test_english_labels(services, specialist, handled, tmp_path):
    out = tmp_path / "dossier-en.pdf"
    services.dossier.write(specialist, handled, out, language="en")
    pages = _text(out)
    text = "\n".join(pages)
    assert "Deadlines and how they were computed" in text and "Timeline (audit trail)" in text
    assert f"Page 1 of {len(pages)}" in pages[0]
    timeline = _timeline(pages)
    for action in ("Request registered", "Clock paused: information requested",
                   "Identity checked", "Deadline extended", "Review decisions recorded",
                   "Response delivered"):
        assert action in timeline, action
    _assert_no_codes(timeline)


def test_timeline_details_in_words_of_the_dossier_language(services, specialist, handled,
                                                           tmp_path):
    """The recorded details by their names and labels, the personal text kept (the dossier
    is for a specialist and the Inspectorate), a delivered file's checksum whole."""
    services.dossier.write(specialist, handled, tmp_path / "lv.pdf")
    services.dossier.write(specialist, handled, tmp_path / "en.pdf", language="en")
    latvian = _timeline(_text(tmp_path / "lv.pdf")).replace(" ", "")
    english = _timeline(_text(tmp_path / "en.pdf")).replace(" ", "")
    # The pause's reason and the extension's, as the specialist wrote them.
    assert "iemesls:Parakstsneatbilst" in latvian and "reason:Parakstsneatbilst" in english
    assert "Daudzzvanuierakstujāpārskata" in latvian and "Daudzzvanuierakstujāpārskata" in english
    # Stages, channels, the register's categories, rights and outcomes by their labels.
    assert "no:Reģistrētsuz:Identitātespārbaude" in latvian
    assert "from:Intaketo:Identityverification" in english
    assert "kanāls:E-pasts" in latvian and "channel:E-mail" in english
    assert "lēmumi:Kontaktinformācija/Piekļuve/Apmierināt" in latvian
    assert "decisions:Contactdetails/Access/Grant" in english
    assert "darbība:Paziņotsaņēmējam(19.pants)" in latvian
    assert "action:Notifyrecipient(Art.19)" in english
    assert "rezultāts:identitāteapstiprināta" in latvian and "result:identityverified" in english
    assert "DSAR_data.pdf" in latvian and "DSAR_data.pdf" in english
    assert SHA in english


def test_manager_cannot_prepare_the_dossier(services, manager, specialist, handled, tmp_path):
    with pytest.raises(PermissionDenied):
        services.dossier.write(manager, handled, tmp_path / "d.pdf")
    assert not (tmp_path / "d.pdf").exists()


def test_content_refuses_rows_that_do_not_fit_their_columns():
    with pytest.raises(ValueError, match="pauses"):
        DossierContent("DSAR-2026-0001", "lv", TODAY, "anna", [],
                       {"pauses": [["2026-01-01", "2026-01-02"]]})


def test_times_are_riga_times_and_the_language_a_word(services, specialist, handled, tmp_path):
    """Issue 14, "Times": the dossier printed its checks, searches, tasks and timeline in UTC
    ("Laiks (UTC)") while its receipt was Riga time, and the case's language as "lv"."""
    from smarttek_dsar.domain.clock import RIGA
    from smarttek_dsar.storage.timestamps import as_utc

    out = tmp_path / "dossier.pdf"
    services.dossier.write(specialist, handled, out)
    flat = " ".join(_text(out)).replace("\n", " ")
    assert "UTC" not in flat
    detail = services.cases.detail(specialist, handled)
    checked = as_utc(detail.identity_checks[0].checked_at)
    assert f"{checked.astimezone(RIGA):%Y-%m-%d %H:%M}" in flat
    assert f"{checked:%Y-%m-%d %H:%M}" not in flat  # two hours apart in December
    assert "Valoda latviešu" in flat
