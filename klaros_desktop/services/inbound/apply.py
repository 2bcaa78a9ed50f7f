"""Applying Meta webhooks (as the relay hands them over) to the local database.

Idempotent and order-tolerant, because Meta retries for days and never promises order:
- a message is stored once per wamid; the same webhook twice changes nothing;
- statuses only move forward (sent < delivered < read), ``failed`` is final, and the time of each status
  is kept, so ``read`` before ``delivered`` keeps ``read``;
- a status whose message we do not know yet waits in ``pending_statuses`` and is applied when the
  message appears (``messaging.statuses.reconcile_pending``);
- message types we do not understand are stored as ``unsupported`` with the raw JSON, never dropped.

All work happens in the caller's session/transaction. ``WebhookApplier`` only orchestrates: ``envelope``
sorts a batch into work by kind, then ``messages`` (with ``contact_rows``), ``consent_signals``,
``statuses`` and ``templates`` each apply their kind for the whole batch at once, keeping per-batch caches
so a batch of thousands of events stays fast.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from klaros_desktop.services.core import audit
from klaros_desktop.services.core.changes import Changes
from klaros_desktop.services.inbound import envelope, messages, templates
from klaros_desktop.services.inbound.consent_signals import ConsentSignals
from klaros_desktop.services.inbound.contact_rows import ContactRows
from klaros_desktop.services.inbound.statuses import StatusBatches


class MalformedWebhook(ValueError):
    """The body is not a WhatsApp Business webhook we can read."""


@dataclass
class ApplyStats:
    messages: int = 0
    duplicates: int = 0
    statuses: int = 0
    pending: int = 0
    reconciled: int = 0
    consent_events: int = 0
    templates: int = 0
    ignored: list[str] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)  # the rows this batch touched, for the screens

    def add(self, other: ApplyStats) -> None:
        for name in ("messages", "duplicates", "statuses", "pending", "reconciled", "consent_events", "templates"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.ignored.extend(other.ignored)
        self.changes.merge(other.changes)


def check_body(body: Any) -> None:
    """Raise ``MalformedWebhook`` unless ``body`` looks like a WhatsApp Business webhook."""
    if not isinstance(body, dict) or not isinstance(body.get("entry"), list):
        raise MalformedWebhook("webhook body has no 'entry' list")


class WebhookApplier:
    """Applies webhook bodies inside one session.

    ``apply_batch`` looks up everything a batch needs in a few ``IN`` queries, inserts new contacts,
    conversations and messages with one statement each and updates with executemany; that is what
    makes thousands of events per second possible. Create one per batch/transaction.
    """

    def __init__(self, session: Session, *, actor: str = "sync"):
        self.session = session
        self.actor = actor
        self.people = ContactRows(session)
        self.consent = ConsentSignals(session, self.people, actor=actor)
        self.statuses = StatusBatches(session, actor=actor)

    def apply(self, body: dict, *, correlation_id: str | None = None) -> ApplyStats:
        check_body(body)
        return self.apply_batch([(body, correlation_id)])

    def apply_batch(self, items: list[tuple[dict, str | None]]) -> ApplyStats:
        """Apply checked bodies (see ``check_body``) in order."""
        stats = ApplyStats()
        work = envelope.walk(items)
        for error, cid in work.errors:
            audit.record(self.session, "meta_error", actor=self.actor, subject=str(error.get("code")),
                         details={"title": error.get("title"), "message": error.get("message")}, correlation_id=cid)
        if work.messages:
            self.consent.from_messages(messages.store(self.session, self.people, work.messages, stats), stats)
        if work.statuses:
            with self.session.no_autoflush:
                self.statuses.apply(work.statuses, stats)
        for field_name, value, cid in work.fields:
            if field_name in templates.FIELDS:
                templates.apply_update(self.session, field_name, value, stats)
            elif field_name == "user_preferences":
                self.consent.from_user_preferences(value, stats, cid)
            else:
                stats.ignored.append(field_name)
        self.session.flush()
        return stats

    def apply_status(self, status: dict, stats: ApplyStats, cid: str | None) -> None:
        """Apply one status object on its own, outside a webhook body."""
        with self.session.no_autoflush:
            self.statuses.apply([(status, cid)], stats)
        self.session.flush()
