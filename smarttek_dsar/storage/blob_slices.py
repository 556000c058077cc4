"""A large file written into its row on SQLite in slices, never built whole in memory (issue 13).

SQLite's Python driver copies every bound blob, and SQLite builds the row's record whole before
writing it: a 96 MB .msg kept as evidence cost 192 MB more at the peak of its import. A row
whose file is bound as `zeroblob(size)` in its LAST column is written without that zero blob
ever being built (SQLite keeps trailing zeros as a count; migration 0013 made `content` the
last column of attachments); the bytes then go straight into the row's pages through
incremental blob I/O, a slice at a time. PostgreSQL needs none of this: its driver sends the
bytes as they are, once (measured in benchmarks/bench_msg.py).

Small files (under SLICED_FROM) are bound as usual: one statement is cheaper than two.
"""

from __future__ import annotations

from sqlalchemy import func

SLICED_FROM = 1024 * 1024
SLICE = 1024 * 1024
_PENDING = "_content_in_slices"
_BYTES = (bytes, bytearray, memoryview)


def bind_zero_blob(_mapper, connection, target) -> None:
    """before_insert: a large file becomes zeroblob(size); its bytes wait on the row."""
    content = target.content
    if connection.dialect.name != "sqlite" or not isinstance(content, _BYTES):
        return
    size = len(content)
    if size < SLICED_FROM:
        return
    setattr(target, _PENDING, content)
    target.content = func.zeroblob(size)


def write_slices(mapper, connection, target) -> None:
    """after_insert: the waiting bytes written into the zero blob, in the same transaction."""
    content = target.__dict__.pop(_PENDING, None)
    if content is None:
        return
    view = memoryview(content).cast("B")
    sqlite = connection.connection.driver_connection
    with sqlite.blobopen(mapper.local_table.name, "content", target.id) as blob:
        for start in range(0, len(view), SLICE):
            blob.write(view[start : start + SLICE])
