"""The window paints the chat list first: the other pages (contacts, templates, analytics, campaigns) and their
modules are built after that first paint, one at a time, or at once when the shop owner goes to one first."""

from __future__ import annotations

import asyncio
import importlib.util
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from sqlalchemy import text

from klaros_desktop.ui.main_window import ANALYTICS, CAMPAIGNS, CONTACTS, INBOX, TEMPLATES, MainWindow

_spec = importlib.util.spec_from_file_location("ui_conftest_launch", Path(__file__).with_name("conftest.py"))
_conf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_conf)
WAIT_MS = _conf.WAIT_MS

HEAVY_PAGES = {CONTACTS: "ContactsPage", TEMPLATES: "TemplatesPage", ANALYTICS: "AnalyticsPage",
               CAMPAIGNS: "CampaignsPage"}


def _built(window: MainWindow) -> set[int]:
    return {i for i, name in HEAVY_PAGES.items() if type(window.pages.widget(i)).__name__ == name}


class _FirstPaint(QObject):
    """Which heavy pages existed when the chat list painted for the first time."""

    def __init__(self, window: MainWindow):
        super().__init__()
        self.window = window
        self.built_then: set[int] | None = None
        self.rows_then = 0

    def eventFilter(self, _obj, event) -> bool:
        if event.type() == QEvent.Type.Paint and self.built_then is None:
            self.built_then = _built(self.window)
            self.rows_then = self.window.inbox.conversations.rowCount()
        return False


def test_chats_paint_before_the_other_pages_are_built(qtbot, backend, shop):
    window = MainWindow(backend)
    qtbot.addWidget(window)
    assert _built(window) == set()
    watch = _FirstPaint(window)
    window.inbox.list.viewport().installEventFilter(watch)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: watch.built_then is not None)
    assert watch.built_then == set()
    with backend.sessions() as s:
        chats = s.execute(text("SELECT count(*) FROM conversations WHERE archived = 0")).scalar_one()
    assert chats and watch.rows_then == chats
    assert window.pages.currentIndex() == INBOX
    # the rest follows by itself once the chats are up, the inbox staying in front
    qtbot.waitUntil(lambda: _built(window) == set(HEAVY_PAGES))
    assert window.pages.currentIndex() == INBOX
    assert window.pages.currentWidget() is window.inbox


def test_a_page_visited_first_is_built_at_once(qtbot, backend, shop):
    window = MainWindow(backend)
    qtbot.addWidget(window)
    window.show_page(ANALYTICS)
    assert _built(window) == {ANALYTICS}
    assert window.pages.currentWidget() is window.analytics
    assert window.pages.currentIndex() == ANALYTICS
    contacts = window.contacts  # code that reaches a page builds it too, once
    assert window.contacts is contacts and window.pages.widget(CONTACTS) is contacts
    assert _built(window) == {ANALYTICS, CONTACTS}
    assert window.pages.count() == 5
    assert window.pages.currentWidget() is window.analytics and window.pages.currentIndex() == ANALYTICS


def test_the_main_window_module_leaves_the_other_pages_unimported():
    """(The templates page's module is the composer's too: it names languages.)"""
    code = ("import sys; import klaros_desktop.ui.main_window; "
            "print(sorted(m for m in ('klaros_desktop.ui.analytics_page', 'klaros_desktop.ui.campaigns_page', "
            "'klaros_desktop.ui.contacts_page', 'klaros_desktop.ui.campaign_runner') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8", check=True,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert out.stdout.strip() == "[]"


class _ChatListPaint(QObject):
    """The first paint of any chat list (installed on the application: ``run_app`` builds its own window)."""

    painted = False

    def eventFilter(self, obj, event) -> bool:
        if (event.type() == QEvent.Type.Paint and obj.parent() is not None
                and obj.parent().objectName() == "conversations"):
            self.painted = True
        return False


def test_klaros_open_goes_online_only_after_the_chats_are_painted(qapp, tmp_path):
    """``run_app``: the HTTP client (and with it the connection to Meta and the relay) comes after the chats
    are on screen."""
    from klaros_desktop.app import run_app
    from klaros_desktop.db import open_database
    from klaros_desktop.demo.seed import seed_demo_shop
    from klaros_desktop.paths import Profile

    profile = Profile(tmp_path / "shop").ensure()
    engine, sessions = open_database(profile)
    seed_demo_shop(sessions)
    engine.dispose()
    watch = _ChatListPaint()
    qapp.installEventFilter(watch)
    seen = {}

    async def on_ready(window, _backend, http):
        seen["painted"], seen["http"] = watch.painted, http
        window.close()

    watchdog = QTimer(singleShot=True, interval=WAIT_MS)  # a hang fails the test instead of blocking the suite
    watchdog.timeout.connect(lambda: [w.close() for w in qapp.topLevelWidgets() if w.isVisible()])
    watchdog.start()
    try:
        assert run_app(profile, on_ready=on_ready) == 0
    finally:
        watchdog.stop()
        qapp.removeEventFilter(watch)
        qapp.setQuitOnLastWindowClosed(True)
        asyncio.set_event_loop(None)
    assert seen["painted"] is True and seen["http"] is not None


def test_klaros_open_prepares_its_connection_only_once_every_page_is_built(qapp, tmp_path, monkeypatch):
    """``run_app``: what going online imports (the HTTP client, sending, sync's wiring) is loaded on a worker
    thread after the pages are built, not while they are: its imports would hold the GIL the GUI thread's
    turns need."""
    from klaros_desktop import app
    from klaros_desktop.db import open_database
    from klaros_desktop.demo.seed import seed_demo_shop
    from klaros_desktop.paths import Profile
    from klaros_desktop.ui import main_window

    profile = Profile(tmp_path / "shop").ensure()
    engine, sessions = open_database(profile)
    seed_demo_shop(sessions)
    engine.dispose()
    events: list[str] = []
    real_freeze, real_prepare = main_window.freeze_startup_heap, app._prepare_to_connect

    def freeze(stage: str = "window") -> None:
        events.append(f"frozen {stage}")
        real_freeze(stage)

    def prepare():
        events.append("prepare to connect")
        return real_prepare()

    monkeypatch.setattr(main_window, "freeze_startup_heap", freeze)
    monkeypatch.setattr(app, "_prepare_to_connect", prepare)

    async def on_ready(window, _backend, _http):
        events.append("ready")
        window.close()

    watchdog = QTimer(singleShot=True, interval=WAIT_MS)  # a hang fails the test instead of blocking the suite
    watchdog.timeout.connect(lambda: [w.close() for w in qapp.topLevelWidgets() if w.isVisible()])
    watchdog.start()
    try:
        assert app.run_app(profile, on_ready=on_ready) == 0
    finally:
        watchdog.stop()
        qapp.setQuitOnLastWindowClosed(True)
        asyncio.set_event_loop(None)
    assert events == ["frozen backend", "frozen window", "frozen pages", "prepare to connect", "frozen online",
                      "ready"]


def test_the_pages_built_after_the_first_paint_leave_the_cyclic_gc_too(qtbot, backend, shop, monkeypatch):
    """What the window builds at start lives as long as the app and is frozen out of the cyclic GC; the pages
    built after the first paint are frozen once the last of them is up (as they were when built with the
    window). The freezes are counted where they happen: the permanent generation's size cannot tell, because
    frozen objects that die (a stand-in page, a first-page row) leave it again."""
    import gc

    from klaros_desktop.ui import main_window

    holder: dict[str, MainWindow] = {}
    frozen_with: list[set[int]] = []  # the heavy pages built at each freeze
    real_freeze = gc.freeze

    def freeze() -> None:
        frozen_with.append(_built(holder["window"]) if "window" in holder else set())
        real_freeze()

    monkeypatch.setattr(main_window, "_frozen_stages", set(), raising=False)
    monkeypatch.setattr(gc, "freeze", freeze)
    window = holder["window"] = MainWindow(backend)
    qtbot.addWidget(window)
    assert frozen_with == [set()]  # the window, before any heavy page
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: _built(window) == set(HEAVY_PAGES))
    qtbot.waitUntil(lambda: len(frozen_with) == 2)
    assert frozen_with[1] == set(HEAVY_PAGES)  # once the last page is up, not before
