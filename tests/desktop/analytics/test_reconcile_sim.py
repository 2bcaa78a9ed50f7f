"""Reconciliation against the simulator: Klaros's cost and Meta's ``pricing_analytics`` agree for traffic sent
only through Klaros; a message another tool sent (straight to the API with the same token) is Meta's alone
and the reconciliation says so."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import httpx
import pytest
from sqlalchemy import select

from klaros_desktop.graph.client import GraphClient
from klaros_desktop.models import Contact, Conversation, Message, MessageTemplate, utcnow
from klaros_desktop.services.analytics import cost, period, reconcile
from klaros_desktop.services.inbound.apply import WebhookApplier
from klaros_desktop.services.people import phones
from klaros_sim import analytics as sim_analytics
from klaros_sim.embedded import running_simulator, webhook_recorder

pytestmark = pytest.mark.slow
SECRET = "analytics-secret"
KLAROS_CUSTOMERS = ("+4915112345678", "+4917612345678", "+447400123456")
OTHER_TOOL_CUSTOMER = "+4916012345678"


def sim_card(e164, category, pricing_type, day):
    """Klaros priced with the simulator's own card (the test's stand-in for an imported rate CSV)."""
    amount = sim_analytics.rate(phones.region_of(e164) or "ZZ", category)
    return None if amount is None else cost.UnitPrice(amount, sim_analytics.CURRENCY, sim_analytics.RATES_AS_OF)


def _store(sessions, wamid: str, number: str) -> None:
    """The sent message as Klaros's send service stores it."""
    with sessions.begin() as s:
        contact = s.scalar(select(Contact).where(Contact.phone_e164 == number))
        if contact is None:
            contact = Contact(phone_e164=number, wa_id=number[1:])
            s.add(contact)
            s.flush()
            s.add(Conversation(contact_id=contact.id, phone_number_id="106540352242922"))
            s.flush()
        chat = s.scalar(select(Conversation).where(Conversation.contact_id == contact.id))
        s.add(Message(wamid=wamid, conversation_id=chat.id, contact_id=contact.id, direction="out", type="template",
                      template_name="hello_world", template_language="en_US", template_category="UTILITY",
                      timestamp=utcnow(), status="accepted"))


def _other_tool_sends(sim, to: str) -> str:
    response = httpx.post(f"{sim.base_url}/v23.0/{sim.config.phone_number_id}/messages", trust_env=False,
                          headers={"Authorization": f"Bearer {sim.config.access_token}"},
                          json={"messaging_product": "whatsapp", "to": to.lstrip("+"), "type": "template",
                                "template": {"name": "hello_world", "language": {"code": "en_US"}}})
    assert response.status_code == 200, response.text
    return response.json()["messages"][0]["id"]


def _sync(sessions, hooks, seen: int) -> int:
    for body in hooks.bodies[seen:]:
        with sessions.begin() as s:
            WebhookApplier(s).apply(body, correlation_id="relay-test")
    return len(hooks.bodies)


async def test_klaros_only_traffic_agrees_and_another_tools_message_is_explained(sessions):
    with webhook_recorder(SECRET) as hooks, running_simulator(callback_url=hooks.url, app_secret=SECRET,
                                                              fast=True, seed=3) as sim:
        window = period.Period(datetime.now(UTC) - timedelta(days=1), datetime.now(UTC) + timedelta(hours=1))
        async with httpx.AsyncClient(trust_env=False) as http:
            graph = GraphClient(http, phone_number_id=sim.config.phone_number_id, waba_id=sim.config.waba_id,
                                token=sim.config.access_token, base_url=sim.base_url)
            hello = next(t for t in sim.simulator.templates.values() if t.name == "hello_world")
            with sessions.begin() as s:  # the template as Klaros's template refresh stores it, with Meta's id
                s.add(MessageTemplate(meta_id=hello.id, name="hello_world", language="en_US", category="UTILITY",
                                      status="APPROVED"))
            for number in KLAROS_CUSTOMERS:
                sent = await graph.send_template(number, "hello_world", "en_US")
                _store(sessions, sent.wamid, number)
            sim.wait_until(lambda: all("delivered" in m["statuses"] or "read" in m["statuses"]
                                       for m in sim.outbound()), 30, "every send delivered")
            sim.wait_idle()
            seen = _sync(sessions, hooks, 0)

            agreed = await reconcile.with_meta(sessions, graph, window, sim_card)
            assert agreed.agrees, agreed.explanations
            assert agreed.meta.volume == 3 and agreed.meta.currency == "USD"
            assert {r.key: (r.local, r.meta) for r in agreed.rows} == {
                ("utility", "regular", "DE"): (2, 2), ("utility", "regular", "GB"): (1, 1)}
            assert [(t.name, t.local[:2], t.meta[:2]) for t in agreed.templates] == [("hello_world", (3, 3), (3, 3))]
            assert agreed.templates[0].local == agreed.templates[0].meta  # read too
            expected = 2 * sim_analytics.RATES["DE"]["utility"] + sim_analytics.RATES["GB"]["utility"]
            assert agreed.meta.cost == expected
            with sessions() as s:
                assert cost.cost(s, window, sim_card).total == expected

            _other_tool_sends(sim, OTHER_TOOL_CUSTOMER)
            sim.wait_until(lambda: all("delivered" in m["statuses"] or "read" in m["statuses"]
                                       for m in sim.outbound()), 30, "the other tool's send delivered")
            sim.wait_idle()
            _sync(sessions, hooks, seen)  # its statuses arrive too, but name a message Klaros never sent

            differs = await reconcile.with_meta(sessions, graph, window, sim_card)
    assert not differs.agrees
    assert differs.meta.volume == 4
    assert [str(e) for e in differs.explanations] == [str(reconcile.ANOTHER_TOOL.format(n=1))]
    assert {r.key: r.difference for r in differs.rows if r.difference} == {("utility", "regular", "DE"): 1}
    assert differs.meta.cost - expected == sim_analytics.RATES["DE"]["utility"]
    assert [(t.local[0], t.meta[0]) for t in differs.templates] == [(3, 4)]  # Meta's template count has it too


def test_same_volumes_other_cost_means_the_rate_card_is_out_of_date():
    window = period.Period(datetime(2026, 11, 1, tzinfo=UTC), datetime(2026, 11, 8, tzinfo=UTC))
    local = cost.Cost(window, charged=2, total=Decimal("0.20"), currency="USD",
                      volumes={("marketing", "regular", "DE"): 2})
    meta = reconcile.MetaFigures({("marketing", "regular", "DE"): 2},
                                 {("marketing", "regular", "DE"): Decimal("0.27")}, "USD")
    result = reconcile.reconcile(local, meta)
    assert result.rate_card_outdated and not result.agrees
    assert "import Meta's newest rate CSV" in result.explanations[0]


def test_statuses_not_received_yet_are_named_before_another_tool():
    window = period.Period(datetime(2026, 11, 1, tzinfo=UTC), datetime(2026, 11, 8, tzinfo=UTC))
    local = cost.Cost(window, waiting=1, volumes={("utility", "regular", "DE"): 1})
    meta = reconcile.MetaFigures({("utility", "regular", "DE"): 3}, {}, "USD")
    result = reconcile.reconcile(local, meta)
    assert [str(e) for e in result.explanations] == [str(reconcile.STATUSES_PENDING.format(n=1)),
                                                     str(reconcile.ANOTHER_TOOL.format(n=1))]
