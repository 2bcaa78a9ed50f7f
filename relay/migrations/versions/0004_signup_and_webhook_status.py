"""Self-service sign-up and the webhook's status

Tenants get the e-mail address that signed them up, the time the operator suspended them (their webhooks and
devices are refused until resumed) and the time Meta last verified their webhook subscription (the desktop's
"Test connection" shows it). ``signup_codes`` holds the one pending e-mail code per address, hashed.

Revision ID: 0004
Revises: 0002
Create Date: 2026-12-06 11:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("tenants") as batch_op:
        batch_op.add_column(sa.Column("email", sa.String(254), nullable=True))
        batch_op.add_column(sa.Column("suspended_us", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("handshake_us", sa.BigInteger(), nullable=True))
    op.create_table(
        "signup_codes",
        sa.Column("email", sa.String(254), nullable=False),
        sa.Column("code_hash", sa.LargeBinary(32), nullable=False),
        sa.Column("expires_us", sa.BigInteger(), nullable=False),
        sa.Column("attempts_left", sa.Integer(), nullable=False),
        sa.Column("created_us", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("email", name="pk_signup_codes"),
    )


def downgrade() -> None:
    op.drop_table("signup_codes")
    with op.batch_alter_table("tenants") as batch_op:
        batch_op.drop_column("handshake_us")
        batch_op.drop_column("suspended_us")
        batch_op.drop_column("email")
