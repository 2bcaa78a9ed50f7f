"""The sender's batch writes as one JSON-bound statement each (``core.json_rows``) leave the same rows as
SQLAlchemy's own statements, its column types converting each value, would: two copies of one launched campaign go
through the same steps (claims, then a settling of mixed answers with their Graph requests, and more claims), with
the clock stopped, one as the sender writes them, the other with each JSON-bound write done instead by an
executemany of the typed statement it stands for (``typed_writes``), and every table of the two databases is
compared value for value and type for type."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime

import pytest
from sqlalchemy import bindparam, insert, update
from sqlalchemy.sql.schema import ColumnDefault

from klaros_desktop import db
from klaros_desktop.graph.client import GraphCall, SendResult
from klaros_desktop.graph.errors import GraphError, UnconfirmedSend
from klaros_desktop.models import AuditEvent, Base, CampaignRecipient, Message
from klaros_desktop.paths import Profile
from klaros_desktop.services.campaigns import lifecycle, step_sql
from klaros_desktop.services.campaigns.audience import Segment
from klaros_desktop.services.campaigns.sender import CampaignSender
from klaros_desktop.services.core import audit, json_rows

NOW = datetime(2026, 12, 7, 9, 30, 15, 123456, tzinfo=UTC)
LATER = datetime(2026, 12, 7, 9, 30, 16, tzinfo=UTC)  # whole seconds: stored with ".000000" all the same


@pytest.fixture
def stopped_clock(monkeypatch):
    """Every "now" of the step is NOW: the modules' ``utcnow`` and the columns' defaults."""
    for module in ("klaros_desktop.services.campaigns.sender", "klaros_desktop.services.core.audit",
                   "klaros_desktop.services.messaging.sending"):
        monkeypatch.setattr(f"{module}.utcnow", lambda: NOW)
    for table in Base.metadata.tables.values():
        for column in table.columns:
            for default in (column.default, column.onupdate):
                if isinstance(default, ColumnDefault) and default.is_callable:
                    monkeypatch.setattr(default, "arg", lambda _context: NOW)


@pytest.fixture
async def two_copies(profile, tmp_path, sessions, add_contact, synced_templates):
    """Two profiles holding the same launched campaign of 30 recipients (one customer opted out of marketing)."""
    for i in range(30):
        add_contact(f"+4915300000{i:03d}", f"Kundin{i} Nachname", tags=("json",))
    created = lifecycle.create(sessions, "Json", "order_ready", "de", Segment(tags_any=("json",)),
                               {"1": "first_name", "2": "text:4711"})
    lifecycle.launch(sessions, created.campaign_id)
    sessions.kw["bind"].dispose()
    copies = []
    for name in ("typed", "json"):
        shutil.copytree(profile.root, tmp_path / name)
        copies.append(Profile(tmp_path / name))
    return created.campaign_id, copies


_recipients, _messages = CampaignRecipient.__table__, Message.__table__
# each JSON-bound write as the typed statement it stands for, and how one of its JSON rows (with the statement's
# other parameters, ``?2`` …) binds to it
TYPED = {
    step_sql.MESSAGE_ACCEPTED_JSON: (
        update(_messages).where(_messages.c.id == bindparam("b_id")).values(
            wamid=bindparam("b_wamid"), status="accepted", status_at=bindparam("b_at")),
        lambda row, at: {"b_id": row[0], "b_wamid": row[1], "b_at": at}),
    step_sql.RECIPIENT_SENT_JSON: (
        update(_recipients).where(
            _recipients.c.id == bindparam("b_id"), _recipients.c.state == lifecycle.SENDING,
            _recipients.c.correlation_id == bindparam("b_cid"), _recipients.c.message_id == bindparam("b_message")
        ).values(state=lifecycle.SENT, reason_code=None, error_code=None, next_attempt_at=None,
                 sent_at=bindparam("b_sent_at"), wamid=bindparam("b_wamid"), updated_at=bindparam("b_at")),
        lambda row, sent_at, at: {"b_id": row[0], "b_cid": row[1], "b_wamid": row[2], "b_message": row[3],
                                  "b_sent_at": sent_at, "b_at": at}),
    step_sql.CLAIMED_JSON: (
        update(_recipients).where(_recipients.c.id == bindparam("b_id"), _recipients.c.state == lifecycle.QUEUED
                                  ).values(state=bindparam("b_state"), reason_code=bindparam("b_reason"),
                                           attempts=bindparam("b_attempts"), correlation_id=bindparam("b_cid"),
                                           message_id=bindparam("b_message"), updated_at=bindparam("b_now")),
        lambda row, now: dict(zip(("b_id", "b_state", "b_reason", "b_attempts", "b_cid", "b_message"), row,
                                  strict=True), b_now=now)),
    audit._JSON_INSERT: (
        insert(AuditEvent.__table__),
        lambda row: dict(zip(("at", "actor", "action", "subject", "details", "correlation_id"), row, strict=True))),
}


def typed_writes(monkeypatch) -> set[str]:
    """Every ``json_rows.run`` done by an executemany of the typed statement it stands for, its values as the
    sender has them (``stored_at`` and ``stored_json`` leave them as they are: the column types convert them).
    Returns the JSON-bound statements stood in for, as they come."""
    used: set[str] = set()

    def run(session, sql, rows, *params):
        statement, bind = TYPED[sql]
        used.add(sql)
        return session.execute(statement, [bind(row, *params) for row in rows])

    monkeypatch.setattr(json_rows, "run", run)
    monkeypatch.setattr(json_rows, "stored_at", lambda value: value)
    monkeypatch.setattr(json_rows, "stored_json", lambda value: value)
    return used


def run_steps(profile: Profile, campaign_id: int) -> None:
    engine, sessions = db.open_database(profile)
    sender = CampaignSender(sessions, None, actor="test", clock=lambda: NOW, backoff_first=0.5, pair_wait=2.0)
    sender.runner_id = "runner"
    sender._take_lease(campaign_id)
    _, claims, running = sender._step(campaign_id, [], 20, None)
    assert running and len(claims) == 20
    outcomes, requests = [], []
    for i, claim in enumerate(claims):
        to = claim.to if i != 3 else claim.to + "9"  # Meta normalised one number
        if i == 5:
            outcome = GraphError(code=131026, title="Message undeliverable", http_status=400)
        elif i == 8:
            outcome = GraphError(code=131056, title="Pair rate limit hit", http_status=400)
        elif i == 11:
            outcome = UnconfirmedSend(GraphError(code=None, title="timed out", http_status=None))
        else:
            outcome = SendResult(f"wamid.json{i:03d}", to, claim.to, "accepted", claim.correlation_id)
        outcomes.append((claim, outcome))
        call = GraphCall("POST", "/v23.0/1/messages", claim.correlation_id, 200 if i not in (5, 8, 11) else 400,
                         1, getattr(outcome, "code", None), 40 + i)
        requests.append((call, NOW, lambda _call: None))
    settled, more, running = sender._step(campaign_id, outcomes, 6, None, requests)
    assert running and len(more) == 6 and len(settled) == 20
    assert sorted(state for _, state in settled).count("sent") == 17
    # the settling of the second claims, all accepted, a second later
    sender.clock = lambda: LATER
    sender._step(campaign_id, [(c, SendResult(f"wamid.later{i}", c.to, c.to, None, c.correlation_id))
                               for i, c in enumerate(more)], 0, None, [])
    engine.dispose()


STOPPED = {"2026-12-07 09:30:15.123456", "2026-12-07 09:30:16.000000"}


def dump(profile: Profile) -> dict[str, list[tuple]]:
    """Every table's rows, each value with its type; a ``created_at``/``updated_at`` from a column's default (the
    wall clock, which the ORM may have bound before the clock was stopped: rows the two ways write alike) is
    shown as such."""

    def shown(name: str, value):
        if name in ("created_at", "updated_at") and isinstance(value, str) and value not in STOPPED:
            return ("wall clock", None)
        return (type(value).__name__, value)

    with sqlite3.connect(profile.database) as connection:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        dumped = {}
        for table in tables:
            cursor = connection.execute(f'SELECT * FROM "{table}"')
            names = [d[0] for d in cursor.description]
            dumped[table] = sorted((tuple(shown(n, v) for n, v in zip(names, row, strict=True)) for row in cursor),
                                   key=repr)
        return dumped


async def test_json_bound_writes_leave_the_rows_the_typed_statements_do(two_copies, stopped_clock, monkeypatch):
    campaign_id, (typed, json_bound) = two_copies
    run_steps(json_bound, campaign_id)
    with monkeypatch.context() as patched:
        used = typed_writes(patched)
        run_steps(typed, campaign_id)
    assert used == set(TYPED)

    expected, got = dump(typed), dump(json_bound)
    assert len(expected["audit_events"]) > 60 and len(expected["analytics_outbound"]) > 0
    for table in expected:
        assert got[table] == expected[table], table
