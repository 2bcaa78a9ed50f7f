"""Declarative base shared by every ORM model; naming conventions keep Alembic's batch mode happy on SQLite."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import DateTime, MetaData, TypeDecorator
from sqlalchemy.orm import DeclarativeBase

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on SQLite, which has no time zone type.

    Stored as naive UTC (so values sort and compare as text in SQL); always handed back aware, so
    Python code never mixes naive and aware datetimes.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; Klaros stores only timezone-aware UTC datetimes")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)

    def result_processor(self, dialect, coltype):
        """SQLite hands back the stored text (``YYYY-MM-DD HH:MM:SS.ffffff``, 26 characters): read with its UTC
        offset appended, one C call instead of parsing it and then ``replace`` (whose keyword parsing costs
        several times the parse). The same datetime, with the same ``UTC`` object as its zone; any other value
        (another length, text naming an offset, a number) goes the general way (``slow``), as before."""
        slow = super().result_processor(dialect, coltype)
        if dialect.name != "sqlite" or slow is None:
            return slow
        return _sqlite_text_reader(slow)


def _sqlite_text_reader(slow):
    parse = datetime.fromisoformat

    def process(value):
        if value.__class__ is str and len(value) == 26:
            try:
                return parse(value + "+00:00")
            except ValueError:
                pass
        return slow(value)

    return process
