"""Batch writes for the webhook applier: no SQLAlchemy work per row, one statement for a batch's inserts.

Values go through the columns' own bind processors, so rows are stored exactly as the ORM stores them; this
(with the prefetching ``IN`` queries, ``chunks``) is what lets a batch apply thousands of events per second.
Times (``UTCDateTime``) are written by ``core.json_rows.stored_at`` instead: the same text as the ORM's two-step
processor (to naive UTC, then SQLAlchemy's SQLite format), in one C call per value.

``insert_rows`` (and ``insert_or_ignore``) write all their rows with one ``INSERT … VALUES (…), (…), …`` (in parts
only past SQLite's limit of bound values), not an executemany: an executemany runs the statement once per row,
and a search index (FTS5, kept by the messages' and the contacts' insert triggers) writes the terms it gathered
to disk as a new segment at the start of each statement after a write to it, so a statement per message or
contact wrote (and then merged) a segment per row. One statement gathers the batch's terms and writes them once.
The same holds for updates a search trigger watches: ``update_rows`` writes them with one ``UPDATE … FROM
(VALUES …)`` (SQLite 3.33 and later) per set of changed columns.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from klaros_desktop.models.base import UTCDateTime
from klaros_desktop.services.core import json_rows


def _processor(column, dialect) -> Callable[[Any], Any] | None:
    if isinstance(column.type, UTCDateTime):
        return _stored_at
    return column.type._cached_bind_processor(dialect)


# The text of the times written lately: a page writes one datetime in several columns and statements (a message's
# time and status time, its conversation's last message time; the batch's creation time in every row), and
# formatting one costs far more than looking it up. The text depends on the value only; emptied when full.
_TIMES: dict[datetime, str] = {}
_TIMES_KEPT = 8192


def _stored_at(value: Any) -> Any:
    """``json_rows.stored_at(value)``, remembered for UTC datetimes (in another zone, equal ones may differ: an
    hour that comes twice compares equal whichever time it is)."""
    if value.__class__ is not datetime or value.tzinfo is not UTC:  # None, naive (refused as before), other zones
        return json_rows.stored_at(value)
    text = _TIMES.get(value)
    if text is None:
        text = json_rows.stored_at(value)
        if len(_TIMES) >= _TIMES_KEPT:
            _TIMES.clear()
        _TIMES[value] = text
    return text


CHUNK = 500


def chunks(items: list, size: int = CHUNK) -> Iterator[list]:
    """Slices small enough for one ``IN (...)`` list (SQLite's parameter limit)."""
    for i in range(0, len(items), size):
        yield items[i:i + size]


def insert_or_ignore(session: Session, table, rows: list[dict[str, Any]]) -> None:
    """``INSERT OR IGNORE`` of ``rows`` (all with the same keys) as one statement (see the module's docstring)."""
    insert_rows(session, table, rows, verb="INSERT OR IGNORE")


def insert_rows(session: Session, table, rows: list[dict[str, Any]], *, verb: str = "INSERT") -> None:
    """``rows`` (all with the same keys) inserted with one statement, in parts only past the bound-values limit."""
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    names = list(rows[0])
    processors = [_processor(table.c[name], dialect) for name in names]
    head = f"{verb} INTO {table.name} ({', '.join(names)}) VALUES "
    one = f"({', '.join('?' for _ in names)})"
    pairs = list(zip(names, processors, strict=True))
    values = [tuple([p(row[n]) if p else row[n] for n, p in pairs]) for row in rows]
    per = max(1, _bound_values_limit(connection) // len(names))
    for start in range(0, len(values), per):
        part = values[start:start + per]
        connection.exec_driver_sql(head + ", ".join([one] * len(part)), tuple(v for row in part for v in row))


def _bound_values_limit(connection) -> int:
    """How many values one statement may bind on this connection (32,766 in SQLite since 3.32, 999 before)."""
    return connection.connection.driver_connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)


def update_rows(session: Session, model, rows: list[dict[str, Any]]) -> None:
    """Like ``bulk_update``, but each set of changed columns as one ``UPDATE … FROM (VALUES (id, …), …)``
    (in parts only past the bound-values limit), for tables whose update triggers write a search index (see the
    module's docstring). A row whose ``id`` comes again in the same set of columns gives way to the later one, as
    in the executemany (a join would take either)."""
    if sqlite3.sqlite_version_info < (3, 33):  # no UPDATE … FROM before SQLite 3.33
        bulk_update(session, model, rows)
        return
    table = model.__table__
    connection = session.connection()
    dialect = connection.dialect
    for columns, group in _by_columns(rows).items():
        pairs = list(zip(columns, [_processor(table.c[name], dialect) for name in columns], strict=True))
        group = list({r["id"]: r for r in group}.values())
        values = [(r["id"], *[p(r[c]) if p else r[c] for c, p in pairs]) for r in group]
        sets = ", ".join(f"{c} = v.column{n}" for n, c in enumerate(columns, start=2))
        one = f"({', '.join('?' for _ in range(len(columns) + 1))})"
        per = max(1, _bound_values_limit(connection) // (len(columns) + 1))
        for start in range(0, len(values), per):
            part = values[start:start + per]
            connection.exec_driver_sql(
                f"UPDATE {table.name} SET {sets} FROM (VALUES {', '.join([one] * len(part))}) AS v "
                f"WHERE {table.name}.id = v.column1", tuple(v for row in part for v in row))


def _by_columns(rows: list[dict[str, Any]]) -> dict[tuple[str, ...], list[dict[str, Any]]]:
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(tuple(sorted(k for k in row if k != "id")), []).append(row)
    return groups


def bulk_update(session: Session, model, rows: list[dict[str, Any]]) -> None:
    """UPDATE … WHERE id = ? as one executemany per set of changed columns (each row names its ``id``)."""
    table = model.__table__
    connection = session.connection()
    dialect = connection.dialect
    for columns, group in _by_columns(rows).items():
        pairs = list(zip(columns, [_processor(table.c[name], dialect) for name in columns], strict=True))
        sql = f"UPDATE {table.name} SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?"
        values = [(*[p(r[c]) if p else r[c] for c, p in pairs], r["id"]) for r in group]
        connection.exec_driver_sql(sql, values)


def rows_in(session: Session, columns, key, values: list, *, or_key=None, or_values: list | None = None
            ) -> list[tuple]:
    """The ``columns`` (of one table) of its rows whose ``key`` column is among ``values``, as tuples with the values
    SQLAlchemy's select would give (each column's own result processor), in parts of ``chunks``.

    The batch's lookups (by wamid, contact id) go through here rather than ``select(...).where(key.in_(...))``: that
    compiles each part's expanding ``IN`` list and builds a row object per row, per-event work a sync page would
    otherwise pay for every wamid it looks up. ``or_key`` and ``or_values`` (as long as ``values``): also the rows
    whose ``or_key`` is among them (``… OR or_key IN (…)``), part by part alongside."""
    if session.autoflush:  # as a select through the session does (nothing to flush under ``no_autoflush``)
        session.flush()
    connection = session.connection()
    dialect = connection.dialect
    table = key.table
    processors = [(n, p) for n, c in enumerate(columns)
                  if (p := c.type._cached_result_processor(dialect, None)) is not None]
    head = f"SELECT {', '.join(c.name for c in columns)} FROM {table.name} WHERE {key.name} IN "
    out: list[tuple] = []
    for start in range(0, len(values), CHUNK):
        chunk = values[start:start + CHUNK]
        marks = f"({', '.join(['?'] * len(chunk))})"
        if or_key is None:
            sql, params = head + marks, tuple(chunk)
        else:
            sql, params = f"{head}{marks} OR {or_key.name} IN {marks}", (*chunk, *or_values[start:start + CHUNK])
        rows = connection.exec_driver_sql(sql, params).fetchall()
        if processors:
            for i, row in enumerate(rows):
                row = list(row)
                for n, p in processors:
                    row[n] = p(row[n])
                rows[i] = tuple(row)
        out.extend(rows)
    return out
