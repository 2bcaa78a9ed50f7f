"""Alembic environment for the relay: the engine is handed over in ``config.attributes`` (no alembic.ini)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from relay.models import metadata

config = context.config


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:  # developers: alembic -x url=...
        url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///klaros-relay-dev.sqlite3")
        engine = create_engine(url)
    with engine.begin() as connection:
        context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
        context.run_migrations()


run_migrations_online()
