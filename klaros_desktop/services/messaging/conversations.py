"""Conversation changes the screens ask for: marking a chat read, starting one with a contact.

Each runs in a transaction of its own from the session factory the UI hands in (the UI opens no session).
"""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop.models import Conversation
from klaros_desktop.services.core import settings
from klaros_desktop.services.people import contacts as contact_service


def mark_read(sessions: sessionmaker[Session], conversation_id: int) -> None:
    """The shop owner opened the chat: its unread badge goes away (Meta's read receipt is a separate send)."""
    with sessions.begin() as session:
        session.execute(update(Conversation).where(Conversation.id == conversation_id).values(unread_count=0))


def open_with(sessions: sessionmaker[Session], contact_id: int) -> int:
    """The contact's conversation on the shop's number, created empty if they never wrote."""
    with sessions.begin() as session:
        existing = contact_service.conversation_for_contact(session, contact_id)
        if existing is not None:
            return existing
        phone_number_id = settings.get(session, settings.PHONE_NUMBER_ID) or ""
        conversation = Conversation(contact_id=contact_id, phone_number_id=phone_number_id, unread_count=0)
        session.add(conversation)
        session.flush()
        return conversation.id
