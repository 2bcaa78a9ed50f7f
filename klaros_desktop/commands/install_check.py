"""``klaros self-test``: proves an installation (or the frozen bundle) works, one line per check.

Checks the database (open + migrate), the keyring backend (honours ``PYTHON_KEYRING_BACKEND``),
the Qt plugins and a main window rendered offscreen when no screen is available. Exit 0 only if all pass.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable

from klaros_desktop.commands import CommandContext


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("self-test", help="check that this installation works, then exit")
    parser.add_argument("--skip", action="append", default=[], metavar="CHECK",
                        help="leave a check out (the updater skips 'keyring', a property of the computer)")
    parser.set_defaults(handler=run)


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
    from klaros_desktop.app import make_qapp, open_backend
    from klaros_desktop.ui.main_window import MainWindow

    app = make_qapp()
    backend = open_backend(ctx.profile)
    window = MainWindow(backend)
    backend.setParent(window)
    window.show()
    app.processEvents()
    image = window.grab().toImage()
    window.close()
    if image.isNull() or image.width() < 100:
        raise RuntimeError("the main window did not render")
    return f"main window rendered {image.width()}x{image.height()}"


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


CHECKS: list[tuple[str, Callable[[CommandContext], str]]] = [
    ("database", _check_database),
    ("keyring", _check_keyring),
    ("qt-plugins", _check_qt_plugins),
    ("window", _check_window),
    ("single-instance", _check_single_instance),
    ("updates", _check_updates),
]


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    failures = 0
    checks = [(name, check) for name, check in CHECKS if name not in getattr(args, "skip", [])]
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
    print("self-test passed" if not failures else f"self-test FAILED ({failures} of {len(checks)} checks)")
    return 0 if not failures else 1
