"""a sent template's parts as the customer got them

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-06

``messages.template_parts`` keeps what a sent template showed besides its body: the title with its value, a map's
place, the footer and the buttons (a link with its filled-in address), so the thread draws the bubble as WhatsApp
shows it (``services/messaging/sent_template.py``). Messages stored before have none and show their text as
before. Plain ``ADD COLUMN``: the table is not rebuilt.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("messages", sa.Column("template_parts", sa.JSON(), nullable=True))


def downgrade() -> None:
    op.drop_column("messages", "template_parts")
