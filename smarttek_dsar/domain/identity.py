"""Who is asking: personal codes, contact details and how an identity was verified.

Plain Python; no Qt, no SQL. GDPR 12(6) and 11(2) let us ask for identity only as far as is
proportionate (EDPB Guidelines 01/2022), so the enums below also say how strong each method is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from stdnum.exceptions import InvalidComponent
from stdnum.lv import pvn

from smarttek_dsar.domain.errors import InvalidIdentifier

PERSONAL_CODE_EXAMPLE = "010190-10006"

# Codes issued since 1 July 2017 carry no birth date: "3", then 2-9, then nine digits.
_NEW_FORMAT = re.compile(r"3[2-9]\d{9}")
# Century digit of an old code: 0 = 1800s, 1 = 1900s, 2 = 2000s. stdnum would accept any digit.
_CENTURY_DIGITS = "012"


@dataclass(frozen=True)
class PersonalCode:
    """A Latvian personal code (personas kods) that passed validation."""

    value: str  # normalised "DDMMYY-NNNNN"
    format: str  # "old" | "new"
    birth_date: date | None  # only old-format codes carry one

    def __str__(self) -> str:
        return self.value


def parse_personal_code(text: str, *, today: date | None = None) -> PersonalCode:
    """Validate a personal code typed by a user and return it normalised.

    `today` only bounds the birth date of old-format codes (a code cannot be born tomorrow).
    """
    digits = _personal_code_digits(text)
    if _NEW_FORMAT.fullmatch(digits):
        # No public check digit exists for the new format, so the pattern is all we can check.
        # (stdnum.lv.pvn applies an unconfirmed check digit to "32..." codes; we must not.)
        return PersonalCode(_hyphenate(digits), "new", None)
    return PersonalCode(_hyphenate(digits), "old", _old_code_birth_date(digits, today))


def _personal_code_digits(text: str) -> str:
    cleaned = text.strip()
    if len(cleaned) == 12 and cleaned[6] == "-":
        cleaned = cleaned[:6] + cleaned[7:]
    if len(cleaned) != 11 or not cleaned.isascii() or not cleaned.isdigit():
        raise InvalidIdentifier(
            "Personal code must have 11 digits, e.g. {personal_code_example} (a hyphen after "
            "the sixth digit is optional); got {text!r}.", personal_code_example=PERSONAL_CODE_EXAMPLE, text=text.strip()
        )
    return cleaned


def _old_code_birth_date(digits: str, today: date | None) -> date:
    shown = _hyphenate(digits)
    if digits[6] not in _CENTURY_DIGITS:
        raise InvalidIdentifier(
            "Personal code {shown} is not valid: the seventh digit gives the century of "
            "birth and must be 0, 1 or 2.", shown=shown
        )
    try:
        born = pvn.get_birth_date(digits)
    except InvalidComponent:
        raise InvalidIdentifier(
            "Personal code {shown} is not valid: no such birth date {digits} (the first six "
            "digits are the birth date DDMMYY).", shown=shown, digits=digits[:6]
        ) from None
    if born > (today or date.today()):
        raise InvalidIdentifier(
            "Personal code {shown} is not valid: its birth date {born:%d.%m.%Y} is in the "
            "future.", shown=shown, born=born
        )
    if pvn.calc_check_digit_pers(digits[:-1]) != digits[-1]:
        raise InvalidIdentifier(
            "Personal code {shown} is not valid: the check digit does not match. Please "
            "check the code for a typing error.", shown=shown
        )
    return born


def _hyphenate(digits: str) -> str:
    return f"{digits[:6]}-{digits[6:]}"


def same_person_codes(history: Iterable[str], candidate: str) -> bool:
    """Whether `candidate` is one of the codes a person has held (old codes may become new ones).

    The candidate is validated; stored history entries are only normalised, because an old
    record may have been typed with or without the hyphen.
    """
    wanted = parse_personal_code(candidate).value
    return any(_loosely_normalised(code) == wanted for code in history)


def _loosely_normalised(code: str) -> str:
    digits = code.strip().replace("-", "").replace(" ", "")
    return _hyphenate(digits) if len(digits) == 11 else digits


# --- contact details -------------------------------------------------------------------------

_EMAIL_LOCAL = re.compile(r"[^\s@\"(),:;<>\[\]\\]+")
_EMAIL_DOMAIN_LABEL = re.compile(r"[^\W_](?:[\w-]{0,61}[^\W_])?")


def normalize_email(text: str) -> str:
    """Trim an e-mail address and lower-case its domain (the local part may be case-sensitive)."""
    address = text.strip()
    if address.count("@") != 1:
        raise InvalidIdentifier(
            "E-mail address {address!r} must contain exactly one '@', e.g. janis.berzins@example.lv.", address=address
        )
    local, domain = address.split("@")
    domain = domain.lower().rstrip(".")
    if not local or not _EMAIL_LOCAL.fullmatch(local) or ".." in local:
        raise InvalidIdentifier(
            "E-mail address {address!r} has an invalid part before '@' (no spaces, brackets "
            "or double dots), e.g. janis.berzins@example.lv.", address=address
        )
    labels = domain.split(".")
    if len(labels) < 2 or not all(_EMAIL_DOMAIN_LABEL.fullmatch(label) for label in labels):
        raise InvalidIdentifier(
            "E-mail address {address!r} has an invalid domain after '@' (it needs a dot, as "
            "in example.lv), e.g. janis.berzins@example.lv.", address=address
        )
    normalised = f"{local}@{domain}"
    if len(normalised) > 254:
        raise InvalidIdentifier("E-mail address is too long ({normalised} characters).", normalised=len(normalised))
    return normalised


_PHONE_SEPARATORS = re.compile(r"[\s\-().]")
# Latvian numbers have 8 digits: 2 mobile, 6 landline, 8 toll-free / service.
_LV_NATIONAL = re.compile(r"[268]\d{7}")


def normalize_phone(text: str) -> str:
    """Return a phone number in E.164: Latvian numbers as "+371XXXXXXXX", others as given."""
    raw = text.strip()
    compact = _PHONE_SEPARATORS.sub("", raw)
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    if compact.startswith("+371"):
        return _latvian_e164(compact[4:], raw)
    if compact.startswith("+"):
        digits = compact[1:]
        if digits.isascii() and digits.isdigit() and 8 <= len(digits) <= 15:
            return compact
        raise InvalidIdentifier(
            "Phone number {raw!r} is not valid: an international number starts with + and "
            "has 8 to 15 digits, e.g. +44 20 7946 0000.", raw=raw
        )
    return _latvian_e164(compact, raw)


def _latvian_e164(national: str, raw: str) -> str:
    if not _LV_NATIONAL.fullmatch(national) or not national.isascii():
        raise InvalidIdentifier(
            "Phone number {raw!r} is not a valid Latvian number: it needs 8 digits starting "
            "with 2 (mobile), 6 (landline) or 8 (service), e.g. +371 2612 3456 or 26123456. "
            "Write numbers from other countries with + and the country code.", raw=raw
        )
    return "+371" + national


# --- verification ---------------------------------------------------------------------------


class Strength(StrEnum):
    """How much assurance a verification method gives (EDPB Guidelines 01/2022)."""

    STRONG = "strong"
    MEDIUM = "medium"
    WEAK = "weak"


class VerificationMethod(StrEnum):
    """How the requester's identity was checked (GDPR 12(6))."""

    PORTAL_LOGIN = "portal_login"
    EMAIL_ON_FILE = "email_on_file"
    E_SIGNATURE = "e_signature"  # qualified e-signature (eParaksts)
    IN_PERSON = "in_person"
    ID_DOCUMENT = "id_document"  # a copy was shown or sent; delete it after verification
    PHONE_CALLBACK = "phone_callback"  # we call back the number on file
    KNOWLEDGE = "knowledge"  # customer number and details of a recent invoice
    REPRESENTATIVE_AUTHORITY = "representative_authority"  # power of attorney checked

    @property
    def strength(self) -> Strength:
        return _METHOD_STRENGTH[self]

    @property
    def label(self) -> str:
        return _METHOD_LABELS[self][0]

    @property
    def label_lv(self) -> str:
        return _METHOD_LABELS[self][1]

    @property
    def keeps_document_copy(self) -> bool:
        # Only this method ever puts a document copy in our hands; it must be deleted once checked.
        return self is VerificationMethod.ID_DOCUMENT


# EDPB 01/2022: an existing authenticated channel, the address on file, a qualified e-signature
# or an in-person check are strong and cost the subject nothing extra. A sent ID copy can be
# forged and is itself a risk; a call-back or a power of attorney proves less; knowledge of a
# customer number and an invoice can be learned by a household member.
_METHOD_STRENGTH = {
    VerificationMethod.PORTAL_LOGIN: Strength.STRONG,
    VerificationMethod.EMAIL_ON_FILE: Strength.STRONG,
    VerificationMethod.E_SIGNATURE: Strength.STRONG,
    VerificationMethod.IN_PERSON: Strength.STRONG,
    VerificationMethod.ID_DOCUMENT: Strength.MEDIUM,
    VerificationMethod.PHONE_CALLBACK: Strength.MEDIUM,
    VerificationMethod.REPRESENTATIVE_AUTHORITY: Strength.MEDIUM,
    VerificationMethod.KNOWLEDGE: Strength.WEAK,
}

def usual_method(channel: str, *, represented: bool) -> VerificationMethod | None:
    """The check a request's channel already offers, to preselect; None where the channel
    proves nothing by itself (a paper letter, "other") and the specialist must choose.
    A representative's request is checked through their authority first (GDPR 12(6))."""
    if represented:
        return VerificationMethod.REPRESENTATIVE_AUTHORITY
    return _USUAL_METHOD.get(channel)


# Each channel's own proof: the portal session, the address on file, a call back to the number
# on file, the person at the desk. A letter or "other" carries none of these.
_USUAL_METHOD = {
    "portal": VerificationMethod.PORTAL_LOGIN,
    "email": VerificationMethod.EMAIL_ON_FILE,
    "phone": VerificationMethod.PHONE_CALLBACK,
    "in_person": VerificationMethod.IN_PERSON,
}

_METHOD_LABELS = {
    VerificationMethod.PORTAL_LOGIN: (
        "Logged in to the self-service portal",
        "Pieteikums no pašapkalpošanās portāla konta",
    ),
    VerificationMethod.EMAIL_ON_FILE: (
        "E-mail from the address on file",
        "E-pasts no reģistrētās e-pasta adreses",
    ),
    VerificationMethod.E_SIGNATURE: (
        "Qualified e-signature (eParaksts)",
        "Kvalificēts elektroniskais paraksts (eParaksts)",
    ),
    VerificationMethod.IN_PERSON: ("Checked in person at the office", "Klātienē birojā"),
    VerificationMethod.ID_DOCUMENT: (
        "Identity document shown (copy deleted after check)",
        "Uzrādīts personu apliecinošs dokuments (kopija dzēsta pēc pārbaudes)",
    ),
    VerificationMethod.PHONE_CALLBACK: (
        "Call-back to the phone number on file",
        "Atzvans uz reģistrēto tālruņa numuru",
    ),
    VerificationMethod.KNOWLEDGE: (
        "Customer number and recent invoice details",
        "Klienta numurs un pēdējā rēķina dati",
    ),
    VerificationMethod.REPRESENTATIVE_AUTHORITY: (
        "Representative's authority (power of attorney) checked",
        "Pārbaudīta pārstāvja pilnvara",
    ),
}


class IdDocumentType(StrEnum):
    """A document shown to prove identity; we record its type and last digits, never a copy."""

    PASSPORT = "passport"
    ID_CARD = "id_card"  # eID karte
    RESIDENCE_PERMIT = "residence_permit"
    DRIVING_LICENCE = "driving_licence"

    @property
    def label(self) -> str:
        return _DOCUMENT_LABELS[self][0]

    @property
    def label_lv(self) -> str:
        return _DOCUMENT_LABELS[self][1]


_DOCUMENT_LABELS = {
    IdDocumentType.PASSPORT: ("Passport", "Pase"),
    IdDocumentType.ID_CARD: ("ID card (eID)", "Personas apliecība (eID karte)"),
    IdDocumentType.RESIDENCE_PERMIT: ("Residence permit", "Uzturēšanās atļauja"),
    IdDocumentType.DRIVING_LICENCE: ("Driving licence", "Vadītāja apliecība"),
}


def last_digits(document_number: str, n: int = 4) -> str:
    """The last `n` characters of a document number: enough to recognise it, too few to misuse."""
    if n < 1:
        raise ValueError("n must be at least 1")
    compact = "".join(ch for ch in document_number.upper() if ch.isalnum())
    if len(compact) < n:
        raise InvalidIdentifier(
            "Document number {document_number!r} is too short: enter the whole number as "
            "printed on the document (at least {n} letters or digits), e.g. PA1234567.", document_number=document_number.strip(), n=n
        )
    return compact[-n:]


# Every sentence an InvalidIdentifier of this module says, so that a stored note quoting one
# reads back to it (services/intake/case_words.py); tests/services/test_stored_english_said.py
# keeps it whole.
INVALID = (
    ("Personal code must have 11 digits, e.g. {personal_code_example} (a hyphen after the sixth "
     "digit is optional); got {text!r}."),
    ("Personal code {shown} is not valid: the seventh digit gives the century of birth and must "
     "be 0, 1 or 2."),
    "Personal code {shown} is not valid: its birth date {born:%d.%m.%Y} is in the future.",
    ("Personal code {shown} is not valid: the check digit does not match. Please check the code "
     "for a typing error."),
    "E-mail address {address!r} must contain exactly one '@', e.g. janis.berzins@example.lv.",
    ("E-mail address {address!r} has an invalid part before '@' (no spaces, brackets or double "
     "dots), e.g. janis.berzins@example.lv."),
    ("E-mail address {address!r} has an invalid domain after '@' (it needs a dot, as in "
     "example.lv), e.g. janis.berzins@example.lv."),
    "E-mail address is too long ({normalised} characters).",
    ("Phone number {raw!r} is not valid: an international number starts with + and has 8 to 15 "
     "digits, e.g. +44 20 7946 0000."),
    ("Phone number {raw!r} is not a valid Latvian number: it needs 8 digits starting with 2 "
     "(mobile), 6 (landline) or 8 (service), e.g. +371 2612 3456 or 26123456. Write numbers from"
     " other countries with + and the country code."),
    ("Document number {document_number!r} is too short: enter the whole number as printed on the"
     " document (at least {n} letters or digits), e.g. PA1234567."),
    ("Personal code {shown} is not valid: no such birth date {digits} (the first six digits are "
     "the birth date DDMMYY)."),
)
