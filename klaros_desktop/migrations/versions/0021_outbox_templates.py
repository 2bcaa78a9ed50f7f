"""outbox items that are templates

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-06

A template written while offline waits in the outbox like a text: ``template_name`` and ``template_language``
name it, ``template_values`` keeps what was filled in (the body's values, the title's value, the map's place, the
link buttons' values), so it is sent later exactly as it was previewed; a header file uses the item's ``media_*``
columns as a queued photo does. Plain ``ADD COLUMN``: the table is not rebuilt.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("outbox_items", sa.Column("template_name", sa.String(200), nullable=True))
    op.add_column("outbox_items", sa.Column("template_language", sa.String(20), nullable=True))
    op.add_column("outbox_items", sa.Column("template_values", sa.JSON(), nullable=True))


def downgrade() -> None:
    op.drop_column("outbox_items", "template_values")
    op.drop_column("outbox_items", "template_language")
    op.drop_column("outbox_items", "template_name")
