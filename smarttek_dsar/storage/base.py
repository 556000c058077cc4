"""The one DeclarativeBase every table of the case store is declared on (storage/models.py,
audit_models.py, collection_models.py): one metadata for Alembic and create_all."""

from __future__ import annotations

from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    pass
