"""The chat list paints from a first page read with ``sqlite3`` before SQLAlchemy is imported, and the window
takes over the same rows once the database is open; a profile that needs migrating goes the normal way."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QItemSelectionModel
from sqlalchemy import select, text

from klaros_desktop import db
from klaros_desktop.models import Conversation
from klaros_desktop.services.messaging import conversations
from klaros_desktop.services.reads import first_page, lookups, pages, queries


def _states(sessions, shop) -> None:
    """Pinned, unread, muted and archived chats among the demo shop's."""
    with sessions() as s:
        ids = list(s.scalars(select(Conversation.id).order_by(Conversation.id)))
    assert len(ids) >= 5
    conversations.set_pinned(sessions, ids[0], True)
    conversations.set_pinned(sessions, ids[3], True)
    conversations.mark_unread(sessions, ids[1])
    conversations.set_muted(sessions, ids[2], True)
    conversations.set_archived(sessions, ids[4], True)


def test_the_first_page_equals_the_normal_first_page(profile, sessions, shop):
    _states(sessions, shop)
    normal = pages.conversations(sessions, queries.ConversationFilter(), offset=0, limit=queries.PAGE)
    first = first_page.read(profile.database, db.SCHEMA_HEAD)
    assert first is not None and first.asked == queries.PAGE
    assert first.rows == normal
    assert any(r.pinned_at for r in normal) and any(r.unread for r in normal) and any(r.muted for r in normal)
    assert not any(r.archived for r in first.rows)
    assert first.unread_chats == lookups.unread_chats(sessions) > 0
    # a short page: pinned first, then cut from the others, as the normal read cuts it
    assert first_page.read(profile.database, db.SCHEMA_HEAD, limit=3).rows == normal[:3]


def test_the_shared_constants_match_their_homes():
    from klaros_desktop.services.core import settings
    from klaros_desktop.services.messaging.policy import WINDOW

    assert first_page.WINDOW == WINDOW and first_page.PAGE == queries.PAGE
    assert (first_page.THEME, first_page.LANGUAGE, first_page.NOTIFICATIONS) == (
        settings.THEME, settings.LANGUAGE, settings.NOTIFICATIONS)
    assert first_page.UNFINISHED_ERASURE == db.UNFINISHED_ERASURE


def test_an_older_or_missing_schema_takes_the_normal_way(profile, sessions, tmp_path):
    assert first_page.read(tmp_path / "nowhere.sqlite3", db.SCHEMA_HEAD) is None
    assert first_page.read(profile.database, db.SCHEMA_HEAD) is not None
    with sessions.begin() as s:
        s.execute(text("UPDATE alembic_version SET version_num = '0016'"))
    assert first_page.read(profile.database, db.SCHEMA_HEAD) is None


def test_an_erasure_to_finish_takes_the_normal_way(profile, sessions):
    with sessions.begin() as s:
        s.execute(text("INSERT INTO app_settings(key, value) VALUES (:k, '{}')"), {"k": db.UNFINISHED_ERASURE})
    assert first_page.read(profile.database, db.SCHEMA_HEAD) is None


class _OpenedTheNormalWay(Exception):
    pass


def test_the_window_opens_an_old_schema_the_normal_way(qapp, profile, sessions, shop, monkeypatch):
    """Migrations first: the window is built on the backend ``open_backend`` makes (which migrates)."""
    from klaros_desktop import app

    with sessions.begin() as s:
        s.execute(text("UPDATE alembic_version SET version_num = '0016'"))

    def normal_way(_profile):
        raise _OpenedTheNormalWay

    monkeypatch.setattr(app, "open_backend", normal_way)
    with pytest.raises(_OpenedTheNormalWay):
        app.open_window(qapp, profile)


def test_a_new_profile_is_created_the_normal_way(qapp, tmp_path):
    from klaros_desktop import app
    from klaros_desktop.paths import Profile

    profile = Profile(tmp_path / "new")
    window = app.open_window(qapp, profile)
    try:
        assert window.backend is not None and window.inbox.conversations.rowCount() == 0
        assert first_page.read(profile.database, db.SCHEMA_HEAD) is not None  # migrated: next start is fast
    finally:
        window.close()
        for close in reversed(window.backend.closers):
            close()


def test_no_sqlalchemy_before_the_chats_are_shown(profile, sessions, shop):
    """``klaros open``'s window, offscreen in a fresh process: nothing of SQLAlchemy (or Alembic) is imported
    when ``chats_shown`` fires, and the backend comes right after."""
    _states(sessions, shop)
    code = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        from klaros_desktop.app import attach_backend, open_window
        from klaros_desktop.paths import Profile

        app = QApplication([])
        window = open_window(app, Profile(Path({str(profile.root)!r})))
        seen = {{}}

        def shown():
            seen["heavy"] = sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "alembic"))
            seen["rows"] = window.inbox.conversations.rowCount()
            attach_backend(window)
            app.quit()

        window.chats_shown.connect(shown)
        window.resize(1280, 800)
        window.show()
        app.exec()
        print(seen["heavy"][:5], seen["rows"], window.backend is not None)
        window.close()
        for close in window.backend.closers:
            close()
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8",
                         timeout=120, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert out.returncode == 0, out.stderr[-3000:]
    expected = len(pages.conversations(sessions, queries.ConversationFilter(), offset=0, limit=queries.PAGE))
    assert out.stdout.split() == ["[]", str(expected), "True"]


def test_attaching_the_backend_keeps_rows_order_and_selection(qtbot, profile, backend, sessions, shop):
    from klaros_desktop.ui.main_window import MainWindow

    _states(sessions, shop)
    first = first_page.read(profile.database, db.SCHEMA_HEAD)
    window = MainWindow(None, profile=profile, first=first)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: window._painted)
    inbox = window.inbox
    model, view = inbox.conversations, inbox.list
    before = list(model.rows)
    chosen = model.index(2)
    view.selectionModel().setCurrentIndex(chosen, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert inbox.current is None  # nothing opens before the database is open
    resets = []
    model.modelReset.connect(lambda: resets.append(True))
    window.attach(backend)
    assert model.rows == before and resets == []
    assert view.currentIndex().row() == 2 and view.selectionModel().isSelected(model.index(2))
    assert inbox.current is not None and inbox.current.id == before[2].id  # the chosen chat opened now
    normal = pages.conversations(sessions, queries.ConversationFilter(), offset=0, limit=queries.PAGE)
    assert [r.id for r in model.rows] == [r.id for r in normal]  # (opening the chat marked it read since)
    qtbot.waitUntil(lambda: len(window._built) == 5)  # the other pages follow, as at a normal start
