"""The synthetic "Smarttek systems": the databases a data subject's request must be searched in.

One table per kind of record the privacy policy names (CRM, billing, service desk, call centre,
CCTV, portal, marketing, surveys, risk scoring); the tables are defined in `systems_schema`.
SQLAlchemy Core only, so the same code builds a SQLite file or a PostgreSQL schema. Rows are drawn from one `random.Random(seed)` in person
order, so the same people and seed always give the same database.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import TypeVar

import sqlalchemy as sa

from smarttek_dsar.demo.people import Person
from smarttek_dsar.demo.systems_schema import (
    SYSTEMS_METADATA,
    call_recordings,
    cctv_records,
    contracts,
    customer_code_history,
    customers,
    invoices,
    marketing_consents,
    offers,
    payments,
    portal_accounts,
    portal_logins,
    risk_assessments,
    service_incidents,
    survey_answers,
)

_T = TypeVar("_T")

# "Today" of the demo systems: fixed, so a rebuild next year gives the same rows.
DEMO_TODAY = datetime(2026, 3, 1, 9, 0)

_SERVICES = (
    ("IT sistēmu uzturēšana", 4900), ("Datortehnikas apkope", 2500),
    ("Mākoņa rezerves kopijas", 1200), ("Videonovērošanas serviss", 3500),
    ("Grāmatvedības programmas licence", 1900), ("E-pasta mitināšana", 600),
    ("Tīkla ierīkošana un uzraudzība", 4200), ("Programmatūras izstrāde", 9900),
)
_INCIDENTS = (
    ("Tīkls", "Pārtrūkst interneta savienojums birojā; maršrutētājs vairākas reizes dienā "
              "pārstartējas."),
    ("Programmatūra", "Grāmatvedības programma neatveras pēc atjauninājuma, rāda kļūdas ziņu."),
    ("E-pasts", "Vēstules netiek nosūtītas; klients lūdz steidzamu palīdzību."),
    ("Videonovērošana", "Kamera pie ieejas kopš pirmdienas nerāda attēlu."),
    ("Datortehnika", "Darbstacija strādā ļoti lēni; jāpārbauda cietais disks."),
    ("Rezerves kopijas", "Rezerves kopija nav izveidota trīs naktis pēc kārtas."),
    ("Portāls", "Klients nevar pieslēgties pašapkalpošanās portālam, aizmirsis paroli."),
)
# Texts that name someone other than the customer: the access copy must redact them (GDPR 15(4)).
_THIRD_PARTY_NOTES = (
    "Iekārtu pirms tam pārvietoja {role} {name}; kopš tā laika tīkls nedarbojas.",
    "Par bojājumu ziņoja {role} {name} un lūdza atzvanīt uz tālruni {phone}.",
    "Klients norāda, ka piekļuvi sistēmai bez atļaujas izmantoja {role} {name}.",
)
_ROLES = (("kaimiņš", "kaimiņiene"), ("kolēģis", "kolēģe"), ("radinieks", "radiniece"))
_AGENTS = (
    "Inga Saulīte", "Roberts Mežgailis", "Dainis Ķuzis", "Elza Vītiņa", "Kristers Ābele",
    "Laila Strēlniece", "Ņikita Orlovs", "Zanda Ūsiņa",
)
_CAMERAS = (
    ("KAM-01", "Bērzaunes iela 6A, galvenā ieeja"), ("KAM-02", "Klientu apkalpošanas zāle"),
    ("KAM-03", "Stāvlaukums pie biroja"), ("KAM-04", "Noliktavas vārti"),
)
_USER_AGENTS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/126.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) Mobile/15E148",
    "SmarttekApp/3.4.1 (Android 14)",
    "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
)
_CONSENT_SOURCES = ("pašapkalpošanās portāls", "līguma pielikums", "telefona saruna", "izstāde")
_SURVEY_COMMENTS = (
    None, None, "Ātra un laipna apkalpošana.", "Tehniķis ieradās laikā, viss salabots.",
    "Pārāk ilgi jāgaida uz atbildi.", "Rēķini nav saprotami.", "Iesaku kolēģiem.",
    "Portālā grūti atrast līgumus.",
)
_CHUNK_PEOPLE = 2_000
_DAY = 86_400


def build_systems_database(
    url: str,
    people: Sequence[Person],
    *,
    seed: int = 2026,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, int]:
    """(Re)create the demo systems tables at `url`, fill them, and return rows per table.

    All in one transaction: an interrupted build leaves the database as it was.
    """
    engine = sa.create_engine(url)
    rows = _Rows(random.Random(seed), people)
    try:
        with engine.begin() as conn:
            SYSTEMS_METADATA.drop_all(conn)
            SYSTEMS_METADATA.create_all(conn)
            for start in range(0, len(people), _CHUNK_PEOPLE):
                for person in people[start : start + _CHUNK_PEOPLE]:
                    rows.add_person(person)
                rows.flush(conn)
                if progress is not None:
                    progress(min(start + _CHUNK_PEOPLE, len(people)), len(people))
    finally:
        engine.dispose()
    return dict(rows.counts)


class _Rows:
    """Rows waiting to be inserted, with the next id of every table."""

    def __init__(self, rng: random.Random, people: Sequence[Person]) -> None:
        self.random = rng.random
        self.people = people
        self.pending: dict[sa.Table, list[dict]] = {t: [] for t in SYSTEMS_METADATA.sorted_tables}
        self.counts: dict[str, int] = {t.name: 0 for t in SYSTEMS_METADATA.sorted_tables}

    def below(self, n: int) -> int:
        return int(self.random() * n)

    def pick(self, items: tuple[_T, ...]) -> _T:
        return items[int(self.random() * len(items))]

    def add(self, table: sa.Table, **values: object) -> int:
        self.counts[table.name] += 1
        values["id"] = self.counts[table.name]
        self.pending[table].append(values)
        return values["id"]

    def flush(self, conn: sa.Connection) -> None:
        for table, batch in self.pending.items():  # sorted_tables: parents before children
            if batch:
                _insert(conn, table, batch)
                batch.clear()

    def moment(self, since: datetime, until: datetime = DEMO_TODAY) -> datetime:
        seconds = int((until - since).total_seconds())
        return since + timedelta(seconds=self.below(max(seconds, 1)))

    def add_person(self, person: Person) -> None:
        created = self.moment(datetime(2008, 1, 1), DEMO_TODAY - timedelta(days=60))
        account = _iban(self) if self.random() < 0.7 else None
        customer_id = self.add(
            customers, customer_no=person.customer_no, first_name=person.first_name,
            last_name=person.last_name, personal_code=person.personal_code,
            birth_date=person.birth_date, email=person.email, phone=person.phone,
            address=person.address, bank_account=account, language=person.language,
            created_at=created,
        )
        for former in person.former_codes:
            # New-format codes exist since 1 July 2017, so the old one ended after that.
            until = self.moment(datetime(2017, 7, 1), DEMO_TODAY).date()
            self.add(customer_code_history, customer_id=customer_id, personal_code=former,
                     valid_until=until)
        if self.random() < 0.01:
            return  # known to the CRM only: a customer record with nothing else
        _add_contracts(self, customer_id, created, account)
        _add_service_records(self, person, customer_id, created)
        _add_portal(self, person, customer_id, created)
        _add_marketing(self, customer_id, created)


def _insert(conn: sa.Connection, table: sa.Table, batch: list[dict]) -> None:
    if conn.dialect.name == "postgresql" and conn.dialect.driver == "psycopg":
        _copy_into_postgresql(conn, table, batch)
    elif conn.dialect.name == "sqlite":
        _executemany_sqlite(conn, table, batch)
    else:
        conn.execute(table.insert(), batch)  # executemany: one round trip per chunk


def _executemany_sqlite(conn: sa.Connection, table: sa.Table, batch: list[dict]) -> None:
    # Core's per-row parameter handling is two thirds of a 100,000-person SQLite build; the
    # columns' own bind processors give the same stored values at a fraction of the cost.
    columns = list(table.columns)
    dialect = conn.dialect
    processors = [(c.name, c.type.dialect_impl(dialect).bind_processor(dialect)) for c in columns]
    sql = str(table.insert().compile(dialect=dialect, column_keys=[c.name for c in columns]))
    conn.exec_driver_sql(
        sql,
        [
            tuple(row[name] if p is None else p(row[name]) for name, p in processors)
            for row in batch
        ],
    )


def _copy_into_postgresql(conn: sa.Connection, table: sa.Table, batch: list[dict]) -> None:
    # executemany sends one INSERT per row; COPY streams the chunk and halves a 100,000-person
    # build. It runs on the same DBAPI connection, so it stays inside the build's transaction.
    quote = conn.dialect.identifier_preparer.quote
    names = [column.name for column in table.columns]
    sql = f"COPY {quote(table.name)} ({', '.join(quote(n) for n in names)}) FROM STDIN"
    with conn.connection.driver_connection.cursor() as cursor, cursor.copy(sql) as copy:
        for row in batch:
            copy.write_row([row[name] for name in names])


def _add_contracts(rows: _Rows, customer_id: int, created: datetime, account: str | None) -> None:
    contract_count = (0, 1, 1, 1, 1, 2, 2, 3)[rows.below(8)]
    for _ in range(contract_count):
        service, base_fee = rows.pick(_SERVICES)
        fee = Decimal(base_fee + rows.below(3000)).scaleb(-2)
        start = rows.moment(created).date()
        ended = rows.random() < 0.3
        end = start + timedelta(days=90 + rows.below(1500)) if ended else None
        if end is not None and end >= DEMO_TODAY.date():
            end, ended = None, False
        contract_id = rows.add(
            contracts, customer_id=customer_id,
            contract_no=f"L-{start.year}-{rows.counts['contracts'] + 1:07d}",
            service=service, start_date=start, end_date=end,
            status="ended" if ended else "active", monthly_fee=fee,
        )
        if rows.random() < 0.5:
            offered = start - timedelta(days=7 + rows.below(30))
            rows.add(offers, customer_id=customer_id, offer_no=_offer_no(rows, offered),
                     service=service, offered_on=offered,
                     valid_until=start + timedelta(days=14), monthly_fee=fee,
                     contract_id=contract_id)
        _add_invoices(rows, customer_id, contract_id, fee, end or DEMO_TODAY.date(), account)
        _add_risk(rows, customer_id, datetime.combine(start, datetime.min.time()), "credit")
    if rows.random() < 0.3:  # an offer that never became a contract; old ones are overdue (36 m)
        service, base_fee = rows.pick(_SERVICES)
        offered = rows.moment(created).date()
        rows.add(offers, customer_id=customer_id, offer_no=_offer_no(rows, offered),
                 service=service,
                 offered_on=offered, valid_until=offered + timedelta(days=30),
                 monthly_fee=Decimal(base_fee).scaleb(-2), contract_id=None)
    if rows.random() < 0.08:
        _add_risk(rows, customer_id, rows.moment(created), "fraud")


def _offer_no(rows: _Rows, offered: date) -> str:
    return f"P-{offered.year}-{rows.counts['offers'] + 1:07d}"


def _add_invoices(
    rows: _Rows, customer_id: int, contract_id: int, fee: Decimal, last: date, account: str | None
) -> None:
    vat = (fee * Decimal("0.21")).quantize(Decimal("0.01"))
    for months_back in range(1 + rows.below(4)):
        issued = (last.replace(day=1) - timedelta(days=30 * months_back)).replace(day=1)
        due = issued + timedelta(days=14)
        unpaid = rows.random() < (0.3 if months_back == 0 else 0.03)
        invoice_id = rows.add(
            invoices, customer_id=customer_id, contract_id=contract_id,
            invoice_no=f"R-{issued.year}-{rows.counts['invoices'] + 1:08d}", issued_on=issued,
            due_on=due, amount=fee + vat, vat_amount=vat, status="unpaid" if unpaid else "paid",
        )
        if not unpaid:
            by_transfer = account is not None and rows.random() < 0.8
            rows.add(payments, invoice_id=invoice_id,
                     paid_on=issued + timedelta(days=rows.below(25)), amount=fee + vat,
                     method="bank_transfer" if by_transfer else "card",
                     payer_account=account if by_transfer else None)


def _add_risk(rows: _Rows, customer_id: int, when: datetime, kind: str) -> None:
    score = rows.below(10_000)
    decision = "approved" if score < 7000 else "manual_review" if score < 9300 else "declined"
    rows.add(risk_assessments, customer_id=customer_id, assessed_at=when, kind=kind,
             score=Decimal(score).scaleb(-2), decision=decision,
             model_version="kredīts-2.3" if kind == "credit" else "krāpšana-1.4",
             automated=decision != "manual_review")


def _add_service_records(rows: _Rows, person: Person, customer_id: int, created: datetime) -> None:
    if rows.random() < 0.25:
        for _ in range(1 + rows.below(2)):
            _add_incident(rows, person, customer_id, created)
    if rows.random() < 0.35:
        for _ in range(1 + rows.below(3)):
            started = rows.moment(DEMO_TODAY - timedelta(days=365))
            call_id = rows.counts["call_recordings"] + 1
            rows.add(call_recordings, customer_id=customer_id, caller_phone=person.phone,
                     direction="outbound" if rows.random() < 0.2 else "inbound",
                     started_at=started, duration_s=20 + rows.below(1200), agent=rows.pick(_AGENTS),
                     file_ref=f"zvani/{started:%Y/%m/%d}/{call_id:08d}.wav",
                     retained_until=started.date() + timedelta(days=365))
    if rows.random() < 0.04:
        recorded = rows.moment(DEMO_TODAY - timedelta(days=60))
        camera, location = rows.pick(_CAMERAS)
        rows.add(cctv_records, customer_id=customer_id, camera=camera, location=location,
                 recorded_at=recorded, retained_until=recorded.date() + timedelta(days=30),
                 file_ref=f"cctv/{camera}/{recorded:%Y%m%d-%H%M%S}.png")
    if rows.random() < 0.2:
        rows.add(survey_answers, customer_id=customer_id, answered_at=rows.moment(created),
                 nps_score=rows.below(11), comment=rows.pick(_SURVEY_COMMENTS))


def _add_incident(rows: _Rows, person: Person, customer_id: int, created: datetime) -> None:
    category, text = rows.pick(_INCIDENTS)
    if rows.random() < 0.1 and len(rows.people) > 1:
        other = rows.people[rows.below(len(rows.people))]
        if other.person_id != person.person_id:
            note = rows.pick(_THIRD_PARTY_NOTES)
            role = rows.pick(_ROLES)[other.gender == "F"]
            text += " " + note.format(role=role, name=other.full_name, phone=other.phone)
    reported = rows.moment(created)
    resolved = reported + timedelta(seconds=3600 + rows.below(14 * _DAY))
    rows.add(service_incidents, customer_id=customer_id,
             incident_no=f"S-{reported.year}-{rows.counts['service_incidents'] + 1:07d}",
             reported_at=reported, category=category, description=text,
             handled_by=rows.pick(_AGENTS), resolved_at=resolved if resolved < DEMO_TODAY else None)


def _add_portal(rows: _Rows, person: Person, customer_id: int, created: datetime) -> None:
    if rows.random() >= 0.55:
        return
    opened = rows.moment(created)
    account_id = rows.add(portal_accounts, customer_id=customer_id, username=person.email,
                          created_at=opened, mfa_enabled=rows.random() < 0.4,
                          status="locked" if rows.random() < 0.02 else "active")
    home_ip = f"{rows.pick((78, 80, 83, 85, 87, 91, 195))}.{rows.below(256)}.{rows.below(256)}"
    agent = rows.pick(_USER_AGENTS)
    for _ in range(rows.below(7)):
        rows.add(portal_logins, account_id=account_id, logged_in_at=rows.moment(opened),
                 ip_address=f"{home_ip}.{1 + rows.below(254)}", user_agent=agent,
                 succeeded=rows.random() < 0.93)


def _add_marketing(rows: _Rows, customer_id: int, created: datetime) -> None:
    if rows.random() >= 0.45:
        return
    for channel in ("email", "sms", "phone", "post")[: 1 + rows.below(3)]:
        given = rows.moment(created)
        withdrawn = rows.moment(given) if rows.random() < 0.3 else None
        rows.add(marketing_consents, customer_id=customer_id, channel=channel,
                 source=rows.pick(_CONSENT_SOURCES), given_at=given, withdrawn_at=withdrawn)


def _iban(rows: _Rows) -> str:
    """A Latvian-format IBAN with a valid check (ISO 13616) at a fictional bank code "DEMO"."""
    bban = f"DEMO{rows.below(10**13):013d}"
    digits = "".join(str(int(ch, 36)) for ch in bban + "LV00")
    return f"LV{98 - int(digits) % 97:02d}{bban}"
