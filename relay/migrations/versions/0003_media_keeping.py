"""media keeping: a tenant's media token, kept media and their per-device keys

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06 11:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_EVENT_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    with op.batch_alter_table("tenants", schema=None) as batch_op:
        batch_op.add_column(sa.Column("media_token_enc", sa.LargeBinary(), nullable=True))
    op.create_table(
        "media",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("tenant_id", sa.String(length=32), nullable=False),
        sa.Column("event_id", _EVENT_ID, nullable=False),
        sa.Column("meta_media_id", sa.String(length=128), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("state", sa.String(length=8), nullable=False),
        sa.Column("error", sa.String(length=40), nullable=True),
        sa.Column("sha256", sa.LargeBinary(length=32), nullable=True),
        sa.Column("size", sa.BigInteger(), nullable=True),
        sa.Column("stored_size", sa.BigInteger(), nullable=True),
        sa.Column("held_key", sa.LargeBinary(), nullable=True),
        sa.Column("received_us", sa.BigInteger(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_us", sa.BigInteger(), nullable=False),
        sa.Column("claimed_until_us", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(["tenant_id"], ["tenants.id"], name=op.f("fk_media_tenant_id_tenants"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_media")),
    )
    with op.batch_alter_table("media", schema=None) as batch_op:
        batch_op.create_index("ix_media_event_id", ["event_id"], unique=False)
        batch_op.create_index("ix_media_state_next", ["state", "next_attempt_us"], unique=False)
        batch_op.create_index("ix_media_received_us", ["received_us"], unique=False)
        batch_op.create_index("ix_media_tenant_id", ["tenant_id"], unique=False)
    op.create_table(
        "media_keys",
        sa.Column("media_id", sa.String(length=32), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("epk", sa.LargeBinary(length=32), nullable=False),
        sa.Column("nonce", sa.LargeBinary(length=12), nullable=False),
        sa.Column("wrapped_key", sa.LargeBinary(length=48), nullable=False),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"], name=op.f("fk_media_keys_device_id_devices"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["media_id"], ["media.id"], name=op.f("fk_media_keys_media_id_media"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("media_id", "device_id", name=op.f("pk_media_keys")),
    )
    with op.batch_alter_table("media_keys", schema=None) as batch_op:
        batch_op.create_index("ix_media_keys_device", ["device_id"], unique=False)


def downgrade() -> None:
    op.drop_table("media_keys")
    op.drop_table("media")
    with op.batch_alter_table("tenants", schema=None) as batch_op:
        batch_op.drop_column("media_token_enc")
