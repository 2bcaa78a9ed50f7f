"""What Meta says the period cost, beside what Klaros computed, with the difference explained.

Meta's ``pricing_analytics`` (``GET /{waba-id}?fields=pricing_analytics.start(…).end(…).granularity(DAILY)
.dimensions([PRICING_CATEGORY,PRICING_TYPE,COUNTRY])``) counts the messages Meta delivered and their cost in
the account's currency, by category, pricing type and country. Klaros compares those volumes with the
delivered messages it holds (``cost.Cost.volumes``) and the costs with its own, priced with the rate card:

* Meta counts more → messages Klaros never sent (another tool, WhatsApp Manager), or statuses that have not
  reached Klaros yet (then as many sent messages still wait for their status);
* Klaros counts more → Meta's analytics lag behind, or a message delivered after the period's end (Meta
  counts a message on the day it was delivered, Klaros on the day it was written);
* same volumes, different cost → the rate card is out of date: import Meta's newest rate CSV.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from klaros_desktop.phrases import QT_TRANSLATE_NOOP, Number, Phrase
from klaros_desktop.services.analytics.cost import Cost
from klaros_desktop.services.analytics.period import Period

LOOKBACK_SECONDS = 365 * 86400
DIMENSIONS = "[PRICING_CATEGORY,PRICING_TYPE,COUNTRY]"
TOLERANCE = Decimal("0.01")

Key = tuple[str, str, str]  # (category, pricing type, ISO country), lower case category and type


@dataclass
class MetaFigures:
    volumes: dict[Key, int] = field(default_factory=dict)
    costs: dict[Key, Decimal] = field(default_factory=dict)
    currency: str | None = None  # the account's currency (``GET /{waba-id}?fields=currency``)

    @property
    def volume(self) -> int:
        return sum(self.volumes.values())

    @property
    def cost(self) -> Decimal:
        return sum(self.costs.values(), Decimal(0))


@dataclass
class ReconciledRow:
    key: Key
    local: int
    meta: int

    @property
    def difference(self) -> int:
        return self.meta - self.local


@dataclass
class TemplateRow:
    """One template's funnel as Klaros counted it beside Meta's ``template_analytics``."""

    name: str
    local: tuple[int, int, int]  # sent, delivered, read
    meta: tuple[int, int, int] | None  # None: Meta has no figures for it (no id, or not asked)


@dataclass
class Reconciliation:
    period: Period
    meta: MetaFigures | None
    rows: list[ReconciledRow] = field(default_factory=list)
    explanations: list[Phrase] = field(default_factory=list)
    absent: Phrase | None = None  # why Meta's figures are missing
    agrees: bool = False
    rate_card_outdated: bool = False
    templates: list[TemplateRow] = field(default_factory=list)
    templates_absent: Phrase | None = None  # why Meta's template figures are missing


def pricing_fields(period: Period, now_ts: float | None = None) -> str:
    """The ``fields`` value asking Meta for the period's daily pricing analytics (start clamped to Meta's
    one-year lookback)."""
    start = int(period.start.timestamp())
    end = math.ceil(period.end.timestamp())  # whole seconds: a message delivered in the last second counts
    if now_ts is not None:
        start = max(start, int(now_ts) - LOOKBACK_SECONDS)
    return (f"pricing_analytics.start({start}).end({end}).granularity(DAILY).dimensions({DIMENSIONS}),currency")


def parse_pricing(node: dict[str, Any]) -> MetaFigures:
    figures = MetaFigures(currency=node.get("currency"))
    analytics = node.get("pricing_analytics") or {}
    for block in analytics.get("data") or []:
        for point in block.get("data_points") or []:
            key = (str(point.get("pricing_category", "")).lower(), str(point.get("pricing_type", "")).lower(),
                   str(point.get("country", "")).upper())
            figures.volumes[key] = figures.volumes.get(key, 0) + int(point.get("volume") or 0)
            if point.get("cost") is not None:
                figures.costs[key] = figures.costs.get(key, Decimal(0)) + Decimal(str(point["cost"]))
    return figures


async def ask_meta(graph: Any, period: Period, *, now_ts: float | None = None) -> MetaFigures:
    """Meta's figures for ``period`` through the Graph client (raises the client's ``GraphError``)."""
    return parse_pricing(await graph.waba_fields(pricing_fields(period, now_ts)))


ANOTHER_TOOL = QT_TRANSLATE_NOOP(
    "Analytics", "Meta counted {n} more delivered messages than Klaros has. They were sent from another tool or "
    "from WhatsApp Manager, not from Klaros, so Klaros cannot show them.")
STATUSES_PENDING = QT_TRANSLATE_NOOP(
    "Analytics", "{n} messages are still waiting for their delivery report from Meta; the figures will agree "
    "once it arrives.")
META_LAGS = QT_TRANSLATE_NOOP(
    "Analytics", "Klaros counted {n} more delivered messages than Meta reports yet. Meta updates its figures "
    "with a delay, and counts a message on the day it was delivered.")
CARD_OUTDATED = QT_TRANSLATE_NOOP(
    "Analytics", "Meta charged {meta} {currency} where Klaros's rate card says {local} {currency} for the same "
    "messages. The rate card is out of date: import Meta's newest rate CSV.")
AGREES = QT_TRANSLATE_NOOP("Analytics", "Klaros's figures and Meta's agree.")
CURRENCY_DIFFERS = QT_TRANSLATE_NOOP(
    "Analytics", "Meta bills this account in {meta}, the rate card is in {local}: the amounts cannot be "
    "compared. Import the rate card in {meta}.")


def reconcile(local: Cost, meta: MetaFigures | None, *, absent: Phrase | None = None) -> Reconciliation:
    result = Reconciliation(local.period, meta, absent=absent)
    if meta is None:
        return result
    keys = sorted(set(local.volumes) | set(meta.volumes))
    result.rows = [ReconciledRow(k, local.volumes.get(k, 0), meta.volumes.get(k, 0)) for k in keys]
    more_at_meta = sum(max(0, r.difference) for r in result.rows)
    more_here = sum(max(0, -r.difference) for r in result.rows)
    if more_at_meta:
        pending = min(local.waiting, more_at_meta)
        if pending:
            result.explanations.append(STATUSES_PENDING.format(n=pending))
        if more_at_meta - pending:
            result.explanations.append(ANOTHER_TOOL.format(n=more_at_meta - pending))
    if more_here:
        result.explanations.append(META_LAGS.format(n=more_here))
    volumes_agree = not more_at_meta and not more_here
    if meta.costs and local.total is not None:
        if meta.currency and local.currency and meta.currency != local.currency:
            result.explanations.append(CURRENCY_DIFFERS.format(meta=meta.currency, local=local.currency))
        elif volumes_agree and abs(meta.cost - local.total) > TOLERANCE:
            result.rate_card_outdated = True
            result.explanations.append(CARD_OUTDATED.format(
                meta=Number(meta.cost, ",.2f"), local=Number(local.total, ",.2f"), currency=local.currency or ""))
    result.agrees = volumes_agree and not result.explanations
    if result.agrees:
        result.explanations.append(AGREES)
    return result


TEMPLATE_LOOKBACK_DAYS = 90
MAX_TEMPLATE_IDS = 10
TEMPLATES_TOO_OLD = QT_TRANSLATE_NOOP("Analytics", "Meta keeps figures per template for 90 days only; choose a "
                                                   "shorter period to compare them.")
TEMPLATES_REFUSED = QT_TRANSLATE_NOOP("Analytics", "Meta gave no figures per template: {reason}")


def template_fields(period: Period, template_ids: list[str]) -> str:
    start = int(period.start.timestamp())
    end = math.ceil(period.end.timestamp())
    return (f"template_analytics.start({start}).end({end}).granularity(DAILY)"
            f".metric_types([SENT,DELIVERED,READ]).template_ids([{','.join(template_ids)}])")


def parse_templates(node: dict[str, Any]) -> dict[str, tuple[int, int, int]]:
    """Meta's ``template_analytics`` answer summed per template id: (sent, delivered, read)."""
    totals: dict[str, tuple[int, int, int]] = {}
    for block in (node.get("template_analytics") or {}).get("data") or []:
        for point in block.get("data_points") or []:
            key = str(point.get("template_id"))
            sent, delivered, read = totals.get(key, (0, 0, 0))
            totals[key] = (sent + int(point.get("sent") or 0), delivered + int(point.get("delivered") or 0),
                           read + int(point.get("read") or 0))
    return totals


async def ask_templates(graph: Any, period: Period, ids: list[str]) -> dict[str, tuple[int, int, int]]:
    """Meta's per-template figures, asked ten ids at a time (Meta's limit per call)."""
    totals: dict[str, tuple[int, int, int]] = {}
    for first in range(0, len(ids), MAX_TEMPLATE_IDS):
        totals.update(parse_templates(await graph.waba_fields(template_fields(period,
                                                                                ids[first:first + MAX_TEMPLATE_IDS]))))
    return totals


def _local_templates(session: Any, period: Period) -> tuple[dict[str, tuple[int, int, int]], dict[str, list[str]]]:
    """The period's funnel per template name, and the Meta ids each name has (one per language)."""
    from sqlalchemy import select

    from klaros_desktop.models import MessageTemplate
    from klaros_desktop.services.analytics.delivery import delivery

    local = {str(row.key): (row.funnel.sent, row.funnel.delivered, row.funnel.read)
             for row in delivery(session, period).by_template if row.key}
    ids: dict[str, list[str]] = {}
    for name, meta_id in session.execute(select(MessageTemplate.name, MessageTemplate.meta_id)
                                         .where(MessageTemplate.name.in_(list(local)))):
        if meta_id:
            ids.setdefault(name, []).append(str(meta_id))
    return local, ids


NOT_CONNECTED = QT_TRANSLATE_NOOP("Analytics", "Klaros is not connected to Meta, so Meta's own figures could "
                                               "not be asked for.")
META_REFUSED = QT_TRANSLATE_NOOP("Analytics", "Meta did not give its figures: {reason}")


async def with_meta(sessions: Any, graph: Any, period: Period, pricer: Any = None, *,
                    now_ts: float | None = None) -> Reconciliation:
    """The period's local cost beside Meta's figures (``graph`` None: not connected). The local part is read
    in a short session of its own; a Graph error becomes the reason Meta's figures are absent."""
    from klaros_desktop.graph.errors import GraphError
    from klaros_desktop.services.analytics.cost import cost, profile_pricer

    with sessions() as session:
        local = cost(session, period, pricer or profile_pricer(session))
        local_templates, template_ids = _local_templates(session, period)
    if graph is None:
        return reconcile(local, None, absent=NOT_CONNECTED)
    try:
        figures = await ask_meta(graph, period, now_ts=now_ts)
    except GraphError as exc:
        return reconcile(local, None, absent=META_REFUSED.format(reason=exc.explanation()))
    result = reconcile(local, figures)
    moment = now_ts if now_ts is not None else period.end.timestamp()
    if period.start.timestamp() < moment - TEMPLATE_LOOKBACK_DAYS * 86400:
        result.templates_absent = TEMPLATES_TOO_OLD
    elif any(template_ids.values()):
        try:
            meta = await ask_templates(graph, period, sorted({i for ids in template_ids.values() for i in ids}))
        except GraphError as exc:
            result.templates_absent = TEMPLATES_REFUSED.format(reason=exc.explanation())
        else:
            for name, counts in sorted(local_templates.items()):
                known = [meta[i] for i in template_ids.get(name, []) if i in meta]
                summed = tuple(sum(c[k] for c in known) for k in range(3)) if known else None
                result.templates.append(TemplateRow(name, counts, summed))  # type: ignore[arg-type]
    return result
