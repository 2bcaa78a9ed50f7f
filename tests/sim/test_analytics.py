"""The simulator's ``pricing_analytics`` and ``template_analytics`` on ``GET /{waba-id}``: Meta's shapes and
limits, computed from what it delivered."""

from __future__ import annotations

import time

import httpx
import pytest


def _get(sim, fields: str) -> httpx.Response:
    return httpx.get(f"{sim.base_url}/v23.0/{sim.config.waba_id}", params={"fields": fields}, trust_env=False,
                     headers={"Authorization": f"Bearer {sim.config.access_token}"})


def _send(sim, to: str, name: str, lang: str, params: list[str] | None = None) -> str:
    template: dict = {"name": name, "language": {"code": lang}}
    if params:
        template["components"] = [{"type": "body", "parameters": [{"type": "text", "text": p} for p in params]}]
    response = httpx.post(f"{sim.base_url}/v23.0/{sim.config.phone_number_id}/messages", trust_env=False,
                          headers={"Authorization": f"Bearer {sim.config.access_token}"},
                          json={"messaging_product": "whatsapp", "to": to, "type": "template", "template": template})
    assert response.status_code == 200, response.text
    return response.json()["messages"][0]["id"]


@pytest.fixture
def traffic(sim):
    """Two utility templates to Germany, one to the UK, one free reply inside the window, one failed send."""
    sim.configure(sent_delay=0, delivery_delay=0.01, read_delay=None)
    start = int(sim.simulator.now()) - 60
    _send(sim, "4915112345678", "hello_world", "en_US")
    _send(sim, "4917612345678", "hello_world", "en_US")
    _send(sim, "447400123456", "hello_world", "en_US")
    sim.say("+4916012345678", "Hallo")
    _send(sim, "4916012345678", "order_ready", "de", ["Anna", "4711"])  # utility inside the window: free
    sim.not_on_whatsapp("+4915199999999")
    _send(sim, "4915199999999", "hello_world", "en_US")  # ends failed: never counted
    sim.wait_until(lambda: all({"delivered", "failed"} & set(m["statuses"]) for m in sim.outbound()), 30,
                   "every send delivered or failed")
    return start, int(sim.simulator.now()) + 60


def test_pricing_analytics_by_category_type_and_country(sim, traffic):
    start, end = traffic
    response = _get(sim, f"pricing_analytics.start({start}).end({end}).granularity(DAILY)"
                         ".dimensions([PRICING_CATEGORY,PRICING_TYPE,COUNTRY]),currency")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["id"] == sim.config.waba_id and body["currency"] == "USD"
    points = body["pricing_analytics"]["data"][0]["data_points"]
    got = {(p["pricing_category"], p["pricing_type"], p["country"]): (p["volume"], p["cost"]) for p in points}
    assert got == {("UTILITY", "REGULAR", "DE"): (2, pytest.approx(2 * 0.0456)),
                   ("UTILITY", "REGULAR", "GB"): (1, pytest.approx(0.0220)),
                   ("UTILITY", "FREE_CUSTOMER_SERVICE", "DE"): (1, 0.0)}
    assert all(p["start"] >= start and p["end"] <= end and p["end"] - p["start"] <= 86400 for p in points)


def test_pricing_analytics_without_dimensions_and_with_filters(sim, traffic):
    start, end = traffic
    whole = _get(sim, f"pricing_analytics.start({start}).end({end}).granularity(MONTHLY).metric_types([VOLUME])")
    points = whole.json()["pricing_analytics"]["data"][0]["data_points"]
    assert sum(p["volume"] for p in points) == 4 and all("cost" not in p and "country" not in p for p in points)
    uk = _get(sim, f"pricing_analytics.start({start}).end({end}).granularity(DAILY).country_codes([GB])"
                   ".pricing_types([REGULAR])")
    assert sum(p["volume"] for p in uk.json()["pricing_analytics"]["data"][0]["data_points"]) == 1


@pytest.mark.parametrize("fields", [
    "pricing_analytics.start(100).end(200).granularity(DAILY)",  # more than a year back
    "pricing_analytics.start({now}).end({now}).granularity(DAILY)",  # end not after start
    "pricing_analytics.start({now}).end({later}).granularity(WEEKLY)",
    "pricing_analytics.start({now}).end({later}).granularity(DAILY).dimensions([COLOUR])",
    "pricing_analytics.end({later}).granularity(DAILY)",
    "template_analytics.start({now}).end({later}).granularity(DAILY)",  # no template ids
    "template_analytics.start({now}).end({later}).granularity(MONTHLY).template_ids([1])",
    "template_analytics.start({old}).end({later}).granularity(DAILY).template_ids([1])",  # > 90 days
    "template_analytics.start({now}).end({later}).granularity(DAILY).template_ids([1,2,3,4,5,6,7,8,9,10,11])",
])
def test_limits_are_graph_errors(sim, fields):
    now = int(time.time())
    response = _get(sim, fields.format(now=now, later=now + 3600, old=now - 91 * 86400))
    assert response.status_code == 400
    assert response.json()["error"]["code"] == 100


def test_template_analytics_daily_per_template(sim, traffic):
    start, end = traffic
    hello = next(t.id for t in sim.simulator.templates.values() if t.name == "hello_world")
    response = _get(sim, f"template_analytics.start({start}).end({end}).granularity(DAILY)"
                         f".metric_types([SENT,DELIVERED,READ,COST]).template_ids([{hello}])")
    assert response.status_code == 200, response.text
    block = response.json()["template_analytics"]["data"][0]
    assert block["granularity"] == "DAILY"
    points = block["data_points"]
    assert sum(p["sent"] for p in points) == 3  # the failed send never reached "sent"
    assert sum(p["delivered"] for p in points) == 3
    spent = sum(c["value"] for p in points for c in p["cost"] if c["type"] == "amount_spent")
    assert spent == pytest.approx(2 * 0.0456 + 0.0220)
    assert all(p["template_id"] == hello and p["end"] - p["start"] == 86400 for p in points)
