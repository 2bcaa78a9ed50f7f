"""Seed a small demo shop: contacts with tags, notes and custom fields, conversations and templates.

Inbound messages go through ``WebhookApplier`` exactly as sync applies them (so STOP becomes an opt-out
with its evidence, windows and unread counts are right); outbound messages are stored as the send
service stores them, with statuses at every stage. Times are relative to ``now`` so windows are live.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop.models import Contact, Conversation, Message, utcnow
from klaros_desktop.services.core import settings
from klaros_desktop.services.inbound.apply import WebhookApplier
from klaros_desktop.services.messaging import policy, templates
from klaros_desktop.services.messaging.sending import sent_text_and_parts
from klaros_desktop.services.people import contacts as contact_service

PHONE_NUMBER_ID = "106540352242922"
WABA_ID = "102290129340398"
SHOP_NAME = "Blumen Becker"

TEMPLATES = [
    {"id": "9001", "name": "order_ready", "language": "de", "status": "APPROVED", "category": "UTILITY",
     "components": [{"type": "BODY", "text": "Hallo {{1}}, Ihre Bestellung {{2}} liegt zur Abholung bereit. "
                                             "Bis gleich bei Blumen Becker!"}]},
    {"id": "9002", "name": "order_ready", "language": "en", "status": "APPROVED", "category": "UTILITY",
     "components": [{"type": "BODY", "text": "Hi {{1}}, your order {{2}} is ready for pickup."}]},
    {"id": "9003", "name": "weekly_offer", "language": "de", "status": "APPROVED", "category": "MARKETING",
     "components": [{"type": "HEADER", "format": "TEXT", "text": "Angebot der Woche"},
                    {"type": "BODY", "text": "Hallo {{1}}, diese Woche: {{2}}. Antworten Sie STOP, um keine "
                                             "Angebote mehr zu bekommen."},
                    {"type": "FOOTER", "text": "Blumen Becker, Hauptstraße 5"},
                    {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "Reservieren"},
                                                    {"type": "QUICK_REPLY", "text": "Keine Angebote"}]}]},
    {"id": "9004", "name": "appointment_reminder", "language": "de", "status": "APPROVED", "category": "UTILITY",
     "components": [{"type": "BODY", "text": "Erinnerung: Ihr Termin für die Hochzeitsfloristik ist am {{1}} "
                                             "um {{2}} Uhr."}]},
    {"id": "9005", "name": "christmas_trees", "language": "de", "status": "PENDING", "category": "MARKETING",
     "components": [{"type": "BODY", "text": "Weihnachtsbäume sind da! Reservieren Sie Ihren bis {{1}}."}]},
    {"id": "9006", "name": "free_gift", "language": "de", "status": "REJECTED", "category": "MARKETING",
     "rejected_reason": "PROMOTIONAL",
     "components": [{"type": "BODY", "text": "Gratis-Geschenk für alle! Klicken Sie hier."}]},
]

# A template with a picture at the top, named values, a link and a call button, as Meta's template node has it;
# not part of the seeded list (the screens' figures stay), the screenshots open it in the editor.
MEDIA_TEMPLATE = {
    "id": "9010", "name": "bouquet_of_the_week", "language": "de", "status": "APPROVED", "category": "MARKETING",
    "parameter_format": "NAMED",
    "components": [
        {"type": "HEADER", "format": "IMAGE",
         "example": {"header_handle": ["https://scontent.whatsapp.net/v/t61/bouquet-example.jpg"]}},
        {"type": "BODY", "text": "Hallo {{first_name}}, unser Strauß der Woche: {{bouquet}}. Reservieren Sie ihn "
                                 "bis Samstag.",
         "example": {"body_text_named_params": [{"param_name": "first_name", "example": "Anna"},
                                                {"param_name": "bouquet", "example": "Pfingstrosen mit Eukalyptus"}]}},
        {"type": "FOOTER", "text": "Blumen Becker, Hauptstraße 5"},
        {"type": "BUTTONS", "buttons": [
            {"type": "URL", "text": "Zum Strauß", "url": "https://blumen-becker.example/strauss/{{1}}",
             "example": ["https://blumen-becker.example/strauss/KW23"]},
            {"type": "PHONE_NUMBER", "text": "Anrufen", "phone_number": "+4930123456"},
            {"type": "QUICK_REPLY", "text": "Keine Angebote"}]}]}

# name, number, tags, notes, custom fields
CONTACTS = [
    ("Anna Schmidt", "+4915112345601", ["Stammkunde", "Hochzeit"], "Hochzeit am 14. Juni, mag Pfingstrosen.",
     {"Lieblingsblume": "Pfingstrose", "Kundennummer": "K-1001"}),
    ("Mehmet Yilmaz", "+4915112345602", ["Großhandel"], "Café Yilmaz, wöchentliche Lieferung dienstags.",
     {"Firma": "Café Yilmaz", "Kundennummer": "K-1002"}),
    ("Julia Wagner", "+4915112345603", ["Stammkunde", "Newsletter"], "", {"Kundennummer": "K-1003"}),
    ("Thomas Müller", "+4915112345604", ["Newsletter"], "Hat per WhatsApp abbestellt.", {}),
    ("Sofia Rossi", "+393471234567", ["Hochzeit"], "Italienische Gäste, spricht Englisch.", {"Sprache": "en"}),
    ("Lukas Becker", "+4915112345606", ["Familie"], "Bruder der Inhaberin.", {}),
    ("Emma Fischer", "+4915112345607", ["Stammkunde"], "", {"Geburtstag": "03.09."}),
    ("Hotel Krone", "+4915112345608", ["Großhandel", "Firmenkunde"], "Tischdeko jeden Freitag.",
     {"Firma": "Hotel Krone", "Ansprechpartner": "Frau Berger"}),
    ("Lea Hoffmann", "+4915112345609", ["Newsletter"], "", {}),
    ("Paul Weber", "+4915112345610", [], "", {}),
    ("Marie Schulz", "+4915112345611", ["Stammkunde", "Newsletter"], "Bezahlt immer bar.", {}),
    ("Jonas Koch", "+4915112345612", [], "Interessiert an Trauerfloristik.", {}),
    ("Clara Richter", "+4915112345613", ["Hochzeit"], "", {"Termin": "22.08."}),
    ("Ben Klein", "+4915112345614", ["Newsletter"], "", {}),
    ("Hannah Wolf", "+4915112345615", ["Stammkunde"], "", {}),
    ("Restaurant Linde", "+4915112345616", ["Firmenkunde"], "Rechnung monatlich.", {"Firma": "Linde GmbH"}),
]


def _wa(phone: str) -> str:
    return phone.lstrip("+")


def _envelope(value: dict) -> dict:
    value = {"messaging_product": "whatsapp",
             "metadata": {"display_phone_number": "4930123456", "phone_number_id": PHONE_NUMBER_ID}, **value}
    return {"object": "whatsapp_business_account",
            "entry": [{"id": WABA_ID, "changes": [{"value": value, "field": "messages"}]}]}


class _Writer:
    def __init__(self, session: Session, now: datetime):
        self.session = session
        self.now = now
        self.applier = WebhookApplier(session, actor="demo")
        self.seq = 0

    def inbound(self, phone: str, name: str, text: str, ago: timedelta, *, reply_to: str | None = None) -> str:
        self.seq += 1
        wamid = f"wamid.DEMO.IN.{self.seq:04d}"
        msg = {"from": _wa(phone), "id": wamid, "timestamp": str(int((self.now - ago).timestamp())),
               "type": "text", "text": {"body": text}}
        if reply_to:
            msg["context"] = {"from": PHONE_NUMBER_ID, "id": reply_to}
        self.applier.apply(_envelope({"contacts": [{"profile": {"name": name}, "wa_id": _wa(phone)}],
                                      "messages": [msg]}), correlation_id="demo-seed")
        return wamid

    def inbound_media(self, phone: str, name: str, kind: str, caption: str | None, ago: timedelta) -> str:
        self.seq += 1
        wamid = f"wamid.DEMO.IN.{self.seq:04d}"
        body = {"id": f"media-{self.seq}", "mime_type": "image/jpeg" if kind == "image" else "audio/ogg"}
        if caption:
            body["caption"] = caption
        msg = {"from": _wa(phone), "id": wamid, "timestamp": str(int((self.now - ago).timestamp())),
               "type": kind, kind: body}
        self.applier.apply(_envelope({"contacts": [{"profile": {"name": name}, "wa_id": _wa(phone)}],
                                      "messages": [msg]}), correlation_id="demo-seed")
        return wamid

    def outbound(self, phone: str, text: str, ago: timedelta, status: str, *, template: str | None = None,
                 error: tuple[int, str, str] | None = None, params: list[str] | None = None) -> str:
        """``params``: a template's values, so it is stored as the send service stores it (title, body, footer,
        buttons) when the template is known here; else ``text`` as given."""
        self.seq += 1
        wamid = f"wamid.DEMO.OUT.{self.seq:04d}"
        contact = contact_service.find_by_number(self.session, phone)
        conv = self.session.query(Conversation).filter_by(contact_id=contact.id).one_or_none()
        if conv is None:
            conv = Conversation(contact_id=contact.id, phone_number_id=PHONE_NUMBER_ID, unread_count=0)
            self.session.add(conv)
            self.session.flush()
        when = self.now - ago
        parts = None
        if template and params is not None:
            found = policy.find_template(self.session, template, "de")
            shown, parts = sent_text_and_parts(found, params)
            text = shown if parts else text
        message = Message(wamid=wamid, conversation_id=conv.id, contact_id=contact.id, direction="out",
                          type="template" if template else "text", text=text, template_name=template,
                          template_parts=parts,
                          template_language="de" if template else None, timestamp=when, status=status,
                          status_at=when, sent_at=when if status != "failed" else None,
                          correlation_id="demo-seed")
        if error:
            message.error_code, message.error_title, message.error_text = error
            message.failed_at = when
        self.session.add(message)
        if conv.last_message_at is None or when > conv.last_message_at:
            conv.last_message_at = when
        self.session.flush()
        return wamid


def _history(w: _Writer, p: dict[str, str], now: datetime) -> None:
    """Only what happened before the demo starts (older than the simulated customers' live messages)."""
    h, d, m = (lambda n: timedelta(hours=n)), (lambda n: timedelta(days=n)), (lambda n: timedelta(minutes=n))
    w.inbound(p["Julia Wagner"], "Julia", "Ist mein Gesteck fertig?", h(24) - m(2))  # window closes in 2 minutes
    w.outbound(p["Julia Wagner"], "Morgen ab 10 Uhr!", h(23.9), "read")
    w.outbound(p["Hotel Krone"], "Hallo Frau Berger, Ihre Bestellung TD-4711 liegt zur Abholung bereit.",
               d(1.2), "delivered", template="order_ready", params=["Frau Berger", "TD-4711"])
    w.inbound(p["Lukas Becker"], "Lukas", "Sonntag Kaffee bei Mama?", d(6))
    w.outbound(p["Lukas Becker"], "Klar, 15 Uhr!", d(6) - m(5), "read")
    for conv in w.session.query(Conversation):
        conv.unread_count = 0


def seed_demo_shop(sessions: sessionmaker[Session], now: datetime | None = None, *, live: bool = False) -> None:
    """Fill an empty profile with the demo shop (does nothing if the profile has contacts).

    ``live=True`` (``klaros demo``): templates come from the simulator, and the recent customer messages
    are left to ``demo.director``, which has the simulated customers send them through Meta and the relay.
    """
    now = now or utcnow()
    h, m, d = (lambda n: timedelta(hours=n)), (lambda n: timedelta(minutes=n)), (lambda n: timedelta(days=n))
    with sessions.begin() as session:
        if session.query(Contact).count():
            return
        settings.set_many(session, {settings.PHONE_NUMBER_ID: PHONE_NUMBER_ID, settings.WABA_ID: WABA_ID,
                                    settings.DEFAULT_REGION: "DE",
                                    "ui.quick_replies": [
                                        {"shortcut": "hours", "text": "Wir haben Mo–Fr 8–18 Uhr und Sa 8–14 Uhr "
                                                                      "geöffnet."},
                                        {"shortcut": "address", "text": "Blumen Becker, Hauptstraße 5, 10115 Berlin"},
                                        {"shortcut": "thanks", "text": "Vielen Dank für Ihre Bestellung!"}]})
        if not live:
            templates.store(session, TEMPLATES)
        for name, phone, tags, notes, custom in CONTACTS:
            contact = Contact(display_name=name, phone_e164=phone, wa_id=_wa(phone), notes=notes,
                              custom_fields=custom, country="IT" if phone.startswith("+39") else "DE")
            session.add(contact)
            session.flush()
            contact.tags = [contact_service.get_or_create_tag(session, t) for t in tags]
        w = _Writer(session, now)
        p = {name: phone for name, phone, *_ in CONTACTS}
        if live:
            _history(w, p, now)
            return
        # Anna: lively thread, window open, ticks at every stage, a reply with context, a photo
        a1 = w.inbound(p["Anna Schmidt"], "Anna", "Hallo! Haben Sie für Samstag noch Pfingstrosen?", h(3))
        w.outbound(p["Anna Schmidt"], "Guten Tag Frau Schmidt, ja – rosa und weiß, je 3,50 € pro Stiel.", h(2.9),
                   "read")
        w.inbound(p["Anna Schmidt"], "Anna", "Super, dann bitte 20 rosa für den Brautstrauß.", h(2.5), reply_to=a1)
        w.inbound_media(p["Anna Schmidt"], "Anna", "image", "So ungefähr stelle ich mir den Strauß vor", h(2.4))
        w.outbound(p["Anna Schmidt"], "Wunderschön! Ich reserviere Ihnen 20 Stiel. Abholung Samstag ab 9 Uhr?",
                   h(2.2), "delivered")
        w.inbound(p["Anna Schmidt"], "Anna", "Perfekt, danke! Bis Samstag :)", m(12))
        # Mehmet: wholesale, window open, last outbound just sent (single tick)
        w.inbound(p["Mehmet Yilmaz"], "Mehmet", "Moin, diese Woche bitte 12 Tischsträuße statt 10.", h(5))
        w.outbound(p["Mehmet Yilmaz"], "Geht klar, 12 Tischsträuße am Dienstag.", m(40), "sent")
        # Julia: window expired 30 h ago -> templates only
        w.inbound(p["Julia Wagner"], "Julia", "Ist mein Gesteck fertig?", h(30))
        w.outbound(p["Julia Wagner"], "Morgen ab 10 Uhr!", h(29.5), "read")
        # Thomas: opted out with STOP
        w.outbound(p["Thomas Müller"], "Hallo Thomas, diese Woche: Tulpen im Bund für 4,99 €.", d(2),
                   "read", template="weekly_offer", params=["Thomas", "Tulpen im Bund für 4,99 €"])
        w.inbound(p["Thomas Müller"], "Thomas", "STOP", d(1.9))
        # Sofia: a failed message with Meta's reason
        w.inbound(p["Sofia Rossi"], "Sofia", "Hello, can you deliver flowers to the church on Saturday?", h(50))
        w.outbound(p["Sofia Rossi"], "Hello Sofia, yes we can – what time is the ceremony?", h(26), "failed",
                   error=(131047, "Re-engagement message", "Message failed to send because more than 24 hours "
                                                           "have passed since the customer last replied."))
        # Hotel Krone: utility template, delivered
        w.outbound(p["Hotel Krone"], "Hallo Frau Berger, Ihre Bestellung TD-4711 liegt zur Abholung bereit.",
                   d(1), "delivered", template="order_ready", params=["Frau Berger", "TD-4711"])
        w.inbound(p["Hotel Krone"], "Hotel Krone", "Danke, wir holen sie um 16 Uhr.", h(20))
        # Emma: voice message, unread
        w.inbound_media(p["Emma Fischer"], "Emma", "audio", None, m(3))
        w.inbound(p["Emma Fischer"], "Emma", "Kann ich einen Geburtstagsstrauß für Freitag bestellen?", m(2))
        # Lukas: old conversation
        w.inbound(p["Lukas Becker"], "Lukas", "Sonntag Kaffee bei Mama?", d(6))
        w.outbound(p["Lukas Becker"], "Klar, 15 Uhr!", d(6) - m(5), "read")
        # the owner has read everything but the newest chats
        unread = {contact_service.find_by_number(session, p[n]).id for n in ("Emma Fischer", "Mehmet Yilmaz")}
        for conv in session.query(Conversation):
            if conv.contact_id not in unread:
                conv.unread_count = 0


def contact_ids_by_name(sessions: sessionmaker[Session]) -> dict[str, int]:
    """The seeded contacts' ids, so the screenshots can open the same chats on every run."""
    with sessions() as session:
        return {c.display_name: c.id for c in session.query(Contact)}
