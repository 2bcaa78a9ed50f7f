"""The hourly summaries (migration 0014) against the messages themselves: for seeded random traffic (statuses in
any order, failed after sent, customers writing before and after, campaign recipients moved, a number changed,
one contact erased, a message deleted, a rate change) every aggregate read from the summaries equals the same
aggregate computed from the raw messages, and the summary tables equal a recomputation from scratch (the reply
times' per-day histogram, recomputed with the turns before a read, included).

The raw computation here is the oracle: the period's messages with their stage flags, written as the
aggregates read them before the summaries existed (campaigns by a join on the recipients, the prefix by a join
on the contacts)."""

from __future__ import annotations

import importlib.util
import random
import statistics
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text

from klaros_desktop.services.analytics import conversations, cost, delivery, period, reply_times, summary

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
PHONES = ["+4915112345678", "+4917612345678", "+447400123456", "+447781123456", "+447700900123",
          "+12025550143", "+33612345678"]
CHANGE_ON = date(2026, 11, 2)

_ORACLE_OUT = """
WITH facts AS (
    SELECT m.timestamp AS t, m.template_name AS template_name, cr.campaign_id AS campaign_id,
           m.pricing_category AS category, m.pricing_type AS ptype, m.pricing_billable AS billable,
           substr(c.phone_e164, 1, 5) AS prefix,
           (m.status IN ('sent', 'delivered', 'read', 'played') OR m.sent_at IS NOT NULL
            OR m.delivered_at IS NOT NULL OR m.read_at IS NOT NULL) AS is_sent,
           (m.status IN ('sent', 'delivered', 'read', 'played') OR m.sent_at IS NOT NULL) AS sent_flag,
           (m.status IN ('delivered', 'read', 'played') OR m.delivered_at IS NOT NULL OR m.read_at IS NOT NULL)
               AS is_delivered,
           (m.status IN ('read', 'played') OR m.read_at IS NOT NULL) AS is_read,
           (m.status = 'failed') AS is_failed,
           (m.status != 'failed' AND EXISTS (
               SELECT 1 FROM messages i
               WHERE i.conversation_id = m.conversation_id AND i.timestamp > m.timestamp
                 AND i.timestamp <= strftime('%Y-%m-%d %H:%M:%f', m.timestamp, '+1 day') || '000'
                 AND i.direction = 'in')) AS is_replied,
           1 AS n
    FROM messages m JOIN contacts c ON c.id = m.contact_id
    LEFT JOIN campaign_recipients cr ON cr.message_id = m.id
    WHERE m.direction = 'out' AND m.timestamp >= :start AND m.timestamp < :end)
"""
_ORACLE_TURNS = """
SELECT (julianday(reply) - julianday(timestamp)) * 86400.0 AS seconds FROM (
    SELECT m.timestamp,
           (SELECT p.direction FROM messages p
            WHERE p.conversation_id = m.conversation_id AND p.timestamp < m.timestamp
            ORDER BY p.timestamp DESC LIMIT 1) AS previous,
           (SELECT o.timestamp FROM messages o
            WHERE o.conversation_id = m.conversation_id AND o.timestamp > m.timestamp AND o.timestamp < :reply_end
              AND o.direction = 'out' AND COALESCE(o.template_category, '') != 'MARKETING'
            ORDER BY o.timestamp LIMIT 1) AS reply
    FROM messages m
    WHERE m.direction = 'in' AND m.timestamp >= :start AND m.timestamp < :end
) WHERE previous IS NULL OR previous = 'out'
"""
_ORACLE_IN = """
WITH facts AS (SELECT timestamp AS t, 1 AS n FROM messages
               WHERE direction = 'in' AND timestamp >= :start AND timestamp < :end)
"""


def migration(name: str = "0014_analytics_summaries"):
    path = Path(summary.__file__).parents[2] / "migrations" / "versions" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"migration_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pricer(e164, category, pricing_type, day):
    """A card whose rates change in the middle of the traffic; no rate for France."""
    from klaros_desktop.services.people import phones

    region = phones.region_of(e164)
    if region == "FR":
        return None
    base = {"marketing": Decimal("0.11"), "utility": Decimal("0.03")}.get(category, Decimal("0.02"))
    extra = Decimal("0.01") * len(region or "")
    amount = base + extra + (Decimal("0.005") if day >= CHANGE_ON else 0)
    return cost.UnitPrice(amount, "EUR", CHANGE_ON if day >= CHANGE_ON else date(2026, 7, 1))


def everything(s, chosen: period.Period) -> tuple:
    now = T0 + timedelta(days=3)
    return (delivery.delivery(s, chosen), cost.cost(s, chosen, pricer), conversations.conversations(s, chosen, now=now))


def oracle_reply_times(session, chosen: period.Period, reply_end) -> reply_times.ReplyTimes:
    """Every turn of the period read and sorted (as the screen did before the histogram)."""
    seconds, unanswered = [], 0
    for (value,) in session.execute(text(_ORACLE_TURNS), {**chosen.bounds(), "reply_end": period.sql_time(reply_end)}):
        if value is None:
            unanswered += 1
        else:
            seconds.append(max(0.0, value))
    seconds.sort()
    median = statistics.median(seconds) if seconds else None
    p90 = conversations.percentile(seconds, 0.9) if seconds else None
    return reply_times.ReplyTimes(len(seconds) + unanswered, unanswered, median, p90)


def raw(s, chosen: period.Period, monkeypatch) -> tuple:
    with monkeypatch.context() as patch:
        patch.setattr(summary, "outbound", lambda: _ORACLE_OUT)
        patch.setattr(summary, "inbound", lambda: _ORACLE_IN)
        patch.setattr(reply_times, "first_reply", oracle_reply_times)
        patch.setattr(summary, "refresh_turns", lambda session: None)
        patch.setattr(summary, "params", lambda p: {**p.bounds(), "modifier": p.sql_modifier})
        return everything(s, chosen)


def summary_rows(s) -> tuple[list, list]:
    dims = ", ".join(migration().DIMS)
    out = s.execute(text(f"SELECT {dims}, n FROM analytics_outbound WHERE n != 0 ORDER BY {dims}")).all()
    inbound = s.execute(text("SELECT hour, n FROM analytics_inbound WHERE n != 0 ORDER BY hour")).all()
    return [tuple(r) for r in out], [tuple(r) for r in inbound]


def from_scratch(s) -> tuple[list, list]:
    """What the migration's backfill makes of the messages as they are now."""
    m = migration()
    groups = ", ".join(str(i + 1) for i in range(len(m.DIMS)))
    out = s.execute(text(f"SELECT {', '.join(m.key('m'))}, COUNT(*) FROM messages m WHERE m.direction = 'out' "
                         f"GROUP BY {groups} ORDER BY {groups}")).all()
    inbound = s.execute(text(f"SELECT {m.HOUR.format(m='m')}, COUNT(*) FROM messages m WHERE m.direction = 'in' "
                             "GROUP BY 1 ORDER BY 1")).all()
    return [tuple(r) for r in out], [tuple(r) for r in inbound]


def turn_rows(s, *, scratch: bool) -> list[tuple]:
    if scratch:
        later = migration("0017_analytics_reply_histogram")
        seconds = later.seconds_of("timestamp", "reply")
        rows = s.execute(text(f"SELECT id, conversation_id, timestamp, reply, {seconds}, {later.bucket_of(seconds)} "
                              f"FROM ({migration().TURNS.format(where='true')}) ORDER BY 1")).all()
    else:
        rows = s.execute(text("SELECT message_id, conversation_id, ts, reply_ts, seconds, bucket FROM analytics_turns "
                              "ORDER BY 1")).all()
    return [tuple(r) for r in rows]


def reply_days(s, *, scratch: bool) -> list[tuple]:
    """The reply times' histogram (day, bucket, turns), or what the turns as they are now make of it."""
    if scratch:
        rows = s.execute(text("SELECT substr(ts, 1, 10), bucket, COUNT(*) FROM analytics_turns GROUP BY 1, 2 "
                              "ORDER BY 1, 2")).all()
    else:
        rows = s.execute(text("SELECT day, bucket, n FROM analytics_reply_days WHERE n != 0 ORDER BY 1, 2")).all()
    return [tuple(r) for r in rows]


def traffic(shop, sessions, rng: random.Random, count: int) -> list[str]:
    """Outbound messages with statuses in shuffled order (some failing after sent), customers' messages around
    them (some written into the past, as a history import does), campaign recipients."""
    from klaros_desktop.models import Campaign, CampaignRecipient, Message

    wamids = []
    for _ in range(count):
        phone = rng.choice(PHONES)
        when = T0 + timedelta(minutes=rng.randrange(-3 * 24 * 60, 2 * 24 * 60), seconds=rng.randrange(60),
                              microseconds=rng.randrange(1_000_000))
        if rng.random() < 0.35:
            shop.message(phone, when, "in")
            continue
        category = rng.choice(["marketing", "utility", "service", None])
        wamid = shop.message(phone, when, template=rng.choice([None, "sale", "invoice"]), category=None)
        wamids.append(wamid)
        pricing_type = rng.choice(["regular", "regular", "free_customer_service", "free_entry_point"])
        stages = ["sent", "delivered", "read"][:rng.randrange(0, 4)]
        if rng.random() < 0.2:
            stages.append("failed")
        rng.shuffle(stages)
        for i, stage in enumerate(stages):
            shop.status(wamid, stage, when + timedelta(seconds=i + 1), category=category, pricing_type=pricing_type,
                        error=131026 if stage == "failed" else None)
        if rng.random() < 0.4:  # the customer answers (or wrote long after)
            shop.message(phone, when + timedelta(hours=rng.choice([1, 5, 23, 25, 30])), "in")
    with sessions.begin() as s:
        campaigns = [Campaign(name=f"Campaign {i}", template_name="sale", template_language="de") for i in range(3)]
        s.add_all(campaigns)
        s.flush()
        ids = s.execute(text("SELECT id, contact_id FROM messages WHERE direction = 'out' ORDER BY id")).all()
        used = set()
        for message_id, contact_id in ids:
            campaign = rng.choice(campaigns)
            if rng.random() < 0.5 and (campaign.id, contact_id) not in used:
                used.add((campaign.id, contact_id))
                s.add(CampaignRecipient(campaign_id=campaign.id, contact_id=contact_id, message_id=message_id,
                                        state="sent"))
        s.flush()
        recipients = s.query(CampaignRecipient).order_by(CampaignRecipient.id).all()
        if len(recipients) > 2:
            recipients[0].message_id = None  # unlinked
            other = s.query(Message.id).filter(Message.direction == "out").order_by(Message.id.desc()).first()
            recipients[1].message_id = other[0]  # moved to another message
            s.delete(recipients[2])
    return wamids


def periods() -> list[period.Period]:
    out = []
    for offset in (0, 60, -300, 330):
        out.append(period.Period(T0 - timedelta(days=3, minutes=-17, seconds=-3), T0 + timedelta(days=2, hours=5),
                                 offset))
        out.append(period.Period(T0 - timedelta(days=1), T0 + timedelta(hours=7, minutes=42), offset))
    out.append(period.Period(T0 + timedelta(minutes=5), T0 + timedelta(minutes=50), 0))  # inside one hour
    out.append(period.named("30d", T0 + timedelta(days=2, minutes=13), offset_minutes=120))
    return out


def check(sessions, monkeypatch) -> None:
    with sessions() as s:
        assert summary_rows(s) == from_scratch(s)
        summary.refresh_turns(s)
        assert turn_rows(s, scratch=False) == turn_rows(s, scratch=True)
        assert reply_days(s, scratch=False) == reply_days(s, scratch=True)
        for chosen in periods():
            assert everything(s, chosen) == raw(s, chosen, monkeypatch), chosen


@pytest.mark.parametrize("seed", [3, 17, 2026])
def test_summaries_equal_the_raw_aggregates_for_random_traffic(shop, sessions, profile, monkeypatch, seed):
    from klaros_desktop.models import Contact, Message
    from klaros_desktop.services.privacy import erasure

    rng = random.Random(seed)
    wamids = traffic(shop, sessions, rng, 70)
    with sessions() as s:
        assert s.execute(text("SELECT COUNT(*) FROM analytics_outbound WHERE n != 0")).scalar() > 0
    check(sessions, monkeypatch)
    # late statuses: a failure after delivery (final), a read arriving for an old message
    for wamid in rng.sample(wamids, 5):
        shop.status(wamid, rng.choice(["failed", "read", "delivered"]), T0 + timedelta(days=2), error=131047)
    # a contact's number changed (its prefix with it), a customer's message deleted
    with sessions.begin() as s:
        contact = s.query(Contact).filter(Contact.phone_e164 == "+12025550143").one_or_none()
        if contact is not None:
            contact.phone_e164 = "+4930123456789"
        inbound = s.query(Message).filter(Message.direction == "in").order_by(Message.id).first()
        if inbound is not None:
            s.delete(inbound)
    check(sessions, monkeypatch)
    # one person erased: every message of theirs leaves the summaries
    erasure.erase_contact(sessions, PHONES[seed % 3], profile=profile)
    check(sessions, monkeypatch)


def test_the_aggregates_read_the_summaries_for_whole_hours(shop, sessions):
    """Proof the summary is what is read: a count changed by hand shows for whole-hour offsets, not for +5:30."""
    shop.delivered("+4915112345678", T0 + timedelta(minutes=10))
    whole = period.Period(T0 - timedelta(hours=1), T0 + timedelta(hours=3), 60)
    india = period.Period(T0 - timedelta(hours=1), T0 + timedelta(hours=3), 330)
    with sessions.begin() as s:
        assert delivery.delivery(s, whole).funnel.delivered == 1
        s.execute(text("UPDATE analytics_outbound SET n = n + 4"))
    with sessions() as s:
        assert delivery.delivery(s, whole).funnel.delivered == 5
        assert delivery.delivery(s, india).funnel.delivered == 1


def test_the_screens_read_keeps_the_turns_it_recomputed(shop, sessions):
    """A new message marks its chat; the screen's read recomputes that chat's turns once and keeps them."""
    from klaros_desktop.services.analytics import overview

    shop.message("+4915112345678", T0, "in")
    shop.message("+4915112345678", T0 + timedelta(minutes=9), "out")
    with sessions() as s:
        assert s.execute(text("SELECT COUNT(*) FROM analytics_dirty_chats")).scalar() == 1
    result = overview.load(sessions, period.Period(T0 - timedelta(hours=1), T0 + timedelta(hours=1)), pricer,
                           now=T0 + timedelta(hours=1))
    assert result.conversations.first_reply_median == timedelta(minutes=9)
    with sessions() as s:
        assert s.execute(text("SELECT COUNT(*) FROM analytics_dirty_chats")).scalar() == 0
        assert s.execute(text("SELECT ts, reply_ts FROM analytics_turns")).all() == [
            ("2026-11-02 09:00:00.000000", "2026-11-02 09:09:00.000000")]


def test_the_reply_times_read_the_histogram_for_whole_days(shop, sessions):
    """Proof the per-day histogram is what counts the turns: a count changed by hand shows in a period of whole
    UTC days, not for the turns at a period's edges (read from the turns themselves)."""
    shop.message("+4915112345678", T0, "in")
    shop.message("+4915112345678", T0 + timedelta(minutes=12), "out")
    whole_day = period.Period(T0 - timedelta(hours=9), T0 + timedelta(hours=15))
    edges_only = period.Period(T0 - timedelta(hours=8), T0 + timedelta(hours=14))
    with sessions.begin() as s:
        assert conversations.conversations(s, whole_day).turns == 1
        s.execute(text("INSERT INTO analytics_reply_days (day, bucket, n) VALUES ('2026-11-02', -1, 4)"))
    with sessions() as s:
        result = conversations.conversations(s, whole_day)
        assert (result.turns, result.unanswered) == (5, 4)
        assert result.first_reply_median == timedelta(minutes=12)
        result = conversations.conversations(s, edges_only)
        assert (result.turns, result.unanswered) == (1, 0)


def test_an_answer_later_than_a_week_after_the_period_is_not_counted(shop, sessions):
    """A turn inside the histogram's whole days whose answer came more than 7 days after the period's end counts as
    unanswered, as when every turn was read; the others keep their exact times (even counts: the two middle ones
    averaged)."""
    shop.message("+4915112345678", T0, "in")
    shop.message("+4915112345678", T0 + timedelta(days=9, hours=2), "out")  # after the period's end + 7 days
    for phone, minutes in (("+447400123456", 10), ("+12025550143", 25), ("+33612345678", 41)):
        shop.message(phone, T0 + timedelta(hours=1), "in")
        shop.message(phone, T0 + timedelta(hours=1, minutes=minutes, seconds=7), "out")
    two_days = period.Period(T0 - timedelta(hours=9), T0 + timedelta(days=1, hours=15))
    with sessions() as s:
        result = conversations.conversations(s, two_days)
    assert (result.turns, result.unanswered) == (4, 1)
    assert result.first_reply_median == timedelta(minutes=25, seconds=7)
    assert result.first_reply_p90 == timedelta(minutes=41, seconds=7)
    with sessions() as s:
        result = conversations.conversations(s, period.Period(T0 - timedelta(hours=9), T0 + timedelta(days=9)))
    assert (result.turns, result.unanswered) == (4, 0)
    assert result.first_reply_median == timedelta(minutes=(25 + 41) / 2, seconds=7)
    assert result.first_reply_p90 == timedelta(days=9, hours=2)


def test_a_sync_batch_keeps_the_summaries_exact(shop, sessions, monkeypatch):
    """One page of a sync, applied as the sync applies it (``apply_batch``, one transaction, the new messages in
    one executemany): customers' texts that answer the shop's messages (two answers to one message in the same
    batch, one too late, one from a customer new to the shop), statuses moving messages forward, a failure, a
    read for a message already read, a status for a message not known yet. Afterwards the summaries equal a
    recomputation from scratch and every aggregate equals the raw one."""
    from klaros_desktop.services.inbound.apply import WebhookApplier

    from .conftest import envelope

    rng = random.Random(15)
    phones = PHONES[:5]
    sent: list[tuple[str, str, datetime]] = []  # (phone, wamid, when)
    for i, phone in enumerate(phones * 3):
        when = T0 + timedelta(hours=3 * i, minutes=rng.randrange(60))
        wamid = shop.message(phone, when, template="sale" if i % 2 else None)
        sent.append((phone, wamid, when))
        if i % 3 == 0:  # stored as read, as the profile's history is
            for step, stage in enumerate(("sent", "delivered", "read")):
                shop.status(wamid, stage, when + timedelta(seconds=step + 1), category="marketing")
    shop.message(phones[0], T0 - timedelta(hours=2), "in")
    with sessions() as s:
        before = summary_rows(s)

    def text_from(phone: str, when: datetime, n: int) -> dict:
        return envelope({"contacts": [{"profile": {"name": "Kundin"}, "wa_id": phone[1:]}],
                         "messages": [{"from": phone[1:], "id": f"wamid.batch.in.{n}", "timestamp": str(int(
                             when.timestamp())), "type": "text", "text": {"body": "Danke!"}}]})

    def status_of(wamid: str, phone: str, name: str, when: datetime, **extra) -> dict:
        st = {"id": wamid, "status": name, "timestamp": str(int(when.timestamp())), "recipient_id": phone[1:],
              "pricing": {"billable": True, "pricing_model": "PMP", "type": "regular", "category": "utility"}, **extra}
        return envelope({"statuses": [st]})

    bodies = []
    for n, (phone, wamid, when) in enumerate(sent):
        if n % 3 == 0:  # already read: a late 'delivered', no move
            bodies.append(status_of(wamid, phone, "delivered", when + timedelta(minutes=1)))
        elif n % 5 == 1:
            bodies.append(status_of(wamid, phone, "failed", when + timedelta(seconds=5), errors=[
                {"code": 131026, "title": "Message undeliverable", "message": "m", "error_data": {"details": "d"}}]))
        else:
            bodies += [status_of(wamid, phone, stage, when + timedelta(seconds=step + 1))
                       for step, stage in enumerate(rng.sample(["sent", "delivered", "read"], rng.randrange(1, 4)))]
        if n % 2 == 0:  # the customer answers within minutes (or, for every fourth, a day and a half later)
            bodies.append(text_from(phone, when + (timedelta(hours=36) if n % 4 == 2 else timedelta(minutes=7)), n))
    bodies.append(text_from(sent[4][0], sent[4][2] + timedelta(minutes=9), 1000))  # a second answer, same batch
    bodies.append(text_from("+4915299887766", T0 + timedelta(hours=5), 1001))  # a customer new to the shop
    bodies.append(status_of("wamid.not.yet.known", phones[0], "delivered", T0))
    rng.shuffle(bodies)
    with sessions.begin() as s:
        stats = WebhookApplier(s).apply_batch([(body, f"relay-{i}") for i, body in enumerate(bodies)])
    assert stats.messages >= 9 and stats.statuses >= 15 and stats.pending == 1
    with sessions() as s:
        after = summary_rows(s)
        replied = s.execute(text("SELECT SUM(n) FROM analytics_outbound WHERE is_replied = 1")).scalar()
    assert after != before and replied > 0
    check(sessions, monkeypatch)
