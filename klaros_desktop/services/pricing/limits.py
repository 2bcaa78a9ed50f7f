"""The shop's messaging limit (unique customers reached outside a customer service window in a moving 24 hours,
per business portfolio), as far as the app knows it.

The tier is Meta's ``whatsapp_business_manager_messaging_limit`` of the phone number (``TIER_250``, ``TIER_2K``,
...). It is stored in the profile's settings by whoever reads it from Meta (``remember_tier``); until then the
forecast says the limit is unknown rather than guessing one.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop.graph.errors import GraphError
from klaros_desktop.services.core import audit, settings
from klaros_desktop.services.pricing.card import RateCard

log = logging.getLogger(__name__)

MESSAGING_LIMIT_TIER = "messaging_limit_tier"
UNKNOWN = "unknown"


def current_limit(session: Session, card: RateCard) -> tuple[str, int | None]:
    """(tier, unique customers per 24 h): ``("unknown", None)`` when the app does not know the tier,
    ``("TIER_UNLIMITED", None)`` when there is no limit."""
    tier = settings.get(session, MESSAGING_LIMIT_TIER)
    if not tier or tier not in card.limit_tiers:
        return UNKNOWN, None
    return tier, card.limit_tiers[tier]


def remember_tier(session: Session, tier: str | None, *, actor: str = "system") -> None:
    """Store the tier Meta reported (``None`` forgets it); a change is audited with the old and new tier."""
    before = settings.get(session, MESSAGING_LIMIT_TIER)
    if before == tier:
        return
    settings.set_value(session, MESSAGING_LIMIT_TIER, tier)
    audit.record(session, "messaging_limit_tier", actor=actor, details={"from": before, "to": tier})


async def refresh_tier(sessions: sessionmaker[Session], graph: Any, *, actor: str = "system") -> str | None:
    """Ask Meta for the tier and remember it; on a refusal or a network failure keep what was known (the
    forecast then says what it knew, or "unknown"). Returns the tier now stored."""
    try:
        tier = await graph.messaging_limit()
    except GraphError as exc:
        log.info("messaging limit not read: %s", exc)
        tier = None
    with sessions.begin() as session:
        if tier:
            remember_tier(session, tier, actor=actor)
        return tier or settings.get(session, MESSAGING_LIMIT_TIER)
