"""Self-service sign-up, the webhook's status for the shop's own "Test connection", a pairing code issued by a
paired device, and the operator's suspend / delete; on SQLite and PostgreSQL, against a real relay server and
a local SMTP server the tests start."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import func, select

from relay import crypto, db, store
from relay.config import ConfigError, Settings
from relay.embedded import RelayServer, RelayTenant
from relay.models import devices, event_keys, events, tenants

from .conftest import Desk, post_webhook, public_b64
from .mailbox import Mailbox

WABA, PHONE = "102290129340398", "106540352242922"


@pytest.fixture
def mailbox():
    box = Mailbox()
    box.controller.start()
    yield box
    box.controller.stop()


@pytest.fixture
def signup_relay(tmp_path, database_url, mailbox):
    with RelayServer(tmp_path / "relay", database_url=database_url, signup_enabled=True,
                     public_url="https://relay.example.com", **mailbox.settings) as server:
        yield server


def signup_body(email: str, code: str, key: X25519PrivateKey, **changes) -> dict:
    return {"email": email, "code": code, "name": "Blumen Becker", "waba_id": WABA, "phone_number_id": PHONE,
            "app_secret": "meta-app-secret", "public_key": public_b64(key), "device_name": "Laden-PC", **changes}


def signed_up(server: RelayServer, http, mailbox: Mailbox, email: str = "laden@example.com", **changes
              ) -> tuple[dict, Desk]:
    assert http.post(server.url + "/v1/signup/code", json={"email": email}).status_code == 202
    key = X25519PrivateKey.generate()
    answer = http.post(server.url + "/v1/signup", json=signup_body(email, mailbox.code_for(email), key, **changes))
    assert answer.status_code == 201, answer.text
    data = answer.json()
    return data, Desk(data["device_id"], data["tenant_id"], data["token"], key, server.url)


def test_a_shop_signs_up_pairs_and_receives_its_webhooks(signup_relay, http, mailbox):
    email = "Laden@Example.com"
    assert http.post(signup_relay.url + "/v1/signup/code", json={"email": email}).status_code == 202
    code = mailbox.code_for("laden@example.com")
    key = X25519PrivateKey.generate()
    wrong = "000000" if code != "000000" else "111111"
    refused = http.post(signup_relay.url + "/v1/signup", json=signup_body(email, wrong, key))
    assert refused.status_code == 401 and "code" in refused.json()["error"]

    answer = http.post(signup_relay.url + "/v1/signup", json=signup_body(email, code, key))
    assert answer.status_code == 201, answer.text
    data = answer.json()
    assert data["webhook_url"] == f"https://relay.example.com/webhooks/meta/{data['tenant_id']}"
    again = http.post(signup_relay.url + "/v1/signup", json=signup_body(email, code, key, waba_id="555"))
    assert again.status_code == 401  # the code is used up

    desk = Desk(data["device_id"], data["tenant_id"], data["token"], key, signup_relay.url)
    shop = RelayTenant(data["tenant_id"], "Blumen Becker", WABA, PHONE, "meta-app-secret", data["verify_token"])
    handshake = http.get(signup_relay.url + shop.webhook_path, params={
        "hub.mode": "subscribe", "hub.verify_token": data["verify_token"], "hub.challenge": "42"})
    assert handshake.text == "42"
    assert post_webhook(signup_relay.url, http, shop, text="Hallo").status_code == 200
    (event,) = desk.pull(http)["events"]
    assert b"Hallo" in desk.open(event)

    engines = db.make_engines(signup_relay.settings.database_url)
    try:
        (row,) = store.list_tenants(engines)
        assert (row.email, row.name, row.waba_id, row.state) == ("laden@example.com", "Blumen Becker", WABA, "active")
        with engines.read.connect() as conn:
            secret_blob = conn.execute(select(tenants.c.app_secret_enc)).scalar_one()
        assert b"meta-app-secret" not in secret_blob  # encrypted at rest
    finally:
        engines.dispose()


def test_a_second_shop_with_the_same_waba_is_refused_without_spending_the_code(signup_relay, http, mailbox):
    signed_up(signup_relay, http, mailbox)
    assert http.post(signup_relay.url + "/v1/signup/code", json={"email": "other@example.com"}).status_code == 202
    code = mailbox.code_for("other@example.com")
    body = signup_body("other@example.com", code, X25519PrivateKey.generate())
    assert http.post(signup_relay.url + "/v1/signup", json=body).status_code == 409
    assert http.post(signup_relay.url + "/v1/signup", json={**body, "waba_id": "555"}).status_code == 201


def test_five_wrong_codes_end_the_code(signup_relay, http, mailbox):
    email = "laden@example.com"
    http.post(signup_relay.url + "/v1/signup/code", json={"email": email})
    code = mailbox.code_for(email)
    key = X25519PrivateKey.generate()
    wrong = [c for c in ("000000", "111111", "222222", "333333", "444444", "555555") if c != code][:5]
    for guess in wrong:
        assert http.post(signup_relay.url + "/v1/signup", json=signup_body(email, guess, key)).status_code == 401
    assert http.post(signup_relay.url + "/v1/signup", json=signup_body(email, code, key)).status_code == 401


def test_codes_are_limited_per_email_and_requests_per_address(tmp_path, database_url, mailbox, http):
    with RelayServer(tmp_path / "relay", database_url=database_url, signup_enabled=True,
                     signup_per_email_per_hour=2, signup_per_ip_per_hour=4, **mailbox.settings) as server:
        url = server.url + "/v1/signup/code"
        assert [http.post(url, json={"email": "a@example.com"}).status_code for _ in range(3)] == [202, 202, 429]
        limited = http.post(url, json={"email": "b@example.com"})
        assert limited.status_code == 202
        refused = http.post(url, json={"email": "c@example.com"})  # the address's fifth request this hour
        assert refused.status_code == 429 and int(refused.headers["Retry-After"]) > 60
        assert len(mailbox.to("a@example.com")) == 2 and not mailbox.to("c@example.com")


def test_signup_is_off_unless_the_operator_enables_it(relay, http):
    assert http.post(relay.url + "/v1/signup/code", json={"email": "a@example.com"}).status_code == 404
    assert http.post(relay.url + "/v1/signup", json={}).status_code == 404


def test_signup_needs_a_mail_server():
    with pytest.raises(ConfigError, match="KLAROS_RELAY_SMTP_HOST"):
        Settings.from_env({"KLAROS_RELAY_SIGNUP": "1"})
    settings = Settings.from_env({"KLAROS_RELAY_SIGNUP": "1", "KLAROS_RELAY_SMTP_HOST": "mail.example.com",
                                  "KLAROS_RELAY_SMTP_FROM": "relay@example.com"})
    assert Settings.from_env(settings.to_env()) == settings


def test_a_mail_server_that_does_not_answer_is_503(tmp_path, http):
    from relay.embedded import free_port

    with RelayServer(tmp_path / "relay", signup_enabled=True, smtp_host="127.0.0.1", smtp_port=free_port(),
                     smtp_security="none", smtp_from="relay@example.com") as server:
        answer = http.post(server.url + "/v1/signup/code", json={"email": "a@example.com"})
    assert answer.status_code == 503 and answer.headers["Retry-After"]


def test_the_webhook_status_shows_the_handshake_and_the_first_event(relay, http, pair, post):
    shop = relay.create_tenant("Shop")
    desk = pair(shop.tenant_id)
    status = http.get(relay.url + "/v1/webhook", headers=desk.auth).json()
    assert status == {"tenant_id": shop.tenant_id, "webhook_url": relay.url + shop.webhook_path,
                      "verify_token": shop.verify_token, "handshake_at": None, "last_event_at": None}
    wrong = http.get(relay.url + shop.webhook_path, params={"hub.mode": "subscribe", "hub.verify_token": "x",
                                                            "hub.challenge": "1"})
    assert wrong.status_code == 403
    assert http.get(relay.url + "/v1/webhook", headers=desk.auth).json()["handshake_at"] is None
    http.get(relay.url + shop.webhook_path, params={"hub.mode": "subscribe", "hub.verify_token": shop.verify_token,
                                                    "hub.challenge": "1"})
    status = http.get(relay.url + "/v1/webhook", headers=desk.auth).json()
    assert status["handshake_at"] and status["last_event_at"] is None
    assert post(shop).status_code == 200
    assert http.get(relay.url + "/v1/webhook", headers=desk.auth).json()["last_event_at"]
    assert http.get(relay.url + "/v1/webhook").status_code == 401


def test_a_paired_device_issues_a_code_for_the_shops_next_pc(relay, http, pair):
    shop = relay.create_tenant("Shop")
    first = pair(shop.tenant_id)
    issued = http.post(relay.url + "/v1/devices", json={"name": "Büro"}, headers=first.auth)
    assert issued.status_code == 201
    key = X25519PrivateKey.generate()
    second = http.post(relay.url + "/v1/pair", json={"code": issued.json()["code"], "public_key": public_b64(key)})
    assert second.status_code == 201 and second.json()["tenant_id"] == shop.tenant_id
    assert http.post(relay.url + "/v1/devices", json={}).status_code == 401


def test_a_suspended_shop_is_refused_until_resumed(relay, http, pair, post):
    shop = relay.create_tenant("Shop")
    desk = pair(shop.tenant_id)
    engines = db.make_engines(relay.settings.database_url)
    try:
        store.suspend_tenant(engines, shop.tenant_id)
        assert post(shop).status_code == 404
        assert http.get(relay.url + "/v1/events", headers=desk.auth).status_code == 401
        assert store.list_tenants(engines)[0].state == "suspended"
        store.suspend_tenant(engines, shop.tenant_id, False)
        assert post(shop).status_code == 200
        assert len(desk.pull(http)["events"]) == 1
    finally:
        engines.dispose()


def test_deleting_a_shop_erases_its_events_and_devices(relay, http, pair, post):
    shop, other = relay.create_tenant("Shop"), relay.create_tenant("Other")
    pair(shop.tenant_id)
    pair(other.tenant_id)
    for tenant in (shop, shop, other):
        assert post(tenant).status_code == 200
    engines = db.make_engines(relay.settings.database_url)
    try:
        store.delete_tenant(engines, shop.tenant_id)
        with engines.read.connect() as conn:
            left = {table.name: conn.execute(select(func.count()).select_from(table)).scalar_one()
                    for table in (tenants, devices, events, event_keys)}
            owners = set(conn.execute(select(events.c.tenant_id)).scalars())
        assert left == {"tenants": 1, "devices": 1, "events": 1, "event_keys": 1}
        assert owners == {other.tenant_id}
    finally:
        engines.dispose()


def test_cli_lists_suspends_and_deletes(relay, capsys, monkeypatch):
    from relay import cli

    shop = relay.create_tenant("Shop")
    monkeypatch.setattr(Settings, "from_env", classmethod(lambda cls, env=None: relay.settings))
    assert cli.main(["tenant", "suspend", shop.tenant_id]) == 0
    assert cli.main(["tenant", "list"]) == 0
    assert f"{shop.tenant_id}  suspended" in capsys.readouterr().out
    assert cli.main(["tenant", "resume", shop.tenant_id]) == 0
    assert cli.main(["tenant", "delete", shop.tenant_id, "--yes"]) == 0
    assert cli.main(["tenant", "list", "--json"]) == 0
    assert capsys.readouterr().out.strip().endswith("[]")


def test_the_code_hash_needs_the_master_key():
    a, b = crypto.MasterKey(b"a" * 32), crypto.MasterKey(b"b" * 32)
    assert a.mac("123456", "signup-code") != b.mac("123456", "signup-code")


def test_a_first_device_removed_by_the_operator_during_sign_up_is_a_409_not_a_500(signup_relay, http, mailbox,
                                                                                  monkeypatch, caplog):
    # The operator can revoke the new device between its pairing code being made and the pairing finishing.
    def revoked_meanwhile(*args, **kwargs):
        raise store.PairingRefused("the device was revoked")

    monkeypatch.setattr(store, "pair", revoked_meanwhile)
    email = "laden@example.com"
    assert http.post(signup_relay.url + "/v1/signup/code", json={"email": email}).status_code == 202
    body = signup_body(email, mailbox.code_for(email), X25519PrivateKey.generate())
    with caplog.at_level("INFO", logger="relay"):
        answer = http.post(signup_relay.url + "/v1/signup", json=body)
    assert answer.status_code == 409, answer.text
    assert "pair" in answer.json()["error"]
    assert [r for r in caplog.records if getattr(r, "reason", None) == "first_device_refused"]
