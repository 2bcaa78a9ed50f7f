"""A new SQLite relay database has small pages (``relay.db.SQLITE_PAGE_SIZE``): a group commit writes each page it
changed whole to the WAL, and most of those pages hold only a few of its rows. An existing database keeps its
pages; the automatic checkpoint's bound is the same number of bytes either way."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import uuid

from relay import crypto, db, store
from relay.embedded import add_device, create_tenant, prepare, relay_settings
from relay.writer import GroupWriter, Incoming

T0 = 1_765_000_000


def page_size(engine) -> int:
    with engine.connect() as conn:
        return conn.exec_driver_sql("PRAGMA page_size").scalar()


def test_a_new_database_gets_small_pages_and_an_existing_one_keeps_its_own(tmp_path):
    settings = relay_settings(tmp_path / "new")
    prepare(settings)
    engines = db.make_engines(settings.database_url)
    try:
        assert page_size(engines.write) == db.SQLITE_PAGE_SIZE == 1024
    finally:
        engines.dispose()

    (tmp_path / "old").mkdir()
    with contextlib.closing(sqlite3.connect(tmp_path / "old" / "relay.sqlite3")) as made:
        made.execute("PRAGMA page_size=4096")
        made.execute("PRAGMA journal_mode=WAL")
    settings = relay_settings(tmp_path / "old")
    prepare(settings)
    engines = db.make_engines(settings.database_url)
    try:
        assert page_size(engines.write) == 4096
        with engines.write.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() * 4096 == db.AUTOCHECKPOINT_BYTES
    finally:
        engines.dispose()


def test_a_small_group_commit_writes_few_bytes_of_wal_per_webhook(tmp_path):
    """Counted, not timed: the WAL a commit of 10 webhooks (about 900 bytes each, sealed to one device) appends
    on a table of 20,000 events. With 4 KiB pages each changed page of the events' table and of every index
    costs 4 KiB, for one or two of the commit's rows."""
    settings = relay_settings(tmp_path / "relay")
    prepare(settings)
    tenant_id = create_tenant(settings).tenant_id
    add_device(settings, tenant_id, "Till")
    engines = db.make_engines(settings.database_url)
    wal = tmp_path / "relay" / "relay.sqlite3-wal"
    try:
        writer = GroupWriter(engines, crypto.MasterKey.load(settings.master_key_file))
        if writer.checkpointer is not None:  # nothing may start the log over while it is measured
            writer.checkpointer.close()
            writer.checkpointer = None
        n = 0

        def webhooks(count: int) -> list[Incoming]:
            nonlocal n
            items = []
            for _ in range(count):
                n += 1
                raw = json.dumps({"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": [
                    {"field": "messages", "value": {"messages": [{"id": f"wamid.{uuid.UUID(int=n)}",
                                                                  "timestamp": str(T0 + n // 100),
                                                                  "text": {"body": "x" * 720}}]}}]}]}).encode()
                items.append(Incoming(tenant_id, raw, hashlib.sha256(raw).digest(), "c", store.now_us()))
            return items

        for _ in range(40):
            writer.commit(webhooks(500))
        with contextlib.closing(sqlite3.connect(tmp_path / "relay" / "relay.sqlite3")) as raw:
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        writer.commit(webhooks(10))  # the log starts over
        start = os.path.getsize(wal)
        for _ in range(30):
            writer.commit(webhooks(10))
        per_webhook = (os.path.getsize(wal) - start) / 300
        assert per_webhook < 5 * 1024, f"{per_webhook / 1024:.1f} KiB of WAL a webhook"
    finally:
        engines.dispose()
