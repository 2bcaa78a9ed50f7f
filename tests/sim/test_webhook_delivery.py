"""How webhooks reach the callback: retries with back-off, giving up, batching, out-of-order statuses."""

from __future__ import annotations

import httpx

from klaros_sim.control import messages_in, statuses_in
from klaros_sim.embedded import running_simulator

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
    # back-off: webhook_retry_base (0.05 s in fast mode) doubling per failed attempt
    assert delivery["backoff"] == [0.05, 0.1, 0.2]
    # every attempt carried the same bytes and signature, so the relay can dedupe on the wamid
    assert len({raw for raw, _ in hooks.raw}) == 1


def test_backoff_doubles_up_to_its_cap(hooks):
    with running_simulator(callback_url=hooks.url, app_secret=APP_SECRET, webhook_retry_base=0.01,
                           webhook_retry_max_delay=0.04, webhook_max_attempts=6) as sim:
        hooks.fail_next(10)
        sim.say(CUSTOMER, "niemand da")
        sim.wait_idle()
        (delivery,) = sim.deliveries()
        assert delivery["backoff"] == [0.01, 0.02, 0.04, 0.04, 0.04] and delivery["gave_up"]


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
                           webhook_retry_base=600) as sim:
        sim.say(CUSTOMER, "Hallo")
        sim.wait_until(lambda: sim.deliveries() and sim.deliveries()[0]["attempts"] == 1, 30, "first attempt")
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


def _send_text(sim, text: str) -> str:
    headers = {"Authorization": f"Bearer {sim.config.access_token}"}
    response = httpx.post(f"{sim.base_url}/v23.0/{sim.config.phone_number_id}/messages", headers=headers,
                          trust_env=False, json={"messaging_product": "whatsapp", "to": CUSTOMER, "type": "text",
                                                 "text": {"body": text}})
    return response.json()["messages"][0]["id"]


def test_held_statuses_of_several_messages_go_out_in_one_post_out_of_order(sim, hooks):
    sim.configure(out_of_order=True)
    sim.say(CUSTOMER, "Hallo")
    hooks.wait_for(lambda b: bool(messages_in(b)))
    sim.hold_webhooks()
    wamids = [_send_text(sim, text) for text in ("a", "b")]
    sim.wait_until(lambda: all(len(m["statuses"]) == 3 for m in sim.outbound()), 30, "all statuses")
    assert len(hooks.bodies) == 1  # nothing posted while held
    assert sim.release_webhooks()["held"] == 0
    body = hooks.wait_for(lambda b: bool(statuses_in(b)))
    sim.wait_idle()
    assert len(hooks.bodies) == 2 and len(body["entry"]) == 1 and len(body["entry"][0]["changes"]) == 6
    per_message: dict[str, list[str]] = {}
    for status in statuses_in(body):
        per_message.setdefault(status["id"], []).append(status["status"])
    assert per_message == {wamid: ["sent", "read", "delivered"] for wamid in wamids}


def test_batch_window_collects_changes_until_it_ends(sim, hooks):
    sim.configure(batch_window=600)  # nothing leaves before the window ends (or is cut short below)
    first = sim.say(CUSTOMER, "eins")
    second = sim.say("+4917012345678", "zwei")
    assert hooks.bodies == []
    sim.retry_webhooks_now()  # ends the running window
    body = hooks.wait_for(lambda b: bool(messages_in(b)))
    assert [m["id"] for m in messages_in(body)] == [first["id"], second["id"]]
    assert len(hooks.bodies) == 1


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
