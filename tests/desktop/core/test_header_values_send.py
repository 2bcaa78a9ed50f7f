"""A template whose title at the top has a variable, or which shows a map at the top, sent to one contact from a
chat or ``klaros send --header-var/--header-location``: the one check (``messaging.template_header``) both go
through (the value given, the title within Meta's 60 characters with it; the place in range and complete), then
the simulator takes the ``header`` component as Meta does. A value Meta would refuse is refused before anything
is stored or sent, in words."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import select

from klaros_desktop.graph import GraphClient
from klaros_desktop.models import AuditEvent, Message, MessageTemplate
from klaros_desktop.services.messaging import template_header, templates
from klaros_desktop.services.messaging.sending import SendService
from klaros_sim.embedded import running_simulator, webhook_recorder
from klaros_sim.templates import Template

SECRET, TOKEN, CUSTOMER = "header-secret", "EAAG-header-token", "+4915112345678"
BODY = {"type": "BODY", "text": "Hallo {{1}}, Ihr Strauß ist fertig.", "example": {"body_text": [["Anna"]]}}
TITLED = {"id": "781", "name": "bouquet_ready", "language": "de", "status": "APPROVED", "category": "UTILITY",
          "components": [{"type": "HEADER", "format": "TEXT", "text": "Bestellung {{1}}",
                          "example": {"header_text": ["B-1042"]}}, BODY]}
NAMED = {"id": "782", "name": "bouquet_named", "language": "de", "status": "APPROVED", "category": "UTILITY",
         "parameter_format": "NAMED",
         "components": [{"type": "HEADER", "format": "TEXT", "text": "Bestellung {{nummer}}",
                         "example": {"header_text_named_params": [{"param_name": "nummer", "example": "B-1"}]}},
                        {"type": "BODY", "text": "Hallo {{kunde}}!",
                         "example": {"body_text_named_params": [{"param_name": "kunde", "example": "Anna"}]}}]}
MAP = {"id": "783", "name": "we_have_moved", "language": "de", "status": "APPROVED", "category": "MARKETING",
       "components": [{"type": "HEADER", "format": "LOCATION"}, BODY]}
PLAIN = {"id": "784", "name": "plain_title", "language": "de", "status": "APPROVED", "category": "UTILITY",
         "components": [{"type": "HEADER", "format": "TEXT", "text": "Ihr Strauß"}, BODY]}
PLACE = template_header.Location.of("52.5292", "13.4012", "Blumen Becker", "Torstraße 1, 10119 Berlin")


def _template(item) -> MessageTemplate:
    return MessageTemplate(name=item["name"], language="de", status="APPROVED", components=item["components"])


# ---------------------------------------------------------------- the check both callers go through
def test_a_title_says_what_it_takes():
    titled = _template(TITLED)
    assert template_header.title_variable(titled) == "1"
    assert template_header.title_example(titled) == "B-1042"
    assert template_header.title_example(_template(NAMED)) == "B-1"
    assert template_header.title_room(titled) == 60 - len("Bestellung ")
    assert template_header.title_variable(_template(PLAIN)) is None
    assert template_header.takes_location(_template(MAP)) and not template_header.takes_location(titled)


def test_the_longest_value_fills_the_title_to_60_characters_and_is_sent_as_metas_header_component():
    value = "X" * (60 - len("Bestellung "))
    assert template_header.components(_template(TITLED), value) == [
        {"type": "header", "parameters": [{"type": "text", "text": value}]}]
    assert template_header.components(_template(NAMED), " B-7 ") == [
        {"type": "header", "parameters": [{"type": "text", "parameter_name": "nummer", "text": "B-7"}]}]


def test_a_location_is_sent_as_metas_location_parameter():
    assert template_header.components(_template(MAP), location=PLACE) == [
        {"type": "header", "parameters": [{"type": "location", "location": {
            "latitude": "52.5292", "longitude": "13.4012", "name": "Blumen Becker",
            "address": "Torstraße 1, 10119 Berlin"}}]}]


@pytest.mark.parametrize(("item", "text", "place", "words"), [
    (TITLED, None, None, "title at the top has a variable ({{1}}): give its value"),
    (TITLED, "  ", None, "give its value"),
    (TITLED, "X" * 50, None, "would be 61 characters long with this value; WhatsApp allows 60. The value may "
                             "have at most 49 characters"),
    (TITLED, "B-1", PLACE, "shows no map at the top"),
    (MAP, None, None, "shows a map at the top: give the place"),
    (MAP, "B-1", PLACE, "not a title with a value"),
    (PLAIN, "B-1", None, "has no variable"),
])
def test_a_header_value_meta_would_refuse_is_refused_in_words(item, text, place, words):
    with pytest.raises(template_header.HeaderValueRefused) as refused:
        template_header.components(_template(item), text, place)
    assert words in str(refused.value)


@pytest.mark.parametrize(("fields", "word"), [
    (("91", "13", "Laden", "Straße 1"), "latitude must be a number from -90 to 90"),
    (("52", "-181", "Laden", "Straße 1"), "longitude must be a number from -180 to 180"),
    (("Nord", "13", "Laden", "Straße 1"), "latitude"),
    (("52", "13", " ", "Straße 1"), "name"),
    (("52", "13", "Laden", ""), "address"),
])
def test_a_place_out_of_range_or_incomplete_is_refused(fields, word):
    with pytest.raises(template_header.LocationRefused) as refused:
        template_header.Location.of(*fields)
    assert word in str(refused.value)


# ---------------------------------------------------------------- the simulator round trip
@pytest.fixture
def sim():
    with webhook_recorder(SECRET) as hooks, running_simulator(callback_url=hooks.url, app_secret=SECRET, seed=5,
                                                              access_token=TOKEN, fast=True) as handle:
        for item in (TITLED, NAMED, MAP, PLAIN):
            handle.simulator.templates[item["id"]] = Template(
                item["name"], "de", item["category"], item["components"], status="APPROVED", id=item["id"],
                parameter_format=item.get("parameter_format", "POSITIONAL"))
        yield handle


@pytest.fixture
async def sender(sim, sessions):
    with sessions.begin() as s:
        templates.store(s, [TITLED, NAMED, MAP, PLAIN])
    async with httpx.AsyncClient(trust_env=False) as http:
        graph = GraphClient(http, phone_number_id=sim.config.phone_number_id, waba_id=sim.config.waba_id, token=TOKEN,
                            base_url=sim.base_url, max_retries=0)
        yield SendService(sessions, graph, phone_number_id=sim.config.phone_number_id)


async def test_the_title_value_goes_to_the_simulator_and_it_takes_it(sim, sender):
    outcome = await sender.send_template(CUSTOMER, "bouquet_ready", "de", ["Anna"], header_text="B-1042")
    assert outcome.sent, outcome.error
    outcome = await sender.send_template(CUSTOMER, "bouquet_named", "de", {"kunde": "Anna"}, header_text="B-7")
    assert outcome.sent, outcome.error
    titled, named = sim.outbound()
    assert titled["payload"]["template"]["components"] == [
        {"type": "header", "parameters": [{"type": "text", "text": "B-1042"}]},
        {"type": "body", "parameters": [{"type": "text", "text": "Anna"}]}]
    assert named["payload"]["template"]["components"][0] == {
        "type": "header", "parameters": [{"type": "text", "parameter_name": "nummer", "text": "B-7"}]}


async def test_the_place_goes_to_the_simulator_and_it_takes_it(sim, sender):
    outcome = await sender.send_template(CUSTOMER, "we_have_moved", "de", ["Anna"], header_location=PLACE)
    assert outcome.sent, outcome.error
    [post] = sim.outbound()
    assert post["payload"]["template"]["components"][0] == PLACE.component()


@pytest.mark.parametrize(("name", "keywords", "words"), [
    ("bouquet_ready", {}, "give its value"),
    ("bouquet_ready", {"header_text": "B" * 50}, "WhatsApp allows 60"),
    ("we_have_moved", {}, "give the place"),
])
async def test_without_a_fitting_value_klaros_refuses_before_meta_would(sim, sender, sessions, name, keywords,
                                                                        words):
    outcome = await sender.send_template(CUSTOMER, name, "de", ["Anna"], **keywords)
    assert not outcome.sent and outcome.decision.reason_code == "header_value"
    assert words in outcome.decision.reason
    assert sim.outbound() == []  # nothing left: the simulator would have answered 132000
    with sessions() as s:
        assert s.scalars(select(Message).where(Message.direction == "out")).all() == []
        assert s.scalar(select(AuditEvent).where(AuditEvent.action == "send_refused")) is not None


# ---------------------------------------------------------------- klaros send --header-var / --header-location
@pytest.fixture
def shop(klaros_cli):
    return klaros_cli


def test_klaros_send_takes_the_title_value_and_refuses_one_too_long(shop, sim):
    send = ("send", CUSTOMER, "--template", "bouquet_ready", "--lang", "de", "--param", "Anna")
    code, _ = shop(*send)
    assert code == 3 and "give its value" in shop.err and sim.outbound() == []
    code, _ = shop(*send, "--header-var", "B" * 50)
    assert code == 3 and "WhatsApp allows 60" in shop.err and sim.outbound() == []
    code, _ = shop("send", CUSTOMER, "Hallo", "--header-var", "B-1")
    assert code == 2 and "--header-var goes with --template" in shop.err
    code, out = shop(*send, "--header-var", "B-1042")
    assert code == 0 and out.startswith("Sent: "), shop.err
    [post] = sim.outbound()
    assert post["payload"]["template"]["components"][0] == {
        "type": "header", "parameters": [{"type": "text", "text": "B-1042"}]}


def test_klaros_send_takes_the_place_and_refuses_one_out_of_range(shop, sim):
    send = ("send", CUSTOMER, "--template", "we_have_moved", "--lang", "de", "--param", "Anna")
    code, _ = shop(*send)
    assert code == 3 and "give the place" in shop.err
    code, _ = shop(*send, "--header-location", "95,13.4012,Blumen Becker,Torstraße 1")
    assert code == 2 and "latitude must be a number from -90 to 90" in shop.err
    code, _ = shop("send", CUSTOMER, "Hallo", "--header-location", "52.5,13.4,Laden,Straße 1")
    assert code == 2 and "--header-location goes with --template" in shop.err
    assert sim.outbound() == []
    code, out = shop(*send, "--header-location", "52.5292,13.4012,Blumen Becker,Torstraße 1, 10119 Berlin")
    assert code == 0 and out.startswith("Sent: "), shop.err
    [post] = sim.outbound()
    assert post["payload"]["template"]["components"][0] == PLACE.component()


async def test_the_simulator_refuses_a_title_over_60_characters_and_klaros_says_why(sim, sender):
    """What Klaros refuses before sending is what the simulator refuses too (132005, Meta's "hydrated text too
    long"), said in the shop owner's words."""
    from klaros_desktop.graph.errors import GraphError

    with pytest.raises(GraphError) as refused:
        await sender.graph.send_template(CUSTOMER.lstrip("+"), "bouquet_ready", "de", [
            {"type": "header", "parameters": [{"type": "text", "text": "B" * 50}]},
            {"type": "body", "parameters": [{"type": "text", "text": "Anna"}]}])
    assert refused.value.code == 132005 and "60 characters" in refused.value.explanation
    await sender.graph.send_template(CUSTOMER.lstrip("+"), "bouquet_ready", "de", [
        {"type": "header", "parameters": [{"type": "text", "text": "B" * 49}]},
        {"type": "body", "parameters": [{"type": "text", "text": "Anna"}]}])  # 60 exactly: taken
