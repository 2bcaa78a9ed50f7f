"""The chat list's search as you type: it asks the database off the GUI thread, and what a slower, older search
answers never replaces what a newer one already showed."""

from __future__ import annotations

import importlib.util
import threading
from pathlib import Path

from klaros_desktop.ui.inbox import InboxPage

_spec = importlib.util.spec_from_file_location("ui_conftest", Path(__file__).with_name("conftest.py"))
_conf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_conf)
WAIT_MS, text_message = _conf.WAIT_MS, _conf.text_message


def _page(qtbot, backend) -> InboxPage:
    page = InboxPage(backend)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page


def test_a_slow_older_search_never_replaces_a_newer_one(qtbot, backend, customer, wait_ops, monkeypatch):
    from klaros_desktop.services.reads import pages

    real = pages.message_hits
    gate = threading.Event()
    asked: list[str] = []
    on_gui_thread: list[str] = []

    def message_hits(sessions, text, **kwargs):
        asked.append(text)
        if threading.current_thread() is threading.main_thread():
            on_gui_thread.append(text)  # waiting here would freeze the window (and this test)
        elif text == "Anna" and not gate.wait(WAIT_MS / 1000):
            raise TimeoutError("the older search was never let through")
        return real(sessions, text, **kwargs)

    monkeypatch.setattr(pages, "message_hits", message_hits)
    page = _page(qtbot, backend)
    page.search.setText("Anna")  # names a chat; no message holds it
    qtbot.waitUntil(lambda: "Anna" in asked, timeout=WAIT_MS)
    page.search.setText("Tulpen")  # no chat is named so; one message holds it
    qtbot.waitUntil(lambda: page.message_hits.rowCount() == 1, timeout=WAIT_MS)
    assert page.conversations.rowCount() == 0 and page.hits_label.text() == "Messages (1)"
    gate.set()  # now the older search answers
    wait_ops()  # its answer has reached the GUI thread
    assert asked[-1] == "Tulpen" and on_gui_thread == []
    assert page.conversations.rowCount() == 0  # "Anna"'s chat did not come back
    assert [h.snippet.replace("\x02", "").replace("\x03", "") for h in page.message_hits.rows] == ["Haben Sie Tulpen?"]
    assert page.hits_label.text() == "Messages (1)" and page.hits.isVisible()
    assert page.chats_label.text() == "No chat name or number matches"


def test_a_message_arriving_while_the_search_is_out_is_shown_in_its_answer(qtbot, backend, customer, apply, now,
                                                                            wait_ops, monkeypatch):
    """The answer on its way may have been read before the message came: the search is asked again."""
    from klaros_desktop.services.inbound.sync import SyncReport
    from klaros_desktop.services.reads import pages

    real = pages.message_hits
    gate = threading.Event()
    asked: list[str] = []

    def message_hits(sessions, text, **kwargs):
        asked.append(text)
        if len(asked) == 1 and not gate.wait(WAIT_MS / 1000):  # the first question waits (its chats are read)
            raise TimeoutError("the search was never let through")
        return real(sessions, text, **kwargs)

    monkeypatch.setattr(pages, "message_hits", message_hits)
    page = _page(qtbot, backend)
    page.search.setText("Anna")
    qtbot.waitUntil(lambda: asked == ["Anna"], timeout=WAIT_MS)
    stats = apply(text_message("4915112345678", "wamid.IN.later", "Und Rosen?", now, "Anna"))
    backend.applied(SyncReport(stats=stats))
    gate.set()
    wait_ops()
    assert [(r.name, r.preview) for r in page.conversations.rows] == [("Anna", "Und Rosen?")]
    assert asked == ["Anna", "Anna"]


def test_a_search_superseded_before_it_starts_is_never_read(qtbot, backend, customer, wait_ops, monkeypatch):
    """Keys typed while an older search is still out: the questions queued behind it that a newer key made
    useless are dropped unread, and only the newest answer reaches the screen."""
    from PySide6.QtCore import QThreadPool

    from klaros_desktop.services.reads import pages

    real = pages.conversations
    gate = threading.Event()
    read: list[str] = []

    def conversations(sessions, flt, **kwargs):
        if threading.current_thread() is not threading.main_thread():  # (the list read when the page opens)
            read.append(flt.text)
        if flt.text == "Anna" and not gate.wait(WAIT_MS / 1000):
            raise TimeoutError("the first search was never let through")
        return real(sessions, flt, **kwargs)

    monkeypatch.setattr(pages, "conversations", conversations)
    pool = QThreadPool.globalInstance()
    threads = pool.maxThreadCount()
    pool.setMaxThreadCount(1)  # the questions after the first queue behind it
    try:
        page = _page(qtbot, backend)
        page._search_timer.stop()
        shown: list[str] = []
        page.search_shown.connect(shown.append)
        for text in ("Anna", "Tul", "Tulp", "Tulpen"):
            page.search.blockSignals(True)
            page.search.setText(text)
            page.search.blockSignals(False)
            page.search_now()
            if text == "Anna":
                qtbot.waitUntil(lambda: read == ["Anna"], timeout=WAIT_MS)
        gate.set()
        qtbot.waitUntil(lambda: shown == ["Tulpen"], timeout=WAIT_MS)
        wait_ops()
    finally:
        pool.setMaxThreadCount(threads)
    assert read == ["Anna", "Tulpen"]  # "Tul" and "Tulp" were never read
    assert shown == ["Tulpen"] and page.message_hits.rowCount() == 1
    assert page.conversations.rowCount() == 0


def test_a_superseded_search_running_in_the_database_is_interrupted(qtbot, backend, customer, wait_ops,
                                                                    monkeypatch):
    """A newer key stops the older search's statement in SQLite, not only its answer on the way back."""
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError

    from klaros_desktop.services.reads import search

    real = search.chat_message_hits
    started = threading.Event()
    outcome: list[str] = []
    endless = text("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 2000000000) "
                   "SELECT count(*) FROM n")

    def chat_message_hits(session, query, **kwargs):
        if query == "Anna":
            started.set()
            try:
                session.execute(endless).scalar()  # minutes of work unless interrupted
            except OperationalError as exc:
                outcome.append("interrupted" if "interrupt" in str(exc) else str(exc))
                raise
            outcome.append("ran to the end")
        return real(session, query, **kwargs)

    monkeypatch.setattr(search, "chat_message_hits", chat_message_hits)
    page = _page(qtbot, backend)
    page.search.setText("Anna")
    qtbot.waitUntil(started.is_set, timeout=WAIT_MS)
    page.search.setText("Tulpen")
    qtbot.waitUntil(lambda: page.message_hits.rowCount() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: outcome != [], timeout=WAIT_MS)
    wait_ops()
    assert outcome == ["interrupted"]
    assert page.conversations.rowCount() == 0 and page.search.text() == "Tulpen"


def test_a_key_that_changes_no_result_resets_neither_list(qtbot, backend, customer, wait_ops):
    """"Tulpe" and "Tulpen" find the same message and no chat: the lists are not rebuilt (nothing to repaint),
    and they hold what a fresh search for "Tulpen" shows."""
    page = _page(qtbot, backend)
    page._search_timer.stop()
    shown: list[str] = []
    page.search_shown.connect(shown.append)
    page.search.setText("Tulpe")
    page.search_now()
    qtbot.waitUntil(lambda: shown[-1:] == ["Tulpe"], timeout=WAIT_MS)
    wait_ops()
    resets: list[str] = []
    page.conversations.modelReset.connect(lambda: resets.append("chats"))
    page.message_hits.modelReset.connect(lambda: resets.append("messages"))
    before = list(page.message_hits.rows)
    page.search.setText("Tulpen")
    page._search_timer.stop()
    page.search_now()
    qtbot.waitUntil(lambda: shown[-1:] == ["Tulpen"], timeout=WAIT_MS)
    assert resets == []
    assert page.message_hits.rows == before and page.message_hits.rowCount() == 1
    assert page.conversations.filter.text == "Tulpen" and page.conversations.rowCount() == 0
    fresh = _page(qtbot, backend)
    fresh.search.setText("Tulpen")
    fresh.apply_filter()  # read on the GUI thread, the plain way
    assert fresh.message_hits.rows == page.message_hits.rows and fresh.conversations.rows == page.conversations.rows
    page.search.setText("Anna")  # a key that does change the answer still rebuilds both
    page._search_timer.stop()
    page.search_now()
    qtbot.waitUntil(lambda: shown[-1:] == ["Anna"], timeout=WAIT_MS)
    assert resets == ["chats", "messages"] and page.conversations.rowCount() == 1
