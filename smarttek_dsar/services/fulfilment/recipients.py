"""The recipients this subject's data was actually disclosed to, as the specialist confirms them
per case and per system.

GDPR 19 notices and the "we have informed the recipients" statement cover only these, never
every recipient category the register lists (DOMAIN §6). A recipient is named where it can be
(CJEU C-154/21 Österreichische Post): a processor or partner needs the name of the company the
data went to, not only the register's category.

Who may: a user who works cases; confirming and removing are fulfilment planning
(Operation.TASK: review or fulfilment), audited in the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from smarttek_dsar.domain.errors import DomainError
from smarttek_dsar.domain.operations import Operation
from smarttek_dsar.domain.register import Recipient, RecipientKind, Register
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.services import audit
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.administration.register_service import RegisterService
from smarttek_dsar.services.case_records import case_for_change, find_case
from smarttek_dsar.services.errors import NotFound, ServiceError
from smarttek_dsar.services.operations_guard import require_operation
from smarttek_dsar.storage.database import Database
from smarttek_dsar.storage.models import Case, FulfilmentTask, RecipientDisclosure
from smarttek_dsar.storage.timestamps import as_utc, now_utc

# Kinds whose register entry is a category of companies: the one the data went to is named.
_MUST_BE_NAMED = frozenset({RecipientKind.PROCESSOR, RecipientKind.PARTNER})


@dataclass(frozen=True)
class RecipientDisclosureView:
    id: int
    recipient_id: str
    name: str  # the named recipient; empty when the register's name is precise enough
    register_name_en: str
    register_name_lv: str
    system: str
    category_id: str | None
    confirmed_on: date
    notified_on: date | None  # the GDPR 19 notify task for this recipient, when done
    notify_open: bool  # a notify task for this recipient exists and is still open

    def display_name(self, language: str) -> str:
        if self.name:
            return self.name
        return self.register_name_lv if language == "lv" else self.register_name_en


def _register_recipient(register: Register, recipient_id: str) -> Recipient:
    try:
        return register.recipient(recipient_id)
    except DomainError:
        known = ", ".join(r.id for r in register.recipients)
        raise NotFound("The register {version} has no recipient '{recipient_id}'. "
                       "Recipients: {known}.", version=register.version, recipient_id=recipient_id, known=known) from None


def notify_tasks_for(disclosure: RecipientDisclosure, recipient: Recipient | None,
                     tasks: Iterable[FulfilmentTask]) -> list[FulfilmentTask]:
    """The GDPR 19 notify tasks addressed to this recipient (by its name, its register name or
    its register id)."""
    names = {disclosure.recipient_id.casefold()}
    if disclosure.recipient_name:
        names.add(disclosure.recipient_name.strip().casefold())
    if recipient is not None:
        names.update({recipient.name.en.casefold(), recipient.name.lv.casefold()})
    return [t for t in tasks if t.action == "notify" and t.recipient
            and t.recipient.strip().casefold() in names]


def disclosure_views(case: Case, register: Register) -> list[RecipientDisclosureView]:
    known = {r.id: r for r in register.recipients}
    views = []
    for row in sorted(case.recipient_disclosures, key=lambda r: r.id):
        recipient = known.get(row.recipient_id)
        tasks = notify_tasks_for(row, recipient, case.tasks)
        done = [as_utc(t.done_at).date() for t in tasks if t.done_at is not None]
        views.append(RecipientDisclosureView(
            id=row.id, recipient_id=row.recipient_id, name=row.recipient_name,
            register_name_en=recipient.name.en if recipient else row.recipient_id,
            register_name_lv=recipient.name.lv if recipient else row.recipient_id,
            system=row.system, category_id=row.category_id,
            confirmed_on=as_utc(row.confirmed_at).date(),
            notified_on=max(done) if done else None,
            notify_open=any(t.done_at is None for t in tasks),
        ))
    return views


class RecipientService:
    def __init__(self, db: Database, register: RegisterService) -> None:
        self.db = db
        self.register = register

    def _register_of(self, case: Case) -> Register:
        if case.register_version:
            try:
                return self.register.version(case.register_version)
            except NotFound:
                pass
        return self.register.current()

    def list(self, actor: Actor, number: str) -> list[RecipientDisclosureView]:
        actor.require(Permission.WORK_CASES, "see the recipients of a case")
        with self.db.read() as session:
            case = find_case(session, number)
            return disclosure_views(case, self._register_of(case))

    def confirm(self, actor: Actor, number: str, recipient_id: str, system: str, *,
                name: str = "", category_id: str | None = None,
                expected_version: int | None = None) -> RecipientDisclosureView:
        """Record that the subject's data in `system` was disclosed to this recipient."""
        actor.require(Permission.WORK_CASES, "confirm the recipients of a case")
        system, name = system.strip(), name.strip()
        if not system:
            raise ServiceError("Name the system the data was disclosed from (e.g. --system CRM).")
        with self.db.unit_of_work() as session:
            case = case_for_change(session, number, expected_version)
            require_operation(actor, Operation.TASK, case, session)
            register = self._register_of(case)
            recipient = _register_recipient(register, recipient_id)
            self._check_category(register, recipient, category_id)
            if recipient.kind in _MUST_BE_NAMED and not name:
                # CJEU C-154/21: the subject is told who received the data, not only a category.
                raise ServiceError(
                    "'{recipient}' is a category of recipients: name the company the data went "
                    'to (e.g. --name "Named processor SIA").', recipient=recipient.name)
            if any(r.recipient_id == recipient_id and r.system == system
                   and r.category_id == category_id and r.recipient_name == name
                   for r in case.recipient_disclosures):
                raise ServiceError("Case {number} already records this disclosure to {value} "
                                   "from {system}.", number=case.number, value=name or recipient.name.en, system=system)
            row = RecipientDisclosure(
                recipient_id=recipient_id, recipient_name=name, system=system,
                category_id=category_id, confirmed_by_id=actor.user_id, confirmed_at=now_utc())
            case.recipient_disclosures.append(row)
            case.updated_at = now_utc()
            session.flush()
            audit.record(session, actor, "recipient.confirmed", case_id=case.id,
                         case_number=case.number,
                         details={"recipient": recipient_id, "name": name, "system": system,
                                  "category": category_id})
            return next(v for v in disclosure_views(case, register) if v.id == row.id)

    def remove(self, actor: Actor, number: str, disclosure_id: int,
               expected_version: int | None = None) -> None:
        actor.require(Permission.WORK_CASES, "change the recipients of a case")
        with self.db.unit_of_work() as session:
            case = case_for_change(session, number, expected_version)
            require_operation(actor, Operation.TASK, case, session)
            row = next((r for r in case.recipient_disclosures if r.id == disclosure_id), None)
            if row is None:
                raise NotFound("Case {number} has no recorded recipient {disclosure_id}.", number=case.number, disclosure_id=disclosure_id)
            details = {"id": disclosure_id, "recipient": row.recipient_id,
                       "name": row.recipient_name, "system": row.system}
            case.recipient_disclosures.remove(row)  # delete-orphan: the row goes with it
            case.updated_at = now_utc()
            audit.record(session, actor, "recipient.removed", case_id=case.id,
                         case_number=case.number, details=details)

    @staticmethod
    def _check_category(register: Register, recipient: Recipient,
                        category_id: str | None) -> None:
        if category_id is None:
            return
        try:
            category = register.category(category_id)
        except DomainError as error:
            raise NotFound(error.message) from None
        if recipient.id not in category.recipient_ids:
            # The register is the record of who receives what (Art. 30(1)(d)); a disclosure
            # it does not foresee is a register change first.
            raise ServiceError(
                "The register {version} does not list '{recipient}' as a recipient of "
                "{category}; correct the register first.", version=register.version,
                recipient=recipient.name, category=category.name)

