"""PostgreSQL event locks are per tenant: one tenant's long commit holds up no other tenant's webhooks."""

from __future__ import annotations

import contextlib
import hashlib
import threading
import time

import pytest
from sqlalchemy import select, text

from relay import crypto, db, store
from relay.embedded import create_tenant, prepare, relay_settings, webhook_body
from relay.models import events
from relay.writer import GroupWriter, Incoming, Stored

pytestmark = pytest.mark.postgres


@pytest.fixture
def setup(tmp_path, pg_url):
    settings = relay_settings(tmp_path / "locks", pg_url)
    prepare(settings)
    engines = db.make_engines(settings.database_url)
    yield settings, engines, crypto.MasterKey.load(settings.master_key_file)
    engines.dispose()


def incoming(tenant, label: str) -> Incoming:
    body = webhook_body(tenant, text=label)
    return Incoming(tenant.tenant_id, body, hashlib.sha256(body).digest(), "relay-test", store.now_us())


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


def test_event_ids_come_from_a_sequence_without_a_per_session_cache(setup):
    """Several sessions with cached ranges would draw ids out of order: a tenant's later commit could get a
    smaller id than its earlier one."""
    _settings, engines, _master = setup
    with engines.read.connect() as conn:
        cache = conn.execute(text("SELECT cache_size FROM pg_sequences WHERE sequencename = "
                                  "pg_get_serial_sequence('events', 'id')::regclass::text "
                                  "OR schemaname || '.' || sequencename = pg_get_serial_sequence('events', 'id')"
                                  )).scalar_one()
    assert cache == 1
