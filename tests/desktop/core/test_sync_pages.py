"""How sync takes its pages: as large as the relay gives, each applied with the cyclic garbage collector paused
and left as it was found, whether the page commits or stops."""

from __future__ import annotations

import gc
import sqlite3

import httpx
import pytest
from sqlalchemy.exc import OperationalError

from klaros_desktop.relay_client import RelayClient
from klaros_desktop.services.inbound import apply as inbound
from klaros_desktop.services.inbound.sync import SyncService, SyncStopped
from relay.device_api import MAX_PULL_LIMIT

WA = "4915112345678"


@pytest.fixture
def limits():
    return []


@pytest.fixture
async def service(sessions, fake_relay, device, limits):
    """A sync service with its default page size; ``limits`` gets each pull's ``limit``."""

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/events"):
            limits.append(int(request.url.params["limit"]))
        return fake_relay.handler(request)

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
        yield SyncService(sessions, RelayClient(http, "http://relay.test", token=fake_relay.token), device_id="dev-1",
                          tenant_id="tenant-1", key=device)


@pytest.fixture
def collector_seen(monkeypatch):
    """Whether the collector was on while each page was applied."""
    seen: list[bool] = []
    original = inbound.WebhookApplier.apply_batch

    def apply_batch(applier, items):
        seen.append(gc.isenabled())
        return original(applier, items)

    monkeypatch.setattr(inbound.WebhookApplier, "apply_batch", apply_batch)
    return seen


@pytest.fixture
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


async def test_a_pull_asks_for_the_relays_largest_page(fake_relay, service, limits, wh):
    fake_relay.add(wh.text_message(WA, "wamid.1", "Hallo", 1000))
    report = await service.sync_once()
    assert report.events == 1
    assert limits and set(limits) == {MAX_PULL_LIMIT}


async def test_a_page_is_applied_with_the_collector_paused_then_it_is_on_again(fake_relay, service, wh,
                                                                              collector_seen, collector_on):
    for i in range(3):
        fake_relay.add(wh.text_message(WA, f"wamid.{i}", f"Nachricht {i}", 1000 + i))
    assert (await service.sync_once()).stats.messages == 3
    assert collector_seen == [False]
    assert gc.isenabled()


async def test_the_collector_is_on_again_when_a_page_stops(fake_relay, service, wh, monkeypatch, collector_on):
    def locked(applier, items):
        assert not gc.isenabled()
        raise OperationalError("INSERT INTO messages ...", (), sqlite3.OperationalError("database is locked"))

    monkeypatch.setattr(inbound.WebhookApplier, "apply_batch", locked)
    fake_relay.add(wh.text_message(WA, "wamid.1", "Hallo", 1000))
    with pytest.raises(SyncStopped, match="database is locked"):
        await service.sync_once()
    assert gc.isenabled()


async def test_a_collector_paused_before_stays_paused(fake_relay, service, wh, collector_seen, collector_on):
    """Another long job (an import) paused it: the page does not turn it on under that job."""
    fake_relay.add(wh.text_message(WA, "wamid.1", "Hallo", 1000))
    gc.disable()
    try:
        assert (await service.sync_once()).stats.messages == 1
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert collector_seen == [False]


async def test_the_collector_stays_paused_until_the_ack_then_it_is_on_again(fake_relay, service, wh, collector_on):
    """The events opened beside a commit live until their own transaction: a collection during the ack between
    them would only walk them, so the collector is on again only after the ack."""
    on_at_ack: list[bool] = []
    original = service.relay.ack

    async def ack(up_to):
        on_at_ack.append(gc.isenabled())
        await original(up_to)

    service.relay.ack = ack
    fake_relay.add(wh.text_message(WA, "wamid.1", "Hallo", 1000))
    assert (await service.sync_once()).stats.messages == 1
    assert on_at_ack == [False]
    assert gc.isenabled()
