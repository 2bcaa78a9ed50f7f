"""The audit trail: one row per thing worth answering for later, with the correlation id of its cause.

Callers pass subjects and details that identify without revealing (a number, a message id, counts);
erasure audits never repeat the erased data. Every row has a correlation id: the caller's, the current
one, or a fresh one when an action started without any (so no row is ever unlinkable).

Graph API requests are audited by ``GraphAuditWriter`` (the Graph client's ``audit=`` hook): one
``graph_request`` row per request (after its retries) with method, path without query, HTTP status,
attempts, Meta's error code and duration, under the request's correlation id (a campaign's sends instead
write theirs in the transaction that settles them: ``graph.held_calls``). A send therefore leaves
its business row (``message_sent`` / ``send_failed``) and the ``graph_request`` row of its POST, both
with the same correlation id; a refused send leaves only ``send_refused`` (nothing went to Meta).
"""

from __future__ import annotations

import atexit
import json
import logging
import queue
import threading
import time
import weakref
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop import correlation
from klaros_desktop.models import AuditEvent, utcnow
from klaros_desktop.services.core import json_rows

if TYPE_CHECKING:
    from klaros_desktop.graph import GraphCall

log = logging.getLogger(__name__)

GRAPH_REQUEST = "graph_request"
GRAPH_AUDIT_GAP = "graph_audit_gap"  # Graph requests left out of the trail (see ``GraphAuditWriter``)


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


_COLUMNS = ("at", "actor", "action", "subject", "details", "correlation_id")
_JSON_INSERT = (f"INSERT INTO audit_events ({', '.join(_COLUMNS)}) "
                f"SELECT {', '.join(f'value->>{i}' for i in range(len(_COLUMNS)))} FROM json_each(?1)")


def insert_many(session: Session, rows: list[dict[str, Any]]) -> None:
    """Add many audit rows (``values``) to the caller's transaction in one statement (``json_rows``), in order."""
    if not rows:
        return
    json_rows.run(session, _JSON_INSERT, [
        [json_rows.stored_at(r["at"]), r["actor"], r["action"], r["subject"], json_rows.stored_json(r["details"]),
         r["correlation_id"]] for r in rows])


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

    The rows are the record, so a write the database refuses (locked by a long transaction elsewhere past its
    busy timeout, the disk briefly gone) is tried again with back-off (``RETRY_FIRST`` doubling up to
    ``RETRY_MAX``) until it is written; meanwhile new rows keep queuing. Memory is bounded: past ``max_pending``
    rows waiting, further requests are left out of the trail (one error line says so; the Graph client's log
    line of each request is still in the log file) and, once the database takes writes again, a
    ``graph_audit_gap`` row records how many were left out and between which times, so the trail itself shows the
    gap. At ``close`` the worker keeps trying for ``close_wait`` seconds; what the database still refuses then is
    written to the log file row by row, as the last record there is.
    """

    LINGER = 0.05  # seconds a batch waits for more rows after its first (``flush`` waits at most this longer)
    MAX_BATCH = 2000
    MAX_PENDING = 100_000  # rows waiting in memory while the database refuses writes (a few hundred bytes each)
    RETRY_FIRST = 0.1
    RETRY_MAX = 5.0
    CLOSE_WAIT = 30.0

    def __init__(self, sessions: sessionmaker[Session], *, max_pending: int | None = None,
                 retry_first: float | None = None, retry_max: float | None = None, close_wait: float | None = None):
        self.sessions = sessions
        self.max_pending = max_pending or self.MAX_PENDING
        self.retry_first = self.RETRY_FIRST if retry_first is None else retry_first
        self.retry_max = self.RETRY_MAX if retry_max is None else retry_max
        self.close_wait = self.CLOSE_WAIT if close_wait is None else close_wait
        self._queue: queue.Queue[tuple[GraphCall, datetime] | None] = queue.Queue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._closed = False
        self._give_up_at: float | None = None  # set by close: retrying stops at this monotonic time
        self._stop = threading.Event()  # close wakes a back-off wait at once
        self._waiting = 0  # rows queued or being written, not yet on disk
        self._left_out = 0  # rows not kept since the bound was hit (recorded as a gap once writes work again)
        self._left_out_span: tuple[datetime, datetime] | None = None
        self.refusals = 0  # writes the database refused so far (each tried again)

    def __call__(self, call: GraphCall) -> None:
        item = (call, utcnow())  # the ORM row is built on the worker: the loop only stamps the time and queues
        with self._lock:
            if self._closed:  # a request that finished after close: written here rather than lost
                self._write_last([graph_values(*item)])
                return
            if self._waiting >= self.max_pending:
                self._leave_out(item[1])
                return
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="klaros-audit-writer", daemon=True)
                self._thread.start()
                _open_writers.add(self)
            self._waiting += 1
            self._queue.put(item)

    def _leave_out(self, at: datetime) -> None:
        """Past the bound (called under the lock): the row is not kept, only counted for the gap row."""
        if not self._left_out:
            log.error("audit trail: the database has refused writes for a while and %d Graph requests wait to be "
                      "written; further requests are left out of the trail until it takes writes again (each is "
                      "still in this log file)", self._waiting)
        self._left_out += 1
        first = self._left_out_span[0] if self._left_out_span else at
        self._left_out_span = (first, at)

    def flush(self) -> None:
        """Block until every row queued so far is written (tests, and before reading the trail)."""
        self._queue.join()

    def close(self) -> None:
        """Write what is queued, then stop the worker; later calls are written directly. While the database
        refuses writes, ``close_wait`` seconds more are spent trying (see the class docstring)."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._give_up_at = time.monotonic() + self.close_wait
            thread = self._thread
            if thread is not None:
                self._queue.put(None)
        self._stop.set()
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
            # a request every millisecond or two, and a commit per row or two would cost more than the rows. The
            # worker sleeps the LINGER out and then takes what gathered, rather than waking for every row (a wake
            # per row is a thread switch per request, taken from the event loop); close cuts the sleep short.
            if batch[0] is not None and self.LINGER > 0:
                self._stop.wait(self.LINGER)
            while batch[-1] is not None and len(batch) < self.MAX_BATCH:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            rows = [graph_values(*item) for item in batch if item is not None]
            try:
                if rows:
                    self._write_until_done(rows)
            finally:
                with self._lock:
                    self._waiting -= len(rows)
                for _ in batch:
                    self._queue.task_done()
            if len(rows) < len(batch):
                return

    def _write_until_done(self, rows: list[dict[str, Any]]) -> None:
        """Write ``rows`` (and the gap row of what was left out, if any), trying again with back-off until the
        database takes them, or, once closing, until ``close_wait`` has passed (then they go to the log file)."""
        delay = self.retry_first
        while True:
            with self._lock:
                gap = self._gap_row()
            try:
                self._write(rows + ([gap] if gap else []))
            except Exception as exc:
                self.refusals += 1
                if gap:  # still owed: counted again
                    with self._lock:
                        self._restore_gap(gap)
                give_up_at = self._give_up_at
                if give_up_at is not None and time.monotonic() >= give_up_at:
                    self._log_rows(rows + ([gap] if gap else []), exc)
                    return
                if self.refusals == 1 or self.refusals % 20 == 0:
                    log.warning("audit trail: the database refused %d Graph audit rows (%s); trying again",
                                len(rows), type(exc).__name__)
                wait = delay if give_up_at is None else min(delay, max(0.0, give_up_at - time.monotonic()))
                if give_up_at is None:
                    self._stop.wait(wait)  # close sets it: the rest of the waiting is then bounded by close_wait
                else:
                    time.sleep(wait)
                delay = min(delay * 2, self.retry_max)
                continue
            return

    def _gap_row(self) -> dict[str, Any] | None:
        """The ``graph_audit_gap`` row of the requests left out since the bound was hit (under the lock)."""
        if not self._left_out or self._left_out_span is None:
            return None
        first, last = self._left_out_span
        row = values(GRAPH_AUDIT_GAP, actor="system", at=last, correlation_id=correlation.new_id("audit"),
                     details={"left_out": self._left_out, "first_at": first.isoformat(),
                              "last_at": last.isoformat(), "reason": "database refused writes"})
        self._left_out, self._left_out_span = 0, None
        return row

    def _restore_gap(self, gap: dict[str, Any]) -> None:
        details = gap["details"]
        first = datetime.fromisoformat(details["first_at"])
        last = datetime.fromisoformat(details["last_at"])
        if self._left_out_span is not None:
            last = self._left_out_span[1]
        self._left_out += details["left_out"]
        self._left_out_span = (first, last)

    def _write_last(self, rows: list[dict[str, Any]]) -> None:
        """A row after close: one try; refused, it goes to the log file."""
        try:
            self._write(rows)
        except Exception as exc:
            self._log_rows(rows, exc)

    @staticmethod
    def _log_rows(rows: list[dict[str, Any]], exc: BaseException) -> None:
        log.error("could not write %d Graph audit rows (%s); they are kept here instead:", len(rows),
                  type(exc).__name__)
        for row in rows:
            log.error("audit row not written: %s", json.dumps(row, default=str, sort_keys=True))

    def _write(self, rows: list[dict[str, Any]]) -> None:
        # one executemany, no ORM object per row: a fast campaign reports hundreds of requests a second
        with self.sessions.begin() as session:
            insert_many(session, rows)
