"""Templates written while offline wait in the outbox like a text (services/messaging/outbox.py): everything
filled in is kept (the body's values, the title's value or the map's place, the link buttons' values, the header
file), and sent once back online exactly as previewed, through ``may_send`` asked again at that moment. The
send-safety rules are those of a queued text: retried only when the request surely did not reach Meta, held as
unconfirmed when it may have.

Sends run against the Graph simulator through the real GraphClient and SendService; what the customer received
is read from the simulator's record."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest
from sqlalchemy import select, update

from klaros_desktop.cli import main
from klaros_desktop.graph import GraphClient
from klaros_desktop.models import AuditEvent, Contact, Conversation, MediaFile, Message, OutboxItem, utcnow
from klaros_desktop.services.inbound.apply import WebhookApplier
from klaros_desktop.services.media import kinds
from klaros_desktop.services.messaging import template_header, templates
from klaros_desktop.services.messaging.outbox import AMBIGUOUS, HELD, PENDING, Outbox
from klaros_desktop.services.messaging.sending import SendService
from klaros_desktop.services.people import consent
from klaros_sim.templates import Template

SECRET, TOKEN, CUSTOMER = "outbox-tpl-secret", "EAAG-outbox-tpl-token", "+4915112345678"
JPEG = b"\xff\xd8\xff\xe0" + b"tulips" * 100
BODY = {"type": "BODY", "text": "Hallo {{1}}, Ihre Bestellung {{2}} ist fertig.",
        "example": {"body_text": [["Anna", "B-1"]]}}
LINK = {"type": "BUTTONS", "buttons": [{"type": "URL", "text": "Verfolgen", "url": "https://shop.example/track/{{1}}",
                                       "example": ["https://shop.example/track/XY987"]}]}
TITLED = {"id": "901", "name": "parcel_ready_q", "language": "de", "status": "APPROVED", "category": "UTILITY",
          "components": [{"type": "HEADER", "format": "TEXT", "text": "Bestellung {{1}}",
                          "example": {"header_text": ["B-1042"]}}, BODY, LINK]}
MAP = {"id": "902", "name": "pick_up_q", "language": "de", "status": "APPROVED", "category": "UTILITY",
       "components": [{"type": "HEADER", "format": "LOCATION"}, BODY]}
PHOTO = {"id": "903", "name": "spring_offer_q", "language": "de", "status": "APPROVED", "category": "MARKETING",
         "components": [{"type": "HEADER", "format": "IMAGE"}, BODY]}
PLACE = template_header.Location.of("52.5292", "13.4012", "Blumen Becker", "Torstraße 1, 10119 Berlin")


class Faults(httpx.AsyncBaseTransport):
    """Forwards to the simulator unless ``offline`` (every request fails before it leaves, as with no network);
    ``after`` makes the next request fail after the simulator took it (the answer lost)."""

    def __init__(self):
        self.inner = httpx.AsyncHTTPTransport()
        self.offline = False
        self.after: type[Exception] | None = None

    async def handle_async_request(self, request):
        if self.offline:
            raise httpx.ConnectError("no route to host", request=request)
        if self.after is not None and request.url.path.endswith("/messages"):
            error, self.after = self.after, None
            response = await self.inner.handle_async_request(request)
            await response.aread()
            raise error("read timed out", request=request)
        return await self.inner.handle_async_request(request)

    async def aclose(self):
        await self.inner.aclose()


@pytest.fixture
def sim(recorded_simulator):
    handle = recorded_simulator(secret=SECRET, token=TOKEN, seed=11, fast=True)
    for item in (TITLED, MAP, PHOTO):
        handle.simulator.templates[item["id"]] = Template(item["name"], "de", item["category"], item["components"],
                                                          status="APPROVED", id=item["id"])
    return handle


@pytest.fixture
async def faults():
    transport = Faults()
    yield transport
    await transport.aclose()


@pytest.fixture
async def sender(sim, sessions, faults):
    with sessions.begin() as s:
        templates.store(s, [TITLED, MAP, PHOTO])
    async with httpx.AsyncClient(transport=faults, trust_env=False) as http:
        graph = GraphClient(http, phone_number_id=sim.config.phone_number_id, waba_id=sim.config.waba_id, token=TOKEN,
                            base_url=sim.base_url, max_retries=0)
        yield SendService(sessions, graph, phone_number_id=sim.config.phone_number_id)


def _customer_wrote(sim, sessions) -> int:
    before = len(sim.hooks.bodies)
    sim.say(CUSTOMER, "Ist meine Bestellung fertig?")
    sim.wait_until(lambda: len(sim.hooks.bodies) > before, 10, "the customer's webhook")
    with sessions.begin() as s:
        for body in sim.hooks.bodies[before:]:
            WebhookApplier(s).apply(body, correlation_id="relay-test")
    with sessions() as s:
        return s.scalar(select(Contact.id).where(Contact.phone_e164 == CUSTOMER))


def _received(sim, cid) -> list[dict]:
    """The templates the customer received under this correlation id (the simulator's record)."""
    return [m["payload"]["template"] for m in sim.outbound() if m["correlation_id"] == cid]


def _due_now(sessions) -> None:
    with sessions.begin() as s:
        s.execute(update(OutboxItem).values(next_attempt_at=None))


def _out(sessions) -> list[Message]:
    with sessions() as s:
        return list(s.scalars(select(Message).where(Message.direction == "out")))


async def test_a_template_written_offline_waits_then_goes_once_with_every_value(sim, sessions, sender, faults):
    contact_id = _customer_wrote(sim, sessions)
    box = Outbox(sessions)
    item = box.add_template(contact_id, CUSTOMER, "parcel_ready_q", "de", ["Anna", "B-1042"], header_text="B-1042",
                            link_values={"0": "AB123"})
    assert (item.template_name, item.template_language, item.state) == ("parcel_ready_q", "de", PENDING)
    assert item.text == "Bestellung B-1042\nHallo Anna, Ihre Bestellung B-1042 ist fertig."  # its bubble meanwhile
    faults.offline = True
    assert [a.result for a in (await box.flush(sender)).attempts] == ["retry"]
    [waiting] = box.items()
    assert waiting.state == PENDING and _out(sessions) == [] and sim.outbound() == []  # nothing lost, no bubble
    faults.offline = False
    _due_now(sessions)
    assert [a.result for a in (await box.flush(sender)).attempts] == ["sent"] and box.items() == []
    assert _received(sim, item.correlation_id) == [{
        "name": "parcel_ready_q", "language": {"code": "de"}, "components": [
            {"type": "header", "parameters": [{"type": "text", "text": "B-1042"}]},
            {"type": "body", "parameters": [{"type": "text", "text": "Anna"}, {"type": "text", "text": "B-1042"}]},
            {"type": "button", "sub_type": "url", "index": "0", "parameters": [{"type": "text", "text": "AB123"}]}]}]
    [message] = _out(sessions)
    assert (message.type, message.template_name, message.status, message.correlation_id) == (
        "template", "parcel_ready_q", "accepted", item.correlation_id)
    assert message.text == "Bestellung B-1042\nHallo Anna, Ihre Bestellung B-1042 ist fertig."
    assert (await box.flush(sender, now=utcnow() + timedelta(hours=1))).attempts == []
    assert len(_received(sim, item.correlation_id)) == 1  # exactly once


async def test_a_queued_map_template_goes_outside_the_window(sim, sessions, sender):
    """Templates may go when the 24-hour window has closed meanwhile (a text would be held)."""
    contact_id = _customer_wrote(sim, sessions)
    box = Outbox(sessions)
    item = box.add_template(contact_id, CUSTOMER, "pick_up_q", "de", ["Anna", "B-7"], header_location=PLACE)
    with sessions.begin() as s:
        s.execute(update(Conversation).values(last_inbound_at=utcnow() - timedelta(hours=30)))
    assert [a.result for a in (await box.flush(sender)).attempts] == ["sent"]
    [received] = _received(sim, item.correlation_id)
    assert received["components"][0] == PLACE.component()


async def test_a_queued_header_photo_is_kept_uploaded_once_and_becomes_the_messages_file(sim, sessions, sender,
                                                                                         profile, faults):
    contact_id = _customer_wrote(sim, sessions)
    box = Outbox(sessions, media_root=profile.media)
    attachment = kinds.check("tulpen.jpg", len(JPEG), JPEG)
    item = box.add_template(contact_id, CUSTOMER, "spring_offer_q", "de", ["Anna", "B-9"], header=(attachment, JPEG),
                            media_root=profile.media)
    assert (profile.media / item.media_path).read_bytes() == JPEG and item.media_kind == kinds.IMAGE
    faults.offline = True
    assert [a.result for a in (await box.flush(sender)).attempts] == ["retry"]
    faults.offline = False
    _due_now(sessions)
    assert [a.result for a in (await box.flush(sender)).attempts] == ["sent"]
    [received] = _received(sim, item.correlation_id)
    header = received["components"][0]
    assert header["type"] == "header" and header["parameters"][0]["image"]["id"]
    assert len([r for r in sim.requests() if r["method"] == "POST" and r["path"].endswith("/media")]) == 1
    [message] = _out(sessions)
    with sessions() as s:
        kept = s.get(MediaFile, message.media_file_id)
    assert (message.type, kept.local_path, kept.filename) == ("template", item.media_path, "tulpen.jpg")


async def test_a_contact_who_opted_out_while_it_waited_does_not_get_it(sim, sessions, sender):
    contact_id = _customer_wrote(sim, sessions)
    box = Outbox(sessions)
    item = box.add_template(contact_id, CUSTOMER, "parcel_ready_q", "de", ["Anna", "B-1042"], header_text="B-1042",
                            link_values={"0": "AB123"})
    with sessions.begin() as s:
        consent.record(s, s.get(Contact, contact_id), kind=consent.OPT_OUT, scope=consent.SCOPE_ALL,
                       source="manual", occurred_at=utcnow())
    assert [a.result for a in (await box.flush(sender)).attempts] == [HELD]
    [held] = box.items()
    assert (held.state, held.reason_code, held.template_name) == (HELD, "opted_out", "parcel_ready_q")
    assert "opted out" in held.reason
    assert sim.outbound() == [] and _out(sessions) == []
    with sessions() as s:
        actions = [e.action for e in s.scalars(select(AuditEvent).where(
            AuditEvent.correlation_id == item.correlation_id).order_by(AuditEvent.id))]
    assert actions == ["outbox_queued", "send_refused", "outbox_held"]


async def test_a_queued_template_whose_answer_was_lost_is_held_and_a_status_settles_it(sim, sessions, sender, faults):
    from klaros_sim.control import statuses_in

    contact_id = _customer_wrote(sim, sessions)
    box = Outbox(sessions)
    item = box.add_template(contact_id, CUSTOMER, "parcel_ready_q", "de", ["Anna", "B-1042"], header_text="B-1042",
                            link_values={"0": "AB123"})
    faults.after = httpx.ReadTimeout
    assert [a.result for a in (await box.flush(sender)).attempts] == [HELD]
    [held] = box.items()
    assert held.reason_code == AMBIGUOUS
    assert (await box.flush(sender, now=utcnow() + timedelta(hours=1))).attempts == []  # never resent by itself
    [accepted] = [m for m in sim.outbound() if m["correlation_id"] == item.correlation_id]
    body = sim.hooks.wait_for(lambda b: any(s["id"] == accepted["id"] and s["status"] == "delivered"
                                            for s in statuses_in(b)))
    with sessions.begin() as s:
        WebhookApplier(s).apply(body, correlation_id="relay-test")
    assert box.items() == []
    [message] = _out(sessions)
    assert (message.type, message.template_name, message.template_language, message.wamid, message.text) == (
        "template", "parcel_ready_q", "de", accepted["id"],
        "Bestellung B-1042\nHallo Anna, Ihre Bestellung B-1042 ist fertig.")
    assert message.template_parts["header"] == {"kind": "text", "text": "Bestellung B-1042"}  # as a sent one has it
    assert message.template_parts["buttons"] == [
        {"type": "URL", "text": "Verfolgen", "url": "https://shop.example/track/AB123"}]


def _dead_url() -> str:
    """An address on this machine where nothing listens (as when Meta cannot be reached)."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}"


def test_klaros_send_template_while_meta_is_unreachable_is_queued(sim, tmp_path, monkeypatch, capsys):
    from klaros_desktop import db
    from klaros_desktop.paths import Profile
    from klaros_desktop.services.core import settings

    data = tmp_path / "p"
    monkeypatch.setenv("KLAROS_META_TOKEN", sim.config.access_token)

    def run(*args):
        code = main(["--data-dir", str(data), *args])
        return code, capsys.readouterr()

    assert run("connect", "--phone-number-id", sim.config.phone_number_id, "--waba-id", sim.config.waba_id,
               "--graph-url", sim.base_url)[0] == 0  # the templates are fetched here
    engine, sessions = db.open_database(Profile(data))
    try:
        with sessions.begin() as s:
            settings.set_value(s, settings.GRAPH_BASE_URL, _dead_url())
        code, out = run("send", CUSTOMER, "--template", "parcel_ready_q", "--lang", "de", "--param", "Anna",
                        "--param", "B-1042", "--header-var", "B-1042", "--button-var", "0=AB123")
        assert code == 5, out.err
        assert "Queued in the outbox" in out.out
        assert sim.outbound() == []
        [item] = Outbox(sessions).items()
        assert (item.state, item.template_name, item.template_values) == (PENDING, "parcel_ready_q", {
            "params": ["Anna", "B-1042"], "header_text": "B-1042", "links": {"0": "AB123"}})
        with sessions() as s:
            assert s.scalars(select(Message)).all() == []  # no failed bubble beside the queued item
    finally:
        engine.dispose()


async def test_sent_at_once_a_refusal_is_said_and_not_kept_a_connection_failure_is_kept(sim, sessions, sender, faults):
    """``send_now`` (a template from a chat or ``klaros send``, online): refused by ``may_send`` at once → the
    shop owner is told and nothing waits; the request never left → it waits in the outbox."""
    contact_id = _customer_wrote(sim, sessions)
    box = Outbox(sessions)
    item = box.add_template(contact_id, CUSTOMER, "parcel_ready_q", "de", ["Anna", "B-1042"])  # no link value
    attempt = await box.send_now(sender, item.id)
    assert attempt.result == HELD and attempt.outcome.decision.reason_code == "link_value"
    assert box.items() == [] and sim.outbound() == []
    item = box.add_template(contact_id, CUSTOMER, "parcel_ready_q", "de", ["Anna", "B-1042"], header_text="B-1042",
                            link_values={"0": "AB123"})
    faults.offline = True
    attempt = await box.send_now(sender, item.id)
    assert attempt.result == "retry" and [i.id for i in box.items()] == [item.id] and _out(sessions) == []
    faults.offline = False
    assert await box.send_now(sender, item.id) is not None  # tried again at once by hand: it goes
    assert box.items() == [] and len(_received(sim, item.correlation_id)) == 1
