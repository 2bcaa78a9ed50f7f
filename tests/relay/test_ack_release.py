"""Releasing acknowledged events is bounded: an acknowledgement or a revocation releases at most one batch in
its own transaction, and the retention sweep releases the rest in short batches afterwards, never an event a
device still behind has to get. SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import os
import threading
import uuid

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import event, func, insert, select, update

from relay import crypto, db, retention, store
from relay.embedded import add_device, create_tenant, prepare, relay_settings, webhook_body
from relay.metrics import Metrics
from relay.models import devices, event_keys, events, media, media_keys

BACKLOG = 5000


@pytest.fixture
def engines(tmp_path, database_url):
    settings = relay_settings(tmp_path / "relay", database_url)
    prepare(settings)
    engines = db.make_engines(database_url)
    try:
        yield settings, engines
    finally:
        engines.dispose()


def paired_devices(settings, engines, tenant_id: str, count: int) -> list[str]:
    """``count`` devices marked paired (their keys are seeded directly: pairing is not under test here)."""
    ids = [add_device(settings, tenant_id, f"Till {n}").device_id for n in range(count)]
    with engines.write.begin() as conn:
        conn.execute(update(devices).where(devices.c.id.in_(ids)).values(paired_us=store.now_us()))
    return ids


def seed_backlog(engines, tenant_id: str, device_ids: list[str], count: int) -> list[int]:
    """``count`` live events with a key for each device, as the writer stores them; their ids, oldest first."""
    tag = uuid.uuid4().hex
    now = store.now_us()
    with engines.write.begin() as conn:
        conn.execute(insert(events), [
            {"tenant_id": tenant_id, "body_sha256": hashlib.sha256(f"{tag}/{n}".encode()).digest(),
             "received_us": now + n, "correlation_id": f"{tag[:8]}-{n}", "size": 10, "nonce": os.urandom(12),
             "ciphertext": os.urandom(26), "held_key": None, "live": True} for n in range(count)])
        ids = list(conn.execute(select(events.c.id).where(events.c.tenant_id == tenant_id,
                                                          events.c.correlation_id.like(f"{tag[:8]}-%"))
                                .order_by(events.c.id)).scalars())
        conn.execute(insert(event_keys), [{"event_id": i, "device_id": d, "epk": os.urandom(32),
                                           "nonce": os.urandom(12), "wrapped_key": os.urandom(48)}
                                          for i in ids for d in device_ids])
    return ids


def public_key() -> bytes:
    return X25519PrivateKey.generate().public_key().public_bytes(serialization.Encoding.Raw,
                                                                serialization.PublicFormat.Raw)


def set_acked(engines, device_id: str, cursor: int) -> None:
    with engines.write.begin() as conn:
        conn.execute(update(devices).where(devices.c.id == device_id).values(acked_cursor=cursor))


def live_ids(engines) -> list[int]:
    with engines.read.connect() as conn:
        return list(conn.execute(select(events.c.id).where(events.c.live).order_by(events.c.id)).scalars())


def keys_of(engines, device_id: str) -> int:
    with engines.read.connect() as conn:
        return conn.execute(select(func.count()).select_from(event_keys).where(
            event_keys.c.device_id == device_id)).scalar_one()


class RowsWritten:
    """Counts the rows each write statement on ``engines.write`` deleted or updated, per transaction."""

    def __init__(self, engine) -> None:
        self.engine, self.transactions, self.current = engine, [], 0
        event.listen(engine, "after_cursor_execute", self.executed)
        event.listen(engine, "commit", self.committed)

    def executed(self, conn, cursor, statement, parameters, context, executemany) -> None:
        if statement.lstrip().upper().startswith(("DELETE", "UPDATE")) and cursor.rowcount > 0:
            self.current += cursor.rowcount

    def committed(self, conn) -> None:
        self.transactions.append(self.current)
        self.current = 0

    def close(self) -> None:
        event.remove(self.engine, "after_cursor_execute", self.executed)
        event.remove(self.engine, "commit", self.committed)


def test_revoking_a_device_far_behind_releases_one_batch_then_the_sweep_the_rest(engines):
    settings, engines = engines
    shop = create_tenant(settings)
    ahead, gone, behind = paired_devices(settings, engines, shop.tenant_id, 3)
    ids = seed_backlog(engines, shop.tenant_id, [ahead, gone, behind], BACKLOG)
    set_acked(engines, ahead, ids[-1])
    set_acked(engines, behind, ids[2499])  # still behind: events after its cursor must stay
    # ``gone`` acknowledged nothing: it holds back all 5,000 events until it is revoked

    written = RowsWritten(engines.write)
    try:
        more = store.revoke_device(engines, gone)
    finally:
        written.close()

    (rows,) = written.transactions  # one transaction: the device row, and at most one batch of releases
    assert rows <= 1 + store.PRUNE_BATCH_ROWS
    assert more is True
    # its keys above what the others all have went first (unreadable anyway); nothing was released yet
    assert keys_of(engines, gone) == BACKLOG - store.PRUNE_BATCH_ROWS
    assert live_ids(engines) == ids

    metrics = Metrics()
    done: list[int] = []

    async def between(batches: int) -> None:
        done.append(metrics.retention_deleted["revoked_keys"] + metrics.retention_deleted["acknowledged"])

    written = RowsWritten(engines.write)
    try:
        released = asyncio.run(retention.sweep_acknowledged(engines, metrics, batch_rows=1000, between=between))
    finally:
        written.close()

    # its 2,300 keys left above the floor, then the 2,500 events at or below it (with all their keys)
    assert released == 2300 + 2500
    assert metrics.retention_deleted["revoked_keys"] == 2300
    assert metrics.retention_deleted["acknowledged"] == 2500
    assert metrics.retention_batches["acknowledged"] == 5  # four of 1,000 rows and one of 800
    assert done == [1000, 2000, 3000, 4000]  # the sweep went on after each full batch: a transaction each
    assert len(written.transactions) == 5 and max(written.transactions) <= 4 * 1000  # an event and its 3 keys
    assert keys_of(engines, gone) == 0
    assert live_ids(engines) == ids[2500:]  # the device still behind keeps its events, content and keys
    assert keys_of(engines, behind) == 2500 and keys_of(engines, ahead) == 2500
    with engines.read.connect() as conn:
        assert conn.execute(select(func.count()).select_from(events).where(
            events.c.live, events.c.ciphertext.is_(None))).scalar_one() == 0
        assert conn.execute(select(func.count()).select_from(events)).scalar_one() == BACKLOG  # tombstones stay
    text = metrics.render({})
    assert 'klaros_relay_retention_deleted_total{kind="acknowledged"} 2500' in text
    assert 'klaros_relay_retention_batches_total{kind="acknowledged"} 5' in text
    assert store.tenants_to_release(engines) == []
    assert asyncio.run(retention.sweep_acknowledged(engines, metrics)) == 0


def test_the_last_device_acking_a_backlog_releases_one_batch_in_its_transaction(engines):
    settings, engines = engines
    shop = create_tenant(settings)
    first, last = paired_devices(settings, engines, shop.tenant_id, 2)
    ids = seed_backlog(engines, shop.tenant_id, [first, last], BACKLOG)
    set_acked(engines, first, ids[-1])

    written = RowsWritten(engines.write)
    try:
        assert store.ack(engines, store.DeviceAuth(last, shop.tenant_id), ids[-1]) == ids[-1]
    finally:
        written.close()

    (rows,) = written.transactions
    assert rows <= 1 + store.PRUNE_BATCH_ROWS * 3  # the cursor; one batch of events, each with its two keys
    assert live_ids(engines) == ids[store.PRUNE_BATCH_ROWS:]
    acked = store.acknowledge(engines, store.DeviceAuth(last, shop.tenant_id), ids[-1])  # again: the next batch
    assert acked.cursor == ids[-1]
    assert acked.released == store.Released(events=store.PRUNE_BATCH_ROWS, keys=0, more=True)
    assert live_ids(engines) == ids[2 * store.PRUNE_BATCH_ROWS:]
    assert store.tenants_to_release(engines) == [shop.tenant_id]

    metrics = Metrics()
    assert asyncio.run(retention.release_tenant(engines, metrics, shop.tenant_id, batch_rows=1000)) == \
        BACKLOG - 2 * store.PRUNE_BATCH_ROWS
    assert metrics.retention_batches["acknowledged"] == 5  # four of 1,000 events and one of 600
    assert live_ids(engines) == [] and keys_of(engines, first) == keys_of(engines, last) == 0


def test_an_acknowledgement_over_http_leaves_the_rest_to_the_server(relay, http, pair):
    """The server releases the rest after answering, in batches, counted in its metrics."""
    shop = relay.create_tenant()
    desk = pair(shop.tenant_id)
    engines = db.make_engines(relay.settings.database_url)
    try:
        ids = seed_backlog(engines, shop.tenant_id, [desk.device_id], 1000)
        served = relay.app.state.relay

        assert desk.ack(http, str(ids[-1])).json() == {"acked": str(ids[-1])}
        asyncio.run_coroutine_threadsafe(asyncio.wait_for(served.releases.settled.wait(), 60),
                                         served.hub.loop).result()

        assert live_ids(engines) == []
        assert served.metrics.retention_deleted["acknowledged"] == 1000
        assert served.metrics.retention_batches["acknowledged"] == 1000 // store.PRUNE_BATCH_ROWS
    finally:
        engines.dispose()


def test_revoking_the_last_device_removes_its_keys_in_batches_and_keeps_the_events(engines):
    """With no active device left nothing is acknowledged by all: the events wait for retention (or a new
    device's pairing), only the revoked device's keys go."""
    settings, engines = engines
    shop = create_tenant(settings)
    (only,) = paired_devices(settings, engines, shop.tenant_id, 1)
    ids = seed_backlog(engines, shop.tenant_id, [only], 1000)
    set_acked(engines, only, ids[499])
    kept = [uuid.uuid4().hex for _ in range(150)]  # kept media sealed to it: their keys go too
    with engines.write.begin() as conn:
        conn.execute(insert(media), [{"id": m, "tenant_id": shop.tenant_id, "event_id": ids[0], "meta_media_id": m,
                                      "kind": "image", "state": "kept", "received_us": store.now_us(),
                                      "attempts": 1, "next_attempt_us": 0} for m in kept])
        conn.execute(insert(media_keys), [{"media_id": m, "device_id": only, "epk": os.urandom(32),
                                           "nonce": os.urandom(12), "wrapped_key": os.urandom(48)} for m in kept])

    assert store.revoke_device(engines, only, batch_rows=300) is True
    assert keys_of(engines, only) == 700

    metrics = Metrics()
    assert asyncio.run(retention.sweep_acknowledged(engines, metrics, batch_rows=300)) == 700 + 150
    assert metrics.retention_batches["acknowledged"] == 3 and metrics.retention_deleted["revoked_keys"] == 850
    assert keys_of(engines, only) == 0 and live_ids(engines) == ids
    with engines.read.connect() as conn:
        assert conn.execute(select(func.count()).select_from(media_keys)).scalar_one() == 0


def test_two_processes_releasing_one_tenant_at_once_share_the_work(engines):
    """Each in its own thread and transactions, as the sweeps of two serving processes: neither fails, every row
    is released exactly once, and nothing above the floor but the revoked device's keys is touched."""
    settings, engines = engines
    shop = create_tenant(settings)
    ahead, gone, behind = paired_devices(settings, engines, shop.tenant_id, 3)
    ids = seed_backlog(engines, shop.tenant_id, [ahead, gone, behind], 3000)
    set_acked(engines, ahead, ids[-1])
    set_acked(engines, behind, ids[1499])
    with engines.write.begin() as conn:
        conn.execute(update(devices).where(devices.c.id == gone).values(revoked_us=store.now_us()))
    results: list[int] = []
    failures: list[BaseException] = []

    def one_process() -> None:
        try:
            results.append(asyncio.run(retention.release_tenant(engines, Metrics(), shop.tenant_id, batch_rows=50)))
        except BaseException as exc:  # reported below, with the other thread's result
            failures.append(exc)

    threads = [threading.Thread(target=one_process) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert failures == []
    assert keys_of(engines, gone) == 0 and live_ids(engines) == ids[1500:]
    assert keys_of(engines, behind) == 1500
    assert sum(results) == 1500 + 1500  # each row released once
    assert store.tenants_to_release(engines) == []


def test_the_periodic_sweep_finishes_what_a_command_line_revocation_left(engines, monkeypatch):
    """``klaros-relay device revoke`` runs in its own process: the servers' retention loop finds the rest."""
    settings, engines = engines
    shop = create_tenant(settings)
    ahead, gone = paired_devices(settings, engines, shop.tenant_id, 2)
    ids = seed_backlog(engines, shop.tenant_id, [ahead, gone], 1000)
    set_acked(engines, ahead, ids[-1])
    assert store.revoke_device(engines, gone) is True
    real = retention.sweep_acknowledged

    async def scenario() -> int:
        swept = asyncio.Event()
        released: list[int] = []

        async def watched(*args, **kwargs) -> int:
            released.append(await real(*args, **kwargs))
            swept.set()
            return released[-1]

        monkeypatch.setattr(retention, "sweep_acknowledged", watched)
        loop = asyncio.create_task(retention.sweep_periodically(engines, Metrics(), retention_seconds=30 * 86400,
                                                                interval_seconds=0.01))
        try:
            await asyncio.wait_for(swept.wait(), 60)
        finally:
            loop.cancel()
        return released[0]

    assert asyncio.run(scenario()) == 1000 - store.PRUNE_BATCH_ROWS  # the revocation released one batch
    assert live_ids(engines) == [] and keys_of(engines, gone) == keys_of(engines, ahead) == 0


HELD = 3000


def seed_held(settings, engines, shop, count: int) -> None:
    """``count`` webhooks stored while the tenant has no device: held for its first one, as the writer holds
    them."""
    from relay.writer import GroupWriter, Incoming

    master = crypto.MasterKey.load(settings.master_key_file)
    bodies = [webhook_body(shop, text=f"held {n}") for n in range(count)]
    GroupWriter(engines, master).commit([Incoming(shop.tenant_id, body, hashlib.sha256(body).digest(), "relay-t",
                                                  store.now_us()) for body in bodies])


def revoke_once_wrapped(monkeypatch, engines, device_id: str, after_revoking=None) -> None:
    """Make ``store.pair`` wrap every held event to the device, then have the operator revoke it (another
    transaction, as ``klaros-relay device revoke`` is) before the pairing's last step activates it."""
    real_chunk = store._rewrap_chunk

    def chunk_then_revoke(*args, **kwargs):
        seen = real_chunk(*args, **kwargs)
        if not seen:  # all wrapped: the next step is the pairing's last transaction
            store.revoke_device(engines, device_id)
            if after_revoking is not None:
                after_revoking()
        return seen

    monkeypatch.setattr(store, "_rewrap_chunk", chunk_then_revoke)


def test_a_device_revoked_while_pairing_releases_one_batch_of_its_keys_then_the_sweep_the_rest(engines,
                                                                                               monkeypatch):
    """A first device revoked while the events held for it were wrapped to it has thousands of keys when the
    pairing's last transaction finds it revoked: that transaction releases one batch, as every revocation."""
    settings, engines = engines
    shop = create_tenant(settings)
    seed_held(settings, engines, shop, HELD)
    code = add_device(settings, shop.tenant_id)
    counters: list[RowsWritten] = []
    revoke_once_wrapped(monkeypatch, engines, code.device_id,
                        after_revoking=lambda: counters.append(RowsWritten(engines.write)))
    master = crypto.MasterKey.load(settings.master_key_file)
    try:
        with pytest.raises(store.PairingRefused) as refused:
            store.pair(engines, master, code=code.code, public_key=public_key())
    finally:
        for counter in counters:
            counter.close()

    (written,) = counters
    (rows,) = written.transactions  # the pairing's last transaction, after the revocation's own
    assert rows <= store.PRUNE_BATCH_ROWS
    assert keys_of(engines, code.device_id) == HELD - 2 * store.PRUNE_BATCH_ROWS
    assert refused.value.tenant_id == shop.tenant_id
    assert refused.value.released == store.Released(events=0, keys=store.PRUNE_BATCH_ROWS, more=True)
    assert store.tenants_to_release(engines) == [shop.tenant_id]

    metrics = Metrics()
    written = RowsWritten(engines.write)
    try:
        released = asyncio.run(retention.sweep_acknowledged(engines, metrics, batch_rows=1000))
    finally:
        written.close()
    assert released == metrics.retention_deleted["revoked_keys"] == HELD - 2 * store.PRUNE_BATCH_ROWS
    assert len(written.transactions) == 3 and max(written.transactions) <= 1000
    assert keys_of(engines, code.device_id) == 0 and store.tenants_to_release(engines) == []
    with engines.read.connect() as conn:  # still held for the tenant's next first device
        assert conn.execute(select(func.count()).select_from(events).where(
            events.c.live, events.c.held_key.is_not(None))).scalar_one() == HELD
    assert [d.state for d in store.list_devices(engines, shop.tenant_id)] == ["revoked"]


def test_a_pairing_refused_over_http_for_a_revocation_leaves_the_rest_to_the_server(relay, http, monkeypatch):
    """The pairing request is answered 401; the process that answered it releases the rest after it, counted."""
    shop = relay.create_tenant()
    engines = db.make_engines(relay.settings.database_url)
    try:
        seed_held(relay.settings, engines, shop, HELD)
        code = relay.add_device(shop.tenant_id)
        revoke_once_wrapped(monkeypatch, engines, code.device_id)
        served = relay.app.state.relay

        response = http.post(relay.url + "/v1/pair", json={
            "code": code.code, "public_key": base64.b64encode(public_key()).decode("ascii")})
        assert response.status_code == 401
        asyncio.run_coroutine_threadsafe(asyncio.wait_for(served.releases.settled.wait(), 60),
                                         served.hub.loop).result()

        assert keys_of(engines, code.device_id) == 0
        # all but the revocation's own batch (the operator's command, counted by no server)
        assert served.metrics.retention_deleted["revoked_keys"] == HELD - store.PRUNE_BATCH_ROWS
        assert served.metrics.retention_batches["acknowledged"] == (HELD - store.PRUNE_BATCH_ROWS) // 200
    finally:
        engines.dispose()
