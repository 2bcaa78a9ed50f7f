"""WAL checkpoints off the group commit's path (SQLite).

In WAL mode SQLite copies the log back into the database file inside the commit that leaves more than
``wal_autocheckpoint`` pages in it: that transaction, and every webhook waiting for its 200, then waits for the
copy and the database file's fsync as well as its own. Under a steady load that was one group commit in every
twenty or so, and a slow second of the disk made it seconds long. A ``Checkpointer`` runs the checkpoint in a
thread of its own instead, on a connection of its own, ``PASSIVE`` (it neither waits for nor blocks the writer or
any reader), at most every ``CHECKPOINT_SECONDS`` while commits arrive; a page that many commits rewrote in that
time is copied once.

The log starts over only when a writer finds every frame of it copied, and under a steady load the writer has
always appended more by the time a checkpoint of its own thread ends. So after each one the writer, before its
next transaction, copies what it appended meanwhile (``catch_up``: a few transactions' frames, a short copy), and
that transaction writes the log from the start again; the answers of the commits before it are not held up.
Connections keep SQLite's automatic checkpoint only as a bound on the log should the thread fall behind or fail
(``relay.db.AUTOCHECKPOINT_BYTES``).
"""

from __future__ import annotations

import logging
import threading
from typing import NamedTuple

from sqlalchemy import Engine

log = logging.getLogger(__name__)

CHECKPOINT_SECONDS = 1.0
IDLE_ROUNDS = 10  # periods without a commit after which the thread ends (the next commit starts another)


class Checkpoint(NamedTuple):
    """``PRAGMA wal_checkpoint``'s answer."""

    busy: bool  # a lock kept it from running at all
    log_frames: int  # frames in the WAL
    copied: int  # frames of it now in the database file


class Checkpointer:
    """Checkpoints the database of ``engine`` (SQLite in WAL mode) every ``seconds`` while ``committed`` is called.

    The thread starts with the first commit and ends after ``IDLE_ROUNDS`` quiet periods, so a writer that is
    never closed (a tool, a test) leaves nothing running; ``close`` ends it at once."""

    def __init__(self, engine: Engine, *, seconds: float | None = None) -> None:
        self._engine = engine
        self._seconds = CHECKPOINT_SECONDS if seconds is None else seconds
        self._lock = threading.Lock()
        self._dirty = False
        self._thread: threading.Thread | None = None
        self._closed = threading.Event()
        self._done = threading.Condition()
        self.checkpoints = 0  # completed by the thread
        self.failures = 0
        # set when the thread's checkpoint copied the whole log it saw; the writer then copies the rest (see above)
        self.catch_up = False

    def committed(self) -> None:
        """A transaction committed: the next period checkpoints."""
        with self._lock:
            self._dirty = True
            if self._thread is None and not self._closed.is_set():
                self._thread = threading.Thread(target=self._run, name="relay-checkpoint", daemon=True)
                self._thread.start()

    def checkpoint(self) -> Checkpoint:
        """One ``PASSIVE`` checkpoint now, on a connection of the pool's, in the calling thread."""
        held = self._engine.raw_connection()
        try:
            busy, log_frames, copied = held.driver_connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        finally:
            held.close()
        return Checkpoint(bool(busy), log_frames, copied)

    def wait_for(self, checkpoints: int, timeout: float) -> bool:
        """Whether the thread has completed ``checkpoints`` within ``timeout`` seconds."""
        with self._done:
            return self._done.wait_for(lambda: self.checkpoints >= checkpoints, timeout)

    def close(self) -> None:
        self._closed.set()
        with self._lock:
            thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join()

    def _run(self) -> None:
        idle = 0
        while not self._closed.wait(self._seconds):
            with self._lock:
                dirty, self._dirty = self._dirty, False
                if not dirty:
                    idle += 1
                    if idle >= IDLE_ROUNDS:
                        self._thread = None
                        return
                    continue
            idle = 0
            try:
                done = self.checkpoint()
            except Exception as exc:  # SQLite's automatic checkpoint bounds the log meanwhile
                self.failures += 1
                log.warning("WAL checkpoint failed (%s); retried after the next commit", type(exc).__name__)
                continue
            if not done.busy and done.copied == done.log_frames:
                self.catch_up = True
            with self._done:
                self.checkpoints += 1
                self._done.notify_all()
        with self._lock:
            self._thread = None
