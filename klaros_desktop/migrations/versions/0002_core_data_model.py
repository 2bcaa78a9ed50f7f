"""core data model: contacts, tags, consent, conversations, messages, templates, audit, sync, campaigns, media, FTS5

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

The FTS5 tables are kept in step with their sources by triggers, so every write (the sync apply, an
import, an erasure) updates the search index in the same transaction.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'"

# name, phone, tags and notes of a contact; rowid = contacts.id. A plain (not external-content) table
# because "tags" is gathered from two other tables.
FTS_SQL = [
    f"CREATE VIRTUAL TABLE contacts_fts USING fts5(name, phone, tags, notes, {_TOKENIZE})",
    f"CREATE VIRTUAL TABLE messages_fts USING fts5(text, content='messages', content_rowid='id', {_TOKENIZE})",
    """
    CREATE TRIGGER contacts_fts_ai AFTER INSERT ON contacts BEGIN
      INSERT INTO contacts_fts(rowid, name, phone, tags, notes) VALUES (
        new.id,
        trim(coalesce(new.display_name, '') || ' ' || coalesce(new.profile_name, '')),
        trim(coalesce(new.phone_e164, '') || ' ' || coalesce(new.wa_id, '')),
        '',
        coalesce(new.notes, ''));
    END""",
    """
    CREATE TRIGGER contacts_fts_au AFTER UPDATE OF display_name, profile_name, phone_e164, wa_id, notes ON contacts
    BEGIN
      UPDATE contacts_fts SET
        name = trim(coalesce(new.display_name, '') || ' ' || coalesce(new.profile_name, '')),
        phone = trim(coalesce(new.phone_e164, '') || ' ' || coalesce(new.wa_id, '')),
        notes = coalesce(new.notes, '')
      WHERE rowid = new.id;
    END""",
    "CREATE TRIGGER contacts_fts_ad AFTER DELETE ON contacts BEGIN DELETE FROM contacts_fts WHERE rowid = old.id; END",
    """
    CREATE TRIGGER contact_tags_fts_ai AFTER INSERT ON contact_tags BEGIN
      UPDATE contacts_fts SET tags = coalesce((SELECT group_concat(t.name, ' ') FROM contact_tags ct
        JOIN tags t ON t.id = ct.tag_id WHERE ct.contact_id = new.contact_id), '')
      WHERE rowid = new.contact_id;
    END""",
    """
    CREATE TRIGGER contact_tags_fts_ad AFTER DELETE ON contact_tags BEGIN
      UPDATE contacts_fts SET tags = coalesce((SELECT group_concat(t.name, ' ') FROM contact_tags ct
        JOIN tags t ON t.id = ct.tag_id WHERE ct.contact_id = old.contact_id), '')
      WHERE rowid = old.contact_id;
    END""",
    """
    CREATE TRIGGER tags_fts_au AFTER UPDATE OF name ON tags BEGIN
      UPDATE contacts_fts SET tags = coalesce((SELECT group_concat(t.name, ' ') FROM contact_tags ct
        JOIN tags t ON t.id = ct.tag_id WHERE ct.contact_id = contacts_fts.rowid), '')
      WHERE rowid IN (SELECT contact_id FROM contact_tags WHERE tag_id = new.id);
    END""",
    """
    CREATE TRIGGER messages_fts_ai AFTER INSERT ON messages WHEN new.text IS NOT NULL BEGIN
      INSERT INTO messages_fts(rowid, text) VALUES (new.id, new.text);
    END""",
    """
    CREATE TRIGGER messages_fts_ad AFTER DELETE ON messages WHEN old.text IS NOT NULL BEGIN
      INSERT INTO messages_fts(messages_fts, rowid, text) VALUES ('delete', old.id, old.text);
    END""",
    """
    CREATE TRIGGER messages_fts_au AFTER UPDATE OF text ON messages BEGIN
      INSERT INTO messages_fts(messages_fts, rowid, text) SELECT 'delete', old.id, old.text WHERE old.text IS NOT NULL;
      INSERT INTO messages_fts(rowid, text) SELECT new.id, new.text WHERE new.text IS NOT NULL;
    END""",
]

FTS_OBJECTS = [
    ("TRIGGER", "messages_fts_au"),
    ("TRIGGER", "messages_fts_ad"),
    ("TRIGGER", "messages_fts_ai"),
    ("TRIGGER", "tags_fts_au"),
    ("TRIGGER", "contact_tags_fts_ad"),
    ("TRIGGER", "contact_tags_fts_ai"),
    ("TRIGGER", "contacts_fts_ad"),
    ("TRIGGER", "contacts_fts_au"),
    ("TRIGGER", "contacts_fts_ai"),
    ("TABLE", "messages_fts"),
    ("TABLE", "contacts_fts"),
]


def upgrade() -> None:
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=50), nullable=False),
        sa.Column("action", sa.String(length=50), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=True),
        sa.Column("correlation_id", sa.String(length=64), nullable=True),
        sa.Column("details", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_events")),
    )
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_events_action"), ["action"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_events_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_events_correlation_id"), ["correlation_id"], unique=False)

    op.create_table(
        "campaigns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("template_name", sa.String(length=512), nullable=False),
        sa.Column("template_language", sa.String(length=20), nullable=False),
        sa.Column("template_category", sa.String(length=30), nullable=True),
        sa.Column("parameters", sa.JSON(), nullable=True),
        sa.Column("audience", sa.JSON(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("scheduled_at", sa.DateTime(), nullable=True),
        sa.Column("started_at", sa.DateTime(), nullable=True),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("correlation_id", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaigns")),
    )
    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=True),
        sa.Column("phone_e164", sa.String(length=20), nullable=True),
        sa.Column("wa_id", sa.String(length=32), nullable=True),
        sa.Column("bsuid", sa.String(length=100), nullable=True),
        sa.Column("profile_name", sa.String(length=200), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("custom_fields", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contacts")),
        sa.UniqueConstraint("phone_e164", name=op.f("uq_contacts_phone_e164")),
    )
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contacts_bsuid"), ["bsuid"], unique=False)
        batch_op.create_index(batch_op.f("ix_contacts_wa_id"), ["wa_id"], unique=False)

    op.create_table(
        "import_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_name", sa.String(length=500), nullable=False),
        sa.Column("source_format", sa.String(length=20), nullable=True),
        sa.Column("source_sha256", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("total_rows", sa.Integer(), nullable=False),
        sa.Column("imported", sa.Integer(), nullable=False),
        sa.Column("merged", sa.Integer(), nullable=False),
        sa.Column("skipped", sa.Integer(), nullable=False),
        sa.Column("report", sa.JSON(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("correlation_id", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_runs")),
    )
    op.create_table(
        "media_files",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meta_media_id", sa.String(length=100), nullable=True),
        sa.Column("mime_type", sa.String(length=100), nullable=True),
        sa.Column("sha256", sa.String(length=100), nullable=True),
        sa.Column("filename", sa.String(length=500), nullable=True),
        sa.Column("size", sa.Integer(), nullable=True),
        sa.Column("local_path", sa.String(length=500), nullable=True),
        sa.Column("direction", sa.String(length=3), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("downloaded_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_media_files")),
    )
    with op.batch_alter_table("media_files", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_media_files_meta_media_id"), ["meta_media_id"], unique=False)

    op.create_table(
        "message_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meta_id", sa.String(length=100), nullable=True),
        sa.Column("name", sa.String(length=512), nullable=False),
        sa.Column("language", sa.String(length=20), nullable=False),
        sa.Column("category", sa.String(length=30), nullable=True),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("components", sa.JSON(), nullable=True),
        sa.Column("parameter_format", sa.String(length=20), nullable=True),
        sa.Column("quality_score", sa.String(length=20), nullable=True),
        sa.Column("rejected_reason", sa.Text(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_message_templates")),
        sa.UniqueConstraint("name", "language", name=op.f("uq_message_templates_name")),
    )
    with op.batch_alter_table("message_templates", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_message_templates_meta_id"), ["meta_id"], unique=False)

    op.create_table(
        "pending_statuses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("wamid", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("timestamp", sa.DateTime(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("correlation_id", sa.String(length=64), nullable=True),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pending_statuses")),
        sa.UniqueConstraint("wamid", "status", name=op.f("uq_pending_statuses_wamid")),
    )
    with op.batch_alter_table("pending_statuses", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pending_statuses_wamid"), ["wamid"], unique=False)

    op.create_table(
        "suppressed_numbers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number_hash", sa.String(length=64), nullable=False),
        sa.Column("scope", sa.String(length=10), nullable=False),
        sa.Column("reason", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_suppressed_numbers")),
        sa.UniqueConstraint("number_hash", "scope", name=op.f("uq_suppressed_numbers_number_hash")),
    )
    with op.batch_alter_table("suppressed_numbers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_suppressed_numbers_number_hash"), ["number_hash"], unique=False)

    op.create_table(
        "sync_state",
        sa.Column("source", sa.String(length=50), nullable=False),
        sa.Column("cursor", sa.String(length=100), nullable=True),
        sa.Column("events_applied", sa.Integer(), nullable=False),
        sa.Column("last_synced_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("source", name=op.f("pk_sync_state")),
    )
    op.create_table(
        "tags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100, collation="NOCASE"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tags")),
        sa.UniqueConstraint("name", name=op.f("uq_tags_name")),
    )
    op.create_table(
        "contact_tags",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], name=op.f("fk_contact_tags_contact_id_contacts"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["tag_id"], ["tags.id"], name=op.f("fk_contact_tags_tag_id_tags"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("contact_id", "tag_id", name=op.f("pk_contact_tags")),
    )
    with op.batch_alter_table("contact_tags", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_tags_tag_id"), ["tag_id"], unique=False)

    op.create_table(
        "conversations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("phone_number_id", sa.String(length=32), nullable=False),
        sa.Column("last_message_at", sa.DateTime(), nullable=True),
        sa.Column("last_inbound_at", sa.DateTime(), nullable=True),
        sa.Column("unread_count", sa.Integer(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], name=op.f("fk_conversations_contact_id_contacts"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conversations")),
        sa.UniqueConstraint("contact_id", "phone_number_id", name=op.f("uq_conversations_contact_id")),
    )
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_conversations_last_message_at"), ["last_message_at"], unique=False)

    op.create_table(
        "messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("wamid", sa.String(length=200), nullable=True),
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(length=3), nullable=False),
        sa.Column("type", sa.String(length=30), nullable=False),
        sa.Column("meta_type", sa.String(length=50), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("media_id", sa.String(length=100), nullable=True),
        sa.Column("media_mime", sa.String(length=100), nullable=True),
        sa.Column("media_file_id", sa.Integer(), nullable=True),
        sa.Column("reply_to_wamid", sa.String(length=200), nullable=True),
        sa.Column("context", sa.JSON(), nullable=True),
        sa.Column("template_name", sa.String(length=200), nullable=True),
        sa.Column("template_language", sa.String(length=20), nullable=True),
        sa.Column("template_category", sa.String(length=30), nullable=True),
        sa.Column("timestamp", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("status_at", sa.DateTime(), nullable=True),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("delivered_at", sa.DateTime(), nullable=True),
        sa.Column("read_at", sa.DateTime(), nullable=True),
        sa.Column("failed_at", sa.DateTime(), nullable=True),
        sa.Column("error_code", sa.Integer(), nullable=True),
        sa.Column("error_title", sa.String(length=200), nullable=True),
        sa.Column("error_text", sa.Text(), nullable=True),
        sa.Column("pricing_category", sa.String(length=40), nullable=True),
        sa.Column("pricing_type", sa.String(length=40), nullable=True),
        sa.Column("pricing_billable", sa.Boolean(), nullable=True),
        sa.Column("pricing_model", sa.String(length=10), nullable=True),
        sa.Column("meta_conversation_id", sa.String(length=100), nullable=True),
        sa.Column("correlation_id", sa.String(length=64), nullable=True),
        sa.Column("raw", sa.JSON(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], name=op.f("fk_messages_contact_id_contacts"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversations.id"],
            name=op.f("fk_messages_conversation_id_conversations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["media_file_id"],
            ["media_files.id"],
            name=op.f("fk_messages_media_file_id_media_files"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_messages")),
        sa.UniqueConstraint("wamid", name=op.f("uq_messages_wamid")),
    )
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_messages_contact_id"), ["contact_id"], unique=False)
        batch_op.create_index("ix_messages_conversation_time", ["conversation_id", "timestamp"], unique=False)

    op.create_table(
        "campaign_recipients",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("reason_code", sa.String(length=50), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("message_id", sa.Integer(), nullable=True),
        sa.Column("error_code", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaigns.id"],
            name=op.f("fk_campaign_recipients_campaign_id_campaigns"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_campaign_recipients_contact_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["messages.id"],
            name=op.f("fk_campaign_recipients_message_id_messages"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign_recipients")),
        sa.UniqueConstraint("campaign_id", "contact_id", name=op.f("uq_campaign_recipients_campaign_id")),
    )
    with op.batch_alter_table("campaign_recipients", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_campaign_recipients_contact_id"), ["contact_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_campaign_recipients_message_id"), ["message_id"], unique=False)

    op.create_table(
        "consent_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("scope", sa.String(length=10), nullable=False),
        sa.Column("source", sa.String(length=30), nullable=False),
        sa.Column("evidence_message_id", sa.Integer(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("correlation_id", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], name=op.f("fk_consent_events_contact_id_contacts"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["evidence_message_id"],
            ["messages.id"],
            name=op.f("fk_consent_events_evidence_message_id_messages"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_events")),
    )
    with op.batch_alter_table("consent_events", schema=None) as batch_op:
        batch_op.create_index(
            "ix_consent_events_contact_scope_time", ["contact_id", "scope", "occurred_at"], unique=False
        )

    for statement in FTS_SQL:
        op.execute(statement)


def downgrade() -> None:
    for kind, name in FTS_OBJECTS:
        op.execute(f"DROP {kind} IF EXISTS {name}")
    op.drop_table("consent_events")
    op.drop_table("campaign_recipients")
    op.drop_table("messages")
    op.drop_table("conversations")
    op.drop_table("contact_tags")
    op.drop_table("tags")
    op.drop_table("sync_state")
    op.drop_table("suppressed_numbers")
    op.drop_table("pending_statuses")
    op.drop_table("message_templates")
    op.drop_table("media_files")
    op.drop_table("import_runs")
    op.drop_table("contacts")
    op.drop_table("campaigns")
    op.drop_table("audit_events")
