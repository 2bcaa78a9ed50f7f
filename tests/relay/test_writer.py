"""Group writer: a batch is never sealed to a stale device list, whatever the writer had cached."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import select, text

from relay import crypto, store
from relay.embedded import add_device, create_tenant
from relay.models import event_keys, events
from relay.writer import GroupWriter, Incoming, StaleRecipients, Stored

from .conftest import incoming


def pair(settings, engines, master, tenant_id: str) -> tuple[str, X25519PrivateKey]:
    key = X25519PrivateKey.generate()
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    paired = store.pair(engines, master, code=add_device(settings, tenant_id).code, public_key=raw)
    return paired.device_id, key


def recipients_of(engines, event_id: int) -> tuple[list[str], bool]:
    with engines.read.connect() as conn:
        devices = [r.device_id for r in conn.execute(
            select(event_keys.c.device_id).where(event_keys.c.event_id == event_id).order_by(event_keys.c.device_id))]
        held = conn.execute(select(events.c.held_key).where(events.c.id == event_id)).scalar_one() is not None
    return devices, held


def test_device_paired_after_the_cache_was_filled_is_sealed_to(writer_setup):
    settings, engines, master = writer_setup
    a, b = create_tenant(settings, "A"), create_tenant(settings, "B")
    writer = GroupWriter(engines, master)
    (first,) = writer.commit([incoming(a, "before any device")])  # caches "A has no device"
    assert recipients_of(engines, first.event_id) == ([], True)
    device_id, key = pair(settings, engines, master, a.tenant_id)  # held event handed to the device
    other_device, _ = pair(settings, engines, master, b.tenant_id)
    stored = writer.commit([incoming(a, "after pairing"), incoming(b, "for B")])
    assert recipients_of(engines, stored[0].event_id) == ([device_id], False)
    assert recipients_of(engines, stored[1].event_id) == ([other_device], False)
    auth = store.DeviceAuth(device_id, a.tenant_id)
    opened = [crypto.open_sealed(crypto.sealed_json(e.nonce, e.ciphertext, [
        crypto.Recipient(device_id, e.epk, e.key_nonce, e.wrapped_key)]), tenant_id=a.tenant_id,
        device_id=device_id, private_key=key) for e in store.fetch_events(engines, auth, after=0, limit=10)]
    assert [b"before any device" in o for o in opened] == [True, False]
    assert b"after pairing" in opened[1]


def test_revoked_device_is_dropped_from_the_next_batch(writer_setup):
    settings, engines, master = writer_setup
    a = create_tenant(settings, "A")
    keep, _ = pair(settings, engines, master, a.tenant_id)
    gone, _ = pair(settings, engines, master, a.tenant_id)
    writer = GroupWriter(engines, master)
    (first,) = writer.commit([incoming(a, "both")])
    assert recipients_of(engines, first.event_id) == (sorted([keep, gone]), False)
    store.revoke_device(engines, gone)  # the writer still has both devices cached
    (second,) = writer.commit([incoming(a, "one")])
    assert recipients_of(engines, second.event_id) == ([keep], False)


def test_duplicates_inside_and_across_batches(writer_setup):
    settings, engines, master = writer_setup
    a = create_tenant(settings, "A")
    pair(settings, engines, master, a.tenant_id)
    writer = GroupWriter(engines, master)
    same = incoming(a, "same")
    first = writer.commit([same, incoming(a, "other"), same])
    assert [s.duplicate for s in first] == [False, False, True]
    assert [s.duplicate for s in writer.commit([same])] == [True]
    assert writer.rows == 4 and writer.batches == 2


def test_wrapped_keys_spread_over_several_statements(writer_setup, monkeypatch):
    settings, engines, master = writer_setup
    monkeypatch.setattr(store, "KEY_ROWS_PER_STATEMENT", 2)
    a = create_tenant(settings, "A")
    devices = sorted(pair(settings, engines, master, a.tenant_id)[0] for _ in range(2))
    stored = GroupWriter(engines, master).commit([incoming(a, f"m{i}") for i in range(3)])  # 6 key rows
    for s in stored:
        assert recipients_of(engines, s.event_id) == (devices, False)


def epks_of(engines, event_ids: list[int]) -> list[bytes]:
    with engines.read.connect() as conn:
        return [bytes(conn.execute(select(event_keys.c.epk).where(event_keys.c.event_id == event_id)).scalar_one())
                for event_id in event_ids]


@pytest.mark.parametrize("ephemeral_per_event", [False, True], ids=["per-batch", "per-event"])
def test_ephemeral_key_per_batch_or_per_event(writer_setup, ephemeral_per_event):
    """KLAROS_RELAY_EPHEMERAL_PER_EVENT: one ephemeral X25519 key per device and batch by default, a fresh
    one for every event and device when set; the device opens both."""
    settings, engines, master = writer_setup
    a = create_tenant(settings, "A")
    device_id, key = pair(settings, engines, master, a.tenant_id)
    stored = GroupWriter(engines, master, ephemeral_per_event=ephemeral_per_event).commit(
        [incoming(a, f"m{i}") for i in range(3)])
    epks = epks_of(engines, [s.event_id for s in stored])
    assert len(set(epks)) == (3 if ephemeral_per_event else 1)
    auth = store.DeviceAuth(device_id, a.tenant_id)
    for i, e in enumerate(store.fetch_events(engines, auth, after=0, limit=10)):
        sealed = crypto.sealed_json(e.nonce, e.ciphertext, [crypto.Recipient(device_id, e.epk, e.key_nonce,
                                                                             e.wrapped_key)])
        assert f"m{i}".encode() in crypto.open_sealed(sealed, tenant_id=a.tenant_id, device_id=device_id,
                                                      private_key=key)


@pytest.mark.parametrize("ephemeral_per_event", [False, True], ids=["per-batch", "per-event"])
def test_the_writer_process_gets_the_ephemeral_setting(writer_setup, ephemeral_per_event):
    import asyncio

    from relay.writer_process import WriterProcess

    settings, engines, master = writer_setup
    a = create_tenant(settings, "A")
    pair(settings, engines, master, a.tenant_id)
    writer = WriterProcess(settings.with_(ephemeral_per_event=ephemeral_per_event))

    async def one_batch():
        await writer.start()
        try:
            return await asyncio.gather(*(writer.submit(incoming(a, f"m{i}")) for i in range(3)))
        finally:
            await writer.stop()

    stored = asyncio.run(one_batch())
    assert writer.batches == 1
    assert len(set(epks_of(engines, [s.event_id for s in stored]))) == (3 if ephemeral_per_event else 1)


def test_a_batch_that_learns_its_device_lists_waits_for_every_lock_next(writer_setup):
    """On PostgreSQL a batch's first round takes only the tenants whose locks are free. When the device lists it
    sealed to were stale, the next round must wait for every lock (and so read every tenant's list at once): a
    batch of many tenants, each round locking one whose list it had not read yet, ran out of rounds otherwise
    ("device list kept changing") although no device changed."""
    _settings, engines, master = writer_setup
    writer = GroupWriter(engines, master)
    public = X25519PrivateKey.generate().public_key().public_bytes(serialization.Encoding.Raw,
                                                                   serialization.PublicFormat.Raw)
    tenants = [f"tenant-{n}" for n in range(8)]
    devices = {t: [(f"device-{t}", public)] for t in tenants}
    items = []
    for t in tenants:
        body = f"a webhook for {t}".encode()
        items.append(Incoming(t, body, hashlib.sha256(body).digest(), "relay-test", store.now_us()))
    rounds = writer._rounds(items)
    request, waits = next(rounds), []
    while True:
        sealed, wait = request
        waits.append(wait)
        mine = {s.item.tenant_id: [r.device_id for r in s.wrapped] for s in sealed}
        unknown = [t for t in mine if mine[t] != [d for d, _ in devices[t]]]
        # another process holds the locks of the tenants this writer already knows: a try-lock gets an unknown one
        locked = set(mine) if wait else {(unknown or sorted(mine))[0]}
        try:
            if any(t in locked for t in unknown):
                request = rounds.throw(StaleRecipients({t: devices[t] for t in locked}))
            else:
                request = rounds.send([Stored(1) if s.item.tenant_id in locked else None for s in sealed])
        except StopIteration as done:
            results = done.value
            break
    assert all(isinstance(r, Stored) for r in results)
    assert waits[1:] and all(waits[1:]), waits  # after the first round every round waits for its locks
    assert len(waits) <= 3, waits


def stored_count(engines) -> int:
    with engines.read.connect() as conn:
        return len(conn.execute(select(events.c.id)).all())


def test_a_batch_that_fails_half_way_leaves_nothing_and_the_next_one_is_stored(writer_setup, monkeypatch):
    """The events of a batch whose wrapped keys could not be inserted are rolled back with it (no event without
    its keys), and the writer's next batch commits on a connection that is not left inside that transaction."""
    settings, engines, master = writer_setup
    shop = create_tenant(settings, "A")
    pair(settings, engines, master, shop.tenant_id)
    writer = GroupWriter(engines, master)
    writer.commit([incoming(shop, "first")])

    # the database refuses key rows (on PostgreSQL they go in the events' own statement, and COMMIT with them)
    with engines.write.begin() as conn:
        if engines.is_sqlite:
            conn.execute(text("CREATE TRIGGER refuse_keys BEFORE INSERT ON event_keys "
                              "BEGIN SELECT RAISE(ABORT, 'keys refused'); END"))
        else:
            conn.execute(text("CREATE FUNCTION refuse_keys() RETURNS trigger LANGUAGE plpgsql AS "
                              "$$ BEGIN RAISE EXCEPTION 'keys refused'; END $$"))
            conn.execute(text("CREATE TRIGGER refuse_keys BEFORE INSERT ON event_keys "
                              "FOR EACH ROW EXECUTE FUNCTION refuse_keys()"))
    with pytest.raises((sqlite3.IntegrityError, store.StorageError), match="keys refused"):
        writer.commit([incoming(shop, "lost 1"), incoming(shop, "lost 2")])
    with engines.write.begin() as conn:
        conn.execute(text("DROP TRIGGER refuse_keys" + ("" if engines.is_sqlite else " ON event_keys")))
    assert stored_count(engines) == 1
    again = writer.commit([incoming(shop, "lost 1"), incoming(shop, "next")])
    assert all(s.event_id for s in again)  # "lost 1" was not stored: not a duplicate now
    assert stored_count(engines) == 3
    writer.close()


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_sqlite_batches_commit_in_wal_with_full_sync_under_the_write_lock(writer_setup, monkeypatch):
    """A webhook is answered once its batch committed; that COMMIT is durable only with the engine's
    settings (WAL, synchronous=FULL), whichever connection the writer keeps for its batches."""
    settings, engines, master = writer_setup
    shop = create_tenant(settings, "A")
    seen: list[tuple] = []
    original = store.EventBatch.insert_keys

    def spy(self, params):
        dbapi = self._dbapi
        seen.append((dbapi.execute("PRAGMA journal_mode").fetchone()[0],
                     dbapi.execute("PRAGMA synchronous").fetchone()[0], dbapi.in_transaction))
        return original(self, params)

    monkeypatch.setattr(store.EventBatch, "insert_keys", spy)
    writer = GroupWriter(engines, master)
    for said in ("one", "two"):
        writer.commit([incoming(shop, said)])
    writer.close()
    assert seen == [("wal", 2, True)] * 2
