"""Details other people's WhatsApp client libraries rely on, checked against Meta's current reference pages.

Each test names the Meta page it follows; docs/simulator.md lists them with their URLs.
"""

from __future__ import annotations

import httpx

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
