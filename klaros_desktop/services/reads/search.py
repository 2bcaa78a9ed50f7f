"""Search over contacts (name, number, tags, notes) and message text with SQLite FTS5.

The FTS tables are kept in step by triggers (migration 0002), so a search sees every committed write.
User input is never passed to FTS5 as syntax: each word becomes a quoted prefix term, so ``"``, ``*``,
``OR`` or ``-`` typed by a user cannot break the query.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import text
from sqlalchemy.orm import Session

from klaros_desktop.models.base import UTCDateTime
from klaros_desktop.services.people import phones

_WORD = re.compile(r"\w+", re.UNICODE)
_PHONEISH = re.compile(r"^[\d\s()+\-./]{4,}$")
_TS = UTCDateTime()


@dataclass(frozen=True)
class ContactHit:
    contact_id: int
    name: str
    phone_e164: str | None


@dataclass(frozen=True)
class MessageHit:
    message_id: int
    contact_id: int
    snippet: str
    timestamp: datetime
    direction: str


@dataclass(frozen=True)
class SearchResults:
    contacts: list[ContactHit]
    messages: list[MessageHit]


def fts_query(user_text: str) -> str | None:
    """A safe FTS5 expression: every word a quoted prefix term, all required. None if nothing searchable."""
    words = _WORD.findall(user_text)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


def _phone_query(user_text: str, region: str | None) -> str | None:
    if not _PHONEISH.match(user_text.strip()):
        return None
    digits = re.sub(r"\D", "", user_text)
    candidates = {digits.lstrip("0")} if digits else set()
    try:
        candidates.add(phones.wa_digits(phones.normalise(user_text, region)))
    except phones.InvalidNumber:
        pass
    candidates.discard("")
    if not candidates:
        return None
    return " OR ".join(f'phone : "{c}"*' for c in sorted(candidates))


def search_contacts(session: Session, query: str, *, limit: int = 50, region: str | None = None) -> list[ContactHit]:
    match = _phone_query(query, region) or fts_query(query)
    if match is None:
        return []
    rows = session.execute(text(
        "SELECT c.id, c.display_name, c.profile_name, c.phone_e164 FROM contacts_fts f "
        "JOIN contacts c ON c.id = f.rowid WHERE contacts_fts MATCH :q ORDER BY f.rank LIMIT :n"),
        {"q": match, "n": limit})
    return [ContactHit(r[0], r[1] or r[2] or r[3] or f"contact {r[0]}", r[3]) for r in rows]


def search_messages(session: Session, query: str, *, limit: int = 50, contact_id: int | None = None
                    ) -> list[MessageHit]:
    """Newest first (FTS5 walks its rowids backwards, which stays fast on a million messages)."""
    match = fts_query(query)
    if match is None:
        return []
    where = " AND m.contact_id = :cid" if contact_id is not None else ""
    rows = session.execute(text(
        "SELECT m.id, m.contact_id, snippet(messages_fts, 0, '[', ']', '…', 12), m.timestamp, m.direction "
        "FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid "
        f"WHERE messages_fts MATCH :q{where} ORDER BY messages_fts.rowid DESC LIMIT :n"),
        {"q": match, "n": limit, "cid": contact_id})
    return [MessageHit(r[0], r[1], r[2], _ts(r[3]), r[4]) for r in rows]


def _ts(value) -> datetime:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return _TS.process_result_value(value, None)


def search(session: Session, query: str, *, limit: int = 50, region: str | None = None) -> SearchResults:
    return SearchResults(search_contacts(session, query, limit=limit, region=region),
                         search_messages(session, query, limit=limit))


HIT_START, HIT_END = "\x02", "\x03"  # around the matched words of a ``ChatMessageHit.snippet``


@dataclass(frozen=True)
class ChatMessageHit:
    """A message the chat list's search found: its chat, who, and the text around the hit (``HIT_START`` and
    ``HIT_END`` around each matched word, so the screen can set them apart whatever the text holds)."""

    message_id: int
    conversation_id: int
    contact_id: int
    name: str
    snippet: str
    timestamp: datetime
    direction: str


def chat_message_hits(session: Session, query: str, *, limit: int = 50) -> list[ChatMessageHit]:
    """Messages whose text matches ``query``, newest first, with their chat and contact (one indexed query)."""
    match = fts_query(query)
    if match is None:
        return []
    rows = session.execute(text(
        f"SELECT m.id, m.conversation_id, m.contact_id, c.display_name, c.profile_name, c.phone_e164, "
        f"snippet(messages_fts, 0, '{HIT_START}', '{HIT_END}', '…', 10), m.timestamp, m.direction "
        "FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid JOIN contacts c ON c.id = m.contact_id "
        "WHERE messages_fts MATCH :q ORDER BY messages_fts.rowid DESC LIMIT :n"), {"q": match, "n": limit})
    return [ChatMessageHit(r[0], r[1], r[2], r[3] or r[4] or r[5] or f"contact {r[2]}", r[6], _ts(r[7]), r[8])
            for r in rows]


def name_or_number_hits(session: Session, query: str, *, limit: int = 12, region: str | None = None
                        ) -> list[ContactHit]:
    """Contacts whose name or number matches what was typed (Ctrl+K): the search of ``search_contacts`` kept to
    the name and number columns, so a word in a note or a tag does not bring up someone else."""
    phone = _phone_query(query, region)
    words = _WORD.findall(query)
    if phone is None and not words:
        return []
    match = phone or " ".join(f'name : "{w}"*' for w in words)
    rows = session.execute(text(
        "SELECT c.id, c.display_name, c.profile_name, c.phone_e164 FROM contacts_fts f "
        "JOIN contacts c ON c.id = f.rowid WHERE contacts_fts MATCH :q ORDER BY f.rank LIMIT :n"),
        {"q": match, "n": limit})
    return [ContactHit(r[0], r[1] or r[2] or r[3] or f"contact {r[0]}", r[3]) for r in rows]
