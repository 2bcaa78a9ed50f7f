"""Everything the Analytics screen shows for one period, read in one short session (the screen calls this on a
worker thread and paints the result)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop.services.analytics import budget, conversations, cost, delivery
from klaros_desktop.services.analytics.period import Period


@dataclass
class Overview:
    period: Period
    delivery: delivery.Delivery
    previous: delivery.Funnel | None  # the funnel of the period before, when comparing
    conversations: conversations.Conversations
    cost: cost.Cost
    previous_cost: cost.Cost | None
    budget: budget.BudgetStatus
    query_seconds: float  # time spent in the database (the benchmark prints its share)


def load(sessions: sessionmaker[Session], period: Period, pricer: cost.Pricer | None = None, *,
         compare: bool = False, now: datetime | None = None) -> Overview:
    """``pricer`` None: the profile's rate card (``cost.profile_pricer``)."""
    started = time.perf_counter()
    with sessions() as session:
        pricer = pricer or cost.profile_pricer(session)
        result_delivery = delivery.delivery(session, period)
        previous = delivery.delivery(session, period.previous()).funnel if compare else None
        result_conversations = conversations.conversations(session, period, now=now)
        result_cost = cost.cost(session, period, pricer)
        previous_cost = cost.cost(session, period.previous(), pricer) if compare else None
        state = budget.status(session, pricer, now=now, offset_minutes=period.offset_minutes)
        session.commit()  # the turns of the chats that changed since the last read, recomputed (summary.py)
    return Overview(period, result_delivery, previous, result_conversations, result_cost, previous_cost, state,
                    time.perf_counter() - started)


def tag_funnels(sessions: sessionmaker[Session], period: Period) -> list[delivery.FunnelRow]:
    with sessions() as session:
        return delivery.by_tag(session, period)


def failed_messages(sessions: sessionmaker[Session], period: Period, code: int | None) -> list[delivery.FailedMessage]:
    with sessions() as session:
        return delivery.failed_messages(session, period, code)


def read_budget(sessions: sessionmaker[Session]) -> budget.Budget | None:
    with sessions() as session:
        return budget.get(session)


def report_dict(sessions: sessionmaker[Session], period: Period, pricer: cost.Pricer | None,
                reconciliation: Any = None) -> dict:
    """``klaros report``'s numbers for the screen's "Save report as CSV…"."""
    from klaros_desktop.services.analytics import report

    with sessions() as session:
        return report.build(session, period, pricer or cost.profile_pricer(session), reconciliation=reconciliation,
                            meta_absent=None if reconciliation else "not asked")
