"""Cases full of personal data, and a scan that finds any of it in what a service returned.

Used by the walk of every service as a manager (test_manager_sees_no_personal_data.py) and the
manager's window test: the cases carry the subject's name, codes, e-mail, phone, address and
request text, and every kind of free text a specialist types (pause and extension reasons,
identity notes, decision reasons, task recipients, delivery proof, delivered file names,
rejection and withdrawal notes), plus data collected from the company's systems."""

from __future__ import annotations

import dataclasses
import enum
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from smarttek_dsar.domain.identity import VerificationMethod
from smarttek_dsar.domain.rights import Channel, Outcome, Right
from smarttek_dsar.domain.workflow import RejectionReason
from smarttek_dsar.services import Services
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.cases import NewCase
from smarttek_dsar.services.response.delivery import DeliveredFile
from smarttek_dsar.services.review.decisions import DecisionInput
from smarttek_dsar.services.views import AttachmentInput, PartyInput
from tests.fixed_clock import NOW, TODAY
from tests.services.case_factory import JANIS_CODE, new_request
from tests.services.package_cases import EXCLUDED_REASON, REDACTED_REASON, collected_case
from tests.sources.systems_fixtures import NEIGHBOUR, NEW_CODE, ilze

LIGA = "Līga Ozola"
LIGA_EMAIL = "liga.ozola@pasts.example"
LIGA_PHONE = "+371 2655 1234"
LIGA_ADDRESS = "Brīvības iela 77-12, Rīga, LV-1010"
LIGA_CUSTOMER_NO = "C-7700123"
REQUEST_TEXT = "Lūdzu izsniegt visus datus par manu līgumu un zvanu ierakstiem."
RECEIPT_PROOF = "Message-ID <liga.ozola.77@pasts.example>"
REPRESENTATIVE = "Gundars Zīverts"
AUTHORITY_PROOF = "Pilnvara Nr. 77/2026, notāre Baiba Celmiņa"
REQUEST_FILE = "Liga_Ozola_pieprasijums.pdf"
PAUSE_REASON = "Gaidām Līgas pases numuru pēc viņas zvana"
IDENTITY_NOTE = "Salīdzināts ar Līgas e-pastu, kas reģistrēts līgumā"
EXTENSION_REASON = "Līgas Ozolas dati ir četrpadsmit sistēmās un zvanu arhīvā"
DECISION_REASON = "Līgas vīra zvani ir cita persona: izņemti"
INACCURACY = "Līgas vecā adrese Jelgavā vēl reģistrēta"
CORRECTED_VALUE = "Līgas jaunā adrese: Brīvības iela 77-12"
TASK_RECIPIENT = "Ozolu ģimenes ārsts Dr. Kārkliņš"
TASK_DESCRIPTION = "Paziņot par Līgas tālruņa labojumu"
DELIVERY_PROOF = "Nosūtīts uz liga.ozola@pasts.example ar parakstu"
DELIVERED_FILE = "Liga_Ozola_010190-10001_answer.pdf"
REJECTED = "Ojārs Pūpols"
REJECTED_EMAIL = "ojars.pupols@pasts.example"
REJECTION_NOTE = "Ojārs jau ceturto reizi šogad prasa to pašu par savu kaimiņu"
WITHDRAWN = "Rūta Dzērvīte"
WITHDRAWN_EMAIL = "ruta.dzervite@pasts.example"
WITHDRAWAL_NOTE = "Rūta zvanīja un atsauca pieprasījumu pēc strīda ar brāli"


def personal_values() -> tuple[str, ...]:
    """Everything personal the cases hold, as a reader would find it (names, codes with and
    without the hyphen, e-mails, phones as typed and as stored, free text)."""
    person = ilze()
    values = [
        LIGA, "Liga_Ozola", LIGA_EMAIL, LIGA_PHONE, "+37126551234", LIGA_ADDRESS,
        LIGA_CUSTOMER_NO, REQUEST_TEXT, RECEIPT_PROOF, REPRESENTATIVE, AUTHORITY_PROOF,
        REQUEST_FILE, PAUSE_REASON, IDENTITY_NOTE, EXTENSION_REASON, DECISION_REASON,
        INACCURACY, CORRECTED_VALUE,
        TASK_RECIPIENT, TASK_DESCRIPTION, DELIVERY_PROOF, DELIVERED_FILE,
        JANIS_CODE, JANIS_CODE.replace("-", ""),
        REJECTED, REJECTED_EMAIL, REJECTION_NOTE, WITHDRAWN, WITHDRAWN_EMAIL, WITHDRAWAL_NOTE,
        # The collected case: the subject as the company's systems know her, and what was
        # found about her, including a neighbour named in an incident.
        f"{person.first_name} {person.last_name}", person.email, person.phone, person.address,
        person.customer_no, NEW_CODE, NEW_CODE.replace("-", ""), NEIGHBOUR, "+37129999999",
        EXCLUDED_REASON, REDACTED_REASON,
        # new_request's phone, as typed and as stored
        "+371 2612 3456", "+37126123456",
    ]
    return tuple(values)


@dataclass(frozen=True)
class ManagerCases:
    full: str  # Līga Ozola: paused, verified, extended, decided, task done, delivered
    full_id: int
    collected: str  # Ilze Kalniņa: data collected from the systems and reviewed
    collected_id: int
    rejected: str
    withdrawn: str


def liga_request() -> NewCase:
    return NewCase(
        channel=Channel.EMAIL,
        received_at=NOW - timedelta(days=5),
        subject=PartyInput(name=LIGA, personal_code=JANIS_CODE, email=LIGA_EMAIL,
                           phone=LIGA_PHONE, customer_no=LIGA_CUSTOMER_NO,
                           address=LIGA_ADDRESS),
        representative=PartyInput(name=REPRESENTATIVE, authority_proof=AUTHORITY_PROOF),
        rights=[Right.ACCESS, Right.RECTIFICATION],
        request_text=REQUEST_TEXT,
        receipt_proof=RECEIPT_PROOF,
        attachments=[AttachmentInput(REQUEST_FILE, b"%PDF-1.4 request", "application/pdf")],
    )


def build_full_case(services: Services, specialist: Actor) -> tuple[str, int]:
    """Līga Ozola's case through pause, verification, extension, review, a GDPR 19 notice
    and the delivery of her answer: (number, id)."""
    full = services.cases.create(specialist, liga_request())
    n = full.number
    services.identity.request_information(specialist, n, reason=PAUSE_REASON,
                                          start=TODAY - timedelta(days=4))
    services.identity.information_received(specialist, n, on=TODAY - timedelta(days=2))
    services.identity.verify_identity(specialist, n, method=VerificationMethod.EMAIL_ON_FILE,
                                      verified=True, notes=IDENTITY_NOTE)
    services.closing.advance(specialist, n)  # -> review
    services.response.extend(specialist, n, reason=EXTENSION_REASON, notified_on=TODAY)
    services.decisions.record_decisions(specialist, n, [
        DecisionInput("contact_details", Right.ACCESS, Outcome.GRANT, "Art. 15",
                      DECISION_REASON),
        DecisionInput("contact_details", Right.RECTIFICATION, Outcome.GRANT, "Art. 16",
                      inaccuracy=INACCURACY, corrected_value=CORRECTED_VALUE),
    ])
    services.closing.advance(specialist, n)  # -> fulfilment
    services.fulfilment.add_task(specialist, n, action="notify", recipient=TASK_RECIPIENT,
                                 description=TASK_DESCRIPTION)
    task_id = services.cases.detail(specialist, n).tasks[0].id
    services.fulfilment.complete_task(specialist, n, task_id)
    services.delivery.record_delivery(
        specialist, n, sent_on=TODAY, channel=Channel.EMAIL, format="PDF",
        proof=DELIVERY_PROOF, files=[DeliveredFile(DELIVERED_FILE, "ab" * 32, 2048)],
    )
    return n, full.id


def build_cases(services: Services, specialist: Actor, tmp_path: Path) -> ManagerCases:
    n, full_id = build_full_case(services, specialist)
    collected = collected_case(services, specialist, tmp_path).number
    rejected = services.cases.create(
        specialist, new_request(name=REJECTED, code=None, email=REJECTED_EMAIL)).number
    services.response.reject(specialist, rejected, reason=RejectionReason.EXCESSIVE,
                             note=REJECTION_NOTE)
    withdrawn = services.cases.create(
        specialist, new_request(name=WITHDRAWN, code=None, email=WITHDRAWN_EMAIL)).number
    services.response.withdraw(specialist, withdrawn, note=WITHDRAWAL_NOTE)
    return ManagerCases(
        full=n, full_id=full_id, collected=collected,
        collected_id=services.cases.detail(specialist, collected).summary.id,
        rejected=rejected, withdrawn=withdrawn,
    )


# -- the scan ----------------------------------------------------------------------------------

def texts_in(value: object, seen: set[int] | None = None) -> Iterator[str]:
    """Every piece of text reachable from `value`: strings, keys, enum values, dataclass and
    object fields, and the contents of files it names (PDF text, XLSX cells, other bytes)."""
    seen = set() if seen is None else seen
    if value is None or isinstance(value, bool | int | float | date):
        return
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, enum.Enum):
        yield str(value.value)
    elif isinstance(value, str):
        yield value
    elif isinstance(value, bytes | bytearray):
        yield bytes(value).decode("utf-8", "replace")
    elif isinstance(value, Path):
        yield str(value)
        if value.is_file():
            yield file_text(value)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from texts_in(key, seen)
            yield from texts_in(item, seen)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from texts_in(item, seen)
    elif dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            yield from texts_in(getattr(value, f.name), seen)
        yield from _properties(value, seen)
    elif hasattr(value, "__dict__"):
        for key, item in vars(value).items():
            if not key.startswith("_sa_"):
                yield from texts_in(item, seen)
    else:
        yield str(value)


def _properties(value: object, seen: set[int]) -> Iterator[str]:
    # Views compute some of what they show (CaseDetail.subject, to_json()).
    to_json = getattr(value, "to_json", None)
    if callable(to_json):
        yield json.dumps(to_json(), ensure_ascii=False, default=str)


def file_text(path: Path) -> str:
    """What a reader of the file sees: PDF text via pypdf, XLSX cells via openpyxl, otherwise
    the bytes as text."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        from pypdf import PdfReader

        return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    if suffix == ".xlsx":
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True)
        return "\n".join(str(cell) for sheet in book.worksheets
                         for row in sheet.iter_rows(values_only=True)
                         for cell in row if cell is not None)
    return path.read_bytes().decode("utf-8", "replace")


def personal_data_in(value: object, values: tuple[str, ...]) -> list[str]:
    """The personal values found anywhere in `value` (case-insensitive)."""
    found = []
    haystack = [t.casefold() for t in texts_in(value)]
    for needle in values:
        if any(needle.casefold() in text for text in haystack):
            found.append(needle)
    return found


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())
