"""How the relay is served: TCP_NODELAY on every connection, and what ``serve`` hands to uvicorn."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

import httpx
import pytest

from relay import cli
from relay.embedded import RelayServer
from relay.serving import HTTP_PROTOCOL, MAX_HEAD_BYTES


def test_connections_get_tcp_nodelay_even_on_a_handed_over_socket(tmp_path):
    # RelayServer binds its own socket (protocol number 0), as uvicorn does for --workers: without the
    # relay's protocol class asyncio leaves Nagle on, and each response waits ~40 ms for a delayed ACK.
    with RelayServer(tmp_path / "r") as relay, httpx.Client() as client:
        assert client.get(relay.url + "/healthz").status_code == 200
        connections = list(relay._server.server_state.connections)
        assert connections
        for protocol in connections:
            sock = protocol.transport.get_extra_info("socket")
            assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0


def test_serve_hands_protocol_level_and_settings_to_uvicorn(tmp_path, monkeypatch):
    monkeypatch.setattr(os, "environ", dict(os.environ))  # serve exports settings for its workers
    monkeypatch.setenv("KLAROS_RELAY_DATABASE_URL", f"sqlite:///{(tmp_path / 'r.sqlite3').as_posix()}")
    monkeypatch.setenv("KLAROS_RELAY_MASTER_KEY_FILE", str(tmp_path / "k"))
    monkeypatch.setenv("KLAROS_RELAY_RETENTION_DAYS", "3")
    assert cli.main(["migrate"]) == 0
    seen = {}

    def fake_run(app, **kwargs):
        seen.update(kwargs, app=app, env=dict(os.environ))

    import uvicorn

    monkeypatch.setattr(uvicorn, "run", fake_run)
    assert cli.main(["serve", "--port", "9999", "--log-level", "WARNING"]) == 0
    assert seen["app"] == "relay.app:create_app_from_env" and seen["factory"] is True
    assert seen["http"] == HTTP_PROTOCOL
    assert seen["h11_max_incomplete_event_size"] > MAX_HEAD_BYTES  # the guard answers oversized heads
    assert seen["port"] == 9999 and seen["host"] == "127.0.0.1" and seen["workers"] == 1
    assert seen["env"]["KLAROS_RELAY_LOG_LEVEL"] == "warning"
    assert seen["env"]["KLAROS_RELAY_RETENTION_DAYS"] == "3.0"


def test_serve_refuses_an_unknown_log_level(capsys):
    with pytest.raises(SystemExit):
        cli.main(["serve", "--log-level", "chatty"])
    assert "--log-level" in capsys.readouterr().err


def test_serve_processes_freeze_the_start_up_heap_and_embedded_apps_do_not(tmp_path):
    """``create_app_from_env`` (what ``serve`` runs) moves the start-up heap out of the cyclic GC; an app made
    with ``create_app`` inside another process (tests, the demo) leaves that process's heap alone."""
    from relay.embedded import prepare, relay_settings

    settings = relay_settings(tmp_path / "gc")
    prepare(settings)
    code = (
        "import gc, sys\n"
        "from starlette.testclient import TestClient\n"
        "from relay.app import create_app, create_app_from_env\n"
        "app = create_app_from_env() if sys.argv[1] == 'serve' else create_app()\n"
        "with TestClient(app) as client:\n"
        "    assert client.get('/healthz').status_code == 200\n"
        "    print(gc.get_threshold()[0], gc.get_freeze_count())\n"
    )
    env = {**os.environ, **settings.to_env()}
    counts, thresholds = {}, {}
    for mode in ("serve", "embedded"):
        done = subprocess.run([sys.executable, "-c", code, mode], env=env, capture_output=True, text=True,
                              timeout=120, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        counts[mode] = int(done.stdout.split()[-1])
        thresholds[mode] = int(done.stdout.split()[-2])
    assert counts["serve"] > 10_000
    assert counts["embedded"] == 0
    # and collects its young objects less often (one collection per 700 allocations by default)
    assert thresholds["serve"] >= 10_000 and thresholds["embedded"] == 700


class RecordingTransport:
    """A connection's transport that remembers each ``write`` call (each is a system call on a real socket)."""

    def __init__(self, transport) -> None:
        self.transport = transport
        self.writes: list[bytes] = []

    def write(self, data: bytes) -> None:
        self.writes.append(bytes(data))
        self.transport.write(data)

    def __getattr__(self, name: str):
        return getattr(self.transport, name)


@pytest.fixture
def recorded(monkeypatch) -> list[RecordingTransport]:
    """Every connection the relay accepts from now on, its writes recorded."""
    from relay.serving import RelayHTTPProtocol

    transports: list[RecordingTransport] = []
    original = RelayHTTPProtocol.connection_made

    def connection_made(self, transport) -> None:
        transports.append(RecordingTransport(transport))
        original(self, transports[-1])

    monkeypatch.setattr(RelayHTTPProtocol, "connection_made", connection_made)
    return transports


def test_each_answer_is_written_in_one_call_head_and_body_together(tmp_path, database_url, recorded):
    from .conftest import post_webhook

    with RelayServer(tmp_path / "r", database_url=database_url) as relay, httpx.Client() as client:
        shop = relay.create_tenant()
        assert post_webhook(relay.url, client, shop, text="one").status_code == 200
        assert post_webhook(relay.url, client, shop, text="two").status_code == 200
        assert client.get(relay.url + "/healthz").status_code == 200
    (connection,) = recorded  # one keep-alive connection
    assert len(connection.writes) == 3
    for answer, body in zip(connection.writes, (b'{"stored":true,"duplicate":false}',) * 2 + (b"}",), strict=True):
        assert answer.startswith(b"HTTP/1.1 200 OK\r\n") and answer.endswith(body)


def test_an_answer_without_a_body_is_still_sent(tmp_path, recorded):
    with RelayServer(tmp_path / "r") as relay, httpx.Client() as client:
        head = client.head(relay.url + "/healthz")
        assert head.status_code == 200 and head.content == b""
        assert client.get(relay.url + "/healthz").status_code == 200  # the same connection goes on
    (connection,) = recorded
    assert [w[:15] for w in connection.writes] == [b"HTTP/1.1 200 OK"] * 2


def test_an_interim_100_continue_is_not_held_for_the_answer(tmp_path):
    from relay.embedded import sign, webhook_body

    with RelayServer(tmp_path / "r") as relay:
        shop = relay.create_tenant()
        body = webhook_body(shop, text="expecting")
        head = (f"POST {shop.webhook_path} HTTP/1.1\r\nHost: relay\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(body)}\r\nExpect: 100-continue\r\n"
                f"X-Hub-Signature-256: {sign(body, shop.app_secret)}\r\n\r\n").encode("ascii")
        with socket.create_connection(("127.0.0.1", int(relay.url.rsplit(":", 1)[1])), timeout=20) as sock:
            sock.sendall(head)
            interim = b""
            while b"\r\n\r\n" not in interim:  # the body is sent only once the relay asked for it
                interim += sock.recv(4096)
            assert interim.startswith(b"HTTP/1.1 100 Continue\r\n")
            sock.sendall(body)
            answer = b""
            while not answer.endswith(b'{"stored":true,"duplicate":false}'):
                chunk = sock.recv(4096)
                assert chunk, answer
                answer += chunk
        assert answer.startswith(b"HTTP/1.1 200 OK\r\n")
