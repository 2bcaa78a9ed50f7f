"""Long-poll: a waiting pull answers as soon as a webhook is stored, in this process or another one."""

from __future__ import annotations

import logging
import socket
import threading
import time

import httpx
import pytest

from relay.embedded import RelayProcess, RelayServer, create_tenant, prepare, relay_settings, sign, webhook_body

from .conftest import post_webhook

GENEROUS = 2.0  # far below the 20 s wait: proves a wake-up, not a timeout; milliseconds are measured in bench/
LONG_WAIT = 30  # the longest wait the API allows
RELEASED = 20.0  # seconds to wait for a release: less than LONG_WAIT, so only a release passes


def metric(http: httpx.Client, url: str, name: str) -> int:
    """An unlabelled sample of the server's /metrics."""
    for line in http.get(url + "/metrics").text.splitlines():
        if line.startswith(name + " "):
            return int(float(line.split()[1]))
    raise AssertionError(f"no {name} in /metrics")


def until(condition, timeout: float = RELEASED) -> bool:
    """Poll ``condition`` (a metric read, not a guess of how long the server needs) until it holds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


def pull_in_background(url: str, token: str, after: str | None = None, wait: float = 20):
    result: dict = {}

    def run() -> None:
        params = {"wait": str(wait)}
        if after:
            params["after"] = after
        with httpx.Client(timeout=60) as client:
            response = client.get(url + "/v1/events", params=params, headers={"Authorization": f"Bearer {token}"})
        result["at"] = time.monotonic()
        result["json"] = response.json()

    thread = threading.Thread(target=run)
    thread.start()
    return thread, result


def test_waiting_pull_wakes_on_arrival(relay, http, post, pair):
    shop = relay.create_tenant()
    desk = pair(shop.tenant_id)
    thread, result = pull_in_background(relay.url, desk.token)
    assert until(lambda: metric(http, relay.url, "klaros_relay_pulls_waiting") == 1)
    assert "json" not in result
    sent = time.monotonic()
    assert post(shop, text="wake up").status_code == 200
    thread.join(30)
    (event,) = result["json"]["events"]
    assert b"wake up" in desk.open(event)
    assert result["at"] - sent < GENEROUS


def test_wait_expires_with_no_events(relay, http, pair):
    desk = pair(relay.create_tenant().tenant_id)
    answer = desk.pull(http, wait=0.2)
    assert answer == {"events": [], "next_cursor": None}


def test_only_the_tenant_with_the_event_wakes(relay, http, post, pair):
    """Both tenants' devices wait; B's webhook answers B's pull and does not even wake A's (a wake-up that
    finds nothing would go unnoticed in A's answer, so it is counted: klaros_relay_pull_wakeups_total)."""
    a, b = relay.create_tenant("A"), relay.create_tenant("B")
    desk_a, desk_b = pair(a.tenant_id), pair(b.tenant_id)
    thread_a, result_a = pull_in_background(relay.url, desk_a.token, wait=LONG_WAIT)
    thread_b, result_b = pull_in_background(relay.url, desk_b.token, wait=LONG_WAIT)
    assert until(lambda: metric(http, relay.url, "klaros_relay_pulls_waiting") == 2)
    assert post(b, text="for B only").status_code == 200
    thread_b.join(RELEASED)
    (event,) = result_b["json"]["events"]
    assert b"for B only" in desk_b.open(event)
    assert metric(http, relay.url, "klaros_relay_pull_wakeups_total") == 1  # B's, and only B's
    assert metric(http, relay.url, "klaros_relay_pulls_waiting") == 1 and "json" not in result_a
    assert post(a, text="for A").status_code == 200
    thread_a.join(RELEASED)
    (event,) = result_a["json"]["events"]
    assert b"for A" in desk_a.open(event)
    assert metric(http, relay.url, "klaros_relay_pull_wakeups_total") == 2


@pytest.mark.slow
@pytest.mark.postgres
def test_pull_on_one_process_wakes_for_webhook_received_by_another(tmp_path, pg_url, http, pair_on):
    settings = relay_settings(tmp_path / "mp", pg_url)
    prepare(settings)
    shop = create_tenant(settings)
    with RelayProcess(settings) as receiver, RelayServer(tmp_path / "mp", settings=settings) as puller:
        desk = pair_on(puller, shop.tenant_id)
        cursor = None
        for i in range(5):
            thread, result = pull_in_background(puller.url, desk.token, after=cursor)
            assert until(lambda: metric(http, puller.url, "klaros_relay_pulls_waiting") == 1)
            body = webhook_body(shop, text=f"cross-{i}")
            sent = time.monotonic()
            response = http.post(receiver.url + shop.webhook_path, content=body,
                                 headers={"X-Hub-Signature-256": sign(body, shop.app_secret)})
            assert response.status_code == 200
            thread.join(30)
            (event,) = result["json"]["events"]
            assert desk.open(event) == body
            assert result["at"] - sent < GENEROUS
            cursor = result["json"]["next_cursor"]


# ------------------------------------------------------------- a waiting pull ends with its client or server

def pulls_waiting(http: httpx.Client, url: str) -> int:
    return metric(http, url, "klaros_relay_pulls_waiting")


def raw_pull(url: str, token: str) -> socket.socket:
    """A long-poll sent over a plain socket, so the test decides when the client goes away."""
    host, port = url.removeprefix("http://").split(":")
    sock = socket.create_connection((host, int(port)), timeout=10)
    sock.sendall((f"GET /v1/events?wait={LONG_WAIT} HTTP/1.1\r\nHost: {host}\r\n"
                  f"Authorization: Bearer {token}\r\n\r\n").encode("ascii"))
    return sock


def test_waiting_pull_is_released_when_the_client_disconnects(tmp_path, database_url, http, pair_on):
    with RelayServer(tmp_path / "relay", database_url=database_url, max_wait_seconds=LONG_WAIT) as server:
        desk = pair_on(server, server.create_tenant().tenant_id)
        sock = raw_pull(server.url, desk.token)
        try:
            assert until(lambda: pulls_waiting(http, server.url) == 1)
        finally:
            sock.close()
        assert until(lambda: pulls_waiting(http, server.url) == 0), "the pull kept waiting for a closed client"
        # the server still serves that tenant's device normally
        assert desk.pull(http) == {"events": [], "next_cursor": None}


def test_waiting_pull_answers_when_the_server_shuts_down(tmp_path, database_url, http, pair_on, caplog):
    server = RelayServer(tmp_path / "relay", database_url=database_url, max_wait_seconds=LONG_WAIT).start()
    try:
        desk = pair_on(server, server.create_tenant().tenant_id)
        thread, result = pull_in_background(server.url, desk.token, wait=LONG_WAIT)
        assert until(lambda: pulls_waiting(http, server.url) == 1)
    finally:
        with caplog.at_level(logging.INFO):
            server.stop()
    thread.join(RELEASED)
    assert not thread.is_alive()
    assert result["json"] == {"events": [], "next_cursor": None}
    assert not [r for r in caplog.records if "graceful shutdown exceeded" in r.getMessage()]


def test_a_long_poll_that_finds_nothing_hands_off_to_a_worker_thread_once(relay, http, pair, monkeypatch):
    from relay import device_api

    desk = pair(relay.create_tenant().tenant_id)
    calls: list[str] = []
    original = device_api.run_in_threadpool

    async def counted(func, *args, **kwargs):
        calls.append(func.__name__)
        return await original(func, *args, **kwargs)

    monkeypatch.setattr(device_api, "run_in_threadpool", counted)
    assert desk.pull(http, wait=0.5) == {"events": [], "next_cursor": None}  # the wait runs out
    assert len(calls) == 1, calls  # authenticated and looked in one call; nothing stored since, no second look


def test_an_event_stored_while_a_pull_looks_still_ends_its_wait(relay, http, pair, monkeypatch):
    from relay import store

    shop = relay.create_tenant()
    desk = pair(shop.tenant_id)
    original = store.fetch_events
    looks: list[int] = []

    def look_then_store(*args, **kwargs):
        rows = original(*args, **kwargs)
        looks.append(len(rows))
        if len(looks) == 1:  # stored (and its wake sent) after this query, before the pull waits
            with httpx.Client(timeout=30) as client:
                assert post_webhook(relay.url, client, shop, text="meanwhile").status_code == 200
        return rows

    monkeypatch.setattr(store, "fetch_events", look_then_store)
    answer = desk.pull(http, wait=LONG_WAIT)
    (event,) = answer["events"]  # a missed wake would answer empty after LONG_WAIT
    assert b"meanwhile" in desk.open(event)
    assert looks == [0, 1]
