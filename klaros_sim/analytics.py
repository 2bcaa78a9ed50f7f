"""``GET /{waba-id}?fields=pricing_analytics…`` and ``template_analytics…``, computed from what the simulator
really delivered and priced with its own rate card.

Shapes and limits follow Meta's Analytics page (shared/meta-cloud-api.md section 12): pricing analytics with
granularity HALF_HOUR, DAILY or MONTHLY, a one-year lookback, optional filters ``phone_numbers``,
``country_codes``, ``metric_types`` (COST, VOLUME), ``pricing_types``, ``pricing_categories`` and
``dimensions`` (COUNTRY, PHONE, PRICING_CATEGORY, PRICING_TYPE, TIER), answered as
``pricing_analytics.data[].data_points[]``; template analytics daily only, 90-day lookback, at most 10
template ids, metrics SENT, DELIVERED, READ, CLICKED, COST. Meta counts a message when it is delivered (that is
when it charges), so the buckets use the delivery time. Enum values are upper case in analytics, as Meta
writes them there (the webhooks' ``pricing`` object uses lower case). Where the page leaves it open (the
answer to a bad filter, MONTHLY bucket edges) the choice is ours and marked below.

The card is illustrative (USD, per market and category, in the shape of Meta's rate CSV), not Meta's current
rates; ``RATES_AS_OF`` dates it. Klaros's tests price their side with the same card, so amounts can agree.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import phonenumbers

from klaros_sim.errors import MetaError

if TYPE_CHECKING:
    from klaros_sim.engine import Simulator

RATES_AS_OF = date(2026, 10, 1)
CURRENCY = "USD"
# market -> category -> USD per delivered message ("OTHER": every market not listed)
RATES: dict[str, dict[str, Decimal]] = {
    "DE": {"marketing": Decimal("0.1365"), "utility": Decimal("0.0456"), "authentication": Decimal("0.0636"),
           "marketing_lite": Decimal("0.1365")},
    "GB": {"marketing": Decimal("0.0529"), "utility": Decimal("0.0220"), "authentication": Decimal("0.0358"),
           "marketing_lite": Decimal("0.0529")},
    "US": {"marketing": Decimal("0.0250"), "utility": Decimal("0.0034"), "authentication": Decimal("0.0034"),
           "marketing_lite": Decimal("0.0250")},
    "IN": {"marketing": Decimal("0.0118"), "utility": Decimal("0.0014"), "authentication": Decimal("0.0014"),
           "authentication_international": Decimal("0.0280"), "marketing_lite": Decimal("0.0118")},
    "OTHER": {"marketing": Decimal("0.0604"), "utility": Decimal("0.0077"), "authentication": Decimal("0.0077"),
              "authentication_international": Decimal("0.0280"), "marketing_lite": Decimal("0.0604")},
}

GRANULARITIES = {"HALF_HOUR": 1800, "DAILY": 86400, "MONTHLY": None}
DIMENSIONS = ("COUNTRY", "PHONE", "PRICING_CATEGORY", "PRICING_TYPE", "TIER")
METRICS = ("COST", "VOLUME")
PRICING_TYPES = ("REGULAR", "FREE_CUSTOMER_SERVICE", "FREE_ENTRY_POINT")
LOOKBACK = 366 * 86400  # one year (Meta, since 2025-12-01)
TEMPLATE_LOOKBACK = 90 * 86400
TEMPLATE_METRICS = ("SENT", "DELIVERED", "READ", "CLICKED", "COST")
MAX_TEMPLATE_IDS = 10


def country_of(wa_id: str) -> str:
    try:
        return phonenumbers.region_code_for_number(phonenumbers.parse("+" + wa_id.lstrip("+"), None)) or "ZZ"
    except phonenumbers.NumberParseException:
        return "ZZ"


def rate(country: str, category: str) -> Decimal | None:
    """USD for one delivered ``regular`` message of ``category`` to ``country``; None: never charged."""
    return RATES.get(country, RATES["OTHER"]).get(category)


# ----------------------------------------------------------------------------- field expressions
def split_top(text: str, sep: str = ",") -> list[str]:
    """``text`` split at ``sep`` outside brackets: ``a.x([1,2]),b`` -> ``['a.x([1,2])', 'b']``."""
    parts, depth, current = [], 0, []
    for ch in text:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        if ch == sep and depth == 0:
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(ch)
    if "".join(current).strip():
        parts.append("".join(current).strip())
    return parts


_CALL = re.compile(r"\.(\w+)\(([^()]*)\)")


def parse_field(expression: str) -> tuple[str, dict[str, str]]:
    """``pricing_analytics.start(1).end(2)`` -> ``('pricing_analytics', {'start': '1', 'end': '2'})``."""
    name, _, rest = expression.partition(".")
    return name, {m.group(1): m.group(2).strip() for m in _CALL.finditer("." + rest if rest else "")}


def _list(value: str | None) -> list[str]:
    if not value:
        return []
    inner = value.strip().removeprefix("[").removesuffix("]")
    return [item.strip().strip("\"'") for item in inner.split(",") if item.strip().strip("\"'")]


def _bad(text: str) -> MetaError:
    return MetaError(100, text, message=f"(#100) {text}")


def _time(value: str | None, name: str) -> int:
    if value is None:
        raise _bad(f"The parameter {name} is required.")
    try:
        return int(value)
    except ValueError:
        raise _bad(f"Invalid value for {name}: {value}") from None


def _month_start(moment: int) -> int:
    day = datetime.fromtimestamp(moment, UTC).date().replace(day=1)
    return int(datetime(day.year, day.month, 1, tzinfo=UTC).timestamp())


def _next_month(moment: int) -> int:
    day = datetime.fromtimestamp(moment, UTC).date().replace(day=1) + timedelta(days=32)
    return int(datetime(day.year, day.month, 1, tzinfo=UTC).timestamp())


def _bucket(moment: float, start: int, granularity: str) -> tuple[int, int]:
    step = GRANULARITIES[granularity]
    if step is None:  # MONTHLY: calendar months in UTC (our choice; Meta's page does not say which zone)
        first = _month_start(int(moment))
        return max(first, start), _next_month(int(moment))
    index = int((moment - start) // step)
    return start + index * step, start + (index + 1) * step


# ----------------------------------------------------------------------------- pricing_analytics
def pricing_analytics(sim: Simulator, params: dict[str, str]) -> dict[str, Any]:
    start, end = _time(params.get("start"), "start"), _time(params.get("end"), "end")
    granularity = (params.get("granularity") or "").upper()
    if granularity not in GRANULARITIES:
        raise _bad(f"Invalid granularity {params.get('granularity')!r}: use HALF_HOUR, DAILY or MONTHLY.")
    if end <= start:
        raise _bad("The end time must be after the start time.")
    if start < sim.now() - LOOKBACK:
        raise _bad("The start time is more than one year in the past; pricing analytics look back one year.")
    dimensions = [d.upper() for d in _list(params.get("dimensions"))]
    wrong = [d for d in dimensions if d not in DIMENSIONS]
    if wrong:
        raise _bad(f"Invalid dimension {wrong[0]}: use {', '.join(DIMENSIONS)}.")
    metrics = [m.upper() for m in _list(params.get("metric_types"))] or list(METRICS)
    if any(m not in METRICS for m in metrics):
        raise _bad("Invalid metric_types: use COST and VOLUME.")
    countries = {c.upper() for c in _list(params.get("country_codes"))}
    phones = set(_list(params.get("phone_numbers")))
    types = {t.upper() for t in _list(params.get("pricing_types"))}
    categories = {c.upper() for c in _list(params.get("pricing_categories"))}
    display = sim.config.display_phone_number
    if phones and display not in phones:
        return {"data": [{"data_points": []}]}
    points: dict[tuple, dict[str, Any]] = defaultdict(lambda: {"volume": 0, "cost": Decimal(0)})
    for message in sim.outbound.values():
        if message.delivered_at is None or message.price is None or not start <= message.delivered_at < end:
            continue
        country = country_of(message.wa_id)
        category = str(message.price["category"])
        ptype = str(message.price["type"])
        if (countries and country not in countries) or (types and ptype.upper() not in types) or (
                categories and category.upper() not in categories):
            continue
        bucket = _bucket(message.delivered_at, start, granularity)
        key = (bucket,
               country if "COUNTRY" in dimensions else None,
               display if "PHONE" in dimensions else None,
               category.upper() if "PRICING_CATEGORY" in dimensions else None,
               ptype.upper() if "PRICING_TYPE" in dimensions else None,
               "0:250000" if "TIER" in dimensions else None)  # one volume tier: the simulator has no tiers
        point = points[key]
        point["volume"] += 1
        if ptype == "regular":
            point["cost"] += rate(country, category) or Decimal(0)
    data_points = []
    for (bucket, country, phone, category, ptype, tier), values in sorted(points.items(), key=lambda kv: str(kv[0])):
        point: dict[str, Any] = {"start": bucket[0], "end": min(bucket[1], end)}
        for name, value in (("country", country), ("phone_number", phone), ("pricing_category", category),
                            ("pricing_type", ptype), ("tier", tier)):
            if value is not None:
                point[name] = value
        if "VOLUME" in metrics:
            point["volume"] = values["volume"]
        if "COST" in metrics:
            point["cost"] = float(values["cost"])
        data_points.append(point)
    return {"data": [{"data_points": data_points}]}


# ----------------------------------------------------------------------------- template_analytics
def template_analytics(sim: Simulator, params: dict[str, str]) -> dict[str, Any]:
    start, end = _time(params.get("start"), "start"), _time(params.get("end"), "end")
    if (params.get("granularity") or "").upper() != "DAILY":
        raise _bad("Template analytics are available with granularity DAILY only.")
    if end <= start:
        raise _bad("The end time must be after the start time.")
    if start < sim.now() - TEMPLATE_LOOKBACK:
        raise _bad("The start time is more than 90 days in the past; template analytics look back 90 days.")
    ids = _list(params.get("template_ids"))
    if not ids:
        raise _bad("The parameter template_ids is required.")
    if len(ids) > MAX_TEMPLATE_IDS:
        raise _bad(f"At most {MAX_TEMPLATE_IDS} template_ids can be requested at once.")
    metrics = [m.upper() for m in _list(params.get("metric_types"))] or list(TEMPLATE_METRICS)
    if any(m not in TEMPLATE_METRICS for m in metrics):
        raise _bad(f"Invalid metric_types: use {', '.join(TEMPLATE_METRICS)}.")
    day = 86400
    first = start - start % day
    counts: dict[tuple[str, int], dict[str, Any]] = defaultdict(
        lambda: {"sent": 0, "delivered": 0, "read": 0, "cost": Decimal(0)})
    for message in sim.outbound.values():
        template = message.template
        if template is None or template.id not in ids:
            continue
        if "sent" in message.statuses and start <= message.created_at < end:
            counts[(template.id, int(message.created_at - (message.created_at - first) % day))]["sent"] += 1
        if message.delivered_at is not None and start <= message.delivered_at < end:
            row = counts[(template.id, int(message.delivered_at - (message.delivered_at - first) % day))]
            row["delivered"] += 1
            if message.price and message.price.get("type") == "regular":
                row["cost"] += rate(country_of(message.wa_id), str(message.price["category"])) or Decimal(0)
            if "read" in message.statuses:
                row["read"] += 1
    data_points = []
    for template_id in ids:
        for bucket in range(first, end, day):
            row = counts.get((template_id, bucket), {"sent": 0, "delivered": 0, "read": 0, "cost": Decimal(0)})
            point: dict[str, Any] = {"template_id": template_id, "start": bucket, "end": bucket + day}
            for name in ("sent", "delivered", "read"):
                if name.upper() in metrics:
                    point[name] = row[name]
            if "CLICKED" in metrics:
                point["clicked"] = []  # the simulator's customers tap no template buttons that count as clicks
            if "COST" in metrics:
                spent = row["cost"]
                point["cost"] = [{"type": "amount_spent", "value": float(spent)},
                                 {"type": "cost_per_delivered",
                                  "value": float(spent / row["delivered"]) if row["delivered"] else 0.0}]
            data_points.append(point)
    return {"data": [{"granularity": "DAILY", "product_type": "cloud_api", "data_points": data_points}]}


ANALYTICS_FIELDS = {"pricing_analytics": pricing_analytics, "template_analytics": template_analytics}


def waba_fields(sim: Simulator, fields_param: str) -> dict[str, Any]:
    """The WABA node with its plain fields (``Simulator.waba``) and any analytics fields computed here."""
    plain, computed = [], []
    for expression in split_top(fields_param):
        name, params = parse_field(expression)
        (computed if name in ANALYTICS_FIELDS else plain).append((name, params, expression))
    node = sim.waba([expression for _name, _params, expression in plain]) if plain or not computed else {
        "id": sim.config.waba_id}
    for name, params, _expression in computed:
        node[name] = ANALYTICS_FIELDS[name](sim, params)
    return node
