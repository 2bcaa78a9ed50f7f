"""PostgreSQL event locks are per tenant: one tenant's long commit holds up no other tenant's webhooks."""

from __future__ import annotations

import contextlib
import threading
import time

import pytest
from sqlalchemy import select, text

from relay import crypto, db, store
from relay.embedded import create_tenant, prepare, relay_settings, webhook_body
from relay.models import event_keys, events
from relay.writer import GroupWriter, Incoming, Stored

from .conftest import incoming

pytestmark = pytest.mark.postgres


@pytest.fixture
def setup(tmp_path, pg_url):
    settings = relay_settings(tmp_path / "locks", pg_url)
    prepare(settings)
    engines = db.make_engines(settings.database_url)
    yield settings, engines, crypto.MasterKey.load(settings.master_key_file)
    engines.dispose()


@contextlib.contextmanager
def tenant_locked(engines: db.Engines, tenant_id: str):
    """Another process's group commit for this tenant, still open."""
    with engines.write.connect() as conn:
        transaction = conn.begin()
        assert store.lock_tenants(conn, {tenant_id}, wait=False) == {tenant_id}
        yield
        transaction.rollback()


def stored_texts(engines: db.Engines) -> set[str]:
    with engines.read.connect() as conn:
        return {cid for cid in conn.execute(select(events.c.correlation_id)).scalars()}


def committing(writer: GroupWriter, items: list[Incoming]) -> tuple[threading.Thread, list]:
    out: list = []
    thread = threading.Thread(target=lambda: out.extend(writer.commit(items)))
    thread.start()
    return thread, out


def wait_for_advisory_lock_waiter(engines: db.Engines, thread: threading.Thread) -> None:
    """Until a session of this database waits for an advisory lock (the writer's second round), or the writer
    ended (it did not need to wait)."""
    deadline = time.monotonic() + 60
    while thread.is_alive() and time.monotonic() < deadline:
        with engines.read.connect() as conn:
            if conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                 "AND wait_event_type = 'Lock' AND wait_event = 'advisory'")).scalar_one():
                return
        time.sleep(0.01)


def test_a_tenant_whose_lock_is_held_elsewhere_does_not_hold_up_another_tenant(setup):
    settings, engines, master = setup
    busy, free = create_tenant(settings, "Busy"), create_tenant(settings, "Free")
    writer = GroupWriter(engines, master)
    with tenant_locked(engines, busy.tenant_id):
        thread, results = committing(writer, [incoming(free, "free")])
        thread.join(60)
        assert not thread.is_alive(), "a commit for one tenant waited for another tenant's lock"
    assert isinstance(results[0], Stored) and results[0].event_id


def test_a_mixed_batch_stores_the_free_tenant_first_and_the_locked_one_once_its_lock_is_free(setup):
    settings, engines, master = setup
    busy, free = create_tenant(settings, "Busy"), create_tenant(settings, "Free")
    writer = GroupWriter(engines, master)
    items = [Incoming(i.tenant_id, i.body, i.body_sha256, label, i.received_us)
             for i, label in ((incoming(busy, "b"), "busy"), (incoming(free, "f"), "free"))]
    with tenant_locked(engines, busy.tenant_id):
        thread, results = committing(writer, items)
        wait_for_advisory_lock_waiter(engines, thread)
        assert thread.is_alive(), "the busy tenant's webhook was stored without its lock"
        assert stored_texts(engines) == {"free"}  # committed while the other tenant was still locked
    thread.join(60)
    assert stored_texts(engines) == {"busy", "free"}
    assert all(isinstance(r, Stored) and r.event_id for r in results)
    assert results[0].event_id > results[1].event_id  # drawn after its tenant's lock came free
    assert writer.batches == 2


@pytest.mark.parametrize("with_free_tenant", [True, False], ids=["second-round", "every-lock-taken"])
def test_a_device_paired_while_the_writer_waits_for_its_tenants_lock_is_sealed_to(setup, with_free_tenant):
    """The device list a transaction checks is read after its locks are held, even when the same message takes
    the locks: another process pairs a device under the tenant's lock while this writer waits for that lock
    (in a waiting round, or after a try that found every lock taken), and the event is sealed to that device
    too, not stored for the list the writer had before."""
    settings, engines, master = setup
    busy, free = create_tenant(settings, "Busy"), create_tenant(settings, "Free")
    writer = GroupWriter(engines, master)
    items = [incoming(busy, "b", "busy")] + ([incoming(free, "f", "free")] if with_free_tenant else [])
    writer.commit([incoming(busy, "warm-up", "warm-up")])  # its device list (none) is cached
    with engines.write.connect() as conn:
        transaction = conn.begin()
        assert store.lock_tenants(conn, {busy.tenant_id}, wait=False) == {busy.tenant_id}
        thread, results = committing(writer, items)
        wait_for_advisory_lock_waiter(engines, thread)
        assert thread.is_alive(), "the busy tenant's webhook was stored without its lock"
        now = store.now_us()
        conn.execute(text("INSERT INTO devices (id, tenant_id, name, code_expires_us, public_key, created_us, "
                          "paired_us, acked_cursor) VALUES (:id, :t, 'late', :now, :key, :now, :now, 0)"),
                     {"id": store.new_id(), "t": busy.tenant_id, "now": now, "key": bytes(range(9, 41))})
        transaction.commit()
    thread.join(60)
    assert all(isinstance(r, Stored) and r.event_id for r in results)
    with engines.read.connect() as conn:
        wrapped = conn.execute(select(event_keys.c.device_id).where(event_keys.c.event_id == results[0].event_id)
                               ).scalars().all()
    assert len(wrapped) == 1, "the event was stored for the device list read before the lock was held"


def test_event_ids_come_from_a_sequence_without_a_per_session_cache(setup):
    """Several sessions with cached ranges would draw ids out of order: a tenant's later commit could get a
    smaller id than its earlier one."""
    _settings, engines, _master = setup
    with engines.read.connect() as conn:
        # schema-qualified: other test schemas on the same server have an events_id_seq of their own
        cache = conn.execute(text("SELECT cache_size FROM pg_sequences WHERE schemaname || '.' || sequencename "
                                  "= pg_get_serial_sequence('events', 'id')")).scalar_one()
    assert cache == 1


def test_the_time_webhooks_wait_for_their_tenants_event_locks_is_counted_per_webhook(setup):
    """``lock_wait_seconds``: for each transaction, how long taking its event locks took, times the webhooks it
    held (each of them waited that long), so that it compares with the webhooks' request time."""
    settings, engines, master = setup
    busy = create_tenant(settings, "Busy")
    writer = GroupWriter(engines, master)
    items = [incoming(busy, "one"), incoming(busy, "two"), incoming(busy, "three")]
    assert writer.lock_wait_seconds == 0.0
    started = time.monotonic()
    with tenant_locked(engines, busy.tenant_id):
        thread, results = committing(writer, items)
        wait_for_advisory_lock_waiter(engines, thread)
        seen_waiting = time.monotonic()
        assert thread.is_alive()
        time.sleep(0.05)  # the wait being measured, not a stand-in for a signal
        released = time.monotonic()
    thread.join(60)
    ended = time.monotonic()
    assert all(isinstance(r, Stored) and r.event_id for r in results)
    assert 3 * (released - seen_waiting) <= writer.lock_wait_seconds <= 3 * (ended - started)


def test_the_writer_process_reports_its_lock_waits_in_the_metrics_with_the_process_id(tmp_path, pg_url):
    import os

    import httpx

    from relay.embedded import RelayServer, sign

    with RelayServer(tmp_path / "relay", database_url=pg_url, writer_process=True) as served:
        shop = served.create_tenant("Busy")
        engines = db.make_engines(served.settings.database_url)
        try:
            body = webhook_body(shop, text="waits")
            answers: list = []
            post = threading.Thread(target=lambda: answers.append(httpx.post(
                served.url + shop.webhook_path, content=body, timeout=60,
                headers={"X-Hub-Signature-256": sign(body, shop.app_secret)}).status_code))
            with tenant_locked(engines, shop.tenant_id):
                post.start()
                wait_for_advisory_lock_waiter(engines, post)
                assert post.is_alive()
                time.sleep(0.05)  # the wait being measured
            post.join(60)
        finally:
            engines.dispose()
        assert answers == [200]
        metrics = httpx.get(served.url + "/metrics").text
    waited = next(float(row.split()[1]) for row in metrics.splitlines()
                  if row.startswith("klaros_relay_event_lock_wait_seconds_total "))
    assert waited >= 0.05
    assert f'klaros_relay_process_info{{pid="{os.getpid()}"}} 1' in metrics


def test_a_group_commit_notifies_the_other_processes_once_for_all_its_tenants(setup):
    """One notification per transaction, naming every tenant that got an event: each serving process's LISTEN
    connection handles one per commit, not one per tenant (with many shops, about one per webhook in every
    process)."""
    import psycopg

    from relay.wake import psycopg_conninfo

    settings, engines, master = setup
    shops = [create_tenant(settings, f"Shop {n}") for n in range(3)]
    mine = {s.tenant_id for s in shops}
    with psycopg.connect(psycopg_conninfo(settings.database_url), autocommit=True) as listener:
        listener.execute(f"LISTEN {store.NOTIFY_CHANNEL}")
        GroupWriter(engines, master).commit([incoming(s, "hello") for s in shops])
        notes = [n.payload for n in listener.notifies(timeout=2.0) if mine & set(n.payload.split())]
    assert len(notes) == 1 and set(notes[0].split()) == mine


def test_a_notification_naming_several_tenants_wakes_the_long_polls_of_each(setup):
    import asyncio

    from relay.wake import WakeHub, listen_postgres

    settings, engines, _master = setup
    tenants = [create_tenant(settings, f"Shop {n}").tenant_id for n in range(3)]

    async def woken() -> list[bool]:
        hub, ready = WakeHub(), asyncio.Event()
        listening = asyncio.create_task(listen_postgres(settings.database_url, hub, ready))
        await asyncio.wait_for(ready.wait(), 15)
        waiters = [hub.waiter(t) for t in tenants]
        with engines.write.begin() as conn:
            conn.execute(text("SELECT pg_notify(:c, :p)"), {"c": store.NOTIFY_CHANNEL, "p": " ".join(tenants)})
        await asyncio.wait(waiters, timeout=10)
        listening.cancel()
        await asyncio.gather(listening, return_exceptions=True)
        return [w.done() for w in waiters]

    assert asyncio.run(woken()) == [True, True, True]
