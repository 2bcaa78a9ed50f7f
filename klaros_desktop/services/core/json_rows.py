"""Many rows written by one statement: a JSON array of rows bound to ``… FROM json_each(?)``.

An ``executemany`` of a batch runs the statement once per row, and for each row SQLAlchemy converts every value
(a datetime to its text, a dict to JSON) and the sqlite3 module takes Python's lock back, where another thread
waiting for it (the campaign's event loop) may make it wait a switch interval. One statement over a JSON array
does the batch in one call with the lock released. The values go in as SQLAlchemy would have stored them
(``stored_at``, ``stored_json``), so the rows are the same as the ``executemany``'s (``inbound.bulk`` writes
its times with ``stored_at`` too).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session


def stored_at(value: datetime | None) -> str | None:
    """A ``UTCDateTime`` as SQLAlchemy stores it on SQLite: naive UTC, ``YYYY-MM-DD HH:MM:SS.ffffff`` (the ORM's
    two-step processor, to naive UTC and then its text, in one C call per value)."""
    if value is None:
        return None
    zone = value.tzinfo
    if zone is None:
        raise ValueError("naive datetime given; Klaros stores only timezone-aware UTC datetimes")
    if zone is not UTC:
        value = value.astimezone(UTC)
    return value.isoformat(" ", "microseconds")[:26]  # without the "+00:00"


def stored_json(value: Any) -> str:
    """A ``JSON`` column's value as SQLAlchemy stores it (``json.dumps``; None is JSON ``null``)."""
    return json.dumps(value)


def run(session: Session, sql: str, rows: list[list[Any]], *params: Any) -> CursorResult:
    """Execute ``sql`` (reading ``rows`` from ``json_each(?1)``, each a JSON array; ``params`` are ``?2`` …) in the
    session's transaction."""
    return session.connection().exec_driver_sql(sql, (json.dumps(rows, ensure_ascii=False), *params))
