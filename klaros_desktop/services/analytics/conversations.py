"""When customers write and how fast the shop answers: inbound volume by day and by hour of the week, the
time to the shop's first reply (median and 90th percentile), chats with an open 24-hour window now, and
opt-ins / opt-outs over time with their sources.

A customer's turn starts with an inbound message that follows none (the chat's first) or follows one of the
shop's; the time to first reply runs from it to the shop's next message in that chat that is not a marketing
template (a campaign's offer is not an answer). Turns still waiting for an answer are counted apart
(``unanswered``), not as a time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import text
from sqlalchemy.orm import Session

from klaros_desktop.models import utcnow
from klaros_desktop.services.analytics import reply_times, summary
from klaros_desktop.services.analytics.period import Period, sql_time

WINDOW = timedelta(hours=24)
REPLY_HORIZON = timedelta(days=7)  # a reply later than this after the period is not looked for

@dataclass
class ConsentDay:
    day: date
    kind: str  # opt_in | opt_out
    source: str  # keyword | button | import | manual | meta_131050 | ...
    count: int


@dataclass
class Conversations:
    period: Period
    inbound: int = 0
    inbound_by_day: dict[date, int] = field(default_factory=dict)
    # [weekday][hour], Monday = 0, local time
    by_hour_of_week: list[list[int]] = field(default_factory=lambda: [[0] * 24 for _ in range(7)])
    turns: int = 0
    unanswered: int = 0
    first_reply_median: timedelta | None = None
    first_reply_p90: timedelta | None = None
    open_windows: int = 0
    consent: list[ConsentDay] = field(default_factory=list)

    def consent_totals(self) -> dict[tuple[str, str], int]:
        """(kind, source) -> events in the period."""
        totals: dict[tuple[str, str], int] = {}
        for row in self.consent:
            totals[(row.kind, row.source)] = totals.get((row.kind, row.source), 0) + row.count
        return totals


def percentile(values: list[float], share: float) -> float:
    """The ``share`` quantile of sorted ``values`` (nearest rank, so it is always one of them)."""
    return values[reply_times.percentile_rank(len(values), share) - 1]


def conversations(session: Session, period: Period, *, now: datetime | None = None) -> Conversations:
    result = Conversations(period)
    params = summary.params(period)
    for row in session.execute(text(summary.inbound() + """
            SELECT date(t, :modifier) AS day, CAST(strftime('%w', t, :modifier) AS INTEGER) AS wd,
                   CAST(strftime('%H', t, :modifier) AS INTEGER) AS hour, SUM(n) AS n
            FROM facts GROUP BY day, wd, hour"""), params):
        day = date.fromisoformat(row.day)
        result.inbound += row.n
        result.inbound_by_day[day] = result.inbound_by_day.get(day, 0) + row.n
        result.by_hour_of_week[(row.wd + 6) % 7][row.hour] += row.n  # SQLite's %w: Sunday = 0
    summary.refresh_turns(session)
    replies = reply_times.first_reply(session, period, period.end + REPLY_HORIZON)
    result.turns, result.unanswered = replies.turns, replies.unanswered
    if replies.median is not None:
        result.first_reply_median = timedelta(seconds=round(replies.median))
        result.first_reply_p90 = timedelta(seconds=round(replies.p90))
    moment = now or utcnow()
    result.open_windows = session.execute(text(
        "SELECT COUNT(*) FROM conversations WHERE last_inbound_at > :since"),
        {"since": sql_time(moment - WINDOW)}).scalar_one()
    for row in session.execute(text("""
            SELECT date(occurred_at, :modifier) AS day, kind, source, COUNT(*) AS n FROM consent_events
            WHERE occurred_at >= :start AND occurred_at < :end GROUP BY day, kind, source ORDER BY day"""), params):
        result.consent.append(ConsentDay(date.fromisoformat(row.day), row.kind, row.source, row.n))
    return result
