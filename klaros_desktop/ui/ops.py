"""Run slow work (database, network) off the GUI thread and get the result back on it.

In the spirit of Anki's ``CollectionOp``: ``run_sync(fn, on_done, on_error)`` runs ``fn`` on Qt's thread
pool; ``run_async(make_coro, ...)`` schedules a coroutine on the qasync loop when the app runs one, and
otherwise (tests, ``klaros screenshots``) runs it to completion on a pool thread. Either way the callbacks
run on the GUI thread, so widgets are only ever touched there. ``pending()`` lets tests wait for quiet.

Each operation runs under one correlation id, taken when it is started (the caller's, or a fresh ``ui-…``
one): the log lines, Graph requests and audit rows of one click then share it.
"""

from __future__ import annotations

import asyncio
import logging
import traceback
from collections.abc import Awaitable, Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from klaros_desktop import correlation

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Dispatcher(QObject):
    """One object on the GUI thread that carries every operation's answer back to it (queued connections)
    and hands it to that operation's callbacks, which it then forgets.

    One object for all, not one per operation: a per-operation QObject connected to closures that name it
    forms a cycle through Qt's connection table, which Python's collector cannot see, so every finished
    operation kept its callbacks (and the screens and results they hold) alive for good."""

    finished = Signal(object, object)
    failed = Signal(object, object)

    def __init__(self) -> None:
        super().__init__()
        self.waiting: dict[int, tuple[Done | None, Failed | None]] = {}
        self._next = 0
        self.finished.connect(self._finished)
        self.failed.connect(self._failed)

    def add(self, on_done: Done | None, on_error: Failed | None) -> int:
        self._next += 1
        self.waiting[self._next] = (on_done, on_error)
        return self._next

    @Slot(object, object)
    def _finished(self, token: int, value: Any) -> None:
        on_done, _ = self.waiting.pop(token, (None, None))
        if on_done is not None and _alive(on_done):
            on_done(value)

    @Slot(object, object)
    def _failed(self, token: int, exc: BaseException) -> None:
        _, on_error = self.waiting.pop(token, (None, None))
        if on_error is None:
            _log_failure(exc)
        elif _alive(on_error):
            on_error(exc)
        else:
            log.info("background operation failed after its screen closed: %s", exc)


def _alive(callback: Callable[..., Any]) -> bool:
    """False when the widget a callback works on was deleted while the operation ran (a window or dialog closed
    meanwhile): the bound method's object, or a Qt object the closure holds. Its answer has nowhere to go."""
    owners = [getattr(callback, "__self__", None)]
    owners += [cell.cell_contents for cell in getattr(callback, "__closure__", None) or ()
               if _filled(cell)]
    for owner in owners:
        if isinstance(owner, QObject) and not shiboken6.isValid(owner):
            log.debug("answer dropped: %s was deleted while the operation ran", type(owner).__name__)
            return False
    return True


def _filled(cell: Any) -> bool:
    try:
        cell.cell_contents  # noqa: B018 (an empty cell raises)
    except ValueError:
        return False
    return True


_dispatcher: _Dispatcher | None = None
_tasks: set[asyncio.Future] = set()  # the loop keeps only weak references to its tasks


def _answers() -> _Dispatcher:
    """The dispatcher, made on first use; operations are started from the GUI thread, so it lives there."""
    global _dispatcher
    if _dispatcher is None:
        _dispatcher = _Dispatcher()
    return _dispatcher


def _log_failure(exc: BaseException) -> None:
    log.error("background operation failed: %s", "".join(traceback.format_exception(exc)).strip())


def _operation_id() -> str:
    return correlation.current() or correlation.new_id("ui")


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], token: int, correlation_id: str):
        super().__init__()
        self.fn = fn
        self.token = token
        self.correlation_id = correlation_id
        self.setAutoDelete(True)

    @Slot()
    def run(self) -> None:
        answers = _answers()
        try:
            with correlation.correlated(self.correlation_id):
                value = self.fn()
        except BaseException as exc:  # handed to the GUI thread, never lost
            answers.failed.emit(self.token, exc)
        else:
            answers.finished.emit(self.token, value)
        finally:
            self.fn = None  # a pool thread may keep the runnable a while; not what it ran


def run_sync(fn: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None) -> None:
    QThreadPool.globalInstance().start(_Job(fn, _answers().add(on_done, on_error), _operation_id()))


def running_loop() -> asyncio.AbstractEventLoop | None:
    """The qasync loop when the app runs one (set by ``klaros_desktop.app``), else None."""
    try:
        loop = asyncio.get_event_loop_policy().get_event_loop()
    except RuntimeError:
        return None
    return loop if loop.is_running() else None


def run_async(make_coro: Callable[[], Awaitable[Any]], on_done: Done | None = None,
              on_error: Failed | None = None) -> None:
    answers = _answers()
    token = answers.add(on_done, on_error)
    cid = _operation_id()
    loop = running_loop()
    if loop is None:
        async def _main() -> Any:
            return await make_coro()

        QThreadPool.globalInstance().start(_Job(lambda: asyncio.run(_main()), token, cid))
        return
    with correlation.correlated(cid):  # the task copies the context it is created in
        task = asyncio.ensure_future(make_coro(), loop=loop)
    _tasks.add(task)

    def _finish(fut: asyncio.Future) -> None:
        _tasks.discard(fut)
        if fut.cancelled():
            answers.failed.emit(token, asyncio.CancelledError())
        elif fut.exception() is not None:
            answers.failed.emit(token, fut.exception())
        else:
            answers.finished.emit(token, fut.result())

    task.add_done_callback(_finish)


def pending() -> int:
    """How many operations have not reported back yet (tests wait for 0)."""
    return 0 if _dispatcher is None else len(_dispatcher.waiting)
