"""Small real "Smarttek systems" for the data-source tests: 30 synthetic customers, one who
changed her old personal code for a new one, an incident that names a neighbour, and CSV/XLSX
exports of the marketing and survey tools."""

from __future__ import annotations

import csv
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

import sqlalchemy as sa
from openpyxl import Workbook

from smarttek_dsar.demo.people import Person, generate_people
from smarttek_dsar.demo.systems import build_systems_database
from smarttek_dsar.demo.systems_schema import customers, service_incidents
from smarttek_dsar.sources.config import FileSource, SheetMapping, SourcesConfig
from smarttek_dsar.sources.config_file import default_sources_config

OLD_CODE = "010190-10001"  # valid old-format code (born 1.1.1990)
NEW_CODE = "329999-12345"  # new-format code she holds since 2018
NEIGHBOUR = "Pēteris Kalējs"


@dataclass(frozen=True)
class Systems:
    url: str
    people: list[Person]
    ilze: Person  # changed code: OLD_CODE -> NEW_CODE
    stranger: Person  # in no system at all


def ilze() -> Person:
    return Person(
        person_id=31, first_name="Ilze", last_name="Kalniņa", gender="F",
        personal_code=NEW_CODE, former_codes=(OLD_CODE,), email="ilze.kalnina@pasts.example",
        phone="+37126000031", customer_no="C-0009031", address="Ezera iela 5, Rīga, LV-1001",
        birth_date=date(1990, 1, 1), language="lv",
    )


def build_systems(url: str) -> Systems:
    people = generate_people(30)
    subject = ilze()
    build_systems_database(url, [*people, subject])
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        customer_id = conn.execute(sa.select(customers.c.id).where(
            customers.c.customer_no == subject.customer_no)).scalar_one()
        next_id = conn.execute(sa.select(sa.func.max(service_incidents.c.id))).scalar() or 0
        conn.execute(service_incidents.insert().values(
            id=next_id + 1, customer_id=customer_id, incident_no="S-2025-9999999",
            reported_at=datetime(2025, 5, 5, 10, 0), category="Tīkls",
            description=f"Maršrutētāju pārvietoja kaimiņš {NEIGHBOUR}; tālrunis +37129999999.",
            handled_by="Inga Saulīte", resolved_at=datetime(2025, 5, 6, 12, 0),
        ))
    engine.dispose()
    stranger = replace(people[0], person_id=99, personal_code="311299-10009",
                       former_codes=(), email="nobody@nowhere.example", phone="+37120000099",
                       customer_no="C-9999999")
    return Systems(url, people, subject, stranger)


def write_marketing_csv(path: Path) -> Path:
    """The marketing tool's export: Latvian Excel CSV (';'), keyed by the OLD code only."""
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, delimiter=";")
        writer.writerow(["Personas kods", "E-pasts", "Kanāls", "Piekrišana dota", "Piezīme"])
        writer.writerow(["01019010001", "", "sms", "2019-04-01", "izstāde"])
        writer.writerow(["120385-11111", "cits@pasts.example", "email", "2020-01-01", ""])
    return path


def write_survey_xlsx(path: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Aptaujas"
    sheet.append(["E-pasts", "Vārds", "Uzvārds", "NPS", "Komentārs", "Iekšēja piezīme"])
    sheet.append(["Ilze.Kalnina@pasts.example", "Ilze", "Kalniņa", 9, "Ātri salaboja.",
                  "zvanīja vīrs"])
    sheet.append(["someone@else.example", "Anna", "Ozola", 3, "Lēni.", ""])
    workbook.save(path)
    return path


def marketing_source(path: Path, name: str = "Marketing export") -> FileSource:
    return FileSource(
        name=name, path=str(path), identifiers=(("personal_code", ("Personas kods",)),
                                                ("email", ("E-pasts",))),
        sheets=(SheetMapping(sheet=None, category_id="marketing_preferences",
                             columns=(("E-pasts", "contact_details"),)),),
        system="Marketing tool",
    )


def survey_source(path: Path, name: str = "Survey export") -> FileSource:
    return FileSource(
        name=name, path=str(path), identifiers=(("email", ("E-pasts",)),
                                                ("name", ("Vārds", "Uzvārds"))),
        sheets=(SheetMapping(sheet="Aptaujas", category_id="customer_surveys",
                             columns=(("Iekšēja piezīme", ""),)),),
    )


def demo_config(systems_file: Path, *extra) -> SourcesConfig:
    base = default_sources_config(systems_file)
    return SourcesConfig((*base.sources, *extra))
