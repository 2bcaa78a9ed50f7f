"""At a normal start the database opens off the GUI thread: the window that painted its chats keeps answering
(its timers fire, a click on a chat is kept and opens the chat once the database is open), and the backend is
attached on the GUI thread when it is ready."""

from __future__ import annotations

import asyncio
import importlib.util
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from klaros_desktop import db
from klaros_desktop.ui.item_models import RowRole
from klaros_desktop.ui.main_window import MainWindow

_spec = importlib.util.spec_from_file_location("ui_conftest_open", Path(__file__).with_name("conftest.py"))
_conf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_conf)
WAIT_MS = _conf.WAIT_MS
HOLD_S = 5  # how long the held open waits for the GUI thread to let it go (on a blocked GUI thread: in vain)



class _HeldOpen:
    """``db.open_database`` held at its start until the test lets it go; records the thread it ran on."""

    def __init__(self, monkeypatch):
        self.real = db.open_database
        self.entered, self.release = threading.Event(), threading.Event()
        self.on_gui_thread: bool | None = None
        self.holding = False
        monkeypatch.setattr(db, "open_database", self)

    def __call__(self, profile):
        self.on_gui_thread = threading.current_thread() is threading.main_thread()
        self.holding = True
        self.entered.set()
        self.release.wait(HOLD_S)
        self.holding = False
        return self.real(profile)


def test_klaros_open_answers_while_the_database_opens(qapp, shop_profile, monkeypatch):
    """``run_app`` with the database's open held: the GUI thread's timer keeps firing, a chat clicked meanwhile
    opens once the backend is attached, which happens on the GUI thread."""
    from klaros_desktop import app
    from klaros_desktop.app import run_app

    held = _HeldOpen(monkeypatch)
    windows = []
    real_open_window = app.open_window

    def open_window(qapplication, profile):
        windows.append(real_open_window(qapplication, profile))
        return windows[-1]

    monkeypatch.setattr(app, "open_window", open_window)
    seen: dict = {"ticks_while_held": 0}

    def tick() -> None:
        """On the GUI thread: while the open is held, count the tick, click the third chat, then let it go."""
        if not held.holding or held.release.is_set():
            return
        seen["ticks_while_held"] += 1
        window = windows[0]
        assert window.backend is None
        inbox = window.inbox
        index = inbox.conversations.index(2)
        seen["clicked"] = index.data(RowRole).id
        QTest.mouseClick(inbox.list.viewport(), Qt.MouseButton.LeftButton, pos=inbox.list.visualRect(index).center())
        seen["opened_before"] = inbox.current
        held.release.set()

    ticker = QTimer(interval=16)
    ticker.timeout.connect(tick)
    ticker.start()

    async def on_ready(window, backend, _http):
        seen["backend"], seen["attached"] = backend, window.backend
        seen["current"] = window.inbox.current
        window.close()

    real_attach = MainWindow.attach_in_steps  # (``klaros open`` attaches one widget group per turn)

    def attach(self, backend, *args) -> None:
        seen["attached_on_gui_thread"] = threading.current_thread() is threading.main_thread()
        real_attach(self, backend, *args)

    monkeypatch.setattr(MainWindow, "attach_in_steps", attach)
    watchdog = QTimer(singleShot=True, interval=WAIT_MS)  # a hang fails the test instead of blocking the suite
    watchdog.timeout.connect(lambda: [w.close() for w in qapp.topLevelWidgets() if w.isVisible()])
    watchdog.start()
    try:
        assert run_app(shop_profile, on_ready=on_ready) == 0
    finally:
        held.release.set()
        watchdog.stop()
        ticker.stop()
        qapp.setQuitOnLastWindowClosed(True)
        asyncio.set_event_loop(None)
    assert seen["ticks_while_held"] >= 1  # the GUI thread went on with its events while the database opened
    assert held.on_gui_thread is False  # ... elsewhere
    assert seen["opened_before"] is None  # nothing opens before the database is open
    assert seen["attached_on_gui_thread"] is True
    assert seen["backend"] is seen["attached"] is not None
    assert seen["current"] is not None and seen["current"].id == seen["clicked"]  # the click was not lost



def test_new_chat_chosen_before_the_database_is_open_opens_once_it_is(qtbot, profile, backend, shop, monkeypatch):
    """"New chat" clicked while the database still opens is kept: its dialog comes with the backend."""
    from klaros_desktop.services.reads import first_page
    from klaros_desktop.ui.inbox import InboxPage

    dialogs = []
    monkeypatch.setattr(InboxPage, "run_dialog", lambda _self, dialog: dialogs.append(dialog.backend) or False)
    window = MainWindow(None, profile=profile, first=first_page.read(profile.database, db.SCHEMA_HEAD))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window._painted)
    QTest.mouseClick(window.inbox.new_chat_button, Qt.MouseButton.LeftButton)
    assert dialogs == []  # no dialog without the database behind it
    window.attach(backend)
    qtbot.waitUntil(lambda: dialogs == [backend], timeout=WAIT_MS)


def test_the_self_test_opens_the_window_as_klaros_open_does(qapp, shop_profile, monkeypatch):
    """``klaros self-test``'s window check takes the start users run: the first page painted, then the database
    opened off the GUI thread and the backend attached."""
    from klaros_desktop import app
    from klaros_desktop.commands import CommandContext, install_check

    held = _HeldOpen(monkeypatch)
    held.release.set()  # (not held: only where it runs is looked at)
    built = []
    real_open_window = app.open_window

    def open_window(qapplication, profile):
        built.append(real_open_window(qapplication, profile))
        return built[-1]

    monkeypatch.setattr(app, "open_window", open_window)
    detail = install_check._check_window(CommandContext(profile=shop_profile))
    assert "5 pages built" in detail
    assert len(built) == 1 and built[0].backend is not None
    assert held.on_gui_thread is False


def test_a_window_closed_while_the_database_opens_ends_klaros_without_connecting(qapp, shop_profile, monkeypatch):
    """Closed before the backend came: Klaros ends once it is attached, and never offers the set-up wizard over a
    closed window."""
    from PySide6.QtWidgets import QDialog

    from klaros_desktop import app
    from klaros_desktop.app import run_app

    held = _HeldOpen(monkeypatch)
    windows, wizards = [], []
    real_open_window = app.open_window

    def open_window(qapplication, profile):
        windows.append(real_open_window(qapplication, profile))
        return windows[-1]

    monkeypatch.setattr(app, "open_window", open_window)
    def open_wizard(_window) -> QDialog:
        wizards.append(QDialog())
        return wizards[-1]

    monkeypatch.setattr(MainWindow, "open_wizard", open_wizard)

    def tick() -> None:
        if held.holding and not held.release.is_set():
            windows[0].close()
            held.release.set()

    ticker = QTimer(interval=16)
    ticker.timeout.connect(tick)
    ticker.start()
    watchdog = QTimer(singleShot=True, interval=WAIT_MS)
    watchdog.timeout.connect(lambda: [w.close() for w in qapp.topLevelWidgets() if w.isVisible()])
    watchdog.start()
    try:
        assert run_app(shop_profile) == 0
    finally:
        held.release.set()
        watchdog.stop()
        ticker.stop()
        qapp.setQuitOnLastWindowClosed(True)
        asyncio.set_event_loop(None)
    assert windows[0].backend is not None and wizards == []


def test_the_http_clients_tls_set_up_is_made_off_the_gui_thread(qapp, shop_profile, monkeypatch):
    """Loading the certificate authorities for the one HTTP client of ``klaros open`` happens on a worker thread,
    and the client uses that context."""
    import httpx

    from klaros_desktop.app import run_app

    made = []
    real = httpx.create_ssl_context

    def create_ssl_context(*args, **kwargs):
        context = real(*args, **kwargs)
        made.append((threading.current_thread() is threading.main_thread(), context))
        return context

    monkeypatch.setattr(httpx, "create_ssl_context", create_ssl_context)
    seen = {}

    async def on_ready(window, _backend, http):
        seen["context"] = http._transport._pool._ssl_context
        window.close()

    watchdog = QTimer(singleShot=True, interval=WAIT_MS)
    watchdog.timeout.connect(lambda: [w.close() for w in qapp.topLevelWidgets() if w.isVisible()])
    watchdog.start()
    try:
        assert run_app(shop_profile, on_ready=on_ready) == 0
    finally:
        watchdog.stop()
        qapp.setQuitOnLastWindowClosed(True)
        asyncio.set_event_loop(None)
    assert made and made[0][0] is False
    assert seen["context"] is made[0][1]


def test_the_pages_modules_come_with_the_database_off_the_gui_thread(shop_profile):
    """In a fresh process: when the backend is attached, the modules of the pages built after it (contacts,
    templates, analytics, campaigns) are imported already, by the worker thread, so building each page on the
    GUI thread is only building it."""
    import subprocess
    import sys
    import textwrap

    code = textwrap.dedent(f"""
        import sys
        import threading
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        from klaros_desktop.app import attach_backend_in_background, open_window
        from klaros_desktop.paths import Profile
        from klaros_desktop.ui.main_window import PAGE_MODULES

        app = QApplication([])
        window = open_window(app, Profile(Path({str(shop_profile.root)!r})))
        seen = {{}}

        def attached(_backend):
            seen["pages"] = sorted(m for m in PAGE_MODULES.values() if m in sys.modules)
            seen["built"] = len(window._built)
            app.quit()

        window.backend_attached.connect(attached)
        window.chats_shown.connect(lambda: attach_backend_in_background(window, lambda exc: app.exit(3)))
        window.show()
        app.exec()
        print(len(seen["pages"]), seen["built"])
        window.close()
        for close in window.backend.closers:
            close()
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8",
                         timeout=120, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert out.returncode == 0, out.stderr[-3000:]
    assert out.stdout.split() == ["4", "1"]  # every page's module, only the inbox built


def test_a_search_typed_before_the_database_is_open_is_asked_once_it_is(qtbot, profile, backend, shop):
    """Typed while the database opens (a busy pointer meanwhile): the list shows the answer once it is open."""
    from klaros_desktop.services.reads import first_page

    window = MainWindow(None, profile=profile, first=first_page.read(profile.database, db.SCHEMA_HEAD))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window._painted)
    everyone = window.inbox.conversations.rowCount()
    assert window.cursor().shape() == Qt.CursorShape.BusyCursor  # it answers, but what it is asked may wait
    QTest.keyClicks(window.inbox.search, "Anna")
    assert window.inbox.conversations.rowCount() == everyone  # nothing asked without the database
    window.attach(backend)
    assert window.cursor().shape() == Qt.CursorShape.ArrowCursor
    rows = window.inbox.conversations.rows
    assert window.inbox.conversations.filter.text == "Anna"
    assert 0 < len(rows) < everyone and all("Anna" in r.name for r in rows)


@pytest.mark.parametrize("keys", ["Ctrl+N", "Ctrl+K"])
def test_a_shortcut_pressed_before_the_database_is_open_acts_once_it_is(qtbot, qapp, shop_profile, monkeypatch,
                                                                        keys):
    """Ctrl+N (new chat) and Ctrl+K (jump to a contact) pressed while the database still opens are kept, like a
    click on a chat: the chooser comes with the backend."""
    from PySide6.QtGui import QKeySequence

    from klaros_desktop import app
    from klaros_desktop.ui.jump_dialog import JumpDialog

    opened = []
    monkeypatch.setattr(JumpDialog, "exec", lambda dialog: opened.append(dialog.backend) or 0)
    held = _HeldOpen(monkeypatch)
    window = app.open_window(qapp, shop_profile)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window._painted, timeout=WAIT_MS)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    try:
        app.attach_backend_in_background(window)
        assert held.entered.wait(WAIT_MS / 1000)
        combination = QKeySequence(keys)[0]
        QTest.keyClick(window, combination.key(), combination.keyboardModifiers())
        assert window.backend is None and opened == []  # nothing opens without the database behind it
        with qtbot.waitSignal(window.backend_attached, timeout=WAIT_MS) as attached:
            held.release.set()
        qtbot.waitUntil(lambda: opened == [attached.args[0]], timeout=WAIT_MS)
    finally:
        held.release.set()
        qtbot.waitUntil(lambda: window.backend is not None, timeout=WAIT_MS)
        for close in reversed(window.backend.closers):
            close()


def test_going_online_asks_the_keyring_on_a_worker_thread(qapp, profile, sessions, monkeypatch, wait_ops):
    """``connect_live`` (after the HTTP client is open): the keyring is imported and asked for the token on a
    worker thread, not on the GUI thread, and an unconnected profile still says so."""
    import keyring.backends.null

    from klaros_desktop import secrets
    from klaros_desktop.app import connect_live
    from klaros_desktop.services.setup import wiring
    from klaros_desktop.ui.backend import Backend

    asked: list[bool] = []

    def graph_config(sessions, store):
        asked.append(threading.current_thread() is threading.main_thread())
        raise wiring.NotConfigured("not connected to Meta yet")

    monkeypatch.setattr(wiring, "graph_config", graph_config)
    store = secrets.SecretStore(str(profile.root), backend=keyring.backends.null.Keyring())
    backend = Backend(profile, sessions, secret_store=store)
    assert asyncio.run(connect_live(backend, None)) is False
    assert asked == [False]
    wait_ops()  # whether the profile is set up, read on a worker thread
    assert backend.status_text().startswith("Not connected yet")
