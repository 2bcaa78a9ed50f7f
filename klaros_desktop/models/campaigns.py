"""Campaigns (one approved template to many recipients) with per-recipient state.

A recipient row is the unit of exactly-once sending: it is claimed (``sending``, with the request's
correlation id) in its own commit before the Graph request and settled after; see ``services/campaigns``.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Float, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from klaros_desktop.models.base import Base, UTCDateTime, utcnow


class Campaign(Base):
    __tablename__ = "campaigns"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    template_name: Mapped[str] = mapped_column(String(512), nullable=False)
    template_language: Mapped[str] = mapped_column(String(20), nullable=False)
    template_category: Mapped[str | None] = mapped_column(String(30))
    parameters: Mapped[list | None] = mapped_column(JSON)  # ``[{variable: source}]`` of the body
    # the picture, video or document at the top (``header_media.HeaderMedia``): a file to upload or Meta's id
    header_media: Mapped[dict | None] = mapped_column(JSON)
    button_sources: Mapped[dict | None] = mapped_column(JSON)  # link button index -> source of its variable
    # a text header's variable (``{"name", "source"}``) or the one location (``{"location": {...}}``)
    header_params: Mapped[dict | None] = mapped_column(JSON)
    audience: Mapped[dict | None] = mapped_column(JSON)  # the filter that chose the recipients (tags, ...)
    # draft | running | paused | stopped | done | cancelled
    status: Mapped[str] = mapped_column(String(20), default="draft", nullable=False)
    rate_per_second: Mapped[float | None] = mapped_column(Float)
    stop_code: Mapped[str | None] = mapped_column(String(50))  # why it paused or stopped (a code, not a sentence)
    stop_error_code: Mapped[int | None]  # Meta's code behind ``stop_code``, if any
    # the one sender running it (a lease, renewed at each claim): two processes never send the same campaign
    runner_id: Mapped[str | None] = mapped_column(String(64))
    runner_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    scheduled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    correlation_id: Mapped[str | None] = mapped_column(String(64))


class CampaignRecipient(Base):
    __tablename__ = "campaign_recipients"
    __table_args__ = (UniqueConstraint("campaign_id", "contact_id"),
                      Index("ix_campaign_recipients_campaign_state", "campaign_id", "state"))

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"), nullable=False)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"), index=True)
    # queued | sending | sent | delivered | read | replied | failed | skipped | held
    state: Mapped[str] = mapped_column(String(20), default="queued", nullable=False)
    phone_e164: Mapped[str | None] = mapped_column(String(20))  # frozen at launch: what was (or is) sent to
    params: Mapped[list | dict | None] = mapped_column(JSON)  # the template's parameters, frozen at launch
    button_params: Mapped[dict | None] = mapped_column(JSON)  # link button index -> its value, frozen at launch
    header_params: Mapped[dict | None] = mapped_column(JSON)  # the text header's variable -> its value, frozen
    attempts: Mapped[int] = mapped_column(default=0, nullable=False)
    correlation_id: Mapped[str | None] = mapped_column(String(64), index=True)  # of the latest request
    wamid: Mapped[str | None] = mapped_column(String(200))
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # not before (pair rate, 131049)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    replied_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reason_code: Mapped[str | None] = mapped_column(String(50))
    reason: Mapped[str | None] = mapped_column(Text)
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="SET NULL"), index=True)
    error_code: Mapped[int | None]
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow, nullable=False)


class SavedSegment(Base):
    """An audience the shop owner named to use again ("Regulars who wrote in the last 90 days")."""

    __tablename__ = "saved_segments"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False, unique=True)
    segment: Mapped[dict] = mapped_column(JSON, nullable=False)  # ``audience.Segment.to_json()``
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow, nullable=False)
