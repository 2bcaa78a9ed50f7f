"""A database error's text never quotes the statement's values (customers' messages, names, numbers): such
text goes to the log file and the sync state, where erasure could not reach it."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from klaros_desktop.db import open_database


def test_database_errors_hide_the_statement_parameters(profile):
    engine, _sessions = open_database(profile)
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE probe (id INTEGER PRIMARY KEY, body TEXT NOT NULL UNIQUE)"))
            conn.execute(text("INSERT INTO probe (body) VALUES (:b)"), {"b": "Private-Words-4711"})
        with pytest.raises(IntegrityError) as caught, engine.begin() as conn:
            conn.execute(text("INSERT INTO probe (body) VALUES (:b)"), {"b": "Private-Words-4711"})
    finally:
        engine.dispose()
    assert "UNIQUE constraint failed" in str(caught.value)
    assert "Private-Words-4711" not in str(caught.value)
