"""Alembic environment: rasd runs migrations itself (store.db.open_store), on its own connection."""
from alembic import context

from rasd.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
