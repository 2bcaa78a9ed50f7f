"""Change reports: a sync page (or any operation) names the rows it changed, and each screen re-reads only those.

The pages come through the real ``SyncService`` (sealed the way the relay seals them, opened with the device
key, applied in one transaction) and reach the screens through ``Backend.applied``, as in the app.
"""

from __future__ import annotations

import asyncio
import importlib.util
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from klaros_desktop.models import Conversation, Message
from klaros_desktop.relay_client import DeviceKey
from klaros_desktop.services.core.changes import Changes
from klaros_desktop.services.inbound.apply import WebhookApplier
from klaros_desktop.services.inbound.sync import SyncService
from klaros_desktop.services.reads import queries
from klaros_desktop.ui.inbox import InboxPage
from klaros_desktop.ui.templates_page import TemplatesPage


def _load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_conf = _load(Path(__file__).with_name("conftest.py"), "ui_conftest_changes")
WAIT_MS, envelope, status_body, text_message = _conf.WAIT_MS, _conf.envelope, _conf.status_body, _conf.text_message
OnePageRelay = _conf.OnePageRelay

TENANT, DEVICE = "tenant-1", "dev-1"


@pytest.fixture
def sync(sessions, backend):
    """``sync(*bodies)``: one page through the real sync service, reported to the backend as the app does."""
    key = DeviceKey.generate()
    relay = OnePageRelay(key, TENANT, DEVICE)
    service = SyncService(sessions, relay, device_id=DEVICE, tenant_id=TENANT, key=key)
    service.on_applied = backend.applied

    def _sync(*bodies: dict):
        relay.add(*bodies)
        return asyncio.run(service.pull_and_apply())

    return _sync


@pytest.fixture
def hundred_chats(sessions, now) -> list[str]:
    """100 customers who wrote over the last two hours (one batch, as sync would apply it); their numbers,
    oldest chat first."""
    numbers = [f"4915112{i:06d}" for i in range(100)]
    start = now - timedelta(hours=2)
    with sessions.begin() as s:
        WebhookApplier(s).apply_batch([
            (text_message(n, f"wamid.SEED.{i}", f"Hallo {i}", start + timedelta(minutes=i), f"Kunde {i}"), "seed")
            for i, n in enumerate(numbers)])
    return numbers


def _conversation_ids(sessions, numbers: list[str]) -> list[int]:
    from klaros_desktop.models import Contact

    with sessions() as s:
        by_number = dict(s.execute(select(Contact.wa_id, Conversation.id)
                                   .join(Conversation, Conversation.contact_id == Contact.id)).all())
    return [by_number[n] for n in numbers]


class Reads:
    """Counts the conversation rows the screens read while it is on (the paged list read and the by-id one)."""

    def __init__(self, monkeypatch):
        self.calls: list[tuple[str, object]] = []
        self.rows = 0
        for name in ("conversations", "conversation_rows"):  # a missing one fails here, never counts nothing
            monkeypatch.setattr(queries, name, self._spy(name, getattr(queries, name)))

    def _spy(self, name, original):
        def spy(*args, **kwargs):
            found = original(*args, **kwargs)
            self.calls.append((name, kwargs.get("ids", args[2] if len(args) > 2 else None)))
            self.rows += len(found)
            return found

        return spy


class ModelSignals:
    """What a Qt item model told its views."""

    def __init__(self, model):
        self.changed: list[tuple[int, int]] = []
        self.structure: list[str] = []
        model.dataChanged.connect(lambda top, bottom, *_: self.changed.append((top.row(), bottom.row())))
        for name in ("modelReset", "rowsInserted", "rowsRemoved", "rowsMoved", "layoutChanged"):
            getattr(model, name).connect(lambda *_a, n=name: self.structure.append(n))


def _inbox(qtbot, backend) -> InboxPage:
    page = InboxPage(backend)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page


def test_a_sync_page_touching_3_of_100_chats_names_them_and_the_list_rereads_only_those(
        qtbot, backend, sessions, sync, hundred_chats, now, monkeypatch):
    page = _inbox(qtbot, backend)
    model = page.conversations
    assert model.rowCount() == 100
    before = {row.id: row for row in model.rows}
    touched = [hundred_chats[5], hundred_chats[50], hundred_chats[97]]
    touched_ids = _conversation_ids(sessions, touched)
    reads = Reads(monkeypatch)
    signals = ModelSignals(model)

    with qtbot.waitSignal(backend.data_changed, timeout=WAIT_MS) as emitted:
        report = sync(*(text_message(n, f"wamid.NEW.{i}", "Noch da?", now - timedelta(seconds=30 - i))
                        for i, n in enumerate(touched)))

    assert report.stats.messages == 3
    assert reads.rows == 3  # the three changed rows, not the 100 loaded ones
    assert [name for name, _ids in reads.calls] == ["conversation_rows"]
    assert set(reads.calls[0][1]) == set(touched_ids)
    changes = emitted.args[0]
    assert isinstance(changes, Changes)
    assert changes.conversations == set(touched_ids) and not changes.everything
    assert "modelReset" not in signals.structure
    assert [row.id for row in model.rows[:3]] == touched_ids[::-1]  # newest message first
    assert [row.unread for row in model.rows[:3]] == [2, 2, 2] and model.rows[0].preview == "Noch da?"
    untouched = [row for row in model.rows if row.id not in touched_ids]
    assert len(untouched) == 97 and all(row is before[row.id] for row in untouched)  # not read again
    assert [row.id for row in untouched] == [row_id for row_id in before if row_id not in touched_ids]


def test_a_status_change_repaints_only_its_chat_and_the_open_thread(qtbot, backend, sessions, sync, hundred_chats,
                                                                   now, monkeypatch):
    number = hundred_chats[40]
    [conversation_id] = _conversation_ids(sessions, [number])
    outcome = asyncio.run(backend.messenger.send_text("+" + number, "Ja, bis 18 Uhr."))
    assert outcome.sent
    page = _inbox(qtbot, backend)
    assert page.select_conversation(conversation_id)
    model = page.conversations
    row = model.row_of(conversation_id)
    assert model.rows[row].preview_status == "accepted"
    others = {r.id: r for r in model.rows if r.id != conversation_id}
    reads = Reads(monkeypatch)
    signals = ModelSignals(model)

    with qtbot.waitSignal(backend.data_changed, timeout=WAIT_MS) as emitted:
        sync(status_body(outcome.wamid, "delivered", now, number))

    assert signals.changed == [(row, row)] and signals.structure == []  # repainted in place, nothing moved
    assert model.rows[row].preview_status == "delivered" and reads.rows == 1
    assert all(r is others[r.id] for r in model.rows if r.id != conversation_id)
    assert [r.status for r in page.messages.rows if r.direction == "out"] == ["delivered"]
    changes = emitted.args[0]
    with sessions() as s:
        message_id = s.scalar(select(Message.id).where(Message.wamid == outcome.wamid))
    assert changes.messages == {message_id} and changes.conversations == {conversation_id}


def test_a_template_change_reloads_the_templates_but_not_the_chat_list(qtbot, backend, sessions, sync, hundred_chats,
                                                                      approved_template, monkeypatch):
    inbox = _inbox(qtbot, backend)
    templates = TemplatesPage(backend)
    qtbot.addWidget(templates)
    [conversation_id] = _conversation_ids(sessions, [hundred_chats[10]])
    assert inbox.select_conversation(conversation_id)
    thread_reads = []
    monkeypatch.setattr(queries, "latest_messages",
                        lambda *a, _read=queries.latest_messages, **k: thread_reads.append(a) or _read(*a, **k))
    reads = Reads(monkeypatch)
    signals = ModelSignals(inbox.conversations)
    body = envelope({"event": "APPROVED", "message_template_id": 2, "message_template_name": "draft_offer",
                     "message_template_language": "de", "reason": "NONE"}, field="message_template_status_update")

    with qtbot.waitSignal(backend.data_changed, timeout=WAIT_MS) as emitted:
        sync(body)

    assert {t.name: t.status for t in templates.model.rows}["draft_offer"] == "APPROVED"
    assert reads.calls == [] and signals.changed == [] and signals.structure == []  # the chat list stayed
    assert thread_reads == []  # and so did the open thread
    changes = emitted.args[0]
    assert len(changes.templates) == 1 and not changes.conversations and not changes.contacts


@pytest.mark.parametrize("key", ["all", "unread"])
def test_the_list_after_many_reports_is_the_list_read_afresh(qtbot, backend, sessions, apply, hundred_chats, now,
                                                             monkeypatch, key):
    """Messages to old and new chats, in and out of order, read chats, under a filter and with a page boundary:
    the rows merged report by report are the rows (and data) a fresh read gives."""
    import random

    from klaros_desktop.services.inbound.sync import SyncReport
    from klaros_desktop.services.messaging import conversations

    monkeypatch.setattr(queries, "PAGE", 40)  # 100 chats: the list holds the first page and more wait
    page = _inbox(qtbot, backend)
    page.filter_box.setCurrentIndex(page.filter_box.findData(key))
    model = page.conversations
    rng = random.Random(7)
    numbers = list(hundred_chats) + [f"4915113{i:06d}" for i in range(20)]  # 20 customers not seen yet
    ids = _conversation_ids(sessions, hundred_chats)
    for step in range(40):
        if step % 5 == 4:  # the shop owner read some chats
            changes = Changes.combined(conversations.mark_read(sessions, i) for i in rng.sample(ids, 5))
            backend.changed(changes)
        else:
            bodies = [text_message(n, f"wamid.R.{step}.{j}", "Hallo?",
                                   now - timedelta(minutes=rng.randrange(0, 180)))
                      for j, n in enumerate(rng.sample(numbers, rng.randrange(1, 6)))]
            backend.applied(SyncReport(stats=apply(*bodies)))
        with sessions() as s:
            fresh = queries.conversations(s, model.filter, limit=len(model.rows))
        assert [r.id for r in model.rows] == [r.id for r in fresh], step
        assert [(r.unread, r.preview, r.last_at) for r in model.rows] == [(r.unread, r.preview, r.last_at)
                                                                          for r in fresh], step
        if step in (19, 39):
            assert model.canFetchMore()
            model.fetchMore()  # paging on from the merged rows brings no row twice
            assert len({r.id for r in model.rows}) == len(model.rows)


def test_the_contacts_table_after_many_edits_is_the_table_read_afresh(qtbot, backend, sessions, hundred_chats,
                                                                      monkeypatch):
    """New contacts and renames (case, accents, no name at all) land where the table's SQL order puts them."""
    import random

    from klaros_desktop.services.people import contact_edit
    from klaros_desktop.ui.contacts_page import ContactsPage

    monkeypatch.setattr(queries, "PAGE", 30)
    page = ContactsPage(backend)
    qtbot.addWidget(page)
    model = page.model
    rng = random.Random(11)
    words = ["anna", "Anna", "Émile", "emil", "zoe", "Zoë", "bernd", "Kunde 5", "kunde 50", "ärger", "Ärger", ""]
    for step in range(30):
        if step % 2 and model.rows:
            form = contact_edit.load(sessions, rng.choice(model.rows).id)
            form.display_name = rng.choice(words)
        else:
            form = contact_edit.ContactForm(display_name=rng.choice(words[:-1]) + f" {step}")
        backend.changed(contact_edit.save(sessions, form).changes)
        with sessions() as s:
            fresh = queries.contacts(s, model.filter, limit=len(model.rows))
        assert [(r.id, r.name) for r in model.rows] == [(r.id, r.name) for r in fresh], step
        if step == 15:
            model.fetchMore()
