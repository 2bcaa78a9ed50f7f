"""Batch writes for the webhook applier: one DB-API executemany per statement, no SQLAlchemy work per row.

Values go through the columns' own bind processors, so rows are stored exactly as the ORM stores them; this
(with the prefetching ``IN`` queries, ``chunks``) is what lets a batch apply thousands of events per second.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy.orm import Session


def chunks(items: list, size: int = 500) -> Iterator[list]:
    """Slices small enough for one ``IN (...)`` list (SQLite's parameter limit)."""
    for i in range(0, len(items), size):
        yield items[i:i + size]


def insert_or_ignore(session: Session, table, rows: list[dict[str, Any]]) -> None:
    """``INSERT OR IGNORE`` of ``rows`` (all with the same keys) as one executemany."""
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    names = list(rows[0])
    processors = [table.c[name].type._cached_bind_processor(dialect) for name in names]
    sql = (f"INSERT OR IGNORE INTO {table.name} ({', '.join(names)}) "
           f"VALUES ({', '.join('?' for _ in names)})")
    values = [tuple(p(row[n]) if p else row[n] for n, p in zip(names, processors, strict=True)) for row in rows]
    connection.exec_driver_sql(sql, values)


def bulk_update(session: Session, model, rows: list[dict[str, Any]]) -> None:
    """UPDATE … WHERE id = ? as one executemany per set of changed columns (each row names its ``id``)."""
    table = model.__table__
    connection = session.connection()
    dialect = connection.dialect
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(tuple(sorted(k for k in row if k != "id")), []).append(row)
    for columns, group in groups.items():
        processors = [table.c[name].type._cached_bind_processor(dialect) for name in columns]
        sql = f"UPDATE {table.name} SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?"
        values = [(*(p(r[c]) if p else r[c] for c, p in zip(columns, processors, strict=True)), r["id"])
                  for r in group]
        connection.exec_driver_sql(sql, values)
