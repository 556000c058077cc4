"""Cases ready for a data package: identity checked, the demo systems searched, the snapshot
reviewed with one row left out and one field redacted (GDPR 15(4))."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from smarttek_dsar.domain.identity import VerificationMethod
from smarttek_dsar.domain.rights import Outcome, Right
from smarttek_dsar.services import Services
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.review.decisions import DecisionInput
from smarttek_dsar.storage.database import sqlite_url
from tests.services.case_factory import new_request
from tests.sources.systems_fixtures import NEIGHBOUR, NEW_CODE, build_systems, demo_config

EXCLUDED_REASON = "Another customer's incident, filed under her number by mistake"
REDACTED_REASON = "Names a neighbour, another person (GDPR 15(4))"


@dataclass(frozen=True)
class PackageCase:
    number: str
    redacted_incident: str  # the incident whose description was redacted


def case_in_review(services: Services, actor: Actor, rights=(Right.ACCESS, Right.PORTABILITY),
                   **kwargs) -> str:
    case = services.cases.create(actor, new_request(rights=list(rights), **kwargs))
    services.closing.advance(actor, case.number)
    services.identity.verify_identity(actor, case.number, method=VerificationMethod.EMAIL_ON_FILE,
                                      verified=True)
    services.closing.advance(actor, case.number)
    return case.number


def collected_case(services: Services, actor: Actor, tmp_path: Path) -> PackageCase:
    """Ilze Kalniņa, found in the demo systems under her new and her former personal code."""
    systems_file = tmp_path / "systems.sqlite3"
    systems = build_systems(sqlite_url(systems_file))
    number = case_in_review(services, actor, name="Ilze Kalniņa", code=NEW_CODE,
                            email=systems.ilze.email)
    services.collection.collect_all(actor, number, config=demo_config(systems_file))
    view = services.snapshot.snapshot(actor, number)
    incidents = next(t for t in view.tables if t.category_id == "service_incidents")
    neighbour_row = next(r for r in incidents.rows if NEIGHBOUR in str(r.values["description"]))
    other_row = next(r for r in incidents.rows if r.id != neighbour_row.id)
    services.snapshot.redact_field(actor, number, neighbour_row.id, "description",
                                   REDACTED_REASON)
    services.snapshot.exclude_row(actor, number, other_row.id, EXCLUDED_REASON)
    services.snapshot.mark_reviewed(actor, number)
    register = services.register.current()
    decisions = [DecisionInput(category, Right.ACCESS, Outcome.GRANT, "Art. 15")
                 for category in view.category_ids]
    # GDPR 20(1): only what the subject provided, on consent or contract, is portable.
    decisions += [
        DecisionInput(category, Right.PORTABILITY, Outcome.GRANT, "Art. 20")
        if register.category(category).portable
        else DecisionInput(category, Right.PORTABILITY, Outcome.NOT_APPLICABLE, "Art. 20(1)")
        for category in view.category_ids
    ]
    services.decisions.record_decisions(actor, number, decisions)
    return PackageCase(number, str(neighbour_row.values["incident_no"]))


def to_fulfilment(services: Services, actor: Actor, number: str) -> None:
    services.closing.advance(actor, number)
