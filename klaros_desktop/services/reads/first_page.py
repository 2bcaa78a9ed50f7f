"""The chat list's first page at start-up, read with the standard library's ``sqlite3`` and no SQLAlchemy.

Importing SQLAlchemy and the models costs more than the rest of the start, so the window paints the first page
from here and opens the database the normal way (``app.open_backend``) once the chats are on screen. The SQL
that picks the page and builds its rows is shared with ``queries`` (which imports the row type from here), so
both reads give the same rows in the same order. A profile that is missing, not at ``db.SCHEMA_HEAD`` or has an
erasure to finish gets None: it opens the normal way first (migrations, the erasure), then paints.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from klaros_desktop.phrases import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

PAGE = 200  # rows of a page of the chat list (``queries.PAGE`` starts equal; tests shrink that one)
WINDOW = timedelta(hours=24)  # Meta's customer service window (``services.messaging.policy.WINDOW``)
# ``services.core.settings`` keys and defaults the first paint needs (theme and language paint the window)
THEME, LANGUAGE, NOTIFICATIONS = "theme", "language", "notifications"
_PREFERENCE_DEFAULTS: dict[str, Any] = {THEME: "system", LANGUAGE: None, NOTIFICATIONS: True}
UNFINISHED_ERASURE = "erasure_unfinished"  # ``db.UNFINISHED_ERASURE``


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class ConversationFilter:
    """What the chat list shows (``queries.conversations``); the default is the plain list."""

    text: str = ""
    unread: bool = False
    window_open: bool = False
    tag_id: int | None = None
    conversation_id: int | None = None  # one conversation by id (opening a chat that is not loaded in the list)
    archived: bool = False  # the archived chats instead of the others


@dataclass
class ConversationRow:
    id: int
    contact_id: int
    name: str
    phone: str | None
    last_at: datetime | None
    last_inbound_at: datetime | None
    unread: int
    preview: str = ""
    preview_direction: str | None = None
    preview_status: str | None = None
    opted_out: bool = False  # opted out of all messages: no countdown, the composer is blocked
    held: int = 0  # outbox items of this contact that were not sent and wait for the shop owner
    archived: bool = False
    pinned_at: datetime | None = None  # pinned to the top of the list
    muted: bool = False  # no notifications for this chat

    def window_left(self, now: datetime | None = None) -> timedelta | None:
        """Time left in the 24-hour customer service window; None when closed or never opened."""
        if self.last_inbound_at is None:
            return None
        left = self.last_inbound_at + WINDOW - (now or _utcnow())
        return left if left.total_seconds() > 0 else None


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def conversation_order(row: ConversationRow) -> tuple:
    """Where ``row`` stands in the chat list, as a key that sorts like the SQL of ``queries.conversations``
    (pinned chats first, then the latest message first, chats without one last, then the higher id first): a
    re-read row finds its place by it."""
    if row.pinned_at is not None:  # pinned chats first, the latest pinned on top
        return (0, False, -((row.pinned_at - _EPOCH) // timedelta(microseconds=1)), -row.id)
    if row.last_at is None:
        return (1, True, 0, -row.id)
    return (1, False, -((row.last_at - _EPOCH) // timedelta(microseconds=1)), -row.id)


MEDIA_LABELS = {
    "image": QT_TRANSLATE_NOOP("Messages", "Photo"), "video": QT_TRANSLATE_NOOP("Messages", "Video"),
    "audio": QT_TRANSLATE_NOOP("Messages", "Voice message"), "document": QT_TRANSLATE_NOOP("Messages", "Document"),
    "sticker": QT_TRANSLATE_NOOP("Messages", "Sticker"), "location": QT_TRANSLATE_NOOP("Messages", "Location"),
    "contacts": QT_TRANSLATE_NOOP("Messages", "Contact card"), "reaction": QT_TRANSLATE_NOOP("Messages", "Reaction"),
    "unsupported": QT_TRANSLATE_NOOP("Messages", "Message type Klaros cannot show yet"),
    "order": QT_TRANSLATE_NOOP("Messages", "Order"),
}


def preview_text(mtype: str, body: str | None) -> str:
    """One line for a message: its text, with the media type's label in front (a Phrase when labelled)."""
    label = MEDIA_LABELS.get(mtype)
    if label and body:
        return QT_TRANSLATE_NOOP("Messages", "{label}: {text}").format(label=label, text=body)
    return label or (body or mtype).replace("\n", " ")


def parse_ts(value: Any) -> datetime | None:
    """A stored timestamp (naive UTC text, as ``models.base.UTCDateTime`` writes it) as an aware datetime."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC)


def id_list(ids: Iterable[int]) -> str:
    """Ids for an ``IN (...)`` written into the SQL (ints only, so nothing can be injected; no bind limit)."""
    return ",".join(str(int(i)) for i in ids) or "NULL"


# ---------------------------------------------------------------- the SQL both reads share
# The chat list hides archived chats unless asked for them; the first page is the plain list (no filter).
PLAIN_WHERE = "cv.archived = 0"
PLAIN_ORDER = "cv.last_message_at DESC, cv.id DESC"
PINNED_ORDER = "cv.pinned_at DESC, cv.id DESC"
PINNED_IDS_SQL = "SELECT id FROM conversations WHERE pinned_at IS NOT NULL"  # indexed


def page_sql(where: list[str], order: str) -> str:
    """One page of the chat list (``:limit``/``:offset`` bound). The page is chosen first, walking
    ix_conversations_last_message_at backwards (NULLs sort last in DESC), and only its rows get the
    last-message and consent look-ups: ordering after those look-ups made SQLite compute them for every
    conversation (docs/ui.md, Performance)."""
    return (
        "WITH page AS MATERIALIZED (SELECT cv.id, cv.contact_id, cv.last_message_at, cv.last_inbound_at, "
        "cv.unread_count, cv.archived, cv.pinned_at, cv.muted FROM conversations cv "
        f"WHERE {' AND '.join(where)} "
        f"ORDER BY {order} LIMIT :limit OFFSET :offset) "
        "SELECT p.id, p.contact_id, c.display_name, c.profile_name, c.phone_e164, p.last_message_at, "
        "p.last_inbound_at, p.unread_count, "
        "(SELECT m.id FROM messages m WHERE m.conversation_id = p.id ORDER BY m.timestamp DESC, m.id DESC LIMIT 1), "
        "(SELECT e.kind FROM consent_events e WHERE e.contact_id = p.contact_id AND e.scope = 'all' "
        " ORDER BY e.occurred_at DESC, e.id DESC LIMIT 1), "
        "(SELECT count(*) FROM outbox_items o WHERE o.contact_id = p.contact_id AND o.state = 'held'), p.archived, "
        "p.pinned_at, p.muted "
        "FROM page p JOIN contacts c ON c.id = p.contact_id "
        f"ORDER BY {order.replace('cv.', 'p.')}"
    )


def rows_of(raw: list, previews: Callable[[str], Iterable]) -> list[ConversationRow]:
    """The rows of ``page_sql``'s result, with each one's last message as its preview (``previews`` runs the
    SQL it is given and returns its rows)."""
    out = [ConversationRow(r[0], r[1], r[2] or r[3] or r[4] or f"contact {r[1]}", r[4], parse_ts(r[5]),
                           parse_ts(r[6]), r[7], opted_out=r[9] == "opt_out", held=r[10] or 0, archived=bool(r[11]),
                           pinned_at=parse_ts(r[12]), muted=bool(r[13])) for r in raw]
    last_ids = {r[8]: row for r, row in zip(raw, out, strict=True) if r[8] is not None}
    if last_ids:
        for mid, mtype, mtext, direction, status in previews(
                f"SELECT id, type, text, direction, status FROM messages WHERE id IN ({id_list(last_ids)})"):
            row = last_ids[mid]
            row.preview = preview_text(mtype, mtext)
            row.preview_direction = direction
            row.preview_status = status
    return out


# ---------------------------------------------------------------- the read at start-up
@dataclass
class FirstPage:
    """What the window needs for its first paint: the chat list's first rows and the screens' preferences."""

    rows: list[ConversationRow]
    asked: int  # how many rows were asked for (as many came back: more pages may follow)
    preferences: dict[str, Any] = field(default_factory=dict)  # THEME, LANGUAGE, NOTIFICATIONS
    unread_chats: int = 0  # the navigation's badge (``lookups.unread_chats``)


def _connect_read_only(database: Path) -> sqlite3.Connection:
    return sqlite3.connect(database.resolve().as_uri() + "?mode=ro", uri=True)


def read(database: Path, schema_head: str, *, limit: int = PAGE) -> FirstPage | None:
    """The first page of the plain chat list (pinned chats first, then the latest message first; archived
    chats left out), as ``queries.conversations`` reads it, on a read-only connection; None when the profile
    must be opened the normal way first (no database, a schema other than ``schema_head``, an erasure to
    finish) or cannot be read here."""
    if not database.is_file():
        return None
    try:
        con = _connect_read_only(database)
    except sqlite3.Error:
        return None
    try:
        version = con.execute("SELECT version_num FROM alembic_version").fetchone()
        if version is None or version[0] != schema_head:
            return None
        settings = dict(con.execute("SELECT key, value FROM app_settings WHERE key IN (?, ?, ?, ?)",
                                    (THEME, LANGUAGE, NOTIFICATIONS, UNFINISHED_ERASURE)).fetchall())
        if UNFINISHED_ERASURE in settings:
            return None
        preferences = {}
        for key, default in _PREFERENCE_DEFAULTS.items():
            value = json.loads(settings[key]) if settings.get(key) is not None else None
            preferences[key] = default if value is None else value
        unread = con.execute("SELECT count(*) FROM conversations WHERE unread_count > 0 AND archived = 0").fetchone()
        return FirstPage(_plain_page(con, limit), limit, preferences, unread[0])
    except (sqlite3.Error, ValueError) as exc:  # a table missing, a value that is not JSON: the normal way
        log.info("first page read the normal way: %s", exc)
        return None
    finally:
        con.close()


def _plain_page(con: sqlite3.Connection, limit: int) -> list[ConversationRow]:
    def run(sql: str, params: dict[str, Any] | None = None) -> list:
        return con.execute(sql, params or {}).fetchall()

    pinned_ids = [r[0] for r in run(PINNED_IDS_SQL)]
    page: list[ConversationRow] = []
    if pinned_ids:
        where = [PLAIN_WHERE, f"cv.id IN ({id_list(pinned_ids)})"]
        page = rows_of(run(page_sql(where, PINNED_ORDER), {"limit": -1, "offset": 0}), run)[:limit]
    wanted = limit - len(page)
    if wanted:
        raw = run(page_sql([PLAIN_WHERE, "cv.pinned_at IS NULL"], PLAIN_ORDER), {"limit": wanted, "offset": 0})
        page += rows_of(raw, run)
    return page
