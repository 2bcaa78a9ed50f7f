"""Details other people's WhatsApp client libraries rely on, checked against Meta's current reference pages.

Each test names the Meta page it follows; docs/simulator.md lists them with their URLs.
"""

from __future__ import annotations

import httpx

from klaros_sim.control import messages_in

CUSTOMER = "+4915112345678"


def _headers(sim) -> dict[str, str]:
    return {"Authorization": f"Bearer {sim.config.access_token}"}


def _send(sim, body: dict) -> str:
    response = httpx.post(f"{sim.base_url}/v23.0/{sim.config.phone_number_id}/messages", headers=_headers(sim),
                          trust_env=False, json={"messaging_product": "whatsapp", "to": CUSTOMER, **body})
    assert response.status_code == 200, response.text
    return response.json()["messages"][0]["id"]


def _status_values(hooks, wamid: str) -> dict[str, dict]:
    """``status name -> the change value that carried it`` for one outbound message."""
    found = {}
    for body in hooks.bodies:
        for entry in body["entry"]:
            for change in entry["changes"]:
                for status in change["value"].get("statuses", []):
                    if status["id"] == wamid:
                        found[status["status"]] = change["value"]
    return found


# ----- status webhooks: contacts (Meta's business-scoped user IDs page, status messages webhooks) ----------------
def test_sent_delivered_read_statuses_carry_the_recipient_in_contacts(sim, hooks):
    sim.say(CUSTOMER, "Hallo", name="Anna Becker")
    wamid = _send(sim, {"type": "text", "text": {"body": "Gern"}})  # fast timings: sent, delivered, read
    sim.wait_idle()
    values = _status_values(hooks, wamid)
    assert set(values) == {"sent", "delivered", "read"}
    user_id = values["sent"]["statuses"][0]["recipient_user_id"]
    for value in values.values():
        (contact,) = value["contacts"]
        assert contact == {"profile": {"name": "Anna Becker"}, "wa_id": "4915112345678", "user_id": user_id}
        assert list(value) == ["messaging_product", "metadata", "contacts", "statuses"]


def test_failed_status_has_no_contacts(sim, hooks):
    wamid = _send(sim, {"type": "text", "text": {"body": "Fenster zu"}})  # no window: 131047
    sim.wait_idle()
    values = _status_values(hooks, wamid)
    assert set(values) == {"failed"} and "contacts" not in values["failed"]


# ----- taps reply to the message tapped (Meta's button and interactive messages webhook references) ------------
BUTTONS = {"type": "interactive", "interactive": {
    "type": "button", "body": {"text": "Abholen oder liefern?"},
    "action": {"buttons": [{"type": "reply", "reply": {"id": "pickup", "title": "Abholen"}},
                           {"type": "reply", "reply": {"id": "delivery", "title": "Liefern"}}]}}}
LIST = {"type": "interactive", "interactive": {
    "type": "list", "body": {"text": "Welche Torte?"},
    "action": {"button": "Auswahl", "sections": [{"title": "Torten", "rows": [
        {"id": "sacher", "title": "Sachertorte"}, {"id": "linzer", "title": "Linzer Torte"}]}]}}}
SALE = {"type": "template", "template": {"name": "spring_sale", "language": {"code": "de"}, "components": [
    {"type": "header", "parameters": [{"type": "image", "image": {"link": "https://example.org/a.jpg"}}]},
    {"type": "body", "parameters": [{"type": "text", "text": "Anna"}, {"type": "text", "text": "20"}]},
    {"type": "button", "sub_type": "quick_reply", "index": "1", "parameters": [{"type": "payload",
                                                                                "payload": "STOP_SALE"}]}]}}


def test_button_and_list_replies_carry_the_context_of_the_tapped_message(sim, hooks):
    sim.say(CUSTOMER, "Hallo")
    buttons = _send(sim, BUTTONS)
    rows = _send(sim, LIST)
    _send(sim, {"type": "text", "text": {"body": "Sagen Sie einfach Bescheid."}})  # newer, but not tapped
    business = sim.config.display_phone_number
    assert sim.choose(CUSTOMER, "pickup", "Abholen")["context"] == {"from": business, "id": buttons}
    assert sim.choose(CUSTOMER, "linzer", "Linzer Torte", list_row=True)["context"] == {"from": business, "id": rows}
    sim.wait_idle()
    tapped = [m for b in hooks.bodies for m in messages_in(b) if m["type"] == "interactive"]
    assert [m["context"]["id"] for m in tapped] == [buttons, rows]


def test_template_quick_reply_carries_the_context_of_the_template_message(sim, hooks):
    sale = _send(sim, SALE)
    other = _send(sim, {"type": "template", "template": {"name": "hello_world", "language": {"code": "en_US"}}})
    by_text = sim.press_button(CUSTOMER, "Interessiert")
    by_payload = sim.press_button(CUSTOMER, "Stopp", payload="STOP_SALE")
    business = sim.config.display_phone_number
    assert by_text["context"] == by_payload["context"] == {"from": business, "id": sale}
    assert other != sale


def test_a_tap_without_a_known_message_still_replies_to_one(sim):
    """A scripted tap on a message the simulator never sent still has the context every real tap has."""
    tap = sim.choose(CUSTOMER, "pickup", "Abholen")
    assert tap["context"]["from"] == sim.config.display_phone_number
    assert tap["context"]["id"].startswith("wamid.")
    assert sim.choose(CUSTOMER, "x", "X", reply_to="wamid.GIVEN")["context"]["id"] == "wamid.GIVEN"
