"""Looking at a letter template as the subject would read it, before it is saved or sent.

The text being edited is printed on the letterhead either with made-up values (a fictitious
subject, plainly sample data) or, for a user who works cases, filled from a real case. Either
way it is checked as saving would check it, so a preview never shows what could not be saved.
Previewing for a case is in that case's audit trail as a prepared letter, like any letter
whose text names the subject.
"""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from pathlib import Path

from smarttek_dsar.domain.register import Register
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.administration.register_service import RegisterService
from smarttek_dsar.services.errors import ServiceError
from smarttek_dsar.services.intake.acknowledgement import controller_values, letter_date
from smarttek_dsar.services.letters.letter_templates import (
    LETTER_KINDS,
    check_kind,
    check_text,
    fill,
)
from smarttek_dsar.services.letters.letter_values import (
    ART19_REPLY_DAYS,
    MARKETING_STOPPED,
    bullets,
    cite,
    remedies,
)
from smarttek_dsar.services.letters.letters import LetterService, letter_title
from smarttek_dsar.services.package.package_content import _WORDS as PACKAGE_WORDS
from smarttek_dsar.storage.database import Database

SAMPLE_CASE_NUMBER = "DSAR-0000-0000"
_COVER_TITLE = {"lv": "Pavadvēstule datu kopijai", "en": "Cover letter of the data copy"}

# A fictitious subject: the street and customer number exist nowhere.
_SAMPLE: dict[str, dict[str, str]] = {
    "lv": {
        "subject_name": "Anna Paraudziņa",
        "address": "Parauga iela 1-1\nRīga, LV-1000",
        "customer_no": "klienta numurs 000000",
        "extension_reason": "jāpārskata liels apjoms zvanu ierakstu no vairākām sistēmām",
        "requested_information": "– atbildēt uz šo vēstuli no e-pasta adreses, kas reģistrēta "
        "mūsu sistēmās; vai\n– parakstīt pieprasījumu ar drošu elektronisko parakstu "
        "(eParaksts).",
        "recipient_name": "SIA “Parauga Partneris”",
        "contacts": "Kontaktinformācija",
        "billing": "Rēķini un maksājumi",
        "marketing": "Tiešā mārketinga piekrišanas",
        "kept_reason": "Grāmatvedības likums prasa rēķinus glabāt 5 gadus.",
        "granted": "Piekļuve – Kontaktinformācija",
        "refused": "Dzēšana – Rēķini un maksājumi",
        "changed": "Dzēsti dati: Kontaktinformācija",
        "informed": "Esam informējuši saņēmējus, kuriem šie dati tika izpausti (regulas "
        "19. pants):",
        "systems": "klientu sistēma, rēķinu sistēma",
    },
    "en": {
        "subject_name": "Anna Sample",
        "address": "1-1 Sample Street\nRiga, LV-1000",
        "customer_no": "customer number 000000",
        "extension_reason": "a large volume of call recordings in several systems must be "
        "reviewed",
        "requested_information": "– reply to this letter from the e-mail address registered in "
        "our systems; or\n– sign your request with a qualified electronic signature "
        "(eParaksts).",
        "recipient_name": "Sample Partner Ltd",
        "contacts": "Contact details",
        "billing": "Billing and payments",
        "marketing": "Direct marketing consents",
        "kept_reason": "The Accounting Act requires invoices to be kept for 5 years.",
        "granted": "Access – Contact details",
        "refused": "Erasure – Billing and payments",
        "changed": "Erased: Contact details",
        "informed": "We have informed the recipients to whom this data was disclosed (Article "
        "19 of the Regulation):",
        "systems": "customer system, billing system",
    },
}


def sample_values(language: str, today: date, register: Register | None = None
                  ) -> dict[str, str]:
    """A value for every placeholder any template may use, in the letter's language."""
    words, sample = PACKAGE_WORDS[language], _SAMPLE[language]
    received = today - timedelta(days=12)
    name = sample["subject_name"]
    kept = f"{sample['billing']}: {cite('Art. 17(3)(b)', language)}. {sample['kept_reason']}"
    values = {
        **controller_values(language),
        "case_number": SAMPLE_CASE_NUMBER,
        "subject_name": name,
        "recipient": f"{name}\n{sample['address']}",
        "letter_date": letter_date(today, language),
        "received_date": letter_date(received, language),
        "due_date": letter_date(received + timedelta(days=30), language),
        "first_due_date": letter_date(received + timedelta(days=30), language),
        "new_due_date": letter_date(received + timedelta(days=91), language),
        "paused_since": letter_date(today, language),
        "reply_by": letter_date(today + timedelta(days=ART19_REPLY_DAYS), language),
        "extension_reason": sample["extension_reason"],
        "requested_information": sample["requested_information"],
        "recipient_name": sample["recipient_name"],
        "subject_reference": f"{name}, {sample['customer_no']}",
        "done_summary": bullets([sample["contacts"], sample["marketing"]], language),
        "kept_summary": bullets([kept], language),
        # The sample objection stopped marketing too (its done_summary lists it).
        "marketing_stopped": MARKETING_STOPPED[language],
        "granted_summary": bullets([sample["granted"]], language),
        "refusal_reasons": bullets([f"{sample['refused']}: {cite('Art. 17(3)(b)', language)}. "
                                    f"{sample['kept_reason']}"], language),
        "recipients_notified": sample["informed"] + "\n" + bullets(
            [f"{sample['recipient_name']} (CRM), {letter_date(today, language)}"], language),
        "remedies": remedies(register, language) if register is not None else "",
        "change_summary": bullets([sample["changed"]], language),
        "search_summary": words["found"].format(systems=sample["systems"]),
        "package_contents": words["contents"] + words["portable"] + words["sums"],
        "password_note": words["password"],
        "authority_name": "Datu valsts inspekcija" if language == "lv"
        else "Data State Inspectorate",
        "authority_address": "Elijas iela 17, Rīga, LV-1050",
        "authority_email": "pasts@dvi.gov.lv",
    }
    if register is not None:
        authority = register.authority
        values["authority_name"] = authority.name.in_language(language)  # type: ignore[arg-type]
        values["authority_address"] = authority.address.in_language(language)  # type: ignore[arg-type]
        values["authority_email"] = authority.email
    return values


def template_title(kind: str, language: str) -> str:
    return letter_title(kind, language) if kind in LETTER_KINDS else _COVER_TITLE[language]


def preview_pdf(db: Database, register: RegisterService, actor: Actor, kind: str,
                language: str, text: str, *, number: str | None = None,
                today: date | None = None) -> bytes:
    """The PDF of `text` (the template being edited) filled with sample values, or for case
    `number`. It is written in a temporary folder that is gone when this returns; a preview
    is for looking at, not for sending."""
    from smarttek_dsar.exporters.letter_pdf import LetterDocument, write_letter_pdf

    check_kind(kind, language)
    check_text(kind, language, text)
    if number and kind not in LETTER_KINDS:
        raise ServiceError("The cover letter is printed inside the data package, with the "
                           "package's own values: it is previewed with sample values only.")
    today = today or date.today()
    with tempfile.TemporaryDirectory(prefix="smarttek-letter-preview-") as folder:
        out = Path(folder) / f"{kind}_{language}.pdf"
        if number:
            # The case's own values, with the wording being edited rather than the saved one.
            overrides = Path(folder) / "templates"
            (overrides / language).mkdir(parents=True)
            (overrides / language / f"{kind}.txt").write_text(text, encoding="utf-8")
            letter = LetterService(db, register, overrides).render(
                actor, number.strip(), kind, language=language, today=today)
            document = LetterDocument(letter.text, language,  # type: ignore[arg-type]
                                      letter.case_number, letter.issued_on, letter.title)
        else:
            sample = sample_values(language, today, register.current())
            document = LetterDocument(fill(kind, language, text, sample),
                                      language,  # type: ignore[arg-type]
                                      SAMPLE_CASE_NUMBER, today, template_title(kind, language))
        write_letter_pdf(document, out)
        return out.read_bytes()
