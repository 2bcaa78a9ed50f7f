"""Migration 0002 matches the models and keeps the FTS5 search tables in step with their sources."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from klaros_desktop.models import Base, Contact, Conversation, Message, Tag


def test_migrated_schema_matches_models(database):
    engine, _ = database
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    # the FTS5 tables (and their shadow tables) are made by raw SQL in the migration, not by models; so are the
    # analytics summaries (migration 0014), which only their triggers write
    fts = {"contacts", "messages"}
    def made_by_sql(d) -> bool:
        if d[0] == "remove_index":
            return d[1].table.name.startswith("analytics_")
        return d[0] == "remove_table" and (d[1].name.split("_fts")[0] in fts or d[1].name.startswith("analytics_"))

    assert [d for d in diff if not made_by_sql(d)] == []


def _fts(session, table, query):
    return sorted(session.execute(text(f"SELECT rowid FROM {table} WHERE {table} MATCH :q"), {"q": query}).scalars())


def test_contact_search_index_follows_names_tags_notes_and_deletes(sessions):
    with sessions.begin() as s:
        vip = Tag(name="Stammkunde")
        c = Contact(display_name="Jörg Müller", phone_e164="+4915112345678", notes="mag Käsekuchen", tags=[vip])
        other = Contact(display_name="Ana", phone_e164="+34600000001")
        s.add_all([c, other])
    with sessions.begin() as s:
        assert _fts(s, "contacts_fts", "jorg") == [c.id]
        assert _fts(s, "contacts_fts", "stammkunde") == [c.id]
        assert _fts(s, "contacts_fts", "kasekuchen") == [c.id]
        assert _fts(s, "contacts_fts", '"4915112345678"') == [c.id]
        contact = s.get(Contact, c.id)
        contact.notes = "neu"
        contact.tags = []
    with sessions.begin() as s:
        assert _fts(s, "contacts_fts", "kasekuchen") == []
        assert _fts(s, "contacts_fts", "stammkunde") == []
        s.delete(s.get(Contact, c.id))
    with sessions.begin() as s:
        assert _fts(s, "contacts_fts", "jorg") == []
        assert _fts(s, "contacts_fts", "ana") == [other.id]


def test_message_search_index_and_unique_wamid(sessions):
    now = datetime.now(UTC)
    with sessions.begin() as s:
        c = Contact(phone_e164="+4915100000000")
        conv = Conversation(contact=c)
        s.add(conv)
        s.flush()
        m = Message(wamid="wamid.1", conversation_id=conv.id, contact_id=c.id, direction="in", type="text",
                    text="Haben Sie noch Brötchen?", timestamp=now, status="received")
        s.add(m)
    with sessions.begin() as s:
        assert _fts(s, "messages_fts", "brotchen") == [m.id]
        s.get(Message, m.id).text = "Kuchen"
    with sessions.begin() as s:
        assert _fts(s, "messages_fts", "brotchen") == []
        assert _fts(s, "messages_fts", "kuchen") == [m.id]
    with pytest.raises(IntegrityError), sessions.begin() as s:
        s.add(Message(wamid="wamid.1", conversation_id=conv.id, contact_id=c.id, direction="in", type="text",
                      timestamp=now, status="received"))


def test_datetimes_come_back_aware_utc(sessions):
    with sessions.begin() as s:
        c = Contact(phone_e164="+4915100000001")
        s.add(c)
    with sessions() as s:
        assert s.get(Contact, c.id).created_at.tzinfo is UTC
    with pytest.raises(Exception, match="naive"), sessions.begin() as s:
        s.add(Contact(phone_e164="+4915100000002", created_at=datetime(2026, 1, 1)))


def test_meta_ids_are_indexed_only_where_a_contact_has_them(database):
    """Most contacts come from a shop's own list and have neither a ``wa_id`` nor a ``bsuid`` until they write; their
    indexes hold only the contacts that have one, so an import of plain numbers adds nothing to them, and every
    lookup by those ids (one, a list, beside the phone number) still goes through them."""
    engine, _ = database
    with engine.connect() as conn:
        for column in ("wa_id", "bsuid"):
            sql = conn.execute(text("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = :n"),
                               {"n": f"ix_contacts_{column}"}).scalar_one()
            assert sql.endswith(f"WHERE {column} IS NOT NULL"), sql
        conn.execute(text("INSERT INTO contacts (phone_e164, notes, custom_fields, created_at, updated_at) "
                          "VALUES ('+4915112345678', '', '{}', '2026-12-07 10:00:00', '2026-12-07 10:00:00')"))
        for column in ("wa_id", "bsuid"):
            held = conn.execute(text(f"SELECT count(*) FROM contacts INDEXED BY ix_contacts_{column} "
                                     f"WHERE {column} IS NOT NULL")).scalar_one()
            assert held == 0
        plans = {
            "wa_id = ?": "SELECT id FROM contacts WHERE wa_id = '4915112345678'",
            "bsuid = ?": "SELECT id FROM contacts WHERE bsuid = 'DE.123'",
            "wa_id IN (…) OR phone IN (…)": "SELECT id FROM contacts WHERE wa_id IN ('491511', '491512') "
                                            "OR phone_e164 IN ('+491511', '+491512')",
            "wa_id = ? OR phone = ?": "SELECT id FROM contacts WHERE phone_e164 = '+491511' OR wa_id = '491511'",
        }
        for name, query in plans.items():
            plan = " / ".join(row[-1] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {query}"))
            assert "SCAN contacts" not in plan and "ix_contacts_" in plan.replace("sqlite_autoindex", ""), (name, plan)
