"""On SQLite the group commit deletes a bounded number of expired events inside its own transaction (no extra
fsync, no wait for the write lock across processes); the periodic sweep stays the fallback. Events younger than
the retention period are never touched, keys go with their events, and the deletions are counted in /metrics."""

from __future__ import annotations

import asyncio
import hashlib
import os
import uuid

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import func, insert, select

from relay import crypto, db, retention, store
from relay.embedded import RelayServer, add_device, create_tenant, prepare, relay_settings, webhook_body
from relay.metrics import Metrics
from relay.models import event_keys, events
from relay.writer import GroupWriter, Incoming

DAY_US = 86400 * 1_000_000
RETENTION_SECONDS = 30 * 86400


@pytest.fixture
def setup(tmp_path, database_url):
    settings = relay_settings(tmp_path / "relay", database_url, retention_days=30)
    prepare(settings)
    shop = create_tenant(settings)
    device_id = add_device(settings, shop.tenant_id, "Till").device_id
    engines = db.make_engines(database_url)
    try:
        yield settings, engines, crypto.MasterKey.load(settings.master_key_file), shop, device_id
    finally:
        engines.dispose()


def seed_events(engines, tenant_id: str, device_id: str, count: int, received_us: int, *, live: bool) -> None:
    """``count`` events received at ``received_us``, +1, +2, ... (live: with content and a device key)."""
    tag = uuid.uuid4().hex
    rows = [{"tenant_id": tenant_id, "body_sha256": hashlib.sha256(f"{tag}/{n}".encode()).digest(),
             "received_us": received_us + n, "correlation_id": f"seed-{tag}", "size": 10,
             "nonce": os.urandom(12) if live else None, "ciphertext": os.urandom(26) if live else None,
             "held_key": None, "live": live} for n in range(count)]
    with engines.write.begin() as conn:
        conn.execute(insert(events), rows)
        if live:
            ids = conn.execute(select(events.c.id).where(events.c.correlation_id == f"seed-{tag}")).scalars()
            conn.execute(insert(event_keys), [{"event_id": i, "device_id": device_id, "epk": os.urandom(32),
                                               "nonce": os.urandom(12), "wrapped_key": os.urandom(48)} for i in ids])


def incoming(tenant, text: str) -> Incoming:
    body = webhook_body(tenant, text=text)
    return Incoming(tenant.tenant_id, body, hashlib.sha256(body).digest(), f"c-{text}", store.now_us())


def kept(engines) -> tuple[list[int], int]:
    """received_us of every event, oldest first, and the number of event keys."""
    with engines.read.connect() as conn:
        return (list(conn.execute(select(events.c.received_us).order_by(events.c.received_us)).scalars()),
                conn.execute(select(func.count()).select_from(event_keys)).scalar_one())


def test_expire_deletes_the_oldest_expired_events_and_their_keys_at_most_the_limit(setup):
    """``EventBatch.expire`` itself, on both engines: oldest first, at most ``limit``, never one at the cutoff
    or younger, keys with their events."""
    _settings, engines, _master, shop, device_id = setup
    now = store.now_us()
    cutoff = now - 30 * DAY_US
    seed_events(engines, shop.tenant_id, device_id, 40, cutoff - 1000, live=True)  # expired, received_us ...-961
    seed_events(engines, shop.tenant_id, device_id, 5, cutoff, live=True)  # exactly at the cutoff: kept
    seed_events(engines, shop.tenant_id, device_id, 5, now - DAY_US, live=False)  # young tombstones: kept

    with store.event_batch(engines, {shop.tenant_id}, wait=True) as batch:
        first = batch.expire(cutoff_us=cutoff, limit=25)
    left, keys = kept(engines)
    assert first == 25
    assert left[0] == cutoff - 1000 + 25  # the 25 oldest went
    assert len(left) == 25 and keys == 20

    with store.event_batch(engines, {shop.tenant_id}, wait=True) as batch:
        second = batch.expire(cutoff_us=cutoff, limit=25)
    left, keys = kept(engines)
    assert second == 15
    assert left[0] == cutoff and len(left) == 10 and keys == 5  # at the cutoff and younger: all there


def test_less_than_a_chunk_due_waits_for_a_later_commit_or_the_sweep(setup):
    """A commit deletes nothing until ``EXPIRY_CHUNK`` events are due (fewer, larger deletes: their table and
    index pages are written once per chunk, not once per commit); the sweep deletes any number."""
    from relay.writer import EXPIRY_CHUNK

    _settings, engines, master, shop, device_id = setup
    now = store.now_us()
    seed_events(engines, shop.tenant_id, device_id, EXPIRY_CHUNK - 1, now - 31 * DAY_US, live=True)
    writer = GroupWriter(engines, master, retention_seconds=RETENTION_SECONDS)

    assert all(r.event_id for r in writer.commit([incoming(shop, f"m{i}") for i in range(3)]))
    assert writer.expired == 0 and len(kept(engines)[0]) == 3 + EXPIRY_CHUNK - 1

    swept = asyncio.run(retention.sweep_events(engines, Metrics(), retention_seconds=RETENTION_SECONDS))
    left, keys = kept(engines)
    assert swept == EXPIRY_CHUNK - 1 and len(left) == 3 and min(left) >= now and keys == 0


def test_a_chunk_due_goes_with_the_next_commit(setup):
    from relay.writer import EXPIRY_CHUNK

    _settings, engines, master, shop, device_id = setup
    seed_events(engines, shop.tenant_id, device_id, EXPIRY_CHUNK, store.now_us() - 31 * DAY_US, live=True)
    writer = GroupWriter(engines, master, retention_seconds=RETENTION_SECONDS)

    writer.commit([incoming(shop, "one")])

    expected = EXPIRY_CHUNK if engines.is_sqlite else 0  # PostgreSQL: the sweeps expire, the writer never
    assert writer.expired == expected and len(kept(engines)[0]) == 1 + EXPIRY_CHUNK - expected


def test_the_sqlite_group_commit_expires_a_bounded_number_and_the_sweep_takes_the_rest(setup, database_url):
    _settings, engines, master, shop, device_id = setup
    now = store.now_us()
    seed_events(engines, shop.tenant_id, device_id, 300, now - 31 * DAY_US, live=True)
    writer = GroupWriter(engines, master, retention_seconds=RETENTION_SECONDS)

    results = writer.commit([incoming(shop, f"m{i}") for i in range(3)])

    assert all(r.event_id for r in results)
    left, keys = kept(engines)
    if engines.is_sqlite:  # at most PRUNE_BATCH_ROWS of the 300 expired events went with the commit
        assert writer.expired == 200
        assert len(left) == 3 + 100 and keys == 100
    else:  # PostgreSQL: the sweeps of every process share the expiry (SKIP LOCKED), the writer leaves it
        assert writer.expired == 0
        assert len(left) == 3 + 300
    metrics = Metrics()
    swept = asyncio.run(retention.sweep_events(engines, metrics, retention_seconds=RETENTION_SECONDS))
    assert swept == (100 if engines.is_sqlite else 300)
    left, keys = kept(engines)
    assert len(left) == 3 and min(left) >= now  # the three new webhooks stay
    assert writer.commit([incoming(shop, "later")])[0].event_id and writer.expired == (200 if engines.is_sqlite else 0)


def test_without_a_retention_period_the_group_commit_deletes_nothing(setup):
    _settings, engines, master, shop, device_id = setup
    seed_events(engines, shop.tenant_id, device_id, 10, store.now_us() - 31 * DAY_US, live=True)
    writer = GroupWriter(engines, master)

    writer.commit([incoming(shop, "m")])

    assert writer.expired == 0 and len(kept(engines)[0]) == 11


def test_a_batch_whose_recipients_changed_expires_only_when_it_commits(setup):
    """A transaction rolled back for a stale device list deletes nothing; the retried one does, once."""
    _settings, engines, master, shop, device_id = setup
    seed_events(engines, shop.tenant_id, device_id, 300, store.now_us() - 31 * DAY_US, live=True)
    writer = GroupWriter(engines, master, retention_seconds=RETENTION_SECONDS)
    gone = X25519PrivateKey.generate().public_key().public_bytes(serialization.Encoding.Raw,
                                                                 serialization.PublicFormat.Raw)
    writer._devices[shop.tenant_id] = [("0" * 32, gone)]  # a cached device the database does not have

    writer.commit([incoming(shop, "m")])

    expected = 200 if engines.is_sqlite else 0
    assert writer.expired == expected
    assert len(kept(engines)[0]) == 1 + 300 - expected


def test_the_writer_process_expires_and_reports_it(setup):
    settings, engines, _master, shop, device_id = setup
    if not engines.is_sqlite:
        pytest.skip("the writer process expires events on SQLite only")
    from relay.writer_process import WriterProcess

    seed_events(engines, shop.tenant_id, device_id, 300, store.now_us() - 31 * DAY_US, live=True)
    writer = WriterProcess(settings)

    async def one_batch():
        await writer.start()
        try:
            return await asyncio.gather(*(writer.submit(incoming(shop, f"m{i}")) for i in range(3)))
        finally:
            await writer.stop()

    stored = asyncio.run(one_batch())
    assert all(s.event_id for s in stored) and writer.batches == 1
    assert writer.expired == 200
    assert len(kept(engines)[0]) == 3 + 300 - 200


def test_metrics_count_the_commits_expiry_with_the_sweeps(tmp_path):
    """The thread writer of an embedded relay (the app's wiring) expires on commit; /metrics counts it among the
    events deleted past retention and on its own."""
    with RelayServer(tmp_path / "relay", retention_days=30) as server:
        engines = db.make_engines(server.settings.database_url)
        try:
            shop = server.create_tenant()
            device_id = add_device(server.settings, shop.tenant_id, "Till").device_id
            seed_events(engines, shop.tenant_id, device_id, 300, store.now_us() - 31 * DAY_US, live=True)
            body = webhook_body(shop, text="hello")
            from relay.embedded import sign

            with httpx.Client(timeout=30) as http:
                answer = http.post(server.url + shop.webhook_path, content=body,
                                   headers={"X-Hub-Signature-256": sign(body, shop.app_secret),
                                            "Content-Type": "application/json"})
                assert answer.status_code == 200, answer.text
                text = http.get(server.url + "/metrics").text
            assert len(kept(engines)[0]) == 1 + 300 - 200
        finally:
            engines.dispose()
    assert "klaros_relay_writer_expired_total 200" in text
    assert 'klaros_relay_retention_deleted_total{kind="events"} 200' in text


def ids_and_times(engines) -> list[tuple[int, int]]:
    with engines.read.connect() as conn:
        return [tuple(r) for r in conn.execute(select(events.c.id, events.c.received_us).order_by(events.c.id))]


def test_expiry_goes_in_id_order_and_stops_at_the_first_young_event(setup):
    """Ids follow receipt only closely: an event received late can hold a lower id than an older one. Expiry
    walks ids from the lowest and stops at the first event still young, so that event is never deleted and the
    expired events after it wait for it (a delay, never a loss); once it expires, all go. Both engines."""
    _settings, engines, _master, shop, device_id = setup
    now = store.now_us()
    cutoff = now - 30 * DAY_US
    seed_events(engines, shop.tenant_id, device_id, 10, cutoff - 5000, live=True)
    seed_events(engines, shop.tenant_id, device_id, 1, cutoff + 100, live=True)  # young, between expired ids
    seed_events(engines, shop.tenant_id, device_id, 10, cutoff - 3000, live=True)  # expired, higher ids
    (young_id, young_us), = [(i, r) for i, r in ids_and_times(engines) if r == cutoff + 100]

    with store.event_batch(engines, {shop.tenant_id}, wait=True) as batch:
        first = batch.expire(cutoff_us=cutoff, limit=100)
    assert first == 10
    left = ids_and_times(engines)
    assert left[0] == (young_id, young_us) and len(left) == 11 and kept(engines)[1] == 11

    with store.event_batch(engines, {shop.tenant_id}, wait=True) as batch:
        assert batch.expire(cutoff_us=cutoff + 101, limit=100) == 11  # the young one expired too: all go
    assert ids_and_times(engines) == [] and kept(engines)[1] == 0


def test_the_sweep_stops_at_the_first_young_event_too(setup):
    """``store.prune_expired_batch`` (the sweep's batch, every engine) follows the same order and stop."""
    _settings, engines, _master, shop, device_id = setup
    now = store.now_us()
    cutoff = now - 30 * DAY_US
    seed_events(engines, shop.tenant_id, device_id, 5, cutoff - 5000, live=True)
    seed_events(engines, shop.tenant_id, device_id, 1, cutoff, live=False)  # at the cutoff: young
    seed_events(engines, shop.tenant_id, device_id, 5, cutoff - 3000, live=False)

    assert store.prune_expired_batch(engines, cutoff_us=cutoff, limit=100) == 5
    assert [r for _, r in ids_and_times(engines)] == [cutoff] + [cutoff - 3000 + n for n in range(5)]
    assert kept(engines)[1] == 0
    assert store.prune_expired_batch(engines, cutoff_us=cutoff, limit=100) == 0  # until the young one expires


def test_a_steady_load_expires_as_fast_as_it_inserts(setup):
    """Webhooks arriving while as many events pass the retention: each commit deletes at least as many as it
    stores, so the table does not grow (SQLite; PostgreSQL leaves expiry to the sweeps)."""
    _settings, engines, master, shop, device_id = setup
    if not engines.is_sqlite:
        pytest.skip("the group commit expires events on SQLite only")
    seed_events(engines, shop.tenant_id, device_id, 200, store.now_us() - 31 * DAY_US, live=True)
    writer = GroupWriter(engines, master, retention_seconds=RETENTION_SECONDS)
    for n in range(5):
        writer.commit([incoming(shop, f"steady {n}/{i}") for i in range(40)])
        assert len(kept(engines)[0]) <= 200
    assert writer.expired == 200 and len(kept(engines)[0]) == 200  # the 200 old ones went, the 200 new stayed
