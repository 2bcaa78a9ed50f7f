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

import csv
import io
import json
import logging
import os
import tempfile
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import (
    DataError,
    DBAPIError,
    IntegrityError,
    InterfaceError,
    ProgrammingError,
    StatementError,
)
from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop.models import SyncDeadLetter, utcnow
from klaros_desktop.phrases import QT_TRANSLATE_NOOP, Phrase
from klaros_desktop.relay_client import PulledEvent, SealError
from klaros_desktop.services.core import audit
from klaros_desktop.services.core.changes import Changes
from klaros_desktop.services.inbound import templates
from klaros_desktop.services.inbound.apply import MalformedWebhook, WebhookApplier, check_body

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


def name_of(body: Any, sender: str | None) -> str | None:
    """The WhatsApp profile name the body gives for ``sender``, if any."""
    for _field, value in _changes(body):
        contacts = value.get("contacts")
        for contact in contacts if isinstance(contacts, list) else []:
            profile = contact.get("profile") if isinstance(contact, dict) else None
            if str(contact.get("wa_id")) == sender and isinstance(profile, dict) and \
                    isinstance(profile.get("name"), str) and profile["name"].strip():
                return profile["name"].strip()
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


# ---------------------------------------------------------------------------------------------- for the shop owner
KINDS: dict[str, Phrase] = {
    "message": QT_TRANSLATE_NOOP("DeadLetters", "A customer's message"),
    "status": QT_TRANSLATE_NOOP("DeadLetters", "Ticks of a message you sent"),
    "template": QT_TRANSLATE_NOOP("DeadLetters", "News about a template"),
    "other": QT_TRANSLATE_NOOP("DeadLetters", "Another WhatsApp update"),
    "unknown": QT_TRANSLATE_NOOP("DeadLetters", "Not a WhatsApp update"),
    "unreadable": QT_TRANSLATE_NOOP("DeadLetters", "Could not be opened"),
}


def why(error_class: str) -> Phrase:
    """Why a dead letter could not be used, in plain words (the reason column says it for a technician)."""
    if error_class == "SealError":
        return QT_TRANSLATE_NOOP("DeadLetters", "It was locked for another computer, or damaged on the way, so "
                                                "this PC cannot open it.")
    if error_class in _NOT_READABLE:
        return QT_TRANSLATE_NOOP("DeadLetters", "It arrived damaged: it is not readable data.")
    if error_class == "MalformedWebhook":
        return QT_TRANSLATE_NOOP("DeadLetters", "It is not in the form WhatsApp uses, so Klaros does not know "
                                                "what to do with it.")
    return QT_TRANSLATE_NOOP("DeadLetters", "Part of it is in a form this version of Klaros cannot store. "
                                            "After an update, Try again may work.")


@dataclass(frozen=True)
class DeadLetter:
    """One dead letter as the screen and the CLI list it (not the body)."""

    id: int
    cursor: str
    correlation_id: str | None
    received_at: datetime | None
    failed_at: datetime
    kind: str
    error_class: str
    reason: str
    attempts: int
    sender: str | None  # the customer's WhatsApp number (digits), when the body names one
    sender_name: str | None  # their WhatsApp profile name, when the body gives it
    can_retry: bool  # False when this device cannot open it: trying again cannot help

    @property
    def when(self) -> datetime:
        """When it reached the relay (else when it failed here): the time the shop owner recognises."""
        return self.received_at or self.failed_at

    @property
    def what(self) -> Phrase:
        return KINDS.get(self.kind, KINDS["other"])

    @property
    def why(self) -> Phrase:
        return why(self.error_class)


def list_dead_letters(sessions: sessionmaker[Session]) -> list[DeadLetter]:
    """Every dead letter, newest first."""
    with sessions() as session:
        rows = session.scalars(select(SyncDeadLetter).order_by(SyncDeadLetter.id.desc())).all()
        letters = []
        for r in rows:
            sender = sender_of(r.body)
            letters.append(DeadLetter(
                id=r.id, cursor=r.cursor, correlation_id=r.correlation_id, received_at=r.received_at,
                failed_at=r.failed_at, kind=r.kind, error_class=r.error_class, reason=r.reason, attempts=r.attempts,
                sender=sender, sender_name=name_of(r.body, sender),
                can_retry=r.body is not None or r.body_text is not None))
        return letters


# ---------------------------------------------------------------------------------------------- export
COLUMNS = ("id", "cursor", "correlation_id", "received_at", "failed_at", "kind", "error_class", "reason", "attempts",
           "body", "body_text", "sealed")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # a spreadsheet would run such a cell


def _row(letter: SyncDeadLetter) -> dict[str, Any]:
    row = {name: getattr(letter, name) for name in COLUMNS}
    for name in ("received_at", "failed_at"):
        row[name] = row[name].isoformat().replace("+00:00", "Z") if row[name] else None
    return row


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return "'" + text if text.startswith(_FORMULA_START) else text


def export(sessions: sessionmaker[Session], path: Path, *, actor: str = "user") -> int:
    """Write every dead letter with its body to ``path``: CSV when it ends in ``.csv`` (bodies as JSON text),
    else JSON lines. Written beside ``path`` and moved into place when complete; audited; returns the count."""
    path = Path(path)
    as_csv = path.suffix.lower() == ".csv"
    with sessions() as session:
        rows = [_row(r) for r in session.scalars(select(SyncDeadLetter).order_by(SyncDeadLetter.id))]
    out = io.StringIO()
    if as_csv:
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        writer.writerows([_csv_cell(row[name]) for name in COLUMNS] for row in rows)
    else:
        out.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig" if as_csv else "utf-8", newline="") as stream:
            stream.write(out.getvalue())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    with sessions.begin() as session:
        audit.record(session, "dead_letters_exported", actor=actor, subject=path.name,
                     details={"count": len(rows), "format": "csv" if as_csv else "jsonl"})
    return len(rows)


# ---------------------------------------------------------------------------------------------- retry, discard
@dataclass
class RetryOutcome:
    applied: bool
    reason: Phrase | None = None  # why it still cannot be used (None when applied)
    changes: Changes = field(default_factory=Changes)  # what applying it changed, for the screens


def retry(sessions: sessionmaker[Session], dead_letter_id: int, *, actor: str = "user") -> RetryOutcome:
    """Apply a dead letter's stored body again: applied, it is removed; still at fault, it stays with the new
    reason and one more attempt. A failure that may pass (the database busy) is raised, nothing changed."""
    cid = audit.cause_id(actor)
    gone = RetryOutcome(False, QT_TRANSLATE_NOOP("DeadLetters", "It is no longer in the list."))
    try:
        with sessions.begin() as session:
            letter = session.get(SyncDeadLetter, dead_letter_id)
            if letter is None:
                return gone
            if letter.body is None and letter.body_text is None:
                return RetryOutcome(False, why("SealError"))
            body = letter.body if letter.body is not None else json.loads(letter.body_text or "")
            check_body(body)
            stats = WebhookApplier(session, actor=actor).apply_batch([(body, letter.correlation_id)])
            audit.record(session, "dead_letter_retried", actor=actor, subject=letter.cursor,
                         details={"dead_letter": letter.id, "outcome": "applied"}, correlation_id=cid)
            session.delete(letter)
    except Exception as exc:
        if not is_deterministic(exc):
            raise
        error_class, reason = describe(exc)
        with sessions.begin() as session:
            letter = session.get(SyncDeadLetter, dead_letter_id)
            if letter is None:
                return gone
            letter.error_class, letter.reason = error_class, reason
            letter.attempts += 1
            letter.failed_at = utcnow()
            audit.record(session, "dead_letter_retried", actor=actor, subject=letter.cursor,
                         details={"dead_letter": letter.id, "outcome": "failed", "error": f"{error_class}: {reason}"},
                         correlation_id=cid)
        return RetryOutcome(False, why(error_class), Changes(dead_letters=True))
    stats.changes.dead_letters = True
    return RetryOutcome(True, None, stats.changes)


def discard(sessions: sessionmaker[Session], dead_letter_id: int, *, actor: str = "user") -> bool:
    """Delete a dead letter for good (the shop owner decided it is not needed); audited. False if it was gone."""
    with sessions.begin() as session:
        letter = session.get(SyncDeadLetter, dead_letter_id)
        if letter is None:
            return False
        audit.record(session, "dead_letter_discarded", actor=actor, subject=letter.cursor,
                     details={"dead_letter": letter.id, "kind": letter.kind, "error_class": letter.error_class},
                     correlation_id=audit.cause_id(actor))
        session.execute(delete(SyncDeadLetter).where(SyncDeadLetter.id == dead_letter_id))
    return True
