"""``klaros demo``'s world: simulator + relay in-process on loopback, a paired and connected profile, the
seeded shop, and simulated customers who answer a reply and send STOP, all arriving through real sync."""

from __future__ import annotations

import asyncio
import time

import pytest
from sqlalchemy import select

from klaros_desktop.db import open_database
from klaros_desktop.models import ConsentEvent, Contact, Message, MessageTemplate
from klaros_desktop.services.messaging.sending import SendService
from klaros_desktop.services.setup import wiring

pytestmark = pytest.mark.slow


def _sync(profile, sessions) -> None:
    async def go():
        store = wiring.secret_store(profile)
        async with wiring.http_client() as http:
            await wiring.make_sync(sessions, http, wiring.relay_config(sessions, store)).sync_once()

    asyncio.run(go())


def _until(predicate, profile, sessions, timeout=15.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        _sync(profile, sessions)
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError("the demo world did not get there in time")


def test_demo_world_end_to_end(tmp_path):
    from klaros_desktop.demo.director import CUSTOMERS, Director
    from klaros_desktop.demo.runtime import demo_world

    with demo_world(tmp_path, fast=True) as world:
        engine, sessions = open_database(world.profile)
        try:
            with sessions() as s:
                assert s.query(Contact).count() >= 16
                names = {t.name for t in s.scalars(select(MessageTemplate))}
            assert "order_ready" in names  # from the simulator's WABA via `klaros connect`
            director = Director(world.sim, opening_gap=0.05, answer_delay=0.05, poll=0.1).start()
            try:
                def inbound_count():
                    with sessions() as s:
                        return s.query(Message).filter(Message.direction == "in",
                                                       Message.wamid.not_like("wamid.DEMO%")).count()

                _until(lambda: inbound_count() >= len(CUSTOMERS), world.profile, sessions)

                async def reply(number, text):
                    store = wiring.secret_store(world.profile)
                    async with wiring.http_client() as http:
                        graph = wiring.make_graph(http, wiring.graph_config(sessions, store), audit=None)
                        return await SendService(sessions, graph, phone_number_id=graph.phone_number_id
                                                 ).send_text(number, text)

                anna, thomas = CUSTOMERS[0].number, CUSTOMERS[3].number
                outcome = asyncio.run(reply(anna, "Ja, rosa und weiß."))
                assert outcome.sent, outcome.reason
                with sessions() as s:
                    anna_id = s.scalar(select(Contact.id).where(Contact.phone_e164 == anna))

                def anna_answered_and_read():
                    with sessions() as s:
                        texts = list(s.scalars(select(Message.text).where(Message.contact_id == anna_id,
                                                                          Message.direction == "in")))
                        status = s.scalar(select(Message.status).where(Message.id == outcome.message_id))
                    return CUSTOMERS[0].answers[0] in texts and status == "read"

                _until(anna_answered_and_read, world.profile, sessions)
                assert asyncio.run(reply(thomas, "Ja, noch bis Samstag.")).sent

                def thomas_opted_out():
                    with sessions() as s:
                        cid = s.scalar(select(Contact.id).where(Contact.phone_e164 == thomas))
                        return s.scalar(select(ConsentEvent.kind).where(ConsentEvent.contact_id == cid,
                                                                        ConsentEvent.scope == "all"))

                assert _until(thomas_opted_out, world.profile, sessions) == "opt_out"
                refused = asyncio.run(reply(thomas, "Noch eine Frage?"))
                assert not refused.sent and refused.decision.reason_code == "opted_out"
            finally:
                director.stop()
        finally:
            engine.dispose()


def test_a_demo_closed_before_its_customers_started_stops_cleanly():
    """Closed while the database still opened, the demo never started its customers: stopping them is a no-op."""
    from klaros_desktop.demo.director import Director

    director = Director(None)
    director.stop()
    assert not director._thread.is_alive()
