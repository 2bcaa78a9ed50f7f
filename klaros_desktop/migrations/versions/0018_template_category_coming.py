"""a template's category change Meta announced

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-10

Meta announces a category change of an approved template a day before it makes it (``template_category_update``
with ``correct_category`` and ``category_update_timestamp``); ``message_templates.category_coming`` and
``category_coming_at`` keep it until the change arrives, so the Templates screen can say it. Plain ``ADD COLUMN``.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("message_templates", sa.Column("category_coming", sa.String(length=30), nullable=True))
    op.add_column("message_templates", sa.Column("category_coming_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    op.drop_column("message_templates", "category_coming_at")
    op.drop_column("message_templates", "category_coming")
