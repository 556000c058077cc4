"""Someone with write access to the database (and the desk's files, where said) tampers with the
audit trail in 28 ways. Each must be detected by `audit verify`, which names the first bad
event, and sign-in must keep working afterwards; verify still names it after the sign-in.

Runs on the real SQLite file and the real PostgreSQL server (the `services` fixture)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlalchemy import delete, select, update

from smarttek_dsar.services import audit, audit_anchor
from smarttek_dsar.services.audit_chain import event_hash
from smarttek_dsar.services.case_query import CaseFilter
from smarttek_dsar.storage.models import (
    AuditCheckpoint,
    AuditEvent,
    AuditHead,
    AuditPersonalText,
)
from tests.conftest import PASSWORD
from tests.services.case_factory import new_request


@dataclass(frozen=True)
class Trail:
    created: int  # the case.created event: in the middle, before the checkpoint
    search: int  # the case.listed event, whose search text is kept beside it
    checkpoint: int  # seq of the checkpoint signed in the middle of the trail
    last: int


@pytest.fixture
def trail(services, admin, specialist) -> Trail:
    case = services.cases.create(specialist, new_request())
    assert services.cases.list(specialist, CaseFilter(text="Bērziņš"))
    services.cases.detail(specialist, case.number)
    services.cases.detail(specialist, case.number)
    signed = audit.checkpoint(services.db, "test")
    services.cases.detail(specialist, case.number)
    services.cases.detail(specialist, case.number)
    report = services.audit.verify(admin)
    assert report.ok, report.problem
    with services.db.read() as session:
        def seq_of(action: str) -> int:
            return session.scalar(select(AuditEvent.seq).where(AuditEvent.action == action))

        last = session.scalar(select(AuditEvent.seq).order_by(AuditEvent.seq.desc()).limit(1))
        trail = Trail(seq_of("case.created"), seq_of("case.listed"), signed.seq, last)
    assert 1 < trail.created < trail.search < trail.checkpoint < trail.last - 2
    return trail


def _change(services, *statements) -> None:
    with services.db.unit_of_work() as session:
        for statement in statements:
            session.execute(statement)


def _edit(services, seq: int, **values) -> None:
    _change(services, update(AuditEvent).where(AuditEvent.seq == seq).values(**values))


def _recompute_from(services, seq: int, *, strip_seals: bool = False) -> None:
    """What an attacker who knows the hashing (it is in the source) does after an edit: every
    hash from `seq` on recomputed and the head moved. The seals need the desk's key."""
    with services.db.unit_of_work() as session:
        prev = session.scalar(select(AuditEvent.hash).where(AuditEvent.seq == seq - 1))
        prev = prev or "0" * 64
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.seq >= seq).order_by(AuditEvent.seq)
        ).all()
        for event in events:
            if strip_seals:
                event.sealed_by, event.seal = None, None
            event.prev_hash = prev
            event.hash = event_hash(prev, event.seq, event.at, event.username, event.action,
                                    event.case_id, event.case_number, event.details,
                                    event.personal_digest, event.sealed_by)
            prev = event.hash
        head = session.get(AuditHead, 1)
        head.last_seq, head.last_hash = events[-1].seq, prev


def _event(services, seq: int) -> dict:
    with services.db.read() as session:
        e = session.get(AuditEvent, seq)
        return {c: getattr(e, c) for c in ("seq", "at", "username", "action", "case_id",
                                             "case_number", "details", "personal_digest",
                                             "prev_hash", "hash", "sealed_by", "seal")}


def _forged(prev: str, seq: int, template: dict, **changes) -> dict:
    row = dict(template, seq=seq, prev_hash=prev, sealed_by=None, seal=None, **changes)
    row["hash"] = event_hash(prev, seq, row["at"], row["username"], row["action"],
                             row["case_id"], row["case_number"], row["details"],
                             row["personal_digest"], None)
    return row


# Each tampering changes the trail and returns the seq verify must name.

def edit_username(services, t: Trail) -> int:
    _edit(services, t.created, username="mallory")
    return t.created


def edit_action(services, t: Trail) -> int:
    _edit(services, t.created, action="case.imported")
    return t.created


def edit_time(services, t: Trail) -> int:
    at = _event(services, t.created)["at"]
    _edit(services, t.created, at=at.replace(year=at.year - 1))
    return t.created


def edit_details(services, t: Trail) -> int:
    _edit(services, t.created, details='{"channel":"letter"}')
    return t.created


def edit_case_number(services, t: Trail) -> int:
    _edit(services, t.created, case_number="DSAR-1999-0001")
    return t.created


def edit_case_id(services, t: Trail) -> int:
    _edit(services, t.created, case_id=999)
    return t.created


def edit_prev_hash(services, t: Trail) -> int:
    _edit(services, t.created, prev_hash="f" * 64)
    return t.created


def edit_hash(services, t: Trail) -> int:
    _edit(services, t.created, hash="e" * 64)
    return t.created


def edit_username_and_recompute(services, t: Trail) -> int:
    _edit(services, t.created, username="mallory")
    _recompute_from(services, t.created)
    return t.created


def edit_details_recompute_and_strip_seals(services, t: Trail) -> int:
    _edit(services, t.created, details='{"channel":"letter"}')
    _recompute_from(services, t.created, strip_seals=True)
    return t.created


def relabel_seal_key(services, t: Trail) -> int:
    _edit(services, t.created, sealed_by="0123456789abcdef")
    _recompute_from(services, t.created)
    return t.created


def delete_one_event(services, t: Trail) -> int:
    _change(services, delete(AuditEvent).where(AuditEvent.seq == t.created))
    return t.created


def delete_every_event_and_the_head(services, t: Trail) -> int:
    _change(services, delete(AuditEvent), delete(AuditHead))
    return 1


def delete_the_head(services, t: Trail) -> int:
    _change(services, delete(AuditHead))
    return t.last + 1


def move_head_back(services, t: Trail) -> int:
    back = _event(services, t.last - 2)
    _change(services, update(AuditHead).values(last_seq=back["seq"], last_hash=back["hash"]))
    return t.last - 1


def move_head_forward(services, t: Trail) -> int:
    _change(services, update(AuditHead).values(last_seq=t.last + 2, last_hash="a" * 64))
    return t.last + 1


def append_forged_event(services, t: Trail) -> int:
    last = _event(services, t.last)
    row = _forged(last["hash"], t.last + 1, _event(services, t.created), username="anna")
    with services.db.unit_of_work() as session:
        session.add(AuditEvent(**row))
        head = session.get(AuditHead, 1)
        head.last_seq, head.last_hash = row["seq"], row["hash"]
    return t.last + 1


def insert_forged_event_in_the_middle(services, t: Trail) -> int:
    # Later events move up one place to make room; the whole chain is then recomputed.
    with services.db.unit_of_work() as session:
        for seq in range(t.last, t.created - 1, -1):
            session.execute(update(AuditEvent).where(AuditEvent.seq == seq).values(seq=seq + 1))
        before = session.get(AuditEvent, t.created - 1)
        template = _event_dict(session.get(AuditEvent, t.created + 1))
        session.add(AuditEvent(**_forged(before.hash, t.created, template,
                                         action="case.assigned")))
    _recompute_from(services, t.created)
    return t.created


def _event_dict(e: AuditEvent) -> dict:
    return {c: getattr(e, c) for c in ("seq", "at", "username", "action", "case_id",
                                         "case_number", "details", "personal_digest",
                                         "prev_hash", "hash", "sealed_by", "seal")}


def swap_two_events(services, t: Trail) -> int:
    a, b = _event(services, t.created), _event(services, t.created + 1)
    with services.db.unit_of_work() as session:
        fields = [f for f in a if f != "seq"]
        session.execute(update(AuditEvent).where(AuditEvent.seq == a["seq"])
                        .values(**{f: b[f] for f in fields}))
        session.execute(update(AuditEvent).where(AuditEvent.seq == b["seq"])
                        .values(**{f: a[f] for f in fields}))
    return t.created


def change_personal_text(services, t: Trail) -> int:
    _change(services, update(AuditPersonalText).where(AuditPersonalText.seq == t.search)
            .values(text='{"filter":"Ozols"}'))
    return t.search


def change_personal_digest(services, t: Trail) -> int:
    _edit(services, t.search, personal_digest="d" * 64)
    return t.search


def add_personal_text_to_an_event(services, t: Trail) -> int:
    _change(services, AuditPersonalText.__table__.insert().values(
        seq=t.created, case_id=None, salt="00" * 16, text='{"note":"planted"}'))
    return t.created


def plant_personal_texts_ahead(services, t: Trail) -> int:
    # Texts waiting at the next seqs: the next acts must neither fail on them nor adopt them.
    _change(services, *[AuditPersonalText.__table__.insert().values(
        seq=seq, case_id=None, salt="00" * 16, text='{"filter":"planted"}')
        for seq in range(t.last + 1, t.last + 6)])
    return t.last + 1


def delete_the_checkpoints_table_rows(services, t: Trail) -> int:
    with services.db.read() as session:
        first = session.scalar(select(AuditCheckpoint.seq).order_by(AuditCheckpoint.id).limit(1))
    _change(services, delete(AuditCheckpoint))
    return first


def replace_the_key(services, t: Trail) -> int:
    path = audit_anchor.Path(audit_anchor.os.environ[audit_anchor.KEY_ENV])
    path.write_text("11" * 32 + "\n", encoding="ascii")
    return 1


def cut_the_tail_and_move_the_head(services, t: Trail) -> int:
    keep = t.checkpoint - 1
    kept = _event(services, keep)
    _change(services, delete(AuditEvent).where(AuditEvent.seq > keep),
            update(AuditHead).values(last_seq=keep, last_hash=kept["hash"]))
    return keep + 1


def cut_the_tail_and_re_sign(services, t: Trail) -> int:
    # The checkpoints in the table are replaced by ones for the shortened chain, signed with
    # a key of the attacker's own; this desk's copy still holds the real ones.
    keep = t.checkpoint - 1
    kept = _event(services, keep)
    fake = audit_anchor.AuditKey(b"\x22" * 32)
    signed = audit_anchor.sign_checkpoint(fake, keep, kept["hash"], kept["at"], "daily")
    _change(services, delete(AuditEvent).where(AuditEvent.seq > keep),
            update(AuditHead).values(last_seq=keep, last_hash=kept["hash"]),
            update(AuditCheckpoint).where(AuditCheckpoint.seq > keep)
            .values(seq=keep, hash=kept["hash"],
                                           signature=signed.signature))
    return keep + 1


def forge_a_checkpoint_row(services, t: Trail) -> int:
    _change(services, update(AuditCheckpoint).where(AuditCheckpoint.seq == t.checkpoint)
            .values(signature="c" * 64))
    return t.checkpoint


TAMPERINGS = [
    edit_username, edit_action, edit_time, edit_details, edit_case_number, edit_case_id,
    edit_prev_hash, edit_hash, edit_username_and_recompute,
    edit_details_recompute_and_strip_seals, relabel_seal_key, delete_one_event,
    delete_every_event_and_the_head, delete_the_head, move_head_back, move_head_forward,
    append_forged_event, insert_forged_event_in_the_middle, swap_two_events,
    change_personal_text, change_personal_digest, add_personal_text_to_an_event,
    plant_personal_texts_ahead,
    delete_the_checkpoints_table_rows, replace_the_key, cut_the_tail_and_move_the_head,
    cut_the_tail_and_re_sign, forge_a_checkpoint_row,
]


@pytest.fixture
def own_key(monkeypatch, tmp_path):
    """A key file of this test's own, so replacing it touches no other test."""
    monkeypatch.setenv(audit_anchor.KEY_ENV, str(tmp_path / "audit.key"))


@pytest.mark.parametrize("tamper", TAMPERINGS, ids=lambda f: f.__name__)
def test_tampering_is_detected_with_the_first_bad_event_named(own_key, services, admin, trail,
                                                               tamper):
    expected = tamper(services, trail)
    report = services.audit.verify(admin)
    assert not report.ok
    assert report.first_bad_seq == expected, report.findings
    assert str(expected) in report.problem or "checkpoint" in report.problem

    # A damaged trail never stops work: sign-in succeeds and records its event...
    anna = services.users.login("anna", PASSWORD)
    assert anna.username == "anna"
    assert services.cases.list(anna, CaseFilter(text="Bērziņš"))  # kept beside its event
    # ...and the damage is still named, now and after further work.
    again = services.audit.verify(admin)
    assert not again.ok and again.first_bad_seq == expected, again.findings


def test_an_untouched_trail_verifies_with_its_checkpoints(own_key, services, admin, trail):
    report = services.audit.verify(admin)
    assert report.ok and report.findings == ()
    assert report.events == trail.last
    assert report.checkpoints >= 2 and report.not_sealed_here == 0
    with services.db.read() as session:
        reasons = [r.reason for r in session.scalars(select(AuditCheckpoint))]
    assert reasons[0] == "daily" and "test" in reasons
    copies = audit_anchor.local_checkpoints(audit_anchor.database_place(services.db.url))
    assert [c.seq for c in copies] == [
        c for c in sorted(c.seq for c in copies)
    ] and trail.checkpoint in [c.seq for c in copies]


def test_a_new_database_where_an_old_one_was_starts_a_clean_trail(own_key, tmp_path):
    """The DPO deletes the file and starts over: the desk's copy of the old trail's checkpoints
    is set aside, not reported as a cut trail. (With cases stored, an emptied trail is damage:
    delete_every_event_and_the_head above.)"""
    from smarttek_dsar.services import Services
    from smarttek_dsar.storage.database import Database, sqlite_url

    path = tmp_path / "dsar.sqlite3"
    first = Services(Database(sqlite_url(path)))
    first.users.create_first_admin("dpo", PASSWORD, "Dace Ozola")
    dpo = first.users.login("dpo", PASSWORD)
    first.cases.create(dpo, new_request())
    audit.checkpoint(first.db, "test")
    first.db.dispose()
    path.unlink()

    again = Services(Database(sqlite_url(path)))
    try:
        again.users.create_first_admin("dpo", PASSWORD, "Dace Ozola")
        report = again.audit.verify(again.users.login("dpo", PASSWORD))
        assert report.ok, report.findings
        copy = audit_anchor.anchor_file(audit_anchor.database_place(again.db.url))
        assert list(copy.parent.glob(f"{copy.stem}.replaced-*.old"))
    finally:
        again.db.dispose()
