"""A long conversation: the thread holds at most ``MessageModel.WINDOW`` messages, loads pages at both ends
while scrolling, keeps the message at the top of the view in place, and gets back to the newest."""

from __future__ import annotations

import importlib.util
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from sqlalchemy import text

from klaros_desktop.ui.item_models import MessageModel

_spec = importlib.util.spec_from_file_location("ui_conftest", Path(__file__).with_name("conftest.py"))
_conf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_conf)
WAIT_MS = _conf.WAIT_MS

COUNT = 2_500


@pytest.fixture
def long_chat(customer, sessions, now):
    """The customer's conversation with COUNT more messages, one a minute, ending an hour ago."""
    contact_id, conversation_id = customer
    start = now - timedelta(hours=1, minutes=COUNT)
    with sessions.begin() as s:
        for i in range(COUNT):
            when = (start + timedelta(minutes=i)).replace(tzinfo=None).isoformat(sep=" ")
            s.execute(text(
                "INSERT INTO messages(wamid, conversation_id, contact_id, direction, type, meta_type, text, timestamp, "
                "status, created_at) VALUES (:w, :c, :k, :d, 'text', 'text', :t, :ts, :st, :ts)"),
                {"w": f"wamid.LONG.{i:05d}", "c": conversation_id, "k": contact_id, "d": "out" if i % 2 else "in",
                 "t": f"Nachricht {i}", "ts": when, "st": "read" if i % 2 else "received"})
    return contact_id, conversation_id


def _texts(model: MessageModel) -> list[str]:
    return [r.text for r in model.rows if r.kind == "message"]


def test_model_keeps_a_window_and_pages_both_ways(qapp, sessions, long_chat):
    contact_id, conversation_id = long_chat
    model = MessageModel(sessions)
    model.open(conversation_id, contact_id)
    assert _texts(model)[-1] == "Haben Sie Tulpen?" and model.has_older and not model.has_newer
    while model.has_older:
        model.fetch_older()
        assert model.messages_loaded() <= MessageModel.WINDOW
    assert _texts(model)[0] == "Nachricht 0" and model.has_newer
    assert _texts(model) == [f"Nachricht {i}" for i in range(MessageModel.WINDOW)]
    while model.has_newer:
        model.fetch_newer()
        assert model.messages_loaded() <= MessageModel.WINDOW
    texts = _texts(model)
    assert texts[-1] == "Haben Sie Tulpen?" and model.has_older
    assert texts[:-1] == [f"Nachricht {i}" for i in range(COUNT - MessageModel.WINDOW + 1, COUNT)]


def test_thread_view_keeps_its_place_and_returns_to_the_newest(qtbot, backend, long_chat):
    from klaros_desktop.ui.inbox import InboxPage

    _contact_id, conversation_id = long_chat
    page = InboxPage(backend)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    assert page.select_conversation(conversation_id)
    thread, model = page.thread, page.messages
    bar = thread.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=WAIT_MS)
    first = model.rows[0]
    bar.setValue(0)  # reaching the top loads the older page
    assert model.messages_loaded() == 400 and model.rows[0] is not first
    assert model.rows[thread.indexAt(QPoint(0, 0)).row()] is first  # the reader's place stays put
    while model.has_older:
        bar.setValue(0)
    assert _texts(model)[0] == "Nachricht 0" and model.has_newer
    bar.blockSignals(True)
    bar.setValue(bar.maximum())  # at the bottom of what is loaded, still far back in the chat
    bar.blockSignals(False)
    thread.viewport().repaint()
    top = model.rows[thread.indexAt(QPoint(0, 0)).row()]
    thread._maybe_older(bar.value())  # what reaching the bottom does: load the newer page, drop the oldest
    assert model.messages_loaded() == MessageModel.WINDOW and _texts(model)[0] == f"Nachricht {200}"
    assert model.rows[thread.indexAt(QPoint(0, 0)).row()] is top and bar.value() < bar.maximum()
    thread.scroll_to_newest()
    assert not model.has_newer and _texts(model)[-1] == "Haben Sie Tulpen?"
    assert bar.value() == bar.maximum()
