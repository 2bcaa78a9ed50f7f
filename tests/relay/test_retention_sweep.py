"""The retention sweeps delete in short batches (each its own transaction) and let webhooks in between them;
nothing unacknowledged and unexpired is deleted; kept blobs go before their rows. SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import hashlib
import os
import uuid

import pytest
from sqlalchemy import func, insert, select

from relay import crypto, db, media_rows, retention, store
from relay.blobs import DirectoryBlobs
from relay.embedded import add_device, create_tenant, prepare, relay_settings
from relay.keeper import MediaKeeper
from relay.metrics import Metrics
from relay.models import event_keys, events, media, media_keys
from relay.writer import GroupWriter, Incoming

DAY_US = 86400 * 1_000_000
RETENTION_SECONDS = 30 * 86400


@pytest.fixture
def setup(tmp_path, database_url):
    """Settings, engines, master key, a tenant and one of its devices (an event key needs a device row)."""
    settings = relay_settings(tmp_path / "relay", database_url)
    prepare(settings)
    shop = create_tenant(settings)
    device_id = add_device(settings, shop.tenant_id, "Till").device_id
    engines = db.make_engines(database_url)
    try:
        yield settings, engines, crypto.MasterKey.load(settings.master_key_file), shop, device_id
    finally:
        engines.dispose()


def seed_events(engines, tenant_id: str, device_id: str, count: int, received_us: int, *, live: bool) -> None:
    """``count`` events as the writer stores them (live: content and a device key; else an acknowledged
    tombstone), inserted directly: the sweep is under test, not the writer."""
    tag = uuid.uuid4().hex
    rows = [{"tenant_id": tenant_id, "body_sha256": hashlib.sha256(f"{tag}/{n}".encode()).digest(),
             "received_us": received_us + n, "correlation_id": f"seed-{n}", "size": 10,
             "nonce": os.urandom(12) if live else None, "ciphertext": os.urandom(26) if live else None,
             "held_key": None, "live": live} for n in range(count)]
    with engines.write.begin() as conn:
        conn.execute(insert(events), rows)
        if live:
            ids = conn.execute(select(events.c.id).where(events.c.correlation_id.like("seed-%"),
                                                        events.c.received_us >= received_us,
                                                        events.c.received_us < received_us + count)).scalars()
            conn.execute(insert(event_keys), [{"event_id": i, "device_id": device_id, "epk": os.urandom(32),
                                               "nonce": os.urandom(12), "wrapped_key": os.urandom(48)} for i in ids])


def table_counts(engines) -> tuple[int, int]:
    with engines.read.connect() as conn:
        return (conn.execute(select(func.count()).select_from(events)).scalar_one(),
                conn.execute(select(func.count()).select_from(event_keys)).scalar_one())


def test_a_big_sweep_deletes_everything_expired_in_short_batches(setup):
    _settings, engines, _master, shop, device_id = setup
    now = store.now_us()
    seed_events(engines, shop.tenant_id, device_id, 4500, now - 31 * DAY_US, live=True)  # never acknowledged
    seed_events(engines, shop.tenant_id, device_id, 300, now - 40 * DAY_US, live=False)  # acknowledged tombstones
    seed_events(engines, shop.tenant_id, device_id, 50, now - 29 * DAY_US, live=True)  # within retention
    seed_events(engines, shop.tenant_id, device_id, 20, now - 29 * DAY_US, live=False)  # tombstones, still dedupe
    metrics = Metrics()

    removed = asyncio.run(retention.sweep_events(engines, metrics, retention_seconds=RETENTION_SECONDS,
                                                 batch_rows=1000, now_us=now))

    assert removed == 4800
    assert metrics.retention_batches["events"] == 5  # 4 x 1000 and one of 800: five transactions, not one
    assert metrics.retention_deleted["events"] == 4800
    assert table_counts(engines) == (70, 50)
    with engines.read.connect() as conn:
        oldest = conn.execute(select(func.min(events.c.received_us))).scalar_one()
    assert oldest >= now - 30 * DAY_US
    text = metrics.render({})
    assert 'klaros_relay_retention_batches_total{kind="events"} 5' in text
    assert 'klaros_relay_retention_deleted_total{kind="events"} 4800' in text


def test_a_webhook_stored_between_two_batches_is_kept(setup):
    """The sweep stops between batches (gated by an event); meanwhile the writer commits a webhook."""
    _settings, engines, master, shop, device_id = setup
    now = store.now_us()
    seed_events(engines, shop.tenant_id, device_id, 2500, now - 31 * DAY_US, live=True)
    writer = GroupWriter(engines, master)
    metrics = Metrics()
    paused, resume = asyncio.Event(), asyncio.Event()
    seen: list[int] = []

    async def between(batches: int) -> None:
        seen.append(batches)
        if batches == 1:
            paused.set()
            await resume.wait()

    async def webhook_meanwhile() -> store.Stored:
        await paused.wait()
        body = b'{"entry": "arrived while the sweep ran"}'
        stored = await writer.submit(Incoming(shop.tenant_id, body, hashlib.sha256(body).digest(), "during-sweep",
                                              store.now_us()))
        resume.set()
        return stored

    async def scenario():
        writer.start()
        try:
            return await asyncio.wait_for(asyncio.gather(
                retention.sweep_events(engines, metrics, retention_seconds=RETENTION_SECONDS, batch_rows=1000,
                                       between=between),
                webhook_meanwhile()), timeout=120)
        finally:
            await writer.stop()

    removed, stored = asyncio.run(scenario())

    assert removed == 2500 and seen == [1, 2] and metrics.retention_batches["events"] == 3
    assert stored.event_id is not None
    with engines.read.connect() as conn:
        left = conn.execute(select(events.c.id, events.c.correlation_id, events.c.live)).all()
        keys = conn.execute(select(event_keys.c.event_id)).scalars().all()
    assert [(r.id, r.correlation_id, r.live) for r in left] == [(stored.event_id, "during-sweep", True)]
    assert keys == []  # the seeded keys went with their events (the device never paired: the new one's key is held)


def test_the_media_sweep_deletes_blobs_then_rows_in_batches(setup, tmp_path):
    _settings, engines, master, shop, device_id = setup
    blobs = DirectoryBlobs(tmp_path / "blobs")
    now = store.now_us()
    expired, unwanted, wanted = [uuid.uuid4().hex for _ in range(330)], [uuid.uuid4().hex for _ in range(120)], \
        [uuid.uuid4().hex for _ in range(5)]
    rows = []
    for ids, received in ((expired, now - 31 * DAY_US), (unwanted, now), (wanted, now)):
        for media_id in ids:
            blobs.put(media_rows.blob_name(shop.tenant_id, media_id), b"sealed")
            rows.append({"id": media_id, "tenant_id": shop.tenant_id, "event_id": 1, "meta_media_id": media_id,
                         "kind": "image", "state": media_rows.KEPT, "received_us": received, "attempts": 1,
                         "next_attempt_us": received, "stored_size": 6})
    with engines.write.begin() as conn:
        conn.execute(insert(media), rows)
        # the expired ones still have a device's key: retention deletes them anyway; "wanted" keep theirs
        conn.execute(insert(media_keys), [{"media_id": m, "device_id": device_id, "epk": os.urandom(32),
                                           "nonce": os.urandom(12), "wrapped_key": os.urandom(48)}
                                          for m in expired + wanted])
    metrics = Metrics()
    keeper = MediaKeeper(engines=engines, master=master, blobs=blobs, metrics=metrics, token_of=None,
                         graph_url="http://127.0.0.1:9", retention_seconds=RETENTION_SECONDS)
    forgotten: list[int] = []

    async def between(batches: int) -> None:  # each batch: its blobs gone, and their rows with them
        with engines.read.connect() as conn:
            left = set(conn.execute(select(media.c.id)).scalars())
        gone = [m for m in expired + unwanted if m not in left]
        assert not any(blobs.exists(media_rows.blob_name(shop.tenant_id, m)) for m in gone)
        forgotten.append(len(gone))

    removed = asyncio.run(keeper.sweep(batch_rows=100, between=between))

    assert removed == 450
    assert metrics.retention_batches["media"] == 5 and metrics.media_deleted == 450
    assert forgotten == [100, 200, 300, 400]
    with engines.read.connect() as conn:
        assert sorted(conn.execute(select(media.c.id)).scalars()) == sorted(wanted)
        assert conn.execute(select(func.count()).select_from(media_keys)).scalar_one() == 5
    assert all(blobs.exists(media_rows.blob_name(shop.tenant_id, m)) for m in wanted)
    assert not any(blobs.exists(media_rows.blob_name(shop.tenant_id, m)) for m in expired + unwanted)


def test_a_blob_that_cannot_be_deleted_keeps_its_row_and_ends_the_sweep(setup, tmp_path, monkeypatch):
    """Its row would be a candidate again at once: the sweep stops with that batch instead of going round."""
    _settings, engines, master, shop, _device_id = setup
    blobs = DirectoryBlobs(tmp_path / "blobs")
    ids = [uuid.uuid4().hex for _ in range(250)]
    now = store.now_us()
    with engines.write.begin() as conn:
        conn.execute(insert(media), [{"id": m, "tenant_id": shop.tenant_id, "event_id": 1, "meta_media_id": m,
                                      "kind": "image", "state": media_rows.KEPT, "received_us": now - 31 * DAY_US,
                                      "attempts": 1, "next_attempt_us": now} for m in ids])
    stuck = set()
    real = blobs.delete

    def failing(name: str) -> None:
        if not stuck:
            stuck.add(name)
        if name in stuck:
            raise OSError("storage unreachable")
        real(name)

    monkeypatch.setattr(blobs, "delete", failing)
    metrics = Metrics()
    keeper = MediaKeeper(engines=engines, master=master, blobs=blobs, metrics=metrics, token_of=None,
                         graph_url="http://127.0.0.1:9", retention_seconds=RETENTION_SECONDS)

    removed = asyncio.run(keeper.sweep(batch_rows=100))

    assert removed == 99 and metrics.retention_batches["media"] == 1
    with engines.read.connect() as conn:
        left = set(conn.execute(select(media.c.id)).scalars())
    assert len(left) == 151 and {name.split("/")[1] for name in stuck} <= left
    monkeypatch.setattr(blobs, "delete", real)
    assert asyncio.run(keeper.sweep(batch_rows=100)) == 151  # the next sweep finishes the job
