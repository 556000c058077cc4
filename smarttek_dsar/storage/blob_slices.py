"""A large file written into its row in slices, never copied whole in memory (issue 13).

SQLite's Python driver copies every bound blob, and SQLite builds the row's record whole before
writing it: a 96 MB .msg kept as evidence cost 192 MB more at the peak of its import. A blob
bound as `zeroblob(size)` is written without ever being built when nothing but empty (NULL)
columns follows it in the row (SQLite keeps trailing zeros as a mere count); the bytes then go
straight into the row's pages through incremental blob I/O, a slice at a time.
attachments.content is the last column (migration 0013 moved it there on SQLite);
held_messages.raw is followed only by the decision, empty until the DPO decides. Were a column
ever followed by a value, SQLite would build the zero blob in full: the file would still be
stored whole, only without the saving.

PostgreSQL's driver (libpq) copies a bound value whole into its send buffer and keeps the
buffer at that size: a 100 MB mail with four attachments peaked at 389 MB, as the mail, its
decoded files and libpq's copy of the mail were all held at once. A large file is therefore
inserted as NULL and sent afterwards with COPY, in slices, into a one-row temporary table of
the session, then moved into its row by one UPDATE in the same transaction; libpq never holds
more than a slice. The server writes the file twice (the temporary table is not logged), but
once each, unlike `content = content || piece`, which rewrites all that came before on every
piece. No schema change: the temporary table lives and dies with the session. A login without
the right to make temporary tables (PostgreSQL grants it to every login unless revoked; the
desk's team roles keep it) has its files sent whole, as before.

Small files (under SLICED_FROM) are bound as usual: one statement is cheaper than two or four.

On every database the inserted file is then dropped from the object (expired, as a deferred
column is before it is read): the sessions keep their objects after commit, and a case and its
files refer to each other, so the bytes would otherwise live until the garbage collector runs,
and a batch of large mails would add up (three 96 MB .msg files: 504 MB on PostgreSQL).
"""

from __future__ import annotations

import struct
from functools import partial

from sqlalchemy import event, func
from sqlalchemy.orm import Session, object_session

SLICED_FROM = 1024 * 1024
SLICE = 1024 * 1024
_BYTES = (bytes, bytearray, memoryview)
_INSERTED = "files_to_forget"  # in session.info: (object, column) inserted by this flush
# The session's own table for one file on its way into its row (PostgreSQL).
_INCOMING = "smarttek_dsar_incoming_file"
_MAY_COPY = "smarttek_dsar_may_copy"  # in the connection's info: may make temporary tables
# COPY's binary format: the signature, flags and header extension (both none), and the end.
_COPY_SIGNATURE = b"PGCOPY\n\xff\r\n\x00" + struct.pack("!ii", 0, 0)
_COPY_TRAILER = struct.pack("!h", -1)


def write_in_slices(model: type, column: str) -> None:
    """Large values of `model.column` are written in slices from now on, and no object
    keeps a file it has inserted."""
    event.listen(model, "before_insert", partial(_hold_back, column))
    event.listen(model, "after_insert", partial(_write_slices, column))


def _pending(column: str) -> str:
    return f"_{column}_in_slices"


def _hold_back(column: str, _mapper, connection, target) -> None:
    """Before the INSERT: a large file is left out of it (zeroblob(size) on SQLite, NULL on
    PostgreSQL); its bytes wait on the row."""
    content = getattr(target, column)
    if not isinstance(content, _BYTES) or len(content) < SLICED_FROM:
        return
    if connection.dialect.name == "sqlite":
        placeholder = func.zeroblob(len(content))
    elif connection.dialect.name == "postgresql" and _may_copy(connection):
        placeholder = None
    else:
        return
    target.__dict__[_pending(column)] = content
    setattr(target, column, placeholder)


def _write_slices(column: str, mapper, connection, target) -> None:
    """After the INSERT: the waiting bytes written into the row, in the same transaction (a
    failure later rolls them back with the row); the row noted to be forgotten once the
    flush is over."""
    session = object_session(target)
    if session is not None:
        session.info.setdefault(_INSERTED, []).append((target, column))
    content = target.__dict__.pop(_pending(column), None)
    if content is None:
        return
    view = memoryview(content).cast("B")
    driver = connection.connection.driver_connection
    if connection.dialect.name == "sqlite":
        with driver.blobopen(mapper.local_table.name, column, target.id) as blob:
            for start in range(0, len(view), SLICE):
                blob.write(view[start : start + SLICE])
    else:
        _copy_into_row(driver, mapper.local_table.name, column, target.id, view)


def _may_copy(connection) -> bool:
    """Whether this login may make the temporary table (asked once per connection)."""
    if _MAY_COPY not in connection.info:
        connection.info[_MAY_COPY] = bool(connection.exec_driver_sql(
            "SELECT has_database_privilege(current_database(), 'TEMPORARY')").scalar())
    return connection.info[_MAY_COPY]


def _copy_into_row(driver, table: str, column: str, row_id: int, view: memoryview) -> None:
    """PostgreSQL: the file sent with COPY in slices, then set into its row (the names are
    the model's own, never input)."""
    with driver.cursor() as cursor:
        cursor.execute(f"CREATE TEMPORARY TABLE IF NOT EXISTS {_INCOMING} (content bytea) "
                       "ON COMMIT DELETE ROWS")
        with cursor.copy(f"COPY {_INCOMING} (content) FROM STDIN (FORMAT BINARY)") as copy:
            copy.write(_COPY_SIGNATURE + struct.pack("!hi", 1, len(view)))
            for start in range(0, len(view), SLICE):
                copy.write(bytes(view[start : start + SLICE]))
            copy.write(_COPY_TRAILER)
        cursor.execute(f"UPDATE {table} SET {column} = (SELECT content FROM {_INCOMING}) "
                       "WHERE id = %s", (row_id,))
        # Emptied at once, so the next file finds it empty within the same transaction.
        cursor.execute(f"TRUNCATE {_INCOMING}")


@event.listens_for(Session, "after_flush_postexec")
def _forget_inserted_files(session: Session, _context) -> None:
    for target, column in session.info.pop(_INSERTED, ()):
        session.expire(target, [column])
