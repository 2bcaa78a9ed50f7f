"""The dedupe key follows time: events.body_time leads the unique key

The unique key on (tenant, SHA-256 of the body) ordered its entries by hash, so every event a group commit
inserted, and every event expiry deleted, changed a random page of that index: at small transactions that page
was most of what the WAL (and then the checkpoint) wrote per webhook. The key is now (body time, tenant, hash),
where the body time is the newest timestamp the body carries (``relay.meta.body_time``), a function of the body,
so Meta's retries still conflict, and new entries land beside each other at the index's end.

Rows stored before this migration cannot be given their body time (their bodies are sealed to the devices):
they get -1, and the group writer checks a new webhook against them by (tenant, hash) until they expire
(``relay.writer``). SQLite cannot drop a table's unique constraint, so there the table is rebuilt, keeping its
AUTOINCREMENT counter (ids are cursors and are never reused).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 19:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

LEGACY = -1  # relay.store.LEGACY_BODY_TIME


def _sequence():
    return op.get_bind().exec_driver_sql("SELECT seq FROM sqlite_sequence WHERE name = 'events'").scalar()


def _keep_sequence(seq) -> None:
    if seq is not None:
        bind = op.get_bind()
        bind.exec_driver_sql("DELETE FROM sqlite_sequence WHERE name = 'events'")
        bind.exec_driver_sql("INSERT INTO sqlite_sequence (name, seq) VALUES ('events', ?)", (seq,))


def upgrade() -> None:
    # Needs PRAGMA foreign_keys=OFF on SQLite (relay.db.migrate): dropping the old table would cascade to event_keys.
    if op.get_bind().dialect.name != "sqlite":
        op.add_column("events", sa.Column("body_time", sa.BigInteger(), nullable=False, server_default=str(LEGACY)))
        op.alter_column("events", "body_time", server_default="0")
        op.drop_constraint("uq_events_tenant_body", "events", type_="unique")
        op.create_unique_constraint("uq_events_body_time", "events", ["body_time", "tenant_id", "body_sha256"])
        return
    seq = _sequence()
    with op.batch_alter_table("events", recreate="always", table_kwargs={"sqlite_autoincrement": True}) as batch_op:
        batch_op.add_column(sa.Column("body_time", sa.BigInteger(), nullable=False, server_default="0"))
        batch_op.drop_constraint("uq_events_tenant_body", type_="unique")
        batch_op.create_unique_constraint("uq_events_body_time", ["body_time", "tenant_id", "body_sha256"])
    op.get_bind().exec_driver_sql(f"UPDATE events SET body_time = {LEGACY}")
    _keep_sequence(seq)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint("uq_events_body_time", "events", type_="unique")
        op.drop_column("events", "body_time")
        op.create_unique_constraint("uq_events_tenant_body", "events", ["tenant_id", "body_sha256"])
        return
    seq = _sequence()
    with op.batch_alter_table("events", recreate="always", table_kwargs={"sqlite_autoincrement": True}) as batch_op:
        batch_op.drop_constraint("uq_events_body_time", type_="unique")
        batch_op.drop_column("body_time")
        batch_op.create_unique_constraint("uq_events_tenant_body", ["tenant_id", "body_sha256"])
    _keep_sequence(seq)
