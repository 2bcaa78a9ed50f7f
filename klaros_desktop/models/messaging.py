"""Conversations, messages with their status history and billing, statuses waiting for their message, media."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from klaros_desktop.models.base import Base, UTCDateTime, utcnow
from klaros_desktop.models.contacts import Contact

# Status order: a status only ever moves forward; ``failed`` is final. Inbound messages are ``received``.
# ``unconfirmed``: the send's answer was lost after the request went out (it may have reached the customer); a
# later status webhook (found by the send's ``biz_opaque_callback_data``) moves it on like ``accepted``.
STATUS_RANK = {"pending": 0, "accepted": 1, "unconfirmed": 1, "sent": 2, "delivered": 3, "read": 4, "played": 5,
               "failed": 9}


class Conversation(Base):
    """The chat thread with one contact on one of the shop's numbers; carries the 24-hour window start."""

    __tablename__ = "conversations"
    __table_args__ = (UniqueConstraint("contact_id", "phone_number_id"),
                      Index("ix_conversations_pinned", "pinned_at", sqlite_where=text("pinned_at IS NOT NULL")))

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False)
    phone_number_id: Mapped[str] = mapped_column(String(32), default="", nullable=False)
    last_message_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    last_inbound_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    unread_count: Mapped[int] = mapped_column(default=0, nullable=False)
    archived: Mapped[bool] = mapped_column(default=False, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    pinned_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # pinned to the top of the list (newest first)
    muted: Mapped[bool] = mapped_column(default=False, server_default="0", nullable=False)  # no notifications

    contact: Mapped[Contact] = relationship(lazy="joined")


class MediaFile(Base):
    """A media object (Meta media id) and, once downloaded, its file below the profile's ``media/`` folder."""

    __tablename__ = "media_files"

    id: Mapped[int] = mapped_column(primary_key=True)
    meta_media_id: Mapped[str | None] = mapped_column(String(100), index=True)
    mime_type: Mapped[str | None] = mapped_column(String(100))
    sha256: Mapped[str | None] = mapped_column(String(100))
    filename: Mapped[str | None] = mapped_column(String(500))
    size: Mapped[int | None]
    local_path: Mapped[str | None] = mapped_column(String(500))  # relative to Profile.media
    direction: Mapped[str] = mapped_column(String(3), default="in", nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    downloaded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Message(Base):
    """One WhatsApp message, inbound or outbound, keyed by Meta's wamid (null only before Meta accepted it)."""

    __tablename__ = "messages"
    __table_args__ = (Index("ix_messages_conversation_time", "conversation_id", "timestamp"),
                      Index("ix_messages_timestamp", "timestamp"),  # the analytics of a period
                      Index("ix_messages_failed_time", "timestamp",  # its failure groups
                            sqlite_where=text("direction = 'out' AND status = 'failed'")))

    id: Mapped[int] = mapped_column(primary_key=True)
    wamid: Mapped[str | None] = mapped_column(String(200), unique=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), nullable=False)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False, index=True)
    direction: Mapped[str] = mapped_column(String(3), nullable=False)  # in | out
    type: Mapped[str] = mapped_column(String(30), nullable=False)  # text|image|...|template|unsupported
    meta_type: Mapped[str | None] = mapped_column(String(50))  # the type Meta named, kept when we store unsupported
    text: Mapped[str | None] = mapped_column(Text)
    media_id: Mapped[str | None] = mapped_column(String(100))  # Meta media id
    media_mime: Mapped[str | None] = mapped_column(String(100))
    media_file_id: Mapped[int | None] = mapped_column(ForeignKey("media_files.id", ondelete="SET NULL"))
    reply_to_wamid: Mapped[str | None] = mapped_column(String(200))
    context: Mapped[dict | None] = mapped_column(JSON)  # Meta's context (forwarded, referred product), referral
    template_name: Mapped[str | None] = mapped_column(String(200))
    template_language: Mapped[str | None] = mapped_column(String(20))
    template_category: Mapped[str | None] = mapped_column(String(30))
    # a sent template as the customer got it (title, place, footer, buttons: services/messaging/sent_template.py)
    template_parts: Mapped[dict | None] = mapped_column(JSON)
    timestamp: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)  # when sent/received
    # received (inbound) | pending | accepted | sent | delivered | read | played | failed
    status: Mapped[str] = mapped_column(String(12), nullable=False)
    status_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    failed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    error_code: Mapped[int | None]
    error_title: Mapped[str | None] = mapped_column(String(200))
    error_text: Mapped[str | None] = mapped_column(Text)
    pricing_category: Mapped[str | None] = mapped_column(String(40))
    pricing_type: Mapped[str | None] = mapped_column(String(40))
    pricing_billable: Mapped[bool | None]
    pricing_model: Mapped[str | None] = mapped_column(String(10))
    meta_conversation_id: Mapped[str | None] = mapped_column(String(100))
    correlation_id: Mapped[str | None] = mapped_column(String(64))
    automatic: Mapped[bool] = mapped_column(default=False, server_default="0", nullable=False)  # greeting/away
    raw: Mapped[dict | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)

    conversation: Mapped[Conversation] = relationship(lazy="raise_on_sql")


class PendingStatus(Base):
    """A status webhook whose message we do not know yet; applied when the message appears."""

    __tablename__ = "pending_statuses"
    __table_args__ = (UniqueConstraint("wamid", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    wamid: Mapped[str] = mapped_column(String(200), nullable=False, index=True)
    status: Mapped[str] = mapped_column(String(12), nullable=False)
    timestamp: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    payload: Mapped[dict] = mapped_column(JSON, nullable=False)
    correlation_id: Mapped[str | None] = mapped_column(String(64))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)


class MessageTemplate(Base):
    """A template as Meta knows it; only ``status == 'APPROVED'`` may be sent."""

    def coming_change(self) -> tuple[str, datetime | None] | None:
        """The category Meta announced it will change this template to, and when; None once it has."""
        if self.category_coming and self.category_coming != self.category:
            return self.category_coming, self.category_coming_at
        return None

    __tablename__ = "message_templates"
    __table_args__ = (UniqueConstraint("name", "language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meta_id: Mapped[str | None] = mapped_column(String(100), index=True)
    name: Mapped[str] = mapped_column(String(512), nullable=False)
    language: Mapped[str] = mapped_column(String(20), nullable=False)
    category: Mapped[str | None] = mapped_column(String(30))  # MARKETING | UTILITY | AUTHENTICATION
    status: Mapped[str] = mapped_column(String(30), nullable=False, default="PENDING")
    components: Mapped[list | None] = mapped_column(JSON)
    parameter_format: Mapped[str | None] = mapped_column(String(20))
    quality_score: Mapped[str | None] = mapped_column(String(20))
    rejected_reason: Mapped[str | None] = mapped_column(Text)
    # the category Meta announced it will change this template to, and when (until the change arrives)
    category_coming: Mapped[str | None] = mapped_column(String(30))
    category_coming_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow, nullable=False)
