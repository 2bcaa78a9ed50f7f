"""Greeting and away messages: Klaros answers a customer's message by itself, as the WhatsApp Business app does.

- **Greeting**: to a customer's first message, or their first after ``greeting_after_days`` of silence.
- **Away**: to a message that arrives outside the business hours (set per weekday, the shop's local time).

Only in answer to a message that just arrived (a backlog synced after days offline gets none), only through
``SendService.send_text`` and so through ``may_send`` (the window is open, they have not opted out), never
the same kind to the same contact twice within ``quiet_hours``, audited (``auto_reply``, then
``message_sent`` or ``send_failed``) and stored with ``Message.automatic`` so the thread marks it. When both
would apply, the away message goes (it says when the shop answers). The settings are one ``app_settings``
value (``auto_replies``), changed through ``settings.change`` (audited).
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop.models import Contact, Conversation, Message, utcnow
from klaros_desktop.phrases import QT_TRANSLATE_NOOP
from klaros_desktop.services.core import settings
from klaros_desktop.services.core.changes import Changes

GREETING, AWAY = "greeting", "away"
KEY = "auto_replies"
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
FRESH = timedelta(minutes=15)  # a message older than this when it reaches Klaros gets no automatic answer
_LAST_MINUTE = time(23, 59)
_CLOCK = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


@dataclass(frozen=True)
class Hours:
    """One weekday's opening time and closing time ("09:00", "18:00"); None: closed all day.

    The closing time is the first moment closed, except 23:59: the time fields stop there, so it is how a shop
    says "until midnight", and its last minute counts as open (no away message a minute before midnight)."""

    opens: str
    closes: str

    def contains(self, clock: time) -> bool:
        closes = _time(self.closes)
        if closes == _LAST_MINUTE:
            return _time(self.opens) <= clock
        return _time(self.opens) <= clock < closes


@dataclass(frozen=True)
class AutoReplies:
    greeting_on: bool = False
    greeting_text: str = ""
    away_on: bool = False
    away_text: str = ""
    hours: dict[str, Hours | None] = field(default_factory=lambda: {
        d: (Hours("09:00", "18:00") if d not in ("sat", "sun") else (Hours("09:00", "13:00") if d == "sat" else None))
        for d in DAYS})
    quiet_hours: int = 24  # the same kind not again to the same contact within this time
    greeting_after_days: int = 14

    def to_json(self) -> dict[str, Any]:
        return {"greeting": {"enabled": self.greeting_on, "text": self.greeting_text},
                "away": {"enabled": self.away_on, "text": self.away_text},
                "hours": {d: ([h.opens, h.closes] if h else None) for d, h in self.hours.items()},
                "quiet_hours": self.quiet_hours, "greeting_after_days": self.greeting_after_days}

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> AutoReplies:
        if not isinstance(data, dict):
            return cls()
        base = cls()
        hours = dict(base.hours)
        for day, value in (data.get("hours") or {}).items():
            if day in DAYS:
                hours[day] = Hours(*value) if isinstance(value, list) and len(value) == 2 else None
        greeting, away = data.get("greeting") or {}, data.get("away") or {}
        return cls(bool(greeting.get("enabled")), str(greeting.get("text") or ""), bool(away.get("enabled")),
                   str(away.get("text") or ""), hours, int(data.get("quiet_hours") or base.quiet_hours),
                   int(data.get("greeting_after_days") or base.greeting_after_days))

    def is_open(self, when: datetime) -> bool:
        """Whether the shop is open at ``when`` (aware), in this computer's local time."""
        local = when.astimezone()
        hours = self.hours.get(DAYS[local.weekday()])
        return hours is not None and hours.contains(local.time())


class AutoReplyError(ValueError):
    """The settings cannot be saved as they are; the message says what to change."""


def _time(clock: str) -> time:
    match = _CLOCK.match(clock.strip())
    if not match:
        raise AutoReplyError(f"{clock!r} is not a time of day like 09:00")
    return time(int(match.group(1)), int(match.group(2)))


def check(config: AutoReplies) -> None:
    """Refuse what would send nonsense: an empty text that is switched on, a day that closes before it opens."""
    if config.greeting_on and not config.greeting_text.strip():
        raise AutoReplyError(QT_TRANSLATE_NOOP("AutoReplies", "write the greeting message, or switch it off"))
    if config.away_on and not config.away_text.strip():
        raise AutoReplyError(QT_TRANSLATE_NOOP("AutoReplies", "write the away message, or switch it off"))
    for day, hours in config.hours.items():
        if hours is not None and _time(hours.opens) >= _time(hours.closes):
            raise AutoReplyError(QT_TRANSLATE_NOOP(
                "AutoReplies", "on {day} the shop closes before it opens").format(day=day))
    if config.quiet_hours < 1:
        raise AutoReplyError(QT_TRANSLATE_NOOP("AutoReplies", "wait at least one hour before the same reply"))


def load(sessions: sessionmaker[Session]) -> AutoReplies:
    with sessions() as session:
        return AutoReplies.from_json(settings.get(session, KEY))


def save(sessions: sessionmaker[Session], config: AutoReplies, *, actor: str = "user") -> Changes:
    """Check and store the settings (audited as a settings change)."""
    check(config)
    settings.save_changes(sessions, {KEY: config.to_json()}, actor=actor)
    return Changes(settings=True)


@dataclass(frozen=True)
class Due:
    contact_id: int
    number: str
    kind: str
    text: str


def due(session: Session, config: AutoReplies, conversation_ids: Iterable[int], now: datetime | None = None
        ) -> list[Due]:
    """The automatic replies these conversations' newest customer messages call for (none twice, none late)."""
    if not (config.greeting_on or config.away_on):
        return []
    now = now or utcnow()
    out = []
    for conversation in session.scalars(select(Conversation).where(Conversation.id.in_(list(conversation_ids)))):
        last = conversation.last_inbound_at
        contact = session.get(Contact, conversation.contact_id)
        if last is None or now - last > FRESH or contact is None or not contact.phone_e164:
            continue
        kind = None
        if config.away_on and not config.is_open(last):
            kind = AWAY
        elif config.greeting_on:
            earlier = session.scalar(select(func.max(Message.timestamp)).where(
                Message.contact_id == contact.id, Message.direction == "in", Message.timestamp < last))
            if earlier is None or last - earlier >= timedelta(days=config.greeting_after_days):
                kind = GREETING
        if kind is None:
            continue
        recently = session.scalar(select(Message.id).where(
            Message.contact_id == contact.id, Message.automatic.is_(True),
            Message.timestamp > now - timedelta(hours=config.quiet_hours),
            func.json_extract(Message.raw, "$.automatic") == kind).limit(1))
        if recently is not None:
            continue
        out.append(Due(contact.id, contact.phone_e164, kind,
                       config.away_text if kind == AWAY else config.greeting_text))
    return out


async def answer(sessions: sessionmaker[Session], sender: Any, conversation_ids: Iterable[int],
                 now: datetime | None = None) -> Changes:
    """Send the automatic replies these conversations call for, each through ``sender.send_text`` (so through
    ``may_send``); returns what the sends changed."""
    ids = list(conversation_ids)

    def _due() -> list[Due]:
        with sessions() as session:
            return due(session, AutoReplies.from_json(settings.get(session, KEY)), ids, now)

    changes = Changes()
    for one in await asyncio.to_thread(_due):
        outcome = await sender.send_text(one.number, one.text, automatic=one.kind)
        changes.merge(getattr(outcome, "changes", None))
    return changes
