"""The helper other tests build on: a real server, a customer message, a signed webhook, a text send."""

from __future__ import annotations

import hashlib
import hmac

import httpx

from klaros_sim.control import messages_in, statuses_in

from .conftest import APP_SECRET


def _send(sim, body: dict) -> httpx.Response:
    return httpx.post(
        f"{sim.base_url}/v23.0/{sim.config.phone_number_id}/messages",
        headers={"Authorization": f"Bearer {sim.config.access_token}"},
        json=body,
        trust_env=False,
    )


def test_customer_message_arrives_signed_with_app_secret(sim, hooks):
    sent = sim.say("+49 151 12345678", "Hallo", name="Anna Becker")
    body = hooks.wait_for(lambda b: bool(messages_in(b)))
    raw, headers = hooks.raw[0]
    expected = "sha256=" + hmac.new(APP_SECRET.encode(), raw, hashlib.sha256).hexdigest()
    assert headers["x-hub-signature-256"] == expected
    (message,) = messages_in(body)
    assert message == sent
    assert message["from"] == "4915112345678" and message["text"] == {"body": "Hallo"}
    value = body["entry"][0]["changes"][0]["value"]
    assert value["contacts"][0]["profile"]["name"] == "Anna Becker"
    assert value["metadata"]["phone_number_id"] == sim.config.phone_number_id
    assert body["entry"][0]["id"] == sim.config.waba_id


def test_reply_in_window_is_accepted_and_reported_sent_delivered_read(sim, hooks):
    sim.say("+4915112345678", "Hallo")
    response = _send(sim, {"messaging_product": "whatsapp", "to": "+4915112345678", "type": "text",
                           "text": {"body": "Gern!"}})
    assert response.status_code == 200
    data = response.json()
    wamid = data["messages"][0]["id"]
    assert wamid.startswith("wamid.")
    assert data["contacts"] == [{"input": "+4915112345678", "wa_id": "4915112345678"}]
    sim.wait_idle()
    seen = [s["status"] for b in hooks.bodies for s in statuses_in(b) if s["id"] == wamid]
    assert seen == ["sent", "delivered", "read"]


def test_wrong_token_is_refused_with_meta_envelope(sim):
    response = httpx.post(f"{sim.base_url}/v23.0/{sim.config.phone_number_id}/messages",
                          headers={"Authorization": "Bearer nope"}, json={}, trust_env=False)
    assert response.status_code == 401
    error = response.json()["error"]
    assert error["code"] == 190 and error["type"] == "OAuthException" and error["fbtrace_id"]
