"""The audit trail: one row per thing worth answering for later, with the correlation id of its cause.

Callers pass subjects and details that identify without revealing (a number, a message id, counts);
erasure audits never repeat the erased data. Every row has a correlation id: the caller's, the current
one, or a fresh one when an action started without any (so no row is ever unlinkable).

Graph API requests are audited by ``GraphAuditWriter`` (the Graph client's ``audit=`` hook): one
``graph_request`` row per request (after its retries) with method, path without query, HTTP status,
attempts, Meta's error code and duration, under the request's correlation id. A send therefore leaves
its business row (``message_sent`` / ``send_failed``) and the ``graph_request`` row of its POST, both
with the same correlation id; a refused send leaves only ``send_refused`` (nothing went to Meta).
"""

from __future__ import annotations

import atexit
import logging
import queue
import threading
import time
import weakref
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert
from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop import correlation
from klaros_desktop.models import AuditEvent, utcnow

if TYPE_CHECKING:
    from klaros_desktop.graph import GraphCall

log = logging.getLogger(__name__)

GRAPH_REQUEST = "graph_request"


def cause_id(actor: str) -> str:
    """The correlation id an action of ``actor`` runs under: the current one (the click's, the command's), or a
    fresh one whose prefix says who started it (``ui`` for the user), so no row is unlinkable."""
    return correlation.current() or correlation.new_id("ui" if actor == "user" else actor)


def record(
    session: Session,
    action: str,
    *,
    actor: str = "user",
    subject: str | None = None,
    details: dict[str, Any] | None = None,
    correlation_id: str | None = None,
) -> AuditEvent:
    """Add an audit event to the caller's transaction (it commits or rolls back with the effect)."""
    event = AuditEvent(
        at=utcnow(),
        actor=actor,
        action=action,
        subject=subject,
        details=details,
        correlation_id=correlation_id or cause_id(actor),
    )
    session.add(event)
    return event


def values(action: str, *, actor: str, subject: str | None = None, details: dict[str, Any] | None = None,
           correlation_id: str | None = None, at: datetime | None = None) -> dict[str, Any]:
    """The columns of one audit row, for ``insert_many`` (a batch of rows without an ORM object each)."""
    return {"at": at or utcnow(), "actor": actor, "action": action, "subject": subject, "details": details,
            "correlation_id": correlation_id or cause_id(actor)}


def insert_many(session: Session, rows: list[dict[str, Any]]) -> None:
    """Add many audit rows (``values``) to the caller's transaction in one executemany."""
    if rows:
        session.execute(insert(AuditEvent.__table__), rows)


def graph_values(call: GraphCall, at: datetime) -> dict[str, Any]:
    """The audit row of one Graph request; the path has no query string (tokens and URL signatures live there)."""
    path = call.path.split("?", 1)[0]
    return {"at": at, "actor": "graph", "action": GRAPH_REQUEST, "subject": f"{call.method} {path}"[:200],
            "correlation_id": call.correlation_id,
            "details": {"method": call.method, "path": path, "http_status": call.http_status,
                        "attempts": call.attempts, "error_code": call.error_code, "duration_ms": call.duration_ms}}


def graph_row(call: GraphCall, at: datetime) -> AuditEvent:
    """``graph_values`` as an ORM object."""
    return AuditEvent(**graph_values(call, at))


_open_writers: weakref.WeakSet[GraphAuditWriter] = weakref.WeakSet()


@atexit.register
def _close_open_writers() -> None:  # a writer its owner forgot to close still loses nothing at exit
    for writer in list(_open_writers):
        writer.close()


class GraphAuditWriter:
    """The Graph client's ``audit`` callback: queues each call and writes it on its own thread.

    The client reports on the event loop (the qasync loop in the app), which must never wait for the disk,
    so ``__call__`` only puts the row on a queue; a worker thread writes what has gathered in one
    transaction. ``close()`` (or ``aclose()`` on a loop) writes everything still queued before it returns.
    """

    LINGER = 0.05  # seconds a batch waits for more rows after its first (``flush`` waits at most this longer)
    MAX_BATCH = 2000

    def __init__(self, sessions: sessionmaker[Session]):
        self.sessions = sessions
        self._queue: queue.Queue[tuple[GraphCall, datetime] | None] = queue.Queue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._closed = False

    def __call__(self, call: GraphCall) -> None:
        item = (call, utcnow())  # the ORM row is built on the worker: the loop only stamps the time and queues
        with self._lock:
            if self._closed:  # a request that finished after close: written here rather than lost
                self._write([graph_values(*item)])
                return
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="klaros-audit-writer", daemon=True)
                self._thread.start()
                _open_writers.add(self)
            self._queue.put(item)

    def flush(self) -> None:
        """Block until every row queued so far is written (tests, and before reading the trail)."""
        self._queue.join()

    def close(self) -> None:
        """Write what is queued, then stop the worker; later calls are written directly."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            thread = self._thread
            if thread is not None:
                self._queue.put(None)
        if thread is not None:
            thread.join()
        _open_writers.discard(self)

    async def aclose(self) -> None:
        """``close`` from a coroutine, waiting on a worker thread instead of the loop."""
        import asyncio

        await asyncio.to_thread(self.close)

    def _run(self) -> None:
        while True:
            batch = [self._queue.get()]
            # what arrives within LINGER of the first row goes into the same transaction: a fast campaign reports
            # a request every millisecond or two, and a commit per row or two would cost more than the rows
            until = time.monotonic() + self.LINGER
            while batch[-1] is not None and len(batch) < self.MAX_BATCH:
                try:
                    batch.append(self._queue.get(timeout=max(0.0, until - time.monotonic())))
                except queue.Empty:
                    break
            rows = [graph_values(*item) for item in batch if item is not None]
            try:
                if rows:
                    self._write(rows)
            finally:
                for _ in batch:
                    self._queue.task_done()
            if len(rows) < len(batch):
                return

    def _write(self, rows: list[dict[str, Any]]) -> None:
        try:  # one executemany, no ORM object per row: a fast campaign reports hundreds of requests a second
            with self.sessions.begin() as session:
                insert_many(session, rows)
        except Exception:  # the log file still has every request (the Graph client logs each one)
            log.exception("could not write %d Graph audit rows", len(rows))
