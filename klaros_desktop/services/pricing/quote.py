"""The price of one message from the card and the dated rules: free (and why) or charged at a rate, or unknown.

``quote`` is the one decision; the forecast calls it per recipient before sending and ``Pricer.price_message``
calls it for a delivered message with the pricing type Meta's status webhook gave.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop.services.pricing import card as card_mod
from klaros_desktop.services.pricing.card import RateCard
from klaros_desktop.services.pricing.countries import country_of

# why a message is free, charged or not priced
CHARGED = "charged"
FREE_ENTRY_POINT = "free_entry_point"
FREE_CUSTOMER_SERVICE = "free_customer_service"
UNKNOWN_RATE = "unknown_rate"  # the card has no figure for this market and category on that date
UNKNOWN_COUNTRY = "unknown_country"  # the number's country could not be told
NO_CARD = "no_card"  # no card period covers the date
BEFORE_PER_MESSAGE = "before_per_message"  # Meta priced per conversation then; this app does not model it
REASONS = (CHARGED, FREE_ENTRY_POINT, FREE_CUSTOMER_SERVICE, UNKNOWN_RATE, UNKNOWN_COUNTRY, NO_CARD,
           BEFORE_PER_MESSAGE)

# pricing types of Meta's status webhook (``pricing.type``)
REGULAR = "regular"

ZERO = Decimal("0")


@dataclass(frozen=True)
class Price:
    """What one message costs. ``amount`` None: unknown (``reason`` says why); 0 when free."""

    amount: Decimal | None
    currency: str | None
    rates_as_of: str | None  # YYYY-MM-DD of the card period used
    country: str | None  # ISO 3166-1 alpha-2 of the recipient's number
    market: str | None  # Meta's pricing market, None when no cited page says which
    category: str  # the category priced (after e.g. marketing_lite -> marketing)
    reason: str  # one of REASONS
    rate: Decimal | None = None  # the rate applied (after volume tiers), None when free or unknown
    tier: str | None = None  # the volume tier used, e.g. "1-100000"

    @property
    def charged(self) -> bool:
        return self.reason == CHARGED

    @property
    def known(self) -> bool:
        return self.amount is not None

    def to_json(self) -> dict[str, Any]:
        return {"amount": None if self.amount is None else float(self.amount), "currency": self.currency,
                "rates_as_of": self.rates_as_of, "country": self.country, "market": self.market,
                "category": self.category, "reason": self.reason,
                "rate": None if self.rate is None else float(self.rate), "tier": self.tier}


def normalise_category(category: str | None) -> str:
    """A template's category (``MARKETING``) or Meta's pricing category, in the card's spelling."""
    return (category or "").strip().lower().replace("-", "_")


def quote(card: RateCard, *, country: str | None, category: str, on: date, in_window: bool = False,
          in_entry_point: bool = False, nth_in_month: int = 1) -> Price:
    """The price of a template (or, with ``category="service"``, a non-template) message delivered on ``on`` to
    a number of ``country``. ``in_window``: the customer service window is open; ``in_entry_point``: a free entry
    point window is open; ``nth_in_month``: the message's place in the month's count for its market and
    category (volume tiers)."""
    category = normalise_category(category)
    period = card.period_on(on)
    currency = period.currency if period else None
    as_of = period.rates_as_of if period else None
    alias = next((r for r in card.rules_on(on, "priced_as") if r.params.get("category") == category), None)
    priced = alias.params["as"] if alias else category
    market = card.market_of(country, on)

    def price(reason: str, amount: Decimal | None, rate: Decimal | None = None, tier: str | None = None) -> Price:
        return Price(amount, currency, as_of, country, market, priced, reason, rate, tier)

    if card.rule_on(on, "per_message") is None:
        return price(BEFORE_PER_MESSAGE, None)
    if in_entry_point and card.rule_on(on, "free_entry_point"):
        return price(FREE_ENTRY_POINT, ZERO)
    tiers_allowed = True
    if in_window or priced == card_mod.SERVICE:
        if card.rule_on(on, "free_in_service_window", priced):
            return price(FREE_CUSTOMER_SERVICE, ZERO)
        charged_inside = card.rule_on(on, "charged_in_service_window", priced)
        if charged_inside is not None:
            priced = charged_inside.params.get("priced_as", priced)
            tiers_allowed = bool(charged_inside.params.get("volume_tiers", True))
        elif priced == card_mod.SERVICE:
            return price(FREE_CUSTOMER_SERVICE, ZERO)  # non-template messages: free unless a rule charges them
    if period is None:
        return price(NO_CARD, None)
    if country is None:
        return price(UNKNOWN_COUNTRY, None)
    rate = card.list_rate(period, market, country, priced, on)
    if rate is None:
        return price(UNKNOWN_RATE, None)
    tier_label = None
    if tiers_allowed and card.rule_on(on, "volume_tiers", priced):
        tiered = card.tier_rate(period, market, priced, nth_in_month)
        if tiered is not None:
            rate, tier_label = tiered
    return price(CHARGED, rate, rate, tier_label)


class Pricer:
    """Prices delivered messages with one loaded card (load it once, price many: analytics)."""

    def __init__(self, card: RateCard):
        self.card = card

    @classmethod
    def for_profile(cls, sessions: sessionmaker[Session]) -> Pricer:
        with sessions() as session:
            return cls(card_mod.load_card(session))

    def price_message(self, phone_e164: str, category: str | None, pricing_type: str | None, on: date, *,
                      nth_in_month: int = 1, in_window: bool = False) -> Price:
        """A delivered message to ``phone_e164`` that Meta's status webhook priced with ``category`` (e.g.
        ``marketing``, ``utility``, ``authentication_international``, ``marketing_lite``, ``service``) and
        ``pricing_type`` (``regular``, ``free_customer_service``, ``free_entry_point``): the amount, or None
        when the card does not know it. A free type costs 0 whatever the card says."""
        country = country_of(phone_e164)
        if pricing_type in (FREE_CUSTOMER_SERVICE, FREE_ENTRY_POINT):
            period = self.card.period_on(on)
            return Price(ZERO, period.currency if period else None, period.rates_as_of if period else None,
                         country, self.card.market_of(country, on), normalise_category(category), pricing_type)
        return quote(self.card, country=country, category=category or "", on=on, in_window=in_window,
                     nth_in_month=nth_in_month)


def price_message(sessions: sessionmaker[Session], phone_e164: str, category: str | None,
                  pricing_type: str | None, on: date) -> Price:
    """One message priced with the profile's card; for many, make one ``Pricer.for_profile`` and reuse it."""
    return Pricer.for_profile(sessions).price_message(phone_e164, category, pricing_type, on)
