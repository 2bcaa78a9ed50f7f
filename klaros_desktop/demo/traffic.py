"""Two and a half months of a flower shop's WhatsApp traffic for the Analytics screen of the demo shop.

The demo shop's own chats are a handful of recent conversations; the Analytics screen needs the volume of a
shop in use to show anything worth reading. This adds past customers (older than every chat of the demo
shop, so the inbox still opens on those) with questions and answers, order-ready notices, three marketing
campaigns with their recipients, a few failures with Meta's codes, and opt-ins / opt-outs. Rows are written
as sync and the sender leave them (statuses with Meta's pricing category and type), in bulk.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop.graph.errors import explain_unconfirmed
from klaros_desktop.models import (
    Campaign,
    CampaignRecipient,
    ConsentEvent,
    Contact,
    Conversation,
    Message,
    Tag,
    contact_tags,
    utcnow,
)

PHONE_NUMBER_ID = "106540352242922"
FIRST = ["Sabine", "Peter", "Katrin", "Michael", "Andrea", "Stefan", "Monika", "Frank", "Birgit", "Jan", "Nina",
         "Tobias", "Sandra", "Markus", "Lisa", "Florian", "Anja", "Sebastian", "Laura", "Daniel", "Ayşe", "Elif",
         "Giovanni", "Sophie", "Maximilian", "Johanna", "Lena", "Felix", "Charlotte", "Moritz"]
LAST = ["Meier", "Schäfer", "Bauer", "Koch", "Richter", "Klein", "Wolf", "Neumann", "Schwarz", "Zimmermann",
        "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Lehmann", "Demir",
        "Kaya", "Romano", "Vogel", "Jung", "Hahn"]
QUESTIONS = ["Haben Sie heute noch Tulpen?", "Kann ich einen Strauß für Samstag bestellen?", "Was kostet ein "
             "Brautstrauß?", "Liefern Sie auch nach Pankow?", "Sind die Pfingstrosen schon da?", "Bis wann haben "
             "Sie heute offen?", "Danke, der Strauß war wunderschön!", "Kann ich morgen früh abholen?"]
ANSWERS = ["Ja, gerne!", "Natürlich, bis wann brauchen Sie ihn?", "Das kommt auf die Blumen an, ab 65 €.",
           "Ja, ab 30 € Bestellwert.", "Heute bis 18 Uhr.", "Das freut uns sehr!", "Ab 8 Uhr ist alles bereit."]
CAMPAIGNS = (("Muttertag", "weekly_offer", 64), ("Herbststrauß", "weekly_offer", 26),
             ("Adventskranz", "weekly_offer", 4))  # (name, template, days ago); one newer than the history is skipped
# where the customers' numbers are from: mostly Germany, some neighbours
MARKETS = (("+49151", 7, 70), ("+49170", 7, 10), ("+43664", 7, 8), ("+41791", 6, 6), ("+31612", 6, 4),
           ("+447400", 6, 2))
FAILURES = ((131026, "Message undeliverable"), (131049, "This message was not delivered to maintain healthy "
                                                        "ecosystem engagement."),
            (131050, "Unable to deliver the message. This recipient has chosen to stop receiving marketing "
                     "messages on WhatsApp from your business."))


def _number(rng: random.Random, i: int) -> str:
    prefix, digits = rng.choices([(p, d) for p, d, _ in MARKETS], [w for _, _, w in MARKETS])[0]
    return f"{prefix}{(5_000_000 + i * 7919 % 4_000_000) % 10 ** digits:0{digits}d}"


def seed_traffic(sessions: sessionmaker[Session], now: datetime | None = None, *, customers: int = 160,
                 newest_days: int = 8, oldest_days: int = 75, seed: int = 15) -> int:
    """Add the history (once: nothing if a campaign exists already); returns the messages written."""
    now = now or utcnow()
    rng = random.Random(seed)
    with sessions.begin() as session:
        if session.scalar(select(Campaign.id).limit(1)) is not None:
            return 0
        tags = {t.name: t.id for t in session.scalars(select(Tag))}
        for name in ("Newsletter", "Stammkunde", "Hochzeit"):
            if name not in tags:
                tag = Tag(name=name)
                session.add(tag)
                session.flush()
                tags[name] = tag.id
        people = []
        for i in range(customers):
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            phone = _number(rng, i)
            contact = Contact(phone_e164=phone, wa_id=phone[1:], display_name=name, profile_name=name.split()[0],
                              created_at=now - timedelta(days=oldest_days + 10))
            session.add(contact)
            people.append(contact)
        session.flush()
        chats = {}
        for contact in people:
            chat = Conversation(contact_id=contact.id, phone_number_id=PHONE_NUMBER_ID, unread_count=0)
            session.add(chat)
            chats[contact.id] = chat
        session.flush()
        links = {(c.id, tags[t]) for c in people for t in rng.sample(list(tags), rng.randint(0, 2))
                 if t in ("Newsletter", "Stammkunde", "Hochzeit")}
        session.execute(insert(contact_tags), [{"contact_id": c, "tag_id": t} for c, t in sorted(links)])

        messages: list[dict] = []
        seq = 0

        def message(contact: Contact, when: datetime, direction: str, text: str, *, template: str | None = None,
                    category: str | None = None, ptype: str | None = None, fate: str = "read",
                    error: tuple[int, str] | None = None) -> dict:
            nonlocal seq
            seq += 1
            row = {"wamid": f"wamid.DEMO.HIST.{seq:05d}", "conversation_id": chats[contact.id].id,
                   "contact_id": contact.id, "direction": direction, "type": "template" if template else "text",
                   "text": text, "template_name": template, "template_language": "de" if template else None,
                   "template_category": category.upper() if template and category else None, "timestamp": when,
                   "created_at": when, "correlation_id": "demo-history", "status": "received",
                   "status_at": None, "sent_at": None, "delivered_at": None, "read_at": None, "failed_at": None,
                   "error_code": None, "error_title": None, "error_text": None, "pricing_category": None,
                   "pricing_type": None, "pricing_billable": None, "pricing_model": None}
            if direction == "out":
                row["status"] = fate
                row["status_at"] = when + timedelta(minutes=2)
                if fate == "failed":
                    row.update(failed_at=when + timedelta(seconds=5), error_code=error[0], error_title=error[1],
                               error_text=error[1])
                elif fate == "unconfirmed":  # the answer to the send was lost: no sent time, no price
                    row.update(error_title="ReadTimeout", error_text=str(explain_unconfirmed()))
                else:
                    row["sent_at"] = when + timedelta(seconds=2)
                    row.update(pricing_category=category or "service", pricing_type=ptype or "free_customer_service",
                               pricing_billable=(ptype == "regular"), pricing_model="PMP")
                    if fate in ("delivered", "read"):
                        row["delivered_at"] = when + timedelta(seconds=5)
                    if fate == "read":
                        row["read_at"] = when + timedelta(minutes=rng.randint(1, 240))
            messages.append(row)
            chat = chats[contact.id]
            chat.last_message_at = max(chat.last_message_at or when, when)
            if direction == "in":
                chat.last_inbound_at = max(chat.last_inbound_at or when, when)
            return row

        newest, oldest = now - timedelta(days=newest_days), now - timedelta(days=oldest_days)
        # customers write: more on Fridays and Saturdays, mornings and early evenings
        day = oldest
        while day < newest:
            weekday = day.weekday()
            writers = rng.randint(2, 5) + (4 if weekday in (4, 5) else 0) - (2 if weekday == 6 else 0)
            for contact in rng.sample(people, max(0, writers)):
                hour = rng.choices([8, 9, 10, 11, 12, 14, 16, 17, 18, 19, 20, 21],
                                   [3, 6, 7, 5, 3, 3, 4, 6, 7, 6, 4, 2])[0]
                asked = day.replace(hour=hour, minute=rng.randint(0, 59)) - timedelta(hours=1)
                if asked >= newest:
                    continue
                message(contact, asked, "in", rng.choice(QUESTIONS))
                if rng.random() < 0.93:  # most get an answer: minutes in opening hours, else the next morning
                    wait = timedelta(minutes=rng.choice([2, 4, 7, 12, 20, 35, 55, 90, 180, 600]))
                    message(contact, asked + wait, "out", rng.choice(ANSWERS), fate=rng.choice(["read", "read",
                                                                                                "delivered"]))
                if rng.random() < 0.35:  # an order: ready the next day, the notice is a utility template
                    ready = asked + timedelta(hours=rng.randint(18, 30))
                    if ready < newest:
                        inside = ready - asked < timedelta(hours=24)
                        message(contact, ready, "out", "Ihre Bestellung liegt zur Abholung bereit.",
                                template="order_ready", category="utility",
                                ptype="free_customer_service" if inside else "regular")
            day += timedelta(days=1)

        # campaigns: a marketing template to the newsletter readers, some answer, some fail
        campaign_rows = []
        for name, template, days_ago in CAMPAIGNS:
            start = (now - timedelta(days=days_ago)).replace(hour=10, minute=0)
            if start >= newest or start < oldest:
                continue
            campaign = Campaign(name=name, template_name=template, template_language="de",
                                template_category="MARKETING", status="done", started_at=start,
                                finished_at=start + timedelta(minutes=20), created_at=start - timedelta(days=1))
            session.add(campaign)
            session.flush()
            audience = rng.sample(people, int(customers * 0.7))
            for n, contact in enumerate(audience):
                when = start + timedelta(seconds=6 * n)
                roll = rng.random()
                if roll < 0.05:
                    row = message(contact, when, "out", f"{name}-Angebot", template=template, category="marketing",
                                  fate="failed", error=rng.choices(FAILURES, [5, 3, 2])[0])
                else:
                    fate = "read" if roll < 0.7 else "delivered" if roll < 0.95 else "sent"
                    row = message(contact, when, "out", f"{name}-Angebot", template=template, category="marketing",
                                  ptype="regular", fate=fate)
                    if fate == "read" and rng.random() < 0.18:
                        message(contact, when + timedelta(minutes=rng.randint(5, 600)), "in",
                                rng.choice(["Reservieren", "Ich hätte gern einen!", "Keine Angebote"]))
                campaign_rows.append((campaign.id, contact.id, row))

        # two answers WhatsApp never confirmed (the connection broke as they went out); no random draw, so the
        # rest of the history stays as it was
        for contact, back in ((people[0], timedelta(days=2, hours=3)), (people[1], timedelta(days=5, hours=6))):
            message(contact, newest - back, "out", ANSWERS[0], fate="unconfirmed")

        session.execute(insert(Message), messages)
        rows = session.execute(select(Message.wamid, Message.id).where(Message.wamid.like("wamid.DEMO.HIST.%")))
        ids = {wamid: message_id for wamid, message_id in rows}
        session.execute(insert(CampaignRecipient), [
            {"campaign_id": cid, "contact_id": contact_id, "phone_e164": None, "wamid": row["wamid"],
             "message_id": ids[row["wamid"]], "state": row["status"], "attempts": 1, "sent_at": row["sent_at"],
             "error_code": row["error_code"], "updated_at": row["timestamp"]}
            for cid, contact_id, row in campaign_rows])

        # consent: opt-ins from the shop's paper list and the button, opt-outs by keyword and in WhatsApp
        events = []
        for contact in rng.sample(people, int(customers * 0.6)):
            events.append({"contact_id": contact.id, "kind": "opt_in", "scope": "marketing",
                           "source": rng.choices(["import", "button", "manual"], [5, 3, 1])[0],
                           "occurred_at": oldest + timedelta(days=rng.randint(0, oldest_days - newest_days - 1),
                                                             hours=rng.randint(8, 19)),
                           "created_at": now})
        for contact in rng.sample(people, 9):
            events.append({"contact_id": contact.id, "kind": "opt_out", "scope": "marketing",
                           "source": rng.choice(["keyword", "keyword", "meta_131050"]),
                           "occurred_at": oldest + timedelta(days=rng.randint(20, oldest_days - newest_days - 1)),
                           "created_at": now})
        session.execute(insert(ConsentEvent), events)
    return len(messages)


def simulator_rates_csv(folder) -> Path:
    """The simulator's own card written as one of Meta's rate CSVs (same layout), so the demo shop can import
    it and its amounts agree with what the simulator's ``pricing_analytics`` charges."""
    from klaros_sim.analytics import RATES

    markets = {"Germany": "DE", "United Kingdom": "GB", "North America": "US", "India": "IN",
               "Netherlands": "OTHER", "Rest of Western Europe": "OTHER", "Other": "OTHER"}
    lines = ["WhatsApp Business Platform - Rates (the Klaros simulator's card, in the layout of Meta's CSV)",
             "Market,Currency,Marketing,Utility,Authentication,Authentication-International,Service"]
    for market, key in markets.items():
        rates = {**RATES["OTHER"], **RATES[key]}
        cells = [str(rates[c]) if c in rates else "n/a" for c in ("marketing", "utility", "authentication",
                                                                  "authentication_international")]
        lines.append(",".join([market, "$US", *cells, "n/a"]))
    path = Path(folder) / "simulator-rates-usd.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def import_simulator_rates(sessions: sessionmaker[Session], folder, effective_from) -> None:
    """Import the simulator's card into the demo profile for the dates from ``effective_from``."""
    from klaros_desktop.services.pricing import rates_csv

    rates_csv.import_file(sessions, simulator_rates_csv(folder), effective_from=effective_from, actor="demo")
