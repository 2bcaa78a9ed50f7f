"""Many values in one SQL parameter: ``column IN (a list of any length)`` without a bound parameter per value.

SQLite limits the parameters of one statement (999 before 3.32), so a list of ids used to be cut into chunks,
each a query of its own. ``json_each`` reads the whole list from one JSON text instead, so a plan over 100,000
contacts asks each question once. The desktop database is SQLite with its JSON functions (see ``db.py``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.sql.elements import ColumnElement


def values_of(values: Iterable[Any]):
    """A table-valued ``json_each`` of ``values``: columns ``key`` (the position, from 0) and ``value``."""
    return func.json_each(json.dumps(list(values), ensure_ascii=False)).table_valued("value", "key")


def among(column: ColumnElement[Any], values: Iterable[Any]) -> ColumnElement[bool]:
    """``column IN (values)`` with one parameter, however many values."""
    return column.in_(select(values_of(values).c.value))
