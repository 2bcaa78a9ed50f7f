"""Malformed and hostile requests to the device API: each is a 400 with exactly one log line, never a 500,
and the keep-alive connection it came on goes on serving."""

from __future__ import annotations

import base64
import json
import logging

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

MAX_CURSOR = 2**63 - 1  # the largest id either engine stores (SQLite INTEGER, PostgreSQL BIGINT)
DEEP = 100_000  # far past Python's recursion limit and orjson's depth limit


def relay_lines(caplog) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name.split(".")[0] in ("relay", "uvicorn") and r.name != "uvicorn.access"
            and r.levelno >= logging.INFO]


def refused_once(caplog, status: int = 400) -> logging.LogRecord:
    """The one log line a refused request wrote (and that there was only one, with no traceback)."""
    lines = relay_lines(caplog)
    assert len(lines) == 1, [(r.name, r.getMessage()) for r in lines]
    (line,) = lines
    assert getattr(line, "status", None) == status and getattr(line, "reason", None), line.__dict__
    assert line.exc_info is None
    return line


@pytest.fixture
def device(relay, pair):
    return pair(relay.create_tenant().tenant_id)


def test_a_cursor_past_the_largest_id_is_400_and_the_connection_stays_open(relay, raw, device, caplog):
    conn = raw(relay.url)
    caplog.set_level(logging.INFO)
    caplog.clear()
    status, _, body = conn.request("GET", f"/v1/events?after={MAX_CURSOR + 1}", headers=device.auth)
    assert status == 400, body
    assert "cursor" in json.loads(body)["error"]
    assert refused_once(caplog).reason == "bad_query"
    # the same keep-alive connection answers the next request; the largest cursor itself is fine
    status, _, body = conn.request("GET", f"/v1/events?after={MAX_CURSOR}", headers=device.auth)
    assert (status, json.loads(body)) == (200, {"events": [], "next_cursor": str(MAX_CURSOR)})
    status, _, body = conn.request("POST", "/v1/events/ack", json.dumps({"up_to": str(MAX_CURSOR + 1)}).encode(),
                                   headers={**device.auth, "Content-Type": "application/json"})
    assert status == 400, body


NESTED = {
    "array": b"[" * DEEP + b"]" * DEEP,
    "object": b'{"a":' * DEEP + b"1" + b"}" * DEEP,
    "inside a field": b'{"code":' + b"[" * DEEP + b"]" * DEEP + b"}",
}


@pytest.mark.parametrize("shape", list(NESTED))
@pytest.mark.parametrize("path", ["/v1/pair", "/v1/events/ack"])
def test_deeply_nested_json_is_400_with_one_log_line(relay, raw, device, caplog, path, shape):
    conn = raw(relay.url)
    caplog.set_level(logging.INFO)
    caplog.clear()
    headers = {"Content-Type": "application/json", **(device.auth if path.endswith("ack") else {})}
    status, _, body = conn.request("POST", path, NESTED[shape], headers=headers)
    assert status == 400, body
    assert refused_once(caplog).reason == "bad_json"
    assert conn.request("GET", "/healthz")[0] == 200


@pytest.mark.parametrize("name", ['"\\ud800"', '"Till \\udfff"', '"\\u0000"', '"Till\\nTwo"'])
def test_a_device_name_that_is_no_text_is_400_and_keeps_the_code(relay, raw, caplog, name):
    """A lone surrogate cannot be stored as UTF-8 (either engine), a NUL not in PostgreSQL text, and a control
    character has no place in a name the operator's device listing prints."""
    code = relay.add_device(relay.create_tenant().tenant_id, "Till").code
    public_key = base64.b64encode(X25519PrivateKey.generate().public_key().public_bytes_raw()).decode()
    conn = raw(relay.url)
    caplog.set_level(logging.INFO)
    caplog.clear()
    body = f'{{"code": "{code}", "public_key": "{public_key}", "name": {name}}}'.encode()
    status, _, answer = conn.request("POST", "/v1/pair", body, headers={"Content-Type": "application/json"})
    assert status == 400, answer
    assert refused_once(caplog).reason in ("bad_json", "bad_name")
    # nothing was consumed: the same code still pairs, on the same connection
    body = json.dumps({"code": code, "public_key": public_key, "name": "Till"}).encode()
    assert conn.request("POST", "/v1/pair", body, headers={"Content-Type": "application/json"})[0] == 201


@pytest.mark.parametrize("tenant_id", ["%00", "ab%00cd", "x" * 300, "%ED%A0%80"])
def test_a_tenant_path_that_names_no_tenant_is_refused_without_a_query(relay, raw, caplog, tenant_id):
    """A NUL cannot even be sent to PostgreSQL as text; no such id is looked up at all."""
    conn = raw(relay.url)
    caplog.set_level(logging.INFO)
    caplog.clear()
    status, _, body = conn.request("POST", f"/webhooks/meta/{tenant_id}", b"{}")
    assert status == 404, body
    assert refused_once(caplog, 404).reason == "unknown_tenant"
    caplog.clear()
    status, _, body = conn.request("GET", f"/webhooks/meta/{tenant_id}?hub.mode=subscribe&hub.challenge=1")
    assert (status, body) == (403, b"forbidden")
    assert refused_once(caplog, 403).reason == "bad_handshake"
