"""Alembic environment: always handed a live connection by smarttek_dsar.storage.migrate."""

from alembic import context

from smarttek_dsar.storage.models import Base
from smarttek_dsar.storage.search_index import is_search_index_table
from smarttek_dsar.storage.team_roles import SERVER_ONLY_TABLES

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run migrations through smarttek_dsar.storage.migrate.upgrade_to_head().")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    include_object=lambda obj, name, kind, reflected, other: not (
        kind == "table" and (is_search_index_table(name) or name in SERVER_ONLY_TABLES)
    ),
)
with context.begin_transaction():
    context.run_migrations()
