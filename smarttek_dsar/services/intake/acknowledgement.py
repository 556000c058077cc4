"""The acknowledgement of receipt, ready for the specialist to check and send.

Letters are plain-text templates in resources/letters/<language>/<kind>.txt with
string.Template $placeholders, so the DPO's wording can be changed without touching code;
every letter kind uses the same format and `render_letter`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from string import Template

from smarttek_dsar.domain.clock import receipt_date
from smarttek_dsar.exporters.content import SMARTTEK
from smarttek_dsar.services.errors import ServiceError
from smarttek_dsar.services.letters.letter_templates import template_path
from smarttek_dsar.services.views import CaseDetail

LETTER_LANGUAGES = ("lv", "en")

_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_COUNTRY = {"lv": "Latvija", "en": "Latvia"}
# When the request named nobody (a scanned letter not yet read), the letter still reads well.
_NO_NAME = {"lv": "pieprasījuma iesniedzējs", "en": "Sir or Madam"}


def letter_template(kind: str, language: str) -> Template:
    if language not in LETTER_LANGUAGES:
        raise ServiceError("Letters are written in Latvian (lv) or English (en), not "
                           "'{language}'.", language=language)
    # The DPO's edited wording (LetterTemplates) wins over the shipped template.
    path = template_path(kind, language)
    try:
        return Template(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ServiceError("The {kind} letter template ({path}) cannot be read: {exc}", kind=kind, path=path, exc=exc) from exc


def render_letter(kind: str, language: str, values: Mapping[str, str]) -> str:
    """The letter with every placeholder filled; a placeholder without a value is an error, so
    no letter leaves with a "$due_date" in it."""
    try:
        return letter_template(kind, language).substitute(values)
    except (KeyError, ValueError) as exc:
        raise ServiceError("The {kind} letter ({language}) has a placeholder without a "
                           "value: {exc}.", kind=kind, language=language, exc=exc) from exc


def letter_date(day: date, language: str) -> str:
    if language == "lv":
        return f"{day:%d.%m.%Y}."  # Latvian writes a date with a closing dot
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


def controller_values(language: str) -> dict[str, str]:
    return {
        "controller_name": SMARTTEK.name,
        "controller_address": f"{SMARTTEK.street}, {SMARTTEK.city}, {SMARTTEK.postal_code}, "
                              f"{_COUNTRY.get(language, SMARTTEK.country)}",
        "controller_email": SMARTTEK.email,
    }


def acknowledgement_text(detail: CaseDetail, language: str | None = None) -> str:
    """The acknowledgement for a case, in `language` (the case's own language by default).

    The date promised is the first-month deadline of GDPR 12(3); an extension is a separate
    letter with its reasons."""
    language = language or detail.language
    if detail.personal_data_hidden:
        raise ServiceError("The acknowledgement names the data subject; it can be prepared only "
                           "by a user who may see personal data.")
    subject = detail.subject
    name = subject.name if subject is not None and subject.name else _NO_NAME.get(language, "")
    values = {
        "case_number": detail.summary.number,
        "subject_name": name,
        "received_date": letter_date(receipt_date(detail.summary.received_at), language),
        "due_date": letter_date(detail.deadline.initial_due, language),
        **controller_values(language),
    }
    return render_letter("acknowledgement", language, values)
