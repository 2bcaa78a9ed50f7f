"""The events' dedupe key leads with the body's own time (migration 0006): Meta's retries stay duplicates, rows
stored before the migration still catch theirs, and a group commit's new keys share pages instead of each
dirtying a random page of the index (what SQLite's WAL writes is whole pages)."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import struct
import uuid

import pytest
from sqlalchemy import func, select, text

from relay import crypto, db, meta, store
from relay.embedded import add_device, create_tenant, prepare, relay_settings
from relay.models import events
from relay.writer import GroupWriter, Incoming

T0 = 1_765_000_000  # a message timestamp, Unix seconds


def body(tag: str, timestamp: int | str, pad: int = 0) -> bytes:
    return json.dumps({"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": [
        {"field": "messages", "value": {"messages": [
            {"id": f"wamid.{tag}", "timestamp": str(timestamp), "type": "text", "text": {"body": "x" * pad}}]}}]}]},
        separators=(",", ":")).encode()


def incoming(tenant_id: str, raw: bytes) -> Incoming:
    return Incoming(tenant_id, raw, hashlib.sha256(raw).digest(), "c", store.now_us())


def test_body_time_is_the_newest_timestamp_of_the_body_and_zero_without_one():
    assert meta.body_time(body("a", T0)) == T0
    assert meta.body_time(body("a", T0 * 1000)) == T0  # milliseconds scaled down, as for the stale check
    assert meta.body_time(b'{"object":"whatsapp_business_account","entry":[{"id":"1","time":5}]}') == 5
    assert meta.body_time(b"not json") == 0
    assert meta.body_time(b'{"object":"whatsapp_business_account","entry":[{"id":"1"}]}') == 0


@pytest.fixture
def shop(tmp_path, database_url):
    settings = relay_settings(tmp_path / "relay", database_url)
    prepare(settings)
    tenant = create_tenant(settings)
    add_device(settings, tenant.tenant_id, "Till")
    engines = db.make_engines(database_url)
    try:
        yield engines, crypto.MasterKey.load(settings.master_key_file), tenant.tenant_id
    finally:
        engines.dispose()


def test_a_retry_is_a_duplicate_and_the_key_carries_the_body_time(shop):
    engines, master, tenant_id = shop
    writer = GroupWriter(engines, master)
    first = writer.commit([incoming(tenant_id, body("a", T0)), incoming(tenant_id, body("b", T0))])
    again = writer.commit([incoming(tenant_id, body("a", T0)), incoming(tenant_id, body("c", T0 + 1)),
                           incoming(tenant_id, body("c", T0 + 1))])
    assert not any(s.duplicate for s in first)
    assert [s.duplicate for s in again] == [True, False, True]
    with engines.read.connect() as conn:
        assert sorted(conn.execute(select(events.c.body_time)).scalars()) == [T0, T0, T0 + 1]


def test_a_webhook_stored_before_the_migration_still_catches_its_retry(tmp_path, database_url):
    """Rows from before 0006 have no body time (-1): the writer looks their (tenant, hash) up until they are gone."""
    settings = relay_settings(tmp_path / "relay", database_url)
    crypto.MasterKey.create_file(settings.master_key_file)
    engines = db.make_engines(settings.database_url)
    try:
        db.migrate(engines.write, "0005")
        tenant_id = create_tenant(settings).tenant_id
        old = body("old", T0)
        with engines.write.begin() as conn:
            conn.execute(text("INSERT INTO events (tenant_id, body_sha256, received_us, correlation_id, size, live) "
                              "VALUES (:t, :h, 1, 'c', 1, :live)"),
                         {"t": tenant_id, "h": hashlib.sha256(old).digest(), "live": False})
        db.migrate(engines.write)
        with engines.read.connect() as conn:
            assert conn.execute(select(events.c.body_time)).scalar_one() == store.LEGACY_BODY_TIME
        master = crypto.MasterKey.load(settings.master_key_file)
        got = GroupWriter(engines, master).commit([incoming(tenant_id, old), incoming(tenant_id, body("new", T0))])
        assert [s.duplicate for s in got] == [True, False]
        with engines.read.connect() as conn:
            assert conn.execute(select(func.count()).select_from(events)).scalar_one() == 2
        db.downgrade(engines.write, "0005")
        with engines.read.connect() as conn:
            assert conn.execute(select(func.count()).select_from(events)).scalar_one() == 2
    finally:
        engines.dispose()


def test_the_lookup_of_events_from_before_the_migration_seeks_each_pair(tmp_path):
    """While such events are left every group commit looks its webhooks up among them: one seek a webhook by the
    whole key, never a read of all of them."""
    settings = relay_settings(tmp_path / "relay")
    prepare(settings)
    with contextlib.closing(sqlite3.connect(tmp_path / "relay" / "relay.sqlite3")) as raw:
        plan = raw.execute("EXPLAIN QUERY PLAN " + store.legacy_duplicates_sql(2, "?"),
                           ("t", b"a", "u", b"b")).fetchall()
    searches = [row[3] for row in plan if "events" in row[3] or " e " in row[3]]
    assert any("body_time=? AND tenant_id=? AND body_sha256=?" in step for step in searches), plan
    assert not any(step.startswith("SCAN e") for step in searches), plan


def wal_pages(path: str, start: int, page_size: int) -> tuple[list[int], int]:
    """Page numbers of the WAL frames from byte ``start`` on, and where the log ends."""
    with open(path, "rb") as wal:
        wal.seek(start)
        data = wal.read()
    frame = 24 + page_size
    return [struct.unpack(">I", data[i:i + 4])[0] for i in range(0, len(data) - frame + 1, frame)], start + len(data)


def test_a_group_commits_new_keys_share_pages_of_the_dedupe_index(tmp_path):
    """Counted, not timed: the WAL frames a commit of 10 webhooks writes for the unique key's B-tree, on a
    table of 20,000 events (about 400 leaves of that index). Keyed by hash, each new key went to a random leaf,
    10 pages a commit; keyed by the body's time first, the new keys sit together at the index's end. (4 KiB pages,
    as before ``relay.db.SQLITE_PAGE_SIZE``: a second's keys then fill about two leaves.)"""
    settings = relay_settings(tmp_path / "relay")
    (tmp_path / "relay").mkdir(exist_ok=True)
    with contextlib.closing(sqlite3.connect(tmp_path / "relay" / "relay.sqlite3")) as made:
        made.execute("PRAGMA page_size=4096")
        made.execute("PRAGMA journal_mode=WAL")
    prepare(settings)
    tenant_id = create_tenant(settings).tenant_id
    add_device(settings, tenant_id, "Till")
    engines = db.make_engines(settings.database_url)
    path = str(tmp_path / "relay" / "relay.sqlite3")
    try:
        writer = GroupWriter(engines, crypto.MasterKey.load(settings.master_key_file))
        if writer.checkpointer is not None:  # the log is read frame by frame: nothing may start it over
            writer.checkpointer.close()
            writer.checkpointer = None
        n = 0

        def webhooks(count: int) -> list[Incoming]:
            nonlocal n
            n += count  # 100 webhooks a second of message time
            return [incoming(tenant_id, body(f"{uuid.UUID(int=n - i)}", T0 + (n - i) // 100, pad=600))
                    for i in range(count)]

        for _ in range(40):
            writer.commit(webhooks(500))
        with contextlib.closing(sqlite3.connect(path)) as raw:
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            page_size = raw.execute("PRAGMA page_size").fetchone()[0]
            writer.commit(webhooks(10))  # the log starts over
            written, end = [], os.path.getsize(path + "-wal")
            for _ in range(30):
                writer.commit(webhooks(10))
                pages, end = wal_pages(path + "-wal", end, page_size)
                written.append(pages)
            owner = {page: name for name, page in raw.execute(
                "SELECT name, pageno FROM dbstat WHERE name = 'sqlite_autoindex_events_1'")}
        per_commit = sum(1 for pages in written for page in pages if page in owner) / len(written)
        assert per_commit <= 4, f"{per_commit:.1f} pages of the dedupe index a commit of 10"
    finally:
        engines.dispose()


def test_the_writer_keeps_the_body_time_the_serving_process_read(shop, monkeypatch):
    """The serving process parsed the body already (the stale check): the writer takes its time, not a parse."""
    engines, master, tenant_id = shop

    def parse_again(raw):
        raise AssertionError("the writer parsed the body again")

    monkeypatch.setattr(meta, "body_time", parse_again)
    raw = body("a", T0)
    item = Incoming(tenant_id, raw, hashlib.sha256(raw).digest(), "c", store.now_us(), (), T0)
    GroupWriter(engines, master).commit([item])
    with engines.read.connect() as conn:
        assert list(conn.execute(select(events.c.body_time)).scalars()) == [T0]


def test_a_tenant_webhook_reaches_the_writer_with_its_body_time(relay, http, monkeypatch):
    from relay.embedded import create_tenant, webhook_body
    from tests.relay.conftest import post_webhook

    tenant = create_tenant(relay.settings)
    raw = webhook_body(tenant, text="hello")
    expected = meta.body_time(raw)
    assert expected > 0

    def parse_again(raw):
        raise AssertionError("the writer parsed the body again")

    monkeypatch.setattr(meta, "body_time", parse_again)
    answer = post_webhook(relay.url, http, tenant, raw)
    assert answer.status_code == 200, answer.text
    engines = db.make_engines(relay.settings.database_url)
    try:
        with engines.read.connect() as conn:
            assert list(conn.execute(select(events.c.body_time)).scalars()) == [expected]
    finally:
        engines.dispose()
