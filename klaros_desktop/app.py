"""Start the Qt application on a qasync event loop (one loop for Qt and asyncio, created here only).

The profile's database is opened here (``open_backend``): the window's backend receives its session factory,
as the UI never opens a database itself. The one ``httpx.AsyncClient`` of the app is opened here, handed to
the Graph and relay clients, and closed when the last window closes. A profile that is not set up yet opens
the set-up wizard over the window.
"""

from __future__ import annotations

import asyncio
import logging
import sys

from klaros_desktop import APP_NAME, __version__
from klaros_desktop.paths import Profile

log = logging.getLogger(__name__)


def make_qapp(argv: list[str] | None = None):
    """The one QApplication, with our names set so QSettings and the OS see 'Klaros', speaking the system's
    language when ``resources/i18n/`` has a translation for it."""
    from PySide6.QtWidgets import QApplication

    from klaros_desktop.ui.i18n import install_translators

    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
        install_translators(app)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    return app


def open_backend(profile: Profile):
    """The window's backend (``ui.backend.Backend``) on the profile's database, opened (created and migrated if
    need be) here, with no live connection yet (``connect_live`` adds one); the engine is disposed when the
    backend closes. What ``klaros open``, the self-test, the screenshots and the UI benchmark build on."""
    from klaros_desktop.db import open_database
    from klaros_desktop.ui.backend import Backend

    engine, sessions = open_database(profile)
    backend = Backend(profile, sessions)
    backend.closers.append(engine.dispose)
    return backend


async def connect_live(backend, http) -> bool:
    """Wire the send service and background sync when the profile is set up; False when it is not."""
    from klaros_desktop.secrets import NoSecureKeyring
    from klaros_desktop.services.core import settings
    from klaros_desktop.services.core.audit import GraphAuditWriter
    from klaros_desktop.services.messaging.sending import SendService
    from klaros_desktop.services.setup import wiring

    store = backend.secret_store
    try:
        graph_config = wiring.graph_config(backend.sessions, store)
    except (wiring.NotConfigured, NoSecureKeyring) as exc:
        log.info("not connected to Meta: %s", exc)
        return False
    with backend.sessions() as s:
        region = settings.get(s, settings.DEFAULT_REGION)
    writer = GraphAuditWriter(backend.sessions)
    backend.closers.append(writer.aclose)  # runs before the engine is disposed (closers run in reverse)
    graph = wiring.make_graph(http, graph_config, audit=writer)
    sender = SendService(backend.sessions, graph, phone_number_id=graph_config.phone_number_id,
                         default_region=region)
    backend.set_messenger(sender)
    try:
        relay_config = wiring.relay_config(backend.sessions, store)
    except (wiring.NotConfigured, NoSecureKeyring) as exc:
        log.info("no relay: %s", exc)
        return True
    backend.start_sync(wiring.make_sync(backend.sessions, http, relay_config))
    return True


def run_app(profile: Profile, *, on_ready=None) -> int:
    """Run the window until it closes. ``on_ready(window, backend)`` (a coroutine function) runs first."""
    import httpx
    import qasync

    from klaros_desktop import crash_report
    from klaros_desktop.ui import crash_dialog, theme, update_notice
    from klaros_desktop.ui.main_window import MainWindow
    from klaros_desktop.ui.single_instance import SingleInstance

    app = make_qapp()
    instance = SingleInstance(profile.root)
    if not instance.acquire():
        shown = instance.hand_over()
        log.info("Klaros already runs on profile %s; %s", profile.root,
                 "its window was brought to the front" if shown else "it did not answer")
        print("Klaros is already open on this profile" + (": its window was brought to the front." if shown else
              ", but did not answer. Close it, or wait a moment and try again."), file=sys.stderr)
        return 0 if shown else 1
    theme.apply(app)
    theme.follow_os(app)
    crash_dialog.install(app)
    loop = qasync.QEventLoop(app)
    loop.set_exception_handler(crash_report.asyncio_handler)
    asyncio.set_event_loop(loop)
    backend = open_backend(profile)
    window = MainWindow(backend)
    instance.activate.connect(window.bring_to_front)
    window.show()
    update_notice.start(window.update_notice)
    log.info("Klaros %s started on profile %s", __version__, profile.root)
    closed = asyncio.Event()
    # Closing the window ends main() below, which closes the backend and the HTTP client while the loop still
    # runs; Qt's own quit-on-last-window would stop the loop first and leave them to close without one.
    app.setQuitOnLastWindowClosed(False)
    app.lastWindowClosed.connect(closed.set)
    app.aboutToQuit.connect(closed.set)

    async def main() -> None:
        async with httpx.AsyncClient(timeout=httpx.Timeout(30.0, connect=10.0)) as http:
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
