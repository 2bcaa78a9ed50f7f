"""The numbers of ``klaros report`` (and the screen's CSV of the summary): one period's funnel, cost and, when
asked, Meta's own figures, as a plain dict in the documented JSON shape::

    {"period": {"start", "end"},
     "funnel": {"sent", "delivered", "read", "replied", "failed"},
     "unconfirmed": messages WhatsApp did not confirm (may or may not have arrived; in no stage, not failed),
     "cost": {"currency", "rates_as_of", "total", "by_category": {category: {"count", "amount"}},
              "by_country": {ISO code: {"count", "amount"}}},
     "meta": {Meta's figures, or why absent}}

``count`` is the charged (delivered, ``regular``) messages; amounts are numbers in ``currency`` (None when
no rate card priced them: ``total`` is then null and ``currency`` too).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from klaros_desktop.services.analytics.cost import Cell, Cost, Pricer, cost
from klaros_desktop.services.analytics.delivery import Funnel, delivery
from klaros_desktop.services.analytics.period import Period
from klaros_desktop.services.analytics.reconcile import Reconciliation


def _money(value: Decimal | None) -> float | None:
    return None if value is None else float(value.quantize(Decimal("0.0001")))


def _cells(table: dict[str, Cell]) -> dict[str, dict[str, Any]]:
    return {key: {"count": cell.count, "amount": _money(cell.amount)} for key, cell in sorted(table.items())}


def cost_dict(result: Cost) -> dict[str, Any]:
    body: dict[str, Any] = {
        "currency": result.currency,
        "rates_as_of": result.rates_as_of.isoformat() if result.rates_as_of else None,
        "total": _money(result.total),
        "by_category": _cells(result.by_category),
        "by_country": _cells(result.by_country),
    }
    if result.error is not None:
        body["error"] = str(result.error)
    return body


def meta_dict(reconciliation: Reconciliation | None, absent: str | None) -> dict[str, Any]:
    if reconciliation is None or reconciliation.meta is None:
        reason = absent or (str(reconciliation.absent) if reconciliation and reconciliation.absent else None)
        return {"absent": reason or "not asked"}
    meta = reconciliation.meta
    by_category: dict[str, dict[str, Any]] = {}
    for (category, _ptype, _country), volume in meta.volumes.items():
        cell = by_category.setdefault(category, {"volume": 0, "cost": 0.0})
        cell["volume"] += volume
    for (category, _ptype, _country), amount in meta.costs.items():
        by_category.setdefault(category, {"volume": 0, "cost": 0.0})["cost"] += float(amount)
    return {"currency": meta.currency, "volume": meta.volume, "cost": _money(meta.cost),
            "by_category": dict(sorted(by_category.items())), "agrees": reconciliation.agrees,
            "explanations": [str(e) for e in reconciliation.explanations]}


def build(session: Session, period: Period, pricer: Pricer | None = None, *,
          reconciliation: Reconciliation | None = None, meta_absent: str | None = None) -> dict[str, Any]:
    counted = delivery(session, period)
    funnel: Funnel = counted.funnel
    return {
        "period": {"start": period.start.isoformat(), "end": period.end.isoformat()},
        "funnel": funnel.as_dict(),
        "unconfirmed": counted.unconfirmed,
        "cost": cost_dict(cost(session, period, pricer)),
        "meta": meta_dict(reconciliation, meta_absent),
    }


def csv_rows(report: dict[str, Any]) -> list[list[Any]]:
    """The report as one flat table: section, key, count, amount (the CSV of ``klaros report``)."""
    rows: list[list[Any]] = [["section", "key", "count", "amount", "currency"]]
    currency = report["cost"]["currency"] or ""
    rows.append(["period", f"{report['period']['start']} / {report['period']['end']}", "", "", ""])
    for stage, count in report["funnel"].items():
        rows.append(["funnel", stage, count, "", ""])
    rows.append(["unconfirmed", "not confirmed by WhatsApp", report.get("unconfirmed", 0), "", ""])
    rows.append(["cost", "total", "", report["cost"]["total"] if report["cost"]["total"] is not None else "",
                 currency])
    rows.append(["cost", "rates_as_of", "", report["cost"]["rates_as_of"] or "", ""])
    for section in ("by_category", "by_country"):
        for key, cell in report["cost"][section].items():
            rows.append([f"cost {section.replace('_', ' ')}", key, cell["count"],
                         cell["amount"] if cell["amount"] is not None else "", currency])
    meta = report["meta"]
    if "absent" in meta:
        rows.append(["meta", "absent", "", "", meta["absent"]])
    else:
        rows.append(["meta", "total", meta["volume"], meta["cost"], meta["currency"] or ""])
        for category, cell in meta["by_category"].items():
            rows.append(["meta by category", category, cell["volume"], cell["cost"], meta["currency"] or ""])
    return rows
