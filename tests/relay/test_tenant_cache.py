"""The per-process tenant cache: concurrent misses share one database read; entries expire."""

from __future__ import annotations

import asyncio

from sqlalchemy import event

from relay import crypto, db, store
from relay.embedded import RelayServer, create_tenant, prepare, relay_settings
from relay.wake import WakeHub
from relay.web import Relay
from relay.writer import GroupWriter


def make_relay(settings) -> Relay:
    engines = db.make_engines(settings.database_url)
    master = crypto.MasterKey.load(settings.master_key_file)
    return Relay(settings, engines, master, GroupWriter(engines, master), WakeHub())


def test_concurrent_misses_share_one_read_and_the_cache_serves_the_rest(tmp_path, monkeypatch):
    settings = relay_settings(tmp_path, tenant_cache_seconds=60)
    prepare(settings)
    shop = create_tenant(settings)
    reads = []
    real = store.tenants_secrets

    def counting(*args, **kwargs):
        reads.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(store, "tenants_secrets", counting)
    relay = make_relay(settings)
    try:
        async def burst():
            first = await asyncio.gather(*(relay.tenant(tenant_id=shop.tenant_id) for _ in range(20)))
            again = await relay.tenant(tenant_id=shop.tenant_id)
            return first, again

        first, again = asyncio.run(burst())
    finally:
        relay.engines.dispose()
    assert len(reads) == 1
    assert {s.tenant.id for s in first} == {shop.tenant_id} and again.tenant.id == shop.tenant_id
    assert again.app_secret == shop.app_secret.encode()
    assert relay._lookups == {}


def test_without_cache_every_request_reads_again_and_unknown_tenants_are_not_cached(tmp_path, monkeypatch):
    settings = relay_settings(tmp_path)  # tenant_cache_seconds=0
    prepare(settings)
    shop = create_tenant(settings)
    reads = []
    real = store.tenants_secrets
    monkeypatch.setattr(store, "tenants_secrets", lambda *a, **k: reads.append(k) or real(*a, **k))
    relay = make_relay(settings)
    try:
        async def sequence():
            await relay.tenant(tenant_id=shop.tenant_id)
            await relay.tenant(tenant_id=shop.tenant_id)
            return await relay.tenant(tenant_id=store.new_id())  # well-formed, so it is looked up

        missing = asyncio.run(sequence())
    finally:
        relay.engines.dispose()
    assert missing is None and len(reads) == 3


def _connection_counter(engine):
    """How many connections the engine's pool handed out, and the most held at once."""
    seen = {"checkouts": 0, "held": 0, "most": 0}

    def checkout(*_args) -> None:
        seen["checkouts"] += 1
        seen["held"] += 1
        seen["most"] = max(seen["most"], seen["held"])

    def checkin(*_args) -> None:
        seen["held"] -= 1

    event.listen(engine, "checkout", checkout)
    event.listen(engine, "checkin", checkin)
    return seen


def test_many_tenants_expiring_at_once_are_read_together_on_one_connection(tmp_path, database_url):
    """100 shops cached at the same moment expire at the same moment: the burst of webhooks that follows is
    served by one or two reads on one connection, not one read (and connection) per shop."""
    settings = relay_settings(tmp_path, database_url, tenant_cache_seconds=2)
    prepare(settings)
    relay = make_relay(settings)
    try:
        made = [store.create_tenant(relay.engines, relay.master, name=f"Shop {n}", waba_id=str(10**14 + n),
                                    phone_number_id=str(10**12 + n), app_secret=f"secret {n}").tenant
                for n in range(100)]
        clock = [1000.0]
        relay.clock = lambda: clock[0]
        missing = store.new_id()

        async def burst():
            asks = [relay.tenant(tenant_id=t.id) for t in made for _ in range(3)]
            asks += [relay.tenant(waba_id=t.waba_id) for t in made[:10]]
            asks.append(relay.tenant(tenant_id=missing))
            return await asyncio.gather(*asks)

        seen = _connection_counter(relay.engines.read)
        cold = asyncio.run(burst())
        assert seen["checkouts"] <= 2 and seen["most"] == 1
        clock[0] += 2.5  # every entry has expired, all at once
        seen.update(checkouts=0, most=0)
        warm = asyncio.run(burst())
        assert seen["checkouts"] <= 2 and seen["most"] == 1
        for found in (cold, warm):
            assert [s.tenant.id for s in found[:300]] == [t.id for t in made for _ in range(3)]
            assert [s.tenant.id for s in found[300:310]] == [t.id for t in made[:10]]
            assert found[0].app_secret == b"secret 0" and found[-1] is None
        seen.update(checkouts=0, most=0)
        asyncio.run(burst())  # within the cache time: no read but the unknown tenant's
        assert seen["checkouts"] == 1
    finally:
        relay.engines.dispose()


def test_a_failed_read_fails_its_waiters_and_the_next_request_reads_again(tmp_path, monkeypatch):
    settings = relay_settings(tmp_path, tenant_cache_seconds=60)
    prepare(settings)
    shop = create_tenant(settings)
    relay = make_relay(settings)
    real = store.tenants_secrets
    calls = []

    def failing_once(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise OSError("database gone")
        return real(*args, **kwargs)

    monkeypatch.setattr(store, "tenants_secrets", failing_once)
    try:
        async def twice():
            first = await asyncio.gather(*(relay.tenant(tenant_id=shop.tenant_id) for _ in range(5)),
                                         return_exceptions=True)
            return first, await relay.tenant(tenant_id=shop.tenant_id)

        first, again = asyncio.run(twice())
    finally:
        relay.engines.dispose()
    assert all(isinstance(r, OSError) for r in first) and again.tenant.id == shop.tenant_id
    assert len(calls) == 2


def test_media_requests_of_one_tenant_read_its_secrets_once(tmp_path, database_url, http, pair_on):
    """``/v1/media-token`` answers from the tenant cache like the webhook routes: N requests of one tenant read
    the tenant's secrets once (counted at the engine: every statement that reads the secret columns); a token
    set or removed through this process is seen by its next request."""
    with RelayServer(tmp_path / "relay", database_url=database_url, tenant_cache_seconds=60) as server:
        shop = server.create_tenant("Cached")
        desk = pair_on(server, shop.tenant_id)
        engines = server.app.state.relay.engines
        reads = []

        def count(_conn, _cursor, statement, *_args) -> None:
            if "media_token_enc" in statement and statement.lstrip().upper().startswith("SELECT"):
                reads.append(statement)

        for engine in {engines.read, engines.write}:
            event.listen(engine, "before_cursor_execute", count)
        answers = [http.get(server.url + "/v1/media-token", headers=desk.auth) for _ in range(10)]
        assert [(a.status_code, a.json()) for a in answers] == [(200, {"set": False})] * 10
        assert len(reads) == 1
        assert http.put(server.url + "/v1/media-token", json={"token": "EAAG-token"}, headers=desk.auth).json() \
            == {"set": True}
        answers = [http.get(server.url + "/v1/media-token", headers=desk.auth).json() for _ in range(10)]
        assert answers == [{"set": True}] * 10
        assert len(reads) == 2


def test_tenants_read_at_different_moments_expire_together_and_are_read_again_together(tmp_path, monkeypatch):
    """Entries expire at the end of the cache period they were read in, and the first miss of a period also reads
    every expired entry that was asked for since its read: a process's tenants are read once a period.

    Otherwise the reads drift apart: shops first seen at different moments expire at different moments, and even
    shops that expire together are asked for one after another, each miss read with the few that came in while
    the read before it ran. With several processes, each sees every shop, and a busy process re-read a shop or
    two every few webhooks, for ever. A shop read ahead and not asked for in its period is not read ahead again."""
    settings = relay_settings(tmp_path, tenant_cache_seconds=2)
    prepare(settings)
    shops = [create_tenant(settings, f"Shop {n}") for n in range(3)]
    reads: list[int] = []
    real = store.tenants_secrets

    def counting(engines, master, keys, **kwargs):
        reads.append(len(keys))
        return real(engines, master, keys, **kwargs)

    monkeypatch.setattr(store, "tenants_secrets", counting)
    relay = make_relay(settings)
    clock = [1000.1]
    relay.clock = lambda: clock[0]
    try:
        async def ask(*indices: int):
            return await asyncio.gather(*(relay.tenant(tenant_id=shops[i].tenant_id) for i in indices))

        async def scenario():
            await ask(0)  # read at 1000.1
            clock[0] = 1001.5
            await ask(1)  # read at 1001.5: the same period (1000 to 1002)
            await ask(2)  # read, and not asked for again in this period
            clock[0] = 1001.9
            await ask(0, 1)  # both served from the cache
            assert reads == [1, 1, 1]
            clock[0] = 1002.2  # the period ended: every entry expired, though two were read 0.7 s ago
            first = await ask(0)  # read with shops 1 and 2, each asked for in the last period: one read
            later = await ask(1)  # from the cache; shop 2 is not asked for in this period
            assert reads == [1, 1, 1, 3]
            clock[0] = 1004.2
            await ask(0)  # read with shop 1 only: shop 2 was read ahead, and nobody asked for it since
            assert reads == [1, 1, 1, 3, 2]
            last = await ask(2)
            return first + later + last

        found = asyncio.run(scenario())
    finally:
        relay.engines.dispose()
    assert [s.tenant.id for s in found] == [s.tenant_id for s in shops]
    assert reads == [1, 1, 1, 3, 2, 1]
    assert relay._lookups == {}
