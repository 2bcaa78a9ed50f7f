"""What a bulk template campaign meets at Meta: the Marketing Messages API, the portfolio's messaging limit,
per-user marketing and spam limits, the number's quality and tier, and per-recipient bookkeeping."""

from __future__ import annotations

import httpx
import pytest

from klaros_sim.control import statuses_in

CUSTOMER = "+4915112345678"
SALE = {"name": "spring_sale", "language": {"code": "de"}, "components": [
    {"type": "header", "parameters": [{"type": "image", "image": {"link": "https://example.org/a.jpg"}}]},
    {"type": "body", "parameters": [{"type": "text", "text": "Anna"}, {"type": "text", "text": "20"}]}]}
READY = {"name": "order_ready", "language": {"code": "de"}, "components": [
    {"type": "body", "parameters": [{"type": "text", "text": "Anna"}, {"type": "text", "text": "4711"}]}]}


@pytest.fixture
def graph(sim):
    with httpx.Client(base_url=f"{sim.base_url}/v23.0/{sim.config.phone_number_id}", trust_env=False,
                      headers={"Authorization": f"Bearer {sim.config.access_token}"}) as client:
        yield client


def send(graph, to: str, template: dict = SALE, path: str = "/messages") -> httpx.Response:
    return graph.post(path, json={"messaging_product": "whatsapp", "to": to, "type": "template",
                                  "template": template})


def failed_codes(sim, hooks) -> dict[str, int]:
    """``wamid -> error code`` of every failed status posted so far."""
    sim.wait_idle()
    return {s["id"]: s["errors"][0]["code"] for b in hooks.bodies for s in statuses_in(b) if s["status"] == "failed"}


def changes(hooks, field: str) -> list[dict]:
    return [c["value"] for b in hooks.bodies for e in b["entry"] for c in e["changes"] if c["field"] == field]


# ----- Marketing Messages API -------------------------------------------------------------------------------
def test_marketing_messages_refuses_free_form_and_non_marketing_templates(sim, graph):
    sim.say(CUSTOMER, "Hallo")
    text = graph.post("/marketing_messages", json={"messaging_product": "whatsapp", "to": CUSTOMER,
                                                   "type": "text", "text": {"body": "Hi"}})
    assert text.status_code == 400
    error = text.json()["error"]
    assert error["code"] == 100 and error["error_data"]["details"] == "Message must be a template message."
    utility = send(graph, CUSTOMER, READY, "/marketing_messages")
    assert utility.status_code == 400
    error = utility.json()["error"]
    assert error["code"] == 131055 and error["message"] == "(#131055) Method not allowed"
    assert send(graph, CUSTOMER, SALE, "/marketing_messages").status_code == 200
    assert [m["marketing_lite"] for m in sim.outbound()] == [True]
