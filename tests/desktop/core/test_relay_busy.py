"""A relay that asks the device to slow down (429 with Retry-After, as its pairing limit does) is a passing
condition with a wait, not a refusal: the shop owner reads how long, and sync waits at least that long."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from klaros_desktop.relay_client import RelayClient, RelayError


def _client(status: int, headers: dict[str, str]) -> httpx.AsyncClient:
    def answer(_request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, headers=headers, json={"error": "too many pairing attempts"})

    return httpx.AsyncClient(transport=httpx.MockTransport(answer))


async def test_a_429_says_how_long_to_wait_and_may_be_tried_again():
    async with _client(429, {"Retry-After": "7"}) as http:
        with pytest.raises(RelayError) as caught:
            await RelayClient(http, "https://relay.test").pair("CODE", "key", "Till")
    error = caught.value
    assert error.retryable and error.http_status == 429 and error.retry_after == 7
    assert "7 seconds" in str(error)


async def test_a_429_without_a_usable_retry_after_still_may_be_tried_again():
    async with _client(429, {"Retry-After": "soon"}) as http:
        with pytest.raises(RelayError) as caught:
            await RelayClient(http, "https://relay.test").pull(None)
    assert caught.value.retryable and caught.value.retry_after is None


async def test_sync_waits_at_least_what_the_relay_asked(monkeypatch):
    from klaros_desktop.services.inbound import sync as sync_module

    waits: list[float] = []
    stop = asyncio.Event()

    async def record_wait(seconds, _stop):
        waits.append(seconds)
        stop.set()

    class Busy:
        async def pull(self, *_args, **_kwargs):
            raise RelayError("busy", http_status=429, retryable=True, retry_after=42)

    service = sync_module.SyncService(None, Busy(), device_id="d", tenant_id="t", key=None)
    monkeypatch.setattr(sync_module, "_sleep_or_stop", record_wait)
    monkeypatch.setattr(sync_module.SyncService, "pull_and_apply",
                        lambda self, wait=0: Busy().pull())
    await service.run_forever(stop, first_backoff=1)
    assert waits == [42]


async def test_a_long_poll_the_relay_drops_without_an_answer_may_be_tried_again():
    # A keep-alive connection the relay closes (its idle timeout) just as the next pull goes out ends with no
    # answer at all: a passing condition, retried after sync's back-off, not a refusal of the device.
    def dropped(request: httpx.Request) -> httpx.Response:
        raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)

    async with httpx.AsyncClient(transport=httpx.MockTransport(dropped)) as http:
        with pytest.raises(RelayError) as caught:
            await RelayClient(http, "https://relay.test").pull("12", wait=25)
    assert caught.value.retryable and caught.value.http_status is None and caught.value.retry_after is None
