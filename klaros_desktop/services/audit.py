"""The audit trail: one row per thing worth answering for later, with the correlation id of its cause.

Callers pass subjects and details that identify without revealing (a number, a message id, counts);
erasure audits never repeat the erased data.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from klaros_desktop import correlation
from klaros_desktop.models import AuditEvent, utcnow


def record(
    session: Session,
    action: str,
    *,
    actor: str = "user",
    subject: str | None = None,
    details: dict[str, Any] | None = None,
    correlation_id: str | None = None,
) -> AuditEvent:
    """Add an audit event to the caller's transaction (it commits or rolls back with the effect)."""
    event = AuditEvent(
        at=utcnow(),
        actor=actor,
        action=action,
        subject=subject,
        details=details,
        correlation_id=correlation_id or correlation.current(),
    )
    session.add(event)
    return event
