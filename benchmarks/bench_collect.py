"""Collecting a subject with 100,000 rows across sources (a SQLite systems database and a CSV
export) into a case, against bare SQLAlchemy + csv fetching the same rows.

Targets: <= 10 s and <= 400 MB peak memory. Each side runs in its own process so the peak
resident set (ru_maxrss) of one does not hide in the other's. Run:
    python benchmarks/bench_collect.py [--rows 100000]
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

from smarttek_dsar.demo.people import generate_people
from smarttek_dsar.demo.systems import build_systems_database
from smarttek_dsar.demo.systems_schema import customers, portal_accounts, portal_logins
from smarttek_dsar.sources.config import FileSource, SheetMapping, SourcesConfig
from smarttek_dsar.sources.config_file import default_sources_config

CSV_SHARE = 0.2  # a fifth of the rows come from the marketing tool's CSV export


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def prepare(folder: Path, rows: int) -> dict:
    people = generate_people(200)
    subject = people[0]
    systems = folder / "systems.sqlite3"
    build_systems_database(f"sqlite:///{systems}", people)
    engine = sa.create_engine(f"sqlite:///{systems}")
    in_db = rows - int(rows * CSV_SHARE)
    with engine.begin() as conn:
        customer_id = conn.execute(sa.select(customers.c.id).where(
            customers.c.customer_no == subject.customer_no)).scalar_one()
        account = conn.execute(sa.select(portal_accounts.c.id).where(
            portal_accounts.c.customer_id == customer_id)).scalar()
        if account is None:
            account = (conn.execute(sa.select(sa.func.max(portal_accounts.c.id))).scalar()
                       or 0) + 1
            conn.execute(portal_accounts.insert().values(
                id=account, customer_id=customer_id, username=subject.email,
                created_at=datetime(2020, 1, 1), mfa_enabled=True, status="active"))
        first = (conn.execute(sa.select(sa.func.max(portal_logins.c.id))).scalar() or 0) + 1
        start = datetime(2020, 1, 1)
        conn.execute(portal_logins.insert(), [
            {"id": first + n, "account_id": account, "logged_in_at": start + timedelta(
                minutes=n), "ip_address": f"85.254.{n % 256}.{n % 200 + 1}",
             "user_agent": "SmarttekApp/3.4.1 (Android 14)", "succeeded": n % 17 != 0}
            for n in range(in_db)
        ])
    engine.dispose()
    export = folder / "marketing.csv"
    with export.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, delimiter=";")
        writer.writerow(["Personas kods", "E-pasts", "Kampaņa", "Nosūtīts", "Atvērts"])
        for n in range(int(rows * CSV_SHARE)):
            writer.writerow([subject.personal_code, subject.email, f"K-{n % 40}",
                             f"2024-{n % 12 + 1:02d}-01", "jā" if n % 3 else "nē"])
        for person in people[1:]:
            writer.writerow([person.personal_code, person.email, "K-1", "2024-01-01", "nē"])
    return {"systems": str(systems), "export": str(export),
            "code": subject.personal_code, "email": subject.email, "name": subject.full_name}


def config_for(info: dict) -> SourcesConfig:
    demo = default_sources_config(Path(info["systems"]))
    export = FileSource(
        name="Marketing export", path=info["export"],
        identifiers=(("personal_code", ("Personas kods",)), ("email", ("E-pasts",))),
        sheets=(SheetMapping(None, "marketing_preferences"),), system="Marketing tool")
    return replace(demo, sources=(*demo.sources, export))


def run_ours(info: dict, folder: Path) -> dict:
    from smarttek_dsar.domain.roles import Role
    from smarttek_dsar.services import Services
    from smarttek_dsar.services.cases import NewCase
    from smarttek_dsar.services.views import PartyInput

    services = Services.open(f"sqlite:///{folder / 'cases.sqlite3'}")
    services.users.create_first_admin("dpo", "benchmark-password", "DPO")
    admin = services.users.actor_for("dpo", reason="benchmark")
    services.users.add(admin, "anna", "benchmark-password", frozenset({Role.SPECIALIST}), "A")
    specialist = services.users.actor_for("anna", reason="benchmark")
    from smarttek_dsar.domain.clock import RIGA
    from smarttek_dsar.domain.rights import Channel, Right

    number = services.cases.create(specialist, NewCase(
        channel=Channel.EMAIL, received_at=datetime.now(RIGA) - timedelta(days=1),
        subject=PartyInput(name=info["name"], personal_code=info["code"], email=info["email"]),
        rights=[Right.ACCESS], request_text="", receipt_proof="", attachments=[],
    )).number
    started = time.perf_counter()
    result = services.collection.collect_all(specialist, number, config=config_for(info))
    elapsed = time.perf_counter() - started
    assert not result.failed, result.failed
    return {"seconds": elapsed, "rows": result.total_rows, "peak_mb": peak_mb()}


def run_bare(info: dict, folder: Path) -> dict:
    config = config_for(info)
    sql_source = config.sources[0]
    started = time.perf_counter()
    engine = sa.create_engine(f"sqlite:///{info['systems']}")
    codes = [info["code"], info["code"].replace("-", "")]
    kept: list[tuple] = []
    with engine.connect() as conn:
        for query in sql_source.queries:
            statement = sa.text(query.sql).bindparams(sa.bindparam("personal_codes",
                                                                   expanding=True))
            wanted = {"personal_codes": codes, "email": info["email"], "customer_no": None}
            names = [k for k in wanted if f":{k}" in query.sql]
            kept.extend(tuple(r) for r in conn.execute(statement, {k: wanted[k] for k in names}))
    engine.dispose()
    with Path(info["export"]).open(encoding="utf-8-sig", newline="") as stream:
        reader = csv.reader(stream, delimiter=";")
        next(reader)
        kept.extend(tuple(r) for r in reader if r[0] == info["code"] or r[1] == info["email"])
    elapsed = time.perf_counter() - started
    return {"seconds": elapsed, "rows": len(kept), "peak_mb": peak_mb()}


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] in ("ours", "bare"):
        info, folder = json.loads(sys.argv[2]), Path(sys.argv[3])
        outcome = (run_ours if sys.argv[1] == "ours" else run_bare)(info, folder)
        print(json.dumps(outcome))
        return
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-collect-"))
    info = prepare(folder, args.rows)
    print(f"subject with about {args.rows:,} rows: systems DB + CSV export in {folder}")
    for side in ("bare", "ours"):
        done = subprocess.run([sys.executable, __file__, side, json.dumps(info), str(folder)],
                              capture_output=True, text=True, check=True)
        figures = json.loads(done.stdout.strip().splitlines()[-1])
        label = "collect into case" if side == "ours" else "bare SQLAlchemy+csv"
        print(f"{label:20s} {figures['rows']:>8,} rows  {figures['seconds']:6.2f} s  "
              f"peak {figures['peak_mb']:6.0f} MB")


if __name__ == "__main__":
    main()
