"""campaign headers with a text variable or a location

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-06

A template whose text header has a variable, or whose header is a map (LOCATION), takes its value per send:
``campaigns.header_params`` keeps where the text comes from (a source like a body variable's) or the one fixed
location; ``campaign_recipients.header_params`` each recipient's header text, frozen at launch like the body's
values. Plain ``ADD COLUMN``: the tables are not rebuilt, so the analytics triggers stay.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("campaigns", sa.Column("header_params", sa.JSON(), nullable=True))
    op.add_column("campaign_recipients", sa.Column("header_params", sa.JSON(), nullable=True))


def downgrade() -> None:
    op.drop_column("campaign_recipients", "header_params")
    op.drop_column("campaigns", "header_params")
