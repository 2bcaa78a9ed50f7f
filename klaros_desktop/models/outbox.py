"""Messages written while offline, waiting to be sent (``services/messaging/outbox.py`` owns the rules)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from klaros_desktop.models.base import Base, UTCDateTime, utcnow


class OutboxItem(Base):
    """One queued text, media message or template. ``state``: pending (waits for its turn or its retry time),
    sending (a send is in flight; found so at start-up it means Klaros stopped mid-send), held (not sent; waits for
    the shop owner, with the reason as a code, plus Meta's error for a refusal by Meta)."""

    __tablename__ = "outbox_items"
    __table_args__ = (Index("ix_outbox_items_state_queued", "state", "queued_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False, index=True)
    number: Mapped[str] = mapped_column(String(20), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    queued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    state: Mapped[str] = mapped_column(String(10), default="pending", nullable=False)
    attempts: Mapped[int] = mapped_column(default=0, nullable=False)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reason_code: Mapped[str | None] = mapped_column(String(50))
    error_code: Mapped[int | None]
    error_title: Mapped[str | None] = mapped_column(String(200))
    error_text: Mapped[str | None] = mapped_column(Text)
    held_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    correlation_id: Mapped[str | None] = mapped_column(String(64))
    # A photo, document, voice note or video: a copy below the profile's media/ folder (``text`` is then the
    # caption, maybe empty); ``meta_media_id`` once uploaded, so a retry does not upload it again.
    media_kind: Mapped[str | None] = mapped_column(String(10))
    media_path: Mapped[str | None] = mapped_column(String(500))
    media_mime: Mapped[str | None] = mapped_column(String(100))
    media_filename: Mapped[str | None] = mapped_column(String(500))
    media_size: Mapped[int | None]
    meta_media_id: Mapped[str | None] = mapped_column(String(100))
    # A template: its name and language, and what was filled in (``template_values``: "params" for the body,
    # "header_text", "location", "links"), so it goes out as it was previewed; a header file is kept as above.
    template_name: Mapped[str | None] = mapped_column(String(200))
    template_language: Mapped[str | None] = mapped_column(String(20))
    template_values: Mapped[dict | None] = mapped_column(JSON)
    # The process sending it while ``sending`` (``<computer>/<process id>``, when): one killed mid-send is seen
    # to be gone and its item held as "may have been sent" (services.messaging.outbox, ``_orphaned``).
    claimed_by: Mapped[str | None] = mapped_column(String(300))
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
