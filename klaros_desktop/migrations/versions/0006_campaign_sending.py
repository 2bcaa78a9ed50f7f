"""campaign sending: per-recipient claim columns (frozen number and values, attempts, request correlation id,
wamid, not-before time, sent and replied times) and the campaign's rate, stop reason and sender lease

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06

The tables existed since 0002 but nothing wrote them, so there is nothing to move.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

RECIPIENT_COLUMNS = (
    sa.Column("phone_e164", sa.String(length=20), nullable=True),
    sa.Column("params", sa.JSON(), nullable=True),
    sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"),
    sa.Column("correlation_id", sa.String(length=64), nullable=True),
    sa.Column("wamid", sa.String(length=200), nullable=True),
    sa.Column("next_attempt_at", sa.DateTime(), nullable=True),
    sa.Column("sent_at", sa.DateTime(), nullable=True),
    sa.Column("replied_at", sa.DateTime(), nullable=True),
)
CAMPAIGN_COLUMNS = (
    sa.Column("rate_per_second", sa.Float(), nullable=True),
    sa.Column("stop_code", sa.String(length=50), nullable=True),
    sa.Column("stop_error_code", sa.Integer(), nullable=True),
    sa.Column("runner_id", sa.String(length=64), nullable=True),
    sa.Column("runner_until", sa.DateTime(), nullable=True),
)


def upgrade() -> None:
    for column in RECIPIENT_COLUMNS:
        op.add_column("campaign_recipients", column)
    op.create_index("ix_campaign_recipients_correlation_id", "campaign_recipients", ["correlation_id"])
    op.create_index("ix_campaign_recipients_campaign_state", "campaign_recipients", ["campaign_id", "state"])
    for column in CAMPAIGN_COLUMNS:
        op.add_column("campaigns", column)


def downgrade() -> None:
    # ALTER TABLE ... DROP COLUMN in place (SQLite 3.35+), never a batch copy: recreating ``campaigns`` would
    # drop the old table with foreign keys on, and its ON DELETE CASCADE would empty ``campaign_recipients``.
    for column in reversed(CAMPAIGN_COLUMNS):
        op.drop_column("campaigns", column.name)
    op.drop_index("ix_campaign_recipients_campaign_state", "campaign_recipients")
    op.drop_index("ix_campaign_recipients_correlation_id", "campaign_recipients")
    for column in reversed(RECIPIENT_COLUMNS):
        op.drop_column("campaign_recipients", column.name)
