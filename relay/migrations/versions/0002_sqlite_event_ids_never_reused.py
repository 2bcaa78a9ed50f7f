"""SQLite: event ids are never reused (AUTOINCREMENT)

Event ids are the devices' cursors. Without AUTOINCREMENT SQLite hands out max(id) + 1, so once retention
had emptied the table (a relay quiet for the whole retention period) ids restarted at 1: devices holding a
larger cursor skipped the new events, and the acknowledgement floor even pruned them undelivered.
PostgreSQL draws ids from a sequence and needs no change.

The sequence is seeded with the largest id any device can hold (newest event or any acknowledged cursor),
so a database already hit by the restart moves past every cursor in use.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 10:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _recreate_events(autoincrement: bool) -> None:
    # Needs PRAGMA foreign_keys=OFF (relay.db.migrate): with it ON, dropping the old table would cascade
    # to event_keys and delete every wrapped key.
    with op.batch_alter_table("events", recreate="always",
                              table_kwargs={"sqlite_autoincrement": autoincrement}) as batch_op:
        batch_op.alter_column("id", autoincrement=True)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    floor = bind.exec_driver_sql(
        "SELECT max(coalesce((SELECT max(id) FROM events), 0), coalesce((SELECT max(acked_cursor) FROM devices), 0))"
    ).scalar_one()
    _recreate_events(True)
    bind.exec_driver_sql("DELETE FROM sqlite_sequence WHERE name = 'events'")
    bind.exec_driver_sql("INSERT INTO sqlite_sequence (name, seq) VALUES ('events', ?)", (floor,))


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _recreate_events(False)
