"""Relay events sync could not apply and set aside (``services/inbound/dead_letters.py`` owns the rules)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from klaros_desktop.models.base import Base, UTCDateTime, utcnow


class SyncDeadLetter(Base):
    """One event the relay handed over that could not be applied because of the event itself (it cannot be
    opened, is not a webhook, or its content cannot be stored). The relay drops an event once acked, so this
    row is the only copy: it stays until applied by a retry or discarded, is exported and is erased with the
    person it concerns.

    Exactly one of ``body`` (the opened webhook, parsed), ``body_text`` (opened, but not JSON) and ``sealed``
    (not openable on this device, kept as the relay sealed it) is set. ``reason`` is one line that never quotes
    the event's content."""

    __tablename__ = "sync_dead_letters"

    id: Mapped[int] = mapped_column(primary_key=True)
    cursor: Mapped[str] = mapped_column(String(100), nullable=False, unique=True)
    correlation_id: Mapped[str | None] = mapped_column(String(64))
    received_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    failed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    error_class: Mapped[str] = mapped_column(String(100), nullable=False)
    reason: Mapped[str] = mapped_column(String(300), nullable=False)
    attempts: Mapped[int] = mapped_column(default=1, nullable=False)
    body: Mapped[dict | list | None] = mapped_column(JSON(none_as_null=True))
    body_text: Mapped[str | None] = mapped_column(Text)
    sealed: Mapped[dict | None] = mapped_column(JSON(none_as_null=True))
