"""who is sending an outbox item

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-07

An item is claimed (``sending``) by the process that sends it: the app, or a ``klaros send`` / ``klaros outbox
send`` next to it. ``claimed_by`` (``<computer>/<process id>``) and ``claimed_at`` name that process, so an item
whose process was killed mid-send is seen to be orphaned while the app keeps running, and held as "may have been
sent" instead of staying ``sending`` until the app's next start. Plain ``ADD COLUMN``: the table is not rebuilt.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("outbox_items", sa.Column("claimed_by", sa.String(300), nullable=True))
    op.add_column("outbox_items", sa.Column("claimed_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    op.drop_column("outbox_items", "claimed_at")
    op.drop_column("outbox_items", "claimed_by")
