"""Connection limits and timeouts: a connection that sends nothing, or sends its request too slowly, is
closed (a request it began gets a 408 and one log line); beyond the connection limit the longest-idle
connections make room for new ones; long-polls are capped per device and in total. Webhooks keep passing
throughout. Everything runs on loopback and is bounded in count and time."""

from __future__ import annotations

import base64
import json
import logging
import select
import socket
import threading
import time

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from relay.embedded import (
    RelayProcess,
    RelayServer,
    add_device,
    create_tenant,
    prepare,
    relay_settings,
    sign,
    webhook_body,
)

TIMEOUT = 1.0  # header and body timeout of the servers below
RELEASED = 20  # seconds a released pull may take to answer (they wait for 30)
IDLE, SLOW = 300, 20


def metric(url: str, name: str, labels: str = "") -> float:
    sample = name + (f"{{{labels}}}" if labels else "")
    for line in httpx.get(url + "/metrics", timeout=30).text.splitlines():
        if line.startswith(sample + " "):
            return float(line.split()[1])
    return 0.0


def until(condition, timeout: float = 30) -> bool:
    """Poll ``condition`` (a metric or a thread's state) until it holds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


def connect(url: str) -> socket.socket:
    host, port = url.removeprefix("http://").split(":")
    return socket.create_connection((host, int(port)), timeout=30)


def send_webhook(url: str, shop, text: str) -> int:
    """On a connection of its own, as Meta's deliveries arrive."""
    body = webhook_body(shop, text=text)
    with httpx.Client(timeout=30) as client:
        return client.post(url + shop.webhook_path, content=body,
                           headers={"X-Hub-Signature-256": sign(body, shop.app_secret)}).status_code


def drip_until_closed(socks: list[socket.socket], seconds: float) -> dict[socket.socket, bytes]:
    """Send one byte a tenth of a second into each socket until the server closes it; what each received."""
    received = {s: b"" for s in socks}
    open_ = set(socks)
    deadline = time.monotonic() + seconds
    while open_ and time.monotonic() < deadline:
        for s in list(open_):
            try:
                s.send(b"x")
            except OSError:
                open_.discard(s)
        readable, _, _ = select.select(list(open_), [], [], 0.1)
        for s in readable:
            try:
                chunk = s.recv(65536)
            except OSError:
                chunk = b""
            received[s] += chunk
            if not chunk:
                open_.discard(s)
    assert not open_, f"{len(open_)} slow connections still open after {seconds} s"
    return received


def closed_by_server(s: socket.socket, seconds: float) -> bool:
    s.settimeout(seconds)
    try:
        return s.recv(65536) == b""
    except ConnectionResetError:
        return True
    except TimeoutError:
        return False


@pytest.fixture
def guarded(tmp_path, database_url):
    with RelayServer(tmp_path / "guarded", database_url=database_url, header_timeout_seconds=TIMEOUT,
                     body_timeout_seconds=TIMEOUT, max_connections=200) as server:
        yield server


def test_idle_and_slow_connections_are_closed_while_webhooks_pass(guarded, caplog):
    shop = guarded.create_tenant()
    caplog.set_level(logging.INFO)
    idle = [connect(guarded.url) for _ in range(IDLE)]
    slow_heads = [connect(guarded.url) for _ in range(SLOW // 2)]
    for s in slow_heads:
        s.sendall(f"POST {shop.webhook_path} HTTP/1.1\r\nHost: relay\r\n".encode())
    body = webhook_body(shop, text="slowly")
    slow_bodies = [connect(guarded.url) for _ in range(SLOW // 2)]
    for s in slow_bodies:
        s.sendall(f"POST {shop.webhook_path} HTTP/1.1\r\nHost: relay\r\nContent-Length: {len(body) + 1000}\r\n"
                  f"X-Hub-Signature-256: {sign(body, shop.app_secret)}\r\n\r\n".encode() + body[:10])

    assert [send_webhook(guarded.url, shop, f"meanwhile {i}") for i in range(10)] == [200] * 10

    received = drip_until_closed(slow_heads + slow_bodies, seconds=10 * TIMEOUT)
    for answer in received.values():
        assert answer.startswith(b"HTTP/1.1 408 "), answer
        assert json.loads(answer.split(b"\r\n\r\n", 1)[1]) == {"error": "request not received in time"}
    assert all(closed_by_server(s, 10 * TIMEOUT) for s in idle)
    assert send_webhook(guarded.url, shop, "after") == 200

    closed = {reason: metric(guarded.url, "klaros_relay_connections_closed_total", f'reason="{reason}"')
              for reason in ("idle", "evicted", "header_timeout", "body_timeout")}
    assert closed["header_timeout"] == closed["body_timeout"] == SLOW // 2
    assert closed["idle"] + closed["evicted"] == IDLE and closed["evicted"] >= IDLE - 200
    timed_out = [r for r in caplog.records if r.getMessage() == "request timed out"]
    assert sorted(r.reason for r in timed_out) == ["body_timeout"] * 10 + ["header_timeout"] * 10
    assert all(r.status == 408 for r in timed_out)
    others = [r for r in caplog.records if r.levelno >= logging.INFO and r.name.startswith(("relay", "uvicorn"))
              and r.name != "uvicorn.access" and r not in timed_out and "stored" not in r.getMessage()]
    assert [r.getMessage() for r in others if r.levelno > logging.WARNING] == []
    assert len(others) <= 1 and all(r.getMessage().startswith("connection limit reached") for r in others), [
        (r.name, r.getMessage()) for r in others]
    for s in idle + slow_heads + slow_bodies:
        s.close()


def test_an_oversized_request_head_is_431_with_one_log_line(guarded, caplog):
    caplog.set_level(logging.INFO)
    s = connect(guarded.url)
    s.sendall(b"GET /healthz HTTP/1.1\r\nHost: relay\r\nX-Padding: " + b"a" * (256 * 1024) + b"\r\n\r\n")
    answer = b""
    while chunk := s.recv(65536):
        answer += chunk
    assert answer.startswith(b"HTTP/1.1 431 "), answer[:100]
    lines = [r for r in caplog.records if r.name.startswith(("relay", "uvicorn")) and r.name != "uvicorn.access"
             and r.levelno >= logging.INFO]
    assert [(r.getMessage(), r.reason, r.status) for r in lines] == [("request head too large", "head_too_large", 431)]
    s.close()


def test_a_client_gone_in_the_middle_of_a_json_body_leaves_no_error(guarded, caplog):
    caplog.set_level(logging.INFO)
    s = connect(guarded.url)
    s.sendall(b"POST /v1/pair HTTP/1.1\r\nHost: relay\r\nContent-Length: 100\r\n\r\n{\"code\":")
    assert until(lambda: metric(guarded.url, "klaros_relay_connections_open") >= 1)
    s.close()
    assert until(lambda: metric(guarded.url, "klaros_relay_connections_open") <= 1)  # the /metrics one
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []


# ------------------------------------------------------------------------------------------ long-polls


def pull_in_background(url: str, token: str) -> tuple[threading.Thread, dict]:
    result: dict = {}

    def run() -> None:
        with httpx.Client(timeout=60) as client:
            response = client.get(url + "/v1/events", params={"wait": "30"},
                                  headers={"Authorization": f"Bearer {token}"})
        result.update(status=response.status_code, json=response.json(), headers=response.headers)

    thread = threading.Thread(target=run)
    thread.start()
    return thread, result


def test_a_device_keeps_its_newest_pulls_and_the_relay_caps_waiting_pulls(tmp_path, database_url, http, pair_on,
                                                                          caplog):
    with RelayServer(tmp_path / "caps", database_url=database_url, max_pulls_per_device=2,
                     max_waiting_pulls=3) as server:
        shop = server.create_tenant()
        desk, other, third = (pair_on(server, shop.tenant_id, name) for name in ("A", "B", "C"))
        waiting = lambda: metric(server.url, "klaros_relay_pulls_waiting")  # noqa: E731
        first, first_result = pull_in_background(server.url, desk.token)
        assert until(lambda: waiting() == 1)
        second, second_result = pull_in_background(server.url, desk.token)
        assert until(lambda: waiting() == 2)
        # a third pull of the same device: its oldest waiting pull answers at once, empty, like an expiry
        third_pull, third_result = pull_in_background(server.url, desk.token)
        first.join(RELEASED)
        assert first_result["status"] == 200 and first_result["json"] == {"events": [], "next_cursor": None}
        assert until(lambda: waiting() == 2) and second.is_alive() and third_pull.is_alive()
        assert metric(server.url, "klaros_relay_pulls_limited_total", 'reason="superseded"') == 1
        # the whole process holds 3 waiting pulls: another device's pull waits, the next one is refused
        other_pull, other_result = pull_in_background(server.url, other.token)
        assert until(lambda: waiting() == 3)
        caplog.set_level(logging.INFO)
        caplog.clear()
        refused = http.get(server.url + "/v1/events", params={"wait": "30"}, headers=third.auth)
        assert refused.status_code == 503 and int(refused.headers["retry-after"]) > 0
        assert [(r.reason, r.status) for r in caplog.records if r.name == "relay.http"] == [("pulls_full", 503)]
        assert metric(server.url, "klaros_relay_pulls_limited_total", 'reason="full"') == 1
        # a pull that finds events does not wait, so it is never refused
        assert send_webhook(server.url, shop, "for all") == 200
        for thread in (second, third_pull, other_pull):
            thread.join(RELEASED)
        for result in (second_result, third_result, other_result):
            assert result["status"] == 200 and len(result["json"]["events"]) == 1
        assert len(third.pull(http, wait=30)["events"]) == 1


# ----------------------------------------------------------------------- a serve process at 1024 files


@pytest.mark.slow
def test_a_serve_process_limited_to_1024_open_files_serves_past_1100_idle_connections_and_2000_pulls(tmp_path):
    settings = relay_settings(tmp_path / "nofile", header_timeout_seconds=2, body_timeout_seconds=2)
    prepare(settings)
    shop, quiet = create_tenant(settings, "Busy"), create_tenant(settings, "Quiet")
    code = add_device(settings, quiet.tenant_id, "Till")
    with RelayProcess(settings, open_files=1024, log_file=tmp_path / "serve.log", log_level="info") as server:
        key = base64.b64encode(X25519PrivateKey.generate().public_key().public_bytes_raw()).decode()
        token = httpx.post(server.url + "/v1/pair", json={"code": code.code, "public_key": key}).json()["token"]
        idle = [connect(server.url) for _ in range(1100)]
        assert [send_webhook(server.url, shop, f"past idle {i}") for i in range(5)] == [200] * 5
        pulls = []
        for _ in range(2000):
            s = connect(server.url)
            s.sendall(f"GET /v1/events?wait=30 HTTP/1.1\r\nHost: relay\r\nAuthorization: Bearer {token}\r\n\r\n"
                      .encode())
            pulls.append(s)
        assert until(lambda: metric(server.url, "klaros_relay_pulls_limited_total", 'reason="superseded"') >= 1996)
        assert metric(server.url, "klaros_relay_pulls_waiting") == 4
        assert [send_webhook(server.url, shop, f"past pulls {i}") for i in range(5)] == [200] * 5
        assert httpx.get(server.url + "/healthz").status_code == 200
        for s in idle + pulls:
            s.close()
    log = (tmp_path / "serve.log").read_text()
    assert "Traceback" not in log and '"level":"error"' not in log
