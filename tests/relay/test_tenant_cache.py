"""The per-process tenant cache: concurrent misses share one database read; entries expire."""

from __future__ import annotations

import asyncio

from relay import crypto, db, store
from relay.embedded import create_tenant, prepare, relay_settings
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
    real = store.tenant_secrets

    def counting(*args, **kwargs):
        reads.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(store, "tenant_secrets", counting)
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
    real = store.tenant_secrets
    monkeypatch.setattr(store, "tenant_secrets", lambda *a, **k: reads.append(k) or real(*a, **k))
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
