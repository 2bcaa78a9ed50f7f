"""Fixtures for the pricing tests: a migrated profile, the made-up two-period test card, contacts with windows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from klaros_desktop import db
from klaros_desktop.models import Contact, Conversation, Message
from klaros_desktop.services.pricing import card as card_mod

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "pricing"


@pytest.fixture
def sessions(profile):
    engine, sessions = db.open_database(profile)
    yield sessions
    engine.dispose()


@pytest.fixture
def test_card():
    """The made-up card (EUR; a change on 2026-04-01; Germany utility tiers) with the real market mapping."""
    document = json.loads((FIXTURES / "test_rate_card.json").read_text(encoding="utf-8"))
    return card_mod.build_card(document, card_mod.markets_document())


@pytest.fixture
def contact(sessions):
    """contact(number, inbound_before=None, referral_before=None, replied_after=None, when=...) -> contact id.

    ``inbound_before``: the last message from them that long before ``when`` (opens the service window);
    ``referral_before``: a message from an ad (Meta's ``referral``) that long before ``when``;
    ``replied_after``: our reply that long after the referral message."""

    def _add(number, *, when, inbound_before=None, referral_before=None, replied_after=None):
        with sessions.begin() as s:
            person = Contact(phone_e164=number, display_name=None, custom_fields={}, notes="")
            s.add(person)
            s.flush()
            conv = Conversation(contact_id=person.id, phone_number_id="",
                                last_inbound_at=None if inbound_before is None else when - inbound_before)
            s.add(conv)
            s.flush()
            if referral_before is not None:
                written = when - referral_before
                s.add(Message(conversation_id=conv.id, contact_id=person.id, direction="in", type="text",
                              text="Hi, I saw your ad", timestamp=written, status="received",
                              context={"referral": {"source_type": "ad", "source_id": "1"}}))
                conv.last_inbound_at = written if inbound_before is None else conv.last_inbound_at
                if replied_after is not None:
                    s.add(Message(conversation_id=conv.id, contact_id=person.id, direction="out", type="text",
                                  text="Hello!", timestamp=written + replied_after, status="sent"))
            return person.id

    return _add

