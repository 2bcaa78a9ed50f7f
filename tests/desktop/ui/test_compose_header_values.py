"""The inbox's template picker offers templates whose title at the top has a variable, or which show a map at the
top: a field for the title's value (pre-filled from a contact field that fits, refused under the field when the
title would pass Meta's 60 characters) and four for the place (ranges checked in words); both go to the
simulator as Meta's ``header`` component."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest
from sqlalchemy import select

from klaros_desktop.graph import GraphClient
from klaros_desktop.models import Contact, Conversation
from klaros_desktop.services.messaging import compose, templates
from klaros_sim.embedded import running_simulator, webhook_recorder
from klaros_sim.templates import Template

from .conftest import WAIT_MS, text_message

WA = "4915112345678"
SECRET, TOKEN = "picker-secret", "EAAG-picker-token"
BODY = {"type": "BODY", "text": "Hallo {{1}}, Ihr Strauß liegt bereit.", "example": {"body_text": [["Anna"]]}}
TITLED = {"id": "9110", "name": "bouquet_ready", "language": "de", "status": "APPROVED", "category": "UTILITY",
          "components": [{"type": "HEADER", "format": "TEXT", "text": "Bestellung {{1}}",
                          "example": {"header_text": ["B-1042"]}}, BODY]}
MAP = {"id": "9111", "name": "we_have_moved", "language": "de", "status": "APPROVED", "category": "MARKETING",
       "components": [{"type": "HEADER", "format": "LOCATION"}, BODY]}


@pytest.fixture
def sim():
    with webhook_recorder(SECRET) as hooks, running_simulator(callback_url=hooks.url, app_secret=SECRET, seed=7,
                                                              access_token=TOKEN, fast=True) as handle:
        for item in (TITLED, MAP):
            handle.simulator.templates[item["id"]] = Template(item["name"], "de", item["category"],
                                                              item["components"], status="APPROVED", id=item["id"])
        yield handle


class SimGraph:
    """A Graph client to the simulator for each call: the picker sends from a worker thread's own event loop."""

    def __init__(self, handle):
        self.handle = handle

    def __getattr__(self, name):
        async def call(*args, **kwargs):
            async with httpx.AsyncClient(trust_env=False) as http:
                graph = GraphClient(http, phone_number_id=self.handle.config.phone_number_id,
                                    waba_id=self.handle.config.waba_id, token=TOKEN, base_url=self.handle.base_url,
                                    max_retries=0)
                return await getattr(graph, name)(*args, **kwargs)
        return call


@pytest.fixture
def graph(sim):
    return SimGraph(sim)


def _closed_window_with(sessions, apply, now, fields: dict | None = None) -> int:
    with sessions.begin() as s:
        templates.store(s, [TITLED, MAP])
    apply(text_message(WA, "wamid.OLD", "Danke!", now - timedelta(hours=30), "Anna"))
    with sessions.begin() as s:
        contact = s.query(Contact).filter_by(phone_e164="+" + WA).one()
        contact.custom_fields = fields or {}
        return contact.id


def test_both_templates_are_offered_with_what_their_top_asks_for(sessions, apply, now):
    contact_id = _closed_window_with(sessions, apply, now, {"Bestellnummer": "B-2001", "Stadt": "Köln"})
    choices = {c.name: c for c in compose.composer_state(sessions, contact_id, now).templates}
    titled, place = choices["bouquet_ready"], choices["we_have_moved"]
    assert titled.refused is None and place.refused is None  # no longer "Klaros cannot fill in"
    assert (titled.title_variable, titled.title, titled.title_prefill, titled.title_example) == (
        "1", "Bestellung {{1}}", "B-2001", "B-1042")  # the field whose name fits the words before {{1}}
    assert place.location and place.title_variable is None


def test_a_field_value_too_long_for_the_title_is_not_prefilled(sessions, apply, now):
    contact_id = _closed_window_with(sessions, apply, now, {"Bestellnummer": "B" * 50})
    titled = next(c for c in compose.composer_state(sessions, contact_id, now).templates if c.name == "bouquet_ready")
    assert titled.title_prefill == ""


def _picker(qtbot, backend, sessions, name):
    from klaros_desktop.ui.composer import TEMPLATE
    from klaros_desktop.ui.inbox import InboxPage

    page = InboxPage(backend)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    with sessions() as s:
        assert page.select_conversation(s.scalar(select(Conversation.id)))
    composer = page.composer
    qtbot.waitUntil(lambda: composer.mode == TEMPLATE, timeout=WAIT_MS)
    index = next(i for i, c in enumerate(composer.state.templates) if c.name == name)
    composer.template_box.setCurrentIndex(index + 1)
    return page, composer


def _components(sim):
    return [post["payload"]["template"]["components"] for post in sim.outbound()
            if post["payload"].get("type") == "template"]


def test_the_picker_fills_checks_previews_and_sends_the_title(qtbot, backend, sim, sessions, apply, now):
    _closed_window_with(sessions, apply, now, {"Bestellnummer": "B-2001"})
    _page, composer = _picker(qtbot, backend, sessions, "bouquet_ready")
    assert composer.title_host.isVisible() and not composer.place_host.isVisible()
    assert composer.title_caption.text() == "Title “Bestellung …”:"
    assert composer.title_edit.text() == "B-2001" and composer.title_edit.placeholderText() == "for example: B-1042"
    assert composer.preview_text().startswith("Bestellung B-2001\nHallo Anna,")
    assert composer.template_send.isEnabled()

    composer.title_edit.setText("B" * 50)  # "Bestellung " and 50: 61 characters
    assert not composer.template_send.isEnabled()
    assert composer.title_note.isVisible() and "61 characters" in composer.title_note.text()
    assert composer.title_edit.property("valid") is False
    assert "at most 49 characters" in composer.title_note.text()
    composer.title_edit.setText("")
    assert not composer.template_send.isEnabled() and not composer.title_note.isVisible()  # empty: not wrong yet
    assert composer.preview_text().startswith("Bestellung [B-1042]\n")
    composer.title_edit.setText("B" * 49)  # exactly 60
    assert composer.template_send.isEnabled() and not composer.title_note.isVisible()

    composer.template_send.click()
    qtbot.waitUntil(lambda: bool(_components(sim)), timeout=WAIT_MS)
    [components] = _components(sim)
    assert components[0] == {"type": "header", "parameters": [{"type": "text", "text": "B" * 49}]}
    assert components[1] == {"type": "body", "parameters": [{"type": "text", "text": "Anna"}]}


def test_the_picker_checks_and_sends_the_place(qtbot, backend, sim, sessions, apply, now):
    _closed_window_with(sessions, apply, now)
    _page, composer = _picker(qtbot, backend, sessions, "we_have_moved")
    assert composer.place_host.isVisible() and not composer.title_host.isVisible()
    assert not composer.template_send.isEnabled() and not composer.place_note.isVisible()
    assert composer.preview_text().startswith("[Map: not given yet]\n")

    composer.place_latitude.setText("52.5292, 13.4012")  # pasted from a map app: split into both fields
    assert (composer.place_latitude.text(), composer.place_longitude.text()) == ("52.5292", "13.4012")
    assert "name" in composer.place_note.text() and not composer.template_send.isEnabled()
    composer.place_name.setText("Blumen Becker")
    composer.place_address.setText("Torstraße 1, 10119 Berlin")
    assert composer.template_send.isEnabled() and not composer.place_note.isVisible()
    assert composer.preview_text().startswith("[Map: Blumen Becker, Torstraße 1, 10119 Berlin]\n")
    composer.place_latitude.setText("95")
    assert not composer.template_send.isEnabled()
    assert "latitude must be a number from -90 to 90" in composer.place_note.text()
    assert composer.place_latitude.property("valid") is False and composer.place_longitude.property("valid")
    composer.place_latitude.setText("52,5292")  # a decimal comma, as the shop owner may write it
    assert composer.template_send.isEnabled() and composer.place_latitude.property("valid")

    composer.template_send.click()
    qtbot.waitUntil(lambda: bool(_components(sim)), timeout=WAIT_MS)
    [components] = _components(sim)
    assert components[0] == {"type": "header", "parameters": [{"type": "location", "location": {
        "latitude": "52.5292", "longitude": "13.4012", "name": "Blumen Becker",
        "address": "Torstraße 1, 10119 Berlin"}}]}
