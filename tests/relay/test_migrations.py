"""Schema migrations on both engines: upgrading keeps every row, and event ids (cursors) are never reused."""

from __future__ import annotations

import os

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import func, insert, select, update

from relay import crypto, db, store
from relay.embedded import add_device, create_tenant, relay_settings
from relay.models import devices, event_keys, events
from relay.writer import GroupWriter

from .conftest import incoming


@pytest.fixture
def fresh(tmp_path, database_url):
    """Settings, engines and master key for an empty database (not migrated yet)."""
    settings = relay_settings(tmp_path / "m", database_url)
    crypto.MasterKey.create_file(settings.master_key_file)
    engines = db.make_engines(settings.database_url)
    yield settings, engines, crypto.MasterKey.load(settings.master_key_file)
    engines.dispose()


def pair(settings, engines, master, tenant_id: str) -> store.DeviceAuth:
    """A paired device. On an older schema than the code's, by that schema's columns only (today's
    ``store.pair`` also wraps held media, whose table an old schema lacks); the tenant has no events yet."""
    raw = X25519PrivateKey.generate().public_key().public_bytes(serialization.Encoding.Raw,
                                                                serialization.PublicFormat.Raw)
    code = add_device(settings, tenant_id)
    if db.current_revision(engines.read) == db.head_revision():
        paired = store.pair(engines, master, code=code.code, public_key=raw)
        return store.DeviceAuth(paired.device_id, paired.tenant_id)
    with engines.write.begin() as conn:
        conn.execute(update(devices).where(devices.c.id == code.device_id).values(
            code_hash=None, public_key=raw, token_hash=crypto.hash_secret(code.code), paired_us=store.now_us()))
    return store.DeviceAuth(code.device_id, tenant_id)


def store_on_old_schema(engines, tenant_id: str, device_id: str, count: int) -> list[int]:
    """Events with a key each, written by an older schema's columns only (today's writer also writes the body
    time, migration 0006); the content is random bytes, which no test here decrypts."""
    ids = []
    with engines.write.begin() as conn:
        for n in range(count):
            ids.append(conn.execute(insert(events).values(
                tenant_id=tenant_id, body_sha256=os.urandom(32), received_us=store.now_us(),
                correlation_id=f"old-{n}", size=10, nonce=os.urandom(12), ciphertext=os.urandom(26), live=True)
                .returning(events.c.id)).scalar_one())
            conn.execute(insert(event_keys).values(event_id=ids[-1], device_id=device_id, epk=os.urandom(32),
                                                   nonce=os.urandom(12), wrapped_key=os.urandom(48)))
    return ids


def counts(engines) -> tuple[int, int]:
    with engines.read.connect() as conn:
        return (conn.execute(select(func.count()).select_from(events)).scalar_one(),
                conn.execute(select(func.count()).select_from(event_keys)).scalar_one())


def test_upgrade_from_the_first_schema_keeps_events_and_keys(fresh):
    settings, engines, master = fresh
    db.migrate(engines.write, "0001")
    shop = create_tenant(settings)
    device = pair(settings, engines, master, shop.tenant_id)
    ids = store_on_old_schema(engines, shop.tenant_id, device.device_id, 5)
    before = store.fetch_events(engines, device, after=0, limit=10)
    assert counts(engines) == (5, 5)

    db.migrate(engines.write)
    assert db.current_revision(engines.read) == db.head_revision()
    assert counts(engines) == (5, 5)
    assert store.fetch_events(engines, device, after=0, limit=10) == before
    (new,) = GroupWriter(engines, master).commit([incoming(shop, "after upgrade")])
    assert new.event_id > max(ids)
    db.migrate(engines.write)  # idempotent


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)  # PostgreSQL's sequence never restarted
def test_upgrade_moves_ids_past_every_cursor_in_use(fresh):
    """A SQLite database whose ids had already restarted: the sequence starts above any acked cursor."""
    settings, engines, master = fresh
    db.migrate(engines.write, "0001")
    shop = create_tenant(settings)
    device = pair(settings, engines, master, shop.tenant_id)
    with engines.write.begin() as conn:
        conn.execute(update(devices).where(devices.c.id == device.device_id).values(acked_cursor=500))
    db.migrate(engines.write)
    (new,) = GroupWriter(engines, master).commit([incoming(shop, "fresh start")])
    assert new.event_id > 500
    assert [e.cursor for e in store.fetch_events(engines, device, after=500, limit=10)] == [new.event_id]


def test_cursors_keep_growing_after_retention_empties_the_table(fresh):
    settings, engines, master = fresh
    db.migrate(engines.write)
    shop = create_tenant(settings)
    device = pair(settings, engines, master, shop.tenant_id)
    writer = GroupWriter(engines, master)
    old = [s.event_id for s in writer.commit([incoming(shop, f"old {i}") for i in range(3)])]
    cursor = store.fetch_events(engines, device, after=0, limit=10)[-1].cursor
    assert store.ack(engines, device, cursor) == cursor
    assert store.prune_expired(engines, retention_seconds=0, now=store.now_us() + 1_000_000) == 3
    assert counts(engines) == (0, 0)
    (new,) = writer.commit([incoming(shop, "after a quiet month")])
    assert new.event_id > max(old)
    pulled = store.fetch_events(engines, device, after=cursor, limit=10)
    assert [e.cursor for e in pulled] == [new.event_id]
    store.ack(engines, device, cursor)  # the floor stays below the new event: it is not pruned unread
    assert store.fetch_events(engines, device, after=cursor, limit=10) == pulled


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_sqlite_downgrade_to_the_first_schema_keeps_rows(fresh):
    settings, engines, master = fresh
    db.migrate(engines.write)
    shop = create_tenant(settings)
    pair(settings, engines, master, shop.tenant_id)
    GroupWriter(engines, master).commit([incoming(shop, "kept")])
    db.downgrade(engines.write, "0001")
    assert db.current_revision(engines.read) == "0001"
    assert counts(engines) == (1, 1)


def event_indexes(engines) -> set[str]:
    from sqlalchemy import inspect

    with engines.read.connect() as conn:
        return {ix["name"] for ix in inspect(conn).get_indexes("events")}


def test_0005_drops_the_receipt_time_index_and_keeps_every_row(fresh):
    """Expiry walks ids (0005): the index on ``received_us`` that every insert and delete maintained is gone;
    rows, keys and cursors are kept, and the downgrade puts the index back."""
    settings, engines, master = fresh
    db.migrate(engines.write, "0004")
    shop = create_tenant(settings)
    device = pair(settings, engines, master, shop.tenant_id)
    store_on_old_schema(engines, shop.tenant_id, device.device_id, 4)
    before = store.fetch_events(engines, device, after=0, limit=10)
    assert "ix_events_received_us" in event_indexes(engines)

    db.migrate(engines.write, "0005")
    assert db.current_revision(engines.read) == "0005"
    assert "ix_events_received_us" not in event_indexes(engines)
    assert {"ix_events_tenant_id_id"} <= event_indexes(engines)
    assert counts(engines) == (4, 4)
    assert store.fetch_events(engines, device, after=0, limit=10) == before

    db.downgrade(engines.write, "0004")
    assert "ix_events_received_us" in event_indexes(engines)
    assert counts(engines) == (4, 4)
