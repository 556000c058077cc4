"""NUL characters in typed or pasted text (issue 13).

PostgreSQL refuses a NUL in any text value ("cannot contain NUL (0x00) characters") and its
jsonb refuses "\\u0000", so one pasted NUL in a reason or a name would fail the whole act on
PostgreSQL while SQLite took it. A NUL carries nothing a reader can see, so it is removed:
from a request's fields where the services take them (before keys and hashes are made from
them), from audit details and personal text before they are hashed, and, as the last
barrier, from every text attribute of an object about to be written. Bytes (attachment
contents) are left exactly as they are."""

from __future__ import annotations

import dataclasses

from sqlalchemy import String, inspect
from sqlalchemy.orm import Session

NUL = "\x00"


def strip_nul(value):
    """`value` without NUL characters: strings, and the strings inside dicts, lists, tuples
    and dataclasses (rebuilt only where something changed)."""
    if isinstance(value, str):
        return value.replace(NUL, "") if NUL in value else value
    if isinstance(value, dict):
        return {strip_nul(k): strip_nul(v) for k, v in value.items()}
    if isinstance(value, list):
        return [strip_nul(v) for v in value]
    if isinstance(value, tuple):
        return tuple(strip_nul(v) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for field in dataclasses.fields(value):
            if not field.init:
                continue
            old = getattr(value, field.name)
            new = strip_nul(old)
            if new is not old:
                changes[field.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    return value


def strip_nul_before_flush(session: Session, _context, _instances) -> None:
    """The last barrier: no text attribute of a new or changed object reaches the database
    with a NUL, whichever service set it."""
    for instance in (*session.new, *session.dirty):
        mapper = inspect(instance).mapper
        for column in mapper.columns:
            if not isinstance(column.type, String):
                continue
            key = mapper.get_property_by_column(column).key
            value = instance.__dict__.get(key)
            if isinstance(value, str) and NUL in value:
                setattr(instance, key, value.replace(NUL, ""))
