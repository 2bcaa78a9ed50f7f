"""Scheduling (the decision the app and the CLI share), saved segments, the custom-field filter, and the
builder's draft check (count, exclusions, empty variables, preview) before a campaign exists."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from klaros_desktop.models import AuditEvent, Campaign, MessageTemplate, utcnow
from klaros_desktop.services.campaigns import drafts, lifecycle, schedule, segments
from klaros_desktop.services.campaigns.audience import Segment
from klaros_desktop.services.core import settings


@pytest.fixture
def utility(sessions):
    with sessions.begin() as s:
        s.add(MessageTemplate(name="abholung", language="de", category="UTILITY", status="APPROVED",
                              components=[{"type": "BODY", "text": "Hallo {{1}}, Ihre Bestellung {{2}} ist da."}]))


def _draft_campaign(sessions, mapping=None):
    return lifecycle.create(sessions, "Abholung", "abholung", "de", Segment(tags_any=("abholung",)),
                            mapping or {"1": "first_name|Kundin", "2": "text:4711"}).campaign_id


def test_custom_field_filter_and_its_json_round_trip(sessions, utility, add_contact):
    a = add_contact("+4915100000001", "Anna", tags=("x",), custom={"Lieblingsblume": "Tulpe"})
    add_contact("+4915100000002", "Ben", tags=("x",), custom={"Lieblingsblume": "Rose"})
    c = add_contact("+4915100000003", "Cem", tags=("x",), custom={"Lieblingsblume": "tulpe", "Stadt": "Köln"})
    add_contact("+4915100000004", "Dora", tags=("x",))
    segment = Segment(tags_any=("x",), custom_fields=(("Lieblingsblume", "TULPE"),))
    again = Segment.from_json(json.loads(json.dumps(segment.to_json())))
    assert again == segment
    got = drafts.check(sessions, drafts.Draft("abholung", "de", again, {"1": "name", "2": "text:1"}))
    assert got.recipients == 2 and {cid for cid, _ in got.sample} == {a, c}
    any_value = drafts.check(sessions, drafts.Draft("abholung", "de", Segment(custom_fields=(("Stadt", ""),)),
                                                    {"1": "name", "2": "text:1"}))
    assert [cid for cid, _ in any_value.sample] == [c]


def test_saved_segments_replace_by_name_and_are_audited(sessions):
    first = segments.save(sessions, "  Stammkunden  Berlin ", Segment(tags_any=("stamm",)))
    segments.save(sessions, "Stammkunden Berlin", Segment(tags_any=("stamm",), countries=("DE",)))
    saved = segments.list_saved(sessions)
    assert [(s.id, s.name, s.segment) for s in saved] == [
        (first.id, "Stammkunden Berlin", Segment(tags_any=("stamm",), countries=("DE",)))]
    with pytest.raises(segments.SegmentRefused, match="name"):
        segments.save(sessions, "  ", Segment(tags_any=("a",)))
    with pytest.raises(segments.SegmentRefused, match="numbers"):
        segments.save(sessions, "Liste", Segment(numbers=("+4915100000001",)))
    assert segments.delete(sessions, first.id) and segments.list_saved(sessions) == []
    with sessions() as s:
        assert [a.action for a in s.scalars(select(AuditEvent).where(AuditEvent.action.like("segment_%"))
                                            .order_by(AuditEvent.id))] == [
            "segment_saved", "segment_saved", "segment_deleted"]


def test_draft_check_lists_empty_variables_and_the_preview_shows_them(sessions, utility, add_contact):
    anna = add_contact("+4915100000001", "Anna Schmidt", tags=("abholung",), custom={"Bestellung": "A-1"})
    nameless = add_contact("+4915100000002", None, tags=("abholung",), custom={"Bestellung": "A-2"})
    add_contact("+4915100000003", "Cem", tags=("abholung",))
    draft = drafts.Draft("abholung", "de", Segment(tags_any=("abholung",)),
                         {"1": "first_name", "2": "custom.Bestellung"})
    got = drafts.check(sessions, draft)
    assert got.recipients == 3 and not got.launchable
    assert sorted((e.phone, e.variables) for e in got.empty) == [("+4915100000002", ["1"]),
                                                                   ("+4915100000003", ["2"])]
    assert drafts.render(sessions, draft, anna).text == "Hallo Anna, Ihre Bestellung A-1 ist da."
    shown = drafts.render(sessions, draft, nameless)
    assert shown.text == "Hallo {{1}}, Ihre Bestellung A-2 ist da." and shown.empty == ["1"]
    fixed = drafts.Draft("abholung", "de", draft.segment, {"1": "first_name|Kundin", "2": "custom.Bestellung|–"})
    assert drafts.check(sessions, fixed).launchable
    missing = drafts.check(sessions, drafts.Draft("abholung", "de", draft.segment, {"1": "name"}))
    assert missing.recipients == 3 and "{{2}}" in missing.problem and not missing.launchable


def test_a_scheduled_campaign_is_due_only_once_its_time_came(sessions, utility, add_contact):
    add_contact("+4915100000001", "Anna", tags=("abholung",))
    campaign_id = _draft_campaign(sessions)
    now = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
    with pytest.raises(lifecycle.CampaignRefused, match="already passed"):
        schedule.set_schedule(sessions, campaign_id, now - timedelta(minutes=1), now=now)
    at = schedule.set_schedule(sessions, campaign_id, now + timedelta(hours=2), rate=20, now=now)
    assert schedule.next_due(sessions) == at
    assert schedule.due(sessions, now + timedelta(hours=1)) == []
    assert schedule.start_due(sessions, now + timedelta(hours=1)) == []
    started = schedule.start_due(sessions, now + timedelta(hours=30))
    assert [(s.campaign_id, s.queued, s.late, s.refused) for s in started] == [(campaign_id, 1, True, None)]
    with sessions() as s:
        campaign = s.get(Campaign, campaign_id)
        assert (campaign.status, campaign.rate_per_second) == ("running", 20)
    assert schedule.due(sessions, now + timedelta(days=9)) == []  # started: never again
    with pytest.raises(lifecycle.CampaignRefused, match="only a draft"):
        schedule.set_schedule(sessions, campaign_id, utcnow() + timedelta(hours=1))


def test_scheduling_refuses_empty_variables_and_a_due_one_that_became_empty_is_said_once(
        sessions, utility, add_contact):
    add_contact("+4915100000001", None, tags=("abholung",))
    campaign_id = _draft_campaign(sessions, {"1": "first_name", "2": "text:4711"})
    now = utcnow()
    with pytest.raises(lifecycle.CampaignRefused, match="empty variable") as refused:
        schedule.set_schedule(sessions, campaign_id, now + timedelta(hours=1), now=now)
    assert refused.value.problems == [{"recipient": "+4915100000001", "empty": ["1"]}]
    with sessions.begin() as s:  # scheduled when the name was known; it was removed meanwhile
        s.get(Campaign, campaign_id).scheduled_at = now - timedelta(minutes=1)
    started = schedule.start_due(sessions, now)
    assert started[0].refused and "empty variable" in started[0].refused and started[0].queued == 0
    assert schedule.due(sessions, now) == [] and schedule.start_due(sessions, now) == []


def test_times_are_read_in_the_shop_time_zone(sessions):
    with sessions.begin() as s:
        settings.change(s, {settings.SHOP_TIME_ZONE: "Europe/Berlin"})
    assert schedule.parse_local(sessions, "2026-12-24 09:30") == datetime(2026, 12, 24, 8, 30, tzinfo=UTC)
    assert schedule.parse_local(sessions, "2026-07-01 09:30") == datetime(2026, 7, 1, 7, 30, tzinfo=UTC)
    with pytest.raises(lifecycle.CampaignRefused, match="YYYY-MM-DD HH:MM"):
        schedule.parse_local(sessions, "morgen früh")
