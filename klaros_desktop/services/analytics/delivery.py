"""The delivery funnel (sent → delivered → read → replied, and failed) and the failures grouped by Meta's reason.

A stage counts the outbound messages of the period that reached at least that stage, whatever order the
statuses came in: a ``read`` without a ``delivered`` counts as delivered too, a message that failed after it
was sent counts as sent and as failed. "Replied" counts the messages the customer answered (any inbound
message in the same chat) within 24 hours, "failed" those that ended failed. A message's period is the time
it was written (``messages.timestamp``).

A message WhatsApp did not confirm (``unconfirmed``: the answer to the send was lost, so it may or may not have
reached the customer) is in no stage and not a failure: ``Delivery.unconfirmed`` counts these on their own, read
from the messages like the failure groups (a message leaves that state as soon as a status for it arrives).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import text
from sqlalchemy.orm import Session

from klaros_desktop.graph import errors
from klaros_desktop.phrases import QT_TRANSLATE_NOOP, Phrase
from klaros_desktop.services.analytics import summary
from klaros_desktop.services.analytics.period import Period

STAGES = ("sent", "delivered", "read", "replied", "failed")

# The period's outbound messages with their stage flags and their recipient, for the funnel per tag (a message
# counts once per tag of its contact, which no summary holds). "Replied" probes the chat's index
# (conversation_id, timestamp) for a customer message in the 24 hours after each one. SQLAlchemy stores times
# as "YYYY-MM-DD HH:MM:SS.ffffff"; strftime's %f has milliseconds, so three zeros keep the bound in that form.
_FLAGGED = """
WITH flagged AS (
    SELECT m.id, m.contact_id, 1 AS n,
           (m.status IN ('sent', 'delivered', 'read', 'played') OR m.sent_at IS NOT NULL
            OR m.delivered_at IS NOT NULL OR m.read_at IS NOT NULL) AS is_sent,
           (m.status IN ('delivered', 'read', 'played') OR m.delivered_at IS NOT NULL OR m.read_at IS NOT NULL)
               AS is_delivered,
           (m.status IN ('read', 'played') OR m.read_at IS NOT NULL) AS is_read,
           (m.status = 'failed') AS is_failed,
           (m.status != 'failed' AND EXISTS (
               SELECT 1 FROM messages i
               WHERE i.conversation_id = m.conversation_id AND i.timestamp > m.timestamp
                 AND i.timestamp <= strftime('%Y-%m-%d %H:%M:%f', m.timestamp, '+1 day') || '000'
                 AND i.direction = 'in')) AS is_replied
    FROM messages m
    WHERE m.direction = 'out' AND m.timestamp >= :start AND m.timestamp < :end
)
"""


@dataclass
class Funnel:
    total: int = 0  # outbound messages written in the period (including those not sent yet)
    sent: int = 0
    delivered: int = 0
    read: int = 0
    replied: int = 0
    failed: int = 0

    def add(self, other: Funnel) -> None:
        for name in ("total", *STAGES):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def as_dict(self) -> dict[str, int]:
        return {name: getattr(self, name) for name in STAGES}


@dataclass
class FunnelRow:
    """The funnel of one template, campaign or tag; ``key`` is its id or name, ``label`` what the screen says."""

    key: str | int | None
    label: str
    funnel: Funnel


@dataclass
class FailureGroup:
    """The failed messages that share Meta's error code, in the error catalogue's words."""

    code: int | None
    reason: Phrase
    count: int


@dataclass
class Delivery:
    period: Period
    funnel: Funnel
    by_template: list[FunnelRow] = field(default_factory=list)
    by_campaign: list[FunnelRow] = field(default_factory=list)
    failures: list[FailureGroup] = field(default_factory=list)
    unconfirmed: int = 0  # sent, but WhatsApp did not confirm it: neither delivered nor failed


@dataclass
class FailedMessage:
    message_id: int
    conversation_id: int
    contact_name: str
    phone_e164: str | None
    timestamp: datetime
    template_name: str | None
    code: int | None
    reason: Phrase


NO_TEMPLATE = QT_TRANSLATE_NOOP("Analytics", "Messages without a template (replies in a chat)")
NO_CAMPAIGN = QT_TRANSLATE_NOOP("Analytics", "Not part of a campaign")


def _funnel(row) -> Funnel:
    return Funnel(total=row.total or 0, sent=row.sent or 0, delivered=row.delivered or 0, read=row.read or 0,
                  replied=row.replied or 0, failed=row.failed or 0)


_SUMS = """SUM(n) AS total, SUM(is_sent * n) AS sent, SUM(is_delivered * n) AS delivered,
           SUM(is_read * n) AS read, SUM(is_replied * n) AS replied, SUM(is_failed * n) AS failed"""


def delivery(session: Session, period: Period) -> Delivery:
    """The period's funnel, per template and per campaign, and its failures grouped by Meta's error code."""
    rows = session.execute(text(summary.outbound() + f"""
        SELECT f.template_name AS template_name, f.campaign_id AS campaign_id, c.name AS campaign_name, {_SUMS}
        FROM facts f LEFT JOIN campaigns c ON c.id = f.campaign_id
        GROUP BY f.template_name, f.campaign_id"""), summary.params(period)).all()
    total = Funnel()
    templates: dict[str | None, Funnel] = {}
    campaigns: dict[int | None, tuple[str, Funnel]] = {}
    for row in rows:
        funnel = _funnel(row)
        total.add(funnel)
        templates.setdefault(row.template_name, Funnel()).add(funnel)
        label = row.campaign_name or NO_CAMPAIGN
        campaigns.setdefault(row.campaign_id, (label, Funnel()))[1].add(funnel)
    by_template = [FunnelRow(name, name or NO_TEMPLATE, f) for name, f in templates.items()]
    by_campaign = [FunnelRow(cid, label, f) for cid, (label, f) in campaigns.items()]
    for rows_ in (by_template, by_campaign):
        rows_.sort(key=lambda r: (r.key is None, -r.funnel.total, str(r.label)))
    return Delivery(period, total, by_template, by_campaign, failure_groups(session, period),
                    unconfirmed_count(session, period))


def unconfirmed_count(session: Session, period: Period) -> int:
    """The period's outbound messages WhatsApp did not confirm (they may or may not have reached the customer)."""
    return session.execute(text("""
        SELECT COUNT(*) FROM messages
        WHERE direction = 'out' AND status = 'unconfirmed' AND timestamp >= :start AND timestamp < :end"""),
        period.bounds()).scalar_one()


def by_tag(session: Session, period: Period) -> list[FunnelRow]:
    """The funnel per tag of the recipient (a message to a contact with two tags counts under both)."""
    rows = session.execute(text(_FLAGGED + f"""
        SELECT t.id AS tag_id, t.name AS tag_name, {_SUMS}
        FROM flagged f JOIN contact_tags ct ON ct.contact_id = f.contact_id JOIN tags t ON t.id = ct.tag_id
        GROUP BY t.id ORDER BY total DESC, t.name"""), period.bounds()).all()
    return [FunnelRow(row.tag_id, row.tag_name, _funnel(row)) for row in rows]


def failure_groups(session: Session, period: Period) -> list[FailureGroup]:
    """Failed outbound messages of the period per Meta error code, largest group first. The words are the
    error catalogue's (``graph.errors.failure_reason``); for a code it does not know, Meta's own title."""
    rows = session.execute(text("""
        SELECT error_code, MAX(error_title) AS title, MAX(error_text) AS details, COUNT(*) AS n
        FROM messages WHERE direction = 'out' AND status = 'failed' AND timestamp >= :start AND timestamp < :end
        GROUP BY error_code ORDER BY n DESC, error_code"""), period.bounds()).all()
    return [FailureGroup(row.error_code, errors.failure_reason(row.error_code, row.title, row.details), row.n)
            for row in rows]


def failed_messages(session: Session, period: Period, code: int | None, *, limit: int = 500) -> list[FailedMessage]:
    """The failed messages behind one failure group (newest first), to open in their chats."""
    code_clause = "m.error_code IS NULL" if code is None else "m.error_code = :code"
    rows = session.execute(text(f"""
        SELECT m.id, m.conversation_id, m.timestamp, m.template_name, m.error_code, m.error_title, m.error_text,
               COALESCE(c.display_name, c.profile_name, c.phone_e164, '') AS name, c.phone_e164
        FROM messages m JOIN contacts c ON c.id = m.contact_id
        WHERE m.direction = 'out' AND m.status = 'failed' AND m.timestamp >= :start AND m.timestamp < :end
          AND {code_clause}
        ORDER BY m.timestamp DESC, m.id DESC LIMIT :limit"""),
        {**period.bounds(), "code": code, "limit": limit}).all()
    out = []
    for row in rows:
        when = datetime.fromisoformat(str(row.timestamp)).replace(tzinfo=UTC)
        out.append(FailedMessage(row.id, row.conversation_id, row.name, row.phone_e164, when,
                                 row.template_name, row.error_code,
                                 errors.failure_reason(row.error_code, row.error_title, row.error_text)))
    return out
