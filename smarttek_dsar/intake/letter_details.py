"""The sender's details as a letter's text states them: personal code, e-mail, phone, name.

Suggestions for the case form only, read from OCR text that may be wrong, so each value must
pass the same validation as a typed one (a personal code with a wrong check digit is not
taken) and a person checks them against the scan before relying on them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from smarttek_dsar.domain.errors import InvalidIdentifier
from smarttek_dsar.domain.identity import normalize_email, normalize_phone, parse_personal_code

# OCR reads the hyphen as a dash or a space now and then.
_PERSONAL_CODE = re.compile(r"(?<!\d)(\d{6})\s?[-‐‑–—]?\s?(\d{5})(?!\d)")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
_PHONE = re.compile(r"(?<![\w+])(?:(?:\+|00)371[\s-]?)?[268]\d(?:[\s-]?\d){6}(?!\d)")
# "Vārds, uzvārds: Jānis Bērziņš", "Name: John Smith", "Iesniedzējs: ...".
_NAME_LABEL = re.compile(
    r"^\s*(?:vārds,?\s*uzvārds|vards,?\s*uzvards|iesniedzējs|iesniedzejs|name|full name|"
    r"from|no)\s*[:.]\s*(?P<name>.+?)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_NAME_WORD = re.compile(r"[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž'-]+$")


@dataclass(frozen=True)
class LetterDetails:
    personal_code: str | None = None
    email: str | None = None
    phone: str | None = None
    name: str = ""


def letter_details(text: str, *, company_domains: tuple[str, ...] = ("smarttek.eu",)) -> \
        LetterDetails:
    """The first valid value of each kind; the company's own addresses (a letter quoting
    privacy@smarttek.eu) are not the sender's."""
    return LetterDetails(
        personal_code=_first_code(text),
        email=_first_email(text, company_domains),
        phone=_first_phone(text),
        name=_labelled_name(text),
    )


def _first_code(text: str) -> str | None:
    for match in _PERSONAL_CODE.finditer(text):
        try:
            return parse_personal_code(f"{match[1]}-{match[2]}").value
        except InvalidIdentifier:
            continue
    return None


def _first_email(text: str, company_domains: tuple[str, ...]) -> str | None:
    for match in _EMAIL.finditer(text):
        candidate = match[0].rstrip(".")
        try:
            address = normalize_email(candidate)
        except InvalidIdentifier:
            continue
        if not address.split("@")[1].endswith(company_domains):
            return address
    return None


def _first_phone(text: str) -> str | None:
    for match in _PHONE.finditer(text):
        try:
            return normalize_phone(match[0])
        except InvalidIdentifier:
            continue
    return None


def _labelled_name(text: str) -> str:
    for match in _NAME_LABEL.finditer(text):
        words = match["name"].replace(",", " ").split()
        # A name is two to four capitalised words; anything else is a misread or a sentence.
        if 2 <= len(words) <= 4 and all(_NAME_WORD.match(word) for word in words):
            return " ".join(words)
    return ""
