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

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from klaros_desktop import correlation

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]

_inflight: set[object] = set()


class _Relay(QObject):
    """Lives on the GUI thread; its signals carry results across threads (queued connections)."""

    finished = Signal(object)
    failed = Signal(object)


def _log_failure(exc: BaseException) -> None:
    log.error("background operation failed: %s", "".join(traceback.format_exception(exc)).strip())


def _relay(on_done: Done | None, on_error: Failed | None) -> _Relay:
    relay = _Relay()
    _inflight.add(relay)

    def done(value: Any) -> None:
        _inflight.discard(relay)
        if on_done is not None:
            on_done(value)

    def failed(exc: BaseException) -> None:
        _inflight.discard(relay)
        (on_error or _log_failure)(exc)

    relay.finished.connect(done)
    relay.failed.connect(failed)
    return relay


def _operation_id() -> str:
    return correlation.current() or correlation.new_id("ui")


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay, correlation_id: str):
        super().__init__()
        self.fn = fn
        self.relay = relay
        self.correlation_id = correlation_id
        self.setAutoDelete(True)

    @Slot()
    def run(self) -> None:
        try:
            with correlation.correlated(self.correlation_id):
                value = self.fn()
        except BaseException as exc:  # handed to the GUI thread, never lost
            self.relay.failed.emit(exc)
        else:
            self.relay.finished.emit(value)


def run_sync(fn: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None) -> None:
    QThreadPool.globalInstance().start(_Job(fn, _relay(on_done, on_error), _operation_id()))


def running_loop() -> asyncio.AbstractEventLoop | None:
    """The qasync loop when the app runs one (set by ``klaros_desktop.app``), else None."""
    try:
        loop = asyncio.get_event_loop_policy().get_event_loop()
    except RuntimeError:
        return None
    return loop if loop.is_running() else None


def run_async(make_coro: Callable[[], Awaitable[Any]], on_done: Done | None = None,
              on_error: Failed | None = None) -> None:
    relay = _relay(on_done, on_error)
    cid = _operation_id()
    loop = running_loop()
    if loop is None:
        async def _main() -> Any:
            return await make_coro()

        QThreadPool.globalInstance().start(_Job(lambda: asyncio.run(_main()), relay, cid))
        return
    with correlation.correlated(cid):  # the task copies the context it is created in
        task = asyncio.ensure_future(make_coro(), loop=loop)
    _inflight.add(task)

    def _finish(fut: asyncio.Future) -> None:
        _inflight.discard(task)
        if fut.cancelled():
            relay.failed.emit(asyncio.CancelledError())
        elif fut.exception() is not None:
            relay.failed.emit(fut.exception())
        else:
            relay.finished.emit(fut.result())

    task.add_done_callback(_finish)


def pending() -> int:
    """How many operations have not reported back yet (tests wait for 0)."""
    return len(_inflight)
