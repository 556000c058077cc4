"""`smarttek-dsar import` of Outlook mail: .msg read without extract-msg (an Exchange sender
with only an X.500 address, an attached Outlook item), a plain e-mail saved as .msg, and a
winmail.dat (TNEF) mail whose body cannot be read, said plainly in the import result."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.message import EmailMessage

from tests.intake.mail_builder import RECEIVED_OURS, base_message
from tests.intake.msg_builder import MsgAttachment, message_storage, outlook_message
from tests.intake.tnef_builder import TnefFile, tnef
from tests.services.intake_files import mail, write

PW = "a long enough password"
DELIVERED = datetime(2024, 9, 2, 7, 0, 12, tzinfo=UTC)
X500 = "/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP (FYDIBOHF23SPDLT)/CN=RECIPIENTS/CN=A"


def test_outlook_files_by_content_and_tnef_notes(ready, tmp_path):
    inner = message_storage(subject="Sākotnējais", sender_name="Anna Kalniņa",
                            sender_email="anna@example.lv", body="Lūdzu datu kopiju.",
                            submit_time=DELIVERED - timedelta(days=2), top=False)
    exchange = outlook_message(
        subject="Pārsūtīts pieprasījums", sender_name="Jānis Bērziņš", sender_email=X500,
        sender_address_type="EX", sender_smtp="janis.berzins@smarttek.eu",
        body="Pārsūtu.", message_id="<x500@smarttek.eu>", delivery_time=DELIVERED,
        attachments=[MsgAttachment("Sākotnējais.msg", b"", embedded=inner)],
    )  # fmt: skip
    winmail: EmailMessage = base_message(received=(RECEIVED_OURS,), message_id="<tnef@x.lv>")
    winmail.set_content("")
    broken = tnef(body="Lūdzu dzēst datus.", files=[TnefFile("a.pdf", b"%PDF" * 9000)])
    winmail.add_attachment(broken[:-5000], maintype="application", subtype="ms-tnef",
                           filename="winmail.dat")  # fmt: skip
    good: EmailMessage = base_message(received=(RECEIVED_OURS,), message_id="<tnef-ok@x.lv>")
    good.set_content("")
    good.add_attachment(tnef(body="Lūdzu dzēst datus.", files=[TnefFile("a.pdf", b"%PDF")]),
                        maintype="application", subtype="ms-tnef", filename="winmail.dat")
    files = [
        str(write(tmp_path, "exchange.msg", exchange)),
        str(write(tmp_path, "saved as.msg", mail(message_id="<plain@example.lv>"))),
        str(write(tmp_path, "winmail.eml", winmail.as_bytes())),
        str(write(tmp_path, "winmail-ok.eml", good.as_bytes())),
    ]
    result = ready("import", *files, "--json", user="anna", password=PW)
    assert result.code == 0, result.out + result.err
    rows = result.json()
    assert [r["status"] for r in rows] == ["created"] * 4
    assert any("winmail.dat (TNEF) part, which could not be read" in note
               for note in rows[2]["notes"])  # fmt: skip
    assert not any("winmail" in note for note in rows[3]["notes"])

    shown = ready("case", "show", rows[0]["case"], user="anna", password=PW)
    assert "janis.berzins@smarttek.eu" in shown.out
    assert "Forwarded message" in shown.out and "Lūdzu datu kopiju." in shown.out
    tnef_case = ready("case", "show", rows[3]["case"], user="anna", password=PW)
    assert "Lūdzu dzēst datus." in tnef_case.out

    again = ready("import", *files, "--json", user="anna", password=PW)
    assert [r["status"] for r in again.json()] == ["duplicate"] * 4
