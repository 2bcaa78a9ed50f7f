"""The rate card: rates per market (or per country) and category in periods with an effective date, the dated
pricing rules, and the changes Meta announced whose new figures are not on the card.

The bundled card is ``klaros_desktop/data/meta_rate_card.json`` (every figure with the page it came from);
cards imported from Meta's CSV (``pricing.rates_csv``) are stored in the profile's settings and win over the
bundled one for the dates they cover. All money is ``Decimal``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from typing import Any

from sqlalchemy.orm import Session

from klaros_desktop.services.core import settings

MARKETING, UTILITY, AUTHENTICATION = "marketing", "utility", "authentication"
AUTHENTICATION_INTERNATIONAL, SERVICE, MARKETING_LITE = "authentication_international", "service", "marketing_lite"
CATEGORIES = (MARKETING, UTILITY, AUTHENTICATION, AUTHENTICATION_INTERNATIONAL, SERVICE)

# the profile's imported cards (a list of ``Period.to_json`` dicts), written by ``rates_csv.store``
IMPORTED_CARDS = "pricing_imported_rate_cards"

BUNDLED = "bundled"


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _money(value: Any) -> Decimal | None:
    if value is None:
        return None
    return Decimal(str(value))


@dataclass(frozen=True)
class Tier:
    """Messages ``low``..``high`` (inclusive; ``high`` None: no end) of a month in one market cost ``rate``."""

    low: int
    high: int | None
    rate: Decimal

    def holds(self, n: int) -> bool:
        return n >= self.low and (self.high is None or n <= self.high)


@dataclass(frozen=True)
class Period:
    """One card in force from ``effective_from`` until the next period starts."""

    effective_from: date
    currency: str
    rates_as_of: str  # YYYY-MM-DD
    source: str
    origin: str = BUNDLED  # "bundled" or "imported"
    markets: dict[str, dict[str, Decimal]] = field(default_factory=dict)
    countries: dict[str, dict[str, Decimal]] = field(default_factory=dict)  # ISO code -> rates (no market known)
    tiers: dict[str, dict[str, tuple[Tier, ...]]] = field(default_factory=dict)  # market -> category -> tiers
    file_name: str | None = None
    imported_at: str | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any], *, currency: str | None = None, origin: str = BUNDLED) -> Period:
        def rates(block: dict[str, Any]) -> dict[str, Decimal]:
            return {k: _money(v) for k, v in block.items() if k in CATEGORIES and v is not None}

        tiers = {market: {cat: tuple(Tier(int(t["low"]), None if t.get("high") is None else int(t["high"]),
                                          _money(t["rate"])) for t in rows)
                          for cat, rows in by_cat.items()}
                 for market, by_cat in (data.get("tiers") or {}).items()}
        return cls(effective_from=date.fromisoformat(data["effective_from"]),
                   currency=data.get("currency") or currency or "USD",
                   rates_as_of=data.get("rates_as_of") or data["effective_from"],
                   source=data.get("source") or "", origin=data.get("origin") or origin,
                   markets={m: rates(r) for m, r in (data.get("markets") or {}).items()},
                   countries={c.upper(): rates(r) for c, r in (data.get("countries") or {}).items()},
                   tiers=tiers, file_name=data.get("file_name"), imported_at=data.get("imported_at"))

    def to_json(self) -> dict[str, Any]:
        return {"effective_from": self.effective_from.isoformat(), "currency": self.currency,
                "rates_as_of": self.rates_as_of, "source": self.source, "origin": self.origin,
                "file_name": self.file_name, "imported_at": self.imported_at,
                "markets": {m: {c: str(v) for c, v in r.items()} for m, r in self.markets.items()},
                "countries": {m: {c: str(v) for c, v in r.items()} for m, r in self.countries.items()},
                "tiers": {m: {c: [{"low": t.low, "high": t.high, "rate": str(t.rate)} for t in rows]
                              for c, rows in by_cat.items()} for m, by_cat in self.tiers.items()}}


@dataclass(frozen=True)
class Rule:
    """One dated pricing rule of the card's ``rules`` list; ``until`` is exclusive."""

    kind: str
    start: date
    until: date | None
    params: dict[str, Any]

    def active(self, on: date) -> bool:
        return self.start <= on and (self.until is None or on < self.until)

    def categories(self) -> frozenset[str]:
        return frozenset(self.params.get("categories") or ())


@dataclass(frozen=True)
class Change:
    """Meta changed these markets' rates for these categories on ``start``, and the new figures are not on the
    bundled card: from then on they are unknown (never the stale figure)."""

    start: date
    markets: frozenset[str]
    categories: frozenset[str]
    source: str


@dataclass(frozen=True)
class MarketEntry:
    iso: str
    market: str
    start: date | None
    until: date | None
    source: str
    also: tuple[str, ...] = ()  # names the country may carry as its own market in an imported card

    def active(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.until is None or on < self.until)


@dataclass
class RateCard:
    currency: str
    source_url: str
    periods: list[Period]
    rules: list[Rule]
    changes: list[Change]
    market_entries: dict[str, list[MarketEntry]]
    limit_tiers: dict[str, int | None]
    sources: dict[str, Any] = field(default_factory=dict)
    not_verified: list[str] = field(default_factory=list)

    def period_on(self, on: date) -> Period | None:
        """The period in force on ``on``: an imported card covering the date wins over the bundled one."""
        for origin in ("imported", BUNDLED):
            found = [p for p in self.periods if p.origin == origin and p.effective_from <= on]
            if found:  # the latest date; on the same date the latest import
                return max(found, key=lambda p: (p.effective_from, p.imported_at or ""))
        return None

    def rules_on(self, on: date, kind: str) -> list[Rule]:
        return [r for r in self.rules if r.kind == kind and r.active(on)]

    def rule_on(self, on: date, kind: str, category: str | None = None) -> Rule | None:
        for rule in self.rules_on(on, kind):
            if category is None or not rule.categories() or category in rule.categories():
                return rule
        return None

    def market_entry(self, iso: str | None, on: date) -> MarketEntry | None:
        if not iso:
            return None
        return next((e for e in self.market_entries.get(iso.upper(), ()) if e.active(on)), None)

    def market_of(self, iso: str | None, on: date) -> str | None:
        """Meta's pricing market of a country on a date, or None when no cited page says which."""
        entry = self.market_entry(iso, on)
        return entry.market if entry else None

    def changed(self, period: Period, market: str | None, category: str, on: date) -> bool:
        """Meta changed this rate after the period's date and the new figure is not on the bundled card."""
        if period.origin != BUNDLED or market is None:
            return False
        return any(period.effective_from < c.start <= on and market in c.markets and category in c.categories
                   for c in self.changes)

    def list_rate(self, period: Period, market: str | None, iso: str | None, category: str,
                  on: date) -> Decimal | None:
        """The card's rate before volume tiers: by market (or a name the country may carry as its own market),
        else by the country's own row; None if unknown."""
        entry = self.market_entry(iso, on)
        names = (market, *(entry.also if entry else ())) if market is not None else ()
        for name in names:
            if name in period.markets:
                rate = period.markets[name].get(category)
                if rate is None or self.changed(period, name, category, on):
                    return None
                return rate
        if iso and iso.upper() in period.countries:
            return period.countries[iso.upper()].get(category)
        return None

    def tier_rate(self, period: Period, market: str | None, category: str, nth: int) -> tuple[Decimal, str] | None:
        """The rate of the ``nth`` message of the month in this market and category from the card's volume
        tiers, with the tier's label, or None when the card has no tiers there."""
        if market is None:
            return None
        for tier in period.tiers.get(market, {}).get(category, ()):
            if tier.holds(nth):
                return tier.rate, f"{tier.low}-{tier.high if tier.high is not None else ''}"
        return None


def _read_json(name: str) -> dict[str, Any]:
    return json.loads(resources.files("klaros_desktop.data").joinpath(name).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def bundled_document() -> dict[str, Any]:
    return _read_json("meta_rate_card.json")


@lru_cache(maxsize=1)
def markets_document() -> dict[str, Any]:
    return _read_json("meta_pricing_markets.json")


def build_card(document: dict[str, Any], markets: dict[str, Any], imported: list[dict[str, Any]] = ()) -> RateCard:
    """A card from its JSON document, the market mapping and the imported periods."""
    currency = document["currency"]
    periods = [Period.from_json(p, currency=currency) for p in document.get("periods", ())]
    periods += [Period.from_json(p, origin="imported") for p in imported]
    rules = [Rule(r["kind"], date.fromisoformat(r["from"]), _day(r.get("until")),
                  {k: v for k, v in r.items() if k not in ("kind", "from", "until")})
             for r in document.get("rules", ())]
    changes = [Change(date.fromisoformat(c["from"]), frozenset(c["markets"]), frozenset(c["categories"]),
                      c.get("source", "")) for c in document.get("changed_without_figures", ())]
    entries: dict[str, list[MarketEntry]] = {}
    for row in markets.get("countries", ()):
        entry = MarketEntry(row["iso"].upper(), row["market"], _day(row.get("from")), _day(row.get("until")),
                            row.get("source", ""), tuple(row.get("also", ())))
        entries.setdefault(entry.iso, []).append(entry)
    limits = document.get("messaging_limits", {}).get("tiers", {})
    return RateCard(currency=currency, source_url=document.get("source_url", ""),
                    periods=sorted(periods, key=lambda p: (p.origin, p.effective_from)), rules=rules,
                    changes=changes, market_entries=entries, limit_tiers=dict(limits),
                    sources=document.get("sources", {}), not_verified=list(document.get("not_verified", ())))


def imported_periods(session: Session) -> list[dict[str, Any]]:
    return list(settings.get(session, IMPORTED_CARDS) or [])


def load_card(session: Session | None = None) -> RateCard:
    """The bundled card with the profile's imported periods (none without a session)."""
    imported = imported_periods(session) if session is not None else []
    return build_card(bundled_document(), markets_document(), imported)
