"""Fetching every inbound media message's file in the background, checked, kept, and never silently lost.

Meta keeps a media id from a webhook for 7 days and each download URL for 5 minutes (Meta's "Media" page), so
after every sync batch ``MediaFetcher.discover`` gives each new media message a ``media_states`` row and
``run`` downloads the due ones, a few at a time:

1. a copy the relay kept (the sealed event's ``klaros_media`` reference) when there is one, through
   ``RelayMedia.fetch_media``; on any failure, Meta;
2. from Meta: the ``url`` the webhook carried, and when that is dead (404, expired) a fresh URL from
   ``GET /{media-id}``; Meta saying the id does not exist makes the file unavailable (``expired`` when the
   message is older than Meta's 7 days, which is what a PC switched off for a week meets, else ``gone``);
3. the bytes must match the announced sha256 (Meta's, or the relay's), else they are refused (``tampered``);
4. stored under a Klaros-made name (``storage``), the ``MediaFile`` row and ``messages.media_file_id`` set,
   and the state ``ready``.

A failure that may pass (no network, Meta's 5xx, throttling) leaves the row ``pending`` with a back-off; after
``max_attempts`` it becomes ``unavailable`` with reason ``failed``, and ``discover`` puts such rows back in line
at the next start while Meta may still have the file. A row found ``downloading`` at start (Klaros stopped
mid-download) is simply due again: nothing is written under the real name until the file is whole.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop import correlation
from klaros_desktop.models import MediaFile, MediaState, Message, utcnow
from klaros_desktop.models.media import MEDIA_DOWNLOADING, MEDIA_PENDING, MEDIA_READY, MEDIA_UNAVAILABLE
from klaros_desktop.phrases import QT_TRANSLATE_NOOP, Phrase
from klaros_desktop.services.core import audit
from klaros_desktop.services.core.changes import Changes
from klaros_desktop.services.media import kinds, storage

log = logging.getLogger(__name__)

MAX_BYTES = kinds.MAX_BYTES
META_KEEPS = timedelta(days=7)  # Meta: media ids in webhooks expire after 7 days
BACKOFF_FIRST = timedelta(seconds=20)
BACKOFF_MAX = timedelta(minutes=30)

EXPIRED, GONE, TAMPERED, TOO_LARGE, FAILED = "expired", "gone", "tampered", "too_large", "failed"

REASONS: dict[str, Phrase] = {
    EXPIRED: QT_TRANSLATE_NOOP("Media", "Meta no longer has this {thing}: Klaros was offline for more than 7 "
                                        "days. Ask the customer to send it again."),
    GONE: QT_TRANSLATE_NOOP("Media", "Meta no longer has this {thing}. Ask the customer to send it again."),
    TAMPERED: QT_TRANSLATE_NOOP("Media", "This {thing} was refused: the file that arrived is not the one the "
                                         "customer sent (it was damaged or changed on the way). Ask the customer "
                                         "to send it again."),
    TOO_LARGE: QT_TRANSLATE_NOOP("Media", "This {thing} is larger than WhatsApp allows, so Klaros did not keep "
                                          "it."),
    FAILED: QT_TRANSLATE_NOOP("Media", "Klaros could not download this {thing} after several tries. It tries "
                                       "again when Klaros next starts."),
}


def unavailable_reason(reason_code: str | None, kind: str) -> Phrase:
    """Why a message's file could not be had, in words (made when shown, so it is translated)."""
    template = REASONS.get(reason_code or FAILED, REASONS[FAILED])
    return template.format(thing=kinds.NOUNS.get(kind, kinds.NOUNS[kinds.DOCUMENT]))


class MediaError(RuntimeError):
    """The message has no media, or the file cannot be fetched or stored; the message says which."""


class MediaGone(MediaError):
    """Meta (or the relay) says the file no longer exists."""


class Tampered(MediaError):
    """The bytes do not match the announced sha256."""


class RelayMedia(Protocol):
    """The relay client's download of a copy the relay kept (``RelayClient.fetch_media``): the opened bytes."""

    async def fetch_media(self, ref_id: str) -> bytes: ...


class GraphMedia(Protocol):
    """The part of ``graph.GraphClient`` downloading needs."""

    async def media_info(self, media_id: str, *, correlation_id: str | None = None) -> dict[str, Any]: ...

    async def fetch_url(self, url: str, *, correlation_id: str | None = None) -> tuple[bytes, str | None]: ...

    def may_get_token(self, url: str) -> bool: ...


def _http_status(exc: BaseException) -> int | None:
    status = getattr(exc, "http_status", None)
    return status if isinstance(status, int) else None


def _meta_says_gone(exc: BaseException) -> bool:
    """Meta's answer to ``GET /{media-id}`` for an id it no longer has: code 100 (subcode 33) or a 404."""
    return getattr(exc, "code", None) == 100 or _http_status(exc) in (404, 410)


async def fetch_from_meta(graph: GraphMedia, media_id: str, url: str | None,
                          cid: str | None = None) -> tuple[bytes, str | None]:
    """The file from Meta: the webhook's URL first; when it is dead (expired after its 5 minutes), a fresh
    one. ``MediaGone`` when Meta no longer has the id."""
    if url and graph.may_get_token(url):
        try:
            return await graph.fetch_url(url, correlation_id=cid)
        except Exception as exc:
            if _http_status(exc) not in (400, 401, 403, 404, 410):
                raise
            log.info("the webhook's media URL no longer works (%s); asking Meta for a fresh one",
                     _http_status(exc))
    try:
        info = await graph.media_info(media_id, correlation_id=cid)
    except Exception as exc:
        if _meta_says_gone(exc):
            raise MediaGone("Meta no longer has this media") from exc
        raise
    data, served = await graph.fetch_url(info["url"], correlation_id=cid)
    return data, info.get("mime_type") or served


@dataclass(frozen=True)
class _Job:
    message_id: int
    conversation_id: int
    media_id: str | None
    kind: str
    mime: str | None
    url: str | None
    sha256: str | None
    filename: str | None
    received_at: datetime
    relay_ref: dict | None
    attempts: int


@dataclass
class FetchReport:
    ready: int = 0
    unavailable: int = 0
    retrying: int = 0
    changes: Changes = field(default_factory=Changes)

    def add(self, other: FetchReport) -> None:
        self.ready += other.ready
        self.unavailable += other.unavailable
        self.retrying += other.retrying
        self.changes.merge(other.changes)

    def summary(self) -> str:
        return f"media: {self.ready} downloaded, {self.unavailable} unavailable, {self.retrying} to retry"


def backoff(attempts: int) -> timedelta:
    return min(BACKOFF_FIRST * 2 ** max(0, attempts - 1), BACKOFF_MAX)


class MediaFetcher:
    """Downloads the due media of inbound messages, ``concurrency`` at a time (see the module docstring)."""

    def __init__(self, sessions: sessionmaker[Session], media_root: Path, graph: GraphMedia | None, *,
                 relay: RelayMedia | None = None, concurrency: int = 3, max_attempts: int = 6,
                 clock: Callable[[], datetime] = utcnow,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
                 on_change: Callable[[Changes], None] | None = None):
        self.sessions = sessions
        self.media_root = Path(media_root)
        self.graph = graph
        self.relay = relay
        self.concurrency = max(1, concurrency)
        self.max_attempts = max_attempts
        self.clock = clock
        self.sleep = sleep
        self.on_change = on_change

    # ------------------------------------------------------------------ bookkeeping (worker thread)
    def discover(self, *, restart: bool = False) -> int:
        """Give every inbound media message without one a ``pending`` row; with ``restart`` (start-up) also put
        back in line rows left ``downloading`` and ``failed`` ones Meta may still have. Returns the new rows."""
        now = self.clock()
        with self.sessions.begin() as session:
            added = session.execute(text(
                "INSERT INTO media_states (message_id, state, attempts, updated_at) "
                "SELECT m.id, :pending, 0, :now FROM messages m WHERE m.direction = 'in' AND m.media_id IS NOT "
                "NULL AND NOT EXISTS (SELECT 1 FROM media_states s WHERE s.message_id = m.id)"),
                {"pending": MEDIA_PENDING, "now": now.replace(tzinfo=None)}).rowcount
            if restart:
                session.execute(update(MediaState).where(MediaState.state == MEDIA_DOWNLOADING)
                                .values(state=MEDIA_PENDING, next_attempt_at=None))
                recent = select(Message.id).where(Message.timestamp > now - META_KEEPS)
                session.execute(update(MediaState).where(MediaState.state == MEDIA_UNAVAILABLE,
                                                         MediaState.reason_code == FAILED,
                                                         MediaState.message_id.in_(recent))
                                .values(state=MEDIA_PENDING, attempts=0, next_attempt_at=None, reason_code=None))
        return added or 0

    def _claim_due(self, limit: int, only: int | None = None) -> list[_Job]:
        now = self.clock()
        due = [MediaState.state == MEDIA_PENDING,
               (MediaState.next_attempt_at.is_(None)) | (MediaState.next_attempt_at <= now)]
        if only is not None:
            due.append(MediaState.message_id == only)
        jobs: list[_Job] = []
        with self.sessions.begin() as session:
            rows = session.execute(
                select(MediaState, Message).join(Message, Message.id == MediaState.message_id)
                .where(*due)
                .order_by(Message.timestamp.desc()).limit(limit)).all()
            for state, message in rows:
                state.state, state.updated_at = MEDIA_DOWNLOADING, now
                body = ((message.raw or {}).get(message.meta_type or message.type) or {})
                body = body if isinstance(body, dict) else {}
                ref = body.get("klaros_media") if isinstance(body.get("klaros_media"), dict) else None
                jobs.append(_Job(message.id, message.conversation_id, message.media_id, message.type,
                                 message.media_mime, body.get("url"), body.get("sha256"), body.get("filename"),
                                 message.timestamp, ref, state.attempts))
        return jobs

    def next_due(self) -> datetime | None:
        """When a pending row is next due (None: nothing pending)."""
        with self.sessions() as session:
            rows = session.execute(select(MediaState.next_attempt_at)
                                   .where(MediaState.state.in_((MEDIA_PENDING, MEDIA_DOWNLOADING)))).all()
        if not rows:
            return None
        now = self.clock()
        return min((when or now) for (when,) in rows)

    # ------------------------------------------------------------------ downloading
    async def run(self, *, batch: int = 50) -> FetchReport:
        """Download everything due now, ``concurrency`` at a time; returns what changed."""
        total = FetchReport()
        gate = asyncio.Semaphore(self.concurrency)

        async def one(job: _Job) -> FetchReport:
            async with gate:
                report = await self._fetch_one(job)
            if self.on_change is not None and report.changes:  # each file on screen as soon as it is kept
                self.on_change(report.changes)
            return report

        while True:  # two runs at once are safe: each claims its rows in the database first
            jobs = await asyncio.to_thread(self._claim_due, batch)
            if not jobs:
                return total
            for report in await asyncio.gather(*(one(job) for job in jobs)):
                total.add(report)

    async def drain(self, *, within: float | None = None) -> FetchReport:
        """``run`` until no row is pending, waiting out the back-offs (``klaros sync --once``: every file of the
        batch downloaded or reported unavailable before it returns). With ``within`` (seconds), only retries
        due that soon are waited for; the report's ``retrying`` counts the files left pending for later (a
        command should not sit out the whole back-off schedule, which runs to minutes)."""
        total = FetchReport()
        limit = None if within is None else self.clock() + timedelta(seconds=within)
        while True:
            total.add(await self.run())
            due = await asyncio.to_thread(self.next_due)
            if due is None:
                total.retrying = 0
                return total
            if limit is not None and due > limit:
                total.retrying = await asyncio.to_thread(self.pending)
                return total
            await self.sleep(max(0.0, (due - self.clock()).total_seconds()))

    def pending(self) -> int:
        """How many files still wait for a download (pending or being downloaded)."""
        with self.sessions() as session:
            return session.scalar(select(func.count()).select_from(MediaState)
                                  .where(MediaState.state.in_((MEDIA_PENDING, MEDIA_DOWNLOADING)))) or 0

    async def _fetch_one(self, job: _Job) -> FetchReport:
        with correlation.correlated(None, prefix="media") as cid:
            source = "meta"
            try:
                data, mime, expected = None, job.mime, job.sha256
                if job.relay_ref and job.relay_ref.get("id") and self.relay is not None:
                    try:
                        data = await self._from_relay(str(job.relay_ref["id"]))
                        if not storage.digest_matches(data, job.relay_ref.get("sha256")):
                            raise Tampered("the relay's copy does not match its checksum")
                        source = "relay"
                    except Exception as exc:  # the relay's copy is a convenience; Meta is still asked
                        log.warning("the relay's copy of a media file could not be used (%s); trying Meta",
                                    type(exc).__name__)
                        data = None
                if data is None:
                    if self.graph is None or not job.media_id:
                        raise MediaError("no way to download this media")
                    data, served = await fetch_from_meta(self.graph, job.media_id, job.url, cid)
                    mime = job.mime or served
                if len(data) > MAX_BYTES:
                    return await asyncio.to_thread(self._unavailable, job, TOO_LARGE, f"{len(data)} bytes", cid)
                if not storage.digest_matches(data, expected):
                    raise Tampered("the file does not match the sha256 Meta announced")
            except MediaGone as exc:
                old = self.clock() - job.received_at > META_KEEPS
                return await asyncio.to_thread(self._unavailable, job, EXPIRED if old else GONE, str(exc), cid)
            except Tampered as exc:
                log.warning("media of message %s refused: %s", job.message_id, exc)
                return await asyncio.to_thread(self._unavailable, job, TAMPERED, str(exc), cid)
            except Exception as exc:
                return await asyncio.to_thread(self._retry, job, exc, cid)
            report = await asyncio.to_thread(self._store, job, data, mime, source, cid)
            if source == "relay":
                await self._ack_relay(str(job.relay_ref["id"]))
            return report

    async def _from_relay(self, ref_id: str) -> bytes:
        """The relay's copy, not yet acknowledged when the client can ack separately: the relay deletes a copy
        every device acknowledged, so it is acknowledged only once the file is on this PC's disk."""
        if callable(getattr(self.relay, "ack_media", None)):
            return await self.relay.fetch_media(ref_id, ack=False)
        return await self.relay.fetch_media(ref_id)

    async def _ack_relay(self, ref_id: str) -> None:
        ack = getattr(self.relay, "ack_media", None)
        if not callable(ack):
            return
        try:
            await ack(ref_id)
        except Exception as exc:  # the relay keeps the copy until retention; nothing here depends on the ack
            log.warning("the relay was not told that a kept file arrived: %s", type(exc).__name__)

    # ------------------------------------------------------------------ settling (worker thread)
    def _changes(self, job: _Job) -> Changes:
        return Changes(conversations={job.conversation_id}, messages={job.message_id})

    def _store(self, job: _Job, data: bytes, mime: str | None, source: str, cid: str) -> FetchReport:
        import hashlib

        digest = hashlib.sha256(data).hexdigest()
        with self.sessions.begin() as session:
            message = session.get(Message, job.message_id)
            state = session.get(MediaState, job.message_id)
            if message is None or state is None:  # erased meanwhile: keep nothing
                return FetchReport()
            media = session.get(MediaFile, message.media_file_id) if message.media_file_id else None
            if media is None:
                media = MediaFile(meta_media_id=job.media_id, direction="in")
                session.add(media)
                session.flush()
            relative = storage.relative_for(media.id, digest, mime, job.filename)
            storage.write_atomic(self.media_root / relative, data)
            media.mime_type, media.sha256, media.size = mime, digest, len(data)
            media.filename = Path(job.filename).name if job.filename else None
            media.local_path = relative
            media.downloaded_at = self.clock()
            message.media_file_id = media.id
            state.state, state.source, state.reason_code, state.detail = MEDIA_READY, source, None, None
            state.updated_at = self.clock()
            audit.record(session, "media_downloaded", actor="system", subject=f"message:{job.message_id}",
                         details={"media_file_id": media.id, "size": len(data), "mime_type": mime,
                                  "source": source}, correlation_id=cid)
        return FetchReport(ready=1, changes=self._changes(job))

    def _unavailable(self, job: _Job, reason: str, detail: str, cid: str) -> FetchReport:
        with self.sessions.begin() as session:
            state = session.get(MediaState, job.message_id)
            if state is None:
                return FetchReport()
            state.state, state.reason_code, state.detail = MEDIA_UNAVAILABLE, reason, detail[:500]
            state.attempts = job.attempts + 1
            state.updated_at = self.clock()
            audit.record(session, "media_unavailable", actor="system", subject=f"message:{job.message_id}",
                         details={"reason_code": reason}, correlation_id=cid)
        log.warning("media of message %s unavailable: %s", job.message_id, reason)
        return FetchReport(unavailable=1, changes=self._changes(job))

    def _retry(self, job: _Job, exc: BaseException, cid: str) -> FetchReport:
        attempts = job.attempts + 1
        detail = f"{type(exc).__name__}: {getattr(exc, 'title', None) or exc}"[:500]
        if attempts >= self.max_attempts:
            return self._unavailable(job, FAILED, detail, cid)
        with self.sessions.begin() as session:
            state = session.get(MediaState, job.message_id)
            if state is None:
                return FetchReport()
            state.state, state.attempts, state.detail = MEDIA_PENDING, attempts, detail
            state.next_attempt_at = self.clock() + backoff(attempts)
            state.updated_at = self.clock()
        log.info("media of message %s: attempt %s failed (%s); next at %s", job.message_id, attempts,
                 type(exc).__name__, state.next_attempt_at)
        return FetchReport(retrying=1)


async def fetch_media(sessions: sessionmaker[Session], graph: GraphMedia, media_root: Path, message_id: int, *,
                      relay: RelayMedia | None = None) -> MediaFile:
    """Download the media of one message now (once; later calls return the stored file)."""
    def _existing() -> MediaFile | None:
        with sessions.begin() as session:
            message = session.get(Message, message_id)
            if message is None or not message.media_id:
                raise MediaError("this message has no media to download")
            media = session.get(MediaFile, message.media_file_id) if message.media_file_id else None
            if media is not None and local_file(media_root, media) is not None:
                return media
            state = session.get(MediaState, message_id)
            if state is None:
                session.add(MediaState(message_id=message_id, state=MEDIA_PENDING, attempts=0))
            else:
                state.state, state.next_attempt_at = MEDIA_PENDING, None
            return None

    existing = await asyncio.to_thread(_existing)
    if existing is not None:
        return existing
    fetcher = MediaFetcher(sessions, media_root, graph, relay=relay, max_attempts=1)
    for job in await asyncio.to_thread(fetcher._claim_due, 1, message_id):
        await fetcher._fetch_one(job)

    def _result() -> MediaFile:
        with sessions() as session:
            message = session.get(Message, message_id)
            state = session.get(MediaState, message_id)
            if state is not None and state.state != MEDIA_READY:
                raise MediaError(str(unavailable_reason(state.reason_code, message.type)))
            return session.get(MediaFile, message.media_file_id)

    return await asyncio.to_thread(_result)


def local_file(media_root: Path, media: MediaFile) -> Path | None:
    """The file of a downloaded media row, if it is still there (and inside the media folder)."""
    if not media.local_path:
        return None
    path = storage.inside(Path(media_root), media.local_path)
    return path if path is not None and path.is_file() else None
