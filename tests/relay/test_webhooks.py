"""Webhook intake on both engines: handshake, every refusal path, durability contract, dedupe."""

from __future__ import annotations

import json
import time

from sqlalchemy import func, select

from relay import db
from relay.embedded import sign, webhook_body
from relay.models import events

from .conftest import post_webhook


def stored_count(relay) -> int:
    engines = db.make_engines(relay.settings.database_url)
    try:
        with engines.read.connect() as conn:
            return conn.execute(select(func.count()).select_from(events)).scalar_one()
    finally:
        engines.dispose()


def test_handshake(relay, http):
    shop = relay.create_tenant()
    url = relay.url + shop.webhook_path
    ok = http.get(url, params={"hub.mode": "subscribe", "hub.verify_token": shop.verify_token,
                               "hub.challenge": "1158201444"})
    assert ok.status_code == 200
    assert ok.text == "1158201444"
    assert ok.headers["content-type"].startswith("text/plain")
    for params in ({"hub.mode": "subscribe", "hub.verify_token": "wrong", "hub.challenge": "1"},
                   {"hub.mode": "unsubscribe", "hub.verify_token": shop.verify_token, "hub.challenge": "1"},
                   {"hub.challenge": "1"}):
        assert http.get(url, params=params).status_code == 403
    unknown = http.get(relay.url + "/webhooks/meta/nope", params={
        "hub.mode": "subscribe", "hub.verify_token": shop.verify_token, "hub.challenge": "1"})
    assert unknown.status_code == 403


def test_valid_webhook_is_stored_and_answered_after_commit(relay, post):
    shop = relay.create_tenant()
    response = post(shop)
    assert response.status_code == 200, response.text
    assert response.json() == {"stored": True, "duplicate": False}
    assert response.headers["x-correlation-id"].startswith("relay-")
    assert stored_count(relay) == 1


def test_refusals_store_nothing(relay, http):
    shop = relay.create_tenant()
    other = relay.create_tenant()
    url = relay.url + shop.webhook_path
    body = webhook_body(shop)
    good = sign(body, shop.app_secret)
    foreign = webhook_body(other)
    cases = {
        "forged": (body, sign(body, "not-the-secret"), 401),
        "other tenant's secret": (body, sign(body, other.app_secret), 401),
        "unsigned": (body, None, 401),
        "truncated": (body[:-10], good, 401),
        "garbage header": (body, "sha256=zz", 401),
        "not json": (b"hello there", sign(b"hello there", shop.app_secret), 400),
        "not a WABA object": (b'{"object":"page","entry":[]}', sign(b'{"object":"page","entry":[]}',
                                                                    shop.app_secret), 400),
        "foreign WABA": (foreign, sign(foreign, shop.app_secret), 403),
    }
    for name, (payload, signature, status) in cases.items():
        headers = {"X-Hub-Signature-256": signature} if signature else {}
        response = http.post(url, content=payload, headers=headers)
        assert response.status_code == status, (name, response.text)
    response = http.post(relay.url + "/webhooks/meta/no-such-tenant", content=body,
                         headers={"X-Hub-Signature-256": good})
    assert response.status_code == 404
    assert stored_count(relay) == 0
    metrics = http.get(relay.url + "/metrics").text
    assert 'klaros_relay_webhooks_refused_total{reason="bad_signature"} 5' in metrics
    assert 'klaros_relay_webhooks_refused_total{reason="unknown_tenant"} 1' in metrics


def test_foreign_phone_number_is_refused(relay, http):
    shop = relay.create_tenant()
    body = json.loads(webhook_body(shop))
    body["entry"][0]["changes"][0]["value"]["metadata"]["phone_number_id"] = "999"
    raw = json.dumps(body).encode()
    response = http.post(relay.url + shop.webhook_path, content=raw,
                         headers={"X-Hub-Signature-256": sign(raw, shop.app_secret)})
    assert response.status_code == 403
    assert stored_count(relay) == 0


def test_oversized_body_is_413(tmp_path, database_url, http):
    from relay.embedded import RelayServer

    with RelayServer(tmp_path / "small", database_url=database_url, max_body_bytes=2048) as relay:
        shop = relay.create_tenant()
        big = webhook_body(shop, text="x" * 4096)
        response = http.post(relay.url + shop.webhook_path, content=big,
                             headers={"X-Hub-Signature-256": sign(big, shop.app_secret)})
        assert response.status_code == 413

        def chunks():  # no Content-Length: the limit is enforced while streaming
            yield big[:1500]
            yield big[1500:]

        streamed = http.post(relay.url + shop.webhook_path, content=chunks(),
                             headers={"X-Hub-Signature-256": sign(big, shop.app_secret)})
        assert streamed.status_code == 413
        assert stored_count(relay) == 0


def test_same_body_twice_is_stored_once(relay, post):
    shop = relay.create_tenant()
    body = webhook_body(shop, wamid="wamid.same")
    first, second = post(shop, body), post(shop, body)
    assert first.status_code == second.status_code == 200
    assert first.json()["duplicate"] is False
    assert second.json()["duplicate"] is True
    assert stored_count(relay) == 1


def test_concurrent_duplicates_in_one_batch_store_once(relay, http):
    import concurrent.futures

    shop = relay.create_tenant()
    body = webhook_body(shop, wamid="wamid.burst")
    headers = {"X-Hub-Signature-256": sign(body, shop.app_secret)}
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        statuses = list(pool.map(lambda _: http.post(relay.url + shop.webhook_path, content=body,
                                                     headers=headers).status_code, range(16)))
    assert statuses == [200] * 16
    assert stored_count(relay) == 1


def test_storage_failure_answers_503_so_meta_retries(relay, post):
    shop = relay.create_tenant()
    writer = relay.app.state.relay.writer

    def broken(sealed):
        raise OSError("disk full")

    writer.insert_batch = broken
    response = post(shop)
    assert response.status_code == 503
    del writer.insert_batch
    assert post(shop).status_code == 200
    assert stored_count(relay) == 1


def test_shared_sample_payloads_are_accepted(tmp_path, database_url, http, meta_fixtures):
    from relay.embedded import RelayServer

    sample = json.loads((meta_fixtures / "pywa" / "message.json").read_text(encoding="utf-8"))
    text_body = sample["text"]
    entry = text_body["entry"][0]
    # the samples carry timestamps years old: a horizon long enough that they are not dropped as stale
    with RelayServer(tmp_path / "samples", database_url=database_url, retention_days=100 * 365) as relay:
        shop = relay.create_tenant(waba_id=entry["id"],
                                   phone_number_id=entry["changes"][0]["value"]["metadata"]["phone_number_id"])
        for name, body in sample.items():
            if body["entry"][0]["id"] != shop.waba_id:
                continue
            raw = json.dumps(body, indent=2).encode()
            response = post_webhook(relay.url, http, shop, raw)
            assert response.json() == {"stored": True, "duplicate": False}, name
        assert stored_count(relay) >= 5


def test_health_metrics_openapi(relay, http):
    assert http.get(relay.url + "/healthz").json() == {"status": "ok"}
    assert "# TYPE klaros_relay_queue_depth gauge" in http.get(relay.url + "/metrics").text
    spec = http.get(relay.url + "/openapi.json").json()
    assert {"/webhooks/meta/{tenant_id}", "/v1/pair", "/v1/events", "/v1/events/ack"} <= set(spec["paths"])


def test_a_webhook_of_metas_largest_size_is_accepted_by_default(tmp_path, database_url, http):
    """Meta's webhook payloads can be up to 3 MB (docs/relay.md cites the page); the default limit must
    take them."""
    from relay.config import Settings
    from relay.embedded import RelayServer

    assert Settings().max_body_bytes >= 3 * 1024 * 1024
    with RelayServer(tmp_path / "big", database_url=database_url) as relay:
        shop = relay.create_tenant()
        body = webhook_body(shop, text="x" * (3 * 1000 * 1000 - 600))
        assert 2_999_000 < len(body) <= 3_000_000
        response = http.post(relay.url + shop.webhook_path, content=body,
                             headers={"X-Hub-Signature-256": sign(body, shop.app_secret)})
        assert response.status_code == 200, response.text
        assert stored_count(relay) == 1


def aged(body: bytes, seconds_ago: float) -> bytes:
    """The same webhook with every timestamp moved ``seconds_ago`` into the past."""
    import time

    payload = json.loads(body)
    for entry in payload["entry"]:
        for change in entry["changes"]:
            for message in change["value"]["messages"]:
                message["timestamp"] = str(int(time.time() - seconds_ago))
    return json.dumps(payload).encode()


def test_a_signed_webhook_older_than_the_dedupe_horizon_is_dropped_with_200(relay, http, caplog):
    """Dedupe rows live as long as the retention period, so a captured webhook replayed later would be
    stored again. A webhook whose newest timestamp is older than that horizon is answered 200 (Meta stops
    retrying; it is not a delivery to store) and dropped, with one log line."""
    import logging

    shop = relay.create_tenant()
    horizon = relay.settings.retention_days * 86400
    stale = aged(webhook_body(shop, text="captured long ago"), horizon + 3600)
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="relay.http"):
        response = http.post(relay.url + shop.webhook_path, content=stale,
                             headers={"X-Hub-Signature-256": sign(stale, shop.app_secret)})
    assert response.status_code == 200
    assert response.json() == {"stored": False, "stale": True}
    assert [(r.getMessage(), r.reason) for r in caplog.records if r.name == "relay.http"] == [
        ("webhook refused", "stale")]
    assert stored_count(relay) == 0
    assert 'klaros_relay_webhooks_refused_total{reason="stale"} 1' in http.get(relay.url + "/metrics").text

    recent = aged(webhook_body(shop, text="Meta's last retry"), horizon - 3600)  # inside the horizon: stored
    response = http.post(relay.url + shop.webhook_path, content=recent,
                         headers={"X-Hub-Signature-256": sign(recent, shop.app_secret)})
    assert response.json() == {"stored": True, "duplicate": False}
    assert stored_count(relay) == 1


def test_a_tenant_webhook_is_handled_past_starlettes_router_and_every_other_path_through_it(relay, http, post,
                                                                                           monkeypatch):
    """The tenant webhook, the request Meta sends at volume, is dispatched before Starlette's middleware and
    router; the same path with GET (the handshake), another method, a trailing slash and every other route
    still go through the router and answer as before."""
    app = relay.app
    routed = []
    real_router = type(app.router).__call__

    async def counting(self, scope, receive, send):
        routed.append((scope["method"], scope["path"]))
        await real_router(self, scope, receive, send)

    monkeypatch.setattr(type(app.router), "__call__", counting)
    shop = relay.create_tenant()
    assert post(shop, text="fast").status_code == 200
    assert routed == []
    assert http.get(relay.url + shop.webhook_path, params={"hub.mode": "subscribe", "hub.challenge": "7",
                                                           "hub.verify_token": shop.verify_token}).text == "7"
    assert http.put(relay.url + shop.webhook_path).status_code == 405
    assert http.post(relay.url + shop.webhook_path + "/", content=b"{}").status_code in (307, 404)
    assert http.get(relay.url + "/healthz").status_code == 200
    assert [method for method, _path in routed] == ["GET", "PUT", "POST", "GET"]


def test_an_unexpected_error_in_a_tenant_webhook_answers_500_and_is_logged(relay, post, monkeypatch, caplog):
    import logging

    from relay import meta

    def broken(body):
        raise RuntimeError("a bug in the envelope check")

    monkeypatch.setattr(meta, "parse_envelope", broken)
    shop = relay.create_tenant()
    caplog.set_level(logging.ERROR)
    answer = post(shop, text="boom")
    assert answer.status_code == 500 and answer.text == "Internal Server Error"
    deadline = time.monotonic() + 20  # the server logs the error once the answer is on its way
    while not any(r.exc_info and "a bug in the envelope check" in str(r.exc_info[1]) for r in caplog.records):
        assert time.monotonic() < deadline, "the error was not logged"
        time.sleep(0.02)
    assert stored_count(relay) == 0
