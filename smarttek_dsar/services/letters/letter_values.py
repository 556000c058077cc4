"""What fills a letter's placeholders, worked out from the case file.

Every value comes from what the case records (DOMAIN §6): the review decisions with their
articles and reasons addressed to the subject, the completed fulfilment tasks, the recipients
confirmed per case, the recorded pause and extension. Where the fact a sentence needs is
missing, the letter is refused with a message naming it; nothing is filled in from the
register's defaults or the reviewer's internal notes.
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
from smarttek_dsar.services.fulfilment.recipients import RecipientDisclosureView
from smarttek_dsar.services.intake.acknowledgement import controller_values, letter_date
from smarttek_dsar.services.letters.letter_facts import DecisionFact, LetterFacts, TaskFact
from smarttek_dsar.services.views import CaseDetail

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
# The fulfilment actions whose completion each confirmation reports (domain/fulfilment_plan.py).
CONFIRMED_ACTIONS: dict[str, tuple[str, ...]] = {
    "confirmation_erasure": ("erase",),
    "confirmation_rectification": ("rectify",),
    "confirmation_restriction": ("restrict",),
    "confirmation_objection": ("stop_processing", "stop_marketing"),
    "confirmation_consent_withdrawal": ("stop_processing", "stop_marketing"),
}
# GDPR 19 covers rectification, erasure and restriction: those letters say who was informed.
ART19_CONFIRMATIONS = ("confirmation_erasure", "confirmation_rectification",
                       "confirmation_restriction")
_ART19_WHAT = {
    "confirmation_erasure": ("dzēšanu", "erasure"),
    "confirmation_rectification": ("labošanu", "correction"),
    "confirmation_restriction": ("ierobežošanu", "restriction"),
}
_RECIPIENTS_INFORMED = {
    "lv": "Par {what} esam informējuši saņēmējus, kuriem šie dati tika izpausti (regulas "
          "19. pants):",
    "en": "We have informed the recipients to whom this data was disclosed of the {what} "
          "(Article 19 of the Regulation):",
}
_NO_RECIPIENTS = {
    "lv": "Saskaņā ar mūsu lietas datiem šie dati netika izpausti nevienam saņēmējam, tāpēc "
          "par {what} nebija jāinformē neviens saņēmējs (regulas 19. pants).",
    "en": "According to our records this data was not disclosed to any recipient, so there was "
          "no recipient to inform of the {what} (Article 19 of the Regulation).",
}
_REMEDIES = {
    "lv": "Saskaņā ar Vispārīgās datu aizsardzības regulas (ES) 2016/679 12. panta 4. punktu "
          "informējam, ka Jums ir tiesības:\n"
          "– iesniegt sūdzību uzraudzības iestādei – {name}, {address}, e-pasts {email} "
          "(regulas 77. pants);\n"
          "– vērsties tiesā, lai aizsargātu savas tiesības (regulas 79. pants).",
    "en": "In accordance with Article 12(4) of the General Data Protection Regulation (EU) "
          "2016/679 we inform you that you have the right:\n"
          "– to lodge a complaint with the supervisory authority, the {name}, {address}, "
          "e-mail {email} (Article 77 of the Regulation);\n"
          "– to seek a judicial remedy before a court (Article 79 of the Regulation).",
}
# A Latvian date ends with its own dot ("06.11.2031."): no second one.
_KEPT_UNTIL = {"lv": " Šos datus glabāsim līdz {date}", "en": " We will keep this data until "
               "{date}."}
_WHOLE_SYSTEM = {"lv": "Visi Jūsu dati sistēmā", "en": "All your data in the system"}
# GDPR 19 covers exactly these three; the notice says which was done.
_ART19_VERBS = {
    Right.RECTIFICATION: ("Laboti dati", "Rectified"),
    Right.ERASURE: ("Dzēsti dati", "Erased"),
    Right.RESTRICTION: ("Apstrāde ierobežota", "Processing restricted"),
}
_ACTION_OF = {Right.RECTIFICATION: "rectify", Right.ERASURE: "erase",
              Right.RESTRICTION: "restrict"}
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


def _decisions(facts: LetterFacts, rights: Iterable[Right], outcomes: Iterable[Outcome]
               ) -> list[DecisionFact]:
    wanted_rights, wanted = set(rights), {Outcome(o).value for o in outcomes}
    return [d for d in facts.decisions if d.right in wanted_rights and d.outcome in wanted]


def _subject_reason(decision: DecisionFact, register: Register, number: str) -> str:
    """The reason addressed to the subject; never the internal note (GDPR 12(4), DOMAIN §6)."""
    if not decision.subject_reason:
        raise ServiceError(
            "Case {number}: the refusal of {right} for {category} has no reason addressed to "
            "the subject. Record it in the review (the reason for the subject), then write "
            "the letter.", number=number, right=decision.right,
            category=category_name(register, decision.category_id, "en"))
    return decision.subject_reason.rstrip(".") + "."


def _refusal_line(decision: DecisionFact, register: Register, language: str, number: str,
                  with_right: bool) -> str:
    what = category_name(register, decision.category_id, language)
    if with_right:
        what = f"{right_label(decision.right, language)} – {what}"
    line = (f"{what} ({cite(decision.citation, language)}): "
            f"{_subject_reason(decision, register, number)}")
    if decision.keep_until is not None:
        line += _KEPT_UNTIL[language].format(date=letter_date(decision.keep_until, language))
    return line


def _open_tasks_error(number: str, kind: str, tasks: Iterable[TaskFact]) -> ServiceError:
    labels = "; ".join(t.label() for t in tasks)
    return ServiceError(
        "Case {number}: the {kind} letter would confirm work that is not done. Open tasks: "
        "{labels}. Complete them first (the case's fulfilment tasks), then write it.",
        number=number, kind=kind.replace("_", " "), labels=labels)


def confirmation_values(kind: str, facts: LetterFacts, register: Register, language: str,
                        number: str) -> dict[str, str]:
    """DOMAIN §6: "we have erased / corrected / restricted / stopped" only for completed tasks,
    with the system and the date; refused while a task the letter would confirm is open."""
    rights = CONFIRMED_RIGHTS[kind]
    granted = _decisions(facts, rights, (Outcome.GRANT, Outcome.PARTIAL))
    if not granted:
        names = ", ".join(f"{r.label} ({r.article})" for r in rights)
        raise ServiceError("Case {number} has no granted decision for {names}: record the "
                           "review decisions first, or send a refusal letter instead.", number=number, names=names)
    categories = {d.category_id for d in granted}
    actions = CONFIRMED_ACTIONS[kind]
    tasks = [t for t in facts.tasks if t.action in actions
             and (t.category_id is None or t.category_id in categories)]
    open_tasks = [t for t in tasks if t.done_on is None]
    if open_tasks:
        raise _open_tasks_error(number, kind, open_tasks)
    done = [t for t in tasks if t.done_on is not None]
    if not done:
        raise ServiceError(
            "Case {number} has no completed {actions} task: the letter can only confirm work "
            "recorded as done. Plan the fulfilment tasks and complete them first.", number=number, actions=' or '.join(actions))
    values = {
        "done_summary": bullets((_done_line(t, register, language) for t in done), language),
        "kept_summary": bullets(
            (_refusal_line(d, register, language, number, False)
             for d in _decisions(facts, rights, (Outcome.REFUSE,))), language),
    }
    if kind == "confirmation_objection":
        # Said only when a stop of direct marketing is recorded as done (GDPR 21(3)).
        stopped = any(t.action == "stop_marketing" for t in done)
        values["marketing_stopped"] = MARKETING_STOPPED[language] if stopped else ""
    if kind in ART19_CONFIRMATIONS:
        values["recipients_notified"] = _recipients_statement(kind, facts, categories,
                                                              language, number)
    return values


MARKETING_STOPPED = {
    "en": "You objected to direct marketing: we no longer process your personal data for that "
          "purpose (Article 21(3) of the Regulation).",
    "lv": "Jūs iebildāt pret tiešo tirgvedību: Jūsu personas datus šim nolūkam vairs "
          "neapstrādājam (regulas 21. panta 3. punkts).",
}


def _done_line(task: TaskFact, register: Register, language: str) -> str:
    what = (category_name(register, task.category_id, language) if task.category_id
            else _WHOLE_SYSTEM[language])
    where = f" – {task.system}" if task.system else ""
    return f"{what}{where} ({letter_date(task.done_on, language)})"  # type: ignore[arg-type]


def disclosed_recipients(facts: LetterFacts, categories: set[str]
                         ) -> list[RecipientDisclosureView]:
    """The recorded recipients of the changed data: a disclosure without a category covers
    every category of its system."""
    return [r for r in facts.recipients if r.category_id is None or r.category_id in categories]


def _recipients_statement(kind: str, facts: LetterFacts, categories: set[str], language: str,
                          number: str) -> str:
    """GDPR 19: only recipients the data was disclosed to (recorded per case), and "informed"
    only once the notify task for that recipient is done."""
    what = _ART19_WHAT[kind][0 if language == "lv" else 1]
    recipients = disclosed_recipients(facts, categories)
    if not recipients:
        return _NO_RECIPIENTS[language].format(what=what)
    waiting = [r for r in recipients if r.notified_on is None or r.notify_open]
    if waiting:
        names = "; ".join(f"{r.display_name('en')} ({r.system})" for r in waiting)
        raise ServiceError(
            "Case {number}: the data was disclosed to recipients not yet informed (GDPR 19): "
            "{names}. Add and complete a GDPR 19 notice task for each (the case's fulfilment "
            "tasks), then write the letter.", number=number, names=names)
    lines = [f"{r.display_name(language)} ({r.system}), "
             f"{letter_date(r.notified_on, language)}"  # type: ignore[arg-type]
             for r in recipients]
    return _RECIPIENTS_INFORMED[language].format(what=what) + "\n" + bullets(lines, language)


def prints_subject_reasons(kind: str, facts: LetterFacts) -> bool:
    """Whether the letter quotes reasons recorded for the subject (in the case language)."""
    if kind in ("refusal", "partial_refusal"):
        rights: Iterable[Right] = tuple(Right)
    elif kind in CONFIRMED_RIGHTS:
        rights = CONFIRMED_RIGHTS[kind]
    else:
        return False
    return any(d.subject_reason for d in _decisions(facts, rights, (Outcome.REFUSE,)))


def remedies(register: Register, language: str) -> str:
    """GDPR 12(4): the complaint to the supervisory authority and the judicial remedy. Fixed
    text: no template edit or --set removes it from a refusal."""
    authority = register.authority
    return _REMEDIES[language].format(
        name=authority.name.in_language(language),  # type: ignore[arg-type]
        address=authority.address.in_language(language),  # type: ignore[arg-type]
        email=authority.email)


def with_remedies(text: str, remedy: str) -> str:
    """The refusal with its remedies: where a template left them out, they go before the
    closing (the last paragraph)."""
    if remedy in text:
        return text
    head, sep, closing = text.rstrip("\n").rpartition("\n\n")
    if not sep:
        return f"{text.rstrip()}\n\n{remedy}\n"
    return f"{head}\n\n{remedy}\n\n{closing}\n"


def refusal_values(kind: str, facts: LetterFacts, detail: CaseDetail, register: Register,
                   language: str) -> dict[str, str]:
    """GDPR 12(4): the refused decisions with their reasons addressed to the subject; a full
    refusal only when nothing was granted, a partial one only when something was."""
    number = detail.summary.number
    authority = register.authority
    values = {
        # Kept for templates the DPO edited before the remedies became fixed text.
        "authority_name": authority.name.in_language(language),  # type: ignore[arg-type]
        "authority_address": authority.address.in_language(language),  # type: ignore[arg-type]
        "authority_email": authority.email,
        "remedies": remedies(register, language),
    }
    refused = _decisions(facts, tuple(Right), (Outcome.REFUSE,))
    granted = _decisions(facts, tuple(Right), (Outcome.GRANT, Outcome.PARTIAL))
    if kind == "refusal" and detail.rejection_reason:
        # GDPR 12(4)-(6): the whole request refused; the reason names its article, and the
        # note recorded with the rejection is the explanation the subject must be given.
        reason = RejectionReason(detail.rejection_reason)
        label = reason.label_lv if language == "lv" else reason.label
        note = f" {detail.outcome_note.rstrip('.')}." if detail.outcome_note else ""
        values["refusal_reasons"] = bullets([f"{label} ({cite(reason.article, language)}).{note}"],
                                            language)
        return values
    if not refused:
        raise ServiceError("Case {number} has no refused decision and the request was not "
                           "rejected: there is nothing to refuse.", number=number)
    if kind == "refusal" and granted:
        raise ServiceError(
            "Case {number} granted part of the request ({count} "
            "{count:plural:decision|decisions}): write a partial_refusal letter, which says what "
            "was granted and what was refused.", number=number, count=len(granted))
    if kind == "partial_refusal" and not granted:
        raise ServiceError("Case {number} granted nothing: write a refusal letter instead of "
                           "a partial refusal.", number=number)
    values["refusal_reasons"] = bullets(
        (_refusal_line(d, register, language, number, True) for d in refused), language)
    if granted:
        values["granted_summary"] = bullets(
            (f"{right_label(d.right, language)} – "
             f"{category_name(register, d.category_id, language)}" for d in granted),
            language)
    return values


def identity_request_values(facts: LetterFacts, language: str, number: str
                            ) -> dict[str, str]:
    """GDPR 12(6): the letter states the day the clock paused, so the pause must be recorded."""
    if facts.open_pause_start is None:
        raise ServiceError(
            "Case {number} has no recorded pause: the identity request states the day the "
            "time limit stopped. Record the pause first (case pause {number} --reason ...), "
            "then write the letter.", number=number)
    return {
        "requested_information": _DEFAULT_IDENTITY_REQUEST[language],
        "paused_since": letter_date(facts.open_pause_start, language),
    }


def art19_values(facts: LetterFacts, detail: CaseDetail, register: Register, language: str,
                 today: date, recipient_id: int | None) -> dict[str, str]:
    """GDPR 19: a notice to one recipient the data was disclosed to (recorded per case),
    stating only changes whose tasks are done, in the categories that recipient received."""
    number = detail.summary.number
    if not facts.recipients:
        raise ServiceError(
            "Case {number} records no recipient the subject's data was disclosed to. Confirm "
            "it first (case recipients {number} --confirm RECIPIENT_ID --system SYSTEM), "
            "then write the notice.", number=number)
    if recipient_id is None:
        # The first recipient still to be informed; else the first (a copy of a sent notice).
        waiting = [r for r in facts.recipients if r.notified_on is None or r.notify_open]
        recipient = (waiting or list(facts.recipients))[0]
    else:
        recipient = next((r for r in facts.recipients if r.id == recipient_id), None)
        if recipient is None:
            known = ", ".join(str(r.id) for r in facts.recipients)
            raise ServiceError("Case {number} has no recorded recipient {recipient_id}; "
                               "recorded: {known}.", number=number, recipient_id=recipient_id, known=known)
    changed = _decisions(facts, _ART19_VERBS, (Outcome.GRANT, Outcome.PARTIAL))
    rights_of = {}
    for decision in changed:
        if recipient.category_id in (None, decision.category_id):
            rights_of.setdefault((_ACTION_OF[decision.right], decision.category_id),
                                 decision.right)
    done = [t for t in facts.tasks if t.done_on is not None
            and (t.action, t.category_id) in rights_of
            and (not recipient.system or not t.system or t.system == recipient.system)]
    open_tasks = [t for t in facts.tasks if t.done_on is None
                  and (t.action, t.category_id) in rights_of]
    if open_tasks:
        raise _open_tasks_error(number, "art19_notice", open_tasks)
    if not done:
        raise ServiceError(
            "Case {number}: no completed rectification, erasure or restriction of data "
            "disclosed to {display_name} ({system}); a GDPR 19 notice reports only work "
            "recorded as done.", number=number, display_name=recipient.display_name('en'), system=recipient.system)
    index = 0 if language == "lv" else 1
    subject = detail.subject
    reference = subject.name if subject else ""
    if subject and subject.customer_no:
        word = "klienta numurs" if language == "lv" else "customer number"
        reference += f", {word} {subject.customer_no}"
    return {
        "recipient_name": recipient.display_name(language),
        "subject_reference": reference,
        "reply_by": letter_date(today + timedelta(days=ART19_REPLY_DAYS), language),
        "change_summary": bullets(
            (f"{_ART19_VERBS[rights_of[(t.action, t.category_id)]][index]}: "
             f"{category_name(register, t.category_id or '', language)} – {t.system} "
             f"({letter_date(t.done_on, language)})"  # type: ignore[arg-type]
             for t in done), language),
    }


def extension_values(detail: CaseDetail, language: str, new_due: date | None,
                     reason: str | None) -> dict[str, str]:
    values = {"first_due_date": letter_date(detail.deadline.initial_due, language)}
    if new_due is not None:
        values["new_due_date"] = letter_date(new_due, language)
    if reason:
        values["extension_reason"] = reason.strip()
    return values
