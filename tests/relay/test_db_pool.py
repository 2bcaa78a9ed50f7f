"""The PostgreSQL connection pool follows ``KLAROS_RELAY_DB_POOL_SIZE`` / ``KLAROS_RELAY_DB_MAX_OVERFLOW``: a
serving process never holds more connections than they allow, whatever its threads ask for; ``serve`` warns
when its processes together could pass the server's ``max_connections``."""

from __future__ import annotations

import contextlib
import uuid

import pytest
from sqlalchemy import create_engine, exc, text

from relay import db
from relay.embedded import relay_settings

from .conftest import PG_URL


@pytest.mark.postgres
def test_the_pool_holds_at_most_pool_size_plus_overflow_connections(pg_url, tmp_path):
    app = f"kpool_{uuid.uuid4().hex[:8]}"
    settings = relay_settings(tmp_path, f"{pg_url}&application_name={app}", db_pool_size=2, db_max_overflow=1)
    engines = db.engines_for(settings, pool_timeout=0.2)
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    try:
        with contextlib.ExitStack() as held:
            for _ in range(3):
                held.enter_context(engines.read.connect()).execute(text("SELECT 1"))
            with admin.connect() as conn:
                backends = conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE application_name = :a"),
                                        {"a": app}).scalar_one()
            assert backends == 3
            with pytest.raises(exc.TimeoutError):
                engines.read.connect()
        with engines.read.connect() as conn:  # one given back: the pool serves again
            assert conn.execute(text("SELECT 1")).scalar_one() == 1
    finally:
        engines.dispose()
        admin.dispose()


def test_sqlite_keeps_its_own_pools(tmp_path):
    """SQLite has no server-side connection limit; its read and write engines keep their sizes."""
    settings = relay_settings(tmp_path, db_pool_size=1, db_max_overflow=0)
    engines = db.engines_for(settings)
    try:
        assert engines.is_sqlite and engines.read.pool.size() == db.SQLITE_POOL_SIZE
    finally:
        engines.dispose()


@pytest.mark.postgres
def test_serve_warns_when_its_processes_could_exceed_the_servers_connection_limit(pg_url, tmp_path):
    engines = db.make_engines(pg_url)
    try:
        with engines.read.connect() as conn:
            limit = int(conn.execute(text("SHOW max_connections")).scalar_one())
        fits = relay_settings(tmp_path, pg_url)  # 4 + 4 + 2 a process
        assert db.connection_budget_warning(engines.read, fits, workers=2) is None
        greedy = relay_settings(tmp_path, pg_url, db_pool_size=limit, db_max_overflow=0)
        warning = db.connection_budget_warning(engines.read, greedy, workers=2)
        shared = db.connection_budget_warning(engines.read, greedy, workers=2, shared_writer=True)
    finally:
        engines.dispose()
    assert warning is not None
    assert "KLAROS_RELAY_DB_POOL_SIZE" in warning and f"max_connections is {limit}" in warning
    assert f"2 processes x ({limit} + 0 + 2) = {2 * (limit + 2)}" in warning
    # serve --workers 2 on PostgreSQL: one writer process for both (relay.shared_writer)
    assert shared is not None
    assert f"2 processes x ({limit} + 0 + 1) + 1 writer process = {2 * (limit + 1) + 1}" in shared
