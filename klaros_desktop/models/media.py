"""Where each message's media file stands: waiting, being fetched, on disk, or gone with the reason."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from klaros_desktop.models.base import Base, UTCDateTime, utcnow

MEDIA_PENDING, MEDIA_DOWNLOADING, MEDIA_READY, MEDIA_UNAVAILABLE = "pending", "downloading", "ready", "unavailable"


class MediaState(Base):
    """One inbound media message's download (``services/media/downloads.py`` owns the rules).

    ``state``: pending (due at ``next_attempt_at``), downloading (a fetch is running; found so at start-up it
    means Klaros stopped mid-download and it is simply tried again), ready (``messages.media_file_id`` points at
    the checked file), unavailable (``reason_code`` says why in a code; the sentence is made when shown).
    Deleted with its message, so erasing a person leaves none behind."""

    __tablename__ = "media_states"
    __table_args__ = (Index("ix_media_states_state_due", "state", "next_attempt_at"),)

    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), primary_key=True)
    state: Mapped[str] = mapped_column(String(12), default=MEDIA_PENDING, nullable=False)
    attempts: Mapped[int] = mapped_column(default=0, nullable=False)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reason_code: Mapped[str | None] = mapped_column(String(40))
    detail: Mapped[str | None] = mapped_column(Text)  # the last error, for the log and support; never shown raw
    source: Mapped[str | None] = mapped_column(String(10))  # meta | relay: where the file came from
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
