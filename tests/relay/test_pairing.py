"""Pairing codes are single-use and expire; events reach only devices that can open them."""

from __future__ import annotations

import base64

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from relay import crypto


def key_b64() -> str:
    from cryptography.hazmat.primitives import serialization

    raw = X25519PrivateKey.generate().public_key().public_bytes(serialization.Encoding.Raw,
                                                                serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode()


def test_wrong_reused_and_expired_codes_are_401(relay, http, pair):
    shop = relay.create_tenant()
    url = relay.url + "/v1/pair"
    assert http.post(url, json={"code": "AAAA-BBBB-CCCC-DDDD", "public_key": key_b64()}).status_code == 401
    code = relay.add_device(shop.tenant_id, "Till")
    first = http.post(url, json={"code": code.code.lower(), "public_key": key_b64(), "name": "Till"})
    assert first.status_code == 201
    assert set(first.json()) == {"device_id", "token", "tenant_id"}
    assert first.json()["device_id"] == code.device_id
    again = http.post(url, json={"code": code.code, "public_key": key_b64()})
    assert again.status_code == 401
    expired = relay.add_device(shop.tenant_id, "Old", ttl_seconds=-1)
    assert http.post(url, json={"code": expired.code, "public_key": key_b64()}).status_code == 401


def test_malformed_pair_requests_are_400(relay, http):
    shop = relay.create_tenant()
    code = relay.add_device(shop.tenant_id, "Till")
    url = relay.url + "/v1/pair"
    for body in ({"code": code.code}, {"code": code.code, "public_key": "!!"},
                 {"code": code.code, "public_key": base64.b64encode(b"short").decode()},
                 {"code": 5, "public_key": key_b64()}, [1, 2]):
        assert http.post(url, json=body).status_code == 400, body
    assert http.post(url, content=b"not json").status_code == 400
    # the code survived the bad attempts
    assert http.post(url, json={"code": code.code, "public_key": key_b64()}).status_code == 201


def test_events_before_any_device_are_held_and_sealed_to_the_first(relay, http, post, pair):
    shop = relay.create_tenant()
    assert post(shop, text="early bird").status_code == 200
    first = pair(shop.tenant_id, "First")
    second = pair(shop.tenant_id, "Second")
    got = first.pull(http)["events"]
    assert len(got) == 1
    assert b"early bird" in first.open(got[0])
    assert second.pull(http)["events"] == []  # joined later: cannot read what was sealed before
    assert post(shop, text="after both").status_code == 200
    for desk in (first, second):
        events = desk.pull(http, after=None)["events"]
        assert b"after both" in desk.open(events[-1])
        assert [r["device_id"] for r in events[-1]["sealed"]["recipients"]] == [desk.device_id]


def test_revoked_device_loses_access(relay, http, post, pair):
    from relay import db, store
    from relay.embedded import add_device  # noqa: F401 - import check of the public helper API

    shop = relay.create_tenant()
    desk = pair(shop.tenant_id)
    engines = db.make_engines(relay.settings.database_url)
    try:
        store.revoke_device(engines, desk.device_id)
    finally:
        engines.dispose()
    response = http.get(relay.url + "/v1/events", headers=desk.auth)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


def test_missing_or_unknown_token_is_401(relay, http):
    for headers in ({}, {"Authorization": "Bearer nope"}, {"Authorization": "Basic abc"}):
        assert http.get(relay.url + "/v1/events", headers=headers).status_code == 401
        assert http.post(relay.url + "/v1/events/ack", json={"up_to": "1"}, headers=headers).status_code == 401


def test_open_sealed_event_with_device_private_key(relay, http, post, pair):
    shop = relay.create_tenant()
    desk = pair(shop.tenant_id)
    body = b'{"object":"whatsapp_business_account","entry":[{"id":"%s","changes":[]}]}' % shop.waba_id.encode()
    assert post(shop, body).status_code == 200
    (event,) = desk.pull(http)["events"]
    assert crypto.open_sealed(event["sealed"], tenant_id=shop.tenant_id, device_id=desk.device_id,
                              private_key=desk.private_key) == body
    assert event["received_at"].endswith("Z")
    assert event["correlation_id"].startswith("relay-")
