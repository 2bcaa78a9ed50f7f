"""The cost forecast of a campaign (or of a planned audience) before it is sent.

Per recipient: the template's category, the number's country and Meta market, free or charged and why (an open
free entry point window; a utility template inside the customer service window where the rules of that date
make it free), and the rate. Then the total, the split by country and by category, the card's "rates as of"
date, the countries whose rate is unknown, and the share of the shop's messaging limit the campaign uses.

The window facts come from the database in a few set-wide queries (not one per recipient), so a 100,000
recipient plan is forecast in one pass.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop.models import Campaign, CampaignRecipient, Contact, Conversation, Message, utcnow
from klaros_desktop.phrases import QT_TRANSLATE_NOOP, Number, Phrase
from klaros_desktop.services.pricing import card as card_mod
from klaros_desktop.services.pricing import limits
from klaros_desktop.services.pricing.card import RateCard
from klaros_desktop.services.pricing.countries import country_of
from klaros_desktop.services.pricing.quote import (
    BEFORE_PER_MESSAGE,
    CHARGED,
    FREE_CUSTOMER_SERVICE,
    FREE_ENTRY_POINT,
    NO_CARD,
    UNKNOWN_COUNTRY,
    UNKNOWN_RATE,
    ZERO,
    Price,
    normalise_category,
    quote,
)

SERVICE_WINDOW = timedelta(hours=24)
UNKNOWN = "unknown"


@dataclass(slots=True)
class RecipientCost:
    contact_id: int | None
    phone_e164: str | None
    country: str | None  # ISO 3166-1 alpha-2
    market: str | None
    category: str
    charged: bool
    reason: str  # quote.REASONS
    rate: Decimal | None  # None when free or unknown
    amount: Decimal | None  # None when unknown
    tier: str | None = None
    in_window: bool = False
    in_entry_point: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"phone": self.phone_e164, "country": self.country, "market": self.market,
                "category": self.category, "charged": self.charged, "reason": self.reason,
                "rate": None if self.rate is None else float(self.rate),
                "amount": None if self.amount is None else float(self.amount), "tier": self.tier}


@dataclass
class Forecast:
    on: date
    currency: str | None  # ISO 4217
    rates_as_of: str | None  # YYYY-MM-DD
    category: str
    total: Decimal
    by_country: dict[str, Decimal] = field(default_factory=dict)  # ISO code (or "unknown") -> known amount
    by_category: dict[str, Decimal] = field(default_factory=dict)
    unknown_markets: list[str] = field(default_factory=list)  # ISO codes (or "unknown") without a rate
    charged: int = 0
    free: int = 0
    unknown: int = 0
    outside_window: int = 0  # recipients that count towards the messaging limit
    limit_tier: str = UNKNOWN  # e.g. TIER_2K, or "unknown" when the app does not know the tier
    limit: int | None = None  # unique customers per moving 24 h; None when unlimited or unknown
    limit_share: float | None = None  # outside_window / limit; None when unknown or unlimited
    # per recipient: (contact id, number, its facts) and the price of each set of facts; ``recipients`` makes
    # the RecipientCost rows from them when asked (a plan of 100,000 needs the totals, rarely every row)
    _planned: list[tuple[int | None, str | None, tuple]] = field(default_factory=list, repr=False)
    _quotes: dict[tuple, Price] = field(default_factory=dict, repr=False)

    @property
    def recipients(self) -> list[RecipientCost]:
        """Each recipient's cost, in the plan's order."""
        quotes = self._quotes
        return [RecipientCost(contact_id, phone, facts[0], price.market, price.category, price.reason == CHARGED,
                              price.reason, price.rate, price.amount, price.tier, facts[1], facts[2])
                for contact_id, phone, facts in self._planned for price in (quotes[facts],)]

    @property
    def complete(self) -> bool:
        """Every recipient priced (the total is the whole cost, not a lower bound)."""
        return self.unknown == 0

    def contract_json(self) -> dict[str, Any]:
        """The CLI contract's ``forecast`` object."""
        return {"currency": self.currency, "rates_as_of": self.rates_as_of, "total": _number(self.total),
                "unknown_markets": list(self.unknown_markets)}

    def to_json(self) -> dict[str, Any]:
        return {**self.contract_json(), "on": self.on.isoformat(), "category": self.category,
                "charged": self.charged, "free": self.free, "unknown": self.unknown,
                "by_country": {k: _number(v) for k, v in self.by_country.items()},
                "by_category": {k: _number(v) for k, v in self.by_category.items()},
                "outside_window": self.outside_window, "limit_tier": self.limit_tier, "limit": self.limit,
                "limit_share": self.limit_share}


def _number(value: Decimal) -> float:
    return float(round(value, 6))


class Planned(NamedTuple):
    """One recipient of a plan: a contact (for the window facts) and the number."""

    contact_id: int | None
    phone_e164: str | None


def _moment(on: date, at: datetime | None) -> datetime:
    if at is not None:
        return at
    now = utcnow()
    return now if on == now.date() else datetime.combine(on, time(0, 0), tzinfo=UTC)


def _last_inbound(session: Session, contact_ids: set[int]) -> dict[int, datetime]:
    if not contact_ids:
        return {}
    rows = session.execute(select(Conversation.contact_id, func.max(Conversation.last_inbound_at))
                           .where(Conversation.last_inbound_at.is_not(None))
                           .group_by(Conversation.contact_id))
    return {cid: last for cid, last in rows if cid in contact_ids}


def _entry_point_open(session: Session, card: RateCard, on: date, at: datetime, contact_ids: set[int]) -> set[int]:
    """Contacts with a free entry point window open at ``at``: they wrote from an ad or Page button (the inbound
    message carries Meta's ``referral``) and the business replied within the rule's reply time (the window then
    runs from that reply), or has not replied yet and the campaign's message is that reply."""
    rule = card.rule_on(on, "free_entry_point")
    if rule is None or not contact_ids:
        return set()
    reply_within = timedelta(hours=float(rule.params.get("reply_within_hours", 24)))
    window = timedelta(hours=float(rule.params.get("window_hours", 72)))
    referrals = session.execute(
        select(Message.contact_id, Message.timestamp)
        .where(Message.direction == "in", Message.timestamp >= at - reply_within - window, Message.timestamp <= at,
               func.json_extract(Message.context, "$.referral").is_not(None)))
    found: set[int] = set()
    for contact_id, written in referrals:
        if contact_id not in contact_ids or contact_id in found:
            continue
        reply = session.scalar(select(func.min(Message.timestamp)).where(
            Message.contact_id == contact_id, Message.direction == "out", Message.timestamp >= written,
            Message.timestamp <= written + reply_within))
        if reply is None:
            if at <= written + reply_within:
                found.add(contact_id)
        elif reply <= at < reply + window:
            found.add(contact_id)
    return found


def month_volumes(session: Session, card: RateCard, on: date) -> Counter[tuple[str, str]]:
    """(market, category) -> charged messages already sent this calendar month (for volume tiers)."""
    start = datetime(on.year, on.month, 1, tzinfo=UTC)
    rows = session.execute(
        select(Contact.phone_e164, Message.pricing_category)
        .join(Contact, Contact.id == Message.contact_id)
        .where(Message.direction == "out", Message.timestamp >= start,
               Message.timestamp < datetime.combine(on, time(0, 0), tzinfo=UTC) + timedelta(days=1),
               Message.pricing_type == "regular", Message.pricing_category.is_not(None)))
    counts: Counter[tuple[str, str]] = Counter()
    for phone, category in rows:
        market = card.market_of(country_of(phone), on)
        if market:
            counts[(market, normalise_category(category))] += 1
    return counts


def forecast_plan(session: Session, planned: Iterable[Planned], category: str | None, *, on: date | None = None,
                  at: datetime | None = None, card: RateCard | None = None) -> Forecast:
    """The forecast of sending a template of ``category`` to ``planned`` on ``on`` (default today, UTC), with the
    window facts as of ``at`` (default now on today, else the start of that day)."""
    on = on or utcnow().date()
    at = _moment(on, at)
    card = card or card_mod.load_card(session)
    category = normalise_category(category) or card_mod.MARKETING
    planned = list(planned)
    ids = {contact_id for contact_id, _ in planned if contact_id is not None}
    last = _last_inbound(session, ids)
    entry = _entry_point_open(session, card, on, at, ids)
    period = card.period_on(on)
    volumes = month_volumes(session, card, on) if period is not None and period.tiers else Counter()
    result = Forecast(on=on, currency=period.currency if period else None,
                      rates_as_of=period.rates_as_of if period else None, category=category, total=ZERO)
    markets: dict[str | None, tuple[str | None, bool]] = {}  # country -> (market, has volume tiers)
    quotes: dict[tuple[str | None, bool, bool, int], Price] = {}  # the same facts price the same
    tally: Counter[tuple[str | None, bool, bool, int]] = Counter()  # facts -> recipients
    rows = result._planned
    outside = 0
    plain: dict[str | None, tuple] = {}  # country -> the facts of a recipient without window, entry point or tiers
    for contact_id, phone in planned:  # a Planned, or a row of the same two columns
        country = country_of(phone)
        if contact_id not in last and contact_id not in entry:
            facts = plain.get(country)
            if facts is not None:  # the usual recipient: priced like the last one from that country
                outside += 1
                rows.append((contact_id, phone, facts))
                tally[facts] += 1
                continue
        inbound = last.get(contact_id) if contact_id is not None else None
        in_window = inbound is not None and at - inbound < SERVICE_WINDOW
        in_entry = contact_id in entry
        known = markets.get(country)
        if known is None:
            market = card.market_of(country, on)
            known = markets[country] = (market, period is not None and bool(period.tiers.get(market or "")))
        market, tiered = known
        key = (market or country or "", category)
        nth = volumes[key] + 1 if tiered else 1
        facts = (country, in_window, in_entry, nth)
        price = quotes.get(facts)
        if price is None:
            price = quotes[facts] = quote(card, country=country, category=category, on=on, in_window=in_window,
                                          in_entry_point=in_entry, nth_in_month=nth)
        if tiered and price.tier is not None:
            volumes[key] += 1
        if not in_window:
            outside += 1
            if not in_entry and not tiered:
                plain[country] = facts
        rows.append((contact_id, phone, facts))
        tally[facts] += 1
    result.outside_window, result._quotes = outside, quotes
    by_country: dict[str, Decimal] = defaultdict(lambda: ZERO)
    by_category: dict[str, Decimal] = defaultdict(lambda: ZERO)
    unknown: set[str] = set()
    for facts, count in tally.items():
        price = quotes[facts]
        label = facts[0] or UNKNOWN
        if price.amount is None:
            result.unknown += count
            unknown.add(label)
            continue
        if price.charged:
            result.charged += count
        else:
            result.free += count
        amount = price.amount * count
        result.total += amount
        by_country[label] += amount
        by_category[price.category] += amount
    result.by_country = dict(sorted(by_country.items()))
    result.by_category = dict(sorted(by_category.items()))
    result.unknown_markets = sorted(unknown)
    tier, limit = limits.current_limit(session, card)
    result.limit_tier, result.limit = tier, limit
    if limit:
        result.limit_share = result.outside_window / limit
    elif tier != UNKNOWN and limit is None:
        result.limit_share = 0.0  # unlimited
    return result


def forecast(sessions: sessionmaker[Session] | Session, campaign_id: int, *, on: date | None = None,
             at: datetime | None = None, states: tuple[str, ...] = ("queued",), card: RateCard | None = None
             ) -> Forecast:
    """The forecast of a campaign's recipients still to send (``states``, default the queued ones)."""
    def run(session: Session) -> Forecast:
        campaign = session.get(Campaign, campaign_id)
        if campaign is None:
            raise LookupError(f"no campaign {campaign_id}")
        rows = session.connection().execute(
            select(CampaignRecipient.contact_id, CampaignRecipient.phone_e164)
            .where(CampaignRecipient.campaign_id == campaign_id, CampaignRecipient.state.in_(states))
            .order_by(CampaignRecipient.id)).all()
        # the rows have ``Planned``'s fields (contact_id, phone_e164): no object per recipient is built
        return forecast_plan(session, rows, campaign.template_category, on=on, at=at, card=card)

    if isinstance(sessions, Session):
        return run(sessions)
    with sessions() as session:
        return run(session)


def _money_text(value: Decimal, currency: str | None) -> str:
    return f"{value.quantize(Decimal('0.01')) if value >= 1 else value.normalize():f} {currency or ''}".strip()


def summary_lines(result: Forecast) -> list[Phrase]:
    """The forecast in sentences a shop owner reads (the CLI prints them; a screen may show them)."""
    if result.rates_as_of is None:
        return [QT_TRANSLATE_NOOP("Pricing", "No rate card covers {day}, so the cost cannot be forecast. Import "
                                  "Meta's rate card with 'klaros rates import'.").format(day=result.on.isoformat())]
    lines = [QT_TRANSLATE_NOOP("Pricing", "Cost forecast: {total} for {charged} charged message(s), {free} free "
                               "(Meta's rates as of {as_of}, platform fee only).").format(
        total=_money_text(result.total, result.currency), charged=Number(result.charged), free=Number(result.free),
        as_of=result.rates_as_of)]
    if result.by_country:
        lines.append(QT_TRANSLATE_NOOP("Pricing", "By country: {split}.").format(
            split=", ".join(f"{k} {_money_text(v, None)}" for k, v in result.by_country.items())))
    if result.unknown:
        lines.append(QT_TRANSLATE_NOOP(
            "Pricing", "The rate is not known for {count} recipient(s) ({countries}); the total leaves them out. "
            "Import Meta's current rate card with 'klaros rates import'.").format(
            count=Number(result.unknown), countries=", ".join(result.unknown_markets)))
    if result.limit_share is not None and result.limit:
        lines.append(QT_TRANSLATE_NOOP(
            "Pricing", "Uses {share} of your messaging limit ({outside} of {limit} customers a day outside their "
            "24-hour window).").format(share=Number(result.limit_share, ".0%"), outside=Number(result.outside_window),
                                       limit=Number(result.limit)))
    elif result.limit_tier == UNKNOWN:
        lines.append(QT_TRANSLATE_NOOP(
            "Pricing", "Your messaging limit is not known here yet; {outside} recipient(s) count towards it.").format(
            outside=Number(result.outside_window)))
    return lines


_REASON_TEXT: dict[str, Phrase] = {
    FREE_ENTRY_POINT: QT_TRANSLATE_NOOP("Pricing", "free: they came from your ad or Page button and the free "
                                        "entry point window is open"),
    FREE_CUSTOMER_SERVICE: QT_TRANSLATE_NOOP("Pricing", "free: they wrote in the last 24 hours"),
    UNKNOWN_RATE: QT_TRANSLATE_NOOP("Pricing", "price unknown: the rate card has no rate for {country} on {day}"),
    UNKNOWN_COUNTRY: QT_TRANSLATE_NOOP("Pricing", "price unknown: the number's country is not known"),
    NO_CARD: QT_TRANSLATE_NOOP("Pricing", "price unknown: no rate card covers {day}"),
    BEFORE_PER_MESSAGE: QT_TRANSLATE_NOOP("Pricing", "price unknown: Meta charged per conversation on {day}"),
}


def price_line(sessions: sessionmaker[Session], campaign_id: int, phone_e164: str | None, *,
               on: date | None = None) -> Phrase:
    """One sentence on what the campaign's message to this number costs (the preview shows it)."""
    with sessions() as session:
        campaign = session.get(Campaign, campaign_id)
        contact_id = session.scalar(select(Contact.id).where(Contact.phone_e164 == phone_e164))
        result = forecast_plan(session, [Planned(contact_id, phone_e164)],
                               campaign.template_category if campaign else None, on=on)
    item = result.recipients[0]
    if item.charged:
        return QT_TRANSLATE_NOOP("Pricing", "Price of this message: {amount} ({category}, {market}, Meta's rates "
                                 "as of {as_of}).").format(amount=_money_text(item.amount, result.currency),
                                                           category=item.category,
                                                           market=item.market or item.country,
                                                           as_of=result.rates_as_of)
    text = _REASON_TEXT.get(item.reason, item.reason)
    return QT_TRANSLATE_NOOP("Pricing", "Price of this message: {reason}.").format(
        reason=text.format(country=item.country or "?", day=result.on.isoformat()) if "{" in text else text)
