"""Business hours as the away message reads them: a day that closes at 23:59 is open to midnight."""

from datetime import datetime, time

from klaros_desktop.services.messaging.auto_replies import DAYS, AutoReplies, Hours


def test_a_day_closing_at_2359_is_open_through_its_last_minute():
    # 00:00–23:59 is how the time fields say "all day": nobody means "closed for the last minute".
    all_day = Hours("00:00", "23:59")
    assert all_day.contains(time(23, 59, 0))
    assert all_day.contains(time(23, 59, 59, 999_999))
    assert all_day.contains(time(0, 0))


def test_any_other_closing_time_is_the_first_moment_closed():
    evening = Hours("09:00", "18:00")
    assert evening.contains(time(17, 59, 59))
    assert not evening.contains(time(18, 0))
    assert not evening.contains(time(8, 59, 59))


def test_a_shop_open_all_week_all_day_is_open_a_second_before_midnight():
    always = AutoReplies(hours={d: Hours("00:00", "23:59") for d in DAYS})
    when = datetime(2026, 12, 6, 23, 59, 30).astimezone()  # local wall time, as the shop reads its hours
    assert always.is_open(when)
