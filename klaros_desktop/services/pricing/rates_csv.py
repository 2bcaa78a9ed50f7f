"""Import Meta's published rate card CSVs ("Rates (CSV)" and "Volume tiers (CSV)" on the pricing page) into the
profile, so the forecast prices every market Meta lists.

The shape, as Meta publishes it (the files carry no effective date; the pricing page states it):

* Rates: a few lines of title and notes, then the header ``Market, Currency, Marketing, Utility,
  Authentication, "Authentication-\\nInternational", Service`` (the quoted cell holds a line break), then one row
  per market; the currency is written ``$US`` for USD; ``n/a`` where a market has no such rate.
* Volume tiers: a title line containing "volume tier", notes, a row naming the three groups (Utility,
  Authentication, Authentication-International), a row of sub-headers, then the header ``Market (per rate
  card), Currency`` and five columns per group (From, To, Rate type, Rate, vs. List rate); a market's first row
  names it and its further tiers leave the market empty; volumes are written ``100,000`` and ``--`` for no end.

A bad row is reported with its line number and left out; the good rows are kept. The card is stored in the
profile's settings in the caller's transaction, so it is on disk before the command says it was imported.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop.models import utcnow
from klaros_desktop.phrases import QT_TRANSLATE_NOOP, Phrase
from klaros_desktop.services.core import audit, settings
from klaros_desktop.services.pricing import card as card_mod

# Meta's currency spellings in the CSVs -> ISO 4217
CURRENCY_ALIASES = {"$US": "USD", "US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "₹": "INR", "A$": "AUD",
                    "RP": "IDR", "R$": "BRL"}
_COLUMNS = {"marketing": card_mod.MARKETING, "utility": card_mod.UTILITY,
            "authentication": card_mod.AUTHENTICATION,
            "authenticationinternational": card_mod.AUTHENTICATION_INTERNATIONAL, "service": card_mod.SERVICE}
_NOT_AVAILABLE = {"", "n/a", "na", "--", "-"}
_NUMBER = re.compile(r"^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")
RATES, TIERS = "rates", "tiers"


class RatesImportError(ValueError):
    """The file is not a rate card this app can read; ``str(exc)`` says why in words."""


@dataclass(frozen=True)
class Problem:
    line: int
    reason: Phrase

    def to_json(self) -> dict[str, Any]:
        return {"line": self.line, "reason": str(self.reason)}


@dataclass
class ParsedCard:
    kind: str  # RATES or TIERS
    currency: str | None = None
    markets: dict[str, dict[str, Decimal]] = field(default_factory=dict)
    tiers: dict[str, dict[str, list[dict[str, Any]]]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


@dataclass
class ImportReport:
    kind: str
    currency: str
    effective_from: date
    markets: int
    problems: list[Problem]
    unmapped_markets: list[str]  # markets of the file no country is mapped to (kept, but unused)

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "currency": self.currency, "effective_from": self.effective_from.isoformat(),
                "markets": self.markets, "problems": [p.to_json() for p in self.problems],
                "unmapped_markets": self.unmapped_markets}


def _key(cell: str) -> str:
    return re.sub(r"[^a-z]", "", cell.lower())


def currency_code(raw: str) -> str | None:
    text = raw.strip()
    if text.upper() in CURRENCY_ALIASES:
        return CURRENCY_ALIASES[text.upper()]
    if text in CURRENCY_ALIASES:
        return CURRENCY_ALIASES[text]
    return text.upper() if re.fullmatch(r"[A-Za-z]{3}", text) else None


def _amount(raw: str) -> Decimal | None:
    """A rate or volume cell: None for n/a; raises ValueError when it is not a number."""
    text = raw.strip()
    if text.lower() in _NOT_AVAILABLE:
        return None
    if not _NUMBER.match(text):
        raise ValueError(text)
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation as exc:
        raise ValueError(text) from exc


def _rows(text: str) -> list[tuple[int, list[str]]]:
    """(first physical line, cells) for every CSV record (a quoted cell may span lines)."""
    reader = csv.reader(io.StringIO(text))
    out: list[tuple[int, list[str]]] = []
    previous = 0
    for cells in reader:
        out.append((previous + 1, cells))
        previous = reader.line_num
    return out


def _bad(line: int, template: Phrase, **values: Any) -> Problem:
    return Problem(line, template.format(**values))


def parse(text: str) -> ParsedCard:
    """Rates or volume tiers from a CSV's text; the kind is told by the title line, as Meta writes it."""
    rows = _rows(text.lstrip("\ufeff"))
    title = " ".join(rows[0][1]).lower() if rows else ""
    return _parse_tiers(rows) if "volume tier" in title else _parse_rates(rows)


def _header_index(rows: list[tuple[int, list[str]]]) -> int:
    for index, (_line, cells) in enumerate(rows):
        keys = [_key(c) for c in cells]
        if keys and keys[0].startswith("market") and "currency" in keys:
            return index
    raise RatesImportError(QT_TRANSLATE_NOOP(
        "Pricing", "This file is not Meta's rate card: no header row with Market and Currency was found."))


def _currency(parsed: ParsedCard, line: int, raw: str) -> bool:
    code = currency_code(raw)
    if code is None:
        parsed.problems.append(_bad(line, QT_TRANSLATE_NOOP(
            "Pricing", "{currency!r} is not a currency."), currency=raw))
        return False
    if parsed.currency is None:
        parsed.currency = code
    elif code != parsed.currency:
        parsed.problems.append(_bad(line, QT_TRANSLATE_NOOP(
            "Pricing", "Currency {currency} differs from the file's {first}; one file holds one currency."),
            currency=code, first=parsed.currency))
        return False
    return True


def _parse_rates(rows: list[tuple[int, list[str]]]) -> ParsedCard:
    parsed = ParsedCard(RATES)
    start = _header_index(rows)
    keys = [_key(c) for c in rows[start][1]]
    columns = {i: _COLUMNS[k] for i, k in enumerate(keys) if k in _COLUMNS}
    if not columns:
        raise RatesImportError(QT_TRANSLATE_NOOP(
            "Pricing", "This file is not Meta's rate card: it has no Marketing, Utility or Authentication column."))
    currency_at = keys.index("currency")
    for line, cells in rows[start + 1:]:
        if not any(c.strip() for c in cells):
            continue
        market = cells[0].strip()
        if not market:
            parsed.problems.append(_bad(line, QT_TRANSLATE_NOOP("Pricing", "The row has rates but no market.")))
            continue
        if len(cells) <= max(columns):
            parsed.problems.append(_bad(line, QT_TRANSLATE_NOOP(
                "Pricing", "{market}: the row has {count} cells, the header {expected}."),
                market=market, count=len(cells), expected=len(keys)))
            continue
        if market in parsed.markets:
            parsed.problems.append(_bad(line, QT_TRANSLATE_NOOP(
                "Pricing", "{market} is in the file twice; the first row is kept."), market=market))
            continue
        if not _currency(parsed, line, cells[currency_at]):
            continue
        rates: dict[str, Decimal] = {}
        wrong = None
        for index, category in columns.items():
            try:
                value = _amount(cells[index])
            except ValueError:
                wrong = (cells[index], rows[start][1][index].replace("\n", ""))
                break
            if value is not None:
                rates[category] = value
        if wrong is not None:
            parsed.problems.append(_bad(line, QT_TRANSLATE_NOOP(
                "Pricing", "{market}: {value!r} under {column} is not a rate."), market=market, value=wrong[0],
                column=wrong[1]))
            continue
        parsed.markets[market] = rates
    return parsed


def _tier_groups(rows: list[tuple[int, list[str]]], start: int, width: int) -> list[tuple[int, str]]:
    """(first column, category) of each group of five tier columns, named by the row above the headers that
    says Utility / Authentication / Authentication-International (Meta's order when none does)."""
    for _line, cells in reversed(rows[:start]):
        named = [(i, _COLUMNS[_key(c)]) for i, c in enumerate(cells) if _key(c) in _COLUMNS]
        if named:
            return named
    defaults = (card_mod.UTILITY, card_mod.AUTHENTICATION, card_mod.AUTHENTICATION_INTERNATIONAL)
    return [(2 + 5 * n, category) for n, category in enumerate(defaults) if 2 + 5 * n < width]


def _parse_tiers(rows: list[tuple[int, list[str]]]) -> ParsedCard:
    parsed = ParsedCard(TIERS)
    start = _header_index(rows)
    width = len(rows[start][1])
    groups = _tier_groups(rows, start, width)
    market = ""
    for line, cells in rows[start + 1:]:
        if not any(c.strip() for c in cells):
            continue
        market = cells[0].strip() or market
        if not market:
            parsed.problems.append(_bad(line, QT_TRANSLATE_NOOP("Pricing", "The row has tiers but no market.")))
            continue
        if len(cells) < width:
            parsed.problems.append(_bad(line, QT_TRANSLATE_NOOP(
                "Pricing", "{market}: the row has {count} cells, the header {expected}."),
                market=market, count=len(cells), expected=width))
            continue
        if not _currency(parsed, line, cells[1]):
            continue
        found: list[tuple[str, dict[str, Any]]] = []
        try:
            for first, category in groups:
                low, high, _kind, rate = cells[first:first + 4]
                if all(c.strip().lower() in _NOT_AVAILABLE for c in (low, high, rate)):
                    continue
                low_n, rate_n = _amount(low), _amount(rate)
                if low_n is None or rate_n is None:
                    raise ValueError(low if low_n is None else rate)
                high_n = _amount(high)
                found.append((category, {"low": int(low_n), "high": None if high_n is None else int(high_n),
                                         "rate": str(rate_n)}))
        except ValueError as exc:
            parsed.problems.append(_bad(line, QT_TRANSLATE_NOOP(
                "Pricing", "{market}: {value!r} is not a number of messages or a rate."), market=market,
                value=str(exc)))
            continue
        for category, tier in found:
            parsed.tiers.setdefault(market, {}).setdefault(category, []).append(tier)
    return parsed


def read_text(path: Path) -> str:
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise RatesImportError(QT_TRANSLATE_NOOP("Pricing", "The file's text could not be read."))


def quarter_start(day: date) -> date:
    """Meta changes rates only on Jan 1, Apr 1, Jul 1 and Oct 1: the start of ``day``'s quarter."""
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def store(session: Session, parsed: ParsedCard, effective_from: date, *, file_name: str, digest: str,
          actor: str) -> None:
    """Merge the parsed card into the profile's imported periods (same currency and date: rates replace rates,
    tiers replace tiers) and audit it, in the caller's transaction."""
    periods = [dict(p) for p in card_mod.imported_periods(session)]
    key = (effective_from.isoformat(), parsed.currency)
    current = next((p for p in periods if (p["effective_from"], p["currency"]) == key), None)
    if current is None:
        current = {"effective_from": key[0], "currency": parsed.currency, "rates_as_of": key[0],
                   "origin": "imported", "markets": {}, "countries": {}, "tiers": {}}
        periods.append(current)
    if parsed.kind == RATES:
        current["markets"] = {m: {c: str(v) for c, v in r.items()} for m, r in parsed.markets.items()}
    else:
        current["tiers"] = parsed.tiers
    current.update(source=f"imported {file_name} (sha256 {digest[:12]})", file_name=file_name,
                   imported_at=utcnow().isoformat(timespec="seconds"))
    periods.sort(key=lambda p: (p["effective_from"], p["currency"]))
    settings.set_value(session, card_mod.IMPORTED_CARDS, periods)
    audit.record(session, "rate_card_imported", actor=actor, subject=file_name,
                 details={"kind": parsed.kind, "currency": parsed.currency, "effective_from": key[0],
                          "markets": len(parsed.markets or parsed.tiers), "problems": len(parsed.problems),
                          "sha256": digest})


def import_file(sessions: sessionmaker[Session], path: Path, *, effective_from: date | None = None,
                actor: str = "user") -> ImportReport:
    """Import one of Meta's CSVs for the dates from ``effective_from`` (default: the start of this quarter).

    Raises ``RatesImportError`` when nothing in the file could be used (nothing is stored then)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RatesImportError(QT_TRANSLATE_NOOP("Pricing", "The file could not be read: {error}").format(
            error=exc.strerror or exc)) from exc
    parsed = parse(read_text(path))
    if not (parsed.markets or parsed.tiers) or parsed.currency is None:
        first = parsed.problems[0] if parsed.problems else None
        raise RatesImportError(QT_TRANSLATE_NOOP(
            "Pricing", "No usable rate was found in the file{detail}; nothing was imported.").format(
            detail=f" (line {first.line}: {first.reason})" if first else ""))
    effective_from = effective_from or quarter_start(utcnow().date())
    digest = hashlib.sha256(raw).hexdigest()
    with sessions.begin() as session:
        if parsed.kind == TIERS and not any(
                (p["effective_from"], p["currency"]) == (effective_from.isoformat(), parsed.currency)
                for p in card_mod.imported_periods(session)):
            raise RatesImportError(QT_TRANSLATE_NOOP(
                "Pricing", "Volume tiers go with a rate card: import Meta's rates in {currency} for {day} first, "
                "then these tiers for the same date.").format(currency=parsed.currency, day=effective_from.isoformat()))
        store(session, parsed, effective_from, file_name=path.name, digest=digest, actor=actor)
    mapped = {name for entries in card_mod.load_card().market_entries.values() for e in entries
              for name in (e.market, *e.also)}
    names = parsed.markets or parsed.tiers
    return ImportReport(parsed.kind, parsed.currency, effective_from, len(names), parsed.problems,
                        sorted(m for m in names if m not in mapped))
