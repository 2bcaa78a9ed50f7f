"""media: each inbound media message's download state; outbox items that carry a file

Revision ID: 0011
Revises: 0006
Create Date: 2026-12-06

``media_states`` keeps where a message's file stands (pending, downloading, ready, unavailable with a reason
code), so downloads resume after a restart and a file that could not be had says why. Outbox items gain the
columns of a queued photo, document, voice note or video (a copy kept below the profile's media folder).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "media_states",
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=True),
        sa.Column("reason_code", sa.String(length=40), nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("source", sa.String(length=10), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["message_id"], ["messages.id"], name=op.f("fk_media_states_message_id_messages"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("message_id", name=op.f("pk_media_states")),
    )
    op.create_index("ix_media_states_state_due", "media_states", ["state", "next_attempt_at"])
    with op.batch_alter_table("outbox_items") as batch:
        batch.add_column(sa.Column("media_kind", sa.String(length=10), nullable=True))
        batch.add_column(sa.Column("media_path", sa.String(length=500), nullable=True))
        batch.add_column(sa.Column("media_mime", sa.String(length=100), nullable=True))
        batch.add_column(sa.Column("media_filename", sa.String(length=500), nullable=True))
        batch.add_column(sa.Column("media_size", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("meta_media_id", sa.String(length=100), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outbox_items") as batch:
        for name in ("meta_media_id", "media_size", "media_filename", "media_mime", "media_path", "media_kind"):
            batch.drop_column(name)
    op.drop_index("ix_media_states_state_due", table_name="media_states")
    op.drop_table("media_states")
