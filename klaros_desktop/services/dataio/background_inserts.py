"""A big import's bulk inserts run on a second thread while the importing thread reads and parses the next rows.

SQLite does the work of an insert (B-tree pages, the search index's tokens) with Python's lock released, so a
second thread overlaps it with the importer's Python work on another core. Only if the whole insert is one
statement step, though: ``executemany`` takes the lock back for every row, and a thread waiting for it while
another one runs Python waits a switch interval (5 ms) each time. So each batch goes as one JSON array bound
to ``INSERT … SELECT … FROM json_each(?)``: one step for all its rows.

Each statement's end costs the second thread a wait for the lock of up to a switch interval while the importing
thread runs Python, so batches are best kept large (the importer's 10,000 numbers).

The importer's connection is shared but never used by both threads at once: ``wait()`` comes before the
importing thread's next statement, and always before its transaction ends (commit or rollback).
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import sqlite3
from concurrent.futures import Future, ThreadPoolExecutor


def usable() -> bool:
    """Whether a second thread can pay: another core to run on, and an SQLite with ``json_each`` and ``->>``."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return cores > 1 and _sqlite_has_json()


@functools.cache
def _sqlite_has_json() -> bool:
    try:
        with contextlib.closing(sqlite3.connect(":memory:")) as probe:
            return probe.execute("SELECT value->>1 FROM json_each('[[1, 2]]')").fetchone() == (2,)
    except sqlite3.Error:  # built without JSON, or older than 3.38
        return False


def json_insert(table: str, columns: tuple[str, ...], verb: str = "INSERT", fixed: int = 0) -> str:
    """``verb INTO table (columns) SELECT …`` taking each row from one JSON array of arrays, in order; the last
    ``fixed`` columns all take the value of the statement's second parameter instead."""
    values = ", ".join([f"value->>{i}" for i in range(len(columns) - fixed)] + ["?2"] * fixed)
    return f"{verb} INTO {table} ({', '.join(columns)}) SELECT {values} FROM json_each(?1)"


class BackgroundInserts:
    """One batch of inserts at a time on one worker thread, in the order given; errors come back in ``wait``."""

    def __init__(self, dbapi_connection):
        self.connection = dbapi_connection
        self.thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="import-writes")
        self.running: Future | None = None

    def submit(self, statements: list[tuple]) -> None:
        """Run each (SQL taking one JSON array, its items, any further parameters) after the batch before; returns
        at once."""
        self.wait()
        statements = [statement for statement in statements if statement[1]]
        if statements:
            self.running = self.thread.submit(self._run, statements)

    def _run(self, statements: list[tuple]) -> None:
        cursor = self.connection.cursor()
        try:
            for sql, items, *fixed in statements:
                cursor.execute(sql, (json.dumps(items, ensure_ascii=False), *fixed))
        finally:
            cursor.close()

    def wait(self) -> None:
        """Until the batch running (if any) is written; raises its error."""
        running, self.running = self.running, None
        if running is not None:
            running.result()

    def close(self) -> None:
        """Wait for the running batch, ignoring its error (the caller is already failing), and stop the thread."""
        try:
            if self.running is not None:
                self.running.exception()
        finally:
            self.running = None
            self.thread.shutdown(wait=True)
