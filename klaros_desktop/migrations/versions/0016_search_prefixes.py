"""search prefixes: the FTS5 tables keep the one- and two-letter prefixes of every word

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-09

Search as you type asks for each word as a prefix ("ro" is ``"ro"*``). Without a prefix index FTS5 merges the
lists of every word that starts so; for a letter or two that is most of a million messages' words, read on each
key. ``prefix='1 2'`` keeps those prefixes as terms of their own, read like one word.

FTS5 takes the option only when a table is created, so both tables are created again and filled: ``messages_fts``
from the messages with a text (what its triggers index), ``contacts_fts`` (its own content) from a copy of its
rows. The triggers of 0002 name the tables, not their options, and stay as they are.
"""

from __future__ import annotations

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

_TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'"


def _recreate(options: str) -> None:
    op.execute("CREATE TEMP TABLE contacts_fts_rows AS SELECT rowid AS id, name, phone, tags, notes FROM contacts_fts")
    op.execute("DROP TABLE contacts_fts")
    op.execute(f"CREATE VIRTUAL TABLE contacts_fts USING fts5(name, phone, tags, notes, {_TOKENIZE}{options})")
    op.execute("INSERT INTO contacts_fts (rowid, name, phone, tags, notes) "
               "SELECT id, name, phone, tags, notes FROM contacts_fts_rows ORDER BY id")
    op.execute("DROP TABLE contacts_fts_rows")
    op.execute("DROP TABLE messages_fts")
    op.execute("CREATE VIRTUAL TABLE messages_fts USING fts5(text, content='messages', content_rowid='id', "
               f"{_TOKENIZE}{options})")
    op.execute("INSERT INTO messages_fts (rowid, text) "
               "SELECT id, text FROM messages WHERE text IS NOT NULL ORDER BY id")


def upgrade() -> None:
    _recreate(", prefix='1 2'")


def downgrade() -> None:
    _recreate("")
