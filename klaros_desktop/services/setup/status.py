"""Whether this profile is set up at all: light (settings only, no network modules), as the status bar asks at
the first paint."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop.services.core import settings


def is_set_up(sessions: sessionmaker[Session]) -> bool:
    """Paired with a relay or connected to Meta (else "offline" would wrongly suggest a lost connection)."""
    values = settings.read_many(sessions, (settings.RELAY_URL, settings.PHONE_NUMBER_ID))
    return any(values.values())
