"""Read-only queries behind the views: one page of rows at a time, as plain dataclasses (no Qt here).

Pages are keyset- or offset-bounded and ride on the indexes of migration 0002, so a 100k-contact /
1M-message profile opens as fast as an empty one. Nothing here writes.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import text
from sqlalchemy.orm import Session

from klaros_desktop.models.base import UTCDateTime, utcnow
from klaros_desktop.services.core import settings
from klaros_desktop.services.media import kinds
from klaros_desktop.services.messaging.policy import WINDOW
from klaros_desktop.services.people import consent
from klaros_desktop.services.reads import first_page, search
from klaros_desktop.services.reads.first_page import (  # noqa: F401 (the row type and its order live there)
    MEDIA_LABELS,
    PINNED_IDS_SQL,
    PINNED_ORDER,
    PLAIN_ORDER,
    ConversationFilter,
    ConversationRow,
    conversation_order,
    page_sql,
    preview_text,
    rows_of,
)

PAGE = 200
_NAME_KEY = "c.name_key"  # models.name_keys.name_key of the contact's names, indexed with the id (migration 0020)
_TS = UTCDateTime()


def _ts(value) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return _TS.process_result_value(value, None)


def _db_ts(value: datetime) -> str:
    """A bound datetime as stored by UTCDateTime (naive UTC text), for raw SQL comparisons."""
    return _TS.process_bind_param(value, None).isoformat(sep=" ")


# ---------------------------------------------------------------- conversations
def _contact_match_ids(session: Session, user_text: str) -> str | None:
    """The FTS5 query for the search box; phone-like text searches numbers, national ones in the default country."""
    region = settings.get(session, settings.DEFAULT_REGION)
    return search._phone_query(user_text, region) or search.fts_query(user_text)


def conversations(session: Session, flt: ConversationFilter, *, offset: int = 0, limit: int = PAGE,
                  now: datetime | None = None) -> list[ConversationRow]:
    """One page of the chat list, newest first."""
    return _conversations(session, flt, offset=offset, limit=limit, now=now)


def conversation_rows(session: Session, flt: ConversationFilter, ids: Collection[int] = (),
                      contact_ids: Collection[int] = (), *, now: datetime | None = None) -> list[ConversationRow]:
    """The chat list's rows of these conversations and of these contacts' conversations, in list order; those
    that ``flt`` hides are left out. What the list re-reads after an operation named them (``core.changes``)."""
    if not ids and not contact_ids:
        return []
    return _conversations(session, flt, ids=ids, contact_ids=contact_ids, offset=0, limit=-1, now=now)


def _id_list(ids: Collection[int]) -> str:
    """Ids for an ``IN (...)`` written into the SQL (ints only, so nothing can be injected; no bind limit)."""
    return first_page.id_list(ids)


MANY_MATCHES = 1000  # matching contacts from which the chat list walks its order instead of sorting them


def _many_match(session: Session, flt: ConversationFilter, match: str) -> bool:
    """Whether so many contacts match the search that a walk down the plain list (no other filter, which could
    make the walk long) finds a page of their chats sooner than looking up and sorting all of them."""
    if flt.unread or flt.window_open or flt.tag_id is not None or flt.archived or flt.conversation_id is not None:
        return False
    found = session.scalar(text("SELECT count(*) FROM (SELECT 1 FROM contacts_fts WHERE contacts_fts MATCH :match "
                                "LIMIT :many)"), {"match": match, "many": MANY_MATCHES})
    return found >= MANY_MATCHES


def _conversations(session: Session, flt: ConversationFilter, *, offset: int, limit: int,
                   now: datetime | None, ids: Collection[int] = (),
                   contact_ids: Collection[int] = ()) -> list[ConversationRow]:
    shown = "cv.archived = 1" if flt.archived else first_page.PLAIN_WHERE
    where = [shown if flt.conversation_id is None else "1 = 1"]
    params: dict[str, object] = {}
    if ids or contact_ids:
        where.append(f"(cv.id IN ({_id_list(ids)}) OR cv.contact_id IN ({_id_list(contact_ids)}))")
    if flt.unread:
        where.append("cv.unread_count > 0")
    if flt.window_open:
        where.append("cv.last_inbound_at > :since")
        params["since"] = _db_ts((now or utcnow()) - WINDOW)
    if flt.tag_id is not None:
        where.append("EXISTS (SELECT 1 FROM contact_tags ct WHERE ct.contact_id = cv.contact_id AND ct.tag_id = :tag)")
        params["tag"] = flt.tag_id
    if flt.conversation_id is not None:
        where.append("cv.id = :conversation")
        params["conversation"] = flt.conversation_id
    walk = True
    if flt.text.strip():
        match = _contact_match_ids(session, flt.text)
        if match is None:
            return []
        params["match"] = match
        walk = _many_match(session, flt, match) and not (ids or contact_ids)
        # ``+`` keeps the conversations' contact index out of it: the matching contacts are read once into a
        # set, and the chats are walked in list order until the page is full
        where.append(f"{'+' if walk else ''}cv.contact_id IN "
                     "(SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH :match)")
    # A search that few contacts match: their chats are looked up by contact and sorted; walking the
    # last-message index instead checked every chat against the match (hundreds of ms on 100,000 chats).
    # ``coalesce`` keeps the order (no message sorts last in DESC) but not the index for it. One that many
    # contacts match (a letter or two typed) fills its page after a short walk; looking up and sorting every
    # matching chat took tens of ms.
    order = PLAIN_ORDER if walk else "coalesce(cv.last_message_at, '') DESC, cv.id DESC"
    if ids or contact_ids:  # a re-read of named rows: all of them, in one query
        return _conversation_page(session, where, params, order, -1, 0)
    # Pinned chats come first (the latest pinned on top): they are few, so they are read whole and the page is
    # cut from them and then from the others, which keep walking the last-message index.
    # (``first_page.read`` reads the plain list's first page the same way, without SQLAlchemy, at start-up.)
    pinned_ids = session.scalars(text(PINNED_IDS_SQL)).all()  # indexed
    pinned = _conversation_page(session, [*where, f"cv.id IN ({_id_list(pinned_ids)})"], params,
                                PINNED_ORDER, -1, 0) if pinned_ids else []
    page = pinned[offset:] if limit < 0 else pinned[offset:offset + limit]
    wanted = -1 if limit < 0 else limit - len(page)
    if wanted:
        page += _conversation_page(session, [*where, "cv.pinned_at IS NULL"], params, order, wanted,
                                   max(0, offset - len(pinned)))
    return page


def _conversation_page(session: Session, where: list[str], params: dict[str, object], order: str, limit: int,
                       offset: int) -> list[ConversationRow]:
    rows = session.execute(text(page_sql(where, order)), {**params, "limit": limit, "offset": offset}).all()
    return rows_of(rows, lambda sql: session.execute(text(sql)))


def conversation_row(session: Session, conversation_id: int) -> ConversationRow | None:
    rows = conversations(session, ConversationFilter(conversation_id=conversation_id), limit=1)
    return rows[0] if rows else None


def tags(session: Session) -> list[tuple[int, str]]:
    return [(r[0], r[1]) for r in session.execute(text("SELECT id, name FROM tags ORDER BY name COLLATE NOCASE"))]


# ---------------------------------------------------------------- messages
@dataclass
class MessageRow:
    """One row of the thread: a message, a system notice (consent change), or an outbox item (queued: waits to
    be sent; held: not sent, waits for the shop owner; ``outbox`` is the ``services.outbox.QueuedText``)."""

    id: int
    kind: str  # message | notice | queued | held
    direction: str
    type: str
    text: str | None
    timestamp: datetime
    status: str
    error_code: int | None = None
    error_title: str | None = None
    error_text: str | None = None
    quoted: str | None = None
    template_name: str | None = None
    media_mime: str | None = None
    wamid: str | None = None
    automatic: bool = False  # a greeting or away message Klaros sent by itself
    outbox: object = field(default=None, repr=False, compare=False)
    layout: object = field(default=None, repr=False, compare=False)  # the view's measured bubble, cached
    media: MediaInfo | None = None  # a message's file: where it is, or why it is not
    parts: dict | None = None  # a sent template as the customer got it (``messaging.sent_template``); None before

    @property
    def media_kind(self) -> str | None:
        """The kind of the file the bubble shows: a media message's type, or a template's header file's."""
        if self.type in MEDIA_TYPES:
            return self.type
        if self.type == "template" and self.media is not None:
            return kinds.kind_of(self.media.mime)
        return None


@dataclass(frozen=True)
class MediaInfo:
    """A message's file as the bubble shows it: ``state`` pending / downloading / ready / unavailable (with
    ``reason_code``), or ``sending`` for a file in the outbox; ``path`` relative to the profile's media folder."""

    state: str
    file_id: int | None = None
    path: str | None = None
    filename: str | None = None
    size: int | None = None
    mime: str | None = None
    reason_code: str | None = None


_MSG_COLS = ("id, direction, type, text, timestamp, status, error_code, error_title, error_text, "
             "reply_to_wamid, template_name, media_mime, wamid, automatic, template_parts")


MEDIA_TYPES = ("image", "video", "audio", "document", "sticker")


def _attach_media(session: Session, rows: list[MessageRow]) -> None:
    """Fill ``media`` of the rows that carry a file (one query for the page)."""
    wanted = {r.id: r for r in rows if r.type in MEDIA_TYPES or (r.type == "template" and r.media_mime)}
    if not wanted:
        return
    keys = list(wanted)
    found = session.execute(text(
        "SELECT m.id, f.id, f.local_path, f.filename, f.size, f.mime_type, s.state, s.reason_code, m.direction "
        "FROM messages m LEFT JOIN media_files f ON f.id = m.media_file_id "
        "LEFT JOIN media_states s ON s.message_id = m.id WHERE m.id IN (" +
        ",".join(f":m{i}" for i in range(len(keys))) + ")"), {f"m{i}": k for i, k in enumerate(keys)}).all()
    for mid, fid, path, filename, size, mime, state, reason, direction in found:
        if path:
            state = "ready"
        elif state is None:
            state = "pending" if direction == "in" else "unavailable"
        wanted[mid].media = MediaInfo(state, fid, path, filename, size, mime or wanted[mid].media_mime, reason)


def _parts(stored: str | None) -> dict | None:
    """A template's stored parts (JSON text); None for other messages, or parts that cannot be read."""
    if not stored:
        return None
    try:
        found = json.loads(stored)
    except ValueError:
        return None
    return found if isinstance(found, dict) else None


def _message_rows(session: Session, rows) -> list[MessageRow]:
    out, quotes = [], {}
    for r in rows:
        out.append(MessageRow(r[0], "message", r[1], r[2], r[3], _ts(r[4]), r[5], r[6], r[7], r[8],
                              None, r[10], r[11], r[12], automatic=bool(r[13]), parts=_parts(r[14])))
        if r[9]:
            quotes.setdefault(r[9], []).append(out[-1])
    if quotes:
        found = session.execute(
            text("SELECT wamid, type, text FROM messages WHERE wamid IN (" +
                 ",".join(f":w{i}" for i in range(len(quotes))) + ")"),
            {f"w{i}": w for i, w in enumerate(quotes)}).all()
        for wamid, mtype, body in found:
            for row in quotes.get(wamid, []):
                row.quoted = preview_text(mtype, body)
    _attach_media(session, out)
    return out


def latest_messages(session: Session, conversation_id: int, limit: int = PAGE) -> list[MessageRow]:
    """The newest ``limit`` messages, oldest first (as the thread shows them)."""
    rows = session.execute(text(
        f"SELECT {_MSG_COLS} FROM messages WHERE conversation_id = :c ORDER BY timestamp DESC, id DESC LIMIT :n"),
        {"c": conversation_id, "n": limit}).all()
    return _message_rows(session, list(reversed(rows)))


def message_by_id(session: Session, conversation_id: int, message_id: int) -> MessageRow | None:
    rows = session.execute(text(f"SELECT {_MSG_COLS} FROM messages WHERE conversation_id = :c AND id = :id"),
                           {"c": conversation_id, "id": message_id}).all()
    found = _message_rows(session, rows)
    return found[0] if found else None


def older_messages(session: Session, conversation_id: int, before: MessageRow, limit: int = PAGE) -> list[MessageRow]:
    rows = session.execute(text(
        f"SELECT {_MSG_COLS} FROM messages WHERE conversation_id = :c AND "
        "(timestamp < :ts OR (timestamp = :ts AND id < :id)) ORDER BY timestamp DESC, id DESC LIMIT :n"),
        {"c": conversation_id, "ts": _db_ts(before.timestamp), "id": before.id, "n": limit}).all()
    return _message_rows(session, list(reversed(rows)))


def newer_messages(session: Session, conversation_id: int, after: MessageRow, limit: int = PAGE) -> list[MessageRow]:
    rows = session.execute(text(
        f"SELECT {_MSG_COLS} FROM messages WHERE conversation_id = :c AND "
        "(timestamp > :ts OR (timestamp = :ts AND id > :id)) ORDER BY timestamp, id LIMIT :n"),
        {"c": conversation_id, "ts": _db_ts(after.timestamp), "id": after.id, "n": limit}).all()
    return _message_rows(session, list(rows))


def with_notices(messages: list[MessageRow], notices: list[consent.ConsentNotice], *, newest: bool) -> list[MessageRow]:
    """Interleave consent notices that fall in the time span of ``messages`` (all later ones if ``newest``)."""
    if not notices:
        return messages
    start = messages[0].timestamp if messages else None
    rows = list(messages)
    for n in notices:
        if start is not None and n.occurred_at < start:
            continue
        if not newest and messages and n.occurred_at > messages[-1].timestamp:
            continue
        rows.append(MessageRow(-n.id, "notice", "sys", "notice", n.sentence(), n.occurred_at, "notice"))
    rows.sort(key=lambda r: (r.timestamp, 1 if r.kind == "notice" else 0, r.id))
    return rows


# ---------------------------------------------------------------- contacts
@dataclass(frozen=True)
class ContactFilter:
    text: str = ""
    tag_id: int | None = None


@dataclass
class ContactRow:
    id: int
    name: str
    phone: str | None
    tags: list[str] = field(default_factory=list)
    notes: str = ""
    opted_out: bool = False
    updated_at: datetime | None = None
    sort_key: str | None = None  # what the table is ordered by (``contacts.name_key``; for the next page)
    consent: str | None = None  # the newest all-messages event: opt_in | opt_out | None (never asked)
    marketing: str | None = None  # the newest marketing event: opt_in | opt_out | None


def contact_order(row: ContactRow) -> tuple:
    """Where ``row`` stands in the contacts table, as a key that sorts like the SQL of ``contacts``: the name key
    (accents and ASCII case folded, ``name_order``), no key first, then the id."""
    if row.sort_key is None:
        return (False, "", row.id)
    return (True, row.sort_key, row.id)


def contacts(session: Session, flt: ContactFilter, *, after: ContactRow | None = None,
             limit: int = PAGE) -> list[ContactRow]:
    """One page of the contacts table in name order; ``after`` (the last row shown) continues from there.

    Keyset paging: every page costs the same top-``limit`` scan, however deep the reader has scrolled (an
    OFFSET grows with the depth; docs/ui.md, Performance). Consent is looked up for the page's rows only. The order
    is the stored ``contacts.name_key`` then the id, which ``ix_contacts_name_key`` holds (migration 0020).
    """
    return _contacts(session, flt, after=after, limit=limit)


def contact_rows(session: Session, flt: ContactFilter, ids: Collection[int]) -> list[ContactRow]:
    """The table's rows of these contacts in table order; those that ``flt`` hides are left out. What the table
    re-reads after an operation named them (``core.changes``)."""
    if not ids:
        return []
    return _contacts(session, flt, after=None, limit=-1, ids=ids)


def _contacts(session: Session, flt: ContactFilter, *, after: ContactRow | None, limit: int,
              ids: Collection[int] = ()) -> list[ContactRow]:
    where: list[str] = [f"c.id IN ({_id_list(ids)})"] if ids else []
    params: dict[str, object] = {"limit": limit}
    key = _NAME_KEY
    if flt.tag_id is not None:
        where.append("EXISTS (SELECT 1 FROM contact_tags ct WHERE ct.contact_id = c.id AND ct.tag_id = :tag)")
        params["tag"] = flt.tag_id
    if flt.text.strip():
        match = _contact_match_ids(session, flt.text)
        if match is None:
            return []
        where.append("c.id IN (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH :match)")
        params["match"] = match
    if after is not None:
        params["after_id"] = after.id
        if after.sort_key is None:
            where.append(f"({key} IS NOT NULL OR c.id > :after_id)")
        else:
            where.append(f"({key}, c.id) > (:after_key, :after_id)")  # a row value: a range of the index
            params["after_key"] = after.sort_key
    rows = session.execute(text(
        f"WITH page AS MATERIALIZED (SELECT c.id, {key} AS k FROM contacts c "
        f"WHERE {' AND '.join(where) or '1 = 1'} ORDER BY k, c.id LIMIT :limit) "
        "SELECT c.id, c.display_name, c.profile_name, c.phone_e164, c.notes, c.updated_at, "
        "(SELECT e.kind FROM consent_events e WHERE e.contact_id = c.id AND e.scope = 'all' "
        " ORDER BY e.occurred_at DESC, e.id DESC LIMIT 1), p.k, "
        "(SELECT e.kind FROM consent_events e WHERE e.contact_id = c.id AND e.scope = 'marketing' "
        " ORDER BY e.occurred_at DESC, e.id DESC LIMIT 1) "
        "FROM page p JOIN contacts c ON c.id = p.id ORDER BY p.k, p.id"), params).all()
    out = [ContactRow(r[0], r[1] or r[2] or r[3] or f"contact {r[0]}", r[3], [], r[4] or "", r[6] == "opt_out",
                      _ts(r[5]), r[7], consent=r[6], marketing=r[8]) for r in rows]
    if out:
        by_id = {c.id: c for c in out}
        for cid, name in session.execute(text(
                "SELECT ct.contact_id, t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
                f"WHERE ct.contact_id IN ({_id_list(by_id)}) ORDER BY t.name COLLATE NOCASE")):
            by_id[cid].tags.append(name)
    return out
