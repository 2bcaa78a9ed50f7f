"""The inbox's template picker fills a link button's value: a field per link button with a variable (its label and
its address with the customer's part shown as "…"), pre-filled from a contact field that fits, checked as Meta
takes it (filled in, no spaces, the whole link within 2000 characters), previewed, and sent as the ``button``
component of sub_type ``url`` at the button's index."""

from __future__ import annotations

import re
from datetime import timedelta

from sqlalchemy import select

from klaros_desktop.models import Contact, Conversation
from klaros_desktop.services.messaging import compose, templates

from .conftest import WAIT_MS, text_message

WA = "4915112345678"
TRACK = {"id": "1", "name": "track_order", "language": "de", "status": "APPROVED", "category": "UTILITY",
         "components": [{"type": "BODY", "text": "Hallo {{1}}, Ihre Sendung ist unterwegs."},
                        {"type": "BUTTONS", "buttons": [
                            {"type": "QUICK_REPLY", "text": "Danke"},
                            {"type": "URL", "text": "Verfolgen", "url": "https://shop.example/track/{{1}}",
                             "example": ["https://shop.example/track/XY987"]}]}]}
VISIT = {"id": "2", "name": "visit_us", "language": "de", "status": "APPROVED", "category": "UTILITY",
         "components": [{"type": "BODY", "text": "Hallo {{1}}, bis bald!"},
                        {"type": "BUTTONS", "buttons": [{"type": "URL", "text": "Website",
                                                         "url": "https://shop.example/"}]}]}


def _closed_window_with(sessions, apply, now, fields: dict | None = None) -> int:
    with sessions.begin() as s:
        templates.store(s, [TRACK, VISIT])
    apply(text_message(WA, "wamid.OLD", "Danke!", now - timedelta(hours=30), "Anna"))
    with sessions.begin() as s:
        contact = s.query(Contact).filter_by(phone_e164="+" + WA).one()
        contact.custom_fields = fields or {}
        return contact.id


def test_a_template_with_a_link_variable_is_offered_with_what_its_button_asks_for(sessions, apply, now):
    contact_id = _closed_window_with(sessions, apply, now, {"Tracking-Nummer": "AB123", "Stadt": "Köln"})
    state = compose.composer_state(sessions, contact_id, now)
    choices = {c.name: c for c in state.templates}
    assert choices["visit_us"].refused is None and choices["visit_us"].links == []  # a fixed link needs nothing
    track = choices["track_order"]
    assert track.refused is None  # no longer sent to campaigns
    [link] = track.links
    assert (link.index, link.text, link.shown_url, link.example) == (
        "1", "Verfolgen", "https://shop.example/track/…", "XY987")
    assert track.link_prefill == {"1": "AB123"}  # the field whose name fits the button's address


def test_no_contact_field_fits_so_nothing_is_guessed(sessions, apply, now):
    contact_id = _closed_window_with(sessions, apply, now, {"Stadt": "Köln", "tracking": "AB 123"})
    track = next(c for c in compose.composer_state(sessions, contact_id, now).templates if c.name == "track_order")
    assert track.link_prefill == {}  # "Stadt" does not fit; "AB 123" would be refused (a space in a link)


def _picker(qtbot, backend, sessions):
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
    index = next(i for i, c in enumerate(composer.state.templates) if c.name == "track_order")
    composer.template_box.setCurrentIndex(index + 1)
    return page, composer


def test_the_picker_fills_checks_previews_and_sends_the_link_value(qtbot, backend, graph, sessions, apply, now):
    _closed_window_with(sessions, apply, now, {"tracking": "AB123"})
    _page, composer = _picker(qtbot, backend, sessions)
    [edit] = composer.link_edits.values()
    caption = composer.links.itemAtPosition(0, 0).widget()
    assert caption.text() == "Link “Verfolgen”:" and "https://shop.example/track/…" in caption.toolTip()
    assert composer.link_addresses["1"].text() == "https://shop.example/track/…"  # under the field
    assert edit.text() == "AB123" and edit.placeholderText() == "for example: XY987"
    assert "↗ Verfolgen\nhttps://shop.example/track/AB123" in composer.preview_text()  # the address under it
    assert composer.template_send.isEnabled()  # {{1}} pre-filled with Anna, the link with the tracking field

    edit.setText("AB 123")
    assert not composer.template_send.isEnabled()
    assert composer.link_note.isVisible() and "cannot contain spaces" in composer.link_note.text()
    edit.setText("A" * 2000)
    assert not composer.template_send.isEnabled() and "too long" in composer.link_note.text()
    # 2000 less the 27 of the address's start, written the screen's way (1,973 / 1.973 / 1973)
    assert re.search(r"leaves 1\W?973 for this value", composer.link_note.text())
    edit.setText("")
    assert not composer.template_send.isEnabled() and not composer.link_note.isVisible()  # empty: not wrong yet
    edit.setText("https://shop.example/track/ZZ42")  # the whole address pasted: its end is the value
    assert "↗ Verfolgen\nhttps://shop.example/track/ZZ42" in composer.preview_text()
    assert composer.template_send.isEnabled() and not composer.link_note.isVisible()

    composer.template_send.click()
    qtbot.waitUntil(lambda: any(s[0] == "template" for s in graph.sent), timeout=WAIT_MS)
    [(_, to, name, _language, components)] = [s for s in graph.sent if s[0] == "template"]
    assert (to, name) == (WA, "track_order")
    assert components[-1] == {"type": "button", "sub_type": "url", "index": "1",
                              "parameters": [{"type": "text", "text": "ZZ42"}]}


CODED = {"id": "3", "name": "spring_code", "language": "de", "status": "APPROVED", "category": "MARKETING",
         "components": [{"type": "BODY", "text": "Hallo {{1}}, Ihr Gutschein wartet."},
                        {"type": "BUTTONS", "buttons": [{"type": "COPY_CODE", "text": "Copy offer code",
                                                         "example": "SPRING25"}]}]}


def test_the_picker_takes_the_customer_s_code_for_a_copy_code_button(qtbot, backend, graph, sessions, apply, now):
    """A copy-code button (Meta's coupon code templates) takes this customer's code like a link's value: checked
    for Meta's 15 characters, previewed, and sent as sub_type ``copy_code`` with a ``coupon_code`` parameter."""
    _closed_window_with(sessions, apply, now)
    with sessions.begin() as s:
        templates.store(s, [CODED])
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
    index = next(i for i, c in enumerate(composer.state.templates) if c.name == "spring_code")
    composer.template_box.setCurrentIndex(index + 1)
    [edit] = composer.link_edits.values()
    assert composer.links.itemAtPosition(0, 0).widget().text() == "Code “Copy offer code”:"
    assert edit.placeholderText() == "for example: SPRING25" and edit.maxLength() == 15
    assert not composer.template_send.isEnabled()
    edit.setText("ANNA-20")
    assert "❐ Copy offer code\nANNA-20" in composer.preview_text()
    assert composer.template_send.isEnabled()
    composer.template_send.click()
    qtbot.waitUntil(lambda: any(s[0] == "template" for s in graph.sent), timeout=WAIT_MS)
    [(_, _to, name, _language, components)] = [s for s in graph.sent if s[0] == "template"]
    assert name == "spring_code" and components[-1] == {
        "type": "button", "sub_type": "copy_code", "index": "0",
        "parameters": [{"type": "coupon_code", "coupon_code": "ANNA-20"}]}
