"""How tests/data/dsar-0006-personal-details.sqlite3 was made: a case store from before the
anchored audit trail (schema 0006; migrations 0007 and 0008 were still empty slots then), in
which the audit details themselves carry personal free text: a pause reason, identity notes,
an extension reason, a task recipient, the delivery proof and delivered file names, and a
search typed in the case list with the subject's name. One closed case (Ērika Šķēle) and one
open case of someone else (Pēteris Kalniņš), so a test can purge one and keep the other.

The tests use the committed file, never this script. Rebuild it with the code of commit
726477b^ (the last one before migration 0007 was written):
    git archive 726477b^ | tar -x -C /tmp/old && cd /tmp/old && \
        python /path/to/tests/data/make_old_personal_details.py /path/to/tests/data
"""

from __future__ import annotations

import sqlite3
import sys
from datetime import date, datetime
from pathlib import Path

from smarttek_dsar.domain.clock import RIGA
from smarttek_dsar.domain.identity import VerificationMethod
from smarttek_dsar.domain.rights import Channel, Outcome, Right
from smarttek_dsar.domain.roles import Role
from smarttek_dsar.services import Services
from smarttek_dsar.services.case_query import CaseFilter
from smarttek_dsar.services.cases import NewCase
from smarttek_dsar.services.response.delivery import DeliveredFile
from smarttek_dsar.services.review.decisions import DecisionInput
from smarttek_dsar.services.views import PartyInput
from smarttek_dsar.storage.database import Database, sqlite_url

NAME = "dsar-0006-personal-details.sqlite3"
PASSWORD = "old database password"


def main(folder: Path) -> None:
    target = folder / NAME
    target.unlink(missing_ok=True)
    services = Services(Database(sqlite_url(target)))
    services.users.create_first_admin("dpo", PASSWORD, "Dace Ozola")
    dpo = services.users.login("dpo", PASSWORD)
    services.users.add(dpo, "anna", PASSWORD, frozenset({Role.SPECIALIST}), "Anna Kļaviņa")
    anna = services.users.login("anna", PASSWORD)
    case = services.cases.create(anna, NewCase(
        channel=Channel.EMAIL, received_at=datetime(2026, 9, 3, 10, 0, tzinfo=RIGA),
        subject=PartyInput(name="Ērika Šķēle", personal_code="010190-10001",
                           email="erika.skele@pasts.example"),
        rights=[Right.ACCESS], request_text="Lūdzu izsniegt manus datus."))
    n = case.number
    services.cases.list(anna, CaseFilter(text="Ērika Šķēle"), today=date(2026, 9, 4))
    services.identity.request_information(anna, n, reason="Gaidām Ērikas pases kopiju",
                                          start=date(2026, 9, 4))
    services.identity.information_received(anna, n, on=date(2026, 9, 7))
    services.identity.verify_identity(anna, n, method=VerificationMethod.EMAIL_ON_FILE,
                                      verified=True, notes="Ērikas e-pasts sakrīt ar līgumu")
    services.closing.advance(anna, n)
    services.response.extend(anna, n, reason="Ērikas Šķēles dati ir septiņās sistēmās",
                             notified_on=date(2026, 9, 20))
    services.decisions.record_decisions(anna, n, [
        DecisionInput("contact_details", Right.ACCESS, Outcome.GRANT, "Art. 15")])
    services.closing.advance(anna, n)
    services.fulfilment.add_task(anna, n, action="notify", recipient="Ērikas brālis Jānis Šķēle")
    task_id = services.cases.detail(anna, n).tasks[0].id
    services.fulfilment.complete_task(anna, n, task_id)
    services.delivery.record_delivery(
        anna, n, sent_on=date(2026, 10, 1), channel=Channel.EMAIL, format="PDF",
        proof="Nosūtīts uz erika.skele@pasts.example",
        files=[DeliveredFile("Erika_Skele_010190-10001_atbilde.pdf", "ab" * 32, 2048)])
    services.closing.advance(anna, n)  # -> responded
    services.closing.close(anna, n)
    other = services.cases.create(anna, NewCase(
        channel=Channel.LETTER, received_at=datetime(2026, 11, 2, 10, 0, tzinfo=RIGA),
        subject=PartyInput(name="Pēteris Kalniņš", email="peteris.kalnins@pasts.example"),
        rights=[Right.ACCESS]))
    services.identity.request_information(anna, other.number, reason="Pētera pilnvara trūkst",
                                          start=date(2026, 11, 3))
    services.db.dispose()
    # 0007 and 0008 were empty slots in this code: the schema is 0006's.
    raw = sqlite3.connect(target, isolation_level=None)
    raw.execute("UPDATE alembic_version SET version_num = '0006'")
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.execute("PRAGMA journal_mode=DELETE")  # one file to commit, no -wal beside it
    raw.execute("VACUUM")
    raw.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
