"""The campaign builder with a template whose title has a variable and one with a map at the top: the title's
row fills like a body variable, the place's fields are checked as typed, start waits for both, and what is sent
carries them."""

from __future__ import annotations

import pytest

from klaros_desktop.models import Contact, MessageTemplate
from klaros_desktop.services.campaigns import lifecycle
from klaros_desktop.ui.campaigns_page import CampaignsPage
from klaros_desktop.ui.place_fields import coordinates_pair

from .conftest import WAIT_MS
from .test_campaigns_screen import _builder, _check, _choose_template, _tick, people, quiet_at_the_end  # noqa: F401


@pytest.fixture
def page(qtbot, backend, people):  # noqa: F811
    with backend.sessions.begin() as s:
        s.add(MessageTemplate(name="sendung", language="de", category="UTILITY", status="APPROVED", components=[
            {"type": "HEADER", "format": "TEXT", "text": "Sendung {{1}}"},
            {"type": "BODY", "text": "Hallo {{1}}, Ihre Sendung ist da."}]))
        s.add(MessageTemplate(name="neuer_laden", language="de", category="UTILITY", status="APPROVED", components=[
            {"type": "HEADER", "format": "LOCATION"}, {"type": "BODY", "text": "Hallo {{1}}, wir sind umgezogen!"}]))
    view = CampaignsPage(backend)
    qtbot.addWidget(view)
    view.show()
    return view


def test_a_title_variable_is_filled_from_its_row_and_sent_as_the_header_text(qtbot, backend, graph, page):
    builder = _builder(qtbot, page)
    builder.name.setText("Sendungen")
    _check(qtbot, builder, lambda: _choose_template(builder, "sendung"))
    result = _check(qtbot, builder, lambda: _tick(builder.tags_any, "vip"))
    assert len(builder.title_rows) == 1
    assert [e.variables for e in result.empty] == [["header:1"]] * 2  # the title's fixed text is still empty
    assert "of the title" in builder.empty_list.item(0).text() and not builder.go_button.isEnabled()
    _check(qtbot, builder, lambda: builder.title_rows[0].choose("text", "AB-7"))
    assert builder.go_button.isEnabled()
    qtbot.waitUntil(lambda: "<b>Sendung AB-7</b>" in builder.preview.text(), timeout=WAIT_MS)
    with qtbot.waitSignal(builder.created, timeout=WAIT_MS) as created:
        builder.go_button.click()
    qtbot.waitUntil(lambda: lifecycle.status(backend.sessions, created.args[0])["state"] == "done", timeout=WAIT_MS)
    assert [sent[4][0] for sent in graph.sent] == [
        {"type": "header", "parameters": [{"type": "text", "text": "AB-7"}]}] * 2


def test_a_map_template_takes_a_checked_place_and_sends_it(qtbot, backend, graph, page):
    builder = _builder(qtbot, page)
    builder.name.setText("Umzug")
    _check(qtbot, builder, lambda: _choose_template(builder, "neuer_laden"))
    result = _check(qtbot, builder, lambda: _tick(builder.tags_any, "vip"))
    assert not builder.location_box.isHidden() and result.location_missing
    assert not builder.go_button.isEnabled() and "place" in builder.summary.text()
    assert builder.draft_button.isEnabled()  # a draft may wait for its place
    result = _check(qtbot, builder, lambda: builder.set_location("95", "13.4", "Laden", "Torstraße 1"))
    assert "latitude" in builder.location_note.text() and not builder.go_button.isEnabled()
    assert coordinates_pair("52,5292") is None and coordinates_pair("52.5,13.4") == ("52.5", "13.4")
    builder.location_longitude.clear()
    result = _check(qtbot, builder, lambda: builder.location_latitude.setText("52.5292, 13.4"))  # pasted as a pair
    assert (builder.location_latitude.text(), builder.location_longitude.text()) == ("52.5292", "13.4")
    assert result.problem is None and not result.location_missing and builder.go_button.isEnabled()
    qtbot.waitUntil(lambda: "Map: Laden, Torstraße 1" in builder.preview.text(), timeout=WAIT_MS)
    with qtbot.waitSignal(builder.created, timeout=WAIT_MS) as created:
        builder.go_button.click()
    qtbot.waitUntil(lambda: lifecycle.status(backend.sessions, created.args[0])["state"] == "done", timeout=WAIT_MS)
    assert [sent[4][0] for sent in graph.sent] == [{"type": "header", "parameters": [{"type": "location", "location": {
        "latitude": "52.5292", "longitude": "13.4", "name": "Laden", "address": "Torstraße 1"}}]}] * 2


def test_a_title_too_long_for_some_recipients_lists_them_and_blocks_the_start(qtbot, backend, page, people):  # noqa: F811
    builder = _builder(qtbot, page)
    builder.name.setText("Sendungen")
    _check(qtbot, builder, lambda: _choose_template(builder, "sendung"))
    _check(qtbot, builder, lambda: _tick(builder.tags_any, "vip"))
    long_value = "A" * (60 - len("Sendung ") + 1)  # 61 characters with the title's own text
    result = _check(qtbot, builder, lambda: builder.title_rows[0].choose("text", long_value))
    assert "WhatsApp allows 60" in str(result.problem) and not builder.go_button.isEnabled()
    result = _check(qtbot, builder, lambda: builder.title_rows[0].choose("name", fallback="Kundin"))
    assert result.too_long == [] and builder.go_button.isEnabled()  # "Anna Berg", "Ben Kurz": short enough
    with backend.sessions.begin() as s:
        s.get(Contact, people["Ben Kurz"]).display_name = long_value
    result = _check(qtbot, builder, lambda: builder.title_rows[0].choose("name", fallback="Kunde"))
    assert [t.length for t in result.too_long] == [61] and not builder.go_button.isEnabled()
    assert builder.empty_list.count() == 1 and "title 61 of 60 characters" in builder.empty_list.item(0).text()
    assert "longer than the 60 characters" in builder.empty_title.text()
    assert "title longer than 60 characters" in builder.summary.text()
