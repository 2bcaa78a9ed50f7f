"""Demo campaigns for the screenshots: one finished with its funnel, one half sent, one scheduled; and the
marketing opt-ins the newsletter readers gave (so an offer to them has recipients), one of them in Austria.

The recipients of the two big campaigns are numbers without contacts (a shop's newsletter list is longer than
the few demo contacts); their states are spread the way a real campaign's end up.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop.models import Campaign, CampaignRecipient, Contact, Tag, utcnow
from klaros_desktop.services.people import consent

NEWSLETTER_OPT_INS = ("Julia Wagner", "Lea Hoffmann", "Marie Schulz", "Ben Klein", "Katharina Gruber")

# (state, how many, reason code, Meta error code)
FINISHED = (("replied", 18, None, None), ("read", 96, None, None), ("delivered", 58, None, None),
            ("sent", 30, None, None), ("failed", 7, "meta_error", 131026), ("failed", 3, "meta_error", 131049),
            ("failed", 2, "meta_error", 131050), ("skipped", 19, "no_marketing_opt_in", None),
            ("skipped", 5, "opted_out", None), ("skipped", 2, "marketing_opt_out", None))
RUNNING = (("read", 12, None, None), ("delivered", 110, None, None), ("sent", 296, None, None),
           ("failed", 4, "meta_error", 131026), ("held", 1, "ambiguous", None),
           ("skipped", 10, "no_marketing_opt_in", None), ("queued", 767, None, None))


def _recipients(session: Session, campaign: Campaign, spread, first_number: int, sent_at: datetime) -> None:
    rows, n = [], first_number
    for state, count, reason, error in spread:
        for _ in range(count):
            n += 1
            rows.append({"campaign_id": campaign.id, "contact_id": None, "phone_e164": f"+49160{n:07d}",
                         "state": state, "reason_code": reason, "error_code": error, "attempts": 0 if state in (
                             "queued", "skipped") else 1,
                         "sent_at": sent_at if state in ("sent", "delivered", "read", "replied") else None,
                         "replied_at": sent_at + timedelta(hours=2) if state == "replied" else None,
                         "params": ["Kundin", "Tulpen im Bund für 9,90 €"], "updated_at": sent_at})
    session.execute(CampaignRecipient.__table__.insert(), rows)


def seed_demo_campaigns(sessions: sessionmaker[Session], now: datetime | None = None) -> dict[str, int]:
    """The demo campaigns; returns {name: campaign id}."""
    now = now or utcnow()
    ids: dict[str, int] = {}
    with sessions.begin() as session:
        newsletter = session.scalar(select(Tag).where(Tag.name == "Newsletter"))
        session.add(Contact(phone_e164="+436641234567", display_name="Katharina Gruber", country="AT",
                            tags=[newsletter] if newsletter else [], custom_fields={}, notes="Urlaub in Salzburg, "
                            "bestellt zu Ostern."))
        session.flush()
        for name in NEWSLETTER_OPT_INS:
            contact = session.scalar(select(Contact).where(Contact.display_name == name))
            if contact is not None:
                consent.record(session, contact, kind=consent.OPT_IN, scope=consent.SCOPE_MARKETING,
                               source="import", occurred_at=now - timedelta(days=60),
                               detail="Newsletter-Anmeldung im Laden (Unterschrift auf der Liste)")
        mapping = [{"1": {"source": "first_name", "fallback": "liebe Kundin"},
                    "2": {"source": "text:Tulpen im Bund für 9,90 €", "fallback": None}}]
        finished = Campaign(name="Muttertag: Tulpen-Angebot", template_name="weekly_offer", template_language="de",
                            template_category="MARKETING", status="done", audience={"tags_any": ["Newsletter"]},
                            parameters=mapping, rate_per_second=80, created_at=now - timedelta(days=4, hours=3),
                            started_at=now - timedelta(days=3, hours=22), finished_at=now - timedelta(days=3, hours=21))
        running = Campaign(name="Adventskränze vorbestellen", template_name="weekly_offer", template_language="de",
                           template_category="MARKETING", status="running", audience={"tags_any": ["Newsletter"]},
                           parameters=mapping, rate_per_second=5, created_at=now - timedelta(minutes=40),
                           started_at=now - timedelta(minutes=6))
        scheduled = Campaign(name="Erinnerung: Hochzeitstermine Samstag", template_name="appointment_reminder",
                             template_language="de", template_category="UTILITY", status="draft",
                             audience={"tags_any": ["Hochzeit"]},
                             parameters=[{"1": {"source": "custom.Termin", "fallback": "Samstag"},
                                          "2": {"source": "text:10", "fallback": None}}],
                             created_at=now - timedelta(minutes=20),
                             scheduled_at=(now + timedelta(days=2)).replace(hour=8, minute=0, second=0, microsecond=0))
        session.add_all([finished, running, scheduled])
        session.flush()
        for campaign in (finished, running, scheduled):
            campaign.correlation_id = f"campaign-{campaign.id}"
            ids[campaign.name] = campaign.id
        _recipients(session, finished, FINISHED, 0, finished.started_at)
        _recipients(session, running, RUNNING, 1000, now - timedelta(minutes=3))
        for contact in session.scalars(select(Contact).where(Contact.tags.any(Tag.name == "Hochzeit"))):
            session.add(CampaignRecipient(campaign_id=scheduled.id, contact_id=contact.id,
                                          phone_e164=contact.phone_e164, state="queued", attempts=0,
                                          updated_at=now))
    return ids
