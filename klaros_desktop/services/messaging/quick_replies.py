"""Quick replies: saved snippets the shop owner inserts by typing ``/`` and a few letters (no Qt here)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop.phrases import QT_TRANSLATE_NOOP
from klaros_desktop.services.core import audit, settings
from klaros_desktop.services.core.changes import Changes

KEY = "ui.quick_replies"


@dataclass(frozen=True)
class QuickReply:
    shortcut: str
    text: str


def clean_shortcut(value: str) -> str:
    word = "".join(value.strip().lstrip("/").split()).lower()
    if not word:
        raise ValueError(QT_TRANSLATE_NOOP("QuickReplies", "a quick reply needs a shortcut word, such as 'hours'"))
    return word


def load(sessions: sessionmaker[Session]) -> list[QuickReply]:
    with sessions() as session:
        raw = settings.get(session, KEY) or []
    return [QuickReply(d["shortcut"], d["text"]) for d in raw if isinstance(d, dict) and d.get("shortcut")]


def save(sessions: sessionmaker[Session], replies: list[QuickReply]) -> Changes:
    seen: dict[str, QuickReply] = {}
    for reply in replies:
        if not reply.text.strip():
            raise ValueError(QT_TRANSLATE_NOOP("QuickReplies", "the quick reply /{shortcut} has no text").format(
                shortcut=reply.shortcut))
        seen[clean_shortcut(reply.shortcut)] = QuickReply(clean_shortcut(reply.shortcut), reply.text)
    with sessions.begin() as session:
        settings.set_value(session, KEY, [{"shortcut": r.shortcut, "text": r.text} for r in seen.values()])
        audit.record(session, "quick_replies_saved", details={"count": len(seen), "shortcuts": list(seen)})
    return Changes(settings=True)


def matching(replies: list[QuickReply], typed: str) -> list[QuickReply]:
    """Replies whose shortcut starts with what follows the ``/`` (then those that merely contain it)."""
    word = typed.lstrip("/").lower()
    first = [r for r in replies if r.shortcut.startswith(word)]
    return first + [r for r in replies if word in r.shortcut and r not in first]
