"""SQLAlchemy ORM models of the local shop database. Import from here so Alembic sees every table."""

from klaros_desktop.models.audit import AuditEvent, SyncState
from klaros_desktop.models.base import Base, UTCDateTime, utcnow
from klaros_desktop.models.campaigns import Campaign, CampaignRecipient, SavedSegment
from klaros_desktop.models.contacts import (
    ConsentEvent,
    Contact,
    ImportRun,
    SuppressedNumber,
    Tag,
    contact_tags,
)
from klaros_desktop.models.dead_letters import SyncDeadLetter
from klaros_desktop.models.media import MediaState
from klaros_desktop.models.messaging import (
    STATUS_RANK,
    Conversation,
    MediaFile,
    Message,
    MessageTemplate,
    PendingStatus,
)
from klaros_desktop.models.outbox import OutboxItem
from klaros_desktop.models.settings import AppSetting

__all__ = [
    "STATUS_RANK",
    "AppSetting",
    "AuditEvent",
    "Base",
    "Campaign",
    "CampaignRecipient",
    "ConsentEvent",
    "Contact",
    "Conversation",
    "ImportRun",
    "MediaFile",
    "MediaState",
    "Message",
    "MessageTemplate",
    "OutboxItem",
    "PendingStatus",
    "SavedSegment",
    "SuppressedNumber",
    "SyncDeadLetter",
    "SyncState",
    "Tag",
    "UTCDateTime",
    "contact_tags",
    "utcnow",
]
