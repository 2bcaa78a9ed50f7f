"""What the inbound batch writes: only the columns a status moved (each column in an UPDATE's SET list fires
the triggers that watch it, whatever its value)."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from sqlalchemy import event, select

from klaros_desktop.models import Contact, Conversation, Message

WA = "4915112345678"


def _outbound(sessions, wamid: str, **columns) -> None:
    with sessions.begin() as s:
        contact = s.scalar(select(Contact).where(Contact.wa_id == WA))
        if contact is None:
            contact = Contact(phone_e164="+" + WA, wa_id=WA)
            s.add(contact)
            s.flush()
            s.add(Conversation(contact_id=contact.id, phone_number_id="x"))
            s.flush()
        conv = s.scalar(select(Conversation.id).where(Conversation.contact_id == contact.id))
        s.add(Message(wamid=wamid, conversation_id=conv, contact_id=contact.id, direction="out", type="text",
                      text="Ihre Bestellung", timestamp=datetime(2026, 11, 1, tzinfo=UTC), **columns))


def _message_updates(sessions, apply, *bodies) -> list[list[str]]:
    """The SET columns of each UPDATE of messages while ``bodies`` are applied."""
    engine = sessions.kw["bind"]
    seen: list[list[str]] = []

    def listen(_conn, _cursor, statement, _params, _context, _executemany):
        found = re.match(r"\s*UPDATE messages SET (.*) WHERE", statement, re.S)
        if found:
            seen.append(sorted(part.split("=")[0].strip() for part in found.group(1).split(",")))

    event.listen(engine, "before_cursor_execute", listen)
    try:
        apply(*bodies)
    finally:
        event.remove(engine, "before_cursor_execute", listen)
    return seen


def test_a_status_writes_only_the_columns_it_moved(apply, sessions, wh):
    delivered = datetime(2026, 11, 1, 10, tzinfo=UTC)
    _outbound(sessions, "wamid.out", status="delivered", status_at=delivered, sent_at=delivered,
              delivered_at=delivered, pricing_category="service", pricing_type="free_customer_service",
              pricing_billable=False, pricing_model="PMP")
    read = wh.status("wamid.out", "read", int(datetime(2026, 11, 1, 11, tzinfo=UTC).timestamp()), WA)
    assert _message_updates(sessions, apply, read) == [["read_at", "status", "status_at"]]
    with sessions() as s:
        m = s.scalar(select(Message).where(Message.wamid == "wamid.out"))
        assert (m.status, m.read_at.hour, m.delivered_at, m.pricing_model) == ("read", 11, delivered, "PMP")
    late_delivered = wh.status("wamid.out", "delivered", int(datetime(2026, 11, 1, 12, tzinfo=UTC).timestamp()), WA)
    assert _message_updates(sessions, apply, late_delivered) == []  # moved nothing: not written at all
