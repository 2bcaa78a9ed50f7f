"""Folding Meta's status webhooks into an outbound message: forward only, ``failed`` is final, every time kept.

Both sides of the message's life use this: inbound sync applies status webhooks, and sending applies the ones
that arrived before Meta's answer gave us the wamid (``reconcile_pending``). What else follows a status (a
campaign recipient's state) listens here instead of being written into the merge: see ``StatusListener``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from klaros_desktop.models import STATUS_RANK, CampaignRecipient, ConsentEvent, Contact, Message, PendingStatus, utcnow
from klaros_desktop.services.core import audit
from klaros_desktop.services.core.changes import Changes
from klaros_desktop.services.people import consent

MARKETING_STOPPED = 131050  # Meta's code: the customer stopped this business's marketing messages
UNCONFIRMED = "unconfirmed"  # a send whose answer was lost after the request went out (``graph.UnconfirmedSend``)
CALLBACK_FIELD = "biz_opaque_callback_data"  # Meta echoes it in a message's statuses: the send's correlation id


def meta_time(value: Any) -> datetime:
    """Meta's unix-seconds timestamp (string or number) as aware UTC; now if missing or garbage."""
    try:
        return datetime.fromtimestamp(int(value), UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        return utcnow()


# ---------------------------------------------------------------- who hears about statuses
class StatusListener(Protocol):
    """Told of each status merged into an outbound message, after the merge, in the same transaction.

    ``message`` is a ``Message`` or the inbound applier's plain row with the same status columns (``id``,
    ``status``, ``error_code``, ``contact_id``...): read it, do not keep it. A listener may also offer
    ``for_batch(session, message_ids)``, a listener for one batch of statuses that reads its rows beforehand; the
    inbound applier uses it for each sync page.
    """

    def listening(self, session: Session) -> bool:
        """Whether this profile has anything for it to update at all. Asked once per batch, so a batch of
        thousands of statuses costs no query per status while nobody listens."""
        ...

    def status_changed(self, session: Session, message: Any, status: str) -> None: ...


# a campaign recipient's states in the order they may follow each other; a status never moves one back
RECIPIENT_RANK = {"queued": 0, "sending": 1, "held": 1, "sent": 2, "delivered": 3, "read": 4, "played": 4,
                  "replied": 5}


class CampaignRecipientStates:
    """A campaign recipient's state follows its message's status, forward only (a late ``delivered`` does not
    undo ``read``, nothing undoes ``replied``); ``failed`` is final and keeps Meta's error code."""

    def listening(self, session: Session) -> bool:
        return session.scalar(select(CampaignRecipient.id).limit(1)) is not None

    def status_changed(self, session: Session, message: Any, status: str) -> None:
        recipient = session.scalar(select(CampaignRecipient).where(CampaignRecipient.message_id == message.id))
        self.move(recipient, message, status)

    def for_batch(self, session: Session, message_ids: Sequence[int]) -> StatusListener:
        """The same rule for a batch of statuses (a sync page): the recipients of ``message_ids`` read with one
        query per 500 ids instead of one per status."""
        recipients: dict[int, CampaignRecipient] = {}
        ids = sorted(set(message_ids))
        for start in range(0, len(ids), 500):
            query = (select(CampaignRecipient).where(CampaignRecipient.message_id.in_(ids[start:start + 500]))
                     .order_by(CampaignRecipient.id))
            for recipient in session.scalars(query):
                recipients.setdefault(recipient.message_id, recipient)
        return _BatchRecipients(self, recipients)

    @staticmethod
    def move(recipient: CampaignRecipient | None, message: Any, status: str) -> None:
        """A ``held`` recipient (its send unconfirmed) is settled by its message's first status: sent with the
        message's wamid and Meta's time, or failed with Meta's code; the owner has nothing left to decide. So is one
        the owner released to be sent again that is still queued: that message did go, and the claim, which takes
        only queued recipients, then sends nothing twice."""
        if recipient is None or recipient.state in ("failed", "replied", "skipped"):
            return
        held = recipient.state in ("held", "queued")
        if status == "failed":
            recipient.state = "failed"
            recipient.error_code = message.error_code
            if held:
                recipient.reason_code = "meta_error"
        elif RECIPIENT_RANK.get(status, -1) > RECIPIENT_RANK.get(recipient.state, -1):
            recipient.state = "read" if status == "played" else status
            if held:
                recipient.reason_code = None
                recipient.sent_at = (message.sent_at or message.status_at or utcnow()).replace(microsecond=0)
        else:
            return
        if held:
            recipient.wamid = recipient.wamid or message.wamid
            recipient.next_attempt_at = None


class _BatchRecipients:
    """``CampaignRecipientStates`` for one batch, its recipients read beforehand (``for_batch``)."""

    def __init__(self, rule: CampaignRecipientStates, recipients: dict[int, CampaignRecipient]):
        self.rule, self.recipients = rule, recipients

    def listening(self, session: Session) -> bool:
        return True

    def status_changed(self, session: Session, message: Any, status: str) -> None:
        self.rule.move(self.recipients.get(message.id), message, status)


_listeners: list[StatusListener] = [CampaignRecipientStates()]


def add_status_listener(listener: StatusListener) -> None:
    if listener not in _listeners:
        _listeners.append(listener)


def remove_status_listener(listener: StatusListener) -> None:
    if listener in _listeners:
        _listeners.remove(listener)


def active_listeners(session: Session) -> tuple[StatusListener, ...]:
    """The registered listeners that have something to update in this profile now."""
    return tuple(listener for listener in _listeners if listener.listening(session))


# ---------------------------------------------------------------- the one 131050 rule
def opt_out_if_marketing_stopped(session: Session, message: Any, code: int | None, *, occurred_at: datetime,
                                 correlation_id: str | None, actor: str) -> ConsentEvent | None:
    """Meta's 131050 (whether in a send's answer or a ``failed`` status) is the customer's marketing opt-out:
    record it with the message as evidence and audit it. Returns the new event (None: other code, or known)."""
    if code != MARKETING_STOPPED or message.contact_id is None:
        return None
    contact = session.get(Contact, message.contact_id)
    if contact is None:
        return None
    event = consent.record(session, contact, kind=consent.OPT_OUT, scope=consent.SCOPE_MARKETING,
                           source="meta_131050", occurred_at=occurred_at, evidence_message_id=message.id,
                           detail=message.error_text, correlation_id=correlation_id)
    if event is not None:
        audit.record(session, "consent_opt_out", actor=actor, subject=contact.phone_e164,
                     details={"scope": consent.SCOPE_MARKETING, "source": "meta_131050", "message_id": message.id},
                     correlation_id=correlation_id)
    return event


# ---------------------------------------------------------------- merging
_STATUS_TIME_COLUMN = {"sent": "sent_at", "delivered": "delivered_at", "read": "read_at", "played": "read_at",
                       "failed": "failed_at"}


def merge_status(session: Session, message: Message, status: dict, cid: str | None, *, actor: str = "sync",
                 listeners: Sequence[StatusListener] | None = None, bsuid_checked: set[int] | None = None,
                 changes: Changes | None = None) -> None:
    """Fold one status object into the message: forward only, failed is final, every time kept.

    ``listeners`` defaults to ``active_listeners(session)``; a batch asks once and passes them. ``changes``
    gets the contact whose consent a 131050 failure changed.
    """
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
        opted_out = opt_out_if_marketing_stopped(session, message, error.get("code"), occurred_at=when,
                                                 correlation_id=cid, actor=actor)
        if opted_out is not None and changes is not None:
            changes.contacts.add(message.contact_id)
    if message.direction == "out":
        for listener in active_listeners(session) if listeners is None else listeners:
            listener.status_changed(session, message, message.status)


def adopt(message: Any, wamid: str) -> None:
    """An unconfirmed message learns its wamid from a status webhook that named its send's correlation id (Meta's
    answer with the wamid was lost): the lost answer's error fields go, the status that follows says the rest."""
    message.wamid = wamid
    message.error_code = message.error_title = message.error_text = None


def adopt_waiting_statuses(session: Session, message: Message) -> int:
    """For a message just settled unconfirmed: statuses sync stored while its wamid was unknown (waiting in
    ``pending_statuses``) that name its correlation id give it its wamid and are applied now; returns how many."""
    if not message.correlation_id or message.wamid:
        return 0
    wamid = session.scalar(select(PendingStatus.wamid).where(
        func.json_extract(PendingStatus.payload, f"$.{CALLBACK_FIELD}") == message.correlation_id).limit(1))
    if wamid is None:
        return 0
    adopt(message, wamid)
    return reconcile_pending(session, message)


def reconcile_pending(session: Session, message: Message) -> int:
    """Apply statuses that arrived before this message was known; returns how many."""
    if not message.wamid:
        return 0
    waiting = list(session.scalars(select(PendingStatus).where(PendingStatus.wamid == message.wamid)))
    listeners = active_listeners(session) if waiting else ()
    for pending in sorted(waiting, key=lambda p: STATUS_RANK.get(p.status, 0)):
        merge_status(session, message, pending.payload, pending.correlation_id, listeners=listeners)
        session.delete(pending)
    if waiting:
        session.flush()
    return len(waiting)
