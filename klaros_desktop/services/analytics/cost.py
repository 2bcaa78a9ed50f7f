"""What the period's messages cost: Meta's billing facts from each status, priced with a dated rate card.

Meta's ``pricing`` object on a message's statuses is the billing fact: its ``category`` (marketing, utility,
authentication, authentication_international, marketing_lite, service) and ``type`` (``regular``: charged;
``free_customer_service``; ``free_entry_point``). The ``billable`` flag is being deprecated and is read only
when a status carries no ``type`` (the older conversation-based statuses). Since per-message pricing Meta
charges a ``regular`` message when it is delivered, so a regular message that never arrived costs nothing.

The card gives the price: ``Pricer(e164, category, pricing_type, day)`` → ``UnitPrice`` or None (the card has
no rate for it). Amounts are never added across currencies: a period priced in two currencies is refused
with ``MixedCurrencies``. Messages are grouped by day, category, type and calling-code prefix in SQL (from the
hourly summaries, ``summary.py``) and each group is priced once with the number that names its prefix (the
smallest of the profile's numbers with it), so a year costs a few hundred card look-ups, not one per message.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import text
from sqlalchemy.orm import Session

from klaros_desktop.phrases import QT_TRANSLATE_NOOP, Phrase
from klaros_desktop.services.analytics import summary
from klaros_desktop.services.analytics.period import Period
from klaros_desktop.services.people import phones

CATEGORIES = ("marketing", "utility", "authentication", "authentication_international", "marketing_lite", "service")
CHARGED = "regular"
FREE_TYPES = ("free_customer_service", "free_entry_point")

CATEGORY_WORDS: dict[str, Phrase] = {
    "marketing": QT_TRANSLATE_NOOP("Analytics", "Marketing"),
    "utility": QT_TRANSLATE_NOOP("Analytics", "Utility (order and account updates)"),
    "authentication": QT_TRANSLATE_NOOP("Analytics", "Authentication (login codes)"),
    "authentication_international": QT_TRANSLATE_NOOP("Analytics", "Authentication, international rate"),
    "marketing_lite": QT_TRANSLATE_NOOP("Analytics", "Marketing (Marketing Messages API)"),
    "service": QT_TRANSLATE_NOOP("Analytics", "Service (replies in a chat)"),
    "referral_conversion": QT_TRANSLATE_NOOP("Analytics", "After an ad or page button"),
}
FREE_WORDS: dict[str, Phrase] = {
    "free_customer_service": QT_TRANSLATE_NOOP("Analytics", "Free: inside the 24-hour customer-service window"),
    "free_entry_point": QT_TRANSLATE_NOOP("Analytics", "Free: the customer came from an ad or a page button "
                                                       "(free entry point, 72 hours)"),
}


class MixedCurrencies(ValueError):
    """The rate card priced the period's messages in more than one currency; no total is made of them."""

    def __init__(self, currencies: set[str]):
        self.currencies = sorted(currencies)
        self.phrase = QT_TRANSLATE_NOOP(
            "Analytics", "The rates for this period are in different currencies ({currencies}), so Klaros does "
            "not add them up. Import one rate card in the currency Meta bills you in.").format(
            currencies=", ".join(self.currencies))
        super().__init__(str(self.phrase))


@dataclass(frozen=True)
class UnitPrice:
    amount: Decimal
    currency: str
    rates_as_of: date


# e164, Meta's pricing category, Meta's pricing type, the day -> the price of one such message, or None
Pricer = Callable[[str, str, str, date], UnitPrice | None]


@dataclass
class Cell:
    count: int = 0
    amount: Decimal | None = None  # None: not priced (no card, or the card has no rate for some of them)

    def add(self, count: int, amount: Decimal | None, priced: bool) -> None:
        self.count += count
        if priced and amount is not None:
            self.amount = (self.amount or Decimal(0)) + amount


@dataclass
class Cost:
    period: Period
    charged: int = 0  # delivered messages Meta bills (type ``regular``)
    total: Decimal | None = None
    currency: str | None = None
    rates_as_of: date | None = None
    unpriced: int = 0  # charged messages the card has no rate for
    by_category: dict[str, Cell] = field(default_factory=dict)
    by_country: dict[str, Cell] = field(default_factory=dict)  # ISO region of the recipient's number
    by_day: dict[date, Cell] = field(default_factory=dict)
    by_template: dict[str | None, Cell] = field(default_factory=dict)
    by_campaign: dict[int | None, Cell] = field(default_factory=dict)
    campaign_names: dict[int, str] = field(default_factory=dict)
    free: dict[str, int] = field(default_factory=dict)  # pricing type -> messages
    not_delivered: int = 0  # regular messages that never arrived: not charged
    waiting: int = 0  # sent messages whose status has not told their price category yet
    # (category, pricing type, ISO country) -> delivered messages: what Meta's pricing_analytics counts
    volumes: dict[tuple[str, str, str], int] = field(default_factory=dict)
    error: Phrase | None = None
    mixed_currencies: list[str] = field(default_factory=list)  # set when ``error`` says the card mixed them


_GROUPS = """
SELECT date(f.t, :modifier) AS day, f.category AS category, f.ptype AS ptype, f.billable AS billable,
       f.prefix AS prefix, f.template_name AS template_name, f.campaign_id AS campaign_id,
       cp.name AS campaign_name, f.is_delivered AS delivered, f.is_failed AS failed, f.sent_flag AS sent,
       SUM(f.n) AS n
FROM facts f LEFT JOIN campaigns cp ON cp.id = f.campaign_id
GROUP BY 1, 2, 3, 4, 5, 6, 7, 9, 10, 11
"""

# the number that names a calling-code prefix (its region, and the number the card prices it by): the smallest
# of the profile's numbers with that prefix, found on the contacts' unique index
_SAMPLE = """
SELECT MIN(phone_e164) FROM contacts
WHERE phone_e164 >= :prefix AND phone_e164 < :prefix || char(127) AND substr(phone_e164, 1, 5) = :prefix
"""


def pricing_type_of(ptype: str | None, billable: bool | None) -> str | None:
    """Meta's pricing type; for an older status with only ``billable``, what it meant."""
    if ptype:
        return ptype.lower()
    if billable is None:
        return None
    return CHARGED if billable else "free_customer_service"


def cost(session: Session, period: Period, pricer: Pricer | None = None) -> Cost:
    """The period's cost from the local records; amounts only with a ``pricer`` (else counts only)."""
    result = Cost(period)
    regions: dict[str, str] = {}
    prices: dict[tuple, UnitPrice | None] = {}
    currencies: set[str] = set()
    as_of: set[date] = set()
    rows = session.execute(text(summary.outbound() + _GROUPS), summary.params(period)).all()
    samples: dict[str | None, str] = {None: ""}
    for row in rows:
        category = (row.category or "").lower()
        ptype = pricing_type_of(row.ptype, None if row.billable is None else bool(row.billable))
        if not category and ptype is None:
            if row.sent and not row.failed:
                result.waiting += row.n
            continue
        if row.prefix not in samples:
            samples[row.prefix] = session.execute(text(_SAMPLE), {"prefix": row.prefix}).scalar() or ""
        sample = samples[row.prefix]
        region = regions.get(row.prefix or "")
        if region is None:
            region = regions[row.prefix or ""] = (phones.region_of(sample) if sample else None) or "ZZ"
        if row.delivered and not row.failed:
            key = (category, ptype or "", region)
            result.volumes[key] = result.volumes.get(key, 0) + row.n
        if ptype != CHARGED:
            if ptype in FREE_TYPES and row.delivered:
                result.free[ptype] = result.free.get(ptype, 0) + row.n
            continue
        if not row.delivered or row.failed:
            result.not_delivered += row.n
            continue
        day = date.fromisoformat(row.day)
        price: UnitPrice | None = None
        if pricer is not None:
            price_key = (region, category, day, sample if region == "ZZ" else "")
            if price_key not in prices:
                prices[price_key] = pricer(sample, category, ptype, day)
            price = prices[price_key]
        amount = price.amount * row.n if price is not None else None
        if price is not None:
            currencies.add(price.currency)
            as_of.add(price.rates_as_of)
        else:
            result.unpriced += row.n
        result.charged += row.n
        priced = price is not None
        for table, key in ((result.by_category, category), (result.by_country, region), (result.by_day, day),
                           (result.by_template, row.template_name), (result.by_campaign, row.campaign_id)):
            table.setdefault(key, Cell()).add(row.n, amount, priced)
        if row.campaign_id is not None and row.campaign_name:
            result.campaign_names[row.campaign_id] = row.campaign_name
    if len(currencies) > 1:
        result.error = MixedCurrencies(currencies).phrase
        result.mixed_currencies = sorted(currencies)
        for table in (result.by_category, result.by_country, result.by_day, result.by_template, result.by_campaign):
            for cell in table.values():
                cell.amount = None
        return result
    if currencies:
        result.currency = currencies.pop()
        result.rates_as_of = max(as_of)
        result.total = sum((c.amount or Decimal(0) for c in result.by_category.values()), Decimal(0))
    return result


def profile_pricer(session: Session) -> Pricer:
    """The profile's rate card (the bundled one, or Meta's CSV the owner imported for the date) as a ``Pricer``:
    the price of one delivered ``regular`` message, or None when the card has no rate for it. Volume tiers are
    not applied to the history: each message is priced at the card's first-tier rate."""
    from klaros_desktop.services.pricing import card, quote

    pricer = quote.Pricer(card.load_card(session))

    def price(e164: str, category: str, pricing_type: str, day: date) -> UnitPrice | None:
        result = pricer.price_message(e164, category, pricing_type, day)
        if not result.charged or result.amount is None or not result.currency:
            return None
        return UnitPrice(result.amount, result.currency,
                         date.fromisoformat(result.rates_as_of) if result.rates_as_of else day)

    return price


def require_one_currency(result: Cost) -> Cost:
    """``result``, or ``MixedCurrencies`` raised when it could not be totalled (for callers that need a total)."""
    if result.mixed_currencies:
        raise MixedCurrencies(set(result.mixed_currencies))
    return result
