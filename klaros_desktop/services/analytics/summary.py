"""Where a period's counts come from: the hourly summaries of migration 0014 for the whole UTC hours inside the
period, the messages themselves for the minutes before the first and after the last whole hour.

``analytics_outbound`` and ``analytics_inbound`` are kept by triggers on ``messages``, ``campaign_recipients``
and ``contacts`` in the same statement as each change, so they always equal what the messages say now. An hour
belongs to one local day only when the local offset is a whole number of hours; for any other offset (India's
+5:30) the period is read from the messages, as before the summaries.

``outbound(period)`` and ``inbound(period)`` give a common table expression ``facts`` with one row per summary
row or per message (``n`` counts it) and the same columns either way; the aggregates group it.

The customer turns (``analytics_turns``, with each turn's delay and delay bucket, and their per-day histogram
``analytics_reply_days``, migration 0017) depend on the messages around them, so a trigger only marks the chat and
``refresh_turns`` recomputes the marked chats' turns and histogram counts before a read (``reply_times`` reads them).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import text
from sqlalchemy.orm import Session

from klaros_desktop.services.analytics import reply_times
from klaros_desktop.services.analytics.period import Period, sql_time

_HOUR = timedelta(hours=1)

# outbound message m's flags, exactly as the triggers file it (NULL keys stay NULL here)
_RAW_OUT = """
SELECT m.timestamp AS t, m.template_name AS template_name,
       (SELECT MIN(campaign_id) FROM campaign_recipients WHERE message_id = m.id) AS campaign_id,
       m.pricing_category AS category, m.pricing_type AS ptype, m.pricing_billable AS billable,
       (SELECT substr(phone_e164, 1, 5) FROM contacts WHERE id = m.contact_id) AS prefix,
       (m.status IN ('sent', 'delivered', 'read', 'played') OR m.sent_at IS NOT NULL
        OR m.delivered_at IS NOT NULL OR m.read_at IS NOT NULL) AS is_sent,
       (m.status IN ('sent', 'delivered', 'read', 'played') OR m.sent_at IS NOT NULL) AS sent_flag,
       (m.status IN ('delivered', 'read', 'played') OR m.delivered_at IS NOT NULL OR m.read_at IS NOT NULL)
           AS is_delivered,
       (m.status IN ('read', 'played') OR m.read_at IS NOT NULL) AS is_read,
       (m.status = 'failed') AS is_failed,
       (m.status != 'failed' AND EXISTS (
           SELECT 1 FROM messages i
           WHERE i.conversation_id = m.conversation_id AND i.direction = 'in' AND i.timestamp > m.timestamp
             AND i.timestamp <= strftime('%Y-%m-%d %H:%M:%f', m.timestamp, '+1 day') || '000')) AS is_replied,
       1 AS n
FROM messages m
WHERE m.direction = 'out' AND ((m.timestamp >= :start AND m.timestamp < :hour_start)
                               OR (m.timestamp >= :hour_end AND m.timestamp < :end))
"""

_SUMMARY_OUT = """
SELECT hour AS t, NULLIF(template_name, char(1)) AS template_name, NULLIF(campaign_id, -1) AS campaign_id,
       NULLIF(category, char(1)) AS category, NULLIF(ptype, char(1)) AS ptype, NULLIF(billable, -1) AS billable,
       NULLIF(prefix, char(1)) AS prefix, is_sent, sent_flag, is_delivered, is_read, is_failed, is_replied, n
FROM analytics_outbound WHERE hour >= :hour_start AND hour < :hour_end AND n != 0
"""

_RAW_IN = """
SELECT m.timestamp AS t, 1 AS n FROM messages m
WHERE m.direction = 'in' AND ((m.timestamp >= :start AND m.timestamp < :hour_start)
                              OR (m.timestamp >= :hour_end AND m.timestamp < :end))
"""

_SUMMARY_IN = "SELECT hour AS t, n FROM analytics_inbound WHERE hour >= :hour_start AND hour < :hour_end AND n != 0"


def _ceil_hour(moment: datetime) -> datetime:
    floor = moment.replace(minute=0, second=0, microsecond=0)
    return floor if floor == moment else floor + _HOUR


def _floor_hour(moment: datetime) -> datetime:
    return moment.replace(minute=0, second=0, microsecond=0)


def params(period: Period, *, use_summaries: bool = True) -> dict[str, str]:
    """The period's bounds and the whole hours the summaries answer for (none: an empty range at its end)."""
    first, last = _ceil_hour(period.start), _floor_hour(period.end)
    if not use_summaries or period.offset_minutes % 60 or first >= last:
        first = last = period.end
    return {**period.bounds(), "hour_start": sql_time(first), "hour_end": sql_time(last),
            "modifier": period.sql_modifier}


def outbound() -> str:
    """``WITH facts AS (...)``: the period's outbound messages by hour and flags (see the module's words)."""
    return "WITH facts AS (" + _SUMMARY_OUT + " UNION ALL " + _RAW_OUT + ")\n"


def inbound() -> str:
    """``WITH facts AS (...)``: the period's inbound messages by hour (``t``, ``n``)."""
    return "WITH facts AS (" + _SUMMARY_IN + " UNION ALL " + _RAW_IN + ")\n"


# the same turn as migration 0014 defines it, for the chats marked since their turns were last computed, with its
# delay and the delay's bucket (migration 0017)
_SECONDS = reply_times.seconds_of("timestamp", "reply")
_RECOMPUTE = f"""
INSERT INTO analytics_turns (message_id, conversation_id, ts, reply_ts, seconds, bucket)
SELECT id, conversation_id, timestamp, reply, {_SECONDS}, {reply_times.bucket_of(_SECONDS)} FROM (
    SELECT m.id, m.conversation_id, m.timestamp,
           (SELECT p.direction FROM messages p
            WHERE p.conversation_id = m.conversation_id AND p.timestamp < m.timestamp
            ORDER BY p.timestamp DESC LIMIT 1) AS previous,
           (SELECT o.timestamp FROM messages o
            WHERE o.conversation_id = m.conversation_id AND o.timestamp > m.timestamp
              AND o.direction = 'out' AND COALESCE(o.template_category, '') != 'MARKETING'
            ORDER BY o.timestamp LIMIT 1) AS reply
    FROM messages m
    WHERE m.direction = 'in' AND m.conversation_id IN (SELECT conversation_id FROM analytics_dirty_chats)
) WHERE previous IS NULL OR previous = 'out'
"""


# the dirty chats' turns taken out of (-1) or put into (+1) the per-day histogram of the reply times
_HISTOGRAM = """
INSERT INTO analytics_reply_days (day, bucket, n)
SELECT substr(ts, 1, 10), bucket, {sign} COUNT(*) FROM analytics_turns
WHERE conversation_id IN (SELECT conversation_id FROM analytics_dirty_chats) GROUP BY 1, 2
ON CONFLICT (day, bucket) DO UPDATE SET n = n + excluded.n
"""


def refresh_turns(session: Session) -> None:
    """Recompute the turns of the chats that changed since the last read (a trigger marks them), and their counts
    in the reply times' histogram, in the caller's transaction: the turns read next are those of the messages as
    they are now. The caller commits it (the screen's read does), else the next read recomputes the same chats."""
    if session.execute(text("SELECT 1 FROM analytics_dirty_chats LIMIT 1")).first() is None:
        return
    session.execute(text(_HISTOGRAM.format(sign="-")))
    session.execute(text("DELETE FROM analytics_turns WHERE conversation_id IN "
                         "(SELECT conversation_id FROM analytics_dirty_chats)"))
    session.execute(text(_RECOMPUTE))
    session.execute(text(_HISTOGRAM.format(sign="")))
    session.execute(text("DELETE FROM analytics_dirty_chats"))
