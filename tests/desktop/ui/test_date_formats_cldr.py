"""Every date the screens write, checked against the Unicode CLDR's own pattern for each screen language (and a
few regions), read through Babel: the test is the judge, the app reads ``resources/i18n/date_patterns.json``."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale

babel_dates = pytest.importorskip("babel.dates", reason="Babel (the test extra) reads CLDR")
from babel import Locale  # noqa: E402

from klaros_desktop.ui import i18n  # noqa: E402

LOCALES = ["en_US", "de_DE", "es_ES", "fr_FR", "it_IT", "pt_BR", "tr_TR",  # the screen languages
           "en_GB", "de_AT", "de_CH", "es_MX", "fr_CA", "pt_PT"]  # regions that read one of them
# how a screen asks for a date (the English way) and the CLDR skeleton that says it in each language
SKELETONS = {"d MMM yyyy": "yMMMd", "d MMM": "MMMd", "ddd d MMM": "MMMEd", "d MMMM yyyy": "yMMMMd"}
AT = datetime(2026, 8, 1, 14, 5, tzinfo=UTC)  # a Saturday in August: German "Aug.", Portuguese "ago."


@pytest.fixture
def locale_named(qapp, request):
    previous = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(previous)


def _cldr(skeleton: str, name: str) -> str:
    return babel_dates.format_skeleton(skeleton, AT.astimezone().replace(tzinfo=None), locale=name)


@pytest.mark.parametrize("locale_named", LOCALES, indirect=True)
@pytest.mark.parametrize("pattern", list(SKELETONS))
def test_named_month_dates_follow_cldr(locale_named, pattern):
    assert i18n.local_date(AT, pattern) == _cldr(SKELETONS[pattern], locale_named)


@pytest.mark.parametrize("locale_named", LOCALES, indirect=True)
def test_date_and_clock_are_joined_the_cldr_way(locale_named):
    glue = Locale.parse(locale_named).datetime_formats["medium"]
    clock = babel_dates.format_time(AT.astimezone().time(), "short", locale=locale_named)
    for date_part, skeleton in (("d MMM yyyy", "yMMMd"), ("d MMM", "MMMd")):
        expected = glue.replace("{1}", _cldr(skeleton, locale_named)).replace("{0}", clock)
        assert i18n.local_date(AT, f"{date_part} HH:mm") == expected


@pytest.mark.parametrize("locale_named", LOCALES, indirect=True)
def test_calendar_days_and_chart_days_follow_cldr(locale_named):
    assert i18n.day(AT.astimezone().date()) == _cldr("yMMMd", locale_named)
    assert i18n.day_month(AT.astimezone().date()) == _cldr("Md", locale_named)


@pytest.mark.parametrize("locale_named", LOCALES, indirect=True)
def test_short_dates_are_cldr_short_dates(locale_named):
    expected = babel_dates.format_date(AT.astimezone().date(), "short", locale=locale_named)
    assert i18n.short_date(AT.astimezone().date()) == expected


@pytest.mark.parametrize("locale_named", LOCALES, indirect=True)
def test_clock_times_are_cldr_short_times(locale_named):
    """The United States read 2:05 PM, Spain 14:05 (9:05 in the morning), Germany 14:05."""
    morning = AT.replace(hour=9)
    for at in (AT, morning):
        expected = babel_dates.format_time(at.astimezone().time(), "short", locale=locale_named)
        assert i18n.local_date(at, "HH:mm") == expected
        assert i18n.clock(at) == expected
    date_part = _cldr("yMMMd", locale_named)
    glue = Locale.parse(locale_named).datetime_formats["medium"]
    clock = babel_dates.format_time(AT.astimezone().time(), "short", locale=locale_named)
    assert i18n.local_date(AT, "d MMM yyyy HH:mm") == glue.replace("{1}", date_part).replace("{0}", clock)


@pytest.mark.parametrize("locale_named", ["en_US", "es_ES", "de_DE"], indirect=True)
def test_the_chat_lists_time_of_today_is_the_readers_clock(locale_named):
    from klaros_desktop.ui.delegates import short_time

    morning = AT.replace(hour=9)
    assert short_time(morning, now=morning) == babel_dates.format_time(morning.astimezone().time(), "short",
                                                                       locale=locale_named)


def test_screens_write_no_clock_of_their_own():
    """Times on screens go through ``i18n.clock`` / ``local_date``; ``strftime("%H:%M")`` is the 24-hour clock
    whatever the reader (files written for other programs, such as an export, may keep it)."""
    from pathlib import Path

    ui = Path(i18n.__file__).parent
    own = [f"{path.name}:{n}" for path in sorted(ui.glob("*.py")) for n, line in
           enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
           if 'strftime("%H:%M")' in line]
    assert own == []
