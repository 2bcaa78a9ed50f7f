"""The operator-wide endpoint routes entries by WABA id, splits mixed batches, skips unknown WABAs."""

from __future__ import annotations

import json
import logging

import pytest

from relay.embedded import RelayServer, sign, webhook_body

SECRET = "operator-app-secret"
TOKEN = "operator-verify-token"


@pytest.fixture
def operator_relay(tmp_path, database_url):
    with RelayServer(tmp_path / "op", database_url=database_url, operator_app_secret=SECRET,
                     operator_verify_token=TOKEN) as server:
        yield server


def post_operator(server, http, body: bytes, secret: str = SECRET):
    return http.post(server.url + "/webhooks/meta", content=body, headers={"X-Hub-Signature-256": sign(body, secret)})


def test_operator_handshake_and_disabled_by_default(operator_relay, relay, http):
    params = {"hub.mode": "subscribe", "hub.verify_token": TOKEN, "hub.challenge": "42"}
    assert http.get(operator_relay.url + "/webhooks/meta", params=params).text == "42"
    wrong = {**params, "hub.verify_token": "x"}
    assert http.get(operator_relay.url + "/webhooks/meta", params=wrong).status_code == 403
    assert http.get(relay.url + "/webhooks/meta", params=params).status_code == 403
    body = b'{"object":"whatsapp_business_account","entry":[{"id":"1"}]}'
    assert post_operator(relay, http, body).status_code == 404


def test_mixed_batch_is_split_per_tenant(operator_relay, http, pair_on):
    a, b = operator_relay.create_tenant("A"), operator_relay.create_tenant("B")
    desk_a, desk_b = pair_on(operator_relay, a.tenant_id), pair_on(operator_relay, b.tenant_id)
    entry = lambda shop, text: json.loads(webhook_body(shop, text=text))["entry"][0]  # noqa: E731
    unknown = entry(a, "lost")
    unknown["id"] = "000-unknown-waba"
    batch = {"object": "whatsapp_business_account",
             "entry": [entry(a, "for-a-1"), entry(b, "for-b"), unknown, entry(a, "for-a-2")]}
    body = json.dumps(batch).encode()
    response = post_operator(operator_relay, http, body)
    assert response.status_code == 200, response.text
    assert response.json() == {"stored": 2, "unrouted_entries": 1}
    (event_a,) = desk_a.pull(http)["events"]
    opened = json.loads(desk_a.open(event_a))
    assert [e["id"] for e in opened["entry"]] == [a.waba_id, a.waba_id]
    assert b"for-a-1" in desk_a.open(event_a) and b"for-a-2" in desk_a.open(event_a)
    (event_b,) = desk_b.pull(http)["events"]
    assert b"for-b" in desk_b.open(event_b) and b"for-a" not in desk_b.open(event_b)
    # Meta's retry of the same batch is split identically and deduplicated
    assert post_operator(operator_relay, http, body).status_code == 200
    assert desk_a.pull(http, after=event_a["cursor"])["events"] == []
    assert 'klaros_relay_unrouted_entries_total 2' in http.get(operator_relay.url + "/metrics").text


def test_single_tenant_batch_keeps_the_raw_body(operator_relay, http, pair_on):
    a = operator_relay.create_tenant("A")
    desk = pair_on(operator_relay, a.tenant_id)
    body = webhook_body(a, text="raw")
    assert post_operator(operator_relay, http, body).status_code == 200
    (event,) = desk.pull(http)["events"]
    assert desk.open(event) == body


def test_operator_refusals(operator_relay, http):
    a = operator_relay.create_tenant("A")
    body = webhook_body(a)
    assert post_operator(operator_relay, http, body, secret=a.app_secret).status_code == 401
    assert http.post(operator_relay.url + "/webhooks/meta", content=body).status_code == 401
    assert post_operator(operator_relay, http, b"[]").status_code == 400


def test_operator_oversized_and_non_json_bodies_store_nothing(tmp_path, database_url, http, pair_on):
    with RelayServer(tmp_path / "small", database_url=database_url, operator_app_secret=SECRET,
                     operator_verify_token=TOKEN, max_body_bytes=1024) as server:
        a = server.create_tenant("A")
        desk = pair_on(server, a.tenant_id)
        big = webhook_body(a, text="x" * 2048)
        assert post_operator(server, http, big).status_code == 413
        assert post_operator(server, http, b"not json at all").status_code == 400
        assert post_operator(server, http, b'{"object":"page","entry":[]}').status_code == 400
        assert desk.pull(http)["events"] == []
        metrics = http.get(server.url + "/metrics").text
        assert 'klaros_relay_webhooks_refused_total{reason="too_large"} 1' in metrics
        assert 'klaros_relay_webhooks_refused_total{reason="not_json"} 1' in metrics


def test_unknown_waba_entries_are_logged_not_stored(operator_relay, http, caplog, pair_on):
    a = operator_relay.create_tenant("A")
    stranger = json.loads(webhook_body(a, text="for nobody"))
    stranger["entry"][0]["id"] = "000-unknown-waba"
    body = json.dumps(stranger).encode()
    caplog.set_level(logging.WARNING, logger="relay.http")
    response = post_operator(operator_relay, http, body)
    assert response.status_code == 200  # Meta must not retry what will never be routable
    assert response.json() == {"stored": 0, "unrouted_entries": 1}
    warned = [r for r in caplog.records if getattr(r, "reason", None) == "unknown_waba"]
    assert len(warned) == 1 and warned[0].levelno == logging.WARNING
    assert "for nobody" not in caplog.text
    desk = pair_on(operator_relay, a.tenant_id)
    assert desk.pull(http)["events"] == []
