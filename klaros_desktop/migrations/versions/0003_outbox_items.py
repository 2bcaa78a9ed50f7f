"""outbox items in their own table (they were a JSON list in app_settings under ui.outbox)

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03

The old list is moved into the table as ``pending`` items, oldest first, and the setting is removed. An
item whose contact no longer exists is attached to the contact with its number (created if need be), so no
queued text is lost on the way. Downgrade writes pending and held items back into the list.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

log = logging.getLogger("klaros_desktop.migrations")

KEY = "ui.outbox"

settings_table = sa.table("app_settings", sa.column("key", sa.String), sa.column("value", sa.JSON))
contacts_table = sa.table("contacts", sa.column("id", sa.Integer), sa.column("phone_e164", sa.String),
                          sa.column("wa_id", sa.String), sa.column("notes", sa.Text),
                          sa.column("custom_fields", sa.JSON), sa.column("created_at", sa.DateTime),
                          sa.column("updated_at", sa.DateTime))
outbox_table = sa.table("outbox_items", sa.column("id", sa.Integer), sa.column("contact_id", sa.Integer),
                        sa.column("number", sa.String), sa.column("text", sa.Text),
                        sa.column("queued_at", sa.DateTime), sa.column("state", sa.String),
                        sa.column("attempts", sa.Integer), sa.column("correlation_id", sa.String))


def _naive_utc(value: str | None) -> datetime:
    try:
        when = datetime.fromisoformat(value) if value else datetime.now(UTC)
    except ValueError:
        when = datetime.now(UTC)
    if when.tzinfo is not None:
        when = when.astimezone(UTC).replace(tzinfo=None)
    return when


def upgrade() -> None:
    op.create_table(
        "outbox_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("queued_at", sa.DateTime(), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=True),
        sa.Column("reason_code", sa.String(length=50), nullable=True),
        sa.Column("error_code", sa.Integer(), nullable=True),
        sa.Column("error_title", sa.String(length=200), nullable=True),
        sa.Column("error_text", sa.Text(), nullable=True),
        sa.Column("held_at", sa.DateTime(), nullable=True),
        sa.Column("correlation_id", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"], name=op.f("fk_outbox_items_contact_id_contacts"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox_items")),
    )
    with op.batch_alter_table("outbox_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outbox_items_contact_id"), ["contact_id"], unique=False)
        batch_op.create_index("ix_outbox_items_state_queued", ["state", "queued_at"], unique=False)

    bind = op.get_bind()
    raw = bind.execute(sa.select(settings_table.c.value).where(settings_table.c.key == KEY)).scalar()
    raw = raw if isinstance(raw, list) else []
    items = [d for d in raw if isinstance(d, dict) and str(d.get("text") or "").strip()]
    items.sort(key=lambda d: _naive_utc(d.get("queued_at")))
    for data in items:
        number = str(data.get("number") or "")
        contact_id = bind.execute(sa.select(contacts_table.c.id).where(
            contacts_table.c.id == int(data.get("contact_id") or 0))).scalar()
        if contact_id is None and number:
            contact_id = bind.execute(sa.select(contacts_table.c.id).where(
                contacts_table.c.phone_e164 == number)).scalar()
        if contact_id is None:  # the contact went away: keep the text, under a contact with its number
            now = datetime.now(UTC).replace(tzinfo=None)
            contact_id = bind.execute(sa.insert(contacts_table).values(
                phone_e164=number or None, wa_id=number.lstrip("+") or None, notes="", custom_fields={},
                created_at=now, updated_at=now)).lastrowid
        new_id = bind.execute(sa.insert(outbox_table).values(
            contact_id=contact_id, number=number, text=str(data["text"]), queued_at=_naive_utc(data.get("queued_at")),
            state="pending", attempts=0)).lastrowid
        bind.execute(sa.update(outbox_table).where(outbox_table.c.id == new_id)
                     .values(correlation_id=f"outbox-{new_id}"))
    if items:
        log.info("moved %d queued messages from the ui.outbox setting into outbox_items", len(items))
    bind.execute(sa.delete(settings_table).where(settings_table.c.key == KEY))


def downgrade() -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.select(outbox_table.c.id, outbox_table.c.contact_id, outbox_table.c.number,
                                  outbox_table.c.text, outbox_table.c.queued_at)
                        .order_by(outbox_table.c.queued_at, outbox_table.c.id)).all()
    if rows:
        value = [{"id": f"{r.id:012x}", "contact_id": r.contact_id, "number": r.number, "text": r.text,
                  "queued_at": r.queued_at.replace(tzinfo=UTC).isoformat()} for r in rows]
        bind.execute(sa.delete(settings_table).where(settings_table.c.key == KEY))
        bind.execute(sa.insert(settings_table).values(key=KEY, value=value))
    with op.batch_alter_table("outbox_items", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_items_state_queued")
        batch_op.drop_index(batch_op.f("ix_outbox_items_contact_id"))
    op.drop_table("outbox_items")
