"""A case's files are opened by a specialist (audited), never by a manager; an imported e-mail
is read back by the intake parsers for the viewer: headers, text (HTML as text), and its own
attachments, which open the same way. On SQLite and PostgreSQL."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from smarttek_dsar.services.errors import NotFound, PermissionDenied, ServiceError
from smarttek_dsar.services.intake.attachments import is_email
from tests.intake.mail_builder import RECEIVED_OURS, base_message
from tests.services.intake_files import mail, outlook_file, write

INNER_BODY = "Pārsūtu savu agrāko vēstuli."


def _mail_with_an_email_inside() -> bytes:
    inner = base_message(message_id="<inner@example.lv>", subject="Agrākā vēstule",
                         received=(RECEIVED_OURS,))
    inner.set_content(INNER_BODY)
    inner.add_attachment(b"%PDF-1.4 skenejums", maintype="application", subtype="pdf",
                         filename="skenejums.pdf")
    outer: EmailMessage = base_message(message_id="<outer@example.lv>", subject="Datu kopija",
                                       received=(RECEIVED_OURS,))
    outer.set_content("Labdien! Lūdzu sniegt manu datu kopiju.")
    outer.add_alternative("<html><body><p>Labdien! Lūdzu <b>sniegt</b> manu datu kopiju."
                          "<script>alert(1)</script></p></body></html>", subtype="html")
    outer.add_attachment(b"%PDF-1.4 pilnvara", maintype="application", subtype="pdf",
                         filename="pilnvara.pdf")
    outer.add_attachment(inner.as_bytes(), maintype="application", subtype="octet-stream",
                         filename="agrakais.eml")
    return outer.as_bytes()


def _imported(services, specialist, tmp_path, name: str, data: bytes) -> str:
    result = services.imports.import_file(specialist, write(tmp_path, name, data))
    assert result.case_number, result.message
    return result.case_number


def test_an_imported_email_is_read_and_its_attachments_open(services, specialist, admin,
                                                             tmp_path):
    number = _imported(services, specialist, tmp_path, "pieprasijums.eml",
                       _mail_with_an_email_inside())
    detail = services.cases.detail(specialist, number)
    evidence = next(a for a in detail.attachments if a.kind == "evidence")
    assert is_email(evidence.filename, evidence.media_type)

    view = services.attachments.read_email(specialist, number, evidence.id)
    assert view.sender_email == "janis.berzins@example.lv"
    assert view.recipients == "privacy@smarttek.eu"
    assert view.subject == "Datu kopija"
    assert "Lūdzu sniegt manu datu kopiju" in view.body_text
    assert "<" not in view.body_text and "alert" not in view.body_text
    assert [(a.filename, a.is_email) for a in view.attachments] == [
        ("pilnvara.pdf", False), ("agrakais.eml", True)]

    whole = services.attachments.open_file(specialist, number, evidence.filename)
    assert whole.content.startswith(b"Received:") and whole.is_email
    pdf = services.attachments.open_file(specialist, number, evidence.id, inner="pilnvara.pdf")
    assert pdf.content == b"%PDF-1.4 pilnvara"
    inner = services.attachments.read_email(specialist, number, evidence.id,
                                            inner="agrakais.eml")
    assert inner.subject == "Agrākā vēstule" and INNER_BODY in inner.body_text
    # A file of the e-mail inside the e-mail: its path from the case's attachment down.
    scan = services.attachments.open_file(specialist, number, evidence.id,
                                          inner="agrakais.eml/skenejums.pdf")
    assert scan.content == b"%PDF-1.4 skenejums"

    # Each opening is on the trail, by the file's hash, never its name.
    opened = [e for e in services.audit.recent(admin) if e.action == "attachment.opened"]
    assert len(opened) == 5
    assert {e.details["sha256"] for e in opened} == {evidence.sha256}
    assert "pieprasijums" not in str([e.details for e in opened])
    assert services.audit.verify(admin).ok


def test_an_outlook_message_is_read_as_well(services, specialist, tmp_path):
    number = _imported(services, specialist, tmp_path, "pieprasijums.msg", outlook_file())
    evidence = next(a for a in services.cases.detail(specialist, number).attachments
                    if a.kind == "evidence")
    view = services.attachments.read_email(specialist, number, evidence.id)
    assert view.sender_email == "janis@example.lv" and view.subject == "Datu dzēšana"
    assert "dzēst manus personas datus" in view.body_text
    assert [a.filename for a in view.attachments] == ["iesniegums_Bērziņš.pdf"]


def test_a_manager_opens_nothing_and_bad_requests_are_refused(services, specialist, manager,
                                                             tmp_path):
    number = _imported(services, specialist, tmp_path, "a.eml", mail())
    detail = services.cases.detail(specialist, number)
    evidence = next(a for a in detail.attachments if a.kind == "evidence")
    pdf = next(a for a in detail.attachments if a.kind != "evidence")
    with pytest.raises(PermissionDenied):
        services.attachments.open_file(manager, number, evidence.id)
    with pytest.raises(PermissionDenied):
        services.attachments.read_email(manager, number, evidence.id)
    with pytest.raises(NotFound, match="no attachment"):
        services.attachments.open_file(specialist, number, "nav.pdf")
    with pytest.raises(NotFound, match="no attachment named"):
        services.attachments.open_file(specialist, number, evidence.id, inner="nav.pdf")
    with pytest.raises(ServiceError, match="not a saved e-mail"):
        services.attachments.read_email(specialist, number, pdf.id)


def test_an_outlook_item_attached_in_a_msg_is_kept_as_its_original_and_opens(
        services, specialist, tmp_path):
    from tests.intake.test_embedded_msg_original import TOPIC, TOPIC_STREAM, _outer, _stored

    number = _imported(services, specialist, tmp_path, "parsutits.msg", _outer())
    detail = services.cases.detail(specialist, number)
    names = sorted(a.filename for a in detail.attachments)
    assert "Pieprasījums no klienta.eml" in names and "Pieprasījums no klienta.msg" in names
    original = next(a for a in detail.attachments if a.filename.endswith("klienta.msg"))
    assert is_email(original.filename, original.media_type)
    # The viewer reads the original itself: the item as Outlook had it.
    view = services.attachments.read_email(specialist, number, original.id)
    assert (view.sender_email, view.subject) == ("anna@example.lv", "Pieprasījums no klienta")
    assert "Lūdzu izsniegt manu datu kopiju." in view.body_text
    assert [a.filename for a in view.attachments] == ["pase.jpg"]
    # Stored whole: read back from the case, what the .eml cannot carry is in it.
    stored = services.attachments.open_file(specialist, number, original.id).content
    assert _stored(stored)[TOPIC_STREAM].decode("utf-16-le") == TOPIC
