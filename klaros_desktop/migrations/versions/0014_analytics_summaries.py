"""hourly analytics summaries of messages, kept by triggers

Revision ID: 0014
Revises: 0010
Create Date: 2026-12-06

The Analytics screen summed a period's messages at click time: some thirty passes over the period's rows. These
two tables hold the same counts per UTC hour, so a period reads a few thousand summary rows instead:

- ``analytics_outbound``: outbound messages per hour × template × campaign × Meta's pricing category / type /
  billable × the recipient's calling-code prefix (first five characters of the number) × the stage flags the
  funnel and the cost read (sent, delivered, read, failed, replied within 24 hours). A key column that is NULL
  in ``messages`` is stored as ``char(1)`` (or -1 for numbers) so the unique key can be upserted.
- ``analytics_inbound``: inbound messages per hour.

Triggers keep them exact in the same statement as the change, whatever writes it (the inbound applier's plain
SQL, the ORM, erasure): a status moves a message from one set of flags to another, a customer's message marks the
shop's messages of the 24 hours before it replied (and its deletion unmarks them), a campaign recipient's
message id or a contact's number moves the message to its campaign or prefix. A contact's messages are deleted
by a trigger before the contact itself, so they leave the summary while the number they were filed under is
still known (the foreign key's cascade would run after the contact row is gone).

Reply times (a median needs every value) are kept per customer turn in ``analytics_turns``: the chat's inbound
message that starts a turn and the shop's first answer after it (not a marketing template). A turn depends on
the messages around it, so a trigger only marks the chat (``analytics_dirty_chats``) when a message is added,
removed or moved in it, and ``services/analytics/summary.refresh_turns`` recomputes the turns of the marked
chats before a read: a sync's few hundred chats, not the period's thousands.

A partial index on failed outbound messages makes the failure groups read only failed rows.
"""

from __future__ import annotations

from alembic import op

revision = "0014"
down_revision = "0012"
branch_labels = None
depends_on = None

HOUR = "strftime('%Y-%m-%d %H:00:00.000000', {m}.timestamp)"
DIMS = ("hour", "template_name", "campaign_id", "category", "ptype", "billable", "prefix",
        "is_sent", "sent_flag", "is_delivered", "is_read", "is_failed", "is_replied")
_ANSWERED = ("SELECT 1 FROM messages i WHERE i.conversation_id = {m}.conversation_id AND i.direction = 'in' "
             "AND i.timestamp > {m}.timestamp "
             "AND i.timestamp <= strftime('%Y-%m-%d %H:%M:%f', {m}.timestamp, '+1 day') || '000'{extra}")


def campaign_of(m: str) -> str:
    return f"(SELECT MIN(campaign_id) FROM campaign_recipients WHERE message_id = {m}.id)"


def prefix_of(m: str) -> str:
    return f"(SELECT substr(phone_e164, 1, 5) FROM contacts WHERE id = {m}.contact_id)"


def replied_of(m: str) -> str:
    return f"({m}.status != 'failed' AND EXISTS ({_ANSWERED.format(m=m, extra='')}))"


def key(m: str, *, campaign: str | None = None, prefix: str | None = None, replied: str | None = None) -> list[str]:
    """The summary key of outbound message ``m`` (its hour and flags), in the order of ``DIMS``."""
    return [
        HOUR.format(m=m),
        f"COALESCE({m}.template_name, char(1))",
        f"COALESCE({campaign or campaign_of(m)}, -1)",
        f"COALESCE({m}.pricing_category, char(1))",
        f"COALESCE({m}.pricing_type, char(1))",
        f"COALESCE({m}.pricing_billable, -1)",
        f"COALESCE({prefix or prefix_of(m)}, char(1))",
        f"({m}.status IN ('sent', 'delivered', 'read', 'played') OR {m}.sent_at IS NOT NULL "
        f"OR {m}.delivered_at IS NOT NULL OR {m}.read_at IS NOT NULL)",
        f"({m}.status IN ('sent', 'delivered', 'read', 'played') OR {m}.sent_at IS NOT NULL)",
        f"({m}.status IN ('delivered', 'read', 'played') OR {m}.delivered_at IS NOT NULL OR {m}.read_at IS NOT NULL)",
        f"({m}.status IN ('read', 'played') OR {m}.read_at IS NOT NULL)",
        f"({m}.status = 'failed')",
        replied or replied_of(m),
    ]


def bump(exprs: list[str], delta: str, source: str = "", *, grouped: bool = False) -> str:
    """Add ``delta`` to the key ``exprs`` (one row, or per group of ``source``'s rows)."""
    columns = ", ".join(DIMS)
    select = ", ".join(exprs)
    tail = f" {source}" if source else ""
    if grouped:
        tail += " GROUP BY " + ", ".join(str(i + 1) for i in range(len(DIMS)))
    else:
        tail += " WHERE true" if "WHERE" not in tail else ""
    return (f"INSERT INTO analytics_outbound ({columns}, n) SELECT {select}, {delta}{tail} "
            f"ON CONFLICT ({columns}) DO UPDATE SET n = n + excluded.n;")


# the shop's messages a customer message X answers (or answered), and those with another answer than X
_WINDOW = ("FROM messages m WHERE m.conversation_id = {x}.conversation_id AND m.direction = 'out' "
           "AND m.status != 'failed' AND m.timestamp < {x}.timestamp "
           "AND m.timestamp >= datetime({x}.timestamp, '-2 days') "
           "AND {x}.timestamp <= strftime('%Y-%m-%d %H:%M:%f', m.timestamp, '+1 day') || '000'")


def _no_other_answer(x: str) -> str:
    return f"NOT EXISTS ({_ANSWERED.format(m='m', extra=f' AND i.id != {x}.id')})"


_OUT_COLUMNS = ("status, sent_at, delivered_at, read_at, pricing_category, pricing_type, pricing_billable, "
                "template_name, timestamp, conversation_id, contact_id, direction")


def _in_window(x: str) -> str:
    return (f"({x}.direction = 'in' AND m.conversation_id = {x}.conversation_id AND m.timestamp < {x}.timestamp "
            f"AND {x}.timestamp <= strftime('%Y-%m-%d %H:%M:%f', m.timestamp, '+1 day') || '000')")


def _campaign_move(message_id: str, old_campaign: str) -> str:
    """Move outbound message ``message_id`` from campaign ``old_campaign`` to the one it has now."""
    source = f"FROM messages m WHERE m.id = {message_id} AND m.direction = 'out'"
    return (bump(key("m", campaign=old_campaign), "-1", source)
            + bump(key("m"), "1", source))


TRIGGERS = [
    # outbound messages
    f"""CREATE TRIGGER analytics_out_ai AFTER INSERT ON messages WHEN new.direction = 'out' BEGIN
        {bump(key('new'), '1')} END""",
    f"""CREATE TRIGGER analytics_out_bd BEFORE DELETE ON messages WHEN old.direction = 'out' BEGIN
        {bump(key('old'), '-1')} END""",
    f"""CREATE TRIGGER analytics_out_au AFTER UPDATE OF {_OUT_COLUMNS} ON messages
        WHEN old.direction = 'out' OR new.direction = 'out' BEGIN
        {bump(key('old'), '-1', "WHERE old.direction = 'out'")}
        {bump(key('new'), '1', "WHERE new.direction = 'out'")} END""",
    # a customer's message marks the shop's messages of the 24 hours before it replied, its deletion unmarks them
    f"""CREATE TRIGGER analytics_in_ai AFTER INSERT ON messages WHEN new.direction = 'in' BEGIN
        INSERT INTO analytics_inbound (hour, n) VALUES ({HOUR.format(m='new')}, 1)
            ON CONFLICT (hour) DO UPDATE SET n = n + 1;
        {bump(key('m', replied='0'), '-COUNT(*)', _WINDOW.format(x='new') + ' AND ' + _no_other_answer('new'),
              grouped=True)}
        {bump(key('m', replied='1'), 'COUNT(*)', _WINDOW.format(x='new') + ' AND ' + _no_other_answer('new'),
              grouped=True)} END""",
    f"""CREATE TRIGGER analytics_in_ad AFTER DELETE ON messages WHEN old.direction = 'in' BEGIN
        INSERT INTO analytics_inbound (hour, n) VALUES ({HOUR.format(m='old')}, -1)
            ON CONFLICT (hour) DO UPDATE SET n = n - 1;
        {bump(key('m', replied='1'), '-COUNT(*)', _WINDOW.format(x='old') + ' AND ' + _no_other_answer('old'),
              grouped=True)}
        {bump(key('m', replied='0'), 'COUNT(*)', _WINDOW.format(x='old') + ' AND ' + _no_other_answer('old'),
              grouped=True)} END""",
    # a customer message moved in time or to another chat (or its direction changed): answered before → after
    f"""CREATE TRIGGER analytics_in_au AFTER UPDATE OF timestamp, conversation_id, direction ON messages
        WHEN old.direction = 'in' OR new.direction = 'in' BEGIN
        INSERT INTO analytics_inbound (hour, n) SELECT {HOUR.format(m='old')}, -1 WHERE old.direction = 'in'
            ON CONFLICT (hour) DO UPDATE SET n = n - 1;
        INSERT INTO analytics_inbound (hour, n) SELECT {HOUR.format(m='new')}, 1 WHERE new.direction = 'in'
            ON CONFLICT (hour) DO UPDATE SET n = n + 1;
        {bump(key('m', replied=_in_window('old')), '-COUNT(*)',
              "FROM messages m WHERE m.conversation_id IN (old.conversation_id, new.conversation_id) "
              "AND m.direction = 'out' AND m.status != 'failed' AND m.id != new.id AND "
              + _no_other_answer('new') + f" AND {_in_window('old')} != {_in_window('new')}", grouped=True)}
        {bump(key('m', replied=_in_window('new')), 'COUNT(*)',
              "FROM messages m WHERE m.conversation_id IN (old.conversation_id, new.conversation_id) "
              "AND m.direction = 'out' AND m.status != 'failed' AND m.id != new.id AND "
              + _no_other_answer('new') + f" AND {_in_window('old')} != {_in_window('new')}", grouped=True)} END""",
    # a campaign recipient's message
    f"""CREATE TRIGGER analytics_cr_ai AFTER INSERT ON campaign_recipients WHEN new.message_id IS NOT NULL BEGIN
        {_campaign_move('new.message_id',
                        '(SELECT MIN(campaign_id) FROM campaign_recipients '
                        'WHERE message_id = new.message_id AND id != new.id)')} END""",
    f"""CREATE TRIGGER analytics_cr_ad AFTER DELETE ON campaign_recipients WHEN old.message_id IS NOT NULL BEGIN
        {_campaign_move('old.message_id',
                        '(SELECT MIN(c) FROM (SELECT campaign_id AS c FROM campaign_recipients '
                        'WHERE message_id = old.message_id UNION ALL SELECT old.campaign_id))')} END""",
    f"""CREATE TRIGGER analytics_cr_au AFTER UPDATE OF message_id, campaign_id ON campaign_recipients BEGIN
        {_campaign_move('old.message_id',
                        '(SELECT MIN(c) FROM (SELECT campaign_id AS c FROM campaign_recipients '
                        'WHERE message_id = old.message_id AND id != new.id UNION ALL SELECT old.campaign_id))')}
        {_campaign_move('new.message_id',
                        '(SELECT MIN(campaign_id) FROM campaign_recipients '
                        'WHERE message_id = new.message_id AND id != new.id)').replace(
                            "m.direction = 'out'", "m.direction = 'out' AND new.message_id IS NOT old.message_id")}
        END""",
    # a contact's number (its prefix) and the contact's deletion
    f"""CREATE TRIGGER analytics_contact_au AFTER UPDATE OF phone_e164 ON contacts
        WHEN substr(old.phone_e164, 1, 5) IS NOT substr(new.phone_e164, 1, 5) BEGIN
        {bump(key('m', prefix='substr(old.phone_e164, 1, 5)'), '-COUNT(*)',
              "FROM messages m WHERE m.contact_id = new.id AND m.direction = 'out'", grouped=True)}
        {bump(key('m'), 'COUNT(*)', "FROM messages m WHERE m.contact_id = new.id AND m.direction = 'out'",
              grouped=True)} END""",
    """CREATE TRIGGER analytics_contact_bd BEFORE DELETE ON contacts BEGIN
        DELETE FROM messages WHERE contact_id = old.id; END""",
]
# a customer turn: an inbound message after none or after one of the shop's, and the shop's first answer after it
TURNS = """
SELECT id, conversation_id, timestamp, reply FROM (
    SELECT m.id, m.conversation_id, m.timestamp,
           (SELECT p.direction FROM messages p
            WHERE p.conversation_id = m.conversation_id AND p.timestamp < m.timestamp
            ORDER BY p.timestamp DESC LIMIT 1) AS previous,
           (SELECT o.timestamp FROM messages o
            WHERE o.conversation_id = m.conversation_id AND o.timestamp > m.timestamp
              AND o.direction = 'out' AND COALESCE(o.template_category, '') != 'MARKETING'
            ORDER BY o.timestamp LIMIT 1) AS reply
    FROM messages m
    WHERE m.direction = 'in' AND {where}
) WHERE previous IS NULL OR previous = 'out'
"""
TRIGGERS += [
    """CREATE TRIGGER analytics_turns_ai AFTER INSERT ON messages BEGIN
        INSERT OR IGNORE INTO analytics_dirty_chats (conversation_id) VALUES (new.conversation_id); END""",
    """CREATE TRIGGER analytics_turns_ad AFTER DELETE ON messages BEGIN
        INSERT OR IGNORE INTO analytics_dirty_chats (conversation_id) VALUES (old.conversation_id); END""",
    """CREATE TRIGGER analytics_turns_au AFTER UPDATE OF timestamp, direction, template_category, conversation_id
        ON messages BEGIN
        INSERT OR IGNORE INTO analytics_dirty_chats (conversation_id) VALUES (old.conversation_id);
        INSERT OR IGNORE INTO analytics_dirty_chats (conversation_id) VALUES (new.conversation_id); END""",
]
TRIGGER_NAMES = [t.split()[2] for t in TRIGGERS]


def upgrade() -> None:
    op.execute("""CREATE TABLE IF NOT EXISTS analytics_outbound (
        hour TEXT NOT NULL, template_name TEXT NOT NULL, campaign_id INTEGER NOT NULL, category TEXT NOT NULL,
        ptype TEXT NOT NULL, billable INTEGER NOT NULL, prefix TEXT NOT NULL, is_sent INTEGER NOT NULL,
        sent_flag INTEGER NOT NULL, is_delivered INTEGER NOT NULL, is_read INTEGER NOT NULL,
        is_failed INTEGER NOT NULL, is_replied INTEGER NOT NULL, n INTEGER NOT NULL,
        PRIMARY KEY (hour, template_name, campaign_id, category, ptype, billable, prefix, is_sent, sent_flag,
                     is_delivered, is_read, is_failed, is_replied)) WITHOUT ROWID""")
    op.execute("CREATE TABLE IF NOT EXISTS analytics_inbound (hour TEXT NOT NULL PRIMARY KEY, n INTEGER NOT NULL)")
    op.execute("""CREATE TABLE IF NOT EXISTS analytics_turns (
        message_id INTEGER NOT NULL PRIMARY KEY, conversation_id INTEGER NOT NULL, ts TEXT NOT NULL, reply_ts TEXT)""")
    op.execute("CREATE INDEX IF NOT EXISTS ix_analytics_turns_ts ON analytics_turns (ts, reply_ts)")
    op.execute("CREATE INDEX IF NOT EXISTS ix_analytics_turns_chat ON analytics_turns (conversation_id)")
    op.execute("CREATE TABLE IF NOT EXISTS analytics_dirty_chats (conversation_id INTEGER NOT NULL PRIMARY KEY)")
    op.execute("DELETE FROM analytics_turns")
    op.execute("DELETE FROM analytics_dirty_chats")
    op.execute("INSERT INTO analytics_turns (message_id, conversation_id, ts, reply_ts) "
               + TURNS.format(where="true"))
    op.execute("DELETE FROM analytics_outbound")
    op.execute("DELETE FROM analytics_inbound")
    op.execute(bump(key("m"), "COUNT(*)", "FROM messages m WHERE m.direction = 'out'", grouped=True))
    op.execute(f"INSERT INTO analytics_inbound (hour, n) SELECT {HOUR.format(m='m')}, COUNT(*) FROM messages m "
               "WHERE m.direction = 'in' GROUP BY 1")
    for name in TRIGGER_NAMES:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for trigger in TRIGGERS:
        op.execute(trigger)
    op.execute("CREATE INDEX IF NOT EXISTS ix_messages_failed_time ON messages (timestamp) "
               "WHERE direction = 'out' AND status = 'failed'")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_messages_failed_time")
    for name in TRIGGER_NAMES:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS analytics_inbound")
    op.execute("DROP TABLE IF EXISTS analytics_turns")
    op.execute("DROP TABLE IF EXISTS analytics_dirty_chats")
    op.execute("DROP TABLE IF EXISTS analytics_outbound")
