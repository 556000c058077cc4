"""The delivery record: what reached the subject, how and when, with the SHA-256 of every file."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from smarttek_dsar.domain.operations import Operation
from smarttek_dsar.domain.rights import Channel
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.services import audit
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.case_records import case_for_change, summary_of
from smarttek_dsar.services.deadlines import store_answer
from smarttek_dsar.services.errors import ServiceError
from smarttek_dsar.services.operations_guard import require_operation
from smarttek_dsar.services.views import CaseSummary
from smarttek_dsar.storage.database import Database
from smarttek_dsar.storage.models import DisclosedFile, Disclosure
from smarttek_dsar.storage.timestamps import now_utc


@dataclass(frozen=True)
class DeliveredFile:
    filename: str
    sha256: str
    size: int


class DeliveryService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def record_delivery(
        self, actor: Actor, number: str, *, sent_on: date, channel: Channel, format: str,
        proof: str = "", files: Sequence[DeliveredFile] = (), expected_version: int | None = None,
        message_id: str = "",
    ) -> CaseSummary:
        """What reached the subject, how and when, with the SHA-256 of every file;
        `message_id`: the e-mail that carried it (services/mailbox/sending.py)."""
        actor.require(Permission.EXPORT, "record deliveries")
        if sent_on > date.today():
            raise ServiceError("The sending date cannot be in the future.")
        with self.db.unit_of_work() as session:
            case = case_for_change(session, number, expected_version)
            require_operation(actor, Operation.DELIVER, case, session)
            disclosure = Disclosure(
                sent_on=sent_on, channel=Channel(channel).value, format=format.strip(),
                proof=proof.strip(), recorded_by_id=actor.user_id, recorded_at=now_utc(),
            )
            for f in files:
                disclosure.files.append(DisclosedFile(filename=f.filename, sha256=f.sha256,
                                                      size=f.size))
            case.disclosures.append(disclosure)
            case.responded_on = sent_on
            store_answer(case)
            case.updated_at = now_utc()
            session.flush()
            audit.record(session, actor, "response.delivered", case_id=case.id,
                         case_number=case.number,
                         details={"sent_on": sent_on.isoformat(), "channel": disclosure.channel,
                                  "file_sha256": [f.sha256 for f in files],
                                  **({"message_id": message_id} if message_id else {})},
                         # File names often carry the subject's name or code.
                         personal={"files": [[f.filename, f.sha256] for f in files]})
            return summary_of(case, personal_data=True, today=date.today())
