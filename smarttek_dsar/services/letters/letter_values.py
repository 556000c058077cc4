"""What fills a letter's placeholders, worked out from the case file.

Every value comes from what the case records: the review decisions (with their articles), the
fulfilment tasks (GDPR 19 notices), the clock. A value the case cannot give is left out, and
rendering then names the missing placeholder instead of sending a letter with a gap.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from smarttek_dsar.domain.clock import receipt_date
from smarttek_dsar.domain.register import Register
from smarttek_dsar.domain.rights import Outcome, Right
from smarttek_dsar.domain.workflow import RejectionReason
from smarttek_dsar.services.errors import ServiceError
from smarttek_dsar.services.intake.acknowledgement import controller_values, letter_date
from smarttek_dsar.services.views import CaseDetail, DecisionView

# GDPR 19: a recipient is asked to confirm within two weeks, so the case can be closed on time.
ART19_REPLY_DAYS = 14

_NONE = {"lv": "– nav", "en": "– none"}
_NO_NAME = {"lv": "pieprasījuma iesniedzējs", "en": "Sir or Madam"}
_ARTICLE = re.compile(r"^\s*(?:Art\.|Article)?\s*(\d+)(?:\((\d+)\))?(?:\(([a-z])\))?\s*$")

# Which rights and fulfilment actions each confirmation letter reports on.
CONFIRMED_RIGHTS: dict[str, tuple[Right, ...]] = {
    "confirmation_erasure": (Right.ERASURE,),
    "confirmation_rectification": (Right.RECTIFICATION,),
    "confirmation_restriction": (Right.RESTRICTION,),
    "confirmation_objection": (Right.OBJECTION, Right.OBJECTION_MARKETING),
    "confirmation_consent_withdrawal": (Right.CONSENT_WITHDRAWAL,),
}
# GDPR 19 covers exactly these three; the notice says which was done.
_ART19_VERBS = {
    Right.RECTIFICATION: ("Laboti dati", "Rectified"),
    Right.ERASURE: ("Dzēsti dati", "Erased"),
    Right.RESTRICTION: ("Apstrāde ierobežota", "Processing restricted"),
}
_DEFAULT_IDENTITY_REQUEST = {
    "lv": "– atbildēt uz šo vēstuli no e-pasta adreses, kas reģistrēta mūsu sistēmās; vai\n"
          "– parakstīt pieprasījumu ar drošu elektronisko parakstu (eParaksts); vai\n"
          "– ierasties mūsu birojā ar personu apliecinošu dokumentu.",
    "en": "– reply to this letter from the e-mail address registered in our systems; or\n"
          "– sign your request with a qualified electronic signature (eParaksts); or\n"
          "– visit our office with an identity document.",
}


def cite(article: str, language: str) -> str:
    """'Art. 17(3)(b)' as the letter's language cites it: 'VDAR 17. panta 3. punkta b)
    apakšpunkts' / 'GDPR Article 17(3)(b)'. Text that is not an article is left as written."""
    parts = [part for part in article.split(",") if part.strip()]
    matches = [_ARTICLE.match(part) for part in parts]
    if not parts or not all(matches):
        return article.strip()
    cited = []
    for match in matches:
        number, paragraph, point = match.groups()  # type: ignore[union-attr]
        if language == "lv":
            if point:
                cited.append(f"VDAR {number}. panta {paragraph}. punkta {point}) apakšpunkts")
            elif paragraph:
                cited.append(f"VDAR {number}. panta {paragraph}. punkts")
            else:
                cited.append(f"VDAR {number}. pants")
        else:
            tail = (f"({paragraph})" if paragraph else "") + (f"({point})" if point else "")
            cited.append(f"GDPR Article {number}{tail}")
    return ", ".join(cited)


def bullets(lines: Iterable[str], language: str) -> str:
    items = [line for line in lines if line.strip()]
    return "\n".join(f"– {line}" for line in items) if items else _NONE[language]


def category_name(register: Register, category_id: str, language: str) -> str:
    for category in register.categories:
        if category.id == category_id:
            return category.name.in_language(language)  # type: ignore[arg-type]
    return category_id


def right_label(right: Right, language: str) -> str:
    return right.label_lv if language == "lv" else right.label


def common_values(detail: CaseDetail, language: str, today: date) -> dict[str, str]:
    subject = detail.subject
    name = subject.name if subject is not None and subject.name else _NO_NAME[language]
    address = [line.strip() for line in (subject.address if subject else "").splitlines()]
    return {
        **controller_values(language),
        "case_number": detail.summary.number,
        "subject_name": name,
        "recipient": "\n".join([name, *(line for line in address if line)]),
        "letter_date": letter_date(today, language),
        "received_date": letter_date(receipt_date(detail.summary.received_at), language),
    }


def _decisions(detail: CaseDetail, rights: Iterable[Right], outcomes: Iterable[Outcome]
               ) -> list[DecisionView]:
    wanted_rights, wanted = set(rights), {Outcome(o).value for o in outcomes}
    return [d for d in detail.decisions if d.right in wanted_rights and d.outcome in wanted]


def _refusal_line(decision: DecisionView, register: Register, language: str,
                  with_right: bool) -> str:
    what = category_name(register, decision.category_id, language)
    if with_right:
        what = f"{right_label(decision.right, language)} – {what}"
    reason = f" {decision.reason.rstrip('.')}." if decision.reason else ""
    return f"{what}: {cite(decision.article, language)}.{reason}"


def confirmation_values(kind: str, detail: CaseDetail, register: Register,
                        language: str) -> dict[str, str]:
    rights = CONFIRMED_RIGHTS[kind]
    done = _decisions(detail, rights, (Outcome.GRANT, Outcome.PARTIAL))
    kept = _decisions(detail, rights, (Outcome.REFUSE,))
    values = {
        "kept_summary": bullets((_refusal_line(d, register, language, False) for d in kept),
                                language),
        "recipients_notified": bullets(
            (t.recipient + (f" ({letter_date(t.done_at.date(), language)})" if t.done_at else "")
             for t in detail.tasks if t.action == "notify" and t.recipient), language),
    }
    if done:
        values["done_summary"] = bullets(
            (category_name(register, d.category_id, language)
             + (f" ({d.reason})" if d.outcome == Outcome.PARTIAL.value and d.reason else "")
             for d in done), language)
    return values


def refusal_values(kind: str, detail: CaseDetail, register: Register,
                   language: str) -> dict[str, str]:
    authority = register.authority
    values = {
        "authority_name": authority.name.in_language(language),  # type: ignore[arg-type]
        "authority_address": authority.address.in_language(language),  # type: ignore[arg-type]
        "authority_email": authority.email,
    }
    refused = _decisions(detail, tuple(Right), (Outcome.REFUSE,))
    if kind == "refusal" and detail.rejection_reason:
        # GDPR 12(4)-(6): the whole request refused; the reason names its article.
        reason = RejectionReason(detail.rejection_reason)
        label = reason.label_lv if language == "lv" else reason.label
        note = f" {detail.outcome_note.rstrip('.')}." if detail.outcome_note else ""
        values["refusal_reasons"] = bullets([f"{label} ({cite(reason.article, language)}).{note}"],
                                            language)
    elif refused:
        values["refusal_reasons"] = bullets(
            (_refusal_line(d, register, language, True) for d in refused), language)
    if kind == "partial_refusal":
        granted = _decisions(detail, tuple(Right), (Outcome.GRANT, Outcome.PARTIAL))
        if granted:
            values["granted_summary"] = bullets(
                (f"{right_label(d.right, language)} – "
                 f"{category_name(register, d.category_id, language)}" for d in granted),
                language)
    return values


def identity_request_values(detail: CaseDetail, language: str, today: date) -> dict[str, str]:
    open_pause = next((p for p in detail.pauses if p.end is None), None)
    # GDPR 12(6) with the clock: the pause runs from the day the information was asked for.
    since = open_pause.start if open_pause else today
    return {
        "requested_information": _DEFAULT_IDENTITY_REQUEST[language],
        "paused_since": letter_date(since, language),
    }


def art19_values(detail: CaseDetail, register: Register, language: str,
                 today: date) -> dict[str, str]:
    subject = detail.subject
    reference = subject.name if subject else ""
    if subject and subject.customer_no:
        word = "klienta numurs" if language == "lv" else "customer number"
        reference += f", {word} {subject.customer_no}"
    values = {
        "subject_reference": reference,
        "reply_by": letter_date(today + timedelta(days=ART19_REPLY_DAYS), language),
    }
    pending = [t for t in detail.tasks if t.action == "notify" and t.recipient]
    pending.sort(key=lambda t: t.done_at is not None)  # a notice still to send comes first
    if pending:
        values["recipient_name"] = pending[0].recipient or ""
    changed = _decisions(detail, _ART19_VERBS, (Outcome.GRANT, Outcome.PARTIAL))
    if changed:
        index = 0 if language == "lv" else 1
        values["change_summary"] = bullets(
            (f"{_ART19_VERBS[d.right][index]}: "
             f"{category_name(register, d.category_id, language)}" for d in changed), language)
    return values


def extension_values(detail: CaseDetail, language: str, new_due: date | None,
                     reason: str | None) -> dict[str, str]:
    values = {"first_due_date": letter_date(detail.deadline.initial_due, language)}
    if new_due is not None:
        values["new_due_date"] = letter_date(new_due, language)
    if reason:
        values["extension_reason"] = reason.strip()
    return values


def require_something_done(kind: str, values: dict[str, str], number: str) -> None:
    """A confirmation must confirm something: say what to record first instead."""
    if kind in CONFIRMED_RIGHTS and "done_summary" not in values:
        rights = ", ".join(f"{r.label} ({r.article})" for r in CONFIRMED_RIGHTS[kind])
        raise ServiceError(f"Case {number} has no granted decision for {rights}: record the "
                           "review decisions first, or send a refusal letter instead.")
