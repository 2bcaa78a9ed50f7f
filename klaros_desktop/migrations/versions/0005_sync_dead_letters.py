"""relay events sync set aside (dead letters), kept because the relay drops an event once it is acked

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04

Sync used to audit an event it could not apply, move its cursor past it and ack it: the relay then dropped
the customer's message. An event at fault is now kept here with why (``services/inbound/dead_letters.py``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_dead_letters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cursor", sa.String(length=100), nullable=False),
        sa.Column("correlation_id", sa.String(length=64), nullable=True),
        sa.Column("received_at", sa.DateTime(), nullable=True),
        sa.Column("failed_at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("error_class", sa.String(length=100), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("body", sa.JSON(), nullable=True),
        sa.Column("body_text", sa.Text(), nullable=True),
        sa.Column("sealed", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_dead_letters")),
        sa.UniqueConstraint("cursor", name=op.f("uq_sync_dead_letters_cursor")),
    )


def downgrade() -> None:
    op.drop_table("sync_dead_letters")
