"""index messages by time, for the analytics of a period

Revision ID: 0010
Revises: 0006
Create Date: 2026-12-06

Every figure of the Analytics screen reads the messages of a period (``services/analytics``): without an index
on ``timestamp`` each of its queries read the whole table, so a 30-day view of a 1M-message profile read a
million rows several times. The index costs one more B-tree insert per new message; status updates do not
change ``timestamp`` and leave it alone (bench/analytics.py measures the sync apply rate with and without it).
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE INDEX IF NOT EXISTS ix_messages_timestamp ON messages (timestamp)")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_messages_timestamp")
