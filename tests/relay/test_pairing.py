"""Pairing codes are single-use and expire; events reach only devices that can open them."""

from __future__ import annotations

import base64
import contextlib
import logging
import time

import httpx
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from relay import crypto


def key_b64() -> str:
    from cryptography.hazmat.primitives import serialization

    raw = X25519PrivateKey.generate().public_key().public_bytes(serialization.Encoding.Raw,
                                                                serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode()


def test_wrong_reused_and_expired_codes_are_401(relay, http, pair):
    shop = relay.create_tenant()
    url = relay.url + "/v1/pair"
    assert http.post(url, json={"code": "AAAA-BBBB-CCCC-DDDD", "public_key": key_b64()}).status_code == 401
    code = relay.add_device(shop.tenant_id, "Till")
    first = http.post(url, json={"code": code.code.lower(), "public_key": key_b64(), "name": "Till"})
    assert first.status_code == 201
    assert set(first.json()) == {"device_id", "token", "tenant_id"}
    assert first.json()["device_id"] == code.device_id
    again = http.post(url, json={"code": code.code, "public_key": key_b64()})
    assert again.status_code == 401
    expired = relay.add_device(shop.tenant_id, "Old", ttl_seconds=-1)
    assert http.post(url, json={"code": expired.code, "public_key": key_b64()}).status_code == 401


def test_malformed_pair_requests_are_400(relay, http):
    shop = relay.create_tenant()
    code = relay.add_device(shop.tenant_id, "Till")
    url = relay.url + "/v1/pair"
    for body in ({"code": code.code}, {"code": code.code, "public_key": "!!"},
                 {"code": code.code, "public_key": base64.b64encode(b"short").decode()},
                 {"code": 5, "public_key": key_b64()}, [1, 2]):
        assert http.post(url, json=body).status_code == 400, body
    assert http.post(url, content=b"not json").status_code == 400
    # the code survived the bad attempts
    assert http.post(url, json={"code": code.code, "public_key": key_b64()}).status_code == 201


def test_events_before_any_device_are_held_and_sealed_to_the_first(relay, http, post, pair):
    shop = relay.create_tenant()
    assert post(shop, text="early bird").status_code == 200
    first = pair(shop.tenant_id, "First")
    second = pair(shop.tenant_id, "Second")
    got = first.pull(http)["events"]
    assert len(got) == 1
    assert b"early bird" in first.open(got[0])
    assert second.pull(http)["events"] == []  # joined later: cannot read what was sealed before
    assert post(shop, text="after both").status_code == 200
    for desk in (first, second):
        events = desk.pull(http, after=None)["events"]
        assert b"after both" in desk.open(events[-1])
        assert [r["device_id"] for r in events[-1]["sealed"]["recipients"]] == [desk.device_id]


def test_revoked_device_loses_access(relay, http, post, pair):
    from relay import db, store
    from relay.embedded import add_device  # noqa: F401 - import check of the public helper API

    shop = relay.create_tenant()
    desk = pair(shop.tenant_id)
    engines = db.make_engines(relay.settings.database_url)
    try:
        store.revoke_device(engines, desk.device_id)
    finally:
        engines.dispose()
    response = http.get(relay.url + "/v1/events", headers=desk.auth)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


def test_missing_or_unknown_token_is_401(relay, http):
    for headers in ({}, {"Authorization": "Bearer nope"}, {"Authorization": "Basic abc"}):
        assert http.get(relay.url + "/v1/events", headers=headers).status_code == 401
        assert http.post(relay.url + "/v1/events/ack", json={"up_to": "1"}, headers=headers).status_code == 401


def test_open_sealed_event_with_device_private_key(relay, http, post, pair):
    shop = relay.create_tenant()
    desk = pair(shop.tenant_id)
    body = b'{"object":"whatsapp_business_account","entry":[{"id":"%s","changes":[]}]}' % shop.waba_id.encode()
    assert post(shop, body).status_code == 200
    (event,) = desk.pull(http)["events"]
    assert crypto.open_sealed(event["sealed"], tenant_id=shop.tenant_id, device_id=desk.device_id,
                              private_key=desk.private_key) == body
    assert event["received_at"].endswith("Z")
    assert event["correlation_id"].startswith("relay-")


# ----------------------------------------------------------------------------------- pairing under load


@contextlib.contextmanager
def event_lock_held(database_url: str, tenant_ids: set[str]):
    """Hold the lock a pairing and a group commit for these tenants take (SQLite's write lock; the tenants'
    PostgreSQL advisory locks) from another connection, as a long group commit would."""
    from relay import db, store

    engines = db.make_engines(database_url)
    conn = engines.write.connect()
    try:
        transaction = conn.begin()  # BEGIN IMMEDIATE on SQLite: the write lock
        store.lock_tenants(conn, tenant_ids)
        yield
        transaction.rollback()
    finally:
        conn.close()
        engines.dispose()


def test_a_bogus_code_is_refused_without_waiting_for_the_write_lock(relay, database_url):
    url = relay.url + "/v1/pair"
    shop = relay.create_tenant()
    relay.add_device(shop.tenant_id, "Till")
    with event_lock_held(relay.settings.database_url, {shop.tenant_id}), httpx.Client(timeout=5) as quick:
        started = time.monotonic()
        response = quick.post(url, json={"code": "AAAA-BBBB-CCCC-DDDD", "public_key": key_b64()})
        assert response.status_code == 401
        assert time.monotonic() - started < 4


def test_pair_attempts_per_address_are_limited_with_429_and_retry_after(tmp_path, database_url, http, caplog):
    from relay.embedded import RelayServer

    with RelayServer(tmp_path / "limited", database_url=database_url, pair_attempts_per_minute=3) as relay:
        shop = relay.create_tenant()
        code = relay.add_device(shop.tenant_id, "Till")
        url = relay.url + "/v1/pair"
        for _ in range(3):
            assert http.post(url, json={"code": "AAAA-BBBB-CCCC-DDDD", "public_key": key_b64()}).status_code == 401
        caplog.clear()
        with caplog.at_level(logging.INFO, logger="relay.http"):
            limited = http.post(url, json={"code": code.code, "public_key": key_b64()})
        assert limited.status_code == 429
        assert 1 <= int(limited.headers["retry-after"]) <= 60
        assert [(r.getMessage(), r.reason, r.status) for r in caplog.records if r.name == "relay.http"] == [
            ("pairing refused", "rate_limited", 429)]
        from relay import db, store

        engines = db.make_engines(relay.settings.database_url)  # the refused attempt did not spend the code
        try:
            assert [d.state for d in store.list_devices(engines, shop.tenant_id)] == ["waiting"]
        finally:
            engines.dispose()


def test_first_pairing_rewraps_held_events_in_chunks_outside_the_lock(tmp_path, database_url, monkeypatch):
    """Events held for a tenant without devices are wrapped to its first device a chunk at a time, each chunk
    in its own short transaction; webhooks committed while that goes on (the writer needs the lock the
    pairing no longer holds) and after it are each sealed to the new device exactly once."""
    import hashlib

    from cryptography.hazmat.primitives import serialization
    from sqlalchemy import func, select

    from relay import db, store
    from relay.embedded import add_device, create_tenant, prepare, relay_settings, webhook_body
    from relay.models import event_keys, events
    from relay.writer import GroupWriter, Incoming

    settings = relay_settings(tmp_path / "chunks", database_url)
    prepare(settings)
    shop = create_tenant(settings)
    engines = db.make_engines(settings.database_url)
    master = crypto.MasterKey.load(settings.master_key_file)
    writer = GroupWriter(engines, master)

    def arrive(text: str) -> int:
        body = webhook_body(shop, text=text)
        (stored,) = writer.commit([Incoming(shop.tenant_id, body, hashlib.sha256(body).digest(), "relay-t",
                                            store.now_us())])
        return stored.event_id

    try:
        sent = [f"held {i}" for i in range(5)]
        for text in sent:
            arrive(text)
        monkeypatch.setattr(store, "PAIR_CHUNK", 2)
        real_chunk = store._rewrap_chunk
        chunks = []

        def chunk_then_webhook(*args, **kwargs):
            wrapped = real_chunk(*args, **kwargs)
            chunks.append(wrapped)
            if len(chunks) == 1:  # a webhook arrives between two chunks of the pairing
                sent.append("during pairing")
                arrive("during pairing")
            return wrapped

        monkeypatch.setattr(store, "_rewrap_chunk", chunk_then_webhook)
        key = X25519PrivateKey.generate()
        raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        paired = store.pair(engines, master, code=add_device(settings, shop.tenant_id).code, public_key=raw)
        assert len(chunks) >= 3 and all(len(c) <= 2 for c in chunks)
        sent.append("after pairing")
        arrive("after pairing")

        auth = store.DeviceAuth(paired.device_id, shop.tenant_id)
        pulled = store.fetch_events(engines, auth, after=0, limit=100)
        opened = [crypto.open_sealed(crypto.sealed_json(e.nonce, e.ciphertext, [crypto.Recipient(
            paired.device_id, e.epk, e.key_nonce, e.wrapped_key)]), tenant_id=shop.tenant_id,
            device_id=paired.device_id, private_key=key) for e in pulled]
        assert [next(t for t in sent if t.encode() in o) for o in opened] == sent
        assert [e.cursor for e in pulled] == sorted(e.cursor for e in pulled)
        with engines.read.connect() as conn:
            assert conn.execute(select(func.count()).select_from(event_keys)).scalar_one() == len(sent)
            assert conn.execute(select(func.count()).where(events.c.held_key.is_not(None))).scalar_one() == 0
    finally:
        engines.dispose()


def test_a_device_revoked_while_its_events_are_wrapped_is_not_activated(tmp_path, database_url, monkeypatch):
    import hashlib

    import pytest
    from cryptography.hazmat.primitives import serialization
    from sqlalchemy import func, select

    from relay import db, store
    from relay.embedded import add_device, create_tenant, prepare, relay_settings, webhook_body
    from relay.models import event_keys, events
    from relay.writer import GroupWriter, Incoming

    settings = relay_settings(tmp_path / "revoked", database_url)
    prepare(settings)
    shop = create_tenant(settings)
    engines = db.make_engines(settings.database_url)
    master = crypto.MasterKey.load(settings.master_key_file)
    try:
        for i in range(4):
            body = webhook_body(shop, text=f"held {i}")
            GroupWriter(engines, master).commit([Incoming(shop.tenant_id, body, hashlib.sha256(body).digest(),
                                                          "relay-t", store.now_us())])
        code = add_device(settings, shop.tenant_id)
        monkeypatch.setattr(store, "PAIR_CHUNK", 2)
        real_chunk = store._rewrap_chunk

        def chunk_then_revoke(*args, **kwargs):
            seen = real_chunk(*args, **kwargs)
            store.revoke_device(engines, code.device_id)  # the operator revokes the half-paired device
            return seen

        monkeypatch.setattr(store, "_rewrap_chunk", chunk_then_revoke)
        raw = X25519PrivateKey.generate().public_key().public_bytes(serialization.Encoding.Raw,
                                                                    serialization.PublicFormat.Raw)
        with pytest.raises(store.PairingRefused):
            store.pair(engines, master, code=code.code, public_key=raw)
        with engines.read.connect() as conn:
            assert conn.execute(select(func.count()).select_from(event_keys)).scalar_one() == 0
            assert conn.execute(select(func.count()).where(events.c.held_key.is_not(None))).scalar_one() == 4
        assert [d.state for d in store.list_devices(engines, shop.tenant_id)] == ["revoked"]
    finally:
        engines.dispose()


def test_a_pairing_stops_wrapping_at_the_first_chunk_after_its_device_was_revoked(tmp_path, database_url,
                                                                                 monkeypatch):
    """Held events are wrapped a chunk at a time; once the device is revoked, the next chunk wraps nothing and
    writes no key (everything wrapped to it would only be released again)."""
    import hashlib

    import pytest
    from cryptography.hazmat.primitives import serialization
    from sqlalchemy import func, select

    from relay import db, store
    from relay.embedded import add_device, create_tenant, prepare, relay_settings, webhook_body
    from relay.models import event_keys
    from relay.writer import GroupWriter, Incoming

    settings = relay_settings(tmp_path / "stops", database_url)
    prepare(settings)
    shop = create_tenant(settings)
    engines = db.make_engines(settings.database_url)
    master = crypto.MasterKey.load(settings.master_key_file)
    try:
        writer = GroupWriter(engines, master)
        for i in range(10):
            body = webhook_body(shop, text=f"held {i}")
            writer.commit([Incoming(shop.tenant_id, body, hashlib.sha256(body).digest(), "relay-t", store.now_us())])
        code = add_device(settings, shop.tenant_id)
        monkeypatch.setattr(store, "PAIR_CHUNK", 2)
        wraps = []
        real_wrap = store._wrap
        monkeypatch.setattr(store, "_wrap", lambda *a, **k: wraps.append(len(a[4])) or real_wrap(*a, **k))
        real_chunk = store._rewrap_chunk
        chunks = []

        def chunk_then_revoke(*args, **kwargs):
            seen = real_chunk(*args, **kwargs)
            chunks.append(seen)
            if len(chunks) == 1:
                store.revoke_device(engines, code.device_id)  # the operator revokes it after the first chunk
            return seen

        monkeypatch.setattr(store, "_rewrap_chunk", chunk_then_revoke)
        written = []

        def count_keys(conn, clauseelement, *args, **kwargs):
            if getattr(clauseelement, "table", None) is event_keys and clauseelement.is_insert:
                written.append(len(args[0]) if args and isinstance(args[0], list) else 1)

        from sqlalchemy import event as sa_event

        sa_event.listen(engines.write, "before_execute", count_keys)
        raw = X25519PrivateKey.generate().public_key().public_bytes(serialization.Encoding.Raw,
                                                                    serialization.PublicFormat.Raw)
        with pytest.raises(store.RevokedWhilePairing):
            store.pair(engines, master, code=code.code, public_key=raw)
        assert wraps == [2], wraps  # the first chunk only: the second sees the revocation and stops
        assert sum(written) == 2, written
        with engines.read.connect() as conn:
            assert conn.execute(select(func.count()).select_from(event_keys)).scalar_one() == 0  # released
    finally:
        engines.dispose()
