"""A new template with a value in its text header, a map at the top, or a copy-code button (Meta's template
components reference, its location and coupon code templates): Meta's rules said before anything is sent, the
draft submitted in Meta's shapes, approved in the simulator, then sent with the title's value, the place and the
customer's code; an existing template with these parts opens in the editor whole."""

from __future__ import annotations

from dataclasses import replace

import httpx
import pytest
from sqlalchemy import select

from klaros_desktop.graph import GraphClient
from klaros_desktop.models import MessageTemplate
from klaros_desktop.services.messaging import buttons, template_drafts, template_edits, template_header, templates
from klaros_desktop.services.messaging.sending import SendService
from klaros_desktop.services.messaging.template_drafts import Action, Draft

SECRET = "parts-app-secret"
TOKEN = "EAAG-parts-token"
CUSTOMER = "+4915112345678"
PLACE = template_header.Location.of("52.5292", "13.4012", "Blumen Becker", "Torstraße 1, 10119 Berlin")


@pytest.fixture
def sim(recorded_simulator):
    return recorded_simulator(secret=SECRET, token=TOKEN, seed=4)


@pytest.fixture
async def graph(sim, sessions):
    async with httpx.AsyncClient(trust_env=False) as http:
        yield GraphClient(http, phone_number_id=sim.config.phone_number_id, waba_id=sim.config.waba_id,
                          token=TOKEN, base_url=sim.base_url, backoff_base=0.01, backoff_max=0.05, max_retries=0)


def _node(sim, meta_id: str) -> dict:
    return httpx.get(f"{sim.base_url}/v23.0/{meta_id}", headers={"Authorization": f"Bearer {TOKEN}"},
                     trust_env=False).json()


def _row(sessions, name: str) -> MessageTemplate:
    with sessions() as s:
        return s.scalar(select(MessageTemplate).where(MessageTemplate.name == name))


def _said(draft: Draft) -> str:
    return " ".join(template_drafts.problems(draft))


BASE = Draft(name="sale", category="MARKETING", body="Hallo {{1}}, diese Woche 20 % auf alles.", examples=["Anna"])


# ---------------------------------------------------------------- Meta's rules, said before anything is sent
def test_a_value_in_the_header_needs_its_example_and_is_one_value_at_most():
    titled = replace(BASE, header="Bestellung {{1}}", title_example="B-1042")
    assert _said(titled) == ""
    assert titled.components()[0] == {"type": "HEADER", "format": "TEXT", "text": "Bestellung {{1}}",
                                      "example": {"header_text": ["B-1042"]}}
    assert "example for the header's value" in _said(replace(titled, title_example=" "))
    assert "one value at most" in _said(replace(titled, header="Bestellung {{1}} für {{2}}"))
    assert "{{1}}" in _said(replace(titled, header="Bestellung {{2}}"))
    assert "at most 60 characters" in _said(replace(titled, header="B" * 55 + " {{1}}"))
    named = replace(BASE, parameter_format="NAMED", body="Hallo {{kunde}}, neu da.", examples=["Anna"],
                    header="Bestellung {{nummer}}", title_example="B-7")
    assert _said(named) == ""
    assert named.components()[0]["example"] == {
        "header_text_named_params": [{"param_name": "nummer", "example": "B-7"}]}


def test_a_map_at_the_top_is_meta_s_location_header_without_a_place():
    draft = replace(BASE, header_format="LOCATION", header="ignored")
    assert _said(draft) == ""
    assert draft.components()[0] == {"type": "HEADER", "format": "LOCATION"}
    assert _said(replace(draft, category="UTILITY")) == ""  # Meta: utility or marketing


def test_a_copy_code_button_is_for_marketing_one_per_template_with_an_example_up_to_15_characters():
    draft = replace(BASE, buttons=["Stopp"], actions=[Action("COPY_CODE", "", "SPRING25")])
    assert _said(draft) == ""
    assert draft.components()[-1] == {"type": "BUTTONS", "buttons": [
        {"type": "QUICK_REPLY", "text": "Stopp"}, {"type": "COPY_CODE", "example": "SPRING25"}]}
    assert "only in marketing templates" in _said(replace(draft, category="UTILITY"))
    assert "one copy-code button" in _said(replace(draft, actions=[Action("COPY_CODE", "", "A1")] * 2))
    assert "at most 15" in _said(replace(draft, actions=[Action("COPY_CODE", "", "X" * 16)]))
    assert "at most 15" in _said(replace(draft, actions=[Action("COPY_CODE", "", " ")]))


# ---------------------------------------------------------------- created, approved, then sent
async def test_created_approved_and_sent_with_the_title_value_and_the_customer_s_code(sim, sessions, graph):
    draft = replace(BASE, name="spring_code", header="Ihr Code {{1}}", title_example="für Anna",
                    body="Hallo {{1}}, mit Ihrem Code sparen Sie diese Woche 20 %.", examples=["Anna"],
                    buttons=["Stopp"], actions=[Action("COPY_CODE", "", "SPRING25")])
    await template_drafts.submit(sessions, graph, draft)
    header, _body, buttons_part = _node(sim, _row(sessions, "spring_code").meta_id)["components"]
    assert header == {"type": "HEADER", "format": "TEXT", "text": "Ihr Code {{1}}",
                      "example": {"header_text": ["für Anna"]}}
    assert buttons_part["buttons"][1] == {"type": "COPY_CODE", "example": "SPRING25"}
    sim.decide_template("spring_code", "APPROVED", language="de")
    await templates.refresh(sessions, graph)
    row = _row(sessions, "spring_code")
    assert row.status == "APPROVED"
    assert [(b.index, b.kind) for b in buttons.of(row)] == [("1", "COPY_CODE")]

    sender = SendService(sessions, graph, phone_number_id=sim.config.phone_number_id)
    refused = await sender.send_template(CUSTOMER, "spring_code", "de", ["Anna"], header_text="für Anna")
    assert not refused.sent and "copy-code button needs this customer's code" in refused.decision.reason
    too_long = await sender.send_template(CUSTOMER, "spring_code", "de", ["Anna"], header_text="für Anna",
                                          link_values={"1": "X" * 16})
    assert not too_long.sent and "up to 15 characters" in too_long.decision.reason
    outcome = await sender.send_template(CUSTOMER, "spring_code", "de", ["Anna"], header_text="für Anna",
                                         link_values={"1": "ANNA-20"})
    assert outcome.sent, outcome.error
    [post] = sim.outbound()
    assert post["payload"]["template"]["components"] == [
        {"type": "header", "parameters": [{"type": "text", "text": "für Anna"}]},
        {"type": "body", "parameters": [{"type": "text", "text": "Anna"}]},
        {"type": "button", "sub_type": "copy_code", "index": "1",
         "parameters": [{"type": "coupon_code", "coupon_code": "ANNA-20"}]}]
    with sessions() as s:  # stored as the customer got it: the title with its value, the code under its button
        from klaros_desktop.models import Message
        stored = s.query(Message).filter_by(direction="out").one()
        assert stored.text.splitlines()[0] == "Ihr Code für Anna"
        assert stored.template_parts["buttons"] == [{"type": "QUICK_REPLY", "text": "Stopp"},
                                                    {"type": "COPY_CODE", "text": "", "code": "ANNA-20"}]


async def test_created_with_a_map_approved_and_sent_with_the_place(sim, sessions, graph):
    draft = replace(BASE, name="new_shop", category="UTILITY", header_format="LOCATION",
                    body="Hallo {{1}}, wir sind umgezogen; hier finden Sie uns.")
    await template_drafts.submit(sessions, graph, draft)
    sim.decide_template("new_shop", "APPROVED", language="de")
    await templates.refresh(sessions, graph)
    sender = SendService(sessions, graph, phone_number_id=sim.config.phone_number_id)
    outcome = await sender.send_template(CUSTOMER, "new_shop", "de", ["Anna"], header_location=PLACE)
    assert outcome.sent, outcome.error
    [post] = sim.outbound()
    assert post["payload"]["template"]["components"][0] == PLACE.component()


# ---------------------------------------------------------------- an existing template opens whole
async def test_a_template_with_a_header_value_a_map_or_a_code_opens_in_the_editor_and_is_edited_whole(
        sim, sessions, graph):
    sim.configure(template_review_delay=600)
    await graph.create_template("code_sale", "de", "MARKETING", [
        {"type": "HEADER", "format": "TEXT", "text": "Angebot {{1}}", "example": {"header_text": ["Tulpen"]}},
        {"type": "BODY", "text": "Hallo {{1}}, Ihr Code wartet.", "example": {"body_text": [["Anna"]]}},
        {"type": "BUTTONS", "buttons": [{"type": "COPY_CODE", "example": "SALE20"}]}])
    await graph.create_template("map_news", "de", "UTILITY", [
        {"type": "HEADER", "format": "LOCATION"},
        {"type": "BODY", "text": "Hallo {{1}}, wir sind hier.", "example": {"body_text": [["Anna"]]}}])
    for name in ("code_sale", "map_news"):
        sim.decide_template(name, "APPROVED", language="de")
    await templates.refresh(sessions, graph)

    editing = template_edits.prepare(sessions, "code_sale", "de")
    assert editing.blocked is None
    assert editing.draft.header == "Angebot {{1}}" and editing.draft.title_example == "Tulpen"
    assert [(a.kind, a.target) for a in editing.draft.actions] == [("COPY_CODE", "SALE20")]
    assert not template_edits.changed(editing, editing.draft)
    await template_edits.edit(sessions, graph, replace(editing.draft, title_example="Rosen",
                                                       body="Hallo {{1}}, Ihr neuer Code wartet."))
    header, _body, code = _node(sim, _row(sessions, "code_sale").meta_id)["components"]
    assert header["example"] == {"header_text": ["Rosen"]} and code["buttons"] == [
        {"type": "COPY_CODE", "example": "SALE20"}]

    mapped = template_edits.prepare(sessions, "map_news", "de")
    assert mapped.blocked is None and mapped.draft.header_format == "LOCATION"
    assert mapped.draft.components()[0] == {"type": "HEADER", "format": "LOCATION"}


async def test_flow_and_catalogue_buttons_still_go_to_whatsapp_manager_and_say_why(sim, sessions, graph):
    await graph.create_template("book_now", "de", "MARKETING", [
        {"type": "BODY", "text": "Hallo {{1}}, buchen Sie jetzt.", "example": {"body_text": [["Anna"]]}},
        {"type": "BUTTONS", "buttons": [{"type": "FLOW", "text": "Buchen", "flow_id": "123"}]}])
    sim.decide_template("book_now", "APPROVED", language="de")
    await templates.refresh(sessions, graph)
    editing = template_edits.prepare(sessions, "book_now", "de")
    assert "WhatsApp Manager" in editing.blocked and "form or catalogue set up in Meta's tools" in editing.blocked
