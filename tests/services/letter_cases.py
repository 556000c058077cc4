"""Cases whose letters are built from facts: decisions with reasons addressed to the subject,
fulfilment tasks, and the recipients the data was disclosed to.

The review service of issue 12 fills decisions.subject_reason, ground and keep_until from its
phrasebook; these tests record those fields on the stored decision directly, as that service
stores them, so the letters can be tested on their own.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from pypdf import PdfReader
from sqlalchemy import select

from smarttek_dsar.domain.identity import VerificationMethod
from smarttek_dsar.domain.rights import Outcome, Right
from smarttek_dsar.services import Services
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.review.decisions import DecisionInput
from smarttek_dsar.storage.models import Case, Decision
from tests.services.case_factory import new_request

# Internal notes: a letter that prints any of these leaks the reviewer's notes.
INTERNAL_NOTES = (
    "IEKŠĒJI: klients zvanīja trīs reizes",
    "INTERNAL: check with accounting before replying",
    "IEKŠĒJI: grāmatvede Inese apstiprina",
)
NAMED_PROCESSOR = "Named Processor SIA"

# The app's own English strings that must never appear in a Latvian letter, and the reverse.
ENGLISH_WORDS = ("Dear", "Yours sincerely", "Data Protection Officer", "Contact details",
                 "Billing and payments", "Article", "GDPR", "recipient", "Erasure",
                 "Rectification", "Restriction", "Outsourced IT service providers",
                 "Law enforcement", "erased", "until")
LATVIAN_WORDS = ("Labdien", "Ar cieņu", "Datu aizsardzības speciālists", "Kontaktinformācija",
                 "Rēķini un maksājumi", "pants", "VDAR", "saņēmēj", "Dzēšana", "Labošana",
                 "Ierobežošana", "Tiesībsargājošās iestādes", "dzēsti", "līdz")


def pdf_text(path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(path).pages).replace("\n", " ")


def assert_one_language(text: str, language: str) -> None:
    # The Latvian address of the controller and the authority is the same in both languages.
    cleaned = (text.replace("Bērzaunes iela 6A", "").replace("Elijas iela 17", "")
               .replace("Datu valsts inspekcija", ""))
    foreign = ENGLISH_WORDS if language == "lv" else LATVIAN_WORDS
    found = [word for word in foreign if word in cleaned]
    assert not found, f"{language} letter holds {found}"
    # A Latvian date ends with its own dot: no sentence may add a second one.
    assert ".." not in text.replace("...", "")


def subject_facing(services: Services, number: str, category_id: str, right: Right, *,
                   reason: str, ground: str | None = None, keep_until: date | None = None
                   ) -> None:
    """Record the reason addressed to the subject on a stored decision, as review does."""
    with services.db.unit_of_work() as session:
        case = session.scalar(select(Case).where(Case.number == number))
        decision = session.scalar(select(Decision).where(
            Decision.case_id == case.id, Decision.category_id == category_id,
            Decision.right == right.value))
        decision.subject_reason, decision.ground, decision.keep_until = reason, ground, keep_until


GRANT_FACTS = {
    Right.ERASURE: {"ground": "17(1)(a)"},
    Right.RECTIFICATION: {"inaccuracy": "Nepareizs uzvārds", "corrected_value": "Bērziņš"},
    Right.RESTRICTION: {"ground": "18(1)(a)"},
}
REFUSAL_FACTS = {
    Right.ERASURE: {"ground": "17(3)(b)", "keep_until": date(2036, 12, 31)},
    Right.OBJECTION: {"particular_situation": "Nevēlas saņemt atgādinājumus",
                      "compelling_grounds": "Parāda piedziņa"},
}


def decided_case(services: Services, actor: Actor, right: Right, *, granted=("contact_details",),
                 refused=(), language: str = "lv", **request) -> str:
    """A case in review with `right` granted for `granted` and refused for `refused`, each with
    an internal note the subject must never read."""
    case = services.cases.create(actor, replace(new_request(rights=[right], **request),
                                                language=language))
    number = case.number
    services.closing.advance(actor, number)
    services.identity.verify_identity(actor, number, method=VerificationMethod.EMAIL_ON_FILE,
                                      verified=True)
    services.closing.advance(actor, number)
    # Each decision with the facts the decision rules ask of it (domain/decision_rules.py).
    decisions = [DecisionInput(c, right, Outcome.GRANT, right.article, INTERNAL_NOTES[0],
                               **GRANT_FACTS.get(right, {}))
                 for c in granted]
    decisions += [DecisionInput(c, right, Outcome.REFUSE, right.article, INTERNAL_NOTES[1],
                                **REFUSAL_FACTS.get(right, {}))
                  for c in refused]
    services.decisions.record_decisions(actor, number, decisions)
    return number


def task_ids(services: Services, actor: Actor, number: str, action: str) -> list[int]:
    detail = services.cases.detail(actor, number)
    return [t.id for t in detail.tasks if t.action == action and t.done_at is None]


def complete(services: Services, actor: Actor, number: str, action: str) -> None:
    for task_id in task_ids(services, actor, number, action):
        services.fulfilment.complete_task(actor, number, task_id)
