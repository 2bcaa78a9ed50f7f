"""Conversation changes the screens ask for: marking a chat read, starting one with a contact.

Each runs in a transaction of its own from the session factory the UI hands in (the UI opens no session).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import update
from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop.models import Conversation, utcnow
from klaros_desktop.services.core import settings
from klaros_desktop.services.core.changes import Changes
from klaros_desktop.services.people import contacts as contact_service


@dataclass(frozen=True)
class Opened:
    """The conversation ``open_with`` found or started; ``changes`` names it when it was started."""

    conversation_id: int
    changes: Changes


def mark_read(sessions: sessionmaker[Session], conversation_id: int) -> Changes:
    """The shop owner opened the chat: its unread badge goes away (Meta's read receipt is a separate send)."""
    with sessions.begin() as session:
        session.execute(update(Conversation).where(Conversation.id == conversation_id).values(unread_count=0))
    return Changes(conversations={conversation_id})


def open_with(sessions: sessionmaker[Session], contact_id: int) -> Opened:
    """The contact's conversation on the shop's number, created empty if they never wrote."""
    with sessions.begin() as session:
        existing = contact_service.conversation_for_contact(session, contact_id)
        if existing is not None:
            return Opened(existing, Changes())
        phone_number_id = settings.get(session, settings.PHONE_NUMBER_ID) or ""
        conversation = Conversation(contact_id=contact_id, phone_number_id=phone_number_id, unread_count=0)
        session.add(conversation)
        session.flush()
        return Opened(conversation.id, Changes(conversations={conversation.id}))


def mark_unread(sessions: sessionmaker[Session], conversation_id: int) -> Changes:
    """"Mark as unread" (as in WhatsApp): the chat shows a badge again until it is opened."""
    with sessions.begin() as session:
        session.execute(update(Conversation).where(Conversation.id == conversation_id, Conversation.unread_count == 0)
                        .values(unread_count=1))
    return Changes(conversations={conversation_id})


def set_archived(sessions: sessionmaker[Session], conversation_id: int, archived: bool) -> Changes:
    """Archive a chat (it leaves the list; a new message from the customer does not bring it back, the "Archived"
    filter shows it) or take it back."""
    with sessions.begin() as session:
        session.execute(update(Conversation).where(Conversation.id == conversation_id).values(archived=archived))
    return Changes(conversations={conversation_id})


def set_pinned(sessions: sessionmaker[Session], conversation_id: int, pinned: bool) -> Changes:
    """Pin a chat to the top of the list (the latest pinned first) or let it go back to its place."""
    with sessions.begin() as session:
        session.execute(update(Conversation).where(Conversation.id == conversation_id)
                        .values(pinned_at=utcnow() if pinned else None))
    return Changes(conversations={conversation_id})


def set_muted(sessions: sessionmaker[Session], conversation_id: int, muted: bool) -> Changes:
    """No notifications (tray, sound) for this chat's messages; they still arrive and count as unread."""
    with sessions.begin() as session:
        session.execute(update(Conversation).where(Conversation.id == conversation_id).values(muted=muted))
    return Changes(conversations={conversation_id})
