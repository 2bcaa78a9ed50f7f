"""Log lines are JSON with the webhook's correlation id, and carry no secret or message text."""

from __future__ import annotations

import asyncio
import io
import json
import logging

import httpx
import pytest

from relay import logs
from relay.embedded import RelayProcess, RelayServer, create_tenant, prepare, relay_settings, sign, webhook_body


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


def capture_json_logs(run) -> list[dict]:
    stream = io.StringIO()
    logs.configure("INFO", stream=stream)
    try:
        run()
    finally:
        root = logging.getLogger()
        for handler in [h for h in root.handlers if getattr(h, "_klaros_relay", False)]:
            root.removeHandler(handler)
    return [json.loads(line) for line in stream.getvalue().splitlines() if line.strip()]


def test_a_group_commit_still_logs_one_line_per_webhook(tmp_path):
    """Concurrent webhooks share one COMMIT and one log record, yet each gets its own JSON line with its own
    correlation id (the one its 200 answer carried), its tenant and size; a retried body says duplicate."""
    answers: list[httpx.Response] = []
    with RelayServer(tmp_path / "r") as relay:
        shop = relay.create_tenant()
        bodies = [webhook_body(shop, text=f"order {i}") for i in range(40)]
        bodies.append(bodies[0])  # Meta's retry, in the same burst

        async def burst() -> None:
            async with httpx.AsyncClient(base_url=relay.url) as client:
                answers.extend(await asyncio.gather(*(client.post(
                    shop.webhook_path, content=body, headers={"X-Hub-Signature-256": sign(body, shop.app_secret)})
                    for body in bodies)))

        lines = capture_json_logs(lambda: asyncio.run(burst()))
    assert [a.status_code for a in answers] == [200] * 41, [a.text for a in answers]
    http_lines = [line for line in lines if line["logger"] == "relay.http" and line["msg"].startswith("webhook ")]
    by_cid = {line["correlation_id"]: line for line in http_lines}
    assert len(http_lines) == len(by_cid) == 41
    for answer in answers:
        line = by_cid[answer.headers["x-correlation-id"]]
        expected = "webhook duplicate" if answer.json()["duplicate"] else "webhook stored"
        assert line["msg"] == expected and line["tenant_id"] == shop.tenant_id
        assert line["level"] == "info" and line["status"] == 200 and line["size"] > 0
    assert sum(line["msg"] == "webhook duplicate" for line in http_lines) == 1


def test_operator_webhook_logs_a_stored_line_per_tenant_part(tmp_path, http):
    secret = "operator-secret"
    with RelayServer(tmp_path / "op", operator_app_secret=secret, operator_verify_token="t") as relay:
        a, b = relay.create_tenant("A"), relay.create_tenant("B")
        entries = [json.loads(webhook_body(shop, text="x"))["entry"][0] for shop in (a, b)]
        body = json.dumps({"object": "whatsapp_business_account", "entry": entries}).encode()
        answer: list[httpx.Response] = []
        lines = capture_json_logs(lambda: answer.append(http.post(
            relay.url + "/webhooks/meta", content=body, headers={"X-Hub-Signature-256": sign(body, secret)})))
    assert answer[0].status_code == 200
    stored = [line for line in lines if line["msg"] == "webhook stored"]
    assert {line["tenant_id"] for line in stored} == {a.tenant_id, b.tenant_id}
    assert {line["correlation_id"] for line in stored} == {answer[0].headers["x-correlation-id"]}


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


def test_relay_database_errors_hide_the_statement_parameters(tmp_path, database_url):
    """SQLAlchemy leaves the values out of the error text. (PostgreSQL's own DETAIL line may still quote a
    key; the relay stores no plaintext secret or message text, only hashes, ciphertext and ids.)"""
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    from relay import db

    url = database_url or f"sqlite:///{tmp_path / 'relay.sqlite3'}"
    engines = db.make_engines(url)
    try:
        with engines.write.begin() as conn:
            conn.execute(text("CREATE TABLE probe (id INTEGER PRIMARY KEY, token_hash VARCHAR(64) NOT NULL)"))
        with pytest.raises(IntegrityError) as caught, engines.write.begin() as conn:
            conn.execute(text("INSERT INTO probe (id, token_hash) VALUES (:i, :t)"),
                         [{"i": 1, "t": "secret-token-hash-0042"}, {"i": 1, "t": "secret-token-hash-0043"}])
    finally:
        engines.dispose()
    assert "SQL parameters hidden" in str(caught.value)
    assert "secret-token-hash-0042" not in str(caught.value)


@pytest.mark.parametrize(("count", "message"), [(1, "1 webhook stored: c0"), (3, "3 webhooks stored: c0 c1 c2")])
def test_the_stored_batch_reads_right_for_one_and_for_many(caplog, count, message):
    """The text a plain handler (the desktop's log in demo mode) shows for one group commit."""
    logger = logging.getLogger("relay.http.test_count")
    batch = [logs.StoredWebhook(f"c{i}", "t", 10, False) for i in range(count)]
    with caplog.at_level(logging.INFO, logger=logger.name):
        logs.log_stored(logger, batch)
    assert [r.getMessage() for r in caplog.records] == [message]


def test_counted_webhooks():
    assert (logs.webhooks(1), logs.webhooks(0), logs.webhooks(1500)) == ("1 webhook", "0 webhooks", "1500 webhooks")
