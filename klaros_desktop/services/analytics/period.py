"""The period an aggregate covers: a half-open UTC range ``[start, end)`` and the local offset its days use.

Days and hours of the week are the shop's local ones. SQLite has no time zones, so the offset in force at
the period's end is applied to the whole period (a period across a daylight-saving change is off by an hour
for the days before it; the totals are not affected).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

_SPAN = re.compile(r"^(\d+)\s*([dhm])$")


def sql_time(value: datetime) -> str:
    """A UTC datetime as SQLAlchemy stores it in SQLite (naive UTC text that sorts as time)."""
    return value.astimezone(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


@dataclass(frozen=True)
class Period:
    start: datetime  # aware UTC, included
    end: datetime  # aware UTC, excluded
    offset_minutes: int = 0  # local time = UTC + offset (for days and hours of the week)

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ValueError("a period needs timezone-aware datetimes")
        if self.end <= self.start:
            raise ValueError("a period must end after it starts")

    @property
    def length(self) -> timedelta:
        return self.end - self.start

    def previous(self) -> Period:
        """The period of the same length just before this one (the comparison)."""
        return Period(self.start - self.length, self.start, self.offset_minutes)

    def local_days(self) -> list[date]:
        """Every local day the period touches, in order (the x axis of the daily charts)."""
        shift = timedelta(minutes=self.offset_minutes)
        first = (self.start + shift).date()
        last = (self.end - timedelta(microseconds=1) + shift).date()
        return [first + timedelta(days=i) for i in range((last - first).days + 1)]

    @property
    def sql_modifier(self) -> str:
        """The SQLite date-function modifier that turns a stored UTC time into local time."""
        return f"{self.offset_minutes:+d} minutes"

    def bounds(self) -> dict[str, str]:
        return {"start": sql_time(self.start), "end": sql_time(self.end)}


def local_offset_minutes(now: datetime | None = None) -> int:
    """This computer's UTC offset now, in minutes."""
    moment = (now or datetime.now(UTC)).astimezone()
    offset = moment.utcoffset() or timedelta(0)
    return int(offset.total_seconds() // 60)


def _local_midnight(day: date, offset_minutes: int) -> datetime:
    return datetime.combine(day, time(0), tzinfo=UTC) - timedelta(minutes=offset_minutes)


def named(name: str, now: datetime | None = None, offset_minutes: int | None = None) -> Period:
    """``today``, ``month`` (this calendar month so far), ``Nd`` (the last N local days including today,
    e.g. ``7d``, ``30d``, ``365d``) or ``Nm`` (the last N calendar months including this one); up to now.

    Raises ``ValueError`` with the accepted forms for anything else.
    """
    now = (now or datetime.now(UTC)).astimezone(UTC)
    offset = local_offset_minutes(now) if offset_minutes is None else offset_minutes
    today = (now + timedelta(minutes=offset)).date()
    end = now
    key = name.strip().lower()
    if key == "today":
        return Period(_local_midnight(today, offset), end, offset)
    if key == "month":
        return Period(_local_midnight(today.replace(day=1), offset), end, offset)
    match = _SPAN.match(key)
    if match:
        count, unit = int(match.group(1)), match.group(2)
        if count < 1:
            raise ValueError("a period needs at least one day")
        if unit == "d":
            return Period(_local_midnight(today - timedelta(days=count - 1), offset), end, offset)
        if unit == "h":
            return Period(end - timedelta(hours=count), end, offset)
        first = today.replace(day=1)
        for _ in range(count - 1):
            first = (first - timedelta(days=1)).replace(day=1)
        return Period(_local_midnight(first, offset), end, offset)
    raise ValueError(f"unknown period {name!r}: use today, month, a number of days like 30d, or months like 12m")


def custom(first_day: date, last_day: date, offset_minutes: int | None = None) -> Period:
    """From the start of ``first_day`` to the end of ``last_day``, local days."""
    offset = local_offset_minutes() if offset_minutes is None else offset_minutes
    if last_day < first_day:
        raise ValueError("the last day is before the first day")
    return Period(_local_midnight(first_day, offset), _local_midnight(last_day + timedelta(days=1), offset), offset)


def month_of(moment: datetime, offset_minutes: int = 0) -> Period:
    """The whole local calendar month ``moment`` falls in (the budget's month)."""
    local = (moment.astimezone(UTC) + timedelta(minutes=offset_minutes)).date()
    first = local.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return Period(_local_midnight(first, offset_minutes), _local_midnight(following, offset_minutes), offset_minutes)
