"""Alembic environment. Huashu runs migrations itself at start (assistant.store.database);
developers can also run ``alembic -c db/alembic.ini upgrade head`` against a copy."""

from alembic import context
from sqlalchemy import create_engine

from assistant.store.tables import metadata

config = context.config
target_metadata = metadata


def run_migrations(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run_migrations(connection)
else:
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as conn:
        run_migrations(conn)
