"""reply times by day and delay bucket; a cheaper trigger for a status

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-09

The median and 90th percentile of the time to first reply needed every turn of the period read and sorted.
Each turn in ``analytics_turns`` now keeps its delay (``seconds``, the same REAL as the read computed) and a
log-scaled ``bucket`` of it (bucket b ≥ 1 holds ``REPLY_BOUNDS[b-1] <= seconds < REPLY_BOUNDS[b]``, 0 below a
second, -1 no answer yet); ``analytics_reply_days`` counts the turns per UTC day and bucket. A period's counts come
from a few thousand histogram rows, which tell the bucket that holds the median's (or the 90th percentile's)
rank; only that bucket's turns are sorted, so the figures stay exact. The histogram is kept where the turns are
recomputed (``services/analytics/summary.refresh_turns``), not by a trigger.

The summaries' triggers (migration 0014) are recreated with the same logic, cheaper:
- a constant list (``status IN ('read', 'played')``) in a trigger builds a small temporary index each time the
  trigger runs, which cost more than the rest of the trigger; the lists are written out as ``=`` … ``OR``;
- ``analytics_out_au`` moved every changed outbound message out of its summary row and into the new one, with its
  campaign, prefix and answer looked up twice, even when the columns that changed leave its row as it was (a
  ``read`` for a message already counted as read, a repeated status). It now fires only when the row's stage
  flags or Meta's pricing changed, and then (a status webhook, the common case) looks the message's campaign,
  prefix and answer up once for both halves; a message moved in time, to another chat or contact, to another
  template or turned around keeps the general form (``analytics_out_moved``).
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

_spec = importlib.util.spec_from_file_location("migration_0014",
                                               Path(__file__).with_name("0014_analytics_summaries.py"))
m0014 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(m0014)

# lower bounds (seconds) of buckets 1..60: about 30 % apart, 1 s to 99 days
REPLY_BOUNDS = (1, 2, 3, 4, 5, 6, 8, 10, 13, 17, 22, 29, 38, 49, 64, 83, 108, 140, 182, 237, 308, 400, 520, 676, 879,
                1143, 1486, 1932, 2512, 3266, 4246, 5520, 7176, 9329, 12128, 15766, 20496, 26645, 34638, 45029,
                58538, 76099, 98929, 128608, 167190, 217347, 282551, 367316, 477511, 620764, 806993, 1049091,
                1363818, 1772963, 2304852, 2996308, 3895200, 5063760, 6582888, 8557754)


def seconds_of(ts: str, reply: str) -> str:
    return f"((julianday({reply}) - julianday({ts})) * 86400.0)"


def bucket_of(seconds: str) -> str:
    """The bucket of ``seconds`` as SQL: a balanced CASE, so a value meets about six comparisons."""

    def split(low: int, high: int) -> str:  # buckets low..high
        if low == high:
            return str(low)
        mid = (low + high + 1) // 2
        return f"CASE WHEN {seconds} >= {REPLY_BOUNDS[mid - 1]} THEN {split(mid, high)} ELSE {split(low, mid - 1)} END"

    return f"CASE WHEN {seconds} IS NULL THEN -1 ELSE {split(0, len(REPLY_BOUNDS))} END"


def plain(sql: str) -> str:
    """``x IN ('a', 'b')`` written as ``(x = 'a' OR x = 'b')``: the same value (NULL for a NULL x), no temporary
    index built per run of the trigger."""

    def spell(match: re.Match) -> str:
        values = [v.strip() for v in match.group(2).split(",")]
        return "(" + " OR ".join(f"{match.group(1)} = {v}" for v in values) + ")"

    return re.sub(r"([\w.]+) IN \(('[^']*'(?:\s*,\s*'[^']*')*)\)", spell, sql)


_PLACE = ("timestamp", "conversation_id", "contact_id", "direction", "template_name")
_PRICING = ("pricing_category", "pricing_type", "pricing_billable")


def _flags(m: str) -> list[str]:
    return m0014.key(m)[7:12]


def _row_may_move() -> str:
    """Whether an update in place can change a message's summary row (its stage flags or Meta's pricing)."""
    parts = [f"old.{c} IS NOT new.{c}" for c in _PRICING]
    parts += [f"{a} IS NOT {b}" for a, b in zip(_flags("old"), _flags("new"), strict=True)]
    return " OR ".join(parts)


_SAME_PLACE = " AND ".join(f"old.{c} IS new.{c}" for c in _PLACE)


def _status_move() -> str:
    """old's row -1 and new's +1 in one statement, the campaign, prefix and answer looked up once (same place)."""
    pick = [f"CASE WHEN s.d < 0 THEN {a} ELSE {b} END" for a, b in zip(m0014.key("old"), m0014.key("new"), strict=True)]
    pick[2] = "COALESCE(k.campaign, -1)"
    pick[6] = "COALESCE(k.prefix, char(1))"
    pick[12] = "(CASE WHEN s.d < 0 THEN old.status ELSE new.status END != 'failed' AND k.answered)"
    columns = ", ".join(m0014.DIMS)
    answered = m0014._ANSWERED.format(m="new", extra="")
    return (f"INSERT INTO analytics_outbound ({columns}, n) SELECT {', '.join(pick)}, s.d "
            f"FROM (SELECT {m0014.campaign_of('new')} AS campaign, {m0014.prefix_of('new')} AS prefix, "
            f"EXISTS ({answered}) AS answered LIMIT 1) AS k, (SELECT -1 AS d UNION ALL SELECT 1) AS s WHERE true "
            f"ON CONFLICT ({columns}) DO UPDATE SET n = n + excluded.n;")


TRIGGERS = [plain(t) for t in m0014.TRIGGERS if t.split()[2] != "analytics_out_au"] + [plain(t) for t in [
    f"""CREATE TRIGGER analytics_out_au AFTER UPDATE OF {m0014._OUT_COLUMNS} ON messages
        WHEN new.direction = 'out' AND ({_SAME_PLACE}) AND ({_row_may_move()}) BEGIN
        {_status_move()} END""",
    f"""CREATE TRIGGER analytics_out_moved AFTER UPDATE OF {m0014._OUT_COLUMNS} ON messages
        WHEN (old.direction = 'out' OR new.direction = 'out') AND NOT ({_SAME_PLACE}) BEGIN
        {m0014.bump(m0014.key('old'), '-1', "WHERE old.direction = 'out'")}
        {m0014.bump(m0014.key('new'), '1', "WHERE new.direction = 'out'")} END""",
]]
TRIGGER_NAMES = [t.split()[2] for t in TRIGGERS]


def upgrade() -> None:
    for name in TRIGGER_NAMES + m0014.TRIGGER_NAMES:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for trigger in TRIGGERS:
        op.execute(trigger)
    op.execute("ALTER TABLE analytics_turns ADD COLUMN seconds REAL")
    op.execute("ALTER TABLE analytics_turns ADD COLUMN bucket INTEGER NOT NULL DEFAULT -1")
    seconds = seconds_of("ts", "reply_ts")
    op.execute(f"UPDATE analytics_turns SET seconds = {seconds}, bucket = {bucket_of(seconds)}")
    op.execute("DROP INDEX IF EXISTS ix_analytics_turns_ts")
    op.execute("CREATE INDEX ix_analytics_turns_time ON analytics_turns (ts, reply_ts, bucket)")
    op.execute("CREATE INDEX ix_analytics_turns_bucket ON analytics_turns (bucket, ts, reply_ts, seconds)")
    op.execute("""CREATE TABLE analytics_reply_days (
        day TEXT NOT NULL, bucket INTEGER NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (day, bucket)) WITHOUT ROWID""")
    op.execute("INSERT INTO analytics_reply_days (day, bucket, n) "
               "SELECT substr(ts, 1, 10), bucket, COUNT(*) FROM analytics_turns GROUP BY 1, 2")


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS analytics_reply_days")
    op.execute("DROP INDEX IF EXISTS ix_analytics_turns_bucket")
    op.execute("DROP INDEX IF EXISTS ix_analytics_turns_time")
    op.execute("CREATE INDEX IF NOT EXISTS ix_analytics_turns_ts ON analytics_turns (ts, reply_ts)")
    op.execute("ALTER TABLE analytics_turns DROP COLUMN bucket")
    op.execute("ALTER TABLE analytics_turns DROP COLUMN seconds")
    for name in TRIGGER_NAMES:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for trigger in m0014.TRIGGERS:
        op.execute(trigger)
