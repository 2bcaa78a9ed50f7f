"""What the campaign screens read: one row per campaign with its counts, and one campaign's detail (the funnel,
the failures and skips grouped by reason in words, the held recipients waiting for the owner's decision).

Read only, in short sessions of their own; the counts are ``lifecycle.status``'s (each recipient once, in its
latest state), so the screen and ``klaros campaign status`` never disagree.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop.graph import errors as meta_errors
from klaros_desktop.models import Campaign, CampaignRecipient, Contact, Tag, utcnow
from klaros_desktop.phrases import QT_TRANSLATE_NOOP, Phrase
from klaros_desktop.services.campaigns import audience as audience_mod
from klaros_desktop.services.campaigns import lifecycle as lc
from klaros_desktop.services.people import phones
from klaros_desktop.services.pricing.forecast import Forecast, forecast

# reasons a recipient is skipped or failed that are the campaign's own (the rest are audience.py's)
OTHER_REASONS: dict[str, Phrase] = {
    "cancelled": QT_TRANSLATE_NOOP("Campaigns", "the campaign was cancelled before their turn"),
    "dropped": QT_TRANSLATE_NOOP("Campaigns", "you chose not to send it again"),
    "invalid_number": QT_TRANSLATE_NOOP("Campaigns", "the number is not a valid phone number"),
    "too_many_attempts": QT_TRANSLATE_NOOP("Campaigns", "it did not go through after several tries"),
    "outside_window": QT_TRANSLATE_NOOP("Campaigns", "outside the 24-hour window"),
    "ambiguous": QT_TRANSLATE_NOOP("Campaigns", "may have been sent (the connection broke mid-request)"),
}


def reason_words(code: str | None) -> Phrase | str:
    return OTHER_REASONS.get(code or "") or audience_mod.reason_text(code)


@dataclass
class CampaignRow:
    id: int
    name: str
    template: str
    language: str
    category: str
    state: str
    counts: dict[str, int]
    created_at: datetime
    scheduled_at: datetime | None
    started_at: datetime | None
    finished_at: datetime | None
    rate: float | None
    reason: Phrase | None = None  # why it paused or stopped, in words

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def settled(self) -> int:
        """Recipients whose turn is over (everything but queued)."""
        return self.total - self.counts.get(lc.QUEUED, 0)

    @property
    def to_send(self) -> int:
        """Recipients the campaign sends to (those left out at the start are not)."""
        return self.total - self.counts.get(lc.SKIPPED, 0)

    @property
    def done(self) -> int:
        """Of ``to_send``, those whose turn is over."""
        return self.to_send - self.counts.get(lc.QUEUED, 0)

    @property
    def reached(self) -> int:
        """Sent or further along (the top of the funnel)."""
        return sum(self.counts.get(s, 0) for s in (lc.SENT, lc.DELIVERED, lc.READ, lc.REPLIED))


def _counts(session: Session, ids: list[int]) -> dict[int, dict[str, int]]:
    found: dict[int, dict[str, int]] = {i: dict.fromkeys(lc.STATES, 0) for i in ids}
    for campaign_id, state, count in session.execute(
            select(CampaignRecipient.campaign_id, CampaignRecipient.state, func.count())
            .where(CampaignRecipient.campaign_id.in_(ids))
            .group_by(CampaignRecipient.campaign_id, CampaignRecipient.state)):
        found[campaign_id][state] = count
    for counts in found.values():
        counts[lc.QUEUED] += counts.pop(lc.SENDING, 0)
    return found


TRACKED_FOR = timedelta(days=30)  # a finished campaign's funnel still moves (late reads, replies) this long


def tracked(row: CampaignRow, now: datetime | None = None) -> bool:
    """Whether messages arriving may still move this campaign's funnel (it is under way, or finished lately)."""
    if row.state in (lc.RUNNING, lc.PAUSED, lc.STOPPED):
        return True
    return row.state == lc.DONE and row.finished_at is not None and \
        row.finished_at > (now or utcnow()) - TRACKED_FOR


PAGE = 100  # campaigns the list reads at a time (the next page as the view scrolls)


def rows(sessions: sessionmaker[Session], ids: set[int] | None = None, *, replies: bool = False,
         after: tuple[datetime, int] | None = None, limit: int | None = None) -> list[CampaignRow]:
    """The campaigns (newest first), or only ``ids``. ``replies``: note who wrote back first (as ``status``
    does; a write over the recipients, so only when messages arrived, not at every progress tick). ``after``
    (a row's ``(created_at, id)``) and ``limit`` read one page: the ``limit`` campaigns older than that row."""
    with sessions.begin() as session:
        query = select(Campaign).order_by(Campaign.created_at.desc(), Campaign.id.desc())
        if ids is not None:
            query = query.where(Campaign.id.in_(ids))
        if after is not None:
            query = query.where(or_(Campaign.created_at < after[0],
                                    and_(Campaign.created_at == after[0], Campaign.id < after[1])))
        if limit is not None:
            query = query.limit(limit)
        campaigns = list(session.scalars(query))
        for campaign in campaigns if replies else ():
            if campaign.status in (lc.RUNNING, lc.PAUSED, lc.STOPPED, lc.DONE):
                lc.note_replies(session, campaign.id)
        counts = _counts(session, [c.id for c in campaigns])
        result = []
        for c in campaigns:
            reason = lc.stop_reason(c) if c.status in (lc.PAUSED, lc.STOPPED) else None
            result.append(CampaignRow(c.id, c.name, c.template_name, c.template_language,
                                      (c.template_category or "").upper(), c.status, counts[c.id], c.created_at,
                                      c.scheduled_at, c.started_at, c.finished_at, c.rate_per_second,
                                      reason))
        return result


@dataclass(frozen=True)
class Summary:
    total: int = 0
    running: int = 0
    scheduled: int = 0


def summary(sessions: sessionmaker[Session]) -> Summary:
    """How many campaigns there are, how many run and how many wait for their time (the list's status line, which
    must not count only the pages loaded)."""
    with sessions() as session:
        total, running, scheduled = session.execute(select(
            func.count(), func.count().filter(Campaign.status == lc.RUNNING),
            func.count().filter(Campaign.status == lc.DRAFT, Campaign.scheduled_at.is_not(None)))
            .select_from(Campaign)).one()
    return Summary(total, running, scheduled)


@dataclass
class Held:
    phone: str
    name: str
    since: datetime


@dataclass
class Detail:
    row: CampaignRow
    failures: list[tuple[Phrase | str, int]] = field(default_factory=list)  # (reason in words, how many)
    skips: list[tuple[Phrase | str, int]] = field(default_factory=list)
    held: list[Held] = field(default_factory=list)
    retryable: int = 0  # failed recipients "retry failed" would queue again now or later
    audience: dict[str, Any] = field(default_factory=dict)
    forecast: Forecast | None = None  # a draft's cost on its start day (today when not scheduled)


def detail(sessions: sessionmaker[Session], campaign_id: int, *, replies: bool = False) -> Detail | None:
    found = rows(sessions, {campaign_id}, replies=replies)
    if not found:
        return None
    result = Detail(found[0])
    with sessions() as session:
        campaign = session.get(Campaign, campaign_id)
        result.audience = dict(campaign.audience or {})
        failures: Counter[Phrase | str] = Counter()
        skips: Counter[Phrase | str] = Counter()
        for recipient in session.scalars(select(CampaignRecipient).where(
                CampaignRecipient.campaign_id == campaign_id,
                CampaignRecipient.state.in_((lc.FAILED, lc.SKIPPED)))):
            if recipient.state == lc.FAILED:
                if recipient.error_code is not None:
                    failures[meta_errors.failure_reason(recipient.error_code, None, recipient.reason)] += 1
                else:
                    failures[reason_words(recipient.reason_code)] += 1
                if recipient.error_code in lc.RETRYABLE_CODES:
                    result.retryable += 1
            else:
                skips[reason_words(recipient.reason_code)] += 1
        result.failures, result.skips = failures.most_common(), skips.most_common()
        for recipient, contact in session.execute(select(CampaignRecipient, Contact).outerjoin(
                Contact, Contact.id == CampaignRecipient.contact_id).where(
                CampaignRecipient.campaign_id == campaign_id, CampaignRecipient.state == lc.HELD)
                .order_by(CampaignRecipient.id)):
            name = (contact.display_name or contact.profile_name or "") if contact is not None else ""
            result.held.append(Held(recipient.phone_e164 or "", name, recipient.updated_at))
        if campaign.status == lc.DRAFT:
            day = (campaign.scheduled_at or utcnow()).date()
            result.forecast = forecast(session, campaign_id, on=day)
    return result


@dataclass
class FilterOptions:
    tags: list[str]
    custom_fields: list[str]
    countries: list[str]  # ISO regions of the contacts' numbers


def filter_options(sessions: sessionmaker[Session]) -> FilterOptions:
    """What the audience editor offers: the tags, custom field names and countries the contacts have."""
    with sessions() as session:
        tags = list(session.scalars(select(Tag.name).order_by(func.lower(Tag.name))))
        keys: set[str] = set()
        countries: set[str] = set()
        for custom, country, phone in session.execute(select(Contact.custom_fields, Contact.country,
                                                             Contact.phone_e164)):
            keys.update(k for k in (custom or {}) if isinstance(k, str))
            region = country or (phones.region_of(phone) if phone else None)
            if region:
                countries.add(region.upper())
    return FilterOptions(tags, sorted(keys, key=str.casefold), sorted(countries))
