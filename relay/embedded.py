"""Run a real relay inside tests (in a thread or as a subprocess) and set up tenants and pairing codes.

Used by the relay's own tests and by end-to-end tests (simulator -> relay -> desktop). Everything binds to
127.0.0.1 on a free port; files go where the caller says (``tmp_path``).

Typical use::

    from relay.embedded import RelayServer, webhook_body, sign

    with RelayServer(tmp_path) as relay:                 # SQLite in tmp_path; database_url=... for PostgreSQL
        shop = relay.create_tenant("Shop")               # RelayTenant: tenant_id, app_secret, verify_token, ...
        code = relay.add_device(shop.tenant_id, "Till")  # store.PairingCode: device_id, code, expires_us
        body = webhook_body(shop, text="hello")          # a Meta text-message webhook for that tenant
        httpx.post(relay.url + shop.webhook_path, content=body,
                   headers={"X-Hub-Signature-256": sign(body, shop.app_secret)})
        # the desktop pairs: POST relay.url + "/v1/pair" {"code": code.code, "public_key": ..., "name": ...}

API:

- ``relay_settings(directory, database_url=None, **overrides) -> Settings``: settings with the database and
  master key inside ``directory``; tenant cache off so tests see changes at once.
- ``prepare(settings)``: create the master key and migrate (what ``klaros-relay migrate`` does).
- ``create_tenant(settings, name, *, waba_id=None, phone_number_id=None, app_secret=None) -> RelayTenant``.
- ``add_device(settings, tenant_id, name="Desktop", *, ttl_seconds=3600) -> store.PairingCode``.
- ``RelayServer(directory, *, database_url=None, settings=None, **overrides)``: uvicorn in a background
  thread of this process. ``start()``/``stop()`` or use as a context manager; ``.url``, ``.settings``,
  ``.create_tenant(...)``, ``.add_device(...)``.
- ``RelayProcess(settings, *, port=None, workers=1, log_file=None, log_level="warning", open_files=None)``:
  ``python -m relay serve`` as a child process (for crash and multi-process tests); ``start()``, ``stop()``,
  ``kill()`` (SIGKILL), ``.url``. Call ``prepare`` first. ``open_files`` caps the child's open-file limit
  (soft and hard, POSIX only), as a strict ``LimitNOFILE`` would.
- ``webhook_body(tenant, *, text="hello", wamid=None) -> bytes`` and ``sign(body, app_secret) -> str``;
  ``media_webhook_body(tenant, media_id, kind="image")``: an inbound media message.
- ``MediaGraph(token)``: a stand-in for Meta's media endpoints (``GET /{version}/{media-id}`` and the download
  URL it answers), uvicorn in a thread, with failures on demand; point ``graph_url`` at ``.graph_url``.
- ``free_port() -> int``.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import uvicorn

from relay import crypto, db, store
from relay.app import create_app
from relay.cli import prepare
from relay.config import Settings
from relay.meta import sign
from relay.serving import H11_MAX_INCOMPLETE_EVENT_SIZE, HTTP_PROTOCOL

__all__ = [
    "MediaGraph",
    "RelayProcess",
    "RelayServer",
    "RelayTenant",
    "add_device",
    "create_tenant",
    "free_port",
    "media_webhook_body",
    "prepare",
    "relay_settings",
    "sign",
    "webhook_body",
]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass(frozen=True)
class RelayTenant:
    __test__ = False

    tenant_id: str
    name: str
    waba_id: str
    phone_number_id: str
    app_secret: str
    verify_token: str

    @property
    def webhook_path(self) -> str:
        return f"/webhooks/meta/{self.tenant_id}"


def relay_settings(directory: Path, database_url: str | None = None, **overrides) -> Settings:
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    base = Settings(
        database_url=database_url or f"sqlite:///{(directory / 'relay.sqlite3').as_posix()}",
        master_key_file=directory / "relay.key",
        tenant_cache_seconds=0,
        media_url=str(directory / "media"),
    )
    return base.with_(**overrides)


def _open(settings: Settings) -> tuple[db.Engines, crypto.MasterKey]:
    return db.make_engines(settings.database_url), crypto.MasterKey.load(settings.master_key_file)


def create_tenant(settings: Settings, name: str = "Test shop", *, waba_id: str | None = None,
                  phone_number_id: str | None = None, app_secret: str | None = None) -> RelayTenant:
    engines, master = _open(settings)
    try:
        made = store.create_tenant(
            engines, master, name=name, waba_id=waba_id or str(10**14 + secrets.randbelow(10**14)),
            phone_number_id=phone_number_id or str(10**12 + secrets.randbelow(10**12)),
            app_secret=app_secret or secrets.token_hex(16))
    finally:
        engines.dispose()
    t = made.tenant
    return RelayTenant(t.id, t.name, t.waba_id, t.phone_number_id, made.app_secret.decode("utf-8"), made.verify_token)


def add_device(settings: Settings, tenant_id: str, name: str = "Desktop", *, ttl_seconds: float = 3600
               ) -> store.PairingCode:
    engines = db.make_engines(settings.database_url)
    try:
        return store.add_device(engines, tenant_id, name, ttl_seconds=ttl_seconds)
    finally:
        engines.dispose()


def webhook_body(tenant: RelayTenant, *, text: str = "hello", wamid: str | None = None,
                 sender: str = "15550001111") -> bytes:
    """A text-message webhook in the shape Meta posts (fields as in Meta's sample payloads)."""
    wamid = wamid or f"wamid.{secrets.token_hex(12)}"
    body = {
        "object": "whatsapp_business_account",
        "entry": [{"id": tenant.waba_id, "changes": [{"field": "messages", "value": {
            "messaging_product": "whatsapp",
            "metadata": {"display_phone_number": "15550009999", "phone_number_id": tenant.phone_number_id},
            "contacts": [{"profile": {"name": "Test Customer"}, "wa_id": sender}],
            "messages": [{"from": sender, "id": wamid, "timestamp": str(int(time.time())), "type": "text",
                          "text": {"body": text}}],
        }}]}],
    }
    return json.dumps(body, separators=(",", ":")).encode("utf-8")


def media_webhook_body(tenant: RelayTenant, media_id: str, *, kind: str = "image", mime: str = "image/jpeg",
                       sender: str = "15550001111", wamid: str | None = None) -> bytes:
    """An inbound media message webhook (``{"type": kind, kind: {"id", "mime_type", "sha256"}}``)."""
    wamid = wamid or f"wamid.{secrets.token_hex(12)}"
    body = {
        "object": "whatsapp_business_account",
        "entry": [{"id": tenant.waba_id, "changes": [{"field": "messages", "value": {
            "messaging_product": "whatsapp",
            "metadata": {"display_phone_number": "15550009999", "phone_number_id": tenant.phone_number_id},
            "contacts": [{"profile": {"name": "Test Customer"}, "wa_id": sender}],
            "messages": [{"from": sender, "id": wamid, "timestamp": str(int(time.time())), "type": kind,
                          kind: {"id": media_id, "mime_type": mime}}],
        }}]}],
    }
    return json.dumps(body, separators=(",", ":")).encode("utf-8")


class MediaGraph:
    """Meta's media endpoints as far as the relay's keeper uses them, in a uvicorn thread.

    ``add(data, mime)`` makes a media id; ``GET {graph_url}/{id}`` (bearer ``token``) answers Meta's shape
    (url, mime_type, sha256 as hex, file_size, id) and the URL serves the bytes (same bearer) until
    ``url_seconds`` after it was made. On demand: ``forget(id)`` (Meta no longer has it: 404), ``fail_next(n,
    status)`` (the next n lookups fail), ``declare(id, size=..., sha256=...)`` (what the lookup claims),
    ``hold()`` / ``release()`` (downloads wait until released). Counts ``lookups`` and ``downloads``.
    """

    def __init__(self, token: str = "media-token-for-tests", *, url_seconds: float = 300) -> None:
        self.token = token
        self.url_seconds = url_seconds
        self.files: dict[str, tuple[bytes, str]] = {}
        self.declared: dict[str, dict] = {}
        self.lookups = 0
        self.downloads = 0
        self._failures: list[int] = []
        self._open = threading.Event()
        self._open.set()
        self.url = ""
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def graph_url(self) -> str:
        return self.url + "/v23.0"

    def add(self, data: bytes, mime: str = "image/jpeg") -> str:
        media_id = str(10**15 + secrets.randbelow(10**15))
        self.files[media_id] = (data, mime)
        return media_id

    def forget(self, media_id: str) -> None:
        self.files.pop(media_id, None)

    def fail_next(self, count: int, status: int = 500) -> None:
        self._failures += [status] * count

    def declare(self, media_id: str, **fields) -> None:
        self.declared[media_id] = fields

    def hold(self) -> None:
        self._open.clear()

    def release(self) -> None:
        self._open.set()

    def _app(self):
        import hashlib

        from starlette.applications import Starlette
        from starlette.concurrency import run_in_threadpool
        from starlette.responses import JSONResponse, Response
        from starlette.routing import Route

        def authorised(request) -> bool:
            return request.headers.get("authorization") == f"Bearer {self.token}"

        async def lookup(request):
            self.lookups += 1
            if not authorised(request):
                return JSONResponse({"error": {"code": 190, "message": "Invalid OAuth access token"}}, 401)
            if self._failures:
                return JSONResponse({"error": {"code": 2, "message": "Service temporarily unavailable"}},
                                    self._failures.pop(0))
            media_id = request.path_params["media_id"]
            if media_id not in self.files:
                return JSONResponse({"error": {"code": 100, "message": "Unsupported get request"}}, 400)
            data, mime = self.files[media_id]
            expires = int(time.time() + self.url_seconds)
            answer = {"messaging_product": "whatsapp", "url": f"{self.url}/download/{media_id}?ext={expires}",
                      "mime_type": mime, "sha256": hashlib.sha256(data).hexdigest(), "file_size": len(data),
                      "id": media_id}
            answer.update(self.declared.get(media_id, {}))
            return JSONResponse(answer)

        async def download(request):
            await run_in_threadpool(self._open.wait, 60)
            self.downloads += 1
            if not authorised(request):
                return Response(b"", 401)
            media_id = request.path_params["media_id"]
            if media_id not in self.files or int(request.query_params.get("ext", "0")) < time.time():
                return Response(b"URL signature expired", 404)
            data, mime = self.files[media_id]
            return Response(data, media_type=mime)

        return Starlette(routes=[Route("/v23.0/{media_id}", lookup), Route("/download/{media_id}", download)])

    def start(self) -> MediaGraph:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        self._server = uvicorn.Server(uvicorn.Config(self._app(), log_config=None, access_log=False,
                                                     lifespan="off", timeout_graceful_shutdown=1))
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [sock]}, daemon=True,
                                        name="media-graph")
        self._thread.start()
        deadline = time.monotonic() + 20
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the media Graph stand-in did not start")
            time.sleep(0.01)
        self.url = f"http://127.0.0.1:{port}"
        return self

    def stop(self) -> None:
        self.release()
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(15)

    def __enter__(self) -> MediaGraph:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


class RelayServer:
    """A relay served by uvicorn in a daemon thread of the current process."""

    def __init__(self, directory: Path, *, database_url: str | None = None, settings: Settings | None = None,
                 writer_process: bool = False, **overrides) -> None:
        self.settings = settings or relay_settings(directory, database_url, **overrides)
        self.writer_process = writer_process  # as ``serve``: seal and store in a child process
        self.url = ""
        self.app = None  # the Starlette app; ``app.state.relay`` is the running ``relay.web.Relay``
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> RelayServer:
        prepare(self.settings)
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        self.app = create_app(self.settings, writer_process=self.writer_process)
        config = uvicorn.Config(self.app, log_config=None, access_log=False, lifespan="on",
                                timeout_graceful_shutdown=1, http=HTTP_PROTOCOL,
                                h11_max_incomplete_event_size=H11_MAX_INCOMPLETE_EVENT_SIZE)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [sock]}, daemon=True,
                                        name="relay-test-server")
        self._thread.start()
        deadline = time.monotonic() + 20
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the relay test server did not start (see the log above)")
            time.sleep(0.01)
        self.url = f"http://127.0.0.1:{port}"
        return self

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(15)
            self._server = self._thread = None

    def __enter__(self) -> RelayServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def create_tenant(self, name: str = "Test shop", **kwargs) -> RelayTenant:
        return create_tenant(self.settings, name, **kwargs)

    def add_device(self, tenant_id: str, name: str = "Desktop", **kwargs) -> store.PairingCode:
        return add_device(self.settings, tenant_id, name, **kwargs)


class RelayProcess:
    """``python -m relay serve`` in a child process; ``kill()`` sends SIGKILL (no clean shutdown)."""

    def __init__(self, settings: Settings, *, port: int | None = None, workers: int = 1,
                 log_file: Path | None = None, log_level: str = "warning", env: dict[str, str] | None = None,
                 open_files: int | None = None, start_timeout: float = 30) -> None:
        self.settings = settings
        self.start_timeout = start_timeout  # for ``with``: seconds until /healthz answers (busy machines: more)
        self.port = port or free_port()
        self.workers = workers
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_file = log_file
        self.log_level = log_level
        self.env = env or {}  # extra environment, e.g. KLAROS_RELAY_WRITER=thread
        self.open_files = open_files
        self.process: subprocess.Popen | None = None

    def start(self, timeout: float = 30) -> RelayProcess:
        env = {**os.environ, **self.settings.to_env(), **self.env}
        out = open(self.log_file, "ab") if self.log_file else subprocess.DEVNULL  # noqa: SIM115
        self.process = subprocess.Popen(
            [sys.executable, "-m", "relay", "serve", "--host", "127.0.0.1", "--port", str(self.port),
             "--workers", str(self.workers), "--log-level", self.log_level],
            env=env, stdout=out, stderr=out, preexec_fn=self._limit_open_files if self.open_files else None)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"relay process exited with {self.process.returncode}")
            try:
                if httpx.get(self.url + "/healthz", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.05)
        self.kill()
        raise RuntimeError("relay process did not become healthy in time")

    def _limit_open_files(self) -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_NOFILE, (self.open_files, self.open_files))

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.kill()

    def __enter__(self) -> RelayProcess:
        return self.start(self.start_timeout)

    def create_tenant(self, name: str = "Test shop", **kwargs) -> RelayTenant:
        return create_tenant(self.settings, name, **kwargs)

    def add_device(self, tenant_id: str, name: str = "Desktop", **kwargs) -> store.PairingCode:
        return add_device(self.settings, tenant_id, name, **kwargs)

    def __exit__(self, *exc) -> None:
        self.stop()
