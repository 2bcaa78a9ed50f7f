"""Alembic environment: runs against the engine handed over by ``klaros_desktop.db`` (no alembic.ini)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from klaros_desktop.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:  # `alembic` CLI with -x url=... for developers
        url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///klaros-dev.sqlite3")
        engine = create_engine(url)
    with engine.begin() as connection:
        context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
        context.run_migrations()


run_migrations_online()
