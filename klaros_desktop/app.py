"""Start the Qt application on a qasync event loop (one loop for Qt and asyncio, created here only).

The profile's database is opened here: the window's backend receives its session factory, as the UI never opens
a database itself. At a normal start the window paints its chats first and the database then opens on a worker
thread (``attach_backend_in_background``), so the painted window keeps answering while SQLAlchemy loads. The
one ``httpx.AsyncClient`` of the app is opened here, handed to the Graph and relay clients, and closed when the
last window closes. A profile that is not set up yet opens the set-up wizard over the window.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging
import sys

from klaros_desktop import APP_NAME, __version__
from klaros_desktop.paths import Profile

log = logging.getLogger(__name__)


def make_qapp(argv: list[str] | None = None):
    """The one QApplication, with our names set so QSettings and the OS see 'Klaros', speaking the system's
    language when ``resources/i18n/`` has a translation for it."""
    from PySide6.QtWidgets import QApplication

    from klaros_desktop.ui.i18n import use_language

    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
        use_language(app, None)  # ``--lang`` or the system's; the profile's choice follows in run_app
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    from klaros_desktop.ui import gui_collector

    gui_collector.install(app)  # cyclic garbage collected on this thread only, never on a worker
    return app


def open_backend(profile: Profile):
    """The window's backend (``ui.backend.Backend``) on the profile's database, opened (created and migrated if
    need be) here, with no live connection yet (``connect_live`` adds one); the engine is disposed when the
    backend closes. What a new profile's first start, the screenshots and the UI benchmark build on."""
    return _backend_on(profile, *_open_database(profile))


# Connections opened with the database, on the worker thread: one for the GUI thread's reads and one for each of
# the pool threads' first operations. A new connection runs the pragmas (``db._set_sqlite_pragmas``), which would
# otherwise run on the GUI thread at its first read after the backend is attached.
WARM_CONNECTIONS = 3
# Imported with the database, off the GUI thread: the ORM, the models and the services the backend names, and
# what ``MainWindow.attach`` builds.
_OPENED_WITH_THE_DATABASE = ("klaros_desktop.ui.backend", "klaros_desktop.ui.dead_letters")
# What ``run_app`` imports next to go online (the HTTP client, sending, sync's wiring), off the GUI thread too.
_IMPORTED_TO_CONNECT = ("httpx", "httpcore", "klaros_desktop.services.core.audit",
                        "klaros_desktop.services.messaging.sending", "klaros_desktop.services.setup.wiring")


def _open_database(profile: Profile):
    """The slow part of opening the profile, safe to run on a worker thread: SQLAlchemy and the models imported,
    the schema checked (migrated if need be), the engine and its session factory made, the ORM's mappers
    configured, and the modules the first paint only named loaded (``ui.lazy``; the GUI thread touches none of
    them until the backend is attached). No Qt object is made here. The engine's pool (SQLAlchemy's
    ``QueuePool`` for a SQLite file, ``check_same_thread`` off) hands a connection opened here to whichever
    thread checks it out next, one thread at a time; sessions are made per operation on the thread that runs it
    (``ui.ops``)."""
    from klaros_desktop.db import open_database

    engine, sessions = open_database(profile)
    with contextlib.ExitStack() as held:  # (returned to the pool at once, kept there open)
        for _ in range(WARM_CONNECTIONS):
            held.enter_context(engine.connect())
    for name in _OPENED_WITH_THE_DATABASE:
        importlib.import_module(name)
    from sqlalchemy.orm import configure_mappers

    from klaros_desktop.ui.lazy import load_all

    load_all()
    configure_mappers()  # (else done at the first ORM query, on whichever thread runs it: the GUI thread's, often)
    return engine, sessions


def _prepare_to_connect():
    """Off the GUI thread: what going online imports, and the HTTP client's TLS context (the certificate
    authorities loaded, as ``httpx`` would load them when the client is made, honouring ``SSL_CERT_FILE``)."""
    for name in _IMPORTED_TO_CONNECT:
        importlib.import_module(name)
    import httpx

    return httpx.create_ssl_context()


def _backend_on(profile: Profile, engine, sessions):
    """The backend on an opened database (a QObject with timers: made on the GUI thread)."""
    from klaros_desktop.ui.backend import Backend

    backend = Backend(profile, sessions)
    backend.closers.append(engine.dispose)
    return backend


def _connection_settings(backend):
    """What ``connect_live`` reads, on a worker thread (importing the keyring and asking it takes tens of
    milliseconds, more with the system's password store to ask): the Graph client's settings, the default
    region and the relay's settings (None: not paired); or the exception that says why it cannot connect."""
    from klaros_desktop.secrets import NoSecureKeyring
    from klaros_desktop.services.core import settings
    from klaros_desktop.services.setup import wiring

    store = backend.secret_store
    try:
        graph_config = wiring.graph_config(backend.sessions, store)
    except (wiring.NotConfigured, NoSecureKeyring) as exc:
        return exc
    with backend.sessions() as s:
        region = settings.get(s, settings.DEFAULT_REGION)
    try:
        relay_config = wiring.relay_config(backend.sessions, store)
    except (wiring.NotConfigured, NoSecureKeyring) as exc:
        log.info("no relay: %s", exc)
        relay_config = None
    return graph_config, region, relay_config


async def connect_live(backend, http) -> bool:
    """Wire the send service and background sync when the profile is set up; False when it is not."""
    from klaros_desktop.services.core.audit import GraphAuditWriter
    from klaros_desktop.services.messaging.sending import SendService
    from klaros_desktop.services.setup import wiring

    found = await asyncio.to_thread(_connection_settings, backend)
    if isinstance(found, Exception):
        from klaros_desktop.secrets import NoSecureKeyring  # (imported by the worker already)

        log.info("not connected to Meta: %s", found)
        backend.cannot_connect = isinstance(found, NoSecureKeyring)
        backend.sync_status.emit(backend.status_text())
        return False
    graph_config, region, relay_config = found
    writer = GraphAuditWriter(backend.sessions)
    backend.closers.append(writer.aclose)  # runs before the engine is disposed (closers run in reverse)
    graph = wiring.make_graph(http, graph_config, audit=writer)
    sender = SendService(backend.sessions, graph, phone_number_id=graph_config.phone_number_id,
                         default_region=region)
    backend.set_messenger(sender)
    if relay_config is None:
        return True
    sync = wiring.make_sync(backend.sessions, http, relay_config)
    backend.start_sync(sync)
    backend.start_media(wiring.make_media_fetcher(backend.sessions, backend.profile, graph, relay=sync.relay))
    return True


def apply_preferences(app, backend) -> None:
    """The profile's theme, language and notification choice (Settings), before the window is built."""
    from klaros_desktop.services.core import settings

    chosen = settings.read_many(backend.sessions, (settings.THEME, settings.LANGUAGE, settings.NOTIFICATIONS))
    _use_look(app, chosen[settings.THEME], chosen[settings.LANGUAGE])
    backend.notifications = bool(chosen[settings.NOTIFICATIONS])


def _use_look(app, scheme, language) -> None:
    from klaros_desktop.ui import i18n, theme

    theme.forced = scheme if scheme in (theme.LIGHT, theme.DARK) else None
    theme.apply(app, theme.forced)
    i18n.use_language(app, language)


def open_window(app, profile: Profile):
    """The main window, painting as early as it can. A profile at the current schema gets a window that shows
    the chat list's first page read without SQLAlchemy (``services.reads.first_page``), with its theme and
    language; ``attach_backend`` opens the database once the chats are on screen. Any other profile (new, to
    be migrated, an erasure to finish) is opened the normal way first. The theme then follows the system's."""
    from klaros_desktop.db import SCHEMA_HEAD
    from klaros_desktop.services.reads import first_page
    from klaros_desktop.ui import theme
    from klaros_desktop.ui.main_window import MainWindow

    first = first_page.read(profile.database, SCHEMA_HEAD)
    if first is None:
        backend = open_backend(profile)
        apply_preferences(app, backend)
        theme.follow_os(app)
        return MainWindow(backend)
    _use_look(app, first.preferences[first_page.THEME], first.preferences[first_page.LANGUAGE])
    theme.follow_os(app)
    window = MainWindow(None, profile=profile, first=first)
    window.first_preferences = first.preferences
    return window


def attach_backend(window):
    """Open the database of a window ``open_window`` built without it (after its first paint), and hand it the
    backend, here and now on the calling (GUI) thread; returns the window's backend either way. (Tests and
    tools; ``klaros open`` opens it off the GUI thread: ``attach_backend_in_background``.)"""
    if window.backend is None:
        _attach(window, *_open_database(window.profile))
    return window.backend


def _backend_for(window, engine, sessions):
    from klaros_desktop.services.reads import first_page

    backend = _backend_on(window.profile, engine, sessions)
    backend.notifications = bool(window.first_preferences[first_page.NOTIFICATIONS])
    return backend


def _attach(window, engine, sessions) -> None:
    window.attach(_backend_for(window, engine, sessions))


def attach_backend_in_background(window, on_error=None) -> None:
    """Open the database of a window ``open_window`` built without it on a worker thread (``_open_database``),
    and attach the backend on the GUI thread once it is open: ``window.backend_attached`` says when. Meanwhile
    the window answers: it scrolls, keeps a chat clicked or a search typed for when the backend comes, and
    shows a busy pointer. ``on_error(exc)`` (on the GUI thread) hears an open or attach that failed; a window
    that has its backend already emits ``backend_attached`` at once."""
    from klaros_desktop.ui import gui_collector, main_window, ops

    if window.backend is not None:
        window.backend_attached.emit(window.backend)
        return
    # what the worker imports and builds lives as long as the app: no collection walks it while it is made, and
    # it is frozen out of the cyclic GC once handed over (a window deleted meanwhile gets no answer: released then)
    release = gui_collector.hold()
    window.destroyed.connect(lambda *_: release())

    def failed(exc: BaseException) -> None:
        release()
        if on_error is not None:
            on_error(exc)
        else:  # as ``ops`` does with a failure nobody hears
            log.error("opening the database failed", exc_info=exc)

    def opened(result) -> None:
        main_window.freeze_startup_heap("backend")
        release()
        try:  # (the attach in steps, one widget group per turn: the window keeps answering meanwhile)
            backend = _backend_for(window, *result)
        except Exception as exc:  # handed on, as a failed open is: the caller decides
            if on_error is None:
                raise
            on_error(exc)
            return
        window.attach_in_steps(backend, on_error)

    ops.run_sync(lambda: _open_in_background(window.profile), opened, failed)


def _open_in_background(profile: Profile):
    """``_open_database``, then the modules of the pages the window builds after the attach (on the worker
    thread too; a first start that opens the database before the paint does not wait for them)."""
    from klaros_desktop.ui.main_window import PAGE_MODULES

    opened = _open_database(profile)
    for name in PAGE_MODULES.values():
        importlib.import_module(name)
    return opened


async def backend_attached(window):
    """``attach_backend_in_background`` awaited on the qasync loop: the window's backend, once attached; an open
    that failed raises here."""
    future = asyncio.get_running_loop().create_future()

    def attached(backend) -> None:
        if not future.done():
            future.set_result(backend)

    def failed(exc: BaseException) -> None:
        if not future.done():
            future.set_exception(exc)

    window.backend_attached.connect(attached)
    try:
        attach_backend_in_background(window, failed)
        return await future
    finally:
        window.backend_attached.disconnect(attached)


# How long ``run_app`` waits for the pages to be built before it prepares the connection anyway (a window
# that never paints builds them 2 s after the attach).
PAGES_BEFORE_CONNECTING_S = 5.0


async def _first_of(*events: asyncio.Event, timeout: float) -> None:
    """Until one of ``events`` is set, or ``timeout`` seconds have passed."""
    waits = [asyncio.ensure_future(event.wait()) for event in events]
    try:
        await asyncio.wait(waits, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for wait in waits:
            wait.cancel()


def _close_on_signals(loop, closed, app) -> None:
    """Ctrl+C in the terminal (SIGINT) or the system's request to end (SIGTERM) closes Klaros the way closing its
    window does, so the backend closes and ``klaros demo`` removes its folder; without this qasync swallows the
    KeyboardInterrupt and the window stays. Python runs signal handlers only between its own bytecodes, so a
    timer gives it a moment to do so while Qt waits for events."""
    import signal

    from PySide6.QtCore import QTimer

    def stop(_signum, _frame) -> None:
        loop.call_soon_threadsafe(closed.set)

    for name in ("SIGINT", "SIGTERM"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), stop)
    ticker = QTimer(app)
    ticker.timeout.connect(lambda: None)
    ticker.start(250)


def run_app(profile: Profile, *, on_ready=None) -> int:
    """Run the window until it closes. ``on_ready(window, backend)`` (a coroutine function) runs first."""
    import qasync

    from klaros_desktop import crash_report
    from klaros_desktop.platform_check import window_problem
    from klaros_desktop.ui import crash_dialog, gui_collector, main_window, update_notice
    from klaros_desktop.ui.single_instance import SingleInstance

    problem = window_problem()
    if problem:  # Qt would abort with a message that names no fix
        print(problem, file=sys.stderr)
        return 1
    app = make_qapp()
    instance = SingleInstance(profile.root)
    if not instance.acquire():
        shown = instance.hand_over()
        log.info("Klaros already runs on profile %s; %s", profile.root,
                 "its window was brought to the front" if shown else "it did not answer")
        print("Klaros is already open on this profile" + (": its window was brought to the front." if shown else
              ", but did not answer. Close it, or wait a moment and try again."), file=sys.stderr)
        return 0 if shown else 1
    crash_dialog.install(app)
    loop = qasync.QEventLoop(app)
    loop.set_exception_handler(crash_report.asyncio_handler)
    asyncio.set_event_loop(loop)
    window = open_window(app, profile)
    painted = asyncio.Event()
    window.chats_shown.connect(painted.set)
    instance.activate.connect(window.bring_to_front)
    window.show()
    update_notice.start(window.update_notice)
    closed = asyncio.Event()
    # Closing the window ends main() below, which closes the backend and the HTTP client while the loop still
    # runs; Qt's own quit-on-last-window would stop the loop first and leave them to close without one.
    app.setQuitOnLastWindowClosed(False)
    app.lastWindowClosed.connect(closed.set)
    app.aboutToQuit.connect(closed.set)
    _close_on_signals(loop, closed, app)
    log.info("Klaros %s started on profile %s", __version__, profile.root)  # (a test waits for this line)

    async def main() -> None:
        # the HTTP client, the connection and sync after the chats are on screen (a minimised window: soon anyway)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(painted.wait(), 2)
        pages = asyncio.Event()
        window.pages_built.connect(pages.set)
        backend = await backend_attached(window)  # the database opens off the GUI thread, which stays responsive
        if closed.is_set():  # closed while the database opened: no connection, no wizard over a closed window
            await backend.aclose()
            return
        # going online imports a lot on a worker thread: once the pages are built, so that it does not hold the
        # GIL their turns on the GUI thread need (a window that never builds them goes online anyway)
        await _first_of(pages, closed, timeout=PAGES_BEFORE_CONNECTING_S)
        release = gui_collector.hold()  # its imports live as long as the app: frozen, never walked young
        try:
            tls = await asyncio.to_thread(_prepare_to_connect)
            main_window.freeze_startup_heap("online")
        finally:
            release()
        import httpx

        async with httpx.AsyncClient(timeout=httpx.Timeout(30.0, connect=10.0), verify=tls) as http:
            if on_ready is not None:
                await on_ready(window, backend, http)
            elif not await connect_live(backend, http):
                window.open_wizard().finished.connect(
                    lambda _result: asyncio.ensure_future(connect_live(backend, http)))
            await closed.wait()
            await backend.aclose()

    try:
        with loop:
            loop.run_until_complete(main())
    finally:
        instance.release()
    return 0
