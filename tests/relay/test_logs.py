"""Log lines are JSON with the webhook's correlation id, and carry no secret or message text."""

from __future__ import annotations

import io
import json
import logging

import pytest

from relay import logs
from relay.testing import RelayProcess, RelayServer, create_tenant, prepare, relay_settings, sign, webhook_body


def test_webhook_log_lines(tmp_path, http):
    stream = io.StringIO()
    logs.configure("INFO", stream=stream)
    try:
        with RelayServer(tmp_path / "r") as relay:
            shop = relay.create_tenant()
            body = webhook_body(shop, text="Confidential-Order-991")
            ok = http.post(relay.url + shop.webhook_path, content=body,
                           headers={"X-Hub-Signature-256": sign(body, shop.app_secret)})
            bad = http.post(relay.url + shop.webhook_path, content=body, headers={"X-Hub-Signature-256": "sha256=0"})
            code = relay.add_device(shop.tenant_id)
            http.post(relay.url + "/v1/pair", json={"code": code.code, "public_key": "AAAA"})
    finally:
        root = logging.getLogger()
        for handler in [h for h in root.handlers if getattr(h, "_klaros_relay", False)]:
            root.removeHandler(handler)
    lines = [json.loads(line) for line in stream.getvalue().splitlines() if line.strip()]
    by_cid = {line.get("correlation_id"): line for line in lines if line["logger"] == "relay.http"}
    stored = by_cid[ok.headers["x-correlation-id"]]
    assert stored["msg"] == "webhook stored" and stored["tenant_id"] == shop.tenant_id
    refused = by_cid[bad.headers["x-correlation-id"]]
    assert refused["reason"] == "bad_signature" and refused["status"] == 401
    text = stream.getvalue()
    for secret in ("Confidential-Order-991", shop.app_secret, shop.verify_token, code.code):
        assert secret not in text


@pytest.mark.slow
def test_serve_process_logs_json_at_the_chosen_level(tmp_path, http):
    """``serve --log-level`` reaches the process that handles requests (its app factory reads the env)."""
    settings = relay_settings(tmp_path / "p")
    prepare(settings)
    shop = create_tenant(settings)
    lines = {}
    for level in ("info", "warning"):
        log_file = tmp_path / f"{level}.log"
        with RelayProcess(settings, log_file=log_file, log_level=level) as server:
            body = webhook_body(shop, text=f"Private-Words-{level}")
            ok = http.post(server.url + shop.webhook_path, content=body,
                           headers={"X-Hub-Signature-256": sign(body, shop.app_secret)})
            assert ok.status_code == 200
        text = log_file.read_text(encoding="utf-8")
        assert "Private-Words" not in text and shop.app_secret not in text
        lines[level] = [json.loads(line) for line in text.splitlines() if line.startswith("{")]
        lines[level + "-cid"] = ok.headers["x-correlation-id"]
    stored = [line for line in lines["info"] if line["msg"] == "webhook stored"]
    assert [line["correlation_id"] for line in stored] == [lines["info-cid"]]
    assert stored[0]["tenant_id"] == shop.tenant_id and stored[0]["level"] == "info"
    assert not [line for line in lines["warning"] if line["level"] == "info"]


@pytest.mark.parametrize("created", [0.0, 1.0005, 1764067966.694, 1764067966.9994, 1764067966.0001, 1764068000.5])
def test_log_timestamp_is_utc_rfc3339_with_milliseconds(created):
    from datetime import UTC, datetime

    expected = datetime.fromtimestamp(created, UTC).isoformat(timespec="milliseconds")
    formatter = logs.JsonFormatter()
    assert formatter.timestamp(created) == expected
    assert formatter.timestamp(created) == expected  # the cached second gives the same text
