"""How webhooks reach the callback: retries with back-off, giving up, batching, out-of-order statuses."""

from __future__ import annotations

import httpx

from klaros_sim.control import messages_in, statuses_in
from klaros_sim.testing import running_simulator

from .conftest import APP_SECRET

CUSTOMER = "+4915112345678"


def test_failed_delivery_is_retried_until_the_callback_answers(sim, hooks):
    hooks.fail_next(3, status=503)
    sent = sim.say(CUSTOMER, "Hallo?")
    body = hooks.wait_for(lambda b: bool(messages_in(b)))
    assert messages_in(body)[0]["id"] == sent["id"]
    sim.wait_idle()
    (delivery,) = sim.deliveries()
    assert delivery["attempts"] == 4 and delivery["responses"] == ["503", "503", "503", "200"]
    assert delivery["delivered"] and len(hooks.bodies) == 1
    # every attempt carried the same bytes and signature, so the relay can dedupe on the wamid
    assert len({raw for raw, _ in hooks.raw}) == 1


def test_later_changes_are_not_held_back_by_a_failing_one(sim, hooks):
    hooks.fail_next(2)
    first = sim.say(CUSTOMER, "eins")
    second = sim.say(CUSTOMER, "zwei")
    sim.wait_idle()
    arrived = [messages_in(b)[0]["id"] for b in hooks.bodies]
    assert sorted(arrived) == sorted([first["id"], second["id"]])


def test_gives_up_after_max_attempts(hooks):
    with running_simulator(callback_url=hooks.url, app_secret=APP_SECRET, webhook_max_attempts=3) as sim:
        hooks.fail_next(10)
        sim.say(CUSTOMER, "niemand da")
        sim.wait_idle()
        (delivery,) = sim.deliveries()
        assert delivery["gave_up"] and not delivery["delivered"] and delivery["attempts"] == 3


def test_unreachable_callback_and_manual_flush(hooks):
    with running_simulator(callback_url="http://127.0.0.1:9/nothing", app_secret=APP_SECRET,
                           webhook_retry_base=30) as sim:
        sim.say(CUSTOMER, "Hallo")
        sim.wait_until(lambda: sim.deliveries() and sim.deliveries()[0]["attempts"] == 1, 5, "first attempt")
        assert "ConnectError" in sim.deliveries()[0]["responses"][0]
        sim.configure(callback_url=hooks.url)
        sim.retry_webhooks_now()
        assert sim.deliveries()[0]["delivered"] and len(hooks.bodies) == 1


def test_wrong_app_secret_is_what_a_receiver_rejects(hooks):
    with running_simulator(callback_url=hooks.url, app_secret="other-secret", webhook_max_attempts=1) as sim:
        sim.say(CUSTOMER, "Hallo")
        sim.wait_idle()
    assert hooks.bodies == [] and len(hooks.rejected) == 1


def test_batch_puts_several_changes_in_one_post(sim, hooks):
    result = sim.batch([
        {"from": CUSTOMER, "type": "text", "body": "eins"},
        {"from": "+4917012345678", "type": "text", "body": "zwei"},
        {"from": CUSTOMER, "type": "location", "latitude": 1.5, "longitude": 2.5},
    ])
    body = hooks.wait_for(lambda b: bool(messages_in(b)))
    assert len(hooks.bodies) == 1
    assert [m["id"] for m in messages_in(body)] == [m["id"] for m in result["messages"]]
    assert len(body["entry"]) == 1 and len(body["entry"][0]["changes"]) == 3


def test_batch_window_merges_statuses_of_several_messages(sim, hooks):
    sim.configure(batch_window=1.0, out_of_order=True)
    sim.say(CUSTOMER, "Hallo")
    headers = {"Authorization": f"Bearer {sim.config.access_token}"}
    for text in ("a", "b"):
        httpx.post(f"{sim.base_url}/v23.0/{sim.config.phone_number_id}/messages", headers=headers, trust_env=False,
                   json={"messaging_product": "whatsapp", "to": CUSTOMER, "type": "text", "text": {"body": text}})
    sim.wait_idle()
    assert any(len(statuses_in(b)) >= 2 for b in hooks.bodies)
    per_message: dict[str, list[str]] = {}
    for body in hooks.bodies:
        for status in statuses_in(body):
            per_message.setdefault(status["id"], []).append(status["status"])
    assert list(per_message.values()) == [["sent", "read", "delivered"]] * 2


def test_read_only_when_delivered_and_read_coincide(sim, hooks):
    sim.configure(delivery_delay=0.1, read_delay=0.1)
    sim.say(CUSTOMER, "Hallo")
    headers = {"Authorization": f"Bearer {sim.config.access_token}"}
    wamid = httpx.post(f"{sim.base_url}/v23.0/{sim.config.phone_number_id}/messages", headers=headers,
                       trust_env=False, json={"messaging_product": "whatsapp", "to": CUSTOMER, "type": "text",
                                              "text": {"body": "x"}}).json()["messages"][0]["id"]
    sim.wait_idle()
    assert [s["status"] for b in hooks.bodies for s in statuses_in(b) if s["id"] == wamid] == ["sent", "read"]


def test_failure_rate_makes_some_messages_fail(sim, hooks):
    sim.configure(failure_rate=1.0)
    sim.say(CUSTOMER, "Hallo")
    headers = {"Authorization": f"Bearer {sim.config.access_token}"}
    httpx.post(f"{sim.base_url}/v23.0/{sim.config.phone_number_id}/messages", headers=headers, trust_env=False,
               json={"messaging_product": "whatsapp", "to": CUSTOMER, "type": "text", "text": {"body": "x"}})
    sim.wait_idle()
    (status,) = [s for b in hooks.bodies for s in statuses_in(b)]
    assert status["status"] == "failed" and status["errors"][0]["code"] == 131026


def test_duplicate_deliveries_post_the_same_bytes_twice(sim, hooks):
    sim.configure(duplicate_rate=1.0)
    sent = sim.say(CUSTOMER, "doppelt")
    sim.wait_idle()
    assert [messages_in(b)[0]["id"] for b in hooks.bodies] == [sent["id"], sent["id"]]
    assert hooks.raw[0][0] == hooks.raw[1][0]
    assert sim.deliveries()[0]["responses"] == ["200", "200"]


def test_callback_verification_handshake(sim, hooks):
    assert sim.verify_callback("demo-verify-token")["ok"] is True
    refused = sim.verify_callback("wrong-token")
    assert refused["ok"] is False and refused["status"] == 403
