"""The relay's tables (SQLAlchemy Core; the schema itself is created only by Alembic migrations).

Times are integer microseconds since the Unix epoch (UTC) so SQLite and PostgreSQL compare them alike.
Nothing readable about a message is stored: the body exists only as AES-GCM ciphertext (``events``)
whose key exists only wrapped to devices (``event_keys``) or, before a tenant's first device pairs,
under the master key (``events.held_key``).
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    UniqueConstraint,
)

metadata = MetaData(naming_convention={
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
})

# SQLite only auto-increments an INTEGER PRIMARY KEY (the rowid alias).
EventId = BigInteger().with_variant(Integer(), "sqlite")

tenants = Table(
    "tenants", metadata,
    Column("id", String(32), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("waba_id", String(64), nullable=False, unique=True),
    Column("phone_number_id", String(64), nullable=False),
    Column("app_secret_enc", LargeBinary, nullable=False),
    Column("verify_token_enc", LargeBinary, nullable=False),
    Column("created_us", BigInteger, nullable=False),
    # migration 0004: who signed the shop up (self-service sign-up), whether the operator suspended it, and
    # when Meta last verified its webhook subscription (the desktop's "Test connection" shows it)
    # The Meta token the relay downloads the tenant's inbound media with (opt-in), under the master key.
    Column("media_token_enc", LargeBinary),
    Column("email", String(254)),
    Column("suspended_us", BigInteger),
    Column("handshake_us", BigInteger),
)

# Self-service sign-up: one pending one-time code per e-mail address (hashed), with its wrong guesses left.
signup_codes = Table(
    "signup_codes", metadata,
    Column("email", String(254), primary_key=True),
    Column("code_hash", LargeBinary(32), nullable=False),
    Column("expires_us", BigInteger, nullable=False),
    Column("attempts_left", Integer, nullable=False),
    Column("created_us", BigInteger, nullable=False),
)

devices = Table(
    "devices", metadata,
    Column("id", String(32), primary_key=True),
    Column("tenant_id", String(32), ForeignKey("tenants.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("name", String(200), nullable=False),
    Column("code_hash", LargeBinary(32), unique=True),
    Column("code_expires_us", BigInteger, nullable=False),
    Column("public_key", LargeBinary(32)),
    Column("token_hash", LargeBinary(32), unique=True),
    Column("created_us", BigInteger, nullable=False),
    Column("paired_us", BigInteger),
    Column("revoked_us", BigInteger),
    Column("acked_cursor", BigInteger, nullable=False, default=0),
)

events = Table(
    "events", metadata,
    Column("id", EventId, primary_key=True, autoincrement=True),
    Column("tenant_id", String(32), ForeignKey("tenants.id", ondelete="CASCADE"), nullable=False),
    Column("body_sha256", LargeBinary(32), nullable=False),
    Column("received_us", BigInteger, nullable=False),
    Column("correlation_id", String(40), nullable=False),
    Column("size", Integer, nullable=False),
    Column("nonce", LargeBinary),
    Column("ciphertext", LargeBinary),
    Column("held_key", LargeBinary),
    # False once every device acknowledged it: content and keys are gone, the hash stays for dedupe.
    Column("live", Boolean, nullable=False, default=True),
    # The newest timestamp the body itself carries (``meta.body_time``; 0 without one, -1 for rows stored before
    # migration 0006). It leads the dedupe key so that the key's entries follow time: a group commit's new rows
    # and an expiry's old ones each share a few B-tree pages instead of one random page per row (what the WAL
    # and the checkpoints write is whole pages). A function of the body, so a retry has the same key.
    Column("body_time", BigInteger, nullable=False, server_default="0"),
    UniqueConstraint("body_time", "tenant_id", "body_sha256", name="uq_events_body_time"),
    Index("ix_events_tenant_id_id", "tenant_id", "id"),
    # no index on received_us (migration 0005): expiry walks ids (store.EventBatch.expire)
    sqlite_autoincrement=True,  # ids are cursors: never reuse one, even after the table was emptied
)

event_keys = Table(
    "event_keys", metadata,
    Column("event_id", EventId, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("device_id", String(32), ForeignKey("devices.id", ondelete="CASCADE"), primary_key=True),
    Column("epk", LargeBinary(32), nullable=False),
    Column("nonce", LargeBinary(12), nullable=False),
    Column("wrapped_key", LargeBinary(48), nullable=False),
    Index("ix_event_keys_device_event", "device_id", "event_id"),
)

# Inbound media the relay keeps for a tenant with a media token (relay/keeper.py). A row is made with its
# event, in the same transaction (state "pending"); the keeper downloads the file from Meta beside the 200,
# seals it like an event and stores the ciphertext in the blob storage (relay/blobs.py): "kept", with a
# wrapped data key per device in ``media_keys``; or "failed" with a short reason the device is told.
media = Table(
    "media", metadata,
    Column("id", String(32), primary_key=True),
    Column("tenant_id", String(32), ForeignKey("tenants.id", ondelete="CASCADE"), nullable=False),
    Column("event_id", EventId, nullable=False),  # no foreign key: the blob outlives its pruned event row
    Column("meta_media_id", String(128), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("state", String(8), nullable=False),  # pending | kept | failed
    Column("error", String(40)),
    Column("sha256", LargeBinary(32)),  # of the file as Meta served it
    Column("size", BigInteger),  # of the file as Meta served it
    Column("stored_size", BigInteger),  # of the sealed blob
    Column("held_key", LargeBinary),  # the data key under the master key, while the tenant has no device
    Column("received_us", BigInteger, nullable=False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_attempt_us", BigInteger, nullable=False),
    Column("claimed_until_us", BigInteger),  # a keeper is downloading it until then (any process)
    Index("ix_media_event_id", "event_id"),
    Index("ix_media_state_next", "state", "next_attempt_us"),
    Index("ix_media_received_us", "received_us"),
    Index("ix_media_tenant_id", "tenant_id"),
)

media_keys = Table(
    "media_keys", metadata,
    Column("media_id", String(32), ForeignKey("media.id", ondelete="CASCADE"), primary_key=True),
    Column("device_id", String(32), ForeignKey("devices.id", ondelete="CASCADE"), primary_key=True),
    Column("epk", LargeBinary(32), nullable=False),
    Column("nonce", LargeBinary(12), nullable=False),
    Column("wrapped_key", LargeBinary(48), nullable=False),
    Index("ix_media_keys_device", "device_id"),
)
