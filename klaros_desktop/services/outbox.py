"""Messages written while offline: kept in the profile until the connection is back, then sent.

Plain Python (no Qt): the queue is a list in ``app_settings`` under ``ui.outbox``, so it survives a restart.
Sending an item goes through the send service, which asks ``may_send`` again at that moment, so a
window that closed (or an opt-out that arrived) while offline stops the message instead of breaking rules.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop.models import utcnow
from klaros_desktop.services import audit, settings

KEY = "ui.outbox"


@dataclass(frozen=True)
class OutboxItem:
    id: str
    contact_id: int
    number: str
    text: str
    queued_at: datetime

    def to_json(self) -> dict:
        return {"id": self.id, "contact_id": self.contact_id, "number": self.number, "text": self.text,
                "queued_at": self.queued_at.isoformat()}

    @classmethod
    def from_json(cls, data: dict) -> OutboxItem:
        return cls(data["id"], int(data["contact_id"]), data["number"], data["text"],
                   datetime.fromisoformat(data["queued_at"]))


class Outbox:
    def __init__(self, sessions: sessionmaker[Session]):
        self.sessions = sessions

    def items(self, contact_id: int | None = None) -> list[OutboxItem]:
        with self.sessions() as session:
            raw = settings.get(session, KEY) or []
        items = [OutboxItem.from_json(d) for d in raw if isinstance(d, dict)]
        return [i for i in items if contact_id is None or i.contact_id == contact_id]

    def add(self, contact_id: int, number: str, text: str) -> OutboxItem:
        if not text.strip():
            raise ValueError("the message is empty")
        item = OutboxItem(secrets.token_hex(6), contact_id, number, text, utcnow())
        with self.sessions.begin() as session:
            raw = list(settings.get(session, KEY) or [])
            raw.append(item.to_json())
            settings.set_value(session, KEY, raw)
            audit.record(session, "outbox_queued", subject=number, details={"item": item.id, "contact_id": contact_id})
        return item

    def remove(self, item_id: str) -> None:
        with self.sessions.begin() as session:
            raw = [d for d in (settings.get(session, KEY) or []) if d.get("id") != item_id]
            settings.set_value(session, KEY, raw)
            audit.record(session, "outbox_removed", details={"item": item_id})
