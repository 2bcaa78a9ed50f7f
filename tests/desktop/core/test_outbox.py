"""The outbox (services/messaging/outbox.py), without Qt: nothing queued is ever lost, a retry never sends twice or
leaves duplicate Message rows, and an unclear send is held for the shop owner instead of repeated.

Transient failures and sends run against the Graph simulator through the real GraphClient and SendService."""

from __future__ import annotations

import json
import zipfile
from datetime import timedelta

import httpx
import pytest
from alembic import command
from sqlalchemy import select, text, update

from klaros_desktop import db
from klaros_desktop.graph import GraphClient
from klaros_desktop.graph.errors import failure_reason
from klaros_desktop.models import AuditEvent, Contact, Conversation, Message, OutboxItem, utcnow
from klaros_desktop.phrases import Phrase
from klaros_desktop.services.core import settings
from klaros_desktop.services.core.changes import Changes
from klaros_desktop.services.dataio.export_archive import write_archive
from klaros_desktop.services.inbound.apply import WebhookApplier
from klaros_desktop.services.messaging import outbox as outbox_module
from klaros_desktop.services.messaging.outbox import AMBIGUOUS, HELD, PENDING, SENDING, Outbox, backoff
from klaros_desktop.services.messaging.sending import SendService
from klaros_desktop.services.privacy.erasure import erase_contact

SECRET = "outbox-app-secret"
TOKEN = "EAAG-outbox-token"
CUSTOMER = "+4915112345678"


class Faults(httpx.AsyncBaseTransport):
    """Forwards to the simulator; ``plan`` lists what the next requests do instead: an exception class raised
    before the request leaves (ConnectError), or after it reached the simulator (ReadTimeout)."""

    def __init__(self):
        self.inner = httpx.AsyncHTTPTransport()
        self.plan: list[tuple[str, type[Exception]]] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.plan:
            when, error = self.plan.pop(0)
            if when == "before":
                raise error("connection refused", request=request)
            response = await self.inner.handle_async_request(request)
            await response.aread()
            raise error("read timed out", request=request)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


@pytest.fixture
def sim(recorded_simulator):
    return recorded_simulator(secret=SECRET, token=TOKEN, seed=7, fast=True)


@pytest.fixture
async def faults():
    transport = Faults()
    yield transport
    await transport.aclose()


@pytest.fixture
async def sender(sim, sessions, faults):
    async with httpx.AsyncClient(transport=faults, trust_env=False) as http:
        graph = GraphClient(http, phone_number_id=sim.config.phone_number_id, waba_id=sim.config.waba_id, token=TOKEN,
                            base_url=sim.base_url, max_retries=0)
        yield SendService(sessions, graph, phone_number_id=sim.config.phone_number_id)


def _customer_wrote(sim, sessions) -> int:
    before = len(sim.hooks.bodies)
    sim.say(CUSTOMER, "Haben Sie Tulpen?")
    sim.wait_until(lambda: len(sim.hooks.bodies) > before, 10, "the customer's webhook")
    with sessions.begin() as s:
        for body in sim.hooks.bodies[before:]:
            WebhookApplier(s).apply(body, correlation_id="relay-test")
    with sessions() as s:
        return s.scalar(select(Contact.id).where(Contact.phone_e164 == CUSTOMER))


def _posts(sim) -> list[dict]:
    return [r for r in sim.requests() if r["method"] == "POST" and r["path"].endswith("/messages")]


def _messages(sessions) -> list[Message]:
    with sessions() as s:
        return list(s.scalars(select(Message).where(Message.direction == "out")))


def _audit(sessions, cid) -> list[str]:
    with sessions() as s:
        return [e.action for e in s.scalars(select(AuditEvent).where(AuditEvent.correlation_id == cid)
                                            .order_by(AuditEvent.id))]


# ---------------------------------------------------------------- outcomes of a flush
async def test_sent_item_is_removed_and_its_rows_share_the_outbox_id(sim, sessions, sender):
    contact_id = _customer_wrote(sim, sessions)
    box = Outbox(sessions)
    item = box.add(contact_id, CUSTOMER, "Ja, rote und gelbe.")
    assert item.correlation_id == f"outbox-{item.id}"
    report = await box.flush(sender)
    assert [a.result for a in report.attempts] == ["sent"] and box.items() == []
    [message] = _messages(sessions)
    assert (message.text, message.status, message.correlation_id) == ("Ja, rote und gelbe.", "accepted",
                                                                      item.correlation_id)
    assert [r["correlation_id"] for r in _posts(sim)] == [item.correlation_id]
    assert _audit(sessions, item.correlation_id) == ["outbox_queued", "message_sent", "outbox_sent"]
    with sessions() as s:
        sent = s.scalar(select(AuditEvent).where(AuditEvent.action == "outbox_sent"))
    assert sent.details["message_id"] == message.id and "Ja, rote" not in json.dumps(sent.details)
    changes = report.changes  # what the screens re-read: the item, its chat, the message it became
    assert (changes.outbox, changes.conversations, changes.messages) == ({item.id}, {message.conversation_id},
                                                                         {message.id})


async def test_refused_at_reconnect_is_held_with_its_reason_code_and_the_text_kept(sim, sessions, sender):
    contact_id = _customer_wrote(sim, sessions)
    box = Outbox(sessions)
    item = box.add(contact_id, CUSTOMER, "Ja, bis morgen!")
    with sessions.begin() as s:  # the window closed while Klaros was offline
        s.execute(update(Conversation).values(last_inbound_at=utcnow() - timedelta(hours=24, minutes=1)))
    report = await box.flush(sender)
    assert [a.result for a in report.attempts] == [HELD]
    [held] = box.items()
    assert (held.state, held.reason_code, held.text) == (HELD, "outside_window", "Ja, bis morgen!")
    assert isinstance(held.reason, Phrase) and "24-hour window" in held.reason
    assert _posts(sim) == [] and _messages(sessions) == []
    assert await box.flush(sender) == outbox_module.FlushReport(next_due=None)  # held: not retried by itself
    assert _audit(sessions, item.correlation_id) == ["outbox_queued", "send_refused", "outbox_held"]
    with sessions() as s:
        conversation_id = s.scalar(select(Conversation.id))
    assert report.changes == Changes(conversations={conversation_id}, outbox={item.id})


async def test_connection_refused_stays_pending_with_backoff_then_goes_once(sim, sessions, sender, faults):
    contact_id = _customer_wrote(sim, sessions)
    box = Outbox(sessions)
    item = box.add(contact_id, CUSTOMER, "Kommt morgen.")
    faults.plan = [("before", httpx.ConnectError)]
    started = utcnow()
    report = await box.flush(sender)
    assert [a.result for a in report.attempts] == ["retry"]
    [waiting] = box.items()
    assert (waiting.state, waiting.attempts) == (PENDING, 1)
    assert timedelta(seconds=4) < waiting.next_attempt_at - started < timedelta(seconds=7)
    assert report.next_due == waiting.next_attempt_at
    assert _messages(sessions) == []  # the failed attempt left no bubble behind
    assert (await box.flush(sender)).attempts == []  # not due yet
    report = await box.flush(sender, now=utcnow() + timedelta(seconds=6))
    assert [a.result for a in report.attempts] == ["sent"] and box.items() == []
    [message] = _messages(sessions)
    assert message.status == "accepted" and message.correlation_id == item.correlation_id
    assert len(_posts(sim)) == 1  # exactly one request reached Meta
    assert _audit(sessions, item.correlation_id) == ["outbox_queued", "send_failed", "outbox_retry", "message_sent",
                                                     "outbox_sent"]


async def test_meta_5xx_is_retried_without_a_second_message_row(sim, sessions, sender):
    contact_id = _customer_wrote(sim, sessions)
    box = Outbox(sessions)
    box.add(contact_id, CUSTOMER, "Kommt morgen.")
    sim.inject_errors(131000)  # HTTP 500
    assert [a.result for a in (await box.flush(sender)).attempts] == ["retry"]
    assert _messages(sessions) == []
    assert [a.result for a in (await box.flush(sender, now=utcnow() + timedelta(minutes=1))).attempts] == ["sent"]
    assert len(_messages(sessions)) == 1 and box.items() == []


async def test_read_timeout_after_sending_is_held_as_ambiguous_and_never_resent(sim, sessions, sender, faults):
    contact_id = _customer_wrote(sim, sessions)
    box = Outbox(sessions)
    box.add(contact_id, CUSTOMER, "Ihre Torte ist fertig.")
    faults.plan = [("after", httpx.ReadTimeout)]
    report = await box.flush(sender)
    assert [a.result for a in report.attempts] == [HELD]
    [held] = box.items()
    assert held.reason_code == AMBIGUOUS and "may have reached the customer" in held.reason
    assert len(_posts(sim)) == 1 and _messages(sessions) == []
    assert (await box.flush(sender, now=utcnow() + timedelta(hours=1))).attempts == []
    assert len(_posts(sim)) == 1  # never resent by itself
    assert box.send_again(held.id).state == PENDING  # the shop owner decides
    assert [a.result for a in (await box.flush(sender)).attempts] == ["sent"]
    assert len(_posts(sim)) == 2 and box.items() == []


@pytest.mark.parametrize("fault", ["500", "drop"])
async def test_an_answer_lost_after_meta_accepted_is_held_and_the_customer_gets_it_once(sim, sessions, sender, fault):
    """Meta accepted the message, then answered 500 (or the connection broke mid-answer): held, never resent."""
    contact_id = _customer_wrote(sim, sessions)
    box = Outbox(sessions)
    item = box.add(contact_id, CUSTOMER, "Ihre Torte ist fertig.")
    sim.fail_after_accept(fault)
    assert [a.result for a in (await box.flush(sender)).attempts] == [HELD]
    [held] = box.items()
    assert held.reason_code == AMBIGUOUS and "did not confirm" in held.reason
    assert (await box.flush(sender, now=utcnow() + timedelta(hours=1))).attempts == []
    assert [m["payload"]["text"]["body"] for m in sim.outbound() if m["correlation_id"] == item.correlation_id] == [
        "Ihre Torte ist fertig."]
    assert "send_unconfirmed" in _audit(sessions, item.correlation_id)


async def test_a_later_status_for_an_unconfirmed_item_takes_it_out_of_the_outbox(sim, sessions, sender):
    """Meta's status webhook echoes the send's correlation id (``outbox-<id>``): the held item was sent after all.
    It becomes the message it was, with Meta's wamid and status, and leaves the outbox."""
    from klaros_sim.control import statuses_in

    contact_id = _customer_wrote(sim, sessions)
    box = Outbox(sessions)
    item = box.add(contact_id, CUSTOMER, "Ihre Torte ist fertig.")
    sim.fail_after_accept("500")
    await box.flush(sender)
    [accepted] = [m for m in sim.outbound() if m["correlation_id"] == item.correlation_id]
    body = sim.hooks.wait_for(lambda b: any(s["id"] == accepted["id"] and s["status"] == "delivered"
                                            for s in statuses_in(b)))
    with sessions.begin() as s:
        stats = WebhookApplier(s).apply(body, correlation_id="relay-test")
    assert box.items() == [] and item.id in stats.changes.outbox
    [message] = _messages(sessions)
    assert (message.wamid, message.status, message.text, message.correlation_id) == (
        accepted["id"], "delivered", "Ihre Torte ist fertig.", item.correlation_id)
    assert message.id in stats.changes.messages
    assert _audit(sessions, item.correlation_id)[-1] == "outbox_sent"
    assert (await box.flush(sender, now=utcnow() + timedelta(hours=1))).attempts == []
    assert len([m for m in sim.outbound() if m["correlation_id"] == item.correlation_id]) == 1


async def test_permanent_meta_error_is_held_with_metas_code(sim, sessions, sender):
    contact_id = _customer_wrote(sim, sessions)
    box = Outbox(sessions)
    box.add(contact_id, CUSTOMER, "Hallo")
    sim.inject_errors(131026)
    assert [a.result for a in (await box.flush(sender)).attempts] == [HELD]
    [held] = box.items()
    assert (held.reason_code, held.error_code) == ("meta_error", 131026)
    assert held.reason == failure_reason(131026, held.error_title, held.error_text)  # the catalogue's words
    assert held.reason.startswith("Not delivered: The message could not be delivered.")
    assert _messages(sessions) == []


async def test_a_contacts_later_items_wait_for_the_earlier_one(sim, sessions, sender, faults):
    contact_id = _customer_wrote(sim, sessions)
    box = Outbox(sessions)
    first = box.add(contact_id, CUSTOMER, "Erstens")
    box.add(contact_id, CUSTOMER, "Zweitens")
    faults.plan = [("before", httpx.ConnectError)]
    report = await box.flush(sender)
    assert [(a.item.id, a.result) for a in report.attempts] == [(first.id, "retry")]
    assert report.next_due == box.items()[0].next_attempt_at  # not "now" for the second: it waits for the first
    report = await box.flush(sender, now=utcnow() + timedelta(seconds=6))
    assert [a.result for a in report.attempts] == ["sent", "sent"]
    assert [m.text for m in sorted(_messages(sessions), key=lambda m: m.id)] == ["Erstens", "Zweitens"]


def test_backoff_doubles_from_five_seconds_up_to_five_minutes():
    assert [backoff(n).total_seconds() for n in range(1, 9)] == [5, 10, 20, 40, 80, 160, 300, 300]


# ---------------------------------------------------------------- a crash mid-send
def _left_sending(sessions, box, *, wamid):
    with sessions.begin() as s:
        contact = Contact(phone_e164=CUSTOMER, notes="", custom_fields={})
        s.add(contact)
        s.flush()
        conv = Conversation(contact_id=contact.id, phone_number_id="pn")
        s.add(conv)
        s.flush()
        contact_id, conv_id = contact.id, conv.id
    item = box.add(contact_id, CUSTOMER, "Mitten im Senden")
    with sessions.begin() as s:
        s.execute(update(OutboxItem).values(state=SENDING, attempts=1))
        s.add(Message(conversation_id=conv_id, contact_id=contact_id, direction="out", type="text",
                      text="Mitten im Senden", timestamp=utcnow(), status="accepted" if wamid else "pending",
                      wamid=wamid, correlation_id=item.correlation_id))
    return item


def test_item_left_sending_without_a_wamid_is_held_as_ambiguous(sessions):
    item = _left_sending(sessions, Outbox(sessions), wamid=None)
    box = Outbox(sessions)  # the next start
    assert box.recover() == 1
    [held] = box.items()
    assert (held.id, held.state, held.reason_code) == (item.id, HELD, AMBIGUOUS)
    assert _messages(sessions) == []


def test_item_left_sending_whose_message_has_a_wamid_was_sent(sessions):
    item = _left_sending(sessions, Outbox(sessions), wamid="wamid.ACCEPTED")
    box = Outbox(sessions)
    assert box.recover() == 1 and box.items() == []
    assert [m.wamid for m in _messages(sessions)] == ["wamid.ACCEPTED"]
    assert _audit(sessions, item.correlation_id) == ["outbox_queued", "outbox_sent"]


async def test_flush_recovers_first(sessions):
    _left_sending(sessions, Outbox(sessions), wamid=None)

    class NeverCalled:
        async def send_text(self, *args, **kwargs):
            raise AssertionError("an item left mid-send must not be resent by itself")

    report = await Outbox(sessions).flush(NeverCalled())
    assert report.attempts == [] and Outbox(sessions).items()[0].reason_code == AMBIGUOUS


# ---------------------------------------------------------------- another process killed mid-send
_CLAIMER = """
import sys
from pathlib import Path
from klaros_desktop.db import open_database
from klaros_desktop.paths import Profile
from klaros_desktop.services.messaging.outbox import Outbox

engine, sessions = open_database(Profile(Path(sys.argv[1])))
assert Outbox(sessions)._claim(int(sys.argv[2])) is not None
print("claimed", flush=True)
sys.stdin.read()  # in flight until killed
"""


def _claimed_elsewhere(profile, item_id):
    """A ``klaros send`` process that claimed the item (``sending``) and is now sending it."""
    import subprocess
    import sys

    child = subprocess.Popen([sys.executable, "-c", _CLAIMER, str(profile.root), str(item_id)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "claimed"
    return child


class _NeverSends:
    async def send_text(self, *args, **kwargs):
        raise AssertionError("an item another process may have sent must not be resent by itself")


async def test_an_item_whose_sending_process_was_killed_is_held_as_ambiguous_by_the_running_app(profile,
                                                                                                  sessions):
    """The app recovers ``sending`` items at its start; one claimed later by a ``klaros send`` that was then
    killed would stay ``sending`` for as long as the app runs (and block its contact's later messages). Its claim
    names the process, so the next flush sees it is gone and holds the item as "may have been sent"."""
    box = Outbox(sessions)  # the running app
    assert (await box.flush(_NeverSends())).attempts == []  # started: nothing to recover yet
    item = _left_sending(sessions, box, wamid=None)
    with sessions.begin() as s:
        s.execute(update(OutboxItem).values(state=PENDING, attempts=0))
    child = _claimed_elsewhere(profile, item.id)
    try:
        report = await box.flush(_NeverSends())  # the sender is alive: its item is left to it
        assert report.attempts == [] and box.items()[0].state == SENDING
    finally:
        child.kill()
        child.wait()
    report = await box.flush(_NeverSends())
    [held] = box.items()
    assert report.attempts == [] and (held.id, held.state, held.reason_code) == (item.id, HELD, AMBIGUOUS)
    assert _messages(sessions) == []  # its unaccepted attempt is not a bubble; the held item is
    assert "outbox_held" in _audit(sessions, item.correlation_id)


async def test_klaros_outbox_send_settles_a_killed_senders_item_too_and_a_sent_one_as_sent(profile, sessions):
    """``flush(recover=False)`` (``klaros outbox send``) never touches an item a live process is sending, but one
    whose process is gone is settled as at a start: sent if Meta gave it a wamid, else held as ambiguous."""
    box = Outbox(sessions)
    item = _left_sending(sessions, box, wamid="wamid.ACCEPTED")
    with sessions.begin() as s:
        s.execute(update(OutboxItem).values(state=PENDING, attempts=0))
    child = _claimed_elsewhere(profile, item.id)
    child.kill()
    child.wait()
    report = await Outbox(sessions).flush(_NeverSends(), recover=False)
    assert report.attempts == [] and box.items() == []
    assert _audit(sessions, item.correlation_id)[-1] == "outbox_sent"


async def test_a_claim_older_than_any_send_is_settled_even_if_its_process_number_runs_again(profile, sessions):
    """A process number is reused once its process is gone; a claim an hour old belongs to no send still running
    (none takes that long), so it is settled as ambiguous even though a process of that number runs."""
    box = Outbox(sessions)
    await box.flush(_NeverSends())
    item = _left_sending(sessions, box, wamid=None)
    with sessions.begin() as s:
        s.execute(update(OutboxItem).values(state=PENDING, attempts=0))
    child = _claimed_elsewhere(profile, item.id)  # alive: stands for the reused number
    try:
        assert (await box.flush(_NeverSends())).attempts == [] and box.items()[0].state == SENDING
        with sessions.begin() as s:
            s.execute(update(OutboxItem).values(claimed_at=utcnow() - outbox_module.CLAIM_STALE
                                                - timedelta(minutes=1)))
        await box.flush(_NeverSends())
        assert (box.items()[0].state, box.items()[0].reason_code) == (HELD, AMBIGUOUS)
    finally:
        child.kill()
        child.wait()


async def test_the_apps_own_claims_are_never_taken_for_a_dead_process(sessions):
    box = Outbox(sessions)
    await box.flush(_NeverSends())
    item = _left_sending(sessions, box, wamid=None)
    with sessions.begin() as s:
        s.execute(update(OutboxItem).values(state=PENDING, attempts=0))
    assert box._claim(item.id) is not None  # this process is sending it (another task, mid-send)
    assert (await Outbox(sessions).flush(_NeverSends(), recover=False)).attempts == []
    assert box.items()[0].state == SENDING


# ---------------------------------------------------------------- the shop owner's actions
def test_remove_and_edit_refuse_an_item_being_sent(sessions):
    item = _left_sending(sessions, Outbox(sessions), wamid=None)
    box = Outbox(sessions)
    assert box.remove(item.id) is None and len(box.items()) == 1
    box.recover()
    assert box.remove(item.id, how="edited").text == "Mitten im Senden" and box.items() == []
    assert _audit(sessions, item.correlation_id)[-1] == "outbox_removed"


def test_empty_message_is_refused_with_a_phrase(sessions):
    with pytest.raises(ValueError) as info:
        Outbox(sessions).add(1, CUSTOMER, "   ")
    assert isinstance(info.value.args[0], Phrase) and info.value.args[0].context == "Outbox"


# ---------------------------------------------------------------- migration, erasure, export
def test_migration_moves_the_old_json_list_into_the_table(profile):
    engine = db.make_engine(profile.database)
    config = db.alembic_config(engine)
    command.upgrade(config, "0002")
    queued = "2026-11-30T09:15:00+00:00"
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO contacts (id, phone_e164, notes, custom_fields, created_at, updated_at) "
                          "VALUES (7, :n, '', '{}', '2026-11-01 00:00:00', '2026-11-01 00:00:00')"), {"n": CUSTOMER})
        old = [{"id": "a1", "contact_id": 7, "number": CUSTOMER, "text": "Zweite",
                "queued_at": "2026-11-30T10:00:00+00:00"},
               {"id": "b2", "contact_id": 7, "number": CUSTOMER, "text": "Erste", "queued_at": queued},
               {"id": "c3", "contact_id": 99, "number": "+4915199999999", "text": "Kontakt weg",
                "queued_at": "2026-11-30T11:00:00+00:00"}]
        conn.execute(text("INSERT INTO app_settings (key, value) VALUES ('ui.outbox', :v)"), {"v": json.dumps(old)})
    command.upgrade(config, "head")
    engine.dispose()
    engine, sessions = db.open_database(profile)
    try:
        items = Outbox(sessions).items()
        assert [(i.text, i.state, i.correlation_id) for i in items] == [
            ("Erste", PENDING, f"outbox-{items[0].id}"), ("Zweite", PENDING, f"outbox-{items[1].id}"),
            ("Kontakt weg", PENDING, f"outbox-{items[2].id}")]
        assert items[0].queued_at.isoformat() == queued and items[0].contact_id == 7
        with sessions() as s:
            assert s.get(Contact, items[2].contact_id).phone_e164 == "+4915199999999"
            assert settings.get(s, "ui.outbox") is None
    finally:
        engine.dispose()


def test_erasure_deletes_the_contacts_outbox_items(sessions, profile):
    with sessions.begin() as s:
        anna, ben = Contact(phone_e164=CUSTOMER), Contact(phone_e164="+4915100000001")
        s.add_all([anna, ben])
    box = Outbox(sessions)
    for_anna = box.add(anna.id, CUSTOMER, "Für Anna")
    box.add(ben.id, "+4915100000001", "Für Ben")
    report = erase_contact(sessions, CUSTOMER, profile=profile)
    assert report.outbox_items == 1
    assert (report.changes.contacts, report.changes.outbox) == ({anna.id}, {for_anna.id})  # for the screens
    assert [i.text for i in box.items()] == ["Für Ben"]
    with sessions() as s:
        rows = list(s.scalars(select(AuditEvent)))
    assert CUSTOMER not in json.dumps([[r.subject, r.details] for r in rows])
    erased = next(r for r in rows if r.action == "contact.erase")
    assert erased.details["outbox_items"] == 1


def test_export_archive_has_the_outbox(sessions, profile, tmp_path):
    with sessions.begin() as s:
        anna = Contact(phone_e164=CUSTOMER)
        s.add(anna)
    item = Outbox(sessions).add(anna.id, CUSTOMER, "Kommt morgen.")
    report = write_archive(sessions, tmp_path / "a.zip")
    with zipfile.ZipFile(tmp_path / "a.zip") as archive:
        rows = [json.loads(line) for line in archive.read("outbox.jsonl").decode().splitlines()]
        readme = archive.read("README.md").decode()
    assert [(r["id"], r["text"], r["state"], r["correlation_id"]) for r in rows] == [
        (item.id, "Kommt morgen.", "pending", item.correlation_id)]
    assert report.counts["outbox.jsonl"] == 1 and "## outbox.jsonl (1 rows)" in readme
