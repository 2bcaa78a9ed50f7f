"""A template's link button with a variable, sent from a chat or ``klaros send --button-var``: the one check
(``messaging.buttons``) both go through, then the simulator takes the ``button`` component as Meta does; a value
Meta would refuse is refused before anything is stored or sent, in words."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import select

from klaros_desktop.graph import GraphClient
from klaros_desktop.models import AuditEvent, Message, MessageTemplate
from klaros_desktop.services.messaging import buttons, templates
from klaros_desktop.services.messaging.sending import SendService
from klaros_sim.embedded import running_simulator, webhook_recorder
from klaros_sim.templates import Template

SECRET, TOKEN, CUSTOMER = "link-secret", "EAAG-link-token", "+4915112345678"
BUTTONS = [{"type": "QUICK_REPLY", "text": "Danke"},
           {"type": "URL", "text": "Verfolgen", "url": "https://shop.example/track/{{1}}",
            "example": ["https://shop.example/track/XY987"]}]
BODY = {"type": "BODY", "text": "Hallo {{1}}, Ihre Sendung ist unterwegs.", "example": {"body_text": [["Anna"]]}}
TRACK = {"id": "778", "name": "track_order", "language": "de", "status": "APPROVED", "category": "UTILITY",
         "components": [BODY, {"type": "BUTTONS", "buttons": BUTTONS}]}


def _template(components) -> MessageTemplate:
    return MessageTemplate(name="t", language="de", status="APPROVED", components=components)


# ---------------------------------------------------------------- the check both callers go through
def test_a_link_button_says_what_it_takes():
    [link] = buttons.of(_template(TRACK["components"]))
    assert (link.index, link.text, link.shown_url, link.example, link.max_length) == (
        "1", "Verfolgen", "https://shop.example/track/…", "XY987", 2000 - len("https://shop.example/track/"))
    assert link.link("AB1") == "https://shop.example/track/AB1"
    assert buttons.clean(link, "  https://shop.example/track/AB1 ") == "AB1"  # a whole address pasted in
    assert buttons.of(_template([BODY, {"type": "BUTTONS", "buttons": [
        {"type": "URL", "text": "Website", "url": "https://shop.example/"}]}])) == []  # a fixed link takes nothing


@pytest.mark.parametrize(("values", "words"), [
    ({}, "The link button “Verfolgen” needs a value for this customer."),
    ({"1": "  "}, "needs a value"),
    ({"1": "AB 1"}, "cannot contain spaces"),
    ({"1": "A" * 1974}, "WhatsApp takes links up to 2,000 characters, which leaves 1,973 for this value"),
    ({"1": "AB1", "0": "x"}, "no link button with a value at position 0"),
])
def test_a_value_meta_would_refuse_is_refused_in_words(values, words):
    with pytest.raises(buttons.LinkValueRefused, match=words):
        buttons.components(_template(TRACK["components"]), values)


def test_the_longest_value_is_taken_and_sent_as_metas_button_component():
    value = "A" * 1973
    assert buttons.components(_template(TRACK["components"]), {"1": value}) == [
        {"type": "button", "sub_type": "url", "index": "1", "parameters": [{"type": "text", "text": value}]}]


# ---------------------------------------------------------------- the simulator round trip
@pytest.fixture
def sim():
    with webhook_recorder(SECRET) as hooks, running_simulator(callback_url=hooks.url, app_secret=SECRET, seed=5,
                                                              access_token=TOKEN, fast=True) as handle:
        handle.simulator.templates["778"] = Template("track_order", "de", "UTILITY", TRACK["components"],
                                                     status="APPROVED", id="778")
        yield handle


@pytest.fixture
async def sender(sim, sessions):
    with sessions.begin() as s:
        templates.store(s, [TRACK])
    async with httpx.AsyncClient(trust_env=False) as http:
        graph = GraphClient(http, phone_number_id=sim.config.phone_number_id, waba_id=sim.config.waba_id, token=TOKEN,
                            base_url=sim.base_url, max_retries=0)
        yield SendService(sessions, graph, phone_number_id=sim.config.phone_number_id)


async def test_the_value_goes_to_the_simulator_as_the_url_button_and_it_takes_it(sim, sender):
    outcome = await sender.send_template(CUSTOMER, "track_order", "de", ["Anna"], link_values={"1": "AB1"})
    assert outcome.sent, outcome.error
    [post] = sim.outbound()
    assert post["payload"]["template"]["components"] == [
        {"type": "body", "parameters": [{"type": "text", "text": "Anna"}]},
        {"type": "button", "sub_type": "url", "index": "1", "parameters": [{"type": "text", "text": "AB1"}]}]


async def test_without_a_value_klaros_refuses_before_meta_would(sim, sender, sessions):
    outcome = await sender.send_template(CUSTOMER, "track_order", "de", ["Anna"])
    assert not outcome.sent and outcome.decision.reason_code == "link_value"
    assert "“Verfolgen” needs a value" in outcome.decision.reason
    assert sim.outbound() == []  # nothing left: the simulator would have answered 132000
    with sessions() as s:
        assert s.scalars(select(Message).where(Message.direction == "out")).all() == []
        assert s.scalar(select(AuditEvent).where(AuditEvent.action == "send_refused")) is not None


# ---------------------------------------------------------------- klaros send --button-var
@pytest.fixture
def shop(klaros_cli):
    return klaros_cli


def test_klaros_send_takes_the_link_value_and_refuses_one_meta_would_refuse(shop, sim):
    send = ("send", CUSTOMER, "--template", "track_order", "--lang", "de", "--param", "Anna")
    code, _ = shop(*send)
    assert code == 3 and "“Verfolgen” needs a value" in shop.err and sim.outbound() == []
    code, _ = shop(*send, "--button-var", "1=AB 1")
    assert code == 3 and "cannot contain spaces" in shop.err
    code, _ = shop(*send, "--button-var", "0=AB1")
    assert code == 3 and "no link button with a value at position 0" in shop.err
    code, _ = shop(*send, "--button-var", "eins=AB1")
    assert code == 2 and "INDEX=VALUE" in shop.err
    code, _ = shop("send", CUSTOMER, "Hallo", "--button-var", "1=AB1")
    assert code == 2 and "--button-var goes with --template" in shop.err
    assert sim.outbound() == []
    code, out = shop(*send, "--button-var", "1=AB1")
    assert code == 0 and out.startswith("Sent: "), shop.err
    [post] = sim.outbound()
    assert post["payload"]["template"]["components"][-1] == {
        "type": "button", "sub_type": "url", "index": "1", "parameters": [{"type": "text", "text": "AB1"}]}
