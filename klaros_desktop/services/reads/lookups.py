"""The screens' small reads, each in a short session of its own from the factory the UI hands in.

The UI never opens a session. Each of these is one or two indexed queries (well within a frame), so a widget
may call them directly where it cannot wait (typing in Ctrl+K, the click that opens a chat); the paged lists
live in ``queries`` behind the item models, and anything slower runs through ``ui.ops``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop.models import SyncDeadLetter
from klaros_desktop.services.core import settings
from klaros_desktop.services.people import contacts as contact_service
from klaros_desktop.services.reads import queries, search


def tags(sessions: sessionmaker[Session]) -> list[tuple[int, str]]:
    """Every tag as (id, name), by name: the filters of the inbox and the contacts screen."""
    with sessions() as session:
        return queries.tags(session)


def conversation(sessions: sessionmaker[Session], conversation_id: int) -> queries.ConversationRow | None:
    """One conversation as the list shows it; None when it is gone (its contact was erased)."""
    with sessions() as session:
        return queries.conversation_row(session, conversation_id)


def conversation_of_contact(sessions: sessionmaker[Session], contact_id: int) -> int | None:
    """The contact's latest conversation, None if they have none yet."""
    with sessions() as session:
        return contact_service.conversation_for_contact(session, contact_id)


def find_contacts(sessions: sessionmaker[Session], text: str, *, limit: int = 12) -> list[search.ContactHit]:
    """Contacts matching what was typed (names, notes, tags; numbers national in the default country)."""
    if not text.strip():
        return []
    with sessions() as session:
        region = settings.get(session, settings.DEFAULT_REGION)
        return search.search_contacts(session, text, limit=limit, region=region)


def find_people(sessions: sessionmaker[Session], text: str, *, limit: int = 12) -> list[search.ContactHit]:
    """Contacts whose name or number matches what was typed (Ctrl+K, New chat); numbers national in the default
    country."""
    if not text.strip():
        return []
    with sessions() as session:
        region = settings.get(session, settings.DEFAULT_REGION)
        return search.name_or_number_hits(session, text, limit=limit, region=region)


def dead_letter_count(sessions: sessionmaker[Session]) -> int:
    """How many events sync set aside: the status bar asks at every start, so this stays a plain count that
    loads nothing of sync (the relay client and its cryptography would cost the first seconds of the app)."""
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(SyncDeadLetter)) or 0


def unread_chats(sessions: sessionmaker[Session]) -> int:
    """How many chats (not archived) have messages the shop owner has not read: the navigation's badge."""
    with sessions() as session:
        return session.scalar(text("SELECT count(*) FROM conversations WHERE unread_count > 0 AND archived = 0")) or 0


def any_unmuted(sessions: sessionmaker[Session], conversation_ids: set[int]) -> bool:
    """Whether any of these chats may notify (not muted); True when none is named (nothing to go by)."""
    if not conversation_ids:
        return True
    ids = ",".join(str(int(i)) for i in conversation_ids)
    with sessions() as session:
        return bool(session.scalar(text(f"SELECT count(*) FROM conversations WHERE id IN ({ids}) AND muted = 0")))


@dataclass(frozen=True)
class CampaignSeen:
    """A campaign a contact was in: its name, what happened for them (recipient state) and when."""

    name: str
    state: str
    at: datetime | None


def recent_campaigns(sessions: sessionmaker[Session], contact_id: int, *, limit: int = 3) -> list[CampaignSeen]:
    """The contact's latest campaigns, newest first (the contact panel beside a chat)."""
    with sessions() as session:
        rows = session.execute(text(
            "SELECT c.name, r.state, coalesce(r.sent_at, c.started_at, c.created_at) FROM campaign_recipients r "
            "JOIN campaigns c ON c.id = r.campaign_id WHERE r.contact_id = :c "
            "ORDER BY coalesce(r.sent_at, c.started_at, c.created_at) DESC, r.id DESC LIMIT :n"),
            {"c": contact_id, "n": limit}).all()
    return [CampaignSeen(r[0], r[1], queries._ts(r[2])) for r in rows]
