"""Relay fixtures: every storage test runs on SQLite and on PostgreSQL (own schema per test)."""

from __future__ import annotations

import base64
import os
import socket
import uuid
from dataclasses import dataclass

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import create_engine, text

from relay import crypto
from relay.embedded import RelayServer, RelayTenant, sign, webhook_body

PG_URL = os.environ.get("KLAROS_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def pg_schema_url(schema: str) -> str:
    sep = "&" if "?" in PG_URL else "?"
    return f"{PG_URL}{sep}options=-csearch_path%3D{schema}"


@pytest.fixture
def pg_url():
    """A PostgreSQL URL whose search_path is a fresh schema, dropped after the test."""
    schema = f"relay_t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f"CREATE SCHEMA {schema}"))
    except Exception as exc:  # pragma: no cover - only without a server
        admin.dispose()
        pytest.skip(f"PostgreSQL not reachable at {PG_URL}: {type(exc).__name__}")
    yield pg_schema_url(schema)
    with admin.connect() as conn:
        conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{(tmp_path / 'relay.sqlite3').as_posix()}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def relay(tmp_path, database_url):
    with RelayServer(tmp_path / "relay", database_url=database_url) as server:
        yield server


@pytest.fixture
def http():
    with httpx.Client(timeout=40) as client:
        yield client


@dataclass
class Desk:
    """A paired device as the desktop would hold it: private key, token, ids."""

    device_id: str
    tenant_id: str
    token: str
    private_key: X25519PrivateKey
    base_url: str

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def pull(self, http: httpx.Client, after: str | None = None, wait: float = 0, limit: int = 100) -> dict:
        params = {"wait": str(wait), "limit": str(limit)}
        if after:
            params["after"] = after
        response = http.get(self.base_url + "/v1/events", params=params, headers=self.auth)
        assert response.status_code == 200, response.text
        return response.json()

    def open(self, event: dict) -> bytes:
        return crypto.open_sealed(event["sealed"], tenant_id=self.tenant_id, device_id=self.device_id,
                                  private_key=self.private_key)

    def ack(self, http: httpx.Client, up_to: str) -> httpx.Response:
        return http.post(self.base_url + "/v1/events/ack", json={"up_to": up_to}, headers=self.auth)


def public_b64(key: X25519PrivateKey) -> str:
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def pair_device(server: RelayServer, http: httpx.Client, tenant_id: str, name: str = "Desk") -> Desk:
    code = server.add_device(tenant_id, name)
    key = X25519PrivateKey.generate()
    response = http.post(server.url + "/v1/pair", json={"code": code.code, "public_key": public_b64(key),
                                                        "name": name})
    assert response.status_code == 201, response.text
    data = response.json()
    assert data["tenant_id"] == tenant_id
    return Desk(data["device_id"], data["tenant_id"], data["token"], key, server.url)


def post_webhook(server_url: str, http: httpx.Client, tenant: RelayTenant, body: bytes | None = None,
                 **kwargs) -> httpx.Response:
    body = body if body is not None else webhook_body(tenant, **kwargs)
    return http.post(server_url + tenant.webhook_path, content=body,
                     headers={"X-Hub-Signature-256": sign(body, tenant.app_secret),
                              "Content-Type": "application/json"})


@pytest.fixture
def pair(relay, http):
    """``pair(tenant_id, name="Desk") -> Desk`` against the ``relay`` server."""
    return lambda tenant_id, name="Desk": pair_device(relay, http, tenant_id, name)


@pytest.fixture
def post(relay, http):
    """``post(tenant, body=None, **webhook_body_kwargs) -> httpx.Response``, correctly signed."""
    return lambda tenant, body=None, **kw: post_webhook(relay.url, http, tenant, body, **kw)


@pytest.fixture
def pair_on(http):
    """``pair_on(server, tenant_id, name="Desk") -> Desk`` for tests that start their own server."""
    return lambda server, tenant_id, name="Desk": pair_device(server, http, tenant_id, name)


class RawConnection:
    """One keep-alive HTTP/1.1 connection over a plain socket: the test sees exactly what the server sends
    on it, and whether the server closed it (``closed()``: EOF or reset, with no answer pending)."""

    def __init__(self, url: str, timeout: float = 30) -> None:
        host, port = url.removeprefix("http://").split(":")
        self.host = host
        self.sock = socket.create_connection((host, int(port)), timeout=timeout)
        self.buffer = b""

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def request(self, method: str, target: str, body: bytes = b"", headers: dict[str, str] | None = None
                ) -> tuple[int, dict[str, str], bytes]:
        lines = [f"{method} {target} HTTP/1.1", f"Host: {self.host}", f"Content-Length: {len(body)}"]
        lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
        self.send("\r\n".join(lines).encode("utf-8") + b"\r\n\r\n" + body)
        return self.response()

    def _fill(self) -> bool:
        try:
            chunk = self.sock.recv(65536)
        except ConnectionResetError:
            chunk = b""
        self.buffer += chunk
        return bool(chunk)

    def response(self) -> tuple[int, dict[str, str], bytes]:
        """The next response: status, headers (lower-case names), body (Content-Length framed)."""
        while b"\r\n\r\n" not in self.buffer:
            if not self._fill():
                raise ConnectionError(f"closed before a response; got {self.buffer!r}")
        head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
        status_line, *header_lines = head.decode("latin-1").split("\r\n")
        headers = {k.strip().lower(): v.strip() for k, v in (h.split(":", 1) for h in header_lines)}
        length = int(headers.get("content-length", "0"))
        while len(self.buffer) < length:
            if not self._fill():
                raise ConnectionError("closed in the middle of a response body")
        body, self.buffer = self.buffer[:length], self.buffer[length:]
        return int(status_line.split()[1]), headers, body

    def closed(self) -> bool:
        """Wait (up to the socket timeout) for the server to close; True on EOF or reset."""
        try:
            return not self._fill()
        except TimeoutError:
            return False

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def raw():
    """``raw(url, timeout=30) -> RawConnection``; every connection it made is closed after the test."""
    made: list[RawConnection] = []

    def connect(url: str, timeout: float = 30) -> RawConnection:
        made.append(RawConnection(url, timeout))
        return made[-1]

    yield connect
    for conn in made:
        conn.close()


@pytest.fixture
def writer_setup(tmp_path, database_url):
    """A prepared relay's settings, its engines and master key, for tests that drive the writer directly."""
    from relay import crypto, db
    from relay.embedded import prepare, relay_settings

    settings = relay_settings(tmp_path / "w", database_url)
    prepare(settings)
    engines = db.make_engines(settings.database_url)
    master = crypto.MasterKey.load(settings.master_key_file)
    yield settings, engines, master
    engines.dispose()


def incoming(tenant, text: str, correlation_id: str = "relay-test"):
    """A webhook for ``tenant`` as the serving side hands it to the writer."""
    import hashlib

    from relay import store
    from relay.embedded import webhook_body
    from relay.writer import Incoming

    body = webhook_body(tenant, text=text)
    return Incoming(tenant.tenant_id, body, hashlib.sha256(body).digest(), correlation_id, store.now_us())
