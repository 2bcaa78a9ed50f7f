"""A migrated profile and a small shop builder: contacts, chats, messages written as Klaros writes them, and
Meta's status webhooks applied through the real inbound applier, in whatever order a test gives them."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import pytest

from klaros_desktop import db
from klaros_desktop.models import Contact, Conversation, Message

PHONE_NUMBER_ID = "106540352242922"
WABA_ID = "102290129340398"
T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)  # a Monday


def envelope(value: dict) -> dict:
    value = {"messaging_product": "whatsapp",
             "metadata": {"display_phone_number": "15550783881", "phone_number_id": PHONE_NUMBER_ID}, **value}
    return {"object": "whatsapp_business_account",
            "entry": [{"id": WABA_ID, "changes": [{"value": value, "field": "messages"}]}]}


class Shop:
    def __init__(self, sessions):
        self.sessions = sessions
        self._ids = itertools.count(1)
        self.contacts: dict[str, int] = {}
        self.conversations: dict[str, int] = {}

    def contact(self, phone: str, name: str = "Kunde") -> int:
        if phone not in self.contacts:
            with self.sessions.begin() as s:
                contact = Contact(phone_e164=phone, wa_id=phone[1:], display_name=name)
                s.add(contact)
                s.flush()
                chat = Conversation(contact_id=contact.id, phone_number_id=PHONE_NUMBER_ID)
                s.add(chat)
                s.flush()
                self.contacts[phone], self.conversations[phone] = contact.id, chat.id
        return self.contacts[phone]

    def message(self, phone: str, when: datetime, direction: str = "out", *, template: str | None = None,
                category: str | None = None, status: str | None = None) -> str:
        self.contact(phone)
        wamid = f"wamid.test.{next(self._ids)}"
        with self.sessions.begin() as s:
            s.add(Message(wamid=wamid, conversation_id=self.conversations[phone], contact_id=self.contacts[phone],
                          direction=direction, type="template" if template else "text", text="hallo",
                          template_name=template, template_category=category, timestamp=when,
                          status=status or ("received" if direction == "in" else "accepted")))
            if direction == "in":
                chat = s.get(Conversation, self.conversations[phone])
                chat.last_inbound_at = max(chat.last_inbound_at or when, when)
        return wamid

    def status(self, wamid: str, name: str, when: datetime, *, category: str | None = "utility",
               pricing_type: str | None = "regular", error: int | None = None) -> None:
        from klaros_desktop.services.inbound.apply import WebhookApplier

        phone = next(p for p, cid in self.contacts.items() if cid == self._contact_of(wamid))
        st: dict = {"id": wamid, "status": name, "timestamp": str(int(when.timestamp())), "recipient_id": phone[1:]}
        if name != "failed" and category is not None:
            st["pricing"] = {"billable": pricing_type == "regular", "pricing_model": "PMP", "type": pricing_type,
                             "category": category}
        if error is not None:
            st["errors"] = [{"code": error, "title": f"title {error}", "message": "m",
                             "error_data": {"details": f"details of {error}"}}]
        with self.sessions.begin() as s:
            WebhookApplier(s).apply(envelope({"statuses": [st]}), correlation_id="relay-test")

    def _contact_of(self, wamid: str) -> int:
        from sqlalchemy import select

        with self.sessions() as s:
            return s.scalar(select(Message.contact_id).where(Message.wamid == wamid))

    def delivered(self, phone: str, when: datetime, *, category="utility", pricing_type="regular",
                  template: str | None = None, read: bool = False) -> str:
        wamid = self.message(phone, when, template=template or ("promo" if category == "marketing" else None),
                             category=category)
        self.status(wamid, "sent", when + timedelta(seconds=1), category=category, pricing_type=pricing_type)
        self.status(wamid, "delivered", when + timedelta(seconds=2), category=category, pricing_type=pricing_type)
        if read:
            self.status(wamid, "read", when + timedelta(seconds=3), category=category, pricing_type=pricing_type)
        return wamid


@pytest.fixture
def sessions(profile):
    engine, factory = db.open_database(profile)
    yield factory
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(10_000)  # no screen's background read outlives its database
    engine.dispose()


@pytest.fixture
def shop(sessions):
    return Shop(sessions)
