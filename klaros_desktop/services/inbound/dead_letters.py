"""Dead letters: relay events sync could not apply because of the event itself, kept so nothing is lost.

The relay drops an event once the device acks it. Sync may pass over only an event at fault
(``is_deterministic``: it cannot be opened, is not a webhook, or what it carries cannot be stored), and
``record`` keeps it in ``sync_dead_letters`` with why, in the transaction that moves the cursor past it.
Everything else stops sync at the event, which then comes again (``sync.SyncStopped``).

The shop owner sees them (File → Messages Klaros could not read…, ``klaros sync --dead-letters``), exports
them, tries one again (a later version of Klaros may read it) or discards it. Their bodies are the customer's
data: the export archive holds them, erasing a person deletes the dead letters that name their number.
A reason never quotes the event's content: SQLite's messages name tables and columns, and Python's own
errors (whose text may quote a value) are described by where they were raised.
"""

from __future__ import annotations

import json
import logging
import traceback
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import (
    DataError,
    DBAPIError,
    IntegrityError,
    InterfaceError,
    ProgrammingError,
    StatementError,
)
from sqlalchemy.orm import Session

from klaros_desktop.models import SyncDeadLetter, utcnow
from klaros_desktop.relay_client import PulledEvent, SealError
from klaros_desktop.services.core import audit
from klaros_desktop.services.inbound import templates
from klaros_desktop.services.inbound.apply import MalformedWebhook, check_body

log = logging.getLogger(__name__)

PACKAGE = Path(__file__).resolve().parents[2]  # klaros_desktop/, to say where an error was raised

# What the database says when the data it was handed cannot be stored (a constraint, a value it cannot bind):
# the same event fails the same way every time. Locked, busy, disk I/O, full or corrupt are other classes.
_DATA_REFUSED = (IntegrityError, DataError)
_CANNOT_BIND = (ProgrammingError, InterfaceError)
# errors whose text is ours or the parser's and never quotes the event's content
_SAYS_NO_CONTENT = (MalformedWebhook, SealError, json.JSONDecodeError, UnicodeDecodeError, RecursionError)
_NOT_READABLE = {"JSONDecodeError", "UnicodeDecodeError", "RecursionError"}


def is_deterministic(exc: BaseException) -> bool:
    """Whether applying the same event again would fail the same way, so it may be set aside and skipped.

    Yes for a body that cannot be opened or is not a webhook (``SealError``, ``MalformedWebhook``) and for what a
    malformed body raises while it is applied: ``ValueError``, ``KeyError``, ``TypeError``, ``OverflowError``,
    also when SQLAlchemy wraps them while binding, and a value or constraint SQLite refuses. No for everything
    else: it may pass (locked, busy, disk, memory) or be a bug an update fixes, and skipping would lose the event.
    """
    if isinstance(exc, DBAPIError):
        return isinstance(exc, _DATA_REFUSED) or (isinstance(exc, _CANNOT_BIND) and "binding" in str(exc.orig))
    if isinstance(exc, StatementError) and exc.orig is not None:  # raised while SQLAlchemy bound a value
        exc = exc.orig
    return isinstance(exc, ValueError | KeyError | TypeError | OverflowError | RecursionError)


def _one_line(text: str, limit: int = 300) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[:limit - 1] + "…"


def _where(exc: BaseException) -> str:
    """``services/inbound/messages.py in store``: the innermost frame of Klaros's own code that raised it."""
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        path = Path(frame.filename)
        if path.is_relative_to(PACKAGE):
            return f"{path.relative_to(PACKAGE).as_posix()} in {frame.name}"
    return "while the event was applied"


def describe(exc: BaseException) -> tuple[str, str]:
    """The error's class and one line saying why, without the event's content (see the module's docstring)."""
    if isinstance(exc, DBAPIError):  # SQLite's own message: "UNIQUE constraint failed: messages.wamid"
        return type(exc).__name__, _one_line(str(exc.orig))
    if isinstance(exc, StatementError) and exc.orig is not None:
        exc = exc.orig
    if isinstance(exc, _SAYS_NO_CONTENT):
        return type(exc).__name__, _one_line(str(exc))
    return type(exc).__name__, _one_line(f"raised in {_where(exc)}")


def _changes(body: Any) -> Iterator[tuple[str, dict]]:
    entries = body.get("entry") if isinstance(body, dict) else None
    for entry in entries if isinstance(entries, list) else []:
        changes = entry.get("changes") if isinstance(entry, dict) else None
        for change in changes if isinstance(changes, list) else []:
            if isinstance(change, dict) and isinstance(change.get("value"), dict):
                yield str(change.get("field", "messages")), change["value"]


def kind_of(body: Any, *, opened: bool = True) -> str:
    """``message``, ``status``, ``template``, ``other`` (another webhook field), ``unknown`` (not a webhook) or
    ``unreadable`` (not opened, or not JSON)."""
    if not opened:
        return "unreadable"
    try:
        check_body(body)
    except MalformedWebhook:
        return "unknown"
    found = set()
    for field_name, value in _changes(body):
        if field_name == "messages":
            found.update(k for k, key in (("message", "messages"), ("status", "statuses")) if value.get(key))
        else:
            found.add("template" if field_name in templates.FIELDS else "other")
    return next((k for k in ("message", "status", "template") if k in found), "other")


def sender_of(body: Any) -> str | None:
    """The customer's WhatsApp number (digits) the body names first: who wrote, or whom a status is about."""
    for _field, value in _changes(body):
        for key, items in (("from", value.get("messages")), ("recipient_id", value.get("statuses")),
                           ("wa_id", value.get("contacts"))):
            for item in items if isinstance(items, list) else []:
                if isinstance(item, dict) and isinstance(item.get(key), str | int) and str(item[key]):
                    return str(item[key])
    return None


def _parse_time(value: str | None) -> datetime | None:
    try:
        when = datetime.fromisoformat(value) if value else None
    except ValueError:
        return None
    return when if when is None or when.tzinfo else None


def record(session: Session, event: PulledEvent, error: BaseException, *, body: Any = None,
           body_text: str | None = None) -> SyncDeadLetter:
    """Keep ``event`` as a dead letter in the caller's transaction (the one moving the cursor past it), audited
    as ``sync_event_failed``. ``body``: the opened JSON; ``body_text``: the opened bytes that are not JSON;
    neither: it could not be opened, and its sealed form is kept."""
    error_class, reason = describe(error)
    opened = body is not None and body_text is None
    letter = session.scalar(select(SyncDeadLetter).where(SyncDeadLetter.cursor == event.cursor))
    if letter is None:  # the same event again (a cursor reset): one row, counted
        letter = SyncDeadLetter(cursor=event.cursor, attempts=0)
        session.add(letter)
    letter.correlation_id = event.correlation_id
    letter.received_at = _parse_time(event.received_at)
    letter.failed_at = utcnow()
    letter.kind = kind_of(body, opened=opened)
    letter.error_class, letter.reason = error_class, reason
    letter.attempts += 1
    letter.body = body if opened else None
    letter.body_text = body_text
    letter.sealed = None if body is not None or body_text is not None else event.sealed
    session.flush()
    log.warning("event %s set aside as dead letter %d: %s: %s", event.cursor, letter.id, error_class, reason,
                extra={"correlation_id": event.correlation_id})
    audit.record(session, "sync_event_failed", actor="sync", subject=event.cursor,
                 details={"error": f"{error_class}: {reason}", "kind": letter.kind, "dead_letter": letter.id},
                 correlation_id=event.correlation_id)
    return letter
