"""A sent template is stored as the customer got it (services/messaging/sent_template.py): besides the body with its
values, the title with its value or the map's place, the footer and the buttons (a quick reply, a link with its
filled-in address, a call button), in ``messages.template_parts``; ``text`` holds the title (or place), the body
and the footer, which search and the export read. Sent one to one contact and from the outbox, against the Graph
simulator through the real GraphClient and SendService."""

from __future__ import annotations

import json
import zipfile

import httpx
import pytest
from sqlalchemy import select

from klaros_desktop.graph import GraphClient
from klaros_desktop.models import Contact, Message
from klaros_desktop.services.dataio import export_archive
from klaros_desktop.services.inbound.apply import WebhookApplier
from klaros_desktop.services.messaging import template_header, templates
from klaros_desktop.services.messaging.outbox import Outbox
from klaros_desktop.services.messaging.sending import SendService
from klaros_desktop.services.reads import pages, queries, search
from klaros_sim.templates import Template

SECRET, TOKEN, CUSTOMER = "parts-secret", "EAAG-parts-token", "+4915112345678"
BODY = {"type": "BODY", "text": "Hallo {{1}}, Ihr Strauß ist fertig.", "example": {"body_text": [["Anna"]]}}
FOOTER = {"type": "FOOTER", "text": "Blumen Becker · Torstraße 1"}
BUTTONS = {"type": "BUTTONS", "buttons": [
    {"type": "QUICK_REPLY", "text": "Ich komme heute"},
    {"type": "URL", "text": "Bestellung ansehen", "url": "https://shop.example/order/{{1}}",
     "example": ["https://shop.example/order/B-1"]},
    {"type": "PHONE_NUMBER", "text": "Anrufen", "phone_number": "+49301234567"}]}
TITLED = {"id": "971", "name": "bouquet_full", "language": "de", "status": "APPROVED", "category": "UTILITY",
          "components": [{"type": "HEADER", "format": "TEXT", "text": "Bestellung {{1}}",
                          "example": {"header_text": ["B-1042"]}}, BODY, FOOTER, BUTTONS]}
MAP = {"id": "972", "name": "pick_up_here", "language": "de", "status": "APPROVED", "category": "UTILITY",
       "components": [{"type": "HEADER", "format": "LOCATION"}, BODY, FOOTER]}
PLACE = template_header.Location.of("52.5292", "13.4012", "Blumen Becker", "Torstraße 1, 10119 Berlin")

TITLED_PARTS = {
    "header": {"kind": "text", "text": "Bestellung Zitronenfalter"},
    "body": "Hallo Anna, Ihr Strauß ist fertig.",
    "footer": "Blumen Becker · Torstraße 1",
    "buttons": [{"type": "QUICK_REPLY", "text": "Ich komme heute"},
                {"type": "URL", "text": "Bestellung ansehen", "url": "https://shop.example/order/B-1042"},
                {"type": "PHONE_NUMBER", "text": "Anrufen", "phone": "+49301234567"}]}
TITLED_TEXT = "Bestellung Zitronenfalter\nHallo Anna, Ihr Strauß ist fertig.\nBlumen Becker · Torstraße 1"


@pytest.fixture
def sim(recorded_simulator):
    handle = recorded_simulator(secret=SECRET, token=TOKEN, seed=13, fast=True)
    for item in (TITLED, MAP):
        handle.simulator.templates[item["id"]] = Template(item["name"], "de", item["category"], item["components"],
                                                          status="APPROVED", id=item["id"])
    return handle


@pytest.fixture
async def sender(sim, sessions):
    with sessions.begin() as s:
        templates.store(s, [TITLED, MAP])
    async with httpx.AsyncClient(trust_env=False) as http:
        graph = GraphClient(http, phone_number_id=sim.config.phone_number_id, waba_id=sim.config.waba_id, token=TOKEN,
                            base_url=sim.base_url, max_retries=0)
        yield SendService(sessions, graph, phone_number_id=sim.config.phone_number_id)


def _out(sessions) -> list[Message]:
    with sessions() as s:
        return list(s.scalars(select(Message).where(Message.direction == "out").order_by(Message.id)))


def _thread(sessions) -> list[queries.MessageRow]:
    """The thread's messages as its item model reads them."""
    with sessions() as s:
        conversation, contact = s.execute(select(Message.conversation_id, Message.contact_id)
                                          .where(Message.direction == "out")).first()
    return [r for r in pages.latest_thread(sessions, conversation, contact, limit=50).rows if r.kind == "message"]


async def test_a_template_with_title_footer_and_buttons_is_stored_and_shown_as_sent(sim, sessions, sender):
    outcome = await sender.send_template(CUSTOMER, "bouquet_full", "de", ["Anna"], header_text="Zitronenfalter",
                                         link_values={"1": "B-1042"})
    assert outcome.sent, outcome.error
    [message] = _out(sessions)
    assert message.text == TITLED_TEXT
    assert message.template_parts == TITLED_PARTS
    [row] = _thread(sessions)  # what the thread's bubble draws
    assert row.parts == TITLED_PARTS and row.text == TITLED_TEXT


async def test_a_map_template_stores_the_place_and_the_footer(sim, sessions, sender):
    outcome = await sender.send_template(CUSTOMER, "pick_up_here", "de", ["Anna"], header_location=PLACE)
    assert outcome.sent, outcome.error
    [message] = _out(sessions)
    assert message.template_parts == {
        "header": {"kind": "location", "name": "Blumen Becker", "address": "Torstraße 1, 10119 Berlin",
                   "latitude": "52.5292", "longitude": "13.4012"},
        "body": "Hallo Anna, Ihr Strauß ist fertig.", "footer": "Blumen Becker · Torstraße 1"}
    assert message.text == ("Blumen Becker, Torstraße 1, 10119 Berlin\nHallo Anna, Ihr Strauß ist fertig.\n"
                            "Blumen Becker · Torstraße 1")


async def test_a_queued_template_is_stored_the_same_after_the_flush(sim, sessions, sender):
    before = len(sim.hooks.bodies)
    sim.say(CUSTOMER, "Ist mein Strauß fertig?")
    sim.wait_until(lambda: len(sim.hooks.bodies) > before, 10, "the customer's webhook")
    with sessions.begin() as s:
        for body in sim.hooks.bodies[before:]:
            WebhookApplier(s).apply(body, correlation_id="relay-test")
    with sessions() as s:
        contact_id = s.scalar(select(Contact.id).where(Contact.phone_e164 == CUSTOMER))
    box = Outbox(sessions)
    item = box.add_template(contact_id, CUSTOMER, "bouquet_full", "de", ["Anna"], header_text="Zitronenfalter",
                            link_values={"1": "B-1042"})
    assert item.text == TITLED_TEXT  # what its bubble says while it waits
    assert [a.result for a in (await box.flush(sender)).attempts] == ["sent"]
    [message] = _out(sessions)
    assert (message.text, message.template_parts) == (TITLED_TEXT, TITLED_PARTS)


async def test_search_finds_a_word_of_the_title_and_the_export_holds_every_part(sim, sessions, sender, tmp_path):
    outcome = await sender.send_template(CUSTOMER, "bouquet_full", "de", ["Anna"], header_text="Zitronenfalter",
                                         link_values={"1": "B-1042"})
    assert outcome.sent, outcome.error
    with sessions() as s:
        hits = search.search_messages(s, "Zitronenfalter")
    assert [h.message_id for h in hits] == [outcome.message_id]
    target = tmp_path / "export.zip"
    export_archive.write_archive(sessions, target)
    with zipfile.ZipFile(target) as archive:
        rows = [json.loads(line) for line in archive.read("messages.jsonl").decode("utf-8").splitlines()]
    [row] = [r for r in rows if r["direction"] == "out"]
    assert row["text"] == TITLED_TEXT and row["template_parts"] == TITLED_PARTS


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index:sqlalchemy.exc.SAWarning")
def test_0022_down_and_up_keeps_old_template_messages_readable_as_they_were(profile):
    """A template message stored before 0022 has no parts: it shows its text as before, through both ways."""
    from alembic import command
    from sqlalchemy import inspect, text

    from klaros_desktop import db

    engine, sessions = db.open_database(profile)
    try:
        cfg = db.alembic_config(engine)
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0021")
        assert "template_parts" not in {c["name"] for c in inspect(engine).get_columns("messages")}
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO contacts (id, phone_e164, name_key, notes, custom_fields, created_at, "
                              "updated_at) VALUES (1, '+4915112345678', '+4915112345678', '', '{}', "
                              "'2026-12-01 10:00:00', '2026-12-01 10:00:00')"))
            conn.execute(text("INSERT INTO conversations (id, contact_id, phone_number_id, unread_count, archived, "
                              "created_at) VALUES (1, 1, '', 0, 0, '2026-12-01 10:00:00')"))
            conn.execute(text("INSERT INTO messages (id, conversation_id, contact_id, direction, type, text, "
                              "template_name, timestamp, status, automatic, created_at) "
                              "VALUES (7, 1, 1, 'out', 'template', 'Hallo Anna, Ihr Strauß ist fertig.', "
                              "'bouquet_full', '2026-12-01 10:00:00', 'delivered', 0, '2026-12-01 10:00:00')"))
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        with sessions() as s:
            [row] = [r for r in queries.latest_messages(s, 1) if r.kind == "message"]
            assert (row.text, row.parts, row.template_name) == (
                "Hallo Anna, Ihr Strauß ist fertig.", None, "bouquet_full")
            assert [h.message_id for h in search.search_messages(s, "Strauß")] == [7]
    finally:
        engine.dispose()
