"""Folding Meta's status webhooks into an outbound message: forward only, ``failed`` is final, every time kept.

Both sides of the message's life use this: inbound sync applies status webhooks, and sending applies the ones
that arrived before Meta's answer gave us the wamid (``reconcile_pending``).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from klaros_desktop.models import STATUS_RANK, CampaignRecipient, Contact, Message, PendingStatus, utcnow
from klaros_desktop.services.core import audit
from klaros_desktop.services.people import consent


def meta_time(value: Any) -> datetime:
    """Meta's unix-seconds timestamp (string or number) as aware UTC; now if missing or garbage."""
    try:
        return datetime.fromtimestamp(int(value), UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        return utcnow()


_STATUS_TIME_COLUMN = {"sent": "sent_at", "delivered": "delivered_at", "read": "read_at", "played": "read_at",
                       "failed": "failed_at"}


def merge_status(session: Session, message: Message, status: dict, cid: str | None, *, actor: str = "sync",
                 campaigns: bool = True, bsuid_checked: set[int] | None = None) -> None:
    """Fold one status object into the message: forward only, failed is final, every time kept."""
    name = status["status"]
    when = meta_time(status.get("timestamp"))
    column = _STATUS_TIME_COLUMN.get(name)
    if column and (getattr(message, column) is None or when < getattr(message, column)):
        setattr(message, column, when)
    current = message.status
    if current != "failed" and (name == "failed" or STATUS_RANK[name] > STATUS_RANK.get(current, -1)):
        message.status = name
        message.status_at = when
    pricing = status.get("pricing") if isinstance(status.get("pricing"), dict) else None
    conversation = status.get("conversation") if isinstance(status.get("conversation"), dict) else None
    if pricing:
        message.pricing_category = pricing.get("category") or message.pricing_category
        message.pricing_type = pricing.get("type") or message.pricing_type
        if pricing.get("billable") is not None:
            message.pricing_billable = bool(pricing["billable"])
        message.pricing_model = pricing.get("pricing_model") or message.pricing_model
    if conversation:
        message.meta_conversation_id = conversation.get("id") or message.meta_conversation_id
        if not message.pricing_category:
            message.pricing_category = (conversation.get("origin") or {}).get("type")
    checked = bsuid_checked if bsuid_checked is not None else set()
    if status.get("recipient_user_id") and message.contact_id is not None and message.contact_id not in checked:
        checked.add(message.contact_id)
        contact = session.get(Contact, message.contact_id)
        if contact is not None and not contact.bsuid:
            contact.bsuid = status["recipient_user_id"]
    if name == "failed":
        errors = status.get("errors") or []
        error = errors[0] if errors and isinstance(errors[0], dict) else {}
        if message.error_code is None:
            message.error_code = error.get("code")
            message.error_title = error.get("title")
            message.error_text = (error.get("error_data") or {}).get("details") or error.get("message")
        if error.get("code") == 131050:
            contact = session.get(Contact, message.contact_id)
            if contact is not None:
                event = consent.record(session, contact, kind=consent.OPT_OUT, scope=consent.SCOPE_MARKETING,
                                       source="meta_131050", occurred_at=when, evidence_message_id=message.id,
                                       detail=message.error_text, correlation_id=cid)
                if event is not None:
                    audit.record(session, "consent_opt_out", actor=actor, subject=contact.phone_e164,
                                 details={"scope": "marketing", "source": "meta_131050", "message_id": message.id},
                                 correlation_id=cid)
    if campaigns and message.direction == "out":
        recipient = session.scalar(select(CampaignRecipient).where(CampaignRecipient.message_id == message.id))
        if recipient is not None:
            recipient.state = message.status
            recipient.error_code = message.error_code


def reconcile_pending(session: Session, message: Message) -> int:
    """Apply statuses that arrived before this message was known; returns how many."""
    if not message.wamid:
        return 0
    waiting = list(session.scalars(select(PendingStatus).where(PendingStatus.wamid == message.wamid)))
    for pending in sorted(waiting, key=lambda p: STATUS_RANK.get(p.status, 0)):
        merge_status(session, message, pending.payload, pending.correlation_id)
        session.delete(pending)
    if waiting:
        session.flush()
    return len(waiting)
