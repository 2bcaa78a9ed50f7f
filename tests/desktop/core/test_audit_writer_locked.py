"""The Graph audit writer loses no row while the database is locked past its busy timeout: it keeps the rows and
tries again until they are written; past its memory bound it records the gap; at close it keeps trying a while,
then puts what is left in the log file."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from dataclasses import dataclass

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import sessionmaker

from klaros_desktop import db
from klaros_desktop.models import AuditEvent
from klaros_desktop.services.core import audit
from klaros_desktop.services.core.audit import GraphAuditWriter


@dataclass
class Call:
    method: str = "POST"
    path: str = "/v23.0/1/messages"
    correlation_id: str = "ui-locked"
    http_status: int | None = 200
    attempts: int = 1
    error_code: int | None = None
    duration_ms: int = 3


class Watched:
    """The writer's sessionmaker, telling the test each time the database refuses a write."""

    def __init__(self, sessions: sessionmaker):
        self.sessions = sessions
        self.refused = 0
        self.changed = threading.Condition()

    @contextlib.contextmanager
    def begin(self):
        try:
            with self.sessions.begin() as session:
                yield session
        except OperationalError:
            with self.changed:
                self.refused += 1
                self.changed.notify_all()
            raise

    def wait_refused(self, times: int) -> None:
        with self.changed:
            assert self.changed.wait_for(lambda: self.refused >= times, timeout=30), "the write was never refused"


@pytest.fixture
def short_timeout(profile, monkeypatch):
    """The writer's own engine with a 50 ms busy timeout, so a lock outlasts it many times over within the test."""
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 50)
    engine = db.make_engine(profile.database)
    yield Watched(sessionmaker(engine, expire_on_commit=False))
    engine.dispose()


@pytest.fixture
def locked(profile, sessions):
    """Another connection holding the database's write lock until ``release()``."""
    holder = sqlite3.connect(profile.database, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    released = []

    def release() -> None:
        if not released:
            released.append(True)
            holder.execute("COMMIT")

    yield release
    release()
    holder.close()


def graph_rows(sessions) -> list[AuditEvent]:
    with sessions() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == audit.GRAPH_REQUEST)
                              .order_by(AuditEvent.id)))


def test_rows_wait_out_a_lock_longer_than_the_busy_timeout(sessions, short_timeout, locked):
    writer = GraphAuditWriter(short_timeout, retry_first=0.01, retry_max=0.05)
    try:
        for i in range(300):
            writer(Call(correlation_id=f"ui-locked-{i}"))
        short_timeout.wait_refused(3)  # refused again and again: the lock outlasts the timeout several times
        for i in range(300, 320):  # requests go on meanwhile
            writer(Call(correlation_id=f"ui-locked-{i}"))
        locked()
        writer.flush()
        assert [r.correlation_id for r in graph_rows(sessions)] == [f"ui-locked-{i}" for i in range(320)]
    finally:
        writer.close()


def test_past_the_bound_the_trail_records_the_gap(sessions, short_timeout, locked, caplog):
    writer = GraphAuditWriter(short_timeout, max_pending=10, retry_first=0.01, retry_max=0.05)
    try:
        for i in range(10):
            writer(Call(correlation_id=f"ui-kept-{i}"))
        short_timeout.wait_refused(1)
        for i in range(15):
            writer(Call(correlation_id=f"ui-left-{i}"))
        assert caplog.text.count("left out of the trail") == 1
        locked()
        writer.flush()
    finally:
        writer.close()
    assert [r.correlation_id for r in graph_rows(sessions)] == [f"ui-kept-{i}" for i in range(10)]
    with sessions() as s:
        [gap] = s.scalars(select(AuditEvent).where(AuditEvent.action == audit.GRAPH_AUDIT_GAP))
    assert gap.details["left_out"] == 15 and gap.details["first_at"] <= gap.details["last_at"]


def test_close_keeps_trying_then_logs_what_the_database_still_refuses(sessions, short_timeout, locked, caplog):
    writer = GraphAuditWriter(short_timeout, retry_first=0.01, retry_max=0.05, close_wait=0.2)
    writer(Call(correlation_id="ui-at-close"))
    short_timeout.wait_refused(1)
    writer.close()  # the lock is still held: after close_wait the row goes to the log file
    assert "audit row not written" in caplog.text and "ui-at-close" in caplog.text
    assert graph_rows(sessions) == []


def test_close_writes_what_waited_once_the_lock_goes_within_close_wait(sessions, short_timeout, locked):
    writer = GraphAuditWriter(short_timeout, retry_first=0.01, retry_max=0.05, close_wait=60)
    writer(Call(correlation_id="ui-closing"))
    short_timeout.wait_refused(1)
    closing = threading.Thread(target=writer.close)
    closing.start()
    short_timeout.wait_refused(short_timeout.refused + 1)  # still trying while closing
    locked()
    closing.join()
    assert [r.correlation_id for r in graph_rows(sessions)] == ["ui-closing"]
