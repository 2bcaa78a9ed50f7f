"""Fixtures for the campaign tests: a migrated profile, contacts with tags and consent, the simulator and a
Graph client on it (no retries of its own, so the campaign sender meets Meta's refusals itself)."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest

from klaros_desktop import db
from klaros_desktop.models import Contact, Conversation, Tag, utcnow
from klaros_desktop.services.messaging import templates
from klaros_desktop.services.people import consent


@pytest.fixture
def sessions(profile):
    engine, sessions = db.open_database(profile)
    yield sessions
    engine.dispose()


@pytest.fixture
def add_contact(sessions):
    """add_contact(number, name=None, tags=(), opt_in=False, opt_out=None, inbound_hours_ago=None, **custom)."""

    def _add(number, name=None, *, tags=(), opt_in=False, opt_out=None, inbound_hours_ago=None, custom=None,
             country=None):
        with sessions.begin() as s:
            tag_rows = []
            for tag in tags:
                row = s.query(Tag).filter(Tag.name == tag).one_or_none() or Tag(name=tag)
                tag_rows.append(row)
            contact = Contact(phone_e164=number, display_name=name, tags=tag_rows, custom_fields=custom or {},
                              notes="", country=country)
            s.add(contact)
            s.flush()
            if opt_in:
                consent.record(s, contact, kind=consent.OPT_IN, scope=consent.SCOPE_MARKETING, source="import",
                               occurred_at=utcnow() - timedelta(days=30))
            if opt_out:
                consent.record(s, contact, kind=consent.OPT_OUT, scope=opt_out, source="manual",
                               occurred_at=utcnow() - timedelta(days=1))
            if inbound_hours_ago is not None:
                s.add(Conversation(contact_id=contact.id, phone_number_id="",
                                   last_inbound_at=utcnow() - timedelta(hours=inbound_hours_ago)))
            return contact.id

    return _add


@pytest.fixture
def sim():
    """The simulator, posting its webhooks to a recorder (``sim.hooks``) that tests can apply from."""
    from klaros_sim.embedded import running_simulator, webhook_recorder

    with webhook_recorder(app_secret="campaign-secret") as hooks, running_simulator(
            callback_url=hooks.url, app_secret="campaign-secret") as handle:
        handle.hooks = hooks
        yield handle


@pytest.fixture
async def graph(sim):
    from klaros_desktop.graph import GraphClient

    async with httpx.AsyncClient(trust_env=False) as http:
        yield GraphClient(http, phone_number_id=sim.config.phone_number_id, waba_id=sim.config.waba_id,
                          token=sim.config.access_token, base_url=sim.base_url, max_retries=0)


@pytest.fixture
async def synced_templates(sessions, graph):
    """The simulator's templates stored locally, as `Refresh templates` does."""
    await templates.refresh(sessions, graph)


@pytest.fixture
def picture(tmp_path):
    """A small PNG to put at the top of a campaign's message."""
    path = tmp_path / "fruehling.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 200)
    return path


@pytest.fixture
def launch_pickup_campaign(sessions, add_contact, synced_templates):
    """launch_pickup_campaign(numbers): a launched campaign of the simulator's ``order_ready`` template to these
    numbers, each a tagged customer "Kundin<i> Nachname"; its id."""
    from klaros_desktop.services.campaigns import lifecycle
    from klaros_desktop.services.campaigns.audience import Segment

    def _launch(numbers) -> int:
        for i, number in enumerate(numbers):
            add_contact(number, f"Kundin{i} Nachname", tags=("abholung",))
        created = lifecycle.create(sessions, "Abholung", "order_ready", "de", Segment(tags_any=("abholung",)),
                                   {"1": "first_name", "2": "text:4711"})
        lifecycle.launch(sessions, created.campaign_id)
        return created.campaign_id

    return _launch
