"""Kept wrappers: a device's data keys are wrapped under one ephemeral key across batches, for a bounded time
and number of keys (docs/sealed-events.md, "Ephemeral keys")."""

from __future__ import annotations

import os

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import select

from relay import crypto, store
from relay.embedded import add_device, create_tenant
from relay.models import event_keys
from relay.writer import GroupWriter

from .conftest import incoming


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def public(key: X25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def opened(recipient: crypto.Recipient, key: X25519PrivateKey) -> bytes:
    return crypto.unwrap_key(recipient.as_json(), device_id=recipient.device_id, private_key=key)


def test_one_ephemeral_key_until_its_age_or_its_count_runs_out():
    clock, key = Clock(), X25519PrivateKey.generate()
    kept = crypto.KeptWrappers(max_age=60, max_wraps=3, clock=clock)
    data_keys = [os.urandom(32) for _ in range(6)]
    wrapped = [kept.wrap(data_keys[0], "dev-1", public(key))]
    clock.now += 59.9
    wrapped += [kept.wrap(k, "dev-1", public(key)) for k in data_keys[1:3]]
    wrapped.append(kept.wrap(data_keys[3], "dev-1", public(key)))  # the fourth key: a fresh ephemeral key
    clock.now += 60  # that one is now 60 s old
    wrapped += [kept.wrap(k, "dev-1", public(key)) for k in data_keys[4:]]
    epks = [r.epk for r in wrapped]
    assert epks[0] == epks[1] == epks[2] != epks[3] != epks[4] == epks[5]
    assert len({r.nonce for r in wrapped}) == 6  # every key its own nonce, also under one KEK
    assert [opened(r, key) for r in wrapped] == data_keys


def test_each_device_and_each_device_key_has_its_own_and_old_ones_are_dropped():
    clock = Clock()
    first, second, repaired = (X25519PrivateKey.generate() for _ in range(3))
    kept = crypto.KeptWrappers(max_age=60, clock=clock)
    a = kept.wrap(os.urandom(32), "dev-1", public(first))
    b = kept.wrap(os.urandom(32), "dev-2", public(second))
    c = kept.wrap(os.urandom(32), "dev-1", public(repaired))  # dev-1 paired again with a new key
    assert len({a.epk, b.epk, c.epk}) == 3 and len(kept) == 3
    clock.now += 61
    kept.wrap(os.urandom(32), "dev-2", public(second))  # a fresh one; the others, unused, are gone with it
    assert len(kept) == 1


def epk_of(engines, event_id: int) -> bytes:
    with engines.read.connect() as conn:
        return bytes(conn.execute(select(event_keys.c.epk).where(event_keys.c.event_id == event_id)).scalar_one())


@pytest.mark.parametrize("ephemeral_per_event", [False, True], ids=["kept", "per-event"])
def test_batches_apart_share_the_ephemeral_key_within_the_bounds(writer_setup, ephemeral_per_event):
    """A trickle of webhooks (one batch each) shares a device's ephemeral key for up to the kept wrapper's age;
    KLAROS_RELAY_EPHEMERAL_PER_EVENT still draws one per event. The device opens every event either way."""
    settings, engines, master = writer_setup
    tenant = create_tenant(settings, "A")
    key = X25519PrivateKey.generate()
    device_id = store.pair(engines, master, code=add_device(settings, tenant.tenant_id).code,
                           public_key=public(key)).device_id
    clock = Clock()
    writer = GroupWriter(engines, master, ephemeral_per_event=ephemeral_per_event,
                         wrappers=crypto.KeptWrappers(max_age=60, clock=clock))
    stored = []
    for i, step in enumerate((0, 20, 20, 30)):  # the fourth batch comes 70 s after the first
        clock.now += step
        stored += writer.commit([incoming(tenant, f"m{i}")])
    epks = [epk_of(engines, s.event_id) for s in stored]
    if ephemeral_per_event:
        assert len(set(epks)) == 4
    else:
        assert epks[0] == epks[1] == epks[2] != epks[3]
    auth = store.DeviceAuth(device_id, tenant.tenant_id)
    for i, e in enumerate(store.fetch_events(engines, auth, after=0, limit=10)):
        sealed = crypto.sealed_json(e.nonce, e.ciphertext, [crypto.Recipient(device_id, e.epk, e.key_nonce,
                                                                             e.wrapped_key)])
        assert f"m{i}".encode() in crypto.open_sealed(sealed, tenant_id=tenant.tenant_id, device_id=device_id,
                                                      private_key=key)
