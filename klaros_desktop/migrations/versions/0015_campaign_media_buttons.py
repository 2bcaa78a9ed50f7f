"""campaign header media and link-button variables

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-08

A campaign of a template with a picture, video or document at the top keeps that file (a path to upload or
Meta's media id, and the id once uploaded) in ``campaigns.header_media``; a template whose URL button ends in a
variable keeps each button's source in ``campaigns.button_sources`` and each recipient's value, frozen at
launch, in ``campaign_recipients.button_params``. Plain ``ADD COLUMN``: the table is not rebuilt, so the
analytics triggers on ``campaign_recipients`` stay.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("campaigns", sa.Column("header_media", sa.JSON(), nullable=True))
    op.add_column("campaigns", sa.Column("button_sources", sa.JSON(), nullable=True))
    op.add_column("campaign_recipients", sa.Column("button_params", sa.JSON(), nullable=True))


def downgrade() -> None:
    op.drop_column("campaign_recipients", "button_params")
    op.drop_column("campaigns", "button_sources")
    op.drop_column("campaigns", "header_media")
