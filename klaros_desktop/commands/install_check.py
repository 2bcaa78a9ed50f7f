"""``klaros self-test``: proves an installation (or the frozen bundle) works, one line per check.

Checks the database (open + migrate), the keyring backend (honours ``PYTHON_KEYRING_BACKEND``),
the Qt plugins, a main window (built as ``klaros open`` builds it: first page, then the database opened on a
worker thread) rendered offscreen when no screen is available, and the player (Qt Multimedia's FFmpeg backend
decoding a generated clip), and a small contacts import through a spawned worker process. Exit 0 only if all
pass.

It works on a throw-away profile unless one is named (``--data-dir``, ``KLAROS_DATA_DIR`` or ``--real-profile``),
so it never creates a profile in the user's data folder by itself. On Linux with a display it first asks the
dynamic linker which system libraries Qt's xcb platform plugin is missing and names the Debian packages that
hold them: Qt itself would abort the process with a message about "no Qt platform plugin could be
initialized" that names none of them.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path

from klaros_desktop.commands import CommandContext, counted
from klaros_desktop.platform_check import display_problem, wayland_is_there

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("self-test", help="check that this installation works, then exit")
    parser.add_argument("--real-profile", action="store_true",
                        help="check your own profile folder too (default: a throw-away one, removed afterwards)")
    parser.add_argument("--skip", action="append", default=[], metavar="CHECK",
                        help="leave a check out (the updater skips 'keyring', a property of the computer)")
    parser.set_defaults(handler=run, own_profile=True)


def _check_database(ctx: CommandContext) -> str:
    from sqlalchemy import text

    from klaros_desktop.db import current_revision, head_revision, open_database

    engine, sessions = open_database(ctx.profile)
    try:
        with sessions() as session:
            session.execute(text("SELECT 1"))
        revision = current_revision(engine)
        if revision != head_revision():
            raise RuntimeError(f"schema at {revision}, expected {head_revision()}")
        return f"{ctx.profile.database} at schema revision {revision}"
    finally:
        engine.dispose()


def _check_keyring(ctx: CommandContext) -> str:
    from klaros_desktop.secrets import SecretStore

    store = SecretStore(str(ctx.profile.root))
    store.check()
    named = os.environ.get("PYTHON_KEYRING_BACKEND")
    detail = f"usable, {store.where()}" + (" (named by PYTHON_KEYRING_BACKEND)" if named else "")
    warning = store.insecure_warning
    return f"{detail}. {warning}" if warning else detail


def _check_qt_plugins(ctx: CommandContext) -> str:
    from PySide6.QtGui import QGuiApplication, QImageReader, QImageWriter

    from klaros_desktop.app import make_qapp

    make_qapp()
    platform = QGuiApplication.platformName()
    if not platform:
        raise RuntimeError("no Qt platform plugin loaded")
    readable = {bytes(f).decode() for f in QImageReader.supportedImageFormats()}
    writable = {bytes(f).decode() for f in QImageWriter.supportedImageFormats()}
    missing = {"png", "jpg", "svg"} - readable
    if missing or "png" not in writable:
        raise RuntimeError(f"image format plugins missing: {sorted(missing) or ['png writer']}")
    return f"platform '{platform}', images {', '.join(sorted(readable & {'png', 'jpg', 'gif', 'svg', 'webp'}))}"


def _check_window(ctx: CommandContext) -> str:
    """The main window as ``klaros open`` builds it: the chat list's first page painted, the database then opened
    on a worker thread and the backend attached on the GUI thread (a frozen bundle must carry both ways)."""
    from PySide6.QtCore import QEventLoop, QTimer

    from klaros_desktop import app as klaros_app
    from klaros_desktop.ui import ops

    app = klaros_app.make_qapp()
    window = klaros_app.open_window(app, ctx.profile)
    failures: list[BaseException] = []
    waiting = QEventLoop()
    give_up = QTimer(singleShot=True, interval=60_000)
    give_up.timeout.connect(waiting.quit)
    started: list[bool] = []

    def open_database() -> None:  # once the chats are on screen, as ``run_app`` does (a window not painted: soon)
        if not started:
            started.append(True)
            klaros_app.attach_backend_in_background(window, lambda exc: (failures.append(exc), waiting.quit()))

    window.chats_shown.connect(open_database)
    window.backend_attached.connect(lambda _backend: waiting.quit())
    window.show()
    QTimer.singleShot(2000, window, open_database)
    give_up.start()
    if window.backend is None:
        waiting.exec()
    give_up.stop()
    if failures:
        raise failures[0]
    if window.backend is None:
        raise RuntimeError("the database did not open behind the window within a minute")
    image = window.grab().toImage()
    for page in range(window.nav.count()):  # the pages built after the first paint load their modules here
        window.show_page(page)
    window.close()
    deadline = time.monotonic() + 60
    while ops.pending() and time.monotonic() < deadline:  # the pages' first reads end before the database closes
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 100)
    for close in reversed(window.backend.closers):
        close()
    if image.isNull() or image.width() < 100:
        raise RuntimeError("the main window did not render")
    return f"main window rendered {image.width()}x{image.height()}, its {counted(window.nav.count(), 'page')} built"


@contextlib.contextmanager
def _libraries_output_kept(said: list[str]) -> Iterator[None]:
    """What native libraries write to the process's error output meanwhile goes to a temporary file, its lines into
    ``said``: Qt Multimedia and FFmpeg print there themselves (a PipeWire library not found, the clip's streams, no
    hardware decoder), between the lines a shop owner reads. Nothing is kept back where there is no error output to
    redirect (a windowed start on Windows)."""
    try:
        if sys.stderr is not None:  # None in a windowed start on Windows
            sys.stderr.flush()
        saved = os.dup(2)
    except (OSError, ValueError):
        yield
        return
    with tempfile.TemporaryFile() as sink:
        os.dup2(sink.fileno(), 2)
        try:
            yield
        finally:
            with contextlib.suppress(OSError, ValueError, AttributeError):
                sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)
            sink.seek(0)
            said.extend(line.rstrip() for line in sink.read().decode("utf-8", "replace").splitlines()
                        if line.strip())


def _check_player(ctx: CommandContext) -> str:
    """Qt Multimedia and its FFmpeg backend are in the bundle and work (``_player_decodes``). What the libraries print
    on the way goes to the log; a failure shows it under its reason, where it may say why."""
    said: list[str] = []
    try:
        with _libraries_output_kept(said):
            return _player_decodes()
    except Exception as exc:
        if not said:
            raise
        shown = said[-PLAYER_LINES_SHOWN:]
        raise RuntimeError(f"{exc}\n" + "\n".join(f"    {line}" for line in shown)) from exc
    finally:
        for line in said:
            log.info("player check: Qt Multimedia or FFmpeg said: %s", line)


PLAYER_LINES_SHOWN = 20  # of what the libraries said, under a failing player check


def _player_decodes() -> str:
    """A short generated video is decoded into a poster frame as the chat's video tiles are (the frame's colour
    must come out), through the same code."""
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer
    from PySide6.QtMultimedia import QMediaFormat

    from klaros_desktop.app import make_qapp
    from klaros_desktop.demo import media_samples
    from klaros_desktop.ui import media_view

    make_qapp()
    if not media_view.multimedia_available():
        raise RuntimeError("Qt Multimedia does not load: voice messages and videos open in the computer's player")
    decodes = QMediaFormat().supportedFileFormats(QMediaFormat.ConversionMode.Decode)
    if not decodes:
        raise RuntimeError("Qt Multimedia has no media backend (its FFmpeg plugin did not load)")
    scratch = Path(tempfile.mkdtemp(prefix="klaros-player-"))
    try:
        clip = scratch / "check.mp4"
        clip.write_bytes(media_samples.movie([(media_samples.solid_frame(32, 24, "#2060e0"), 100)] * 3, 32, 24))
        maker = media_view._PosterMaker()
        got: list = []
        waiting = QEventLoop()
        maker.done.connect(lambda _id, frame: (got.append(frame), waiting.quit()))
        QTimer.singleShot(media_view.POSTER_TIMEOUT_MS + 5000, waiting.quit)
        maker.ask(1, str(clip))
        if not got:
            waiting.exec()
        frame = got[0] if got else None
        image = frame.toImage() if frame is not None else None
        maker._player.setSource(media_view.QUrl())  # lets go of the file before the folder goes
        maker.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # its player goes while kept quiet
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if image is None or image.isNull():
        raise RuntimeError("Qt Multimedia could not decode a video frame")
    colour = image.pixelColor(image.width() // 2, image.height() // 2)
    if abs(colour.red() - 0x20) > 40 or abs(colour.green() - 0x60) > 40 or abs(colour.blue() - 0xe0) > 40:
        raise RuntimeError(f"a decoded video frame came out {colour.name()}, not #2060e0")
    return f"Qt Multimedia decodes video ({len(decodes)} file formats)"


def _check_single_instance(ctx: CommandContext) -> str:
    """The lock and local server that keep a second start from opening a second window (QtNetwork bundled)."""
    from klaros_desktop.app import make_qapp
    from klaros_desktop.ui.single_instance import SingleInstance

    make_qapp()
    holder, other = SingleInstance(ctx.profile.root), SingleInstance(ctx.profile.root)
    if not holder.acquire():
        raise RuntimeError("another Klaros runs on this profile; close it and run the self-test again")
    try:
        if other.acquire():
            raise RuntimeError("the profile lock let a second start in")
        if not other.hand_over():
            raise RuntimeError("a second start could not reach the running one")
    finally:
        holder.release()
    return "a second start hands over to the running window"


def _check_updates(ctx: CommandContext) -> str:
    """The update client and its signature checks are in the bundle, and the shipped update key (if any) loads."""
    import tufup.client  # noqa: F401 - present, or updates could never be applied
    from tuf.api.metadata import Metadata, Root

    from klaros_desktop import updater
    from klaros_desktop.paths import resource_path

    root_file = resource_path(*updater.ROOT_FILE)
    if not root_file.is_file():
        return "update client present; updates off (this build ships no update key)"
    root = Metadata[Root].from_file(str(root_file))
    config = updater.configured()
    where = config.url if config else "no update server configured"
    return f"update key version {root.signed.version}, expires {root.signed.expires:%Y-%m-%d}; {where}"


def _check_import_workers(ctx: CommandContext) -> str:
    """A small contacts import forced through a worker process and the writer process, into a profile of its own
    (never the shop's): a big import normalises numbers in spawned workers and writes in a spawned writer process,
    and a spawned child of a frozen bundle is this executable again, which only runs the child's task if the entry
    point calls ``multiprocessing.freeze_support()``."""
    from klaros_desktop.db import open_database
    from klaros_desktop.paths import Profile
    from klaros_desktop.services.dataio.contacts_import import ContactsImporter

    folder = Path(tempfile.mkdtemp(prefix="klaros-self-test-import-"))
    try:
        source = folder / "contacts.csv"
        source.write_text("Name,Phone\n" + "".join(f"Test {i},+1 650 253 {i:04d}\n" for i in range(12))
                          + "Not a number,hello\n", encoding="utf-8")
        engine, sessions = open_database(Profile(folder / "profile").ensure())
        try:
            report = ContactsImporter(sessions, workers=1, pool_threshold=0, plain_share=2,
                                      wait_for_workers=True, writer_threshold=0,
                                      wait_for_writer=True).import_file(source)
        finally:
            engine.dispose()
        if not report.worker_chunks:
            raise RuntimeError("no worker process answered; big imports would normalise numbers in one process")
        if not report.writer_process:
            raise RuntimeError("the import's writer process did not start; big imports would write in one process")
        if report.imported != 12 or [p.line for p in report.skipped] != [14]:
            raise RuntimeError(f"the import through a worker process gave {report.summary()}")
        return (f"{report.imported} contacts imported, their numbers normalised in a worker process, written by "
                "the writer process")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


CHECKS: list[tuple[str, Callable[[CommandContext], str]]] = [
    ("database", _check_database),
    ("keyring", _check_keyring),
    ("qt-plugins", _check_qt_plugins),
    ("window", _check_window),
    ("player", _check_player),
    ("single-instance", _check_single_instance),
    ("updates", _check_updates),
    ("import-workers", _check_import_workers),
]


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    from klaros_desktop import logging_setup
    from klaros_desktop.cli import _profile_named
    from klaros_desktop.paths import Profile

    throwaway = None
    if not _profile_named(args):
        throwaway = Path(tempfile.mkdtemp(prefix="klaros-self-test-"))
        ctx = CommandContext(profile=Profile(throwaway / "profile").ensure(), verbose=ctx.verbose)
        logging_setup.configure(ctx.profile.logs, console=ctx.verbose)
        print(f"Checking a throw-away profile ({throwaway}); --real-profile checks yours")
    try:
        return _run_checks(ctx, getattr(args, "skip", []))
    finally:
        if throwaway is not None:
            logging_setup.close()
            shutil.rmtree(throwaway, ignore_errors=True)


def _run_checks(ctx: CommandContext, skip: list[str]) -> int:
    failures = 0
    problem = display_problem()
    if problem:
        failures += 1
        print(f"FAIL display: {problem}", flush=True)
    if sys.platform.startswith("linux") and (problem or not (os.environ.get("DISPLAY") or wayland_is_there())):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # the remaining checks still run, without a screen
        print("note display: no usable display, so the window checks ran offscreen (not on a screen)", flush=True)
    checks = [(name, check) for name, check in CHECKS if name not in skip]
    for name, check in checks:
        try:
            detail = check(ctx)
        except Exception as exc:  # every failure is reported, none stops the others
            failures += 1
            message = str(exc).strip() or type(exc).__name__
            print(f"FAIL {name}: {message}", flush=True)
            if ctx.verbose:
                traceback.print_exc()
        else:
            print(f"ok   {name}: {detail}", flush=True)
    print(verdict(failures, len(checks) + (1 if problem else 0)))
    return 0 if not failures else 1


def verdict(failures: int, checks: int) -> str:
    return "self-test passed" if not failures else f"self-test FAILED ({failures} of {counted(checks, 'check')})"
