"""The one-contact template picker and the campaign builder preview a template as the bubble WhatsApp shows (the
templates page's and the thread's ``ui.template_bubble``): the title bold, the body with this contact's values,
the footer small, every button under a rule with its mark, a link button's filled-in address under its label."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from sqlalchemy import select

from klaros_desktop.models import Contact, Conversation, MessageTemplate
from klaros_desktop.services.messaging import templates
from klaros_desktop.ui import template_bubble, theme
from klaros_desktop.ui.campaigns_page import CampaignsPage

from .conftest import WAIT_MS, text_message
from .test_campaigns_screen import _builder, _check, _choose_template, _tick, people, quiet_at_the_end  # noqa: F401

WA = "4915112345678"
COMPONENTS = [{"type": "HEADER", "format": "TEXT", "text": "Ihre Bestellung"},
              {"type": "BODY", "text": "Hallo {{1}}, Ihr Paket ist unterwegs."},
              {"type": "FOOTER", "text": "Blumen Becker, Berlin"},
              {"type": "BUTTONS", "buttons": [
                  {"type": "QUICK_REPLY", "text": "Danke"},
                  {"type": "URL", "text": "Verfolgen", "url": "https://shop.example/track/{{1}}",
                   "example": ["https://shop.example/track/XY987"]},
                  {"type": "PHONE_NUMBER", "text": "Anrufen", "phone_number": "+4930123456"}]}]
PAKET = {"id": "9", "name": "paket_info", "language": "de", "status": "APPROVED", "category": "UTILITY",
         "components": COMPONENTS}


def plain(label) -> str:
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


def looks_like_the_bubble(label) -> None:
    """Rich text with the template's footer and each button with its mark, on the incoming bubble's colour."""
    assert label.textFormat() == Qt.TextFormat.RichText
    html = label.text()
    c = theme.colours()
    assert "Blumen Becker, Berlin" in html and f"color:{c.muted}; font-size:small" in html  # the footer, small
    for kind, text in (("QUICK_REPLY", "Danke"), ("URL", "Verfolgen"), ("PHONE_NUMBER", "Anrufen")):
        assert template_bubble.BUTTON_MARKS[kind] + text in plain(label)
    assert "<b>Ihre Bestellung</b>" in html
    assert c.bubble_in.lower() in label.styleSheet().lower() + (label.parentWidget().styleSheet().lower()
                                                                 if label.parentWidget() else "") + \
        label.window().styleSheet().lower()


def test_the_picker_previews_the_bubble_with_the_contact_s_values(qtbot, backend, sessions, apply, now):
    from klaros_desktop.ui.composer import TEMPLATE
    from klaros_desktop.ui.inbox import InboxPage

    with sessions.begin() as s:
        templates.store(s, [PAKET])
    apply(text_message(WA, "wamid.OLD", "Danke!", now - timedelta(hours=30), "Anna"))
    with sessions.begin() as s:
        s.query(Contact).filter_by(phone_e164="+" + WA).one().custom_fields = {"tracking": "AB123"}
    page = InboxPage(backend)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    with sessions() as s:
        assert page.select_conversation(s.scalar(select(Conversation.id)))
    composer = page.composer
    qtbot.waitUntil(lambda: composer.mode == TEMPLATE, timeout=WAIT_MS)
    composer.template_box.setCurrentIndex(next(
        i for i, c in enumerate(composer.state.templates) if c.name == "paket_info") + 1)
    looks_like_the_bubble(composer.preview)
    text = plain(composer.preview)
    assert text.startswith("Ihre Bestellung\nHallo Anna, Ihr Paket ist unterwegs.")
    assert "https://shop.example/track/AB123" in text and "+4930123456" in text  # under their buttons
    assert composer.preview_text() == text


@pytest.fixture
def page(qtbot, backend, people):  # noqa: F811
    with backend.sessions.begin() as s:
        s.add(MessageTemplate(name="paket_info", language="de", category="UTILITY", status="APPROVED",
                              components=COMPONENTS))
    view = CampaignsPage(backend)
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    return view


def test_the_campaign_builder_previews_the_bubble_for_the_chosen_contact(qtbot, page, people):  # noqa: F811
    builder = _builder(qtbot, page)
    _check(qtbot, builder, lambda: _choose_template(builder, "paket_info"))
    _check(qtbot, builder, lambda: _tick(builder.tags_any, "vip"))
    builder.preview_for.setCurrentIndex(builder.preview_for.findData(people["Anna Berg"]))
    qtbot.waitUntil(lambda: "Hallo Anna, Ihr Paket" in builder.preview.text(), timeout=WAIT_MS)
    looks_like_the_bubble(builder.preview)
    assert "https://shop.example/track/" in plain(builder.preview)  # the link's address, its value still missing
    _check(qtbot, builder, lambda: builder.button_rows[0].choose("text", "AB-7"))
    qtbot.waitUntil(lambda: "https://shop.example/track/AB-7" in plain(builder.preview), timeout=WAIT_MS)
