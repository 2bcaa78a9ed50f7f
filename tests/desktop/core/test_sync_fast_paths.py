"""The sync's faster paths give exactly what the general ones gave: the opened JSON (``json.loads``), the times read
back (SQLAlchemy's parse, then ``replace``) and the times written (``stored_at``)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import TypeDecorator
from sqlalchemy.dialects import sqlite

from klaros_desktop.models.base import UTCDateTime
from klaros_desktop.services.core.json_rows import stored_at
from klaros_desktop.services.inbound import bulk
from klaros_desktop.services.inbound.json_body import parse_json

BODIES = [
    b'{"a":1,"a":2,"b":3}', b'123456789012345678901234567890', b'18446744073709551615', b'18446744073709551616',
    b'-9223372036854775808', b'-9223372036854775809', b'{"code": 9999999999999999999}', b'1e400', b'-1e400',
    b'1e-400', b'"\\ud800"', b'"\x01"', b'NaN', b'[Infinity]', b'\xef\xbb\xbf{}', b'"\xed\xa0\x80"', b'\xff', b'',
    b'[1.0, -0.0, 0.1, 1E2, 2.5e-3]', b'{"x": "\xc3\xa9\\u00e9\\ud83d\\ude00"}', b' {} ', b'{}\x00', b'[1,]',
    b'[' * 2000 + b']' * 2000, b'[' * 900 + b']' * 900, '{"a": "é"}'.encode("utf-16"), b'{"n": 1234567890123456789}',
    b'\x0c1', b'01', b'"\\x41"',
]


def _outcome(parse, raw):
    try:
        return "value", repr(parse(raw))
    except (ValueError, RecursionError) as exc:
        return "error", type(exc), str(exc)


@pytest.mark.parametrize("raw", BODIES)
def test_an_opened_body_parses_as_json_loads_parses_it(raw):
    assert _outcome(parse_json, raw) == _outcome(json.loads, raw)


STORED = [None, "2026-11-02 10:00:00.000000", "2026-11-02 10:00:00", "2026-11-02T10:00:00.123+02:00", "2026-11-02",
          "2026-11-02 10:00:00Z", "2026-11-02 10", "2026-11-02 10:00:00.0+0100", "2026-11-02T10:00:00.000000",
          "2026-11-02 10:00:00.000+00", "0001-01-01 00:00:00.000000", "9999-12-31 23:59:59.999999",
          "2026-02-30 10:00:00.000000", "garbage", 5, 5.5]


def _read(process, value):
    try:
        got = process(value)
    except (TypeError, ValueError, AttributeError) as exc:
        return "error", type(exc), str(exc)
    return "value", got, getattr(got, "tzinfo", None) is UTC


@pytest.mark.parametrize("value", STORED)
def test_a_stored_time_reads_back_as_before(value):
    dialect = sqlite.dialect()
    impl = UTCDateTime().dialect_impl(dialect)
    general = TypeDecorator.result_processor(impl, dialect, None)
    assert _read(impl.result_processor(dialect, None), value) == _read(general, value)


def test_times_written_in_bulk_are_the_text_stored_at_gives():
    from klaros_desktop.models import Message

    process = bulk._processor(Message.__table__.c.timestamp, sqlite.dialect())
    when = datetime(2026, 11, 2, 10, 0, 7, tzinfo=UTC)
    same_instant = when.astimezone(timezone(timedelta(hours=2)))
    for value in (when, when, same_instant, when + timedelta(microseconds=1), None):
        assert process(value) == stored_at(value)
    with pytest.raises(ValueError, match="naive"):
        process(datetime(2026, 11, 2, 10))


def test_a_status_row_spells_out_its_columns_in_their_order():
    from klaros_desktop.services.inbound.statuses import StatusRow

    row = StatusRow(*range(len(StatusRow.FIELDS)))
    assert [getattr(row, name) for name in StatusRow.FIELDS] == list(range(len(StatusRow.FIELDS)))
    assert row._writable() == tuple(getattr(row, name) for name in StatusRow.WRITABLE)
    row.read_at, row.status = "then", "read"
    assert row.changes() == {"id": 0, "status": "read", "read_at": "then"}
    with pytest.raises(ValueError, match="unpack"):
        StatusRow(*range(len(StatusRow.FIELDS) - 1))
