"""A deterministic demo case store: synthetic Smarttek requests across every stage, right,
channel and deadline state (overdue, due soon, paused, extended), fast enough for 100,000 cases.

Rows go in with bulk inserts; the audit chain is built the same way the services build it.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, insert, select, text

from smarttek_dsar.demo.people import Person, generate_people
from smarttek_dsar.domain.case_evidence import CaseEvidence
from smarttek_dsar.domain.clock import RIGA, Extension, Pause, compute_deadline
from smarttek_dsar.domain.figures import answer_facts
from smarttek_dsar.domain.legal_rules import NEEDS_KEEP_UNTIL, suggest_decision
from smarttek_dsar.domain.rights import Channel, Right
from smarttek_dsar.domain.workflow import Stage
from smarttek_dsar.services.administration.organisation import load_calendar, load_settings
from smarttek_dsar.services.audit_anchor import desk_key
from smarttek_dsar.services.audit_chain import GENESIS, chain_link
from smarttek_dsar.services.audit_chain import canonical as _canonical
from smarttek_dsar.services.case_records import rights_to_text
from smarttek_dsar.storage.database import Database
from smarttek_dsar.storage.models import (
    AuditEvent,
    AuditHead,
    Case,
    CaseParty,
    ClockPause,
    Decision,
    DisclosedFile,
    Disclosure,
    IdentityCheck,
    User,
)
from smarttek_dsar.storage.phrasebook_file import load_default_phrasebook
from smarttek_dsar.storage.register_file import load_default_register

CHUNK = 5000

_REQUEST_TEXTS = {
    Right.ACCESS: "Lūdzu izsniegt visus manus personas datus, ko SMARTTEK apstrādā.",
    Right.RECTIFICATION: "Lūdzu labot manu adresi un tālruņa numuru klientu datubāzē.",
    Right.ERASURE: "Lūdzu dzēst manus personas datus, jo vairs neizmantoju jūsu pakalpojumus.",
    Right.RESTRICTION: "Lūdzu ierobežot manu datu apstrādi, kamēr tiek pārbaudīta to precizitāte.",
    Right.PORTABILITY: "Please send me my data in a machine-readable format.",
    Right.OBJECTION: "Iebilstu pret manu datu apstrādi leģitīmo interešu nolūkā.",
    Right.OBJECTION_MARKETING: "Nevēlos vairs saņemt reklāmas e-pastus un īsziņas.",
    Right.CONSENT_WITHDRAWAL: "Atsaucu savu piekrišanu datu apstrādei mārketinga nolūkā.",
    Right.COMPLAINT: "Vēlos iesniegt sūdzību par to, kā tika apstrādāti mani dati.",
}

_CATEGORIES = ("identification", "contact_details", "contract_data", "billing_payments",
               "marketing_preferences", "call_recordings")
_REGISTER = load_default_register()


@dataclass(frozen=True)
class DemoSummary:
    cases: int
    users: tuple[str, ...]


def _stage_for(age_days: int, rnd: random.Random) -> Stage:
    if age_days > 60:
        return rnd.choices(
            [Stage.CLOSED, Stage.REJECTED, Stage.WITHDRAWN, Stage.RESPONDED, Stage.FULFILMENT],
            weights=[85, 6, 5, 3.5, 0.5],
        )[0]
    if age_days > 25:
        return rnd.choices(
            [Stage.CLOSED, Stage.RESPONDED, Stage.FULFILMENT, Stage.REVIEW, Stage.IDENTITY],
            weights=[40, 15, 15, 15, 15],
        )[0]
    return rnd.choices(
        [Stage.INTAKE, Stage.IDENTITY, Stage.REVIEW, Stage.FULFILMENT, Stage.RESPONDED],
        weights=[25, 25, 25, 15, 10],
    )[0]


def _rights(rnd: random.Random) -> list[Right]:
    first = rnd.choices(list(Right), weights=[40, 8, 18, 3, 6, 4, 12, 6, 3])[0]
    rights = {first}
    if rnd.random() < 0.2:
        rights.add(rnd.choice([Right.ERASURE, Right.OBJECTION_MARKETING, Right.PORTABILITY]))
    return sorted(rights)


def generate_demo(
    db: Database, cases: int, *, seed: int = 2026, today: date | None = None,
    progress: Callable[[int, int], None] | None = None, people: list[Person] | None = None,
) -> DemoSummary:
    today = today or date.today()
    rnd = random.Random(seed)
    people = people or generate_people(max(50, min(cases // 2 + 1, 50_000)), seed)
    with db.unit_of_work() as session:
        if session.scalar(select(func.count()).select_from(Case)):
            raise ValueError("The database has cases already; the demo fills only an empty one.")
        calendar = load_calendar(session)
        within = load_settings(session).pause_request_within_days
        specialist_ids = [u.id for u in session.scalars(select(User)) if "specialist" in u.roles]
        head = session.get(AuditHead, 1) or AuditHead(id=1, last_seq=0, last_hash=GENESIS)
        session.merge(head)
        session.flush()
        seq, prev = head.last_seq, head.last_hash
        key = desk_key()
        next_id = (session.scalar(select(func.max(Case.id))) or 0) + 1
        per_year: dict[int, int] = {}
        done = 0
        for batch in _batches(cases):
            rows = _Rows()
            for _ in range(batch):
                received = _received(rnd, today)
                year = received.astimezone(RIGA).year
                per_year[year] = per_year.get(year, 0) + 1
                person = rnd.choice(people)
                _one_case(rows, rnd, next_id, year, per_year[year], received, person, today,
                          calendar, within, specialist_ids)
                seq += 1
                at = received.replace(microsecond=0)
                details = _canonical({"channel": rows.cases[-1]["channel"], "demo": True})
                number = rows.cases[-1]["number"]
                link = chain_link(key, prev, seq, at, "demo", "case.created", next_id, number,
                                  details)
                rows.audit.append(link)
                prev = link["hash"]
                next_id += 1
            rows.write(session)
            done += batch
            if progress:
                progress(done, cases)
        head_row = session.get(AuditHead, 1)
        head_row.last_seq, head_row.last_hash = seq, prev
        if session.bind.dialect.name == "postgresql":
            for table in ("cases", "case_parties", "identity_checks", "clock_pauses", "decisions",
                          "disclosures", "disclosed_files"):
                session.execute(text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"COALESCE((SELECT MAX(id) FROM {table}), 1))"
                ))
    return DemoSummary(cases, ())


def _batches(total: int) -> Iterator[int]:
    while total > 0:
        yield min(CHUNK, total)
        total -= CHUNK


def _received(rnd: random.Random, today: date) -> datetime:
    # Most requests are recent; the tail reaches back 14 months for the statistics.
    age = int(rnd.triangular(0, 420, 10))
    day = today - timedelta(days=age)
    moment = datetime.combine(day, time(rnd.randint(7, 20), rnd.randint(0, 59)), RIGA)
    return moment.astimezone(UTC)


class _Rows:
    def __init__(self) -> None:
        self.cases: list[dict] = []
        self.parties: list[dict] = []
        self.checks: list[dict] = []
        self.pauses: list[dict] = []
        self.decisions: list[dict] = []
        self.disclosures: list[dict] = []
        self.files: list[dict] = []
        self.audit: list[dict] = []

    def write(self, session) -> None:
        for model, rows in ((Case, self.cases), (CaseParty, self.parties),
                            (IdentityCheck, self.checks), (ClockPause, self.pauses),
                            (Decision, self.decisions), (Disclosure, self.disclosures),
                            (DisclosedFile, self.files), (AuditEvent, self.audit)):
            if rows:
                session.execute(insert(model), rows)


def _one_case(rows: _Rows, rnd, case_id, year, sequence, received, person: Person, today,
              calendar, within, specialist_ids) -> None:
    received_on = received.astimezone(RIGA).date()
    age = (today - received_on).days
    stage = _stage_for(age, rnd)
    rights = _rights(rnd)
    channel = rnd.choices(list(Channel), weights=[10, 45, 30, 6, 5, 4])[0]
    number = f"DSAR-{year}-{sequence:04d}"
    pauses: list[Pause] = []
    if stage in (Stage.IDENTITY, Stage.INTAKE) and rnd.random() < 0.35 and age >= 1:
        start = received_on + timedelta(days=min(age, rnd.randint(0, 4)))
        pauses.append(Pause(start, None, "Lūdzām apstiprināt identitāti ar eParakstu"))
    elif stage not in (Stage.INTAKE,) and rnd.random() < 0.1 and age > 8:
        start = received_on + timedelta(days=rnd.randint(0, 3))
        pauses.append(Pause(start, start + timedelta(days=rnd.randint(2, 5)),
                            "Lūdzām apstiprināt identitāti"))
    extension = None
    if stage.is_open and age > 20 and rnd.random() < 0.12:
        extension = Extension("Sarežģīts pieprasījums: dati vairākās sistēmās",
                              received_on + timedelta(days=rnd.randint(10, 20)))
    deadline = compute_deadline(received_on, calendar, pauses=tuple(pauses), extension=extension,
                                today=today, pause_request_within_days=within)
    closed_at = None
    responded_on = None
    if stage in (Stage.RESPONDED, Stage.CLOSED):
        responded_on = min(today, received_on + timedelta(days=rnd.randint(5, 33)))
    if not stage.is_open and stage is not Stage.RESPONDED:
        closed_at = datetime.combine(min(today, received_on + timedelta(days=rnd.randint(6, 35))),
                                     time(15), RIGA).astimezone(UTC)
    # The same facts the services store when a case is answered (bulk rows skip the services).
    answered = answer_facts(received, responded_on, closed_at, stage.value, deadline.due_date,
                            deadline.initial_due)
    codes = [person.personal_code, *person.former_codes]
    now = datetime.now(UTC)
    rows.cases.append(dict(
        id=case_id, number=number, year=year, sequence=sequence, channel=channel.value,
        received_at=received, receipt_proof=_proof(channel), request_text=_text(rights),
        language=person.language, stage=stage.value, rights=rights_to_text(rights),
        rejection_reason="excessive" if stage is Stage.REJECTED else None,
        outcome_note="", assignee_id=rnd.choice(specialist_ids) if specialist_ids and
        rnd.random() < 0.8 else None,
        created_by_id=None, created_at=received, updated_at=now, due_date=deadline.due_date,
        initial_due_date=deadline.initial_due, paused=deadline.paused_now,
        extended=deadline.extended, extension_reason=extension.reason if extension else None,
        extension_notified_on=extension.notified_on if extension else None,
        responded_on=responded_on, closed_at=closed_at,
        answered_on=answered.answered_on if answered else None,
        days_to_answer=answered.days if answered else None,
        answered_on_time=answered.on_time if answered else None,
        register_version=None, external_id=None,
        search_text=" ".join([number, person.full_name, *codes, person.email, person.phone,
                              person.customer_no]).lower(),
        subject_name=person.full_name, subject_key=person.personal_code, purged_at=None, version=1,
    ))
    rows.parties.append(dict(
        case_id=case_id, role="subject", name=person.full_name, personal_code=person.personal_code,
        former_codes=",".join(person.former_codes), email=person.email, phone=person.phone,
        customer_no=person.customer_no, address=person.address, authority_proof="",
    ))
    for p in pauses:
        rows.pauses.append(dict(case_id=case_id, start=p.start, end=p.end, reason=p.reason))
    past_identity = stage not in (Stage.INTAKE, Stage.IDENTITY, Stage.WITHDRAWN, Stage.REJECTED)
    if past_identity:
        method = {Channel.PORTAL: "portal_login", Channel.EMAIL: "email_on_file",
                  Channel.IN_PERSON: "in_person"}.get(channel, "e_signature")
        rows.checks.append(dict(case_id=case_id, method=method, document_type=None,
                                document_last_digits=None, result="verified", doubt_reason="",
                                notes="", verifier_id=None, checked_at=received))
    if stage in (Stage.FULFILMENT, Stage.RESPONDED, Stage.CLOSED):
        # The suggested decisions, with the facts a reviewer would have recorded: a decision
        # in the demo says nothing a real case could not back (issue 12).
        evidence = CaseEvidence(today=received_on, rights=frozenset(rights))
        for right in rights:
            if right is Right.COMPLAINT:
                continue
            for category in rnd.sample(_CATEGORIES, 2):
                rows.decisions.append(_decision(case_id, right, category, evidence,
                                                person.language, received))
    if responded_on is not None:
        disclosure_id = case_id  # one delivery per demo case: the case id is free to reuse
        rows.disclosures.append(dict(
            id=disclosure_id, case_id=case_id, sent_on=responded_on,
            channel=Channel.EMAIL.value if channel.is_electronic else Channel.LETTER.value,
            format="PDF + XLSX", proof="Nosūtīts", recorded_by_id=None, recorded_at=received))
        rows.files.append(dict(disclosure_id=disclosure_id, filename=f"{number}_data.pdf",
                               sha256=f"{case_id:064x}", size=1000 + case_id % 5000))


def _decision(case_id: int, right: Right, category_id: str, evidence: CaseEvidence,
              language: str, received: datetime) -> dict:
    suggestion = suggest_decision(right, _REGISTER.category(category_id), evidence)
    keep_until = suggestion.keep_until
    if keep_until is None and NEEDS_KEEP_UNTIL in suggestion.needs:
        keep_until = evidence.today + timedelta(days=3653)  # the reviewer's date: 10 years
    phrasebook = load_default_phrasebook()
    subject_reason = (phrasebook.reason(suggestion.phrase_key, "lv" if language == "lv" else "en",
                                        keep_until=keep_until)
                      if suggestion.phrase_key else "")
    return dict(case_id=case_id, category_id=category_id, right=right.value,
                outcome=suggestion.outcome.value, article=suggestion.article, reason="",
                suggested_outcome=suggestion.outcome.value, decided_by_id=None,
                decided_at=received, ground=suggestion.ground, keep_until=keep_until,
                phrase_key=suggestion.phrase_key, subject_reason=subject_reason)


def _proof(channel: Channel) -> str:
    return {
        Channel.EMAIL: "E-pasta galvenes (Received) saglabātas",
        Channel.PORTAL: "Portāla pieprasījuma ieraksts",
        Channel.LETTER: "Aploksnes skenējums ar pasta zīmogu",
    }.get(channel, "Pieņemšanas ieraksts")


def _text(rights: list[Right]) -> str:
    return " ".join(_REQUEST_TEXTS[r] for r in rights)
