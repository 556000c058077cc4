"""A large file written into its row on SQLite in slices, never built whole in memory (issue 13).

SQLite's Python driver copies every bound blob, and SQLite builds the row's record whole before
writing it: a 96 MB .msg kept as evidence cost 192 MB more at the peak of its import. A blob
bound as `zeroblob(size)` is written without ever being built when nothing but empty (NULL)
columns follows it in the row (SQLite keeps trailing zeros as a mere count); the bytes then go
straight into the row's pages through incremental blob I/O, a slice at a time.
attachments.content is the last column (migration 0013 moved it there on SQLite);
held_messages.raw is followed only by the decision, empty until the DPO decides. Were a column
ever followed by a value, SQLite would build the zero blob in full: the file would still be
stored whole, only without the saving. PostgreSQL needs none of this: its driver sends the bytes
as they are, once (measured in benchmarks/bench_msg.py).

Small files (under SLICED_FROM) are bound as usual: one statement is cheaper than two.

On every database the inserted file is then dropped from the object (expired, as a deferred
column is before it is read): the sessions keep their objects after commit, and a case and its
files refer to each other, so the bytes would otherwise live until the garbage collector runs,
and a batch of large mails would add up (three 96 MB .msg files: 504 MB on PostgreSQL).
"""

from __future__ import annotations

from functools import partial

from sqlalchemy import event, func
from sqlalchemy.orm import Session, object_session

SLICED_FROM = 1024 * 1024
SLICE = 1024 * 1024
_BYTES = (bytes, bytearray, memoryview)
_INSERTED = "files_to_forget"  # in session.info: (object, column) inserted by this flush


def write_in_slices(model: type, column: str) -> None:
    """Large values of `model.column` are written in slices on SQLite from now on, and no
    object keeps a file it has inserted."""
    event.listen(model, "before_insert", partial(_bind_zero_blob, column))
    event.listen(model, "after_insert", partial(_write_slices, column))


def _pending(column: str) -> str:
    return f"_{column}_in_slices"


def _bind_zero_blob(column: str, _mapper, connection, target) -> None:
    """Before the INSERT: a large file becomes zeroblob(size); its bytes wait on the row."""
    content = getattr(target, column)
    if connection.dialect.name != "sqlite" or not isinstance(content, _BYTES):
        return
    size = len(content)
    if size < SLICED_FROM:
        return
    target.__dict__[_pending(column)] = content
    setattr(target, column, func.zeroblob(size))


def _write_slices(column: str, mapper, connection, target) -> None:
    """After the INSERT: the waiting bytes written into the zero blob, in the same
    transaction (a failure later rolls them back with the row); the row noted to be
    forgotten once the flush is over."""
    session = object_session(target)
    if session is not None:
        session.info.setdefault(_INSERTED, []).append((target, column))
    content = target.__dict__.pop(_pending(column), None)
    if content is None:
        return
    view = memoryview(content).cast("B")
    sqlite = connection.connection.driver_connection
    with sqlite.blobopen(mapper.local_table.name, column, target.id) as blob:
        for start in range(0, len(view), SLICE):
            blob.write(view[start : start + SLICE])


@event.listens_for(Session, "after_flush_postexec")
def _forget_inserted_files(session: Session, _context) -> None:
    for target, column in session.info.pop(_INSERTED, ()):
        session.expire(target, [column])
