"""A big contacts import's SQL in a child process of its own.

The importing process turns rows into contacts (Python work that holds its interpreter's lock); SQLite binding
the parameters of the import's ``executemany`` statements is as much work again, and a thread of the same process
cannot run it beside the first. ``ImportWriter`` spawns one small child process that owns the import's write
transaction on its own ``sqlite3`` connection to the profile's database: the importing process sends it the
statements and their rows without waiting (``many``, ``run``); only reads (``rows``, ``scalar``) and ``commit``
wait for the answer, which comes after everything sent before. The child runs on another core meanwhile.

The child imports ``sqlite3`` and ``pickle`` only (no SQLAlchemy, no Qt, no models), so it starts fast.
All or nothing: the child opens ``BEGIN IMMEDIATE`` when ``opened`` asks (not when it starts: the importing
process still writes the run's row and the salt while the child starts) and commits only on ``commit``; anything
else (the importing process closing the pipe, stopping, dying) rolls the transaction back. The first error of a
statement sent without waiting is kept and answered at the next read or at ``commit``, which raise
``ImportWriterError``; so does the child dying (the pipe's end is closed), never a hang.
"""

from __future__ import annotations

import logging
import multiprocessing
import pickle
import sqlite3
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

_MANY, _RUN, _ROWS, _COMMIT, _BEGIN = range(5)
START_TIMEOUT = 60.0  # seconds the child may take to open its transaction (a busy machine, a held write lock)
STOP_TIMEOUT = 10.0  # seconds the child may take to roll back and exit before it is killed


class ImportWriterError(RuntimeError):
    """The writer process failed (a statement's error, named with its SQLite error class) or died."""


class WriterUnavailable(ImportWriterError):
    """The writer process could not be started or did not open its transaction: the import runs in-process."""


def serve(channel, database: str, pragmas: list[str]) -> None:
    """The child's entry point: one transaction on ``database``, fed by ``channel`` (a ``multiprocessing``
    ``Connection``) until ``commit`` or the pipe's end (then it rolls back)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C reaches the whole console; the importing process decides
    db = None
    failed: str | None = None
    try:
        db = sqlite3.connect(database, isolation_level=None, check_same_thread=False)
        for pragma in pragmas:
            db.execute(pragma)
    except sqlite3.Error as exc:
        _send(channel, (False, _describe(exc)))
        if db is not None:
            db.close()
        return
    _send(channel, (True, None))  # ready; the write lock is taken only when asked (``_BEGIN``)
    try:
        while True:
            try:
                op, sql, params = pickle.loads(channel.recv_bytes())
            except (EOFError, OSError):  # the importing process is gone or stopped: roll back
                return
            if op == _BEGIN:
                try:
                    db.execute("BEGIN IMMEDIATE")
                except sqlite3.Error as exc:
                    _send(channel, (False, _describe(exc)))
                    return
                _send(channel, (True, None))
            elif op in (_MANY, _RUN):
                if failed is None:
                    try:
                        if op == _MANY:
                            db.executemany(sql, params)
                        else:
                            db.execute(sql, params)
                    except Exception as exc:  # answered at the next read or commit
                        failed = _describe(exc)
            elif op == _ROWS:
                if failed is None:
                    try:
                        _send(channel, (True, db.execute(sql, params).fetchall()))
                    except Exception as exc:
                        failed = _describe(exc)
                if failed is not None:
                    _send(channel, (False, failed))
            elif op == _COMMIT:
                if failed is None:
                    try:
                        db.execute("COMMIT")
                    except Exception as exc:
                        failed = _describe(exc)
                _send(channel, (failed is None, failed))
                return
    finally:
        if db.in_transaction:
            db.rollback()
        db.close()


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def _send(channel, message) -> None:
    try:
        channel.send_bytes(pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError:  # the importing process is gone; nothing to tell
        pass


class ImportWriter:
    """The importing process's side: sends the child statements, reads its answers. ``start`` waits until the
    child holds the write transaction; ``close`` (always call it) rolls back unless ``commit`` answered, and
    leaves no child process behind."""

    def __init__(self, process, channel):
        self.process = process
        self.channel = channel
        self.committed = False

    @classmethod
    def start(cls, database: Path, pragmas: list[str], *, context=None) -> ImportWriter:
        """Spawn the child; ``opened`` waits for its transaction. Raises ``WriterUnavailable`` if no process
        could be made."""
        context = context or multiprocessing.get_context("spawn")
        try:
            ours, theirs = context.Pipe()
            process = context.Process(target=serve, args=(theirs, str(database), pragmas), daemon=True,
                                      name="klaros-import-writer")
            process.start()
        except Exception as exc:  # no process could be made (a frozen bundle without support, no resources)
            raise WriterUnavailable(f"the import's writer process could not start: {_describe(exc)}") from exc
        theirs.close()  # the child's end lives only in the child: its death closes the pipe
        return cls(process, ours)

    def answered(self) -> bool:
        """Whether an answer (or the pipe's end) is waiting; before ``opened``: whether the child is ready."""
        try:
            return self.channel.poll(0)
        except (OSError, ValueError):
            return True

    def opened(self) -> None:
        """Wait until the child is ready (it starts while the file is read), then have it take the write lock and
        wait for that; raises ``WriterUnavailable`` (after ``close``) if it could not. Call it only once this
        process has written what it writes itself (the run's row, the salt): they would wait for the child's lock."""
        for step in range(2):
            try:
                if step:
                    self._post((_BEGIN, None, None))
                ok, error = self._answer(START_TIMEOUT)
            except ImportWriterError as exc:
                self.close()
                raise WriterUnavailable(str(exc)) from exc
            if not ok:
                self.close()
                raise WriterUnavailable(f"the import's writer process could not open its transaction: {error}")

    # -- statements -----------------------------------------------------------------------------------------

    def many(self, sql: str, rows: list) -> None:
        """``executemany`` in the child, not waited for."""
        if rows:
            self._post((_MANY, sql, rows))

    def run(self, sql: str, params: tuple | list = ()) -> None:
        """``execute`` in the child, not waited for."""
        self._post((_RUN, sql, tuple(params)))

    def rows(self, sql: str, params: tuple | list = ()) -> list[tuple]:
        """The rows of a query, after every statement sent before it."""
        self._post((_ROWS, sql, tuple(params)))
        ok, answer = self._answer(None)
        if not ok:
            raise ImportWriterError(f"the import's writer process failed: {answer}")
        return answer

    def scalar(self, sql: str, params: tuple | list = ()) -> Any:
        rows = self.rows(sql, params)
        return rows[0][0] if rows else None

    def commit(self) -> None:
        """Commit the child's transaction; returns once it is committed (durably, by the database's settings)."""
        self._post((_COMMIT, None, None))
        ok, error = self._answer(None)
        if not ok:
            raise ImportWriterError(f"the import's writer process could not commit: {error}")
        self.committed = True

    def close(self) -> None:
        """Roll back (unless committed) and wait for the child to exit; kill it if it does not."""
        if self.process is None:
            return
        process, self.process = self.process, None
        # Closing the pipe is the rollback: the child reads what was sent before, then the end, and rolls back
        # (a message would block while the child is busy and the pipe full).
        self.channel.close()
        process.join(STOP_TIMEOUT)
        if process.is_alive():
            log.warning("the import's writer process did not exit; killing it")
            process.kill()
            process.join()

    def abandon(self) -> None:
        """Stop the child at once, without waiting for it to finish starting (it has written nothing: nothing was
        sent to it)."""
        if self.process is None:
            return
        process, self.process = self.process, None
        process.kill()
        process.join()
        self.channel.close()

    def __enter__(self) -> ImportWriter:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    # -- the pipe -------------------------------------------------------------------------------------------

    def _post(self, message: tuple) -> None:
        try:
            self.channel.send_bytes(pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))
        except (OSError, ValueError) as exc:  # a closed pipe: the child died
            raise ImportWriterError(self._death(exc)) from exc

    def _answer(self, timeout: float | None) -> tuple[bool, Any]:
        try:
            if timeout is not None and not self.channel.poll(timeout):
                raise ImportWriterError(f"the import's writer process did not answer within {timeout:.0f} s")
            return pickle.loads(self.channel.recv_bytes())
        except (EOFError, OSError) as exc:
            raise ImportWriterError(self._death(exc)) from exc

    def _death(self, exc: BaseException) -> str:
        process = self.process
        if process is not None:
            process.join(STOP_TIMEOUT)
        code = process.exitcode if process is not None else None
        return f"the import's writer process stopped (exit code {code}; {_describe(exc)}); nothing was imported"
