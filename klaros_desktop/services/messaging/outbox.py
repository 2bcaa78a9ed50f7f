"""Messages written while offline: kept in the ``outbox_items`` table until they are sent or the shop owner
decides, never dropped.

Plain Python (no Qt); the UI only triggers ``flush`` and shows what it reports. Each item is sent through the
send service under its own correlation id ``outbox-<id>``, so its audit rows, log lines, Graph request and
``Message`` row tie up; the send service asks ``may_send`` again at that moment.

An item is a text, a file with its caption, or a template with everything filled in (its body's values, the
title's value or the map's place, the link buttons' values, a header file kept like a queued file's), checked
against the template again when it goes, so it is sent as it was previewed or held with the reason. A template
from a chat or ``klaros send`` is queued first and tried at once when online (``send_now``): a connection that
fails before the request leaves keeps it queued, as for any item; a refusal by ``may_send`` at once is not kept.

``flush`` sends due items oldest first, one flush at a time (a lock here, and a claim in the database: an
item is marked ``sending`` in its own commit before the Graph call, and only a ``pending`` item can be
claimed). What happens to an item:

- sent: the item is removed (``outbox_sent`` with the message id); its ``Message`` row is the thread's bubble;
- refused by ``may_send`` (window closed, opted out while offline): ``held`` with the reason *code*; the
  sentence is made from the code when shown (``held_reason``), so it is translated and current;
- transient failure (no connection before the request went out, Meta said it was not sent: 131000 or a rate
  limit, a token that is briefly refused): stays ``pending`` with ``next_attempt_at`` 5 s, 10 s, 20 s, ... at most 5 min
  later (``backoff``); the UI retries on a timer while online and at once on reconnect;
- Meta refused it for good (a 4xx with Meta's code: 131026, 131047, 132xxx, ...): ``held`` with Meta's code,
  title and details, said in the words of the one Meta error catalogue (``graph.errors.failure_reason``), the
  sentence a failed message's bubble shows;
- ambiguous (``graph.UnconfirmedSend``: the connection broke or timed out after the request went out, or Meta
  failed with a 5xx that does not say the message was not sent; Meta's ``/messages`` has no idempotency key):
  ``held`` with ``ambiguous``; never resent by itself, the shop owner checks first.

Message rows: the send service stores a ``pending`` Message before the Graph call. When an attempt ends in
anything but "sent", that row (found by the item's correlation id, no wamid) is deleted in the same
transaction that settles the item, so the outbox item is the only copy of an unsent text: retries never
pile up ``failed`` bubbles in the customer's thread, and the held bubble (with its reason) is the one place
the text is shown until it goes out. The audit trail keeps every attempt's ``send_failed`` row.

A held ambiguous item is sent after all when Meta's status webhook for it arrives: every send carries its
correlation id ``outbox-<id>`` as ``biz_opaque_callback_data``, which Meta echoes in the statuses, so sync hands
such a status to ``adopt_confirmed``: the item becomes the message it was (with Meta's wamid; its file, if any,
stays where the item kept it) and leaves the outbox (``outbox_sent``), and the status is merged into that message.

An item found ``sending`` when Klaros starts (it stopped mid-send) is settled by ``recover``: removed when a
Message with its correlation id has a wamid (Meta accepted it), else held as ambiguous. The claim names its
process (``claimed_by``: ``services.core.processes.me``), so an item claimed by another process that still runs
(a ``klaros send`` beside the app) is left to it, and one whose process is gone (``klaros send`` killed mid-send
while the app runs), or whose claim is older than any send takes (``CLAIM_STALE``), is settled the same way at
every flush, by the app and by ``klaros outbox send`` alike: never resent by itself.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop.graph.errors import AUTH_CODES, RATE_LIMIT_CODES, UnconfirmedSend, failure_reason
from klaros_desktop.models import Conversation, MediaFile, Message, OutboxItem, utcnow
from klaros_desktop.phrases import QT_TRANSLATE_NOOP, Phrase
from klaros_desktop.services.core import audit, processes
from klaros_desktop.services.core.changes import Changes
from klaros_desktop.services.media import kinds, storage
from klaros_desktop.services.messaging import buttons, policy, template_header
from klaros_desktop.services.messaging.sending import UploadFailed, sent_text_and_parts
from klaros_desktop.services.people.phones import InvalidNumber

log = logging.getLogger(__name__)

PENDING, SENDING, HELD = "pending", "sending", "held"
SENT, RETRY = "sent", "retry"  # attempt results besides HELD

BACKOFF_FIRST = timedelta(seconds=5)
BACKOFF_MAX = timedelta(minutes=5)

# reason codes of held items besides may_send's own (no_number, suppressed, opted_out, outside_window)
AMBIGUOUS = "ambiguous"
# A claim this old belongs to no send still running (the largest file at a slow upload takes minutes), whatever
# runs under its process number now
CLAIM_STALE = timedelta(hours=1)
META_ERROR = "meta_error"
INVALID_NUMBER = "invalid_number"
FAILED = "failed"

_TRANSIENT_META_CODES = {131000, 131016}  # Meta's "something went wrong" / "service unavailable"

HELD_REASONS: dict[str, Phrase] = {
    "outside_window": QT_TRANSLATE_NOOP(
        "Outbox", "Not sent: the 24-hour window had closed by the time Klaros was back online. Send an approved "
        "template instead."),
    "opted_out": QT_TRANSLATE_NOOP(
        "Outbox", "Not sent: the customer opted out of messages before Klaros was back online."),
    "suppressed": QT_TRANSLATE_NOOP(
        "Outbox", "Not sent: this number belongs to a person whose data was erased."),
    "no_number": QT_TRANSLATE_NOOP("Outbox", "Not sent: the contact has no phone number."),
    AMBIGUOUS: QT_TRANSLATE_NOOP(
        "Outbox", "WhatsApp did not confirm this message (the connection broke or WhatsApp failed while it was "
        "being sent), so it may have reached the customer. Check with them before sending it again."),
    INVALID_NUMBER: QT_TRANSLATE_NOOP("Outbox", "Not sent: the contact's number cannot receive WhatsApp messages."),
    "template_unknown": QT_TRANSLATE_NOOP(
        "Outbox", "Not sent: Meta no longer has this template (it was deleted while Klaros was offline)."),
    "template_not_approved": QT_TRANSLATE_NOOP(
        "Outbox", "Not sent: Meta no longer approves this template (it was paused or disabled while Klaros was "
        "offline)."),
    "marketing_opt_out": QT_TRANSLATE_NOOP(
        "Outbox", "Not sent: the customer stopped marketing messages before Klaros was back online."),
    "marketing_suppressed": QT_TRANSLATE_NOOP("Outbox", "Not sent: this number must not receive marketing messages."),
    "link_value": QT_TRANSLATE_NOOP(
        "Outbox", "Not sent: the template changed while Klaros was offline and the values filled in no longer fit "
        "it. Delete this message and choose the template again."),
    "header_value": QT_TRANSLATE_NOOP(
        "Outbox", "Not sent: the template changed while Klaros was offline and the values filled in no longer fit "
        "it. Delete this message and choose the template again."),
}

# may_send's refusals: a template refused when it was about to go at once is not queued (the shop owner is told)
REFUSALS = frozenset({"no_number", "suppressed", "opted_out", "outside_window", "template_unknown",
                      "template_not_approved", "marketing_opt_out", "marketing_suppressed", "link_value",
                      "header_value"})


class TextSender(Protocol):
    """The part of ``services.sending.SendService`` the outbox uses (``send_media`` for items with a file,
    ``send_template`` for templates)."""

    async def send_text(self, number: str, body: str, *, correlation_id: str | None = None) -> Any: ...

    async def send_template(self, number: str, name: str, language: str, params: Any = None, **keywords: Any
                            ) -> Any: ...


@dataclass(frozen=True)
class QueuedText:
    """One outbox item as the screens and callers see it (a plain copy of the row)."""

    id: int
    contact_id: int
    number: str
    text: str
    queued_at: datetime
    state: str = PENDING
    attempts: int = 0
    next_attempt_at: datetime | None = None
    reason_code: str | None = None
    error_code: int | None = None
    error_title: str | None = None
    error_text: str | None = None
    held_at: datetime | None = None
    correlation_id: str | None = None
    media_kind: str | None = None  # a photo, document, ...: ``text`` is then its caption
    media_path: str | None = None  # below the profile's media folder
    media_mime: str | None = None
    media_filename: str | None = None
    media_size: int | None = None
    meta_media_id: str | None = None
    template_name: str | None = None  # a template: ``text`` is its body as the customer reads it
    template_language: str | None = None
    template_values: dict | None = None  # params, header_text, location, links, header_by_id

    @property
    def held(self) -> bool:
        return self.state == HELD

    @property
    def reason(self) -> Phrase | None:
        return held_reason(self) if self.held else None

    @classmethod
    def of(cls, row: OutboxItem) -> QueuedText:
        return cls(row.id, row.contact_id, row.number, row.text, row.queued_at, row.state, row.attempts,
                   row.next_attempt_at, row.reason_code, row.error_code, row.error_title, row.error_text,
                   row.held_at, row.correlation_id, row.media_kind, row.media_path, row.media_mime,
                   row.media_filename, row.media_size, row.meta_media_id, row.template_name,
                   row.template_language, row.template_values)


def held_reason(item: QueuedText) -> Phrase:
    """Why a held item was not sent, made from its code now (so it is translated on screen and current). Meta's
    refusals are worded by the Meta error catalogue alone, as for a failed message."""
    if item.reason_code in HELD_REASONS:
        return HELD_REASONS[item.reason_code]
    if item.reason_code == META_ERROR:
        return failure_reason(item.error_code, item.error_title, item.error_text)
    if item.error_text:
        return QT_TRANSLATE_NOOP("Outbox", "Not sent: {error}").format(error=item.error_text)
    return QT_TRANSLATE_NOOP("Outbox", "Not sent ({code}).").format(code=item.reason_code)


def backoff(attempts: int) -> timedelta:
    """The wait after the ``attempts``-th failed attempt: 5 s, 10 s, 20 s, ... capped at 5 minutes."""
    return min(BACKOFF_FIRST * 2 ** max(0, attempts - 1), BACKOFF_MAX)


@dataclass
class Attempt:
    """One item's send in a flush: ``result`` is sent, held or retry; ``outcome`` the SendOutcome or exception;
    ``changes`` the rows it touched (the item, its contact's conversation, the message it became)."""

    item: QueuedText
    result: str
    outcome: Any
    message_id: int | None = None
    changes: Changes = field(default_factory=Changes, repr=False)


@dataclass
class FlushReport:
    attempts: list[Attempt] = field(default_factory=list)
    next_due: datetime | None = None  # when the earliest pending item may be tried again
    busy: bool = False  # another flush was running; nothing was done

    @property
    def changes(self) -> Changes:
        """What the flush touched: every tried item, the conversations whose thread and list row show it, the
        messages that went out."""
        return Changes.combined(attempt.changes for attempt in self.attempts)


def _is_transport_error(exc: BaseException) -> bool:
    import httpx

    return isinstance(exc, httpx.TransportError | OSError)


def _failure_kind(exc: BaseException | None) -> str:
    """RETRY (safe to send again later), AMBIGUOUS (may have reached Meta) or META_ERROR (refused for good)."""
    import httpx  # here, not at module level: the window's first paint does not need the HTTP stack

    if exc is None or isinstance(exc, UnconfirmedSend):  # may have reached Meta (see the module docstring)
        return AMBIGUOUS
    if isinstance(exc, UploadFailed):  # no message went out: a broken upload is simply tried again
        kind = _failure_kind(exc.cause)
        return RETRY if kind == AMBIGUOUS else kind
    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout | ConnectionRefusedError):
        return RETRY  # the request never went out
    if isinstance(exc, httpx.TransportError | TimeoutError | OSError):
        return AMBIGUOUS
    code = getattr(exc, "code", None)
    code = code if isinstance(code, int) else None
    status = getattr(exc, "http_status", None)
    if code is None and status is None:  # the Graph client's NetworkError: retryable only if never sent
        return RETRY if getattr(exc, "retryable", False) else AMBIGUOUS
    if (status is not None and (status >= 500 or status == 429)) or code in RATE_LIMIT_CODES \
            or code in AUTH_CODES or code in _TRANSIENT_META_CODES:
        return RETRY
    return META_ERROR


class Outbox:
    def __init__(self, sessions: sessionmaker[Session], *, clock: Callable[[], datetime] = utcnow,
                 media_root: Path | None = None):
        """``media_root``: the profile's media folder, where queued files are kept (needed to send them)."""
        self.sessions = sessions
        self.clock = clock
        self.media_root = Path(media_root) if media_root is not None else None
        self.on_upload: Callable[[int, int, int], None] | None = None  # (item id, bytes sent, total): the bubble
        self._lock = threading.Lock()  # one flush at a time (the database claim guards the rest)
        self._recovered = False

    # ------------------------------------------------------------------ reading
    def items(self, contact_id: int | None = None, *, states: tuple[str, ...] | None = None) -> list[QueuedText]:
        query = select(OutboxItem).order_by(OutboxItem.queued_at, OutboxItem.id)
        if contact_id is not None:
            query = query.where(OutboxItem.contact_id == contact_id)
        if states is not None:
            query = query.where(OutboxItem.state.in_(states))
        with self.sessions() as session:
            return [QueuedText.of(row) for row in session.scalars(query)]

    def get(self, item_id: int) -> QueuedText | None:
        with self.sessions() as session:
            row = session.get(OutboxItem, item_id)
            return QueuedText.of(row) if row is not None else None

    def counts(self) -> tuple[int, int]:
        """(waiting, held): items still to be sent, and items that wait for the shop owner."""
        with self.sessions() as session:
            rows = dict(session.execute(select(OutboxItem.state, func.count()).group_by(OutboxItem.state)).all())
        return rows.get(PENDING, 0) + rows.get(SENDING, 0), rows.get(HELD, 0)

    def next_due(self) -> datetime | None:
        """When the next flush has something to send: the earliest due time of each contact's first waiting item
        (later ones wait for it; now for a fresh one); None when nothing is pending."""
        first: dict[int, OutboxItem | None] = {}
        with self.sessions() as session:
            for row in session.scalars(select(OutboxItem).where(OutboxItem.state.in_((PENDING, SENDING)))
                                       .order_by(OutboxItem.queued_at, OutboxItem.id)):
                if row.contact_id not in first:  # an item being sent blocks its contact (None)
                    first[row.contact_id] = row if row.state == PENDING else None
        now = self.clock()
        times = [row.next_attempt_at or now for row in first.values() if row is not None]
        return min(times) if times else None

    # ------------------------------------------------------------------ the shop owner's actions
    def add(self, contact_id: int, number: str, text: str) -> QueuedText:
        if not text.strip():
            raise ValueError(QT_TRANSLATE_NOOP("Outbox", "the message is empty"))
        with self.sessions.begin() as session:
            row = OutboxItem(contact_id=contact_id, number=number, text=text, queued_at=self.clock(), state=PENDING,
                             attempts=0)
            session.add(row)
            session.flush()
            row.correlation_id = f"outbox-{row.id}"
            audit.record(session, "outbox_queued", subject=number, details={"item": row.id, "contact_id": contact_id},
                         correlation_id=row.correlation_id)
            return QueuedText.of(row)

    def add_media(self, contact_id: int, number: str, attachment: Any, data: bytes, media_root: Path,
                  caption: str = "") -> QueuedText:
        """Queue a checked attachment (``media.kinds.Attachment``) with its caption: a copy of the file is kept
        below ``media_root`` first, so the item holds everything it needs however long Klaros is offline."""
        relative = storage.outbox_relative(attachment.mime, attachment.filename)
        storage.write_atomic(Path(media_root) / relative, data)
        try:
            with self.sessions.begin() as session:
                row = OutboxItem(contact_id=contact_id, number=number, text=caption or "", queued_at=self.clock(),
                                 state=PENDING, attempts=0, media_kind=attachment.kind, media_path=relative,
                                 media_mime=attachment.mime, media_filename=attachment.filename,
                                 media_size=attachment.size)
                session.add(row)
                session.flush()
                row.correlation_id = f"outbox-{row.id}"
                audit.record(session, "outbox_queued", subject=number,
                             details={"item": row.id, "contact_id": contact_id, "media_kind": attachment.kind,
                                      "size": attachment.size}, correlation_id=row.correlation_id)
                return QueuedText.of(row)
        except BaseException:
            (Path(media_root) / relative).unlink(missing_ok=True)
            raise

    def add_template(self, contact_id: int, number: str, name: str, language: str, params: Any = None, *,
                     header_text: str | None = None, header_location: template_header.Location | None = None,
                     link_values: dict[str, str] | None = None, header: tuple[Any, bytes] | None = None,
                     header_by_id: dict | None = None, media_root: Path | None = None) -> QueuedText:
        """Queue a template with everything filled in (``SendService.send_template``'s values): the body's
        ``params``, the title's value or the map's place, the link buttons' values, and the header's file
        (``header``: a checked attachment and its bytes, a copy kept below ``media_root`` as a queued photo's is;
        or ``header_by_id``, the component naming a file Meta already has). They are checked against the template
        when it goes, with ``may_send``."""
        params = dict(params) if isinstance(params, dict) else list(params or [])
        values: dict[str, Any] = {"params": params}
        if header_text is not None:
            values["header_text"] = header_text
        if header_location is not None:
            values["location"] = header_location.to_json()
        if link_values:
            values["links"] = {str(k): v for k, v in link_values.items()}
        if header_by_id is not None:
            values["header_by_id"] = header_by_id
        relative = None
        root = Path(media_root) if media_root is not None else self.media_root
        if header is not None:
            if root is None:
                raise ValueError("a queued header file needs the profile's media folder")
            attachment, data = header
            relative = storage.outbox_relative(attachment.mime, attachment.filename)
            storage.write_atomic(root / relative, data)
        try:
            with self.sessions.begin() as session:
                text = _shown(policy.find_template(session, name, language), values)[0] or name
                row = OutboxItem(contact_id=contact_id, number=number, text=text, queued_at=self.clock(),
                                 state=PENDING, attempts=0, template_name=name, template_language=language,
                                 template_values=values)
                if header is not None:
                    attachment = header[0]
                    row.media_kind, row.media_path, row.media_mime = attachment.kind, relative, attachment.mime
                    row.media_filename, row.media_size = attachment.filename, attachment.size
                session.add(row)
                session.flush()
                row.correlation_id = f"outbox-{row.id}"
                audit.record(session, "outbox_queued", subject=number,
                             details={"item": row.id, "contact_id": contact_id, "template": name,
                                      "language": language, "media_kind": row.media_kind},
                             correlation_id=row.correlation_id)
                return QueuedText.of(row)
        except BaseException:
            if relative is not None and root is not None:
                (root / relative).unlink(missing_ok=True)
            raise

    async def send_now(self, sender: TextSender, item_id: int) -> Attempt | None:
        """Try one item at once (a template sent from a chat or ``klaros send`` goes into the outbox first, so
        a connection that fails before the request leaves keeps it queued). None when it must wait its turn:
        another flush runs, or an earlier item of the same contact waits. A refusal by ``may_send`` at once is not
        kept: the item is removed and the attempt says why (the caller tells the shop owner). Items left
        ``sending`` are not recovered here: another process (the app, while ``klaros send`` runs) may be sending
        them; the app's start and its first flush do that."""
        if not self._lock.acquire(blocking=False):
            return None
        try:
            item = await asyncio.to_thread(self.get, item_id)
            if item is None or item.state != PENDING:
                return None
            waiting = await asyncio.to_thread(self.items, item.contact_id, states=(PENDING, SENDING))
            if waiting and waiting[0].id != item.id:
                return None
            claimed = await asyncio.to_thread(self._claim, item.id)
            if claimed is None:
                return None
            try:
                outcome: Any = await self._send(sender, claimed)
            except Exception as exc:  # settled like any other outcome, never lost
                outcome = exc
            attempt = await asyncio.to_thread(self._settle, claimed, outcome)
        finally:
            self._lock.release()
        if attempt.result == HELD and attempt.item.reason_code in REFUSALS:
            await asyncio.to_thread(self.remove, item_id, how="refused")
        return attempt

    def remove(self, item_id: int, *, how: str = "deleted") -> QueuedText | None:
        """Delete an item (the shop owner deleted it, or took it back to edit); None if it is being sent or gone."""
        with self.sessions.begin() as session:
            row = session.get(OutboxItem, item_id)
            if row is None or row.state == SENDING:
                return None
            item = QueuedText.of(row)
            session.delete(row)
            audit.record(session, "outbox_removed", subject=item.number,
                         details={"item": item.id, "how": how, "state": item.state},
                         correlation_id=item.correlation_id)
        self._forget_file(item)
        return item

    def _forget_file(self, item: QueuedText) -> None:
        """Delete a removed item's kept file, unless a sent message's bubble shows it (an earlier attempt)."""
        if not item.media_path or self.media_root is None:
            return
        with self.sessions() as session:
            if session.scalar(select(MediaFile.id).where(MediaFile.local_path == item.media_path)) is not None:
                return
        path = storage.inside(self.media_root, item.media_path)
        if path is not None:
            try:
                path.unlink(missing_ok=True)
            except OSError as exc:  # Windows: open elsewhere; an orphan in outbox/ harms nobody
                log.warning("a removed outbox file could not be deleted: %s", exc)

    def send_again(self, item_id: int) -> QueuedText | None:
        """A held item back in line (the shop owner chose "Send again"); ``may_send`` is asked again when it goes."""
        with self.sessions.begin() as session:
            row = session.get(OutboxItem, item_id)
            if row is None or row.state != HELD:
                return None
            reason = row.reason_code
            row.state, row.next_attempt_at, row.attempts = PENDING, None, 0
            row.reason_code = row.error_code = row.error_title = row.error_text = row.held_at = None
            audit.record(session, "outbox_send_again", subject=row.number,
                         details={"item": row.id, "reason_code": reason}, correlation_id=row.correlation_id)
            return QueuedText.of(row)

    # ------------------------------------------------------------------ sending
    def recover(self) -> int:
        """Settle items a previous run left ``sending`` (see the module docstring); returns how many."""
        with self._lock:
            return self._recover()

    def _abandoned(self, row: OutboxItem) -> bool:
        """Nobody sends this ``sending`` item any more: its process has ended, or its claim is older than any send
        takes (``CLAIM_STALE``: a process number runs again once reused)."""
        stale = row.claimed_at is not None and row.claimed_at < self.clock() - CLAIM_STALE
        return stale or processes.gone(row.claimed_by)

    def _recover(self) -> int:
        """At the app's start: every ``sending`` item but those another running process claimed."""
        self._recovered = True
        settled = self._settle_left(lambda row: not row.claimed_by or self._abandoned(row))
        if settled:
            log.warning("outbox: %d item(s) were left mid-send by the previous run", settled)
        return settled

    def _recover_orphans(self) -> int:
        """At every flush: ``sending`` items whose claiming process no longer runs (killed mid-send)."""
        settled = self._settle_left(self._abandoned)
        if settled:
            log.warning("outbox: %d item(s) were left mid-send by a process that ended", settled)
        return settled

    def _settle_left(self, left: Callable[[OutboxItem], bool]) -> int:
        """Settle the ``sending`` items ``left(row)`` says nobody is sending any more: sent when Meta gave its
        message a wamid, else held as ambiguous (it may have reached Meta)."""
        settled = 0
        with self.sessions.begin() as session:
            for row in session.scalars(select(OutboxItem).where(OutboxItem.state == SENDING)):
                if not left(row):
                    continue
                settled += 1
                message_id = session.scalar(select(Message.id).where(Message.correlation_id == row.correlation_id,
                                                                     Message.wamid.is_not(None)))
                if message_id is not None:
                    audit.record(session, "outbox_sent", actor="system", subject=row.number,
                                 details={"item": row.id, "message_id": message_id, "recovered": True},
                                 correlation_id=row.correlation_id)
                    session.delete(row)
                    continue
                self._drop_unaccepted(session, row.correlation_id)
                self._hold(session, row, AMBIGUOUS, actor="system")
        return settled

    async def flush(self, sender: TextSender, *, now: datetime | None = None, recover: bool = True) -> FlushReport:
        """Send the due items, oldest first; a contact's later items wait while an earlier one is pending.

        ``recover=False`` for a process that is not the app (``klaros outbox send``): an item found ``sending``
        may be in flight in the app right now, so it is left to the app (and blocks its contact's later items);
        only one whose claiming process has ended is settled (as ambiguous, or sent if Meta accepted it), and
        only ``pending`` items are claimed, as ``send_now`` does."""
        if not self._lock.acquire(blocking=False):
            return FlushReport(busy=True)
        try:
            if recover and not self._recovered:
                await asyncio.to_thread(self._recover)
            else:
                await asyncio.to_thread(self._recover_orphans)
            report = FlushReport()
            blocked: set[int] = set()  # contacts whose older item has not gone yet: keep their order
            for item in await asyncio.to_thread(self.items, states=(PENDING, SENDING)):
                if item.contact_id in blocked:
                    continue
                due = item.next_attempt_at is None or item.next_attempt_at <= (now or self.clock())
                if item.state != PENDING or not due:
                    blocked.add(item.contact_id)
                    continue
                claimed = await asyncio.to_thread(self._claim, item.id)
                if claimed is None:  # deleted or held meanwhile
                    continue
                try:
                    outcome: Any = await self._send(sender, claimed)
                except Exception as exc:  # settled below like any other outcome, never lost
                    outcome = exc
                attempt = await asyncio.to_thread(self._settle, claimed, outcome)
                report.attempts.append(attempt)
                if attempt.result == RETRY:
                    blocked.add(item.contact_id)
            report.next_due = await asyncio.to_thread(self.next_due)
            return report
        finally:
            self._lock.release()

    async def _send(self, sender: TextSender, item: QueuedText) -> Any:
        if item.template_name:
            return await self._send_template(sender, item)
        if not item.media_kind:
            return await sender.send_text(item.number, item.text, correlation_id=item.correlation_id)
        attachment, data = await self._kept_file(item)
        hear = self.on_upload
        extra = {"progress": lambda sent, total: hear(item.id, sent, total)} if hear is not None else {}
        return await sender.send_media(item.number, attachment, data, caption=item.text, media_root=self.media_root,
                                       stored=item.media_path, media_id=item.meta_media_id,
                                       correlation_id=item.correlation_id, **extra)

    async def _kept_file(self, item: QueuedText) -> tuple[Any, bytes]:
        """The item's kept file, read, as a checked attachment."""
        if self.media_root is None or not item.media_path:
            raise ValueError("a queued file needs the profile's media folder")
        path = storage.inside(self.media_root, item.media_path)
        if path is None or not path.is_file():
            raise ValueError("the file of this message is no longer there")
        data = await asyncio.to_thread(path.read_bytes)
        return kinds.Attachment(item.media_kind, item.media_mime or "application/octet-stream", len(data),
                                item.media_filename or path.name), data

    async def _send_template(self, sender: TextSender, item: QueuedText) -> Any:
        """The template with the values kept when it was queued, its header file uploaded unless an earlier
        attempt did (``meta_media_id``)."""
        values = item.template_values or {}
        keywords: dict[str, Any] = {}
        if item.media_kind:
            attachment, data = await self._kept_file(item)
            hear = self.on_upload
            keywords = {"header": (attachment, data), "media_root": self.media_root, "header_stored": item.media_path,
                        "header_media_id": item.meta_media_id}
            if hear is not None:
                keywords["progress"] = lambda sent, total: hear(item.id, sent, total)
        elif values.get("header_by_id"):
            keywords["header_by_id"] = values["header_by_id"]
        location = values.get("location")
        return await sender.send_template(
            item.number, item.template_name, item.template_language, values.get("params") or [],
            correlation_id=item.correlation_id, link_values=values.get("links") or {},
            header_text=values.get("header_text"),
            header_location=template_header.Location.from_json(location) if location else None, **keywords)

    def _claim(self, item_id: int) -> QueuedText | None:
        with self.sessions.begin() as session:
            done = session.execute(update(OutboxItem).where(OutboxItem.id == item_id, OutboxItem.state == PENDING)
                                   .values(state=SENDING, attempts=OutboxItem.attempts + 1,
                                           claimed_by=processes.me(), claimed_at=self.clock()))
            if done.rowcount != 1:
                return None
            return QueuedText.of(session.get(OutboxItem, item_id))

    @staticmethod
    def _drop_unaccepted(session: Session, cid: str | None) -> int:
        """Delete the Message rows of this item's attempts that Meta never accepted (see the module docstring)."""
        if not cid:
            return 0
        files = list(session.scalars(select(Message.media_file_id).where(
            Message.correlation_id == cid, Message.wamid.is_(None), Message.media_file_id.is_not(None))))
        dropped = session.execute(delete(Message).where(Message.correlation_id == cid,
                                                        Message.wamid.is_(None))).rowcount
        if files:  # the file itself stays: the outbox item still holds it
            session.execute(delete(MediaFile).where(MediaFile.id.in_(files)))
        return dropped

    def _hold(self, session: Session, row: OutboxItem, reason_code: str | None, *, actor: str = "user",
              exc: BaseException | None = None) -> None:
        row.state, row.reason_code, row.held_at, row.next_attempt_at = HELD, reason_code or FAILED, self.clock(), None
        self._note_error(row, exc)
        audit.record(session, "outbox_held", actor=actor, subject=row.number,
                     details={"item": row.id, "reason_code": row.reason_code, "error_code": row.error_code,
                              "attempts": row.attempts}, correlation_id=row.correlation_id)

    @staticmethod
    def _note_error(row: OutboxItem, exc: BaseException | None) -> None:
        code = getattr(exc, "code", None) if exc is not None else None
        row.error_code = code if isinstance(code, int) else None
        row.error_title = (getattr(exc, "title", None) or (type(exc).__name__ if exc else None) or None)
        row.error_title = row.error_title[:200] if row.error_title else None
        details = getattr(exc, "details", None) if exc is not None else None
        row.error_text = str(details)[:1000] if details else None

    def _settle(self, item: QueuedText, outcome: Any) -> Attempt:
        with self.sessions.begin() as session:
            attempt = self._settled(session, item, outcome)
            attempt.changes.outbox.add(item.id)
            attempt.changes.conversations.update(session.scalars(
                select(Conversation.id).where(Conversation.contact_id == item.contact_id)))
            if attempt.message_id is not None:
                attempt.changes.messages.add(attempt.message_id)
            sent = getattr(outcome, "changes", None)  # the send service's own report (a consent event, ...)
            if isinstance(sent, Changes):
                attempt.changes.merge(sent)
            return attempt

    def _settled(self, session: Session, item: QueuedText, outcome: Any) -> Attempt:
        """Settle the item in ``session`` as the module docstring says; the caller adds what changed."""
        exc = outcome if isinstance(outcome, BaseException) else getattr(outcome, "exc", None)
        row = session.get(OutboxItem, item.id)
        sent_id = session.scalar(select(Message.id).where(Message.correlation_id == item.correlation_id,
                                                          Message.wamid.is_not(None)))
        if getattr(outcome, "sent", False) or sent_id is not None:
            message_id = getattr(outcome, "message_id", None) or sent_id
            audit.record(session, "outbox_sent", actor="system", subject=item.number,
                         details={"item": item.id, "message_id": message_id, "attempts": item.attempts},
                         correlation_id=item.correlation_id)
            if row is not None:
                session.delete(row)
            return Attempt(item, SENT, outcome, message_id)
        decision = getattr(outcome, "decision", None)
        if isinstance(outcome, BaseException):
            # the sender raised: a transport or Graph error is judged as such; anything else that happened
            # before a Message row was stored (the database was busy, ...) never reached Meta: retry
            tried = session.scalar(select(func.count()).select_from(Message)
                                   .where(Message.correlation_id == item.correlation_id)) or 0
            if isinstance(outcome, InvalidNumber):
                kind = INVALID_NUMBER
            elif isinstance(outcome, ValueError):
                kind = FAILED
            elif tried:
                kind = AMBIGUOUS
            elif _is_transport_error(outcome) or hasattr(outcome, "code"):
                kind = _failure_kind(outcome)
            else:
                kind = RETRY
            if kind == FAILED:
                log.error("outbox item %s not sent", item.id, exc_info=outcome)
            else:
                log.warning("outbox item %s: %s (%s)", item.id, kind, type(outcome).__name__)
        elif decision is not None and not decision.allowed:
            kind = decision.reason_code or FAILED
        else:
            kind = _failure_kind(exc)
        self._drop_unaccepted(session, item.correlation_id)
        if row is None:  # erased while it was being sent
            return Attempt(item, HELD, outcome)
        uploaded = getattr(outcome, "media_id", None)
        if uploaded and row is not None:
            row.meta_media_id = uploaded
        if kind == RETRY:
            row.state, row.next_attempt_at = PENDING, self.clock() + backoff(row.attempts)
            self._note_error(row, exc)
            audit.record(session, "outbox_retry", actor="system", subject=item.number,
                         details={"item": item.id, "attempts": row.attempts, "error_code": row.error_code,
                                  "next_attempt_at": row.next_attempt_at.isoformat()},
                         correlation_id=item.correlation_id)
            log.info("outbox item %s: transient failure, next attempt at %s", item.id, row.next_attempt_at)
            return Attempt(QueuedText.of(row), RETRY, outcome)
        self._hold(session, row, kind, actor="system", exc=exc)
        if kind == FAILED and exc is not None and not row.error_text:
            row.error_text = (str(exc) or type(exc).__name__)[:1000]
        return Attempt(QueuedText.of(row), HELD, outcome)


def _shown(template: Any, values: dict[str, Any]) -> tuple[str | None, dict | None]:
    """(text, parts) of a queued template as the customer gets it (``sending.sent_text_and_parts``) from the values
    kept with the item; a value the template no longer takes is left out (the send checks it again)."""
    location = values.get("location")
    try:
        header = template_header.components(template, values.get("header_text"),
                                            template_header.Location.from_json(location) if location else None)
    except (template_header.HeaderValueRefused, KeyError, TypeError, ValueError):
        header = []
    request = [*([values["header_by_id"]] if values.get("header_by_id") else header),
               *buttons.button_components(values.get("links"))]
    return sent_text_and_parts(template, values.get("params") or [], request)


def adopt_confirmed(session: Session, found: dict[str, str]) -> dict[str, tuple[int, int]]:
    """Held ambiguous items named by a status webhook (``found``: correlation id -> Meta's wamid): Meta did accept
    them. Each becomes its message (``unconfirmed`` until the caller merges the status, which moves it on) and is
    removed with ``outbox_sent``. Returns correlation id -> (message id, item id) for what was adopted."""
    adopted: dict[str, tuple[int, int]] = {}
    rows = list(session.scalars(select(OutboxItem).where(
        OutboxItem.correlation_id.in_(list(found)), OutboxItem.state == HELD, OutboxItem.reason_code == AMBIGUOUS)))
    for row in rows:
        conversation = session.scalar(select(Conversation.id).where(Conversation.contact_id == row.contact_id)
                                      .order_by(Conversation.id).limit(1))
        cid = row.correlation_id
        if conversation is None or cid is None:
            continue
        now = utcnow()
        message = Message(conversation_id=conversation, contact_id=row.contact_id, direction="out",
                          type="template" if row.template_name else row.media_kind or "text", text=row.text or None,
                          timestamp=row.held_at or now, status="unconfirmed", status_at=now, correlation_id=cid,
                          wamid=found[cid])
        if row.template_name:  # as the send service stores a template message
            template = policy.find_template(session, row.template_name, row.template_language or "")
            params = (row.template_values or {}).get("params")
            message.template_name, message.template_language = row.template_name, row.template_language
            message.template_category = template.category if template else None
            message.text, message.template_parts = _shown(template, row.template_values or {})
            message.text = message.text or row.text or None
            message.raw = {"params": params} if params else None
        if row.media_kind and row.media_path:  # the kept file becomes the bubble's, as a sent file's copy does
            media = MediaFile(direction="out", mime_type=row.media_mime or "application/octet-stream",
                              size=row.media_size, filename=row.media_filename, local_path=row.media_path,
                              downloaded_at=now, meta_media_id=row.meta_media_id)
            session.add(media)
            session.flush()
            message.media_file_id, message.media_mime, message.media_id = media.id, row.media_mime, row.meta_media_id
        session.add(message)
        session.flush()
        audit.record(session, "outbox_sent", actor="system", subject=row.number,
                     details={"item": row.id, "message_id": message.id, "attempts": row.attempts,
                              "confirmed_by_status": True}, correlation_id=cid)
        adopted[cid] = (message.id, row.id)
        session.delete(row)
    if adopted:
        session.flush()
        log.info("outbox: %d held item(s) were confirmed sent by a status from WhatsApp", len(adopted))
    return adopted
