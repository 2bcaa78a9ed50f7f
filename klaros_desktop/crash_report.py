"""What happens when code fails with nobody to catch it: a crash file in the profile's logs, a line in the log,
and (once the UI has registered one) a notice for the shop owner.

The report is built from an allow-list, never scrubbed from the exception: exception *type* names, and per
frame the module, function and line number, plus the app, Python and OS versions. An exception's message,
its arguments, the source lines and the frames' locals are never read, since any of them may hold a customer's
number, a message text or an access token (``tests/desktop/packaging/test_crash_report.py`` crashes with all
three and reads the file back). What this leaves is enough to find the line that failed in the source.

Three hooks cover the ways code runs here: ``sys.excepthook`` (the main thread, and Qt slots, which PySide
routes there), ``threading.excepthook`` (worker threads) and the asyncio loop's exception handler
(``asyncio_handler``, set by ``app.run_app`` on the qasync loop). No Qt below this line: the UI hands a
callable to ``set_notifier``.
"""

from __future__ import annotations

import logging
import os
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from klaros_desktop import APP_NAME, __version__

log = logging.getLogger(__name__)

KEEP_FILES = 20  # the newest crash files kept; older ones are deleted when a new one is written
MAX_FRAMES = 60  # per exception in the chain (a deep recursion keeps its first and last frames)
MAX_CHAIN = 5


@dataclass(frozen=True)
class CrashReport:
    """One crash, already free of anything the shop's customers said or own."""

    text: str  # what the crash file holds and "Copy details" copies
    summary: str  # the failing exception type and where it was raised, for the log line
    file: Path | None  # where it was written, None if the folder was not writable


_log_dir: Path | None = None
_notifier: Callable[[CrashReport], None] | None = None
_installed: dict[str, object] = {}


def _frames(tb: TracebackType | None) -> list[str]:
    lines = []
    for frame, lineno in traceback.walk_tb(tb):
        module = frame.f_globals.get("__name__")
        if not isinstance(module, str) or not module:
            module = Path(frame.f_code.co_filename).name  # a name only: full paths carry the user's home folder
        lines.append(f"  {module}:{lineno} in {frame.f_code.co_name}")
    if len(lines) > MAX_FRAMES:
        half = MAX_FRAMES // 2
        lines = [*lines[:half], f"  … {len(lines) - MAX_FRAMES} frames left out …", *lines[-half:]]
    return lines


def _type_name(exc: BaseException) -> str:
    kind = type(exc)
    name = kind.__qualname__ if kind.__module__ in ("builtins", None) else f"{kind.__module__}.{kind.__qualname__}"
    errno = getattr(exc, "errno", None)
    return f"{name} (errno {errno})" if isinstance(errno, int) else name


def build(exc: BaseException, *, where: str) -> tuple[str, str]:
    """The crash text and a one-line summary for ``exc``; ``where`` names the hook (main thread, a thread, …)."""
    chain: list[tuple[BaseException, str]] = []
    current: BaseException | None = exc
    seen: set[int] = set()
    how = ""
    while current is not None and id(current) not in seen and len(chain) < MAX_CHAIN:
        seen.add(id(current))
        chain.append((current, how))
        if current.__cause__ is not None:
            current, how = current.__cause__, "which was caused by"
        elif current.__context__ is not None and not current.__suppress_context__:
            current, how = current.__context__, "which happened while handling"
        else:
            current = None
    body = []
    for item, relation in chain:
        if relation:
            body.append(f"{relation}:")
        body.append(f"{_type_name(item)}")
        body.extend(_frames(item.__traceback__))
    frames = list(traceback.walk_tb(exc.__traceback__))
    last = frames[-1] if frames else None
    at = f" at {last[0].f_globals.get('__name__', '?')}:{last[1]}" if last else ""
    summary = f"{_type_name(exc)}{at}"
    header = [
        f"{APP_NAME} {__version__} crash report",
        f"time: {datetime.now(UTC).strftime('%Y-%m-%d %H:%M:%S UTC')}",
        f"where: {where}",
        f"system: {platform.system()} {platform.release()} ({platform.machine()}), Python {platform.python_version()}"
        f"{', frozen' if getattr(sys, 'frozen', False) else ''}",
        "This report holds the kind of error and where in Klaros it happened; it holds no messages, no phone "
        "numbers and no passwords.",
        "",
    ]
    return "\n".join(header + body) + "\n", summary


def write(exc: BaseException, *, where: str, log_dir: Path | None = None) -> CrashReport:
    """Build the report, write it to ``log_dir`` (default: the installed one), log it, tell the notifier."""
    text, summary = build(exc, where=where)
    folder = log_dir or _log_dir
    path: Path | None = None
    if folder is not None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
            path = folder / f"crash-{stamp}-{os.getpid()}-{threading.get_ident() % 100000}.txt"
            path.write_text(text, encoding="utf-8")
            _prune(folder)
        except OSError as error:
            log.error("could not write the crash file in %s: %s", folder, error.strerror or type(error).__name__)
            path = None
    log.critical("unhandled %s (%s); crash file %s", summary, where, path.name if path else "not written")
    report = CrashReport(text=text, summary=summary, file=path)
    notifier = _notifier
    if notifier is not None:
        try:
            notifier(report)
        except Exception as error:  # a failing notice must not hide the crash it reports
            log.error("could not show the crash notice: %s", type(error).__name__)
    return report


def _prune(folder: Path) -> None:
    files = sorted(folder.glob("crash-*.txt"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in files[KEEP_FILES:]:
        try:
            old.unlink()
        except OSError:
            pass


def crash_files(log_dir: Path) -> list[Path]:
    """The crash files in ``log_dir``, newest first."""
    return sorted(log_dir.glob("crash-*.txt"), key=lambda p: p.stat().st_mtime, reverse=True)


def set_notifier(notifier: Callable[[CrashReport], None] | None) -> None:
    """The UI's way to hear of a crash (called on the crashing thread: the UI must hop to its own)."""
    global _notifier
    _notifier = notifier


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt | SystemExit):
        _installed["sys"](kind, exc, tb)  # type: ignore[operator]
        return
    if exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    write(exc, where="main thread")


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit or args.exc_value is None:
        return
    exc = args.exc_value
    if exc.__traceback__ is None and args.exc_traceback is not None:
        exc = exc.with_traceback(args.exc_traceback)
    write(exc, where="a background thread")


def asyncio_handler(loop, context: dict) -> None:
    """For ``loop.set_exception_handler``: a task's or callback's exception becomes a crash report. A context
    without one is only logged, by its keys: asyncio's message may quote a callback's arguments."""
    exc = context.get("exception")
    if isinstance(exc, BaseException):
        write(exc, where="a background task")
    else:
        log.error("asyncio reported a problem without an exception (%s)", ", ".join(sorted(context)))


def install(log_dir: Path) -> None:
    """Route uncaught exceptions of this process to crash reports in ``log_dir``. Idempotent."""
    global _log_dir
    _log_dir = log_dir
    if "sys" not in _installed:
        _installed["sys"] = sys.excepthook
        _installed["threading"] = threading.excepthook
        sys.excepthook = _excepthook
        threading.excepthook = _thread_hook


def uninstall() -> None:
    """Put back the hooks found by ``install`` (tests)."""
    global _log_dir
    if "sys" in _installed:
        sys.excepthook = _installed.pop("sys")  # type: ignore[assignment]
    if "threading" in _installed:
        threading.excepthook = _installed.pop("threading")  # type: ignore[assignment]
    _log_dir = None
    set_notifier(None)
