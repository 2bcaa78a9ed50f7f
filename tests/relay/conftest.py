"""Relay fixtures: every storage test runs on SQLite and on PostgreSQL (own schema per test)."""

from __future__ import annotations

import base64
import os
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
