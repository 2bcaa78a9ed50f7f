"""Keeping inbound media until the shop's PC has it (opt-in per tenant, with a Meta token for media).

Meta keeps an inbound media file for about 7 days, and each download URL lives 5 minutes; a shop PC that is off
for a week would lose its customers' photos while their texts wait safely on the relay. A tenant that gave the
relay a media token (``klaros-relay tenant media-token``, or from the desktop's Settings) gets each file
downloaded when its webhook arrives, sealed for its devices exactly like an event (a fresh data key, wrapped per
device), and kept as ciphertext in private storage (``relay.blobs``) until every device has it.

The 200 to Meta never waits for this. The webhook's media rows commit with its event (``relay.writer``), and
storing it only wakes the keeper: one task per serving process, which claims due rows (a lease in the
database, so several processes share the work and a restarted one resumes it), downloads up to
``KLAROS_RELAY_MEDIA_DOWNLOADS`` files at once beside the event loop, and seals and writes each in a worker
thread. While webhooks keep arriving it yields to them: one download at a time, until a quarter of a second
passes without a webhook.

Per file: ``GET {graph}/{media-id}`` with the tenant's token for a fresh URL (and Meta's size and SHA-256), then
that URL with the token, read up to Meta's maximum for the kind (more is refused: ``too_large``); the bytes must
match Meta's size and SHA-256. A 404 on the URL asks once for a fresh one. A failure that may pass (network,
5xx, 429, a refused token, a checksum mismatch) is tried again with back-off, doubling from
``KLAROS_RELAY_MEDIA_RETRY_SECONDS`` up to an hour, until Meta's 7 days since the webhook are over
(``meta_expired``, or the last reason). Storage that is full (the disk, the object store's quota, or
``KLAROS_RELAY_MEDIA_MAX_BYTES``) fails the file at once (``storage_full``): the device learns it with the
event and can still fetch the file from Meta itself while Meta has it. Failures are counted per reason in
``/metrics`` and logged with the tenant id and the reason, never the token or the URL.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import collections
import contextlib
import hashlib
import logging
import threading
import time
from collections.abc import Awaitable, Callable
from urllib.parse import quote, urlparse

import httpx

from relay import crypto, media_rows, store
from relay.blobs import Blobs, StorageFull
from relay.db import Engines
from relay.metrics import Metrics
from relay.paced_batches import Batch, BetweenBatches, run_paced

log = logging.getLogger("relay.media")

MB = 1024 * 1024
# Meta's largest file per kind (Cloud API, supported media types): image 5 MB, audio and video 16 MB, document
# 100 MB, sticker 500 KB (animated; static 100 KB).
MAX_BYTES = {"image": 5 * MB, "audio": 16 * MB, "video": 16 * MB, "document": 100 * MB, "sticker": 500 * 1024}
META_MEDIA_SECONDS = 7 * 86400  # how long Meta serves an inbound media id
MAX_BACKOFF_SECONDS = 3600.0
LEASE_SECONDS = 600  # a claimed download not finished by then is someone else's to try
CLAIM_ROUNDS = 8  # rows claimed at once: this many per download slot
BUSY_SECONDS = 0.25  # webhooks this recent make the keeper yield to them
READ_TIMEOUT = 60.0
SWEEP_BATCH_ROWS = 200  # media rows one sweep transaction deletes at most (their blobs go first)


class Permanent(Exception):
    """The file will never be had from Meta this way (too large, not a file Meta knows)."""


class Transient(Exception):
    """This attempt failed; a later one may work."""


def _same_digest(digest: bytes, declared: str | None) -> bool:
    """Meta's ``sha256`` of the file; documented without its encoding, seen as hex and as base64: both accepted."""
    if not declared:
        return True
    text = declared.strip()
    if text.lower() == digest.hex():
        return True
    with contextlib.suppress(binascii.Error, ValueError):
        return base64.b64decode(text + "=" * (-len(text) % 4)) == digest
    return False


class MediaKeeper:
    def __init__(self, *, engines: Engines, master: crypto.MasterKey, blobs: Blobs, metrics: Metrics,
                 token_of: Callable[[str], Awaitable[str | None]], graph_url: str, concurrency: int = 4,
                 retry_seconds: float = 30.0, max_bytes: int = 0, retention_seconds: float = 30 * 86400,
                 sweep_seconds: float = 300.0, http: httpx.AsyncClient | None = None) -> None:
        self.engines = engines
        self.master = master
        self.blobs = blobs
        self.metrics = metrics
        self.token_of = token_of  # the tenant's media token (cached), None when it has none (any more)
        self.graph_url = graph_url.rstrip("/")
        self.concurrency = max(1, concurrency)
        self.retry_seconds = retry_seconds
        self.max_bytes = max_bytes  # all kept blobs together; 0: no limit but the storage's own
        self.retention_seconds = retention_seconds
        self.sweep_seconds = sweep_seconds
        self.poll_seconds = max(0.05, min(retry_seconds, 15.0))
        self._http = http
        self._own_http = http is None
        self._wakeup: asyncio.Event | None = None
        self._task: asyncio.Task | None = None
        self._running: set[asyncio.Task] = set()
        self._queue: collections.deque[media_rows.Job] = collections.deque()  # claimed, not started yet
        self._seen_accepted = 0
        self._last_webhook = float("-inf")
        self._last_sweep = 0.0
        self._to_record: list[tuple[media_rows.Kept, asyncio.Future]] = []
        self._recorder: asyncio.Task | None = None
        self.settled = 0  # files that ended kept or failed (for waiting on them, e.g. in tests)
        self._settled = threading.Condition()
        self._watchers: dict[str, set[asyncio.Event]] = {}  # media id -> link requests waiting on it

    # -------------------------------------------------------------------------------------------- lifecycle

    def start(self) -> None:
        self._wakeup = asyncio.Event()
        if self._http is None:
            self._http = httpx.AsyncClient(timeout=httpx.Timeout(30.0, read=READ_TIMEOUT), follow_redirects=True)
        self._task = asyncio.get_running_loop().create_task(self._run())

    async def stop(self) -> None:
        tasks = [t for t in (self._task, self._recorder, *self._running) if t is not None]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._task = None
        if self._own_http and self._http is not None:
            await self._http.aclose()

    def wait_settled(self, count: int, timeout: float) -> bool:
        """Block (another thread than the event loop) until ``count`` files ended kept or failed in total."""
        with self._settled:
            return self._settled.wait_for(lambda: self.settled >= count, timeout)

    async def watch(self, media_id: str, timeout: float) -> None:
        """Return when this process's keeper has kept, failed or put off ``media_id`` (its row then says which),
        or after ``timeout`` seconds: a device's link request waits here instead of asking again and again."""
        event = asyncio.Event()
        self._watchers.setdefault(media_id, set()).add(event)
        try:
            await asyncio.wait_for(event.wait(), timeout)
        except TimeoutError:
            pass
        finally:
            waiting = self._watchers.get(media_id)
            if waiting is not None:
                waiting.discard(event)
                if not waiting:
                    del self._watchers[media_id]

    def _notify(self, media_id: str) -> None:
        for event in self._watchers.pop(media_id, set()):
            event.set()

    def _settle(self) -> None:
        with self._settled:
            self.settled += 1
            self._settled.notify_all()

    def wake(self) -> None:
        if self._wakeup is not None:
            self._wakeup.set()

    async def _run(self) -> None:
        while True:
            self._wakeup.clear()
            try:
                slots = self._slots()
                if len(self._queue) < slots and (slots == self.concurrency or not self._running):
                    # claimed a few rounds ahead: one claim, many files
                    self._queue.extend(await asyncio.to_thread(
                        media_rows.claim_due, self.engines, now_us=store.now_us(),
                        limit=slots * CLAIM_ROUNDS - len(self._queue), lease_us=LEASE_SECONDS * 1_000_000))
                while self._queue and len(self._running) < slots:
                    task = asyncio.create_task(self._keep(self._queue.popleft()))
                    self._running.add(task)
                    task.add_done_callback(self._finished)
                if time.monotonic() - self._last_sweep >= self.sweep_seconds:
                    self._last_sweep = time.monotonic()
                    await self.sweep()
            except Exception:
                log.exception("media keeping: a round failed")
            pause = BUSY_SECONDS if self._queue and self._busy() else self.poll_seconds
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wakeup.wait(), timeout=pause)

    def _busy(self) -> bool:
        """Webhooks arrived within ``BUSY_SECONDS``: downloads then yield to them (one at a time, no new claims
        while one runs), so a burst of webhooks is answered as fast as without media keeping; the files follow
        when the burst is over, well within the five minutes of a Meta URL (each attempt asks for a fresh one)."""
        total = sum(self.metrics.accepted.values())
        now = time.monotonic()
        if total != self._seen_accepted:
            self._seen_accepted, self._last_webhook = total, now
        return now - self._last_webhook < BUSY_SECONDS

    def _slots(self) -> int:
        return 1 if self._busy() else self.concurrency

    def _finished(self, task: asyncio.Task) -> None:
        self._running.discard(task)
        self.wake()

    # -------------------------------------------------------------------------------------------- one file

    async def _keep(self, job: media_rows.Job) -> None:
        extra = {"tenant_id": job.tenant_id}
        try:
            token = await self.token_of(job.tenant_id)
            if token is None:
                raise Permanent("no_media_token")
            data = await self._download(job, token)
            digest = hashlib.sha256(data).digest()
            data_key, blob = await asyncio.to_thread(crypto.seal_media, data, job.tenant_id, job.id)
            await asyncio.to_thread(self._put, media_rows.blob_name(job.tenant_id, job.id), blob)
            kept = await self._record(media_rows.Kept(job, data_key, digest, len(data), len(blob)))
            self._notify(job.id)
            if not kept:  # erased while it was downloading: the blob must not stay
                await asyncio.to_thread(self.blobs.delete, media_rows.blob_name(job.tenant_id, job.id))
                return
            self.metrics.media_kept += 1
            self.metrics.media_kept_bytes += len(data)
            log.info("media kept", extra={**extra, "size": len(data)})
            self._settle()
        except StorageFull:
            await self._fail(job, "storage_full")
        except Permanent as exc:
            await self._fail(job, str(exc))
        except (Transient, OSError) as exc:
            reason = str(exc) if isinstance(exc, Transient) else "storage_error"
            await self._later(job, reason)
        except Exception:  # a bug must not stop the keeper: the file is tried again later
            log.exception("media keeping failed unexpectedly", extra=extra)
            await self._later(job, "internal_error")

    async def _record(self, done: media_rows.Kept) -> bool:
        """Record a stored file as kept, together with the others stored meanwhile: one transaction (one fsync
        on SQLite, one turn of the event lock) for all of them, as the group writer does for webhooks."""
        future = asyncio.get_running_loop().create_future()
        self._to_record.append((done, future))
        if self._recorder is None or self._recorder.done():
            self._recorder = asyncio.create_task(self._record_pending())
        return await future

    async def _record_pending(self) -> None:
        while self._to_record:
            batch, self._to_record = self._to_record, []
            try:
                results = await asyncio.to_thread(media_rows.keep, self.engines, self.master, [d for d, _ in batch])
            except Exception as exc:
                for _, future in batch:
                    if not future.done():
                        future.set_exception(OSError(f"recording kept media failed: {type(exc).__name__}"))
                continue
            for (_, future), kept in zip(batch, results, strict=True):
                if not future.done():
                    future.set_result(kept)

    def _put(self, name: str, blob: bytes) -> None:
        if self.max_bytes and media_rows.stored_bytes(self.engines) + len(blob) > self.max_bytes:
            raise StorageFull(28, "KLAROS_RELAY_MEDIA_MAX_BYTES reached")
        self.blobs.put(name, blob)

    async def _fail(self, job: media_rows.Job, reason: str) -> None:
        self.metrics.media_failures[reason] += 1
        log.warning("media not kept", extra={"tenant_id": job.tenant_id, "reason": reason})
        await asyncio.to_thread(media_rows.fail, self.engines, job.id, reason)
        self._notify(job.id)
        self._settle()

    async def _later(self, job: media_rows.Job, reason: str) -> None:
        """Back-off doubling per attempt; past Meta's lifetime of the media id, the file is failed."""
        delay = min(MAX_BACKOFF_SECONDS, self.retry_seconds * 2 ** max(0, job.attempts))
        next_us = store.now_us() + int(delay * 1_000_000)
        if reason == "meta_gone" and job.attempts >= 2:  # Meta said three times it has no such file
            await self._fail(job, "meta_gone")
            return
        if next_us > job.received_us + META_MEDIA_SECONDS * 1_000_000:
            await self._fail(job, "meta_expired" if reason == "meta_gone" else reason)
            return
        with self._settled:
            self.metrics.media_retries += 1
            self._settled.notify_all()
        log.info("media download will be tried again", extra={"tenant_id": job.tenant_id, "reason": reason})
        await asyncio.to_thread(media_rows.retry_later, self.engines, job.id, next_us, reason)
        self._notify(job.id)

    async def _download(self, job: media_rows.Job, token: str) -> bytes:
        limit = MAX_BYTES.get(job.kind, MAX_BYTES["document"])
        auth = {"Authorization": f"Bearer {token}"}
        for _fresh_url in range(2):
            info = await self._get_json(f"{self.graph_url}/{quote(job.meta_media_id, safe='')}", auth)
            declared = info.get("file_size")
            if isinstance(declared, int) and declared > limit:
                raise Permanent("too_large")
            url = info.get("url")
            if not isinstance(url, str) or not self._url_allowed(url):
                raise Transient("bad_media_url")
            try:
                data = await self._get_bytes(url, auth, limit)
            except FileNotFoundError:  # the URL's five minutes ran out: a fresh one
                continue
            if isinstance(declared, int) and declared != len(data):
                raise Transient("size_mismatch")
            if not _same_digest(hashlib.sha256(data).digest(), info.get("sha256")):
                raise Transient("checksum_mismatch")
            return data
        raise Transient("media_url_expired")

    def _url_allowed(self, url: str) -> bool:
        """Meta's download URLs are https; plain http only when the Graph URL itself is (a local simulator)."""
        scheme = urlparse(url).scheme
        return scheme == "https" or (scheme == "http" and self.graph_url.startswith("http://"))

    async def _get_json(self, url: str, headers: dict) -> dict:
        try:
            response = await self._http.get(url, headers=headers)
        except httpx.HTTPError as exc:
            raise Transient(f"network_{type(exc).__name__}"[:40]) from None
        if response.status_code in (400, 404):  # an unknown or expired media id
            raise Transient("meta_gone")
        if response.status_code in (401, 403):
            raise Transient("meta_token_refused")
        if response.status_code != 200:
            raise Transient(f"meta_http_{response.status_code}")
        try:
            data = response.json()
        except ValueError:
            raise Transient("meta_bad_answer") from None
        if not isinstance(data, dict):
            raise Transient("meta_bad_answer")
        return data

    async def _get_bytes(self, url: str, headers: dict, limit: int) -> bytes:
        try:
            async with self._http.stream("GET", url, headers=headers) as response:
                if response.status_code == 404:
                    raise FileNotFoundError(url)
                if response.status_code in (401, 403):
                    raise Transient("meta_token_refused")
                if response.status_code != 200:
                    raise Transient(f"meta_http_{response.status_code}")
                length = response.headers.get("content-length", "")
                if length.isdigit() and int(length) > limit:
                    raise Permanent("too_large")
                chunks, size = [], 0
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise Permanent("too_large")
                    chunks.append(chunk)
        except httpx.HTTPError as exc:
            raise Transient(f"network_{type(exc).__name__}"[:40]) from None
        return b"".join(chunks)

    # ----------------------------------------------------------------------------------------- deletion

    async def sweep(self, *, batch_rows: int = SWEEP_BATCH_ROWS, between: BetweenBatches | None = None) -> int:
        """Delete blobs past retention and those no device's key is left for, ``batch_rows`` at a time (each
        batch's rows go in one short transaction, with a pause after it: ``relay.paced_batches``, as for
        events); returns how many. Stops at the first batch with a blob that could not be deleted: its row is
        found again by the next sweep, not by this one over and over."""
        cutoff = store.now_us() - int(self.retention_seconds * 1_000_000)

        async def one_batch() -> Batch | None:
            names = await asyncio.to_thread(media_rows.sweep_candidates, self.engines, cutoff_us=cutoff,
                                            limit=batch_rows)
            if not names:
                return None
            done = await self._delete_blobs(names)
            began = time.perf_counter()  # the pause is as long as the rows' transaction, not the blobs' deletion
            await asyncio.to_thread(media_rows.forget, self.engines, done)
            held = time.perf_counter() - began
            self.metrics.media_deleted += len(done)
            self.metrics.retention_batches["media"] += 1
            return Batch(len(done), more=len(names) >= batch_rows and len(done) >= len(names), held_seconds=held)

        swept = await run_paced(one_batch, between=between)
        if swept.rows:
            log.info("media sweep: deleted %d blobs in %d batches, %.0f ms", swept.rows, swept.batches,
                     swept.seconds * 1000, extra={"size": swept.rows})
        return swept.rows

    async def delete(self, names: list[str]) -> int:
        """Delete blobs, then their rows (a blob that could not be deleted keeps its row for the next sweep)."""
        done = await self._delete_blobs(names)
        await asyncio.to_thread(media_rows.forget, self.engines, done)
        self.metrics.media_deleted += len(done)
        return len(done)

    async def _delete_blobs(self, names: list[str]) -> list[str]:
        """The names whose blobs are now gone from storage (their rows are to be forgotten)."""
        done = []
        for name in names:
            try:
                await asyncio.to_thread(self.blobs.delete, name)
                done.append(name)
            except Exception:
                log.warning("deleting a media blob failed; tried again at the next sweep",
                            extra={"tenant_id": name.split("/", 1)[0], "reason": "blob_delete_failed"})
        return done
