"""The profile database opens, migrates to head, and is backed up before an upgrade."""

from __future__ import annotations

import sqlite3

import pytest
from alembic import command
from alembic.script import ScriptDirectory

from klaros_desktop import db


def test_open_creates_and_migrates_to_head(profile):
    engine, _sessions = db.open_database(profile)
    assert db.current_revision(engine) == db.head_revision()
    with engine.connect() as conn:
        mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
    assert mode == "wal"
    engine.dispose()
    engine, _ = db.open_database(profile)  # second open: nothing to do, no backup
    engine.dispose()
    assert list(profile.backups.glob("*.sqlite3")) == []


def test_upgrade_from_an_older_revision_takes_a_backup_first(profile):
    engine = db.make_engine(profile.database)
    config = db.alembic_config(engine)
    revisions = list(ScriptDirectory.from_config(config).walk_revisions())
    if len(revisions) < 2:
        pytest.skip("only one migration exists; nothing to upgrade from yet")
    oldest = revisions[-1].revision
    command.upgrade(config, oldest)
    engine.dispose()
    engine, _ = db.open_database(profile)
    assert db.current_revision(engine) == db.head_revision()
    engine.dispose()
    backups = list(profile.backups.glob("klaros-*.sqlite3"))
    assert len(backups) == 1
    con = sqlite3.connect(backups[0])
    try:
        assert con.execute("select version_num from alembic_version").fetchone()[0] == oldest
    finally:
        con.close()


def test_schema_head_constant_names_the_newest_migration():
    """``open_database`` skips importing Alembic when the stored revision equals SCHEMA_HEAD: it must be the head."""
    assert db.head_revision() == db.SCHEMA_HEAD


def test_current_revision_of_a_fresh_file_is_none_and_a_normal_start_does_not_import_alembic(profile, tmp_path):
    import subprocess
    import sys

    engine = db.make_engine(profile.database)
    assert db.current_revision(engine) is None
    engine.dispose()
    db.open_database(profile)[0].dispose()
    script = ("import sys; from pathlib import Path; from klaros_desktop import db; "
              "from klaros_desktop.paths import Profile; "
              f"e, _ = db.open_database(Profile(Path({str(profile.root)!r}))); e.dispose(); "
              "print(sorted(m for m in sys.modules if m == 'alembic' or m.startswith('alembic.')))")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_every_commit_is_durable_before_it_returns(tmp_path):
    """Sync acks the relay and the outbox claims a send right after a commit: neither may roll back after a
    power cut, which in WAL mode needs ``synchronous=FULL`` (NORMAL only protects against corruption)."""
    from klaros_desktop.db import open_database
    from klaros_desktop.paths import Profile

    engine, sessions = open_database(Profile(tmp_path / "profile").ensure())
    try:
        with sessions() as session:
            assert session.connection().exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert session.connection().exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    finally:
        engine.dispose()
