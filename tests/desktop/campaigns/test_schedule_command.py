"""``klaros campaign schedule`` / ``start --at``: the time in the shop's time zone, refusals exit 3."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from klaros_desktop import db
from klaros_desktop.cli import main
from klaros_desktop.models import Campaign, Contact, MessageTemplate, Tag
from klaros_desktop.paths import Profile
from klaros_desktop.services.campaigns import lifecycle
from klaros_desktop.services.campaigns.audience import Segment
from klaros_desktop.services.core import settings


@pytest.fixture
def shop(tmp_path, capsys):
    """A profile in the Berlin time zone with one draft campaign (id 1); returns run(*args) -> (exit, out, err)."""
    data = tmp_path / "p"
    engine, sessions = db.open_database(Profile(data).ensure())
    try:
        with sessions.begin() as s:
            settings.change(s, {settings.SHOP_TIME_ZONE: "Europe/Berlin"})
            s.add(MessageTemplate(name="abholung", language="de", category="UTILITY", status="APPROVED",
                                  components=[{"type": "BODY", "text": "Hallo {{1}}."}]))
            s.add(Contact(phone_e164="+4915100000001", display_name="Anna", tags=[Tag(name="x")], custom_fields={},
                          notes=""))
        lifecycle.create(sessions, "Advent", "abholung", "de", Segment(tags_any=("x",)), {"1": "first_name"})
    finally:
        engine.dispose()

    def run(*args):
        code = main(["--data-dir", str(data), *args])
        out = capsys.readouterr()
        return code, out.out, out.err

    def scheduled():
        engine, sessions = db.open_database(Profile(data).ensure())
        try:
            with sessions() as s:
                return s.get(Campaign, 1).scheduled_at
        finally:
            engine.dispose()

    run.scheduled = scheduled
    return run


def test_schedule_in_the_shop_time_zone_then_clear(shop):
    code, out, _ = shop("campaign", "schedule", "1", "--at", "2099-12-24 09:30", "--rate", "10", "--json")
    assert code == 0
    assert json.loads(out) == {"campaign_id": 1, "scheduled_at": "2099-12-24T08:30:00+00:00",
                               "local": "2099-12-24 09:30", "time_zone": "Europe/Berlin"}
    assert shop.scheduled() == datetime(2099, 12, 24, 8, 30, tzinfo=UTC)
    assert shop("campaign", "schedule", "1", "--clear", "--json")[0] == 0
    assert shop.scheduled() is None


def test_start_at_is_schedule_and_refusals_exit_3(shop):
    assert shop("campaign", "start", "1", "--at", "2099-01-02 08:00", "--json")[0] == 0
    assert shop.scheduled() == datetime(2099, 1, 2, 7, 0, tzinfo=UTC)
    code, _out, err = shop("campaign", "schedule", "1", "--at", "2001-01-01 08:00")
    assert code == 3 and "already passed" in err
    code, _out, err = shop("campaign", "schedule", "1", "--at", "tomorrow")
    assert code == 3 and "YYYY-MM-DD HH:MM" in err
    assert shop("campaign", "start", "1", "--at", "2099-01-02 08:00", "--wait")[0] == 2
