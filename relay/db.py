"""Engines and migrations.

SQLite (the embedded default) runs in WAL mode with ``synchronous=FULL`` so a committed webhook survives a
power cut. Writes use ``BEGIN IMMEDIATE``: the writer takes SQLite's write lock before it reads the device
list, so a device that pairs in another process is either in the list or pairs after the batch commits.
PostgreSQL gets the same guarantee, tenant by tenant, from transaction-level advisory locks (``store.lock_tenants``).

Engines hide statement parameters in their errors: a logged database failure must not quote token hashes,
sealed bodies or tenant secrets.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event, text

from relay.config import DEFAULT_DB_MAX_OVERFLOW, DEFAULT_DB_POOL_SIZE

if TYPE_CHECKING:
    from alembic.config import Config

    from relay.config import Settings

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_POOL_SIZE = 8  # per engine (read, write); SQLite has no server-side connection limit
# SQLite's automatic checkpoint (inside whichever commit crosses it) only bounds the WAL should the writer's
# checkpoint thread fall behind or fail (relay.checkpoints): 64 MiB, in pages of the database's size
AUTOCHECKPOINT_BYTES = 64 * 1024 * 1024
# The page size of a new database (an existing one keeps its own). A commit writes every page it changed, whole,
# to the WAL, and a group commit changes a few rows on each of many pages (indexes, the tables' last pages):
# small pages make each of those cheaper; an event's body overflows its row's page into pages of its own.
SQLITE_PAGE_SIZE = 1024


@dataclass
class Engines:
    """``read`` serves queries; ``write`` is the engine for transactions that insert or change rows."""

    read: Engine
    write: Engine
    is_sqlite: bool

    def dispose(self) -> None:
        self.read.dispose()
        if self.write is not self.read:
            self.write.dispose()


def _sqlite_engine(url: str, begin: str, *, foreign_keys: bool = True) -> Engine:
    engine = create_engine(url, pool_size=SQLITE_POOL_SIZE, max_overflow=SQLITE_POOL_SIZE, hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves (pysqlite's own is deferred & late)
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA page_size={SQLITE_PAGE_SIZE}")  # before the file has a page: a new database only
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        page_size = cursor.execute("PRAGMA page_size").fetchone()[0]
        cursor.execute(f"PRAGMA wal_autocheckpoint={AUTOCHECKPOINT_BYTES // page_size}")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute("PRAGMA busy_timeout=10000")
        # A group commit's multi-row INSERT needs a statement journal (it may fail half-way inside the
        # transaction); past 64 KiB SQLite spills it to a temporary file: an open, writes and an unlink per
        # batch. Kept in memory instead; the durable WAL is unaffected.
        cursor.execute("PRAGMA temp_store=MEMORY")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:
        conn.exec_driver_sql(begin)

    return engine


def make_engines(url: str, *, pool_size: int = DEFAULT_DB_POOL_SIZE, max_overflow: int = DEFAULT_DB_MAX_OVERFLOW,
                 pool_timeout: float = 30.0) -> Engines:
    """SQLite: a read and a write engine. PostgreSQL: one engine holding at most ``pool_size + max_overflow``
    connections; a thread that needs one more waits up to ``pool_timeout`` for one to be given back (PostgreSQL
    refuses connections past its ``max_connections`` for every process alike, so the cap is per process)."""
    if url.startswith("sqlite"):
        return Engines(_sqlite_engine(url, "BEGIN"), _sqlite_engine(url, "BEGIN IMMEDIATE"), True)
    engine = create_engine(url, pool_size=pool_size, max_overflow=max_overflow, pool_timeout=pool_timeout,
                           pool_pre_ping=True, hide_parameters=True)
    return Engines(engine, engine, False)


def engines_for(settings: Settings, *, pool_timeout: float = 30.0) -> Engines:
    """A serving process's engines, its pool sized by the settings."""
    return make_engines(settings.database_url, pool_size=settings.db_pool_size,
                        max_overflow=settings.db_max_overflow, pool_timeout=pool_timeout)


CONNECTIONS_BESIDE_POOL = 2  # a serving process's writer process and its LISTEN connection


def connection_budget_warning(engine: Engine, settings: Settings, *, workers: int,
                              shared_writer: bool = False) -> str | None:
    """What ``serve`` tells the operator when ``workers`` serving processes could open more PostgreSQL
    connections than the server accepts (its ``max_connections`` less the superuser reserve); None if they fit
    or on SQLite. A warning, not a refusal: pools open connections only as they are needed. With
    ``shared_writer`` (``relay.shared_writer``) the processes have one writer process between them."""
    if engine.dialect.name != "postgresql":
        return None
    with engine.connect() as conn:
        limit = int(conn.execute(text("SHOW max_connections")).scalar_one())
        reserved = int(conn.execute(text("SHOW superuser_reserved_connections")).scalar_one())
    pool, overflow = settings.db_pool_size, settings.db_max_overflow
    beside = CONNECTIONS_BESIDE_POOL - shared_writer
    most = workers * (pool + overflow + beside) + shared_writer
    if most <= limit - reserved:
        return None
    shared = " + 1 writer process" if shared_writer else ""
    return (f"{workers} processes x ({pool} + {overflow} + {beside}){shared} = {most} PostgreSQL connections "
            f"at most, but the server's max_connections is {limit} ({reserved} reserved for superusers): lower "
            "KLAROS_RELAY_DB_POOL_SIZE / KLAROS_RELAY_DB_MAX_OVERFLOW or the workers, or raise max_connections")


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config  # Alembic only where migrations run: the writer process starts faster

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


@contextlib.contextmanager
def _alembic_target(engine: Engine) -> Iterator[Engine]:
    """The engine Alembic runs on: ``engine`` itself, or on SQLite a twin with foreign keys off, as table
    rebuilds need (dropping a rebuilt table would otherwise cascade into the tables that reference it)."""
    if engine.dialect.name != "sqlite":
        yield engine
        return
    plain = _sqlite_engine(engine.url.render_as_string(hide_password=False), "BEGIN IMMEDIATE", foreign_keys=False)
    try:
        yield plain
    finally:
        plain.dispose()


def migrate(engine: Engine, revision: str = "head") -> None:
    """Upgrade to ``revision``. On SQLite with foreign keys off (``_alembic_target``); a check at the end
    makes sure no reference was left dangling."""
    from alembic import command

    with _alembic_target(engine) as target:
        command.upgrade(alembic_config(target), revision)
        if target is engine:
            return
        with target.connect() as conn:
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
        if broken:
            raise RuntimeError(f"migration left {len(broken)} rows referencing missing rows")


def downgrade(engine: Engine, revision: str) -> None:
    """For tests and operators going back one release; same foreign-key handling as ``migrate``."""
    from alembic import command

    with _alembic_target(engine) as target:
        command.downgrade(alembic_config(target), revision)


def head_revision() -> str | None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return ScriptDirectory.from_config(config).get_current_head()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check(engine: Engine) -> None:
    """Raise if the database does not answer (used by /healthz)."""
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
