"""the summaries' triggers for a status and for a customer's message, cheaper

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-07

Both run for most events of a sync; what they count is unchanged, and so is when they change the summaries.

- ``analytics_out_au`` (migration 0017) runs for a status that changes an outbound message's stage flags or Meta's
  pricing. Its body moved the message out of its summary row and into the new one with one ``INSERT … SELECT``
  over two subqueries in ``FROM`` (the campaign, prefix and answer looked up once, and a ``-1``/``+1`` pair);
  SQLite builds both as temporary tables each time the trigger runs, which cost more than looking the campaign,
  prefix and answer up twice. The body is now two ``INSERT … SELECT`` of plain expressions, the old row's ``-1``
  and the new row's ``+1`` (migration 0014's form, whose direction checks the ``WHEN`` already makes).
- ``analytics_in_ai`` counts a customer's message and marks the shop's messages it answered with two grouped
  ``INSERT … SELECT``: each set up a sort for its ``GROUP BY`` to group the one or two messages a customer answers.
  Each answered message now moves on its own (``-1`` from its unanswered row, ``+1`` to its answered one; the
  upserts add up as the grouped counts did). Asking first whether the chat has a message of the shop in the two
  days before at all (a ``WHEN`` with the conditions the marking's ``WHERE`` starts with) was measured too and
  saved nothing worth a second trigger.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None

_spec = importlib.util.spec_from_file_location("migration_0017",
                                               Path(__file__).with_name("0017_analytics_reply_histogram.py"))
m0017 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(m0017)
m0014 = m0017.m0014

_ANSWERS = m0014._WINDOW.format(x="new") + " AND " + m0014._no_other_answer("new")
TRIGGERS = [m0017.plain(t) for t in [
    f"""CREATE TRIGGER analytics_out_au AFTER UPDATE OF {m0014._OUT_COLUMNS} ON messages
        WHEN new.direction = 'out' AND ({m0017._SAME_PLACE}) AND ({m0017._row_may_move()}) BEGIN
        {m0014.bump(m0014.key('old'), '-1')}
        {m0014.bump(m0014.key('new'), '1')} END""",
    f"""CREATE TRIGGER analytics_in_ai AFTER INSERT ON messages WHEN new.direction = 'in' BEGIN
        INSERT INTO analytics_inbound (hour, n) VALUES ({m0014.HOUR.format(m='new')}, 1)
            ON CONFLICT (hour) DO UPDATE SET n = n + 1;
        {m0014.bump(m0014.key('m', replied='0'), '-1', _ANSWERS)}
        {m0014.bump(m0014.key('m', replied='1'), '1', _ANSWERS)} END""",
]]
TRIGGER_NAMES = [t.split()[2] for t in TRIGGERS]
# what they replace: 0017's (which kept 0014's analytics_in_ai, its lists written out)
BEFORE = [t for t in m0017.TRIGGERS if t.split()[2] in TRIGGER_NAMES]


def upgrade() -> None:
    for name in TRIGGER_NAMES:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for trigger in TRIGGERS:
        op.execute(trigger)


def downgrade() -> None:
    for name in TRIGGER_NAMES:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for trigger in BEFORE:
        op.execute(trigger)
