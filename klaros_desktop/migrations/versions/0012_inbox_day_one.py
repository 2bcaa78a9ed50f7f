"""contacts listed by name as readers expect it: accents folded ("Ümit" between "Thomas" and "Vera")

Revision ID: 0012
Revises: 0006
Create Date: 2026-12-06

The contacts table orders by ``services.people.name_order.sql_key()`` (accented Latin letters folded to their
base letters, then ASCII case); NOCASE put every name starting with an accented letter after "Z". The index
replaces the one of 0004 and must stay the exact expression the query orders by.
"""

from __future__ import annotations

from alembic import op

from klaros_desktop.services.people.name_order import sql_key

revision = "0012"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_contacts_name_order")
    op.execute(f"CREATE INDEX IF NOT EXISTS ix_contacts_name_key ON contacts ({sql_key()}, id)")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_contacts_name_key")
    op.execute("CREATE INDEX IF NOT EXISTS ix_contacts_name_order "
               "ON contacts (coalesce(display_name, profile_name, phone_e164) COLLATE NOCASE, id)")
