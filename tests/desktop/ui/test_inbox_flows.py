"""The inbox flows of issue 7: reply inside the window and see the ticks advance; window expired -> template
picker; STOP received -> composer blocked; offline outbox, then reconnect (window re-checked then)."""

from __future__ import annotations

import importlib.util
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select, update

from klaros_desktop.models import Message, OutboxItem
from klaros_desktop.services.core.changes import Changes
from klaros_desktop.services.inbound.sync import SyncReport
from klaros_desktop.ui import composer as composer_module
from klaros_desktop.ui.delegates import TICKS
from klaros_desktop.ui.inbox import InboxPage

_spec = importlib.util.spec_from_file_location("ui_conftest", Path(__file__).with_name("conftest.py"))
_conf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_conf)
WAIT_MS, status_body, text_message = _conf.WAIT_MS, _conf.status_body, _conf.text_message
days_before_today = _conf.days_before_today


def _open(qtbot, backend, conversation_id) -> InboxPage:
    page = InboxPage(backend)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    assert page.select_conversation(conversation_id)
    return page


def _outgoing(page: InboxPage):
    return [r for r in page.messages.rows if r.direction == "out"]


def test_reply_inside_window_and_ticks_advance(qtbot, backend, graph, customer, apply, now, sessions):
    _contact_id, conversation_id = customer
    page = _open(qtbot, backend, conversation_id)
    qtbot.waitUntil(lambda: page.composer.mode == composer_module.TEXT, timeout=WAIT_MS)
    qtbot.keyClicks(page.composer.text, "Ja, rote und gelbe.")
    qtbot.keyClick(page.composer.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: [r.status for r in _outgoing(page)] == ["accepted"], timeout=WAIT_MS)
    assert graph.sent == [("text", "4915112345678", "Ja, rote und gelbe.")]
    assert page.composer.text.toPlainText() == ""
    wamid = _outgoing(page)[0].wamid
    assert TICKS["accepted"] == "✓"

    for status, tick in (("sent", "✓"), ("delivered", "✓✓"), ("read", "✓✓")):
        stats = apply(status_body(wamid, status, now + timedelta(seconds=5), "4915112345678"))
        backend.applied(SyncReport(stats=stats))  # what sync does after applying a page
        qtbot.waitUntil(lambda s=status: _outgoing(page)[0].status == s, timeout=WAIT_MS)
        assert TICKS[_outgoing(page)[0].status] == tick
    with sessions() as s:
        assert s.scalar(select(Message.status).where(Message.wamid == wamid)) == "read"


def test_window_expired_offers_templates_with_preview(qtbot, backend, graph, apply, now, sessions,
                                                      approved_template):
    from klaros_desktop.models import Conversation

    apply(text_message("4915112345679", "wamid.IN.9", "Danke!", now - timedelta(hours=30), "Jonas"))
    with sessions() as s:
        conversation_id = s.scalar(select(Conversation.id))
    page = _open(qtbot, backend, conversation_id)
    composer = page.composer
    qtbot.waitUntil(lambda: composer.mode == composer_module.TEMPLATE, timeout=WAIT_MS)
    assert "window closed" in composer.window_note.text()
    assert [c.name for c in composer.state.templates] == ["order_ready"]  # the pending one is not offered
    assert len(composer.variable_edits) == 2
    assert composer.variable_edits[0].text() == "Jonas"  # "Hallo {{1}}" is the greeting: prefilled
    assert not composer.template_send.isEnabled()  # {{2}} still empty
    composer.variable_edits[1].setText("A-17")
    assert composer.preview_text() == "Hallo Jonas, Ihre Bestellung A-17 ist da."
    assert composer.template_send.isEnabled()
    qtbot.mouseClick(composer.template_send, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(graph.sent) == 1, timeout=WAIT_MS)
    kind, to, name, language, components = graph.sent[0]
    assert (kind, to, name, language) == ("template", "4915112345679", "order_ready", "de")
    assert [p["text"] for p in components[0]["parameters"]] == ["Jonas", "A-17"]
    qtbot.waitUntil(lambda: [r.text for r in _outgoing(page)] == ["Hallo Jonas, Ihre Bestellung A-17 ist da."],
                    timeout=WAIT_MS)


def test_stop_received_blocks_the_composer(qtbot, backend, graph, customer, apply, now):
    _contact_id, conversation_id = customer
    page = _open(qtbot, backend, conversation_id)
    qtbot.waitUntil(lambda: page.composer.mode == composer_module.TEXT, timeout=WAIT_MS)
    backend.applied(SyncReport(stats=apply(text_message("4915112345678", "wamid.IN.2", "STOP",
                                                        now - timedelta(minutes=1), "Anna"))))
    qtbot.waitUntil(lambda: page.composer.mode == composer_module.BLOCKED, timeout=WAIT_MS)
    assert "opted out" in page.composer.blocked_label.text()
    assert page.current.opted_out and page.window_state.text().endswith("Opted out · cannot be messaged")
    assert page.composer.stack.currentIndex() == 2
    notices = [r for r in page.messages.rows if r.kind == "notice"]
    day = {0: "today", 1: "yesterday"}[days_before_today(now - timedelta(minutes=1))]
    assert len(notices) == 1 and notices[0].text.startswith(f"Opted out of all messages via STOP {day} at ")
    page.composer.send_text()  # nothing to send from a blocked composer
    assert graph.sent == []


def test_offline_outbox_goes_out_on_reconnect(qtbot, backend, graph, customer, sessions, wait_ops):
    contact_id, conversation_id = customer
    backend.set_online(False)
    page = _open(qtbot, backend, conversation_id)
    qtbot.waitUntil(lambda: page.composer.mode == composer_module.TEXT, timeout=WAIT_MS)
    assert page.composer.banner.isVisibleTo(page)
    page.composer.text.setPlainText("Kommt morgen.")
    page.composer.send_text()
    qtbot.waitUntil(lambda: [r.kind for r in page.messages.rows][-1:] == ["queued"], timeout=WAIT_MS)
    assert graph.sent == []
    assert [i.text for i in backend.outbox.items(contact_id)] == ["Kommt morgen."]
    qtbot.waitUntil(lambda: backend.outbox_counts == (1, 0), timeout=WAIT_MS)
    from klaros_desktop.services.core import settings

    with sessions.begin() as s:  # paired, so "offline" means a lost connection
        settings.set_value(s, settings.RELAY_URL, "https://relay.example.com")
    backend.changed(Changes(settings=True))
    qtbot.waitUntil(lambda: backend.set_up, timeout=WAIT_MS)
    status = backend.status_text()  # said once, not twice: "Offline since 14:05  ·  1 message waiting to be sent"
    assert status.startswith("Offline since ") and status.endswith("1 message waiting to be sent") \
        and "wait in" not in status

    with qtbot.waitSignal(backend.outbox_result, timeout=WAIT_MS) as result:
        backend.set_online(True)
    assert getattr(result.args[1], "sent", False)
    assert graph.sent == [("text", "4915112345678", "Kommt morgen.")]
    assert backend.outbox.items() == []
    qtbot.waitUntil(lambda: [r.kind for r in page.messages.rows if r.direction == "out"] == ["message"],
                    timeout=WAIT_MS)
    wait_ops()


def test_outbox_rechecks_the_window_at_reconnect(qtbot, backend, graph, customer, apply, now):
    """Queued while the window was open, but the customer sent STOP before the connection came back."""
    contact_id, _conversation_id = customer
    backend.set_online(False)
    backend.outbox.add(contact_id, "+4915112345678", "Noch ein Angebot!")
    apply(text_message("4915112345678", "wamid.IN.3", "STOP", now - timedelta(minutes=1), "Anna"))
    with qtbot.waitSignal(backend.outbox_result, timeout=WAIT_MS) as result:
        backend.set_online(True)
    outcome = result.args[1]
    assert not outcome.sent and outcome.decision.reason_code == "opted_out"
    assert graph.sent == []
    [held] = backend.outbox.items()  # held with the reason for the shop owner; the text is kept, not retried
    assert (held.state, held.reason_code, held.text) == ("held", "opted_out", "Noch ein Angebot!")


def test_outbox_item_is_refused_when_the_window_closed_while_offline(qtbot, backend, graph, apply, now, sessions):
    """Queued 23 h 59 min after the customer wrote; by the time Klaros is back online the window has closed."""
    from sqlalchemy import update

    from klaros_desktop.models import Contact, Conversation

    apply(text_message("4915112345680", "wamid.IN.20", "Bis morgen?", now - timedelta(hours=23, minutes=59), "Ole"))
    with sessions() as s:
        contact_id = s.scalar(select(Contact.id))
    backend.set_online(False)
    backend.outbox.add(contact_id, "+4915112345680", "Ja, bis morgen!")
    with sessions.begin() as s:  # two minutes later: the last inbound message is now more than 24 hours old
        s.execute(update(Conversation).values(last_inbound_at=now - timedelta(hours=24, minutes=1)))
    with qtbot.waitSignal(backend.outbox_result, timeout=WAIT_MS) as result:
        backend.set_online(True)
    outcome = result.args[1]
    assert not outcome.sent and outcome.decision.reason_code == "outside_window"
    assert graph.sent == [] and [i.reason_code for i in backend.outbox.items()] == ["outside_window"]


# ---------------------------------------------------------------- held outbox items in the thread
def _held(qtbot, backend, page, contact_id, text):
    """Queue ``text`` offline, then let the reconnect refuse it (the window closed meanwhile)."""
    from sqlalchemy import update

    from klaros_desktop.models import Conversation, utcnow

    backend.set_online(False)
    backend.outbox.add(contact_id, "+4915112345678", text)
    with backend.sessions.begin() as s:
        s.execute(update(Conversation).values(last_inbound_at=utcnow() - timedelta(hours=25)))
    with qtbot.waitSignal(backend.outbox_result, timeout=WAIT_MS):
        backend.set_online(True)
    qtbot.waitUntil(lambda: len(page.thread.held_bubbles()) == 1, timeout=WAIT_MS)
    return page.thread.held_bubbles()[0]


def test_a_held_meta_refusal_says_what_a_failed_message_says(qtbot, backend, graph, customer, monkeypatch):
    """Meta refused a queued text for good: the held bubble and the status-bar notice use the catalogue's
    sentence (``graph.errors.failure_reason``), as a failed message's bubble does, not words of their own."""
    from klaros_desktop.graph.errors import GraphError, failure_reason
    from klaros_desktop.ui.i18n import render

    contact_id, conversation_id = customer
    page = _open(qtbot, backend, conversation_id)
    notices = []
    page.notice.connect(notices.append)
    details = "Message failed to send because the user's phone number is not on WhatsApp."

    async def refused(*_args, **_kwargs):
        raise GraphError.from_response(400, {"error": {"code": 131026, "message": "(#131026) Message undeliverable",
                                                       "error_data": {"details": details}}})

    monkeypatch.setattr(graph, "send_text", refused)
    backend.set_online(False)
    backend.outbox.add(contact_id, "+4915112345678", "Hallo")
    with qtbot.waitSignal(backend.outbox_result, timeout=WAIT_MS):
        backend.set_online(True)
    qtbot.waitUntil(lambda: len(page.thread.held_bubbles()) == 1, timeout=WAIT_MS)
    bubble = page.thread.held_bubbles()[0]
    expected = render(failure_reason(131026, "Message undeliverable", details))
    assert expected.startswith("Not delivered: The message could not be delivered.")
    assert bubble.reason.text() == expected and bubble.item.reason_code == "meta_error"
    assert notices[-1].endswith(f"was not sent: {expected}")


def _reopen_window(backend, now):
    from sqlalchemy import update

    from klaros_desktop.models import Conversation

    with backend.sessions.begin() as s:
        s.execute(update(Conversation).values(last_inbound_at=now - timedelta(minutes=5)))


def test_held_bubble_shows_the_reason_and_send_again_sends_it(qtbot, backend, graph, customer, now, wait_ops):
    contact_id, conversation_id = customer
    page = _open(qtbot, backend, conversation_id)
    bubble = _held(qtbot, backend, page, contact_id, "Ja, bis morgen!")
    assert bubble.body.text() == "Ja, bis morgen!"
    assert "24-hour window had closed" in bubble.reason.text()
    assert [b.accessibleName() for b in bubble.buttons] == [
        "Send this message again", "Edit this message in the composer", "Copy the text of this message",
        "Delete this message"]
    assert all(b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in bubble.buttons)
    assert bubble.isVisible() and bubble.frame.width() <= page.thread.viewport().width()
    assert page.current is not None
    qtbot.waitUntil(lambda: page.conversations.rows[0].held == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: backend.status_text().endswith("1 message not sent: the chat marked “Not sent” says why"),
                    timeout=WAIT_MS)

    qtbot.waitUntil(lambda: page.composer.mode == composer_module.TEMPLATE, timeout=WAIT_MS)
    _reopen_window(backend, now)  # the customer wrote again: Send again goes out now
    with qtbot.waitSignal(backend.outbox_result, timeout=WAIT_MS) as result:
        qtbot.mouseClick(bubble.buttons[0], Qt.MouseButton.LeftButton)
    assert result.args[1].sent
    assert graph.sent == [("text", "4915112345678", "Ja, bis morgen!")]
    qtbot.waitUntil(lambda: page.thread.held_bubbles() == [] and [r.kind for r in _outgoing(page)] == ["message"],
                    timeout=WAIT_MS)
    qtbot.waitUntil(lambda: backend.outbox_counts == (0, 0), timeout=WAIT_MS)
    wait_ops()


def test_send_again_with_the_window_still_closed_keeps_it_held_and_offers_templates(
        qtbot, backend, graph, customer, approved_template, wait_ops):
    contact_id, conversation_id = customer
    page = _open(qtbot, backend, conversation_id)
    bubble = _held(qtbot, backend, page, contact_id, "Ja, bis morgen!")
    with qtbot.waitSignal(backend.outbox_result, timeout=WAIT_MS):
        bubble.buttons[0].click()
    assert graph.sent == []
    qtbot.waitUntil(lambda: len(page.thread.held_bubbles()) == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: page.composer.mode == composer_module.TEMPLATE, timeout=WAIT_MS)
    assert [c.name for c in page.composer.state.templates] == ["order_ready"]
    wait_ops()


def test_edit_puts_the_text_back_in_the_composer_and_delete_asks_first(qtbot, backend, graph, customer, now,
                                                                        wait_ops):
    contact_id, conversation_id = customer
    page = _open(qtbot, backend, conversation_id)
    bubble = _held(qtbot, backend, page, contact_id, "Ja, bis morgen!")
    bubble.buttons[1].click()  # window closed: the text stays held, the composer cannot take it as free text
    wait_ops()
    assert len(backend.outbox.items()) == 1

    _reopen_window(backend, now)
    page.composer.recheck()
    qtbot.waitUntil(lambda: page.composer.mode == composer_module.TEXT, timeout=WAIT_MS)
    page.thread.held_bubbles()[0].buttons[1].click()
    qtbot.waitUntil(lambda: page.composer.text.toPlainText() == "Ja, bis morgen!", timeout=WAIT_MS)
    assert backend.outbox.items() == [] and graph.sent == []
    qtbot.waitUntil(lambda: page.thread.held_bubbles() == [], timeout=WAIT_MS)

    bubble = _held(qtbot, backend, page, contact_id, "Noch eins")
    asked = []
    page.confirm = lambda title, question: asked.append(question) or False  # Cancel: nothing happens
    bubble.buttons[3].click()
    wait_ops()
    assert len(asked) == 1 and len(backend.outbox.items()) == 1
    page.confirm = lambda title, question: True
    bubble.buttons[3].click()
    qtbot.waitUntil(lambda: backend.outbox.items() == [] and page.thread.held_bubbles() == [], timeout=WAIT_MS)
    wait_ops()


def test_a_waiting_message_can_be_edited_or_deleted_from_its_row_before_it_goes(qtbot, backend, graph, customer,
                                                                                 wait_ops):
    contact_id, conversation_id = customer
    backend.set_online(False)
    page = _open(qtbot, backend, conversation_id)
    qtbot.waitUntil(lambda: page.composer.mode == composer_module.TEXT, timeout=WAIT_MS)

    def queued_index():
        rows = page.messages.rows
        return page.messages.index(next(i for i, r in enumerate(rows) if r.kind == "queued"))

    def labels(index):
        return [a.text() for a in page.thread.row_actions(index, page)]

    for text in ("Falscher Text", "Kommt morgen."):
        page.composer.text.setPlainText(text)
        page.composer.send_text()
        qtbot.waitUntil(lambda t=text: [i.text for i in backend.outbox.items(contact_id)][-1:] == [t],
                        timeout=WAIT_MS)
    qtbot.waitUntil(lambda: [r.kind for r in page.messages.rows].count("queued") == 2, timeout=WAIT_MS)
    assert labels(queued_index()) == ["Edit before it goes", "Copy text", "Delete…"]
    inbound = page.messages.index(next(i for i, r in enumerate(page.messages.rows) if r.direction == "in"))
    assert labels(inbound) == ["Reply", "React…", "Copy text", "Forward…"]  # a message that went: no edit or delete

    page.confirm = lambda title, question: True
    page.thread.row_actions(queued_index(), page)[2].trigger()  # Delete… the first one
    qtbot.waitUntil(lambda: [i.text for i in backend.outbox.items(contact_id)] == ["Kommt morgen."], timeout=WAIT_MS)
    qtbot.waitUntil(lambda: [r.kind for r in page.messages.rows].count("queued") == 1, timeout=WAIT_MS)

    page.thread.row_actions(queued_index(), page)[0].trigger()  # Edit: back into the composer, out of the outbox
    qtbot.waitUntil(lambda: page.composer.text.toPlainText() == "Kommt morgen.", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: backend.outbox.items() == [], timeout=WAIT_MS)
    backend.set_online(True)
    wait_ops()
    assert graph.sent == []  # nothing went out that the shop owner took back


def test_held_actions_wrap_in_a_narrow_window(qtbot, backend, graph, customer, wait_ops):
    contact_id, conversation_id = customer
    page = _open(qtbot, backend, conversation_id)
    bubble = _held(qtbot, backend, page, contact_id, "Ja, bis morgen!")
    page.resize(640, 600)
    for width in (300, 900):
        bubble.height_for(width)
        inner = bubble.frame.width() - 20
        rows: dict[int, int] = {}
        for button in bubble.buttons:
            row = bubble.actions.getItemPosition(bubble.actions.indexOf(button))[0]
            rows[row] = rows.get(row, 0) + button.sizeHint().width()
        assert all(total <= inner for total in rows.values()), (width, rows, inner)
    wait_ops()


def test_a_transient_failure_is_retried_by_the_timer_while_online(qtbot, backend, graph, customer, monkeypatch,
                                                                  wait_ops):
    """Meta answered 503 once: the item waits (no failed bubble), and the backend's timer sends it by itself."""
    from datetime import timedelta as td

    from klaros_desktop.graph.errors import ServerError
    from klaros_desktop.services.messaging import outbox as outbox_module

    monkeypatch.setattr(outbox_module, "BACKOFF_FIRST", td(milliseconds=300))
    contact_id, conversation_id = customer
    page = _open(qtbot, backend, conversation_id)
    backend.set_online(False)
    backend.outbox.add(contact_id, "+4915112345678", "Kommt gleich.")
    real_send = graph.send_text
    failures = [ServerError(code=131016, title="Service unavailable", http_status=503, retryable=True)]

    async def flaky(*args, **kwargs):
        if failures:
            raise failures.pop()
        return await real_send(*args, **kwargs)

    graph.send_text = flaky
    with qtbot.waitSignal(backend.outbox_result, timeout=WAIT_MS) as first:
        backend.set_online(True)
    assert not first.args[1].sent and first.args[0].state == "pending" and first.args[0].attempts == 1
    qtbot.waitUntil(lambda: [r.kind for r in _outgoing(page)] == ["queued"], timeout=WAIT_MS)
    with qtbot.waitSignal(backend.outbox_result, timeout=WAIT_MS) as second:  # no reconnect: the timer
        pass
    assert second.args[1].sent and graph.sent == [("text", "4915112345678", "Kommt gleich.")]
    qtbot.waitUntil(lambda: [r.kind for r in _outgoing(page)] == ["message"], timeout=WAIT_MS)
    wait_ops()


# ---------------------------------------------------------------- a template written offline
def _template_chosen(qtbot, backend, apply, now, sessions):
    """Jonas wrote 30 hours ago: the composer offers templates; ``order_ready`` chosen and filled in."""
    from klaros_desktop.models import Conversation

    apply(text_message("4915112345679", "wamid.IN.9", "Danke!", now - timedelta(hours=30), "Jonas"))
    with sessions() as s:
        conversation_id = s.scalar(select(Conversation.id))
    page = _open(qtbot, backend, conversation_id)
    composer = page.composer
    qtbot.waitUntil(lambda: composer.mode == composer_module.TEMPLATE, timeout=WAIT_MS)
    composer.variable_edits[1].setText("A-17")
    return page


def test_a_template_written_offline_waits_in_the_outbox_and_goes_once_on_reconnect(
        qtbot, backend, graph, apply, now, sessions, approved_template, wait_ops):
    backend.set_online(False)
    page = _template_chosen(qtbot, backend, apply, now, sessions)
    composer = page.composer
    assert composer.template_send.isEnabled()  # offline, the template can still be written: it waits
    composer.template_send.click()
    qtbot.waitUntil(lambda: [r.kind for r in page.messages.rows][-1:] == ["queued"], timeout=WAIT_MS)
    queued = page.messages.rows[-1]
    assert queued.text == "Hallo Jonas, Ihre Bestellung A-17 ist da." and queued.template_name == "order_ready"
    assert graph.sent == []
    [item] = backend.outbox.items()
    assert (item.template_name, item.template_language, item.template_values) == (
        "order_ready", "de", {"params": ["Jonas", "A-17"]})
    with qtbot.waitSignal(backend.outbox_result, timeout=WAIT_MS) as result:
        backend.set_online(True)
    assert getattr(result.args[1], "sent", False)
    [(kind, to, name, language, components)] = graph.sent
    assert (kind, to, name, language) == ("template", "4915112345679", "order_ready", "de")
    assert [p["text"] for p in components[0]["parameters"]] == ["Jonas", "A-17"]
    qtbot.waitUntil(lambda: [(r.kind, r.text) for r in _outgoing(page)] == [
        ("message", "Hallo Jonas, Ihre Bestellung A-17 ist da.")], timeout=WAIT_MS)
    assert backend.outbox.items() == []
    wait_ops()


def test_a_template_whose_connection_fails_before_it_leaves_is_queued_not_failed(
        qtbot, backend, graph, apply, now, sessions, approved_template, wait_ops, monkeypatch):
    import httpx

    page = _template_chosen(qtbot, backend, apply, now, sessions)
    sent = graph.send_template

    async def unreachable(*args, **kwargs):
        raise httpx.ConnectError("no route to host")

    monkeypatch.setattr(graph, "send_template", unreachable)
    page.composer.template_send.click()
    qtbot.waitUntil(lambda: [r.kind for r in _outgoing(page)] == ["queued"], timeout=WAIT_MS)
    wait_ops()
    [item] = backend.outbox.items()
    assert item.state == "pending" and item.attempts == 1
    with sessions() as s:
        assert s.scalars(select(Message).where(Message.direction == "out")).all() == []  # no failed bubble
    monkeypatch.setattr(graph, "send_template", sent)
    with sessions.begin() as s:
        s.execute(update(OutboxItem).values(next_attempt_at=None))
    with qtbot.waitSignal(backend.outbox_result, timeout=WAIT_MS) as result:
        backend.flush_outbox()
    assert getattr(result.args[1], "sent", False) and len(graph.sent) == 1
    wait_ops()


def test_a_template_queued_for_a_contact_who_opted_out_meanwhile_is_held_with_the_reason(
        qtbot, backend, graph, apply, now, sessions, approved_template, wait_ops):
    backend.set_online(False)
    page = _template_chosen(qtbot, backend, apply, now, sessions)
    page.composer.template_send.click()
    qtbot.waitUntil(lambda: [r.kind for r in _outgoing(page)] == ["queued"], timeout=WAIT_MS)
    backend.applied(SyncReport(stats=apply(text_message("4915112345679", "wamid.IN.10", "STOP", now, "Jonas"))))
    with qtbot.waitSignal(backend.outbox_result, timeout=WAIT_MS):
        backend.set_online(True)
    assert graph.sent == []
    [held] = backend.outbox.items()
    assert held.reason_code == "opted_out"
    qtbot.waitUntil(lambda: [r.kind for r in _outgoing(page)] == ["held"], timeout=WAIT_MS)
    qtbot.waitUntil(lambda: len(page.thread.held_bubbles()) == 1, timeout=WAIT_MS)
    [bubble] = page.thread.held_bubbles()
    assert "opted out" in bubble.reason.text() and bubble.item.template_name == "order_ready"
    wait_ops()
