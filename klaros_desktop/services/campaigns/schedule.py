"""When a campaign starts by itself: at a time the shop owner chose, in the shop's time zone.

The decision lives here so the app and ``klaros campaign schedule`` agree: a draft with ``scheduled_at`` is
*due* once that time has passed. Whoever runs next starts the due ones (``start_due``): the app's timer while
it is open, or the app's next launch if it was closed at the time, which then says so. A due campaign whose
recipients would get an empty variable is not started; its schedule is cleared and the reason returned, so
it is said once and not retried every minute.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop.models import Campaign, CampaignRecipient, Contact, utcnow
from klaros_desktop.phrases import QT_TRANSLATE_NOOP, Number, Phrase
from klaros_desktop.services.campaigns import lifecycle as lc
from klaros_desktop.services.core import audit, settings

TIME_FORMAT = "%Y-%m-%d %H:%M"


def shop_zone(session: Session) -> tzinfo:
    """The shop's time zone: the setting when it names a zone this computer knows, else the computer's own."""
    name = settings.get(session, settings.SHOP_TIME_ZONE)
    if name:
        try:
            return ZoneInfo(str(name))
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return datetime.now().astimezone().tzinfo or UTC


def zone_of(sessions: sessionmaker[Session]) -> tzinfo:
    with sessions() as session:
        return shop_zone(session)


def zone_name(zone: tzinfo) -> str:
    return getattr(zone, "key", None) or datetime.now(zone).tzname() or "UTC"


def to_utc(local: datetime, zone: tzinfo) -> datetime:
    """A wall-clock time in ``zone`` (naive) as UTC."""
    return local.replace(tzinfo=zone).astimezone(UTC)


def to_local(at: datetime, zone: tzinfo) -> datetime:
    return at.astimezone(zone)


def parse_local(sessions: sessionmaker[Session], text: str) -> datetime:
    """``YYYY-MM-DD HH:MM`` in the shop's time zone, as UTC; ``CampaignRefused`` when it is not such a time."""
    try:
        local = datetime.strptime(text.strip(), TIME_FORMAT)
    except ValueError as exc:
        raise lc.CampaignRefused(QT_TRANSLATE_NOOP(
            "Campaigns", "{text!r} is not a time; write it as YYYY-MM-DD HH:MM, e.g. 2026-12-24 09:30.").format(
            text=text)) from exc
    with sessions() as session:
        return to_utc(local, shop_zone(session))


def launch_problems(session: Session, campaign: Campaign) -> list[dict]:
    """The queued recipients who would get an empty variable (``{"recipient", "empty"}``), as launch checks."""
    template = lc._template(session, campaign.template_name, campaign.template_language)
    problems = []
    for recipient in session.scalars(select(CampaignRecipient).where(
            CampaignRecipient.campaign_id == campaign.id, CampaignRecipient.state == lc.QUEUED)
            .order_by(CampaignRecipient.id)):
        contact = session.get(Contact, recipient.contact_id) if recipient.contact_id else None
        phone = recipient.phone_e164 or (contact.phone_e164 if contact else None)
        _names, _values, empty = lc._recipient_values(session, campaign, template, contact, phone)
        if empty:
            problems.append({"recipient": phone, "empty": empty})
    return problems


def set_schedule(sessions: sessionmaker[Session], campaign_id: int, at: datetime, *, rate: float | None = None,
                 now: datetime | None = None, actor: str = "user") -> datetime:
    """Start the draft ``campaign_id`` at ``at`` (UTC). Refused for a time already past, a campaign already
    started, or recipients who would get an empty variable (checked now, so the owner hears it now)."""
    now = now or utcnow()
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    with sessions.begin() as session:
        campaign = lc._get(session, campaign_id)
        if campaign.status != lc.DRAFT:
            raise lc.CampaignRefused(QT_TRANSLATE_NOOP(
                "Campaigns", "Campaign {id} was already started ({status}); only a draft can be scheduled.").format(
                id=campaign_id, status=campaign.status))
        if at <= now:
            raise lc.CampaignRefused(QT_TRANSLATE_NOOP(
                "Campaigns", "That time has already passed; choose a later one or start now."))
        lc.check_header_chosen(campaign, lc._template(session, campaign.template_name, campaign.template_language))
        problems = launch_problems(session, campaign)
        if problems:
            raise lc.CampaignRefused(QT_TRANSLATE_NOOP(
                "Campaigns", "Not scheduled: {count} recipient(s) would get an empty variable. Give those "
                "variables a fallback or fill in the contacts.").format(count=Number(len(problems))), problems)
        campaign.scheduled_at = at
        if rate:
            campaign.rate_per_second = rate
        audit.record(session, "campaign_scheduled", actor=actor, subject=f"campaign:{campaign_id}",
                     details={"at": at.isoformat(), "rate": campaign.rate_per_second},
                     correlation_id=campaign.correlation_id)
        return at


def clear_schedule(sessions: sessionmaker[Session], campaign_id: int, *, actor: str = "user") -> None:
    with sessions.begin() as session:
        campaign = lc._get(session, campaign_id)
        if campaign.scheduled_at is None:
            return
        was = campaign.scheduled_at
        campaign.scheduled_at = None
        audit.record(session, "campaign_unscheduled", actor=actor, subject=f"campaign:{campaign_id}",
                     details={"was": was.isoformat()}, correlation_id=campaign.correlation_id)


def due(sessions: sessionmaker[Session], now: datetime) -> list[int]:
    """Drafts whose scheduled time has come, earliest first."""
    with sessions() as session:
        return list(session.scalars(select(Campaign.id).where(
            Campaign.status == lc.DRAFT, Campaign.scheduled_at.is_not(None), Campaign.scheduled_at <= now)
            .order_by(Campaign.scheduled_at, Campaign.id)))


def next_due(sessions: sessionmaker[Session]) -> datetime | None:
    """The earliest scheduled time of a draft still waiting (for a timer), or None."""
    with sessions() as session:
        return session.scalar(select(Campaign.scheduled_at).where(
            Campaign.status == lc.DRAFT, Campaign.scheduled_at.is_not(None)).order_by(Campaign.scheduled_at).limit(1))


@dataclass(frozen=True)
class Started:
    """A due campaign this run started (``queued``) or could not (``refused``, the reason in words)."""

    campaign_id: int
    name: str
    scheduled_at: datetime
    late: bool  # its time had passed by more than ``LATE`` (Klaros was closed then)
    queued: int = 0
    refused: Phrase | str | None = None


LATE_SECONDS = 120


def start_due(sessions: sessionmaker[Session], now: datetime | None = None, *, actor: str = "system"
              ) -> list[Started]:
    """Launch every due draft (values frozen, state running: the sender sends it). A refusal clears the
    schedule, is audited and returned with its reason."""
    now = now or utcnow()
    started: list[Started] = []
    for campaign_id in due(sessions, now):
        with sessions() as session:
            campaign = session.get(Campaign, campaign_id)
            name, at = campaign.name, campaign.scheduled_at
        late = (now - at).total_seconds() > LATE_SECONDS
        try:
            queued = lc.launch(sessions, campaign_id, actor=actor)
        except lc.CampaignRefused as exc:
            with sessions.begin() as session:
                campaign = session.get(Campaign, campaign_id)
                campaign.scheduled_at = None
                audit.record(session, "campaign_schedule_refused", actor=actor, subject=f"campaign:{campaign_id}",
                             details={"reason": str(exc), "was": at.isoformat()},
                             correlation_id=campaign.correlation_id)
            started.append(Started(campaign_id, name, at, late, refused=exc.args[0] if exc.args else str(exc)))
            continue
        started.append(Started(campaign_id, name, at, late, queued=queued))
    return started
