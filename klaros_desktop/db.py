"""The local SQLite database: engine with the right pragmas, and Alembic migrations at start-up.

Before migrating a database that is not at the newest revision, a copy goes to ``backups/`` so a
failed upgrade never costs the shop its data.

Alembic is imported only when there is something to migrate: importing it costs more than the rest of
opening the profile (docs/ui.md, Performance), and at a normal start the stored revision already equals
``SCHEMA_HEAD``.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from klaros_desktop.paths import Profile

if TYPE_CHECKING:  # SQLAlchemy loads when a database is opened: the first paint reads SCHEMA_HEAD without it
    from alembic.config import Config
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest migration's revision. tests/desktop/foundation/test_database.py checks it against Alembic's
# script directory, so adding a migration without bumping it fails the suite.
SCHEMA_HEAD = "0025"

# Every commit is on disk before it returns. Sync acknowledges events to the relay (which then drops them)
# right after its commit, and the outbox claims an item as ``sending`` before the request goes out: with
# ``NORMAL`` a power cut could roll those commits back in WAL mode, losing acknowledged messages or sending
# a claimed item twice. ``bench/desktop_data.py`` prints what ``FULL`` costs against ``NORMAL``.
SYNCHRONOUS = "FULL"
BUSY_TIMEOUT_MS = 5000

# The ``app_settings`` key under which an erasure records, in its own transaction, what it still has to do
# after the commit: media files to delete, the search index and the WAL to flush
# (``services/privacy/erasure.py``). Set at an open, the erasure was cut off; the open finishes it.
UNFINISHED_ERASURE = "erasure_unfinished"


def connection_pragmas() -> list[str]:
    """Every connection's settings after ``journal_mode=WAL``: the app's, and a contacts import's writer process's
    (read at each call: benches and tests change ``SYNCHRONOUS`` and ``BUSY_TIMEOUT_MS``).

    A sync page touches pages all over a big profile (one conversation, contact and message each): 32 MiB of page
    cache instead of 2 MiB keeps them, and checkpointing every ~32 MiB of WAL instead of every 4 MiB writes a page
    changed by several pages of events once, with one fsync instead of many."""
    return [f"PRAGMA synchronous={SYNCHRONOUS}", "PRAGMA foreign_keys=ON", f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
            "PRAGMA cache_size=-32768", "PRAGMA wal_autocheckpoint=8000"]


def _set_sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    for pragma in connection_pragmas():
        cursor.execute(pragma)
    cursor.close()


def make_engine(database: Path) -> Engine:
    from sqlalchemy import create_engine, event

    # hide_parameters: a database error's text (logged with its traceback, shown in the sync state) would
    # otherwise quote the statement's values: customers' messages, names and numbers, which erasure could
    # then not reach in the log files.
    engine = create_engine(f"sqlite:///{database}", future=True, hide_parameters=True)
    event.listen(engine, "connect", _set_sqlite_pragmas)
    return engine


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def head_revision() -> str | None:
    """The head according to Alembic's script directory (the migration files themselves)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return ScriptDirectory.from_config(config).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The revision stored in the database (None: not migrated yet), read without importing Alembic."""
    with engine.connect() as conn:
        if conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
                                ).first() is None:
            return None
        rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    if len(rows) > 1:  # branches are never made here; let Alembic say what is wrong
        raise RuntimeError(f"the database records several schema revisions: {sorted(r[0] for r in rows)}")
    return rows[0][0] if rows else None


def backup_database(database: Path, backups: Path, label: str) -> Path:
    """Consistent copy through SQLite's online backup API (safe with WAL and open connections)."""
    backups.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backups / f"klaros-{stamp}-{label}.sqlite3"
    source = sqlite3.connect(database)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    _prune_backups(backups, keep=5)
    return target


def _prune_backups(backups: Path, keep: int) -> None:
    files = sorted(backups.glob("klaros-*.sqlite3"))
    for old in files[:-keep]:
        old.unlink(missing_ok=True)


def migrate(engine: Engine, profile: Profile | None = None) -> str | None:
    """Bring the schema to head; back the file up first when there is something to upgrade."""
    current = current_revision(engine)
    if current == SCHEMA_HEAD:
        return current
    from alembic import command

    head = head_revision()
    if current == head:
        return current
    if current is not None and profile is not None and profile.database.exists():
        path = backup_database(profile.database, profile.backups, f"before-{head}")
        log.info("database backed up to %s before migrating %s -> %s", path, current, head)
    command.upgrade(alembic_config(engine), "head")
    log.info("database migrated to %s", head)
    return head


def open_database(profile: Profile) -> tuple[Engine, sessionmaker[Session]]:
    """Open (creating if needed) and migrate the profile's database, and finish an erasure cut off after its
    commit. The app (``ui/backend.py``) and every command open the profile through here."""
    from sqlalchemy.orm import sessionmaker

    profile.ensure()
    engine = make_engine(profile.database)
    migrate(engine, profile)
    sessions = sessionmaker(engine, expire_on_commit=False, future=True)
    finish_interrupted_erasure(engine, sessions, profile)
    return engine, sessions


def finish_interrupted_erasure(engine: Engine, sessions: sessionmaker[Session], profile: Profile) -> None:
    """Delete the media files and flush the database leftovers of an erasure that stopped after its commit
    (a crash, a power cut, a file Windows kept open). A normal start only looks the key up: the erasure
    service is imported when there is something to finish. Opening the profile never fails because of it:
    what cannot be done now stays recorded for the next open."""
    with engine.connect() as conn:
        due = conn.exec_driver_sql("SELECT 1 FROM app_settings WHERE key = ?", (UNFINISHED_ERASURE,)).first()
    if due is None:
        return
    from sqlalchemy.exc import SQLAlchemyError

    from klaros_desktop.services.privacy.erasure import finish_erasure

    try:
        finish_erasure(sessions, profile)
    except (OSError, SQLAlchemyError):
        log.exception("an interrupted erasure could not be finished; the next start tries again")


def copy_database(profile: Profile, target: Path) -> None:
    shutil.copy2(profile.database, target)
