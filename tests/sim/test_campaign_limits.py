"""What a bulk template campaign meets at Meta: the Marketing Messages API, the portfolio's messaging limit,
per-user marketing and spam limits, the number's quality and tier, and per-recipient bookkeeping."""

from __future__ import annotations

import json

import httpx
import pytest

from klaros_sim.config import ConfigError, SimConfig
from klaros_sim.control import SimControlError, statuses_in

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


def node(sim, graph, fields: str | None = None) -> httpx.Response:
    """``GET /{phone-number-id}`` (``?fields=`` when given)."""
    return graph.get(f"{sim.base_url}/v23.0/{sim.config.phone_number_id}",
                     params={"fields": fields} if fields else None)


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


# ----- portfolio messaging limit ----------------------------------------------------------------------------
def test_messaging_limit_counts_unique_users_outside_the_window_in_a_moving_day(sim, graph, hooks):
    sim.freeze_clock()
    sim.set_messaging_limit("TIER_250")
    sim.configure(pair_rate_burst=1000, throughput_mps=10_000)  # a frozen clock: no second ends
    sim.hold_webhooks()
    numbers = [f"+49151{n:08d}" for n in range(251)]
    wamids = [send(graph, n, READY).json()["messages"][0]["id"] for n in numbers[:250]]
    again = send(graph, numbers[0], READY).json()["messages"][0]["id"]  # the same user counts once
    sim.say(numbers[250], "Hallo")  # inside the service window: does not count
    in_window = send(graph, numbers[250], READY).json()["messages"][0]["id"]
    over = send(graph, "+4916000000001", READY)
    assert over.status_code == 200  # Meta accepts it and reports the failure in a status
    over_id = over.json()["messages"][0]["id"]
    sim.release_webhooks()
    failed = failed_codes(sim, hooks)
    assert failed == {over_id: 131048}
    assert not {*wamids, again, in_window} & set(failed)
    sim.advance(24 * 3600 + 1)  # the day moves on: the first users no longer count
    later = send(graph, "+4916000000002", READY).json()["messages"][0]["id"]
    assert later not in failed_codes(sim, hooks)


def test_messaging_limit_unlimited_and_tiers_validated(sim, graph, hooks):
    sim.freeze_clock()
    sim.configure(messaging_limit_tier="TIER_UNLIMITED", pair_rate_burst=1000, throughput_mps=10_000)
    for n in range(300):
        assert send(graph, f"+49152{n:08d}", READY).status_code == 200
    assert failed_codes(sim, hooks) == {}
    with pytest.raises(ConfigError):
        SimConfig(messaging_limit_tier="TIER_3K")
    with pytest.raises(ConfigError):
        SimConfig(quality_rating="PURPLE")
    assert SimConfig.from_env({"KLAROS_SIM_MESSAGING_LIMIT_TIER": "TIER_10K"}).messaging_limit_tier == "TIER_10K"
    with pytest.raises(SimControlError, match="messaging_limit_tier"):
        sim.set_messaging_limit("TIER_1K")  # the pre-2025 tier no longer exists
    assert sim.settings()["messaging_limit_tier"] == "TIER_UNLIMITED"


# ----- error rates and triggers -----------------------------------------------------------------------------
def test_per_user_marketing_limit_fails_async_with_131049(sim, graph, hooks):
    sim.freeze_clock()
    sim.configure(marketing_per_user_limit=2)
    first, second, third = (send(graph, CUSTOMER).json()["messages"][0]["id"] for _ in range(3))
    utility = send(graph, CUSTOMER, READY).json()["messages"][0]["id"]  # not marketing: not limited
    assert failed_codes(sim, hooks) == {third: 131049}
    status = next(s for b in hooks.bodies for s in statuses_in(b) if s["id"] == third)
    assert status["errors"][0]["title"] == ("This message was not delivered to maintain healthy ecosystem "
                                            "engagement.")
    sim.advance(24 * 3600)
    fourth = send(graph, CUSTOMER).json()["messages"][0]["id"]
    assert fourth not in failed_codes(sim, hooks)
    assert {first, second, utility}.isdisjoint(failed_codes(sim, hooks))


def test_error_rates_fail_templates_async(sim, graph, hooks):
    sim.configure(spam_rate_limit_rate=1.0)
    wamid = send(graph, CUSTOMER, READY).json()["messages"][0]["id"]
    assert failed_codes(sim, hooks)[wamid] == 131048
    sim.configure(spam_rate_limit_rate=0.0, marketing_limit_rate=1.0)
    sale = send(graph, "+4915199999999").json()["messages"][0]["id"]
    ready = send(graph, "+4915199999999", READY).json()["messages"][0]["id"]
    failed = failed_codes(sim, hooks)
    assert failed[sale] == 131049 and ready not in failed


def test_injected_async_errors_come_as_failed_statuses(sim, graph, hooks):
    sim.inject_errors(131048, count=1, asynchronous=True)
    first = send(graph, CUSTOMER, READY)
    second = send(graph, CUSTOMER, READY)
    assert first.status_code == second.status_code == 200
    failed = failed_codes(sim, hooks)
    assert failed == {first.json()["messages"][0]["id"]: 131048}
    item = next(s for b in hooks.bodies for s in statuses_in(b) if s["status"] == "failed")
    error = item["errors"][0]
    assert set(error) == {"code", "title", "message", "error_data", "href"}
    assert error["title"] == "Spam rate limit hit"


@pytest.mark.parametrize("code", [130429, 131056, 131048, 131049])
def test_injected_sync_errors_have_meta_envelope(sim, graph, code):
    sim.inject_errors(code)
    response = send(graph, CUSTOMER, READY)
    error = response.json()["error"]
    assert response.status_code == 400 and error["code"] == code
    assert error["message"].startswith(f"(#{code}) ") and error["error_data"]["details"]


# ----- phone-number quality and tier ------------------------------------------------------------------------
def test_phone_number_exposes_quality_and_portfolio_limit(sim, graph):
    assert node(sim, graph).json()["quality_rating"] == "GREEN"
    asked = node(sim, graph, "quality_rating,whatsapp_business_manager_messaging_limit").json()
    assert asked == {"quality_rating": "GREEN", "whatsapp_business_manager_messaging_limit": "TIER_250",
                     "id": sim.config.phone_number_id}
    error = node(sim, graph, "favourite_colour").json()["error"]
    assert error["code"] == 100


def test_quality_and_tier_changes_post_phone_number_quality_update(sim, graph, hooks):
    sim.set_quality("YELLOW")
    sim.set_messaging_limit("TIER_2K")
    sim.set_messaging_limit("TIER_2K")  # no change, no webhook
    sim.set_quality("GREEN")
    sim.wait_idle()
    assert node(sim, graph, "whatsapp_business_manager_messaging_limit").json()[
        "whatsapp_business_manager_messaging_limit"] == "TIER_2K"
    updates = changes(hooks, "phone_number_quality_update")
    display = sim.config.display_phone_number
    assert updates == [
        {"display_phone_number": display, "event": "FLAGGED", "max_daily_conversations_per_business": "TIER_250"},
        {"display_phone_number": display, "event": "UPGRADE", "old_limit": "TIER_250",
         "max_daily_conversations_per_business": "TIER_2K"},
        {"display_phone_number": display, "event": "UNFLAGGED", "max_daily_conversations_per_business": "TIER_2K"},
    ]
    entry = next(e for b in hooks.bodies for e in b["entry"]
                 if e["changes"][0]["field"] == "phone_number_quality_update")
    assert entry["id"] == sim.config.waba_id and isinstance(entry["time"], int)
    # the portfolio's new limit also comes as business_capability_update, -1 meaning unlimited
    sim.set_messaging_limit("TIER_UNLIMITED")
    sim.wait_idle()
    assert changes(hooks, "business_capability_update") == [{"max_daily_conversations_per_business": 2000},
                                                            {"max_daily_conversations_per_business": -1}]


# ----- per-recipient bookkeeping ----------------------------------------------------------------------------
def test_recipients_lists_every_wamid_per_user(sim, graph):
    a = send(graph, CUSTOMER, READY).json()["messages"][0]["id"]
    b = send(graph, "4915112345678", SALE, "/marketing_messages").json()["messages"][0]["id"]
    c = send(graph, "+4915200000000", READY).json()["messages"][0]["id"]
    send(graph, "+4915200000000", {"name": "missing", "language": {"code": "de"}})  # refused: no wamid
    recipients = sim.recipients()
    assert {k: [m["id"] for m in v] for k, v in recipients.items()} == {"4915112345678": [a, b],
                                                                      "4915200000000": [c]}
    first = recipients["4915112345678"][0]
    assert first["template"] == "order_ready" and first["type"] == "template"
    assert recipients["4915112345678"][1]["marketing_lite"] is True


def test_cli_sets_quality_and_tier_and_lists_recipients(sim, graph, capsys):
    from klaros_sim.cli import main

    def run(*argv):
        code = main(["--sim", sim.base_url, *argv])
        return code, json.loads(capsys.readouterr().out) if code == 0 else None

    code, settings = run("set", "messaging_limit_tier=TIER_10K", "quality_rating=RED")
    assert code == 0 and (settings["messaging_limit_tier"], settings["quality_rating"]) == ("TIER_10K", "RED")
    wamid = send(graph, CUSTOMER, READY).json()["messages"][0]["id"]
    code, recipients = run("recipients")
    assert code == 0 and [m["id"] for m in recipients["4915112345678"]] == [wamid]


def test_limits_show_how_much_of_the_day_is_used(sim, graph):
    sim.freeze_clock()
    sim.configure(marketing_per_user_limit=3)
    sim.say("+4915300000000", "Hallo")  # inside the window: not counted
    for to in (CUSTOMER, "+4915200000000", "+4915300000000"):
        send(graph, to, SALE)
    send(graph, CUSTOMER, READY)  # the same user again
    sim.wait_idle()
    assert sim.limits() == {"messaging_limit_tier": "TIER_250", "messaging_limit": 250, "unique_users_24h": 2,
                            "quality_rating": "GREEN", "marketing_per_user_limit": 3,
                            "marketing_received_24h": {"4915112345678": 1, "4915200000000": 1,
                                                       "4915300000000": 1}}
    sim.advance(24 * 3600)
    assert sim.limits()["unique_users_24h"] == 0 and sim.limits()["marketing_received_24h"] == {}
