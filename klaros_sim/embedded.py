"""Run the simulator (and a webhook receiver) on loopback inside a test or the demo, in background threads.

    from klaros_sim.embedded import running_simulator, webhook_recorder

    with webhook_recorder(app_secret="s3cret") as hooks, running_simulator(
        callback_url=hooks.url, app_secret="s3cret", fast=True
    ) as sim:
        sim.base_url          # "http://127.0.0.1:<port>" - give it to GraphClient(base_url=...)
        sim.config            # the SimConfig (access_token, phone_number_id, waba_id, ...)
        msg = sim.say("+4915112345678", "Hallo")   # a customer writes; msg["id"] is the inbound wamid
        hooks.wait_for(lambda body: ...)           # bodies that arrived, signature already checked
        sim.advance(25 * 3600)                     # the customer service window closes
        sim.not_on_whatsapp("+4915100000000")
        sim.configure(delivery_delay=0.1, read_delay=None, failure_rate=0.5)

``running_simulator(**settings)`` accepts every ``SimConfig`` field (``fast=True`` makes statuses, template
review and webhook back-off near-instant). The yielded ``RunningSimulator`` is a ``SimControl`` (every
scripted-customer operation: ``say``, ``send_media``, ``send_location``, ``press_button``, ``choose``,
``react``, ``reply_stop``, ``set_marketing``, ``not_on_whatsapp``, ``batch``, ``advance``, ``freeze_clock``,
``configure``, ``decide_template``, ``inject_errors``, ``expire_token``, ``hold_webhooks``,
``release_webhooks``, ``deliveries``, ``outbound``, ``requests``, ``wait_idle``, ``wait_for_webhook``)
plus ``.base_url``, ``.config`` and ``.simulator`` (the in-process ``Simulator``; touch it
only for reading).

``webhook_recorder(app_secret=..., verify_token=...)`` is a tiny receiver (it also answers Meta's GET
subscription check, see ``sim.verify_callback(token)``): ``.url``, ``.bodies`` (parsed, in arrival order),
``.raw`` (bytes + headers), ``.fail_next(n, status=500)`` to make the next n deliveries fail,
``.wait_for(predicate)``. A body with a bad signature is answered 401 and recorded in ``.rejected``.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import socket
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import uvicorn

from klaros_sim.config import FAST, SimConfig
from klaros_sim.control import SimControl
from klaros_sim.engine import Simulator
from klaros_sim.server import create_app


class RunningSimulator(SimControl):
    def __init__(self, config: SimConfig, simulator: Simulator):
        super().__init__(config.base_url)
        self.config = config
        self.simulator = simulator

    @property
    def base_url(self) -> str:
        return self.url


def free_port_socket(host: str = "127.0.0.1") -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, 0))
    return sock


@contextmanager
def serve_in_thread(app: Any, sock: socket.socket, *, name: str = "klaros-sim") -> Iterator[uvicorn.Server]:
    """Run an ASGI app with uvicorn on an already bound socket in a daemon thread until the block ends."""
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name=name, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60  # generous: the machine may be busy with other test runs
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"{name} did not start")
        time.sleep(0.01)
    try:
        yield server
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@contextmanager
def running_simulator(*, fast: bool = True, **settings: Any) -> Iterator[RunningSimulator]:
    """A real simulator on a free 127.0.0.1 port for the duration of the block (see module docstring)."""
    sock = free_port_socket()
    port = sock.getsockname()[1]
    values = {**(FAST if fast else {}), **settings, "host": "127.0.0.1", "port": port}
    config = SimConfig(**values)
    app = create_app(config)
    with serve_in_thread(app, sock), RunningSimulator(config, app.state.sim) as handle:
        yield handle


class WebhookRecorder:
    def __init__(self, app_secret: str, verify_token: str = "demo-verify-token"):
        self.app_secret = app_secret
        self.verify_token = verify_token
        self.url = ""
        self.bodies: list[dict[str, Any]] = []
        self.raw: list[tuple[bytes, dict[str, str]]] = []
        self.rejected: list[bytes] = []
        self._fail: list[int] = []
        self._lock = threading.Lock()

    def fail_next(self, count: int, status: int = 500) -> None:
        with self._lock:
            self._fail.extend([status] * count)

    def _handle(self, raw: bytes, headers: dict[str, str]) -> int:
        expected = "sha256=" + hmac.new(self.app_secret.encode(), raw, hashlib.sha256).hexdigest()
        with self._lock:
            if not hmac.compare_digest(expected, headers.get("x-hub-signature-256", "")):
                self.rejected.append(raw)
                return 401
            if self._fail:
                return self._fail.pop(0)
            self.raw.append((raw, headers))
            self.bodies.append(json.loads(raw))
            return 200

    def wait_for(self, predicate: Callable[[dict[str, Any]], bool], timeout: float = 30.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            with self._lock:
                for body in self.bodies:
                    if predicate(body):
                        return body
            if time.monotonic() > deadline:
                raise TimeoutError(f"no matching webhook within {timeout} s ({len(self.bodies)} received)")
            time.sleep(0.02)


@contextmanager
def webhook_recorder(app_secret: str = "demo-app-secret", verify_token: str = "demo-verify-token"
                     ) -> Iterator[WebhookRecorder]:
    recorder = WebhookRecorder(app_secret, verify_token)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            query = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)
            ok = query.get("hub.mode") == ["subscribe"] and query.get("hub.verify_token") == [recorder.verify_token]
            body = query.get("hub.challenge", [""])[0].encode() if ok else b""
            self.send_response(200 if ok else 403)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            status = recorder._handle(raw, {k.lower(): v for k, v in self.headers.items()})
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    recorder.url = f"http://127.0.0.1:{server.server_address[1]}/webhook"
    thread = threading.Thread(target=server.serve_forever, name="webhook-recorder", daemon=True)
    thread.start()
    try:
        yield recorder
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
