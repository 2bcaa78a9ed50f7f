"""Expiry in id order: the index on events.received_us goes

Expiry (the group commit's and the retention sweep's) now deletes the lowest ids up to the first event still
young (``store.EventBatch.expire``), so nothing reads events by receipt time any more, and every insert and every
delete no longer maintains an index for it.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07 13:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch_op:
        batch_op.drop_index("ix_events_received_us")


def downgrade() -> None:
    with op.batch_alter_table("events") as batch_op:
        batch_op.create_index("ix_events_received_us", ["received_us"], unique=False)
