"""What ``klaros.log`` may hold (docs/desktop-core.md, "The log file"), checked on a whole demo session.

A short scripted session of ``klaros demo``'s world runs headless: the profile is paired and connected (as
``klaros pair`` / ``klaros connect`` do), customers write, one sends a photo with a caption, the shop replies,
a send is refused by Meta, the photo is downloaded (Meta's download URL carries a signed query), the template
list is paged, and a customer sends STOP. Afterwards the log holds none of the secrets, no message text, no
customer's number and no URL query string.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time

import pytest
from sqlalchemy import func, select

from klaros_desktop import logging_setup
from klaros_desktop.db import open_database
from klaros_desktop.models import ConsentEvent, Message
from klaros_desktop.secrets import DEVICE_PRIVATE_KEY, META_ACCESS_TOKEN, RELAY_DEVICE_TOKEN
from klaros_desktop.services.media.downloads import fetch_media
from klaros_desktop.services.messaging.sending import SendService
from klaros_desktop.services.setup import wiring

pytestmark = pytest.mark.slow

PHOTO_CAPTION = "Foto vom Brautstrauss, bitte genau so"
REPLY = "Ja, rosa und weiß, bis Samstag."
QUERY_IN_URL = re.compile(r"https?://[^\s\"']*\?")


def _digits_forms(number: str) -> set[str]:
    digits = number.lstrip("+")
    return {number, digits, digits[2:]}  # +49151..., 49151..., and the national part 151...


async def _sync_until(sync, done, timeout: float = 20.0) -> None:
    """Long-poll the relay (it answers as soon as an event commits) until ``done()``; no fixed waits."""
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise AssertionError("the demo session did not get there in time")
        await sync.pull_and_apply(wait=2)


def test_a_demo_session_leaves_no_secret_text_or_number_in_the_log(tmp_path):
    from klaros_desktop.demo.director import CUSTOMERS
    from klaros_desktop.demo.runtime import create_templates, demo_world

    log_file = logging_setup.configure(tmp_path / "logs")  # before the world: pairing and connecting log too
    try:
        with demo_world(tmp_path / "demo", fast=True) as world:
            engine, sessions = open_database(world.profile)
            store = wiring.secret_store(world.profile)
            secrets = {name: store.get(name) for name in (META_ACCESS_TOKEN, RELAY_DEVICE_TOKEN, DEVICE_PRIVATE_KEY)}
            anna, bernd, thomas = CUSTOMERS[0], CUSTOMERS[1], CUSTOMERS[3]

            def inbound() -> int:
                with sessions() as s:
                    return s.scalar(select(func.count()).select_from(Message).where(
                        Message.direction == "in", Message.wamid.not_like("wamid.DEMO%")))

            def opted_out() -> bool:
                with sessions() as s:
                    return s.scalar(select(func.count()).select_from(ConsentEvent).where(
                        ConsentEvent.kind == "opt_out")) > 0

            async def session() -> None:
                async with wiring.http_client() as http:
                    sync = wiring.make_sync(sessions, http, wiring.relay_config(sessions, store))
                    graph = wiring.make_graph(http, wiring.graph_config(sessions, store), audit=None)
                    await create_templates(graph)
                    for customer in CUSTOMERS:
                        world.sim.say(customer.number, customer.opening[0])
                    world.sim.send_media(bernd.number, "image", b"\xff\xd8\xffbouquet", caption=PHOTO_CAPTION)
                    await _sync_until(sync, lambda: inbound() >= len(CUSTOMERS) + 1)
                    sender = SendService(sessions, graph, phone_number_id=graph.phone_number_id)
                    assert (await sender.send_text(anna.number, REPLY)).sent
                    refused = await sender.send_template(thomas.number, "order_ready", "de", [])  # Meta: 132000
                    assert not refused.sent and refused.error_code == 132000
                    with sessions() as s:
                        photo = s.scalar(select(Message.id).where(Message.media_id.is_not(None),
                                                                  Message.direction == "in"))
                    await fetch_media(sessions, graph, world.profile.media, photo)
                    graph.template_page_size = 1
                    assert len(await graph.list_templates()) > 1
                    world.sim.reply_stop(thomas.number)
                    await _sync_until(sync, opted_out)

            try:
                asyncio.run(session())
            finally:
                engine.dispose()
    finally:
        for handler in logging.getLogger().handlers:
            handler.flush()
        text = log_file.read_text(encoding="utf-8")
        logging_setup.configure(tmp_path / "after")  # release the file

    assert "POST /v23.0/" in text and "-> 200" in text  # the session did log its requests
    for name, value in secrets.items():
        assert value and value not in text, f"the {name} is in the log"
    assert "access_token=" not in text and "Bearer" not in text
    assert not QUERY_IN_URL.search(text), QUERY_IN_URL.search(text).group(0)
    texts = [c.opening[0] for c in CUSTOMERS] + [PHOTO_CAPTION, REPLY]
    for message_text in texts:
        assert message_text not in text, f"message text in the log: {message_text!r}"
    for customer in CUSTOMERS:
        for form in _digits_forms(customer.number):
            assert form not in text, f"a customer's number is in the log: {form}"
