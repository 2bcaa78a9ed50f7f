"""The period's time to first reply, median and 90th percentile, exact, without sorting every turn.

Each turn in ``analytics_turns`` keeps its delay (``seconds``) and a log-scaled ``bucket`` of it, and
``analytics_reply_days`` counts the turns per UTC day and bucket (migration 0017; ``summary.refresh_turns`` keeps
both). The counts of the period's whole UTC days come from that histogram, the turns at its edges (before the first
and after the last whole day) and those whose answer came after ``reply_end`` (not counted as answered) from the
turns themselves. The counts tell which bucket holds the median's or the 90th percentile's rank, and only that
bucket's turns of the period are sorted to find the value: the figures are those of sorting every turn.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import text
from sqlalchemy.orm import Session

from klaros_desktop.services.analytics.period import Period, sql_time

# lower bounds (seconds) of buckets 1..60, about 30 % apart, 1 s to 99 days; bucket 0 is below a second, -1 no
# answer. Only how many turns a bucket holds depends on them, never a figure.
REPLY_BOUNDS = (1, 2, 3, 4, 5, 6, 8, 10, 13, 17, 22, 29, 38, 49, 64, 83, 108, 140, 182, 237, 308, 400, 520, 676, 879,
                1143, 1486, 1932, 2512, 3266, 4246, 5520, 7176, 9329, 12128, 15766, 20496, 26645, 34638, 45029,
                58538, 76099, 98929, 128608, 167190, 217347, 282551, 367316, 477511, 620764, 806993, 1049091,
                1363818, 1772963, 2304852, 2996308, 3895200, 5063760, 6582888, 8557754)
UNANSWERED = -1
_DAY = timedelta(days=1)


def seconds_of(ts: str, reply: str) -> str:
    """A turn's delay as SQL, the REAL the aggregates always computed."""
    return f"((julianday({reply}) - julianday({ts})) * 86400.0)"


def bucket_of(seconds: str) -> str:
    """The bucket of ``seconds`` as SQL: a balanced CASE, so a value meets about six comparisons."""

    def split(low: int, high: int) -> str:  # buckets low..high
        if low == high:
            return str(low)
        mid = (low + high + 1) // 2
        return f"CASE WHEN {seconds} >= {REPLY_BOUNDS[mid - 1]} THEN {split(mid, high)} ELSE {split(low, mid - 1)} END"

    return f"CASE WHEN {seconds} IS NULL THEN {UNANSWERED} ELSE {split(0, len(REPLY_BOUNDS))} END"


@dataclass
class ReplyTimes:
    turns: int
    unanswered: int
    median: float | None  # seconds
    p90: float | None


def percentile_rank(count: int, share: float) -> int:
    """The 1-based nearest rank of the ``share`` quantile among ``count`` sorted values."""
    return int(max(1, -(-count * share // 1)))  # ceil


def _late_buckets(margin: timedelta) -> list[int]:
    """The buckets that can hold a delay longer than ``margin`` (less a second)."""
    floor = margin.total_seconds() - 1
    return [b for b in range(len(REPLY_BOUNDS) + 1) if b == len(REPLY_BOUNDS) or REPLY_BOUNDS[b] > floor]


def _whole_days(period: Period) -> tuple[datetime, datetime]:
    first = period.start.replace(hour=0, minute=0, second=0, microsecond=0)
    if first < period.start:
        first += _DAY
    last = period.end.replace(hour=0, minute=0, second=0, microsecond=0)
    return (first, last) if first < last else (period.end, period.end)


def first_reply(session: Session, period: Period, reply_end: datetime) -> ReplyTimes:
    """The period's turns (those that start in it), those still unanswered at ``reply_end``, and the median and
    90th percentile (nearest rank) of the others' delays, as ``statistics.median`` and a sort would give them."""
    first, last = _whole_days(period)
    bounds = {**period.bounds(), "first": sql_time(first), "last": sql_time(last), "reply_end": sql_time(reply_end)}
    counts: dict[int, int] = {}
    for bucket, n in session.execute(text(
            "SELECT bucket, SUM(n) FROM analytics_reply_days WHERE day >= :first_day AND day < :last_day "
            "GROUP BY bucket"), {"first_day": sql_time(first)[:10], "last_day": sql_time(last)[:10]}):
        counts[bucket] = counts.get(bucket, 0) + n
    # the edges, from the turns; an answer at or after reply_end does not count
    for bucket, n in session.execute(text(f"""
            SELECT CASE WHEN reply_ts < :reply_end THEN bucket ELSE {UNANSWERED} END, COUNT(*) FROM analytics_turns
            WHERE (ts >= :start AND ts < :first) OR (ts >= :last AND ts < :end) GROUP BY 1"""), bounds):
        counts[bucket] = counts.get(bucket, 0) + n
    # the whole days' turns answered too late: only a long delay can reach past reply_end, and no answer can when
    # reply_end is after the newest message (a recent period)
    late = _late_buckets(reply_end - period.end)
    newest = session.execute(text("SELECT MAX(timestamp) FROM messages")).scalar()
    for bucket, n in [] if newest is None or str(newest) < bounds["reply_end"] else session.execute(text(f"""
            SELECT bucket, COUNT(*) FROM analytics_turns
            WHERE bucket IN ({', '.join(map(str, late))}) AND ts >= :first AND ts < :last AND reply_ts >= :reply_end
            GROUP BY bucket"""), bounds):
        counts[bucket] = counts.get(bucket, 0) - n
        counts[UNANSWERED] = counts.get(UNANSWERED, 0) + n
    unanswered = counts.pop(UNANSWERED, 0)
    answered = sum(counts.values())
    result = ReplyTimes(answered + unanswered, unanswered, None, None)
    if not answered:
        return result

    def ranked(rank: int, count: int = 1) -> list[float]:
        """The ``rank``-th smallest delay (1-based) and up to ``count`` - 1 after it in the same bucket."""
        before = 0
        for bucket in sorted(counts):
            if rank <= before + counts[bucket]:
                values = session.execute(text(
                    "SELECT seconds FROM analytics_turns WHERE bucket = :bucket AND ts >= :start AND ts < :end "
                    "AND reply_ts < :reply_end ORDER BY seconds LIMIT :count OFFSET :offset"),
                    {**bounds, "bucket": bucket, "count": count, "offset": rank - before - 1}).scalars().all()
                return [max(0.0, v) for v in values]
            before += counts[bucket]
        raise ValueError(f"rank {rank} of {answered}")

    middle = (answered + 1) // 2
    if answered % 2:
        result.median = ranked(middle)[0]
    else:
        pair = ranked(middle, 2)
        pair += ranked(middle + 1) if len(pair) < 2 else []  # the next one opens the next bucket
        result.median = (pair[0] + pair[1]) / 2
    result.p90 = ranked(percentile_rank(answered, 0.9))[0]
    return result
