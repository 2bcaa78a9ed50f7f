"""A campaign recipient's stored message says what its request carried, from the values frozen at launch: the title
with its value, the body, the footer and the buttons with the link's value (``messages.template_parts`` and
``text``), not values read again from the contact at send time. Both ways of claiming (the batched one and the
general one, taken when a recipient needs its contact looked up again by its number) store the same."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from klaros_desktop.models import CampaignRecipient, Contact, Message
from klaros_desktop.services.campaigns import lifecycle
from klaros_desktop.services.campaigns import sender as sender_module
from klaros_desktop.services.campaigns.audience import Segment
from klaros_desktop.services.messaging import templates
from klaros_sim.templates import Template

from .test_media_buttons_marketing import sender

NUMBERS = ["+4915100000501", "+4915100000502"]


@pytest.fixture
def customers(add_contact):
    for i, number in enumerate(NUMBERS):
        add_contact(number, f"Kundin{i} Nachname", tags=("sommer",), opt_in=True, custom={"sendung": f"AB{i}"})
    return NUMBERS


@pytest.fixture
async def full_template(sim, sessions, graph):
    sim.simulator.templates["991"] = Template(
        "sommer_paket", "de", "UTILITY",
        [{"type": "HEADER", "format": "TEXT", "text": "Für {{1}}", "example": {"header_text": ["Anna"]}},
         {"type": "BODY", "text": "Hallo {{1}}, Ihr Paket ist unterwegs.", "example": {"body_text": [["Anna"]]}},
         {"type": "FOOTER", "text": "Blumen Becker"},
         {"type": "BUTTONS", "buttons": [
             {"type": "QUICK_REPLY", "text": "Danke"},
             {"type": "URL", "text": "Sendung verfolgen", "url": "https://shop.example/sendung/{{1}}",
              "example": ["https://shop.example/sendung/AB1"]}]}],
        status="APPROVED", id="991")
    await templates.refresh(sessions, graph)


@pytest.mark.parametrize("batched", [True, False], ids=["batched", "one-by-one"])
async def test_the_stored_message_keeps_the_values_frozen_at_launch(sessions, graph, sim, customers, full_template,
                                                                    monkeypatch, batched):
    batched_claims: list = []  # what each try of the batched way gave (None: the general way claimed instead)
    claim_batched = sender_module.CampaignSender._claim_batched

    def noted(self, *args, **kwargs):
        claims = claim_batched(self, *args, **kwargs)
        batched_claims.append(claims)
        return claims

    monkeypatch.setattr(sender_module.CampaignSender, "_claim_batched", noted)
    created = lifecycle.create(sessions, "Sommer", "sommer_paket", "de", Segment(tags_any=("sommer",)),
                               {"1": "first_name"}, header_text="first_name", buttons={"1": "custom.sendung"})
    lifecycle.launch(sessions, created.campaign_id)
    with sessions.begin() as s:  # renamed after the launch: the message keeps the name it was sent with
        contact = s.scalar(select(Contact).where(Contact.phone_e164 == NUMBERS[1]))
        contact.display_name, contact.custom_fields = "Umbenannt Neu", {"sendung": "ZZ9"}
        if not batched:  # the recipients no longer name their contact: each is looked up again by its number
            s.execute(update(CampaignRecipient).where(CampaignRecipient.campaign_id == created.campaign_id)
                      .values(contact_id=None))
    report = await sender(sessions, graph).run(created.campaign_id)
    assert report.sent == 2
    if batched:
        assert None not in batched_claims and any(batched_claims)
    else:
        assert None in batched_claims and not any(batched_claims)
    with sessions() as s:
        message = s.scalar(select(Message).join(Contact, Contact.id == Message.contact_id)
                           .where(Contact.phone_e164 == NUMBERS[1], Message.direction == "out"))
    assert message.text == "Für Kundin1\nHallo Kundin1, Ihr Paket ist unterwegs.\nBlumen Becker"
    assert message.template_parts == {
        "header": {"kind": "text", "text": "Für Kundin1"},
        "body": "Hallo Kundin1, Ihr Paket ist unterwegs.",
        "footer": "Blumen Becker",
        "buttons": [{"type": "QUICK_REPLY", "text": "Danke"},
                    {"type": "URL", "text": "Sendung verfolgen", "url": "https://shop.example/sendung/AB1"}]}
