"""The simulator's own webhooks for a whole conversation, applied in order, then out of order and twice: the
local database always ends in the same state (messages, ticks with their times, errors, billing, consent)."""

from __future__ import annotations

import random

import httpx
import pytest
from sqlalchemy import select

from klaros_desktop.models import Base, ConsentEvent, Contact, Conversation, Message, PendingStatus, utcnow
from klaros_desktop.services.inbound.apply import WebhookApplier
from klaros_sim.control import statuses_in
from klaros_sim.embedded import running_simulator, webhook_recorder

pytestmark = pytest.mark.slow
SECRET = "replay-app-secret"
CUSTOMER = "+4915112345678"
GONE = "+4915199887766"  # not on WhatsApp: the send ends in a failed status


def _send(sim, to: str, text: str) -> str:
    response = httpx.post(f"{sim.base_url}/v23.0/{sim.config.phone_number_id}/messages", trust_env=False,
                          headers={"Authorization": f"Bearer {sim.config.access_token}"},
                          json={"messaging_product": "whatsapp", "to": to.lstrip("+"), "type": "text",
                                "text": {"body": text}})
    assert response.status_code == 200, response.text
    return response.json()["messages"][0]["id"]


@pytest.fixture(scope="module")
def recorded():
    """(webhook bodies as the simulator posted them, {wamid: number} of the shop's sends)."""
    with webhook_recorder(SECRET) as hooks, running_simulator(callback_url=hooks.url, app_secret=SECRET, seed=7,
                                                              out_of_order=True) as sim:
        first = sim.say(CUSTOMER, "Hallo, ist die Torte fertig?", name="Anna Becker")["id"]
        sim.send_location(CUSTOMER, 52.52, 13.40)
        sim.message(CUSTOMER, "unsupported", unsupported_type="future_thing")
        sends = {_send(sim, CUSTOMER, "Ja, ab 15 Uhr!"): CUSTOMER, _send(sim, CUSTOMER, "Bis gleich"): CUSTOMER}
        sim.react(CUSTOMER, first, "👍")
        sim.press_button(CUSTOMER, "Stop promotions", payload="STOP_PROMOTIONS")
        sim.not_on_whatsapp(GONE)
        sends[_send(sim, GONE, "Ihre Bestellung")] = GONE
        sim.wait_until(lambda: all({"read", "failed"} & set(m["statuses"]) for m in sim.outbound()), 30,
                       "read or failed for every send")
        sim.say(CUSTOMER, "STOP")
        sim.wait_idle()
        bodies = [body for body in hooks.bodies]
    assert any(s["status"] == "failed" for b in bodies for s in statuses_in(b))
    assert any(s["status"] == "read" for b in bodies for s in statuses_in(b))
    return bodies, sends


def _reset(sessions, sends: dict[str, str]) -> None:
    """An empty shop that has just sent the recorded messages (as the send service stores them)."""
    with sessions.begin() as s:
        for table in reversed(Base.metadata.sorted_tables):
            if table.name != "app_settings":
                s.execute(table.delete())
        for wamid, number in sends.items():
            contact = s.scalar(select(Contact).where(Contact.phone_e164 == number))
            if contact is None:
                contact = Contact(phone_e164=number, wa_id=number[1:])
                s.add(contact)
                s.flush()
                s.add(Conversation(contact_id=contact.id, phone_number_id="106540352242922"))
                s.flush()
            conversation = s.scalar(select(Conversation).where(Conversation.contact_id == contact.id))
            s.add(Message(wamid=wamid, conversation_id=conversation.id, contact_id=contact.id, direction="out",
                          type="text", text="sent", timestamp=utcnow(), status="accepted"))


def _state(sessions) -> tuple:
    with sessions() as s:
        wamid_of = dict(s.execute(select(Message.id, Message.wamid)).all())
        messages = sorted(
            (m.wamid, m.direction, m.type, m.meta_type, m.text, m.status, m.sent_at, m.delivered_at, m.read_at,
             m.failed_at, m.error_code, m.pricing_category, m.pricing_billable, m.reply_to_wamid)
            for m in s.scalars(select(Message)))
        consent = sorted((e.kind, e.scope, e.source, wamid_of.get(e.evidence_message_id), e.occurred_at)
                         for e in s.scalars(select(ConsentEvent)))
        conversations = sorted((c.contact.phone_e164, c.last_inbound_at, c.last_message_at, c.unread_count)
                               for c in s.scalars(select(Conversation)))
        contacts = sorted((c.phone_e164, c.profile_name) for c in s.scalars(select(Contact)))
        waiting = s.scalars(select(PendingStatus)).all()
    return messages, consent, conversations, contacts, len(waiting)


def test_simulator_webhooks_in_any_order_and_twice_give_the_same_state(recorded, sessions):
    bodies, sends = recorded
    rng = random.Random(11)
    orders = {"as posted": bodies, "reversed": bodies[::-1]}
    for n in range(4):
        orders[f"shuffled twice #{n}"] = rng.sample(bodies * 2, len(bodies) * 2)
    states = {}
    for name, order in orders.items():
        _reset(sessions, sends)
        for body in order:  # one event per transaction, as a sync page of one
            with sessions.begin() as s:
                WebhookApplier(s).apply(body, correlation_id="relay-replay")
        states[name] = _state(sessions)
    _reset(sessions, sends)
    with sessions.begin() as s:  # and everything, twice, in one batch, as one big sync page
        WebhookApplier(s).apply_batch([(body, "relay-replay") for body in rng.sample(bodies * 2, len(bodies) * 2)])
    states["one batch"] = _state(sessions)

    reference = states["as posted"]
    for name, state in states.items():
        assert state == reference, f"{name} differs from the order the simulator posted"
    messages, consent, _conversations, _contacts, waiting = reference
    by_text = {m[4]: m for m in messages}
    assert waiting == 0
    out = [m for m in messages if m[1] == "out" and m[0] in sends and sends[m[0]] == CUSTOMER]
    assert all(m[5] == "read" and m[6] and m[7] and m[8] and m[11] for m in out)  # every tick, with its time
    failed = next(m for m in messages if m[0] in sends and sends[m[0]] == GONE)
    assert failed[5] == "failed" and failed[10] == 131026
    assert any(m[2] == "unsupported" and m[3] == "unsupported" for m in messages)
    assert by_text["Hallo, ist die Torte fertig?"][1] == "in"
    kinds = {(kind, scope, source) for kind, scope, source, _evidence, _at in consent}
    assert ("opt_out", "all", "keyword") in kinds and ("opt_out", "marketing", "button") in kinds
    assert all(evidence for _kind, _scope, source, evidence, _at in consent if source in ("keyword", "button"))
