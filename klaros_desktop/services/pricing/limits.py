"""The shop's messaging limit (unique customers reached outside a customer service window in a moving 24 hours,
per business portfolio), as far as the app knows it.

The tier is Meta's ``whatsapp_business_manager_messaging_limit`` of the phone number (``TIER_250``, ``TIER_2K``,
...). It is stored in the profile's settings by whoever reads it from Meta (``remember_tier``); until then the
forecast says the limit is unknown rather than guessing one.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from klaros_desktop.services.core import settings
from klaros_desktop.services.pricing.card import RateCard

MESSAGING_LIMIT_TIER = "messaging_limit_tier"
UNKNOWN = "unknown"


def current_limit(session: Session, card: RateCard) -> tuple[str, int | None]:
    """(tier, unique customers per 24 h): ``("unknown", None)`` when the app does not know the tier,
    ``("TIER_UNLIMITED", None)`` when there is no limit."""
    tier = settings.get(session, MESSAGING_LIMIT_TIER)
    if not tier or tier not in card.limit_tiers:
        return UNKNOWN, None
    return tier, card.limit_tiers[tier]


def remember_tier(session: Session, tier: str | None) -> None:
    """Store the tier Meta reported (``None`` forgets it)."""
    settings.set_value(session, MESSAGING_LIMIT_TIER, tier)
