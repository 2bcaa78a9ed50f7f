"""contacts ordered by a stored name key

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-06

``contacts.name_key`` holds what the index of 0012 computed from the SQL expression ``name_order.sql_key()``:
the same key (``models.name_keys.name_key``, a test compares the two), now computed in Python once per written
row by every writer of a contact's names, instead of by SQLite evaluating a long ``CASE`` expression on every
insert and rename. Existing rows are filled in batches by id (a 100k-contact profile does not hold one huge
statement), then the column is indexed with the id as 0012's index was, and the expression index is dropped.
Plain ``ADD``/``DROP COLUMN``: the table is not rebuilt, so its search and analytics triggers stay. Down: the
expression index comes back and the column goes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from klaros_desktop.models.name_keys import name_key
from klaros_desktop.services.people.name_order import sql_key

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

BATCH = 5000


def upgrade() -> None:
    op.add_column("contacts", sa.Column("name_key", sa.Text(), nullable=True))
    conn = op.get_bind()
    last = 0
    while True:
        rows = conn.exec_driver_sql(
            "SELECT id, display_name, profile_name, phone_e164 FROM contacts WHERE id > ? ORDER BY id LIMIT ?",
            (last, BATCH)).all()
        if not rows:
            break
        keyed = [(key, cid) for cid, display, profile, phone in rows
                 if (key := name_key(display, profile, phone)) is not None]
        if keyed:
            conn.exec_driver_sql("UPDATE contacts SET name_key = ? WHERE id = ?", keyed)
        last = rows[-1][0]
    op.execute("DROP INDEX IF EXISTS ix_contacts_name_key")
    op.execute("CREATE INDEX ix_contacts_name_key ON contacts (name_key, id)")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_contacts_name_key")
    op.drop_column("contacts", "name_key")
    op.execute(f"CREATE INDEX IF NOT EXISTS ix_contacts_name_key ON contacts ({sql_key()}, id)")
