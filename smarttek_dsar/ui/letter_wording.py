"""The words of the Letters page: letter kinds, languages and what each placeholder holds.

Kept under the "LettersPage" translation context so the page and these words share one
Latvian catalogue section."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# Who and when first in the placeholder list, then the rest in the template's own order.
_FIRST = (
    "case_number",
    "subject_name",
    "recipient",
    "recipient_name",
    "subject_reference",
    "letter_date",
    "received_date",
    "due_date",
    "first_due_date",
    "new_due_date",
    "paused_since",
    "reply_by",
)


def placeholder_order(name: str) -> int:
    return _FIRST.index(name) if name in _FIRST else len(_FIRST)


def kind_names() -> dict[str, str]:
    return {
        "acknowledgement": QCoreApplication.translate("LettersPage", "Acknowledgement of receipt"),
        "identity_request": QCoreApplication.translate(
            "LettersPage", "Request to confirm identity"
        ),
        "extension": QCoreApplication.translate("LettersPage", "Extension of the time limit"),
        "refusal": QCoreApplication.translate("LettersPage", "Refusal"),
        "partial_refusal": QCoreApplication.translate("LettersPage", "Partial refusal"),
        "confirmation_erasure": QCoreApplication.translate(
            "LettersPage", "Confirmation of erasure"
        ),
        "confirmation_rectification": QCoreApplication.translate(
            "LettersPage", "Confirmation of rectification"
        ),
        "confirmation_restriction": QCoreApplication.translate(
            "LettersPage", "Confirmation of restriction"
        ),
        "confirmation_objection": QCoreApplication.translate(
            "LettersPage", "Reply to an objection"
        ),
        "confirmation_consent_withdrawal": QCoreApplication.translate(
            "LettersPage", "Confirmation of consent withdrawal"
        ),
        "art19_notice": QCoreApplication.translate(
            "LettersPage", "Notice to a recipient (GDPR Art. 19)"
        ),
        "package_cover": QCoreApplication.translate(
            "LettersPage", "Cover letter of the data package"
        ),
    }


def language_names() -> dict[str, str]:
    return {
        "lv": QCoreApplication.translate("LettersPage", "Latvian"),
        "en": QCoreApplication.translate("LettersPage", "English"),
    }


def placeholder_descriptions() -> dict[str, str]:
    return {
        "controller_name": QCoreApplication.translate("LettersPage", "Company name"),
        "controller_address": QCoreApplication.translate("LettersPage", "Company address"),
        "controller_email": QCoreApplication.translate("LettersPage", "Data protection e-mail"),
        "case_number": QCoreApplication.translate("LettersPage", "Case number"),
        "subject_name": QCoreApplication.translate("LettersPage", "Subject's name"),
        "recipient": QCoreApplication.translate(
            "LettersPage", "Addressee: name and postal address"
        ),
        "letter_date": QCoreApplication.translate("LettersPage", "Date of the letter"),
        "received_date": QCoreApplication.translate("LettersPage", "Date the request was received"),
        "due_date": QCoreApplication.translate("LettersPage", "Reply due by (one month)"),
        "first_due_date": QCoreApplication.translate("LettersPage", "First deadline"),
        "new_due_date": QCoreApplication.translate("LettersPage", "Extended deadline"),
        "extension_reason": QCoreApplication.translate(
            "LettersPage", "Reason for the extension (as recorded)"
        ),
        "paused_since": QCoreApplication.translate("LettersPage", "Clock paused since"),
        "requested_information": QCoreApplication.translate(
            "LettersPage", "What the subject is asked for"
        ),
        "refusal_reasons": QCoreApplication.translate(
            "LettersPage", "Reasons for refusal, with articles"
        ),
        "granted_summary": QCoreApplication.translate("LettersPage", "What was granted"),
        "done_summary": QCoreApplication.translate("LettersPage", "What was done"),
        "kept_summary": QCoreApplication.translate("LettersPage", "What was kept, and why"),
        "recipients_notified": QCoreApplication.translate(
            "LettersPage", "Recipients notified (GDPR 19)"
        ),
        "remedies": QCoreApplication.translate(
            "LettersPage", "Complaint to the Inspectorate and the courts (always printed)"
        ),
        "authority_name": QCoreApplication.translate("LettersPage", "Supervisory authority"),
        "authority_address": QCoreApplication.translate("LettersPage", "Authority's address"),
        "authority_email": QCoreApplication.translate("LettersPage", "Authority's e-mail"),
        "recipient_name": QCoreApplication.translate("LettersPage", "Recipient of the notice"),
        "subject_reference": QCoreApplication.translate(
            "LettersPage", "Subject: name and customer number"
        ),
        "change_summary": QCoreApplication.translate("LettersPage", "What was changed"),
        "reply_by": QCoreApplication.translate("LettersPage", "Recipient's reply due by"),
        "search_summary": QCoreApplication.translate("LettersPage", "Systems searched"),
        "package_contents": QCoreApplication.translate("LettersPage", "Files in the package"),
        "password_note": QCoreApplication.translate("LettersPage", "Password note (if encrypted)"),
    }
