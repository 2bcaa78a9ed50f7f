"""the contacts' ``wa_id`` and ``bsuid`` indexes hold only the contacts that have one

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-07

A shop's own list (an import, a contact typed in) has neither id until the customer writes, so the two indexes held
one NULL entry per such contact, which every insert wrote and no query reads: every lookup is by a value
(``wa_id = ?``, ``wa_id IN (…)``, ``bsuid = ?``), which implies ``IS NOT NULL``, so SQLite uses the partial index
for it as before.
"""

from __future__ import annotations

from alembic import op

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None

COLUMNS = ("wa_id", "bsuid")


def upgrade() -> None:
    for column in COLUMNS:
        op.execute(f"DROP INDEX IF EXISTS ix_contacts_{column}")
        op.execute(f"CREATE INDEX ix_contacts_{column} ON contacts ({column}) WHERE {column} IS NOT NULL")


def downgrade() -> None:
    for column in COLUMNS:
        op.execute(f"DROP INDEX IF EXISTS ix_contacts_{column}")
        op.execute(f"CREATE INDEX ix_contacts_{column} ON contacts ({column})")
