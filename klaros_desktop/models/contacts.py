"""People the shop talks to: contacts, tags, consent history, suppressed (erased) numbers, import runs."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column, ForeignKey, Index, Integer, String, Table, Text, UniqueConstraint, event, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from klaros_desktop.models.base import Base, UTCDateTime, utcnow
from klaros_desktop.models.name_keys import name_key

contact_tags = Table(
    "contact_tags",
    Base.metadata,
    Column("contact_id", Integer, ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", Integer, ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Contact(Base):
    """One customer. ``phone_e164`` is the identity for sending; ``wa_id``/``bsuid`` are how Meta names them."""

    __tablename__ = "contacts"
    # the Meta ids are indexed only where a contact has one (most imported contacts have neither)
    __table_args__ = (Index("ix_contacts_name_key", "name_key", "id"),
                      Index("ix_contacts_wa_id", "wa_id", sqlite_where=text("wa_id IS NOT NULL")),
                      Index("ix_contacts_bsuid", "bsuid", sqlite_where=text("bsuid IS NOT NULL")))

    id: Mapped[int] = mapped_column(primary_key=True)
    display_name: Mapped[str | None] = mapped_column(String(200))
    phone_e164: Mapped[str | None] = mapped_column(String(20), unique=True)
    wa_id: Mapped[str | None] = mapped_column(String(32))
    bsuid: Mapped[str | None] = mapped_column(String(100))
    profile_name: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(2))  # ISO 3166 region of the number, for cost by country
    notes: Mapped[str] = mapped_column(Text, default="", nullable=False)
    custom_fields: Mapped[dict] = mapped_column(JSON, default=dict, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow, nullable=False)
    # the contacts list's order (``name_keys.name_key`` of the three names); inserts through this table get it
    # from the default, ORM updates from ``_name_key_follows``; raw SQL and executemany writers compute it
    name_key: Mapped[str | None] = mapped_column(Text, default=lambda context: _inserted_key(context))

    tags: Mapped[list[Tag]] = relationship(secondary=contact_tags, back_populates="contacts", lazy="selectin")

    @property
    def name(self) -> str:
        """What to show: the shop's name for them, else their WhatsApp profile name, else the number."""
        return self.display_name or self.profile_name or self.phone_e164 or self.bsuid or f"contact {self.id}"

    def __repr__(self) -> str:
        return f"<Contact {self.id} {self.phone_e164!r}>"


def _inserted_key(context) -> str | None:
    row = context.get_current_parameters()
    return name_key(row.get("display_name"), row.get("profile_name"), row.get("phone_e164"))


@event.listens_for(Contact, "before_update")
def _name_key_follows(_mapper, _connection, contact: Contact) -> None:
    """A contact renamed through the ORM (the editor, a profile name from Meta) takes its new key in the same
    UPDATE."""
    contact.name_key = name_key(contact.display_name, contact.profile_name, contact.phone_e164)


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100, collation="NOCASE"), unique=True, nullable=False)

    contacts: Mapped[list[Contact]] = relationship(secondary=contact_tags, back_populates="tags", lazy="raise_on_sql")


class ConsentEvent(Base):
    """One opt-in or opt-out with its evidence. The newest event (by ``occurred_at``) per scope decides."""

    __tablename__ = "consent_events"
    __table_args__ = (Index("ix_consent_events_contact_scope_time", "contact_id", "scope", "occurred_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)  # opt_in | opt_out
    scope: Mapped[str] = mapped_column(String(10), nullable=False)  # all | marketing
    source: Mapped[str] = mapped_column(String(30), nullable=False)  # keyword|button|import|manual|meta_131050|...
    evidence_message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="SET NULL"))
    detail: Mapped[str | None] = mapped_column(Text)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    correlation_id: Mapped[str | None] = mapped_column(String(64))


class SuppressedNumber(Base):
    """An erased person's number, kept only as HMAC-SHA256 with the profile's salt, so they are never messaged."""

    __tablename__ = "suppressed_numbers"
    __table_args__ = (UniqueConstraint("number_hash", "scope"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number_hash: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    scope: Mapped[str] = mapped_column(String(10), nullable=False, default="all")  # all | marketing
    reason: Mapped[str] = mapped_column(String(100), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)


class ImportRun(Base):
    """One contacts import; ``status='running'`` left behind means it was interrupted and can be re-run."""

    __tablename__ = "import_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_name: Mapped[str] = mapped_column(String(500), nullable=False)
    source_format: Mapped[str | None] = mapped_column(String(20))  # csv | vcard
    source_sha256: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(20), default="running", nullable=False)  # running|done|failed
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    total_rows: Mapped[int] = mapped_column(default=0, nullable=False)
    imported: Mapped[int] = mapped_column(default=0, nullable=False)
    merged: Mapped[int] = mapped_column(default=0, nullable=False)
    skipped: Mapped[int] = mapped_column(default=0, nullable=False)
    report: Mapped[dict | None] = mapped_column(JSON)
    error: Mapped[str | None] = mapped_column(Text)
    correlation_id: Mapped[str | None] = mapped_column(String(64))
