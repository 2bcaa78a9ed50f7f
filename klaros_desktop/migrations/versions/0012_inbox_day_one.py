"""the inbox's day one: contacts listed by name as readers expect it, pinned and muted chats

Revision ID: 0012
Revises: 0006
Create Date: 2026-12-06

Contacts: the table orders by ``services.people.name_order.sql_key()`` (accented Latin letters folded to their
base letters, then ASCII case); NOCASE put every name starting with an accented letter after "Z". The index
replaces the one of 0004 and must stay the exact expression the query orders by (a change of ``sql_key`` needs a
migration of its own).

Conversations: ``pinned_at`` (a pinned chat stays at the top, the latest pinned first) and ``muted`` (no
notification for its messages). Messages: ``automatic`` (a greeting or away message Klaros sent by itself,
marked so in the thread).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from klaros_desktop.services.people.name_order import sql_key

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("conversations") as batch_op:
        batch_op.add_column(sa.Column("pinned_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("muted", sa.Boolean(), server_default="0", nullable=False))
    # the few pinned chats are read first on every page of the list: found by this index, not a scan
    op.execute("CREATE INDEX IF NOT EXISTS ix_conversations_pinned ON conversations (pinned_at) "
               "WHERE pinned_at IS NOT NULL")
    with op.batch_alter_table("messages") as batch_op:
        batch_op.add_column(sa.Column("automatic", sa.Boolean(), server_default="0", nullable=False))
    op.execute("DROP INDEX IF EXISTS ix_contacts_name_order")
    op.execute(f"CREATE INDEX IF NOT EXISTS ix_contacts_name_key ON contacts ({sql_key()}, id)")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_conversations_pinned")
    with op.batch_alter_table("messages") as batch_op:
        batch_op.drop_column("automatic")
    with op.batch_alter_table("conversations") as batch_op:
        batch_op.drop_column("muted")
        batch_op.drop_column("pinned_at")
    op.execute("DROP INDEX IF EXISTS ix_contacts_name_key")
    op.execute("CREATE INDEX IF NOT EXISTS ix_contacts_name_order "
               "ON contacts (coalesce(display_name, profile_name, phone_e164) COLLATE NOCASE, id)")
