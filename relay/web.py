"""What every route module shares: the per-process ``Relay`` state and the JSON error answer.

Kept apart from ``relay.app`` so that the route modules (``intake``, ``device_api``, ``operations``) do not
import the module that assembles them.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse

from relay import crypto, db, retention, store
from relay.blobs import Blobs
from relay.config import Settings
from relay.keeper import MediaKeeper
from relay.metrics import Metrics
from relay.ratelimit import AttemptLimiter
from relay.wake import WakeHub
from relay.writer import GroupWriter, Incoming
from relay.writer_process import WriterProcess

log = logging.getLogger("relay.http")


def error(status: int, message: str, **headers: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers or None)


class BodyTooLarge(Exception):
    pass


async def read_body(receive, declared: bytes | str | None, limit: int) -> bytes | None:
    """The request body from ASGI ``receive`` (None: the client went away); BodyTooLarge over ``limit``.

    ``declared`` is the Content-Length header, if any: a body announced as too large is refused unread.
    """
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return None
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge
        chunks.append(chunk)
        if not message.get("more_body", False):
            return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def cache_period_end(read_at: float, seconds: float) -> float:
    """When a tenant read at ``read_at`` leaves the cache: the end of its period of ``seconds`` (periods follow
    each other from clock zero), so at most ``seconds`` after the read and at the same moment as every entry read
    in the same period.

    An entry kept for ``seconds`` from its own read instead expires when it was first missed: entries first read
    at different moments (a warm-up, a shop's first webhook) never meet again, and a process that serves many
    shops, each read on its own when it expires, read the database every few webhooks."""
    if seconds <= 0:
        return read_at
    return (math.floor(read_at / seconds) + 1) * seconds


@dataclass
class Relay:
    """Everything one server process shares: settings, engines, master key, writer, wake hub, metrics."""

    settings: Settings
    engines: db.Engines
    master: crypto.MasterKey
    writer: GroupWriter | WriterProcess
    hub: WakeHub
    metrics: Metrics = field(default_factory=Metrics)
    keeper: MediaKeeper | None = None  # downloads and keeps inbound media of tenants with a media token
    blobs: Blobs | None = None  # where kept media live (a directory, or an S3-compatible store)
    releases: retention.Releases = field(default_factory=retention.Releases)  # rows left by acks, refused pairings
    draining: bool = False  # the server is shutting down: waiting pulls answer at once
    max_waiting_pulls: int = 2048  # set by the lifespan: the setting, at most half the connection limit
    _pull_slots: dict[str, list[asyncio.Future]] = field(default_factory=dict)  # per device, oldest first
    _tenants: dict[tuple[str, str], tuple[float, store.TenantSecrets]] = field(default_factory=dict)

    _lookups: dict[tuple[str, str], asyncio.Future] = field(default_factory=dict)  # being read, or about to be
    _wanted: list[tuple[str, str]] = field(default_factory=list)  # not cached, for the next read
    _served: set[tuple[str, str]] = field(default_factory=set)  # asked for since read: read ahead once expired
    _reader: asyncio.Future | None = None
    clock: Callable[[], float] = time.monotonic  # the tenant cache's and the queue depth's clock (tests move it)
    # /metrics reads the queue depth (a scan of every stored event) at most once this often (``queue_depths``)
    depth_seconds: float = 15.0
    _depths: tuple[float, dict[str, int]] | None = None  # (read at, depth per tenant)
    _depth_read: asyncio.Future | None = None
    _depth_changes: int = 0  # acks in this process so far: a read that began before one is not kept
    pair_attempts: AttemptLimiter = field(init=False)
    signup_by_address: AttemptLimiter = field(init=False)
    signup_by_email: AttemptLimiter = field(init=False)

    def __post_init__(self) -> None:
        self.pair_attempts = AttemptLimiter(self.settings.pair_attempts_per_minute)
        self.signup_by_address = AttemptLimiter(self.settings.signup_per_ip_per_hour, 3600)
        self.signup_by_email = AttemptLimiter(self.settings.signup_per_email_per_hour, 3600)

    async def tenant(self, *, tenant_id: str | None = None, waba_id: str | None = None) -> store.TenantSecrets | None:
        """The tenant's decrypted secrets, cached ``tenant_cache_seconds``; None for no such tenant.

        Misses are read together: one read at a time per process (``_read_tenants``) takes every tenant asked
        for and not cached, so when many shops' entries expire at once (they were cached in the same burst) the
        requests that follow cost one query on one connection, not one per shop, which with several serving
        processes would run past PostgreSQL's connection limit. A request for a tenant already being read
        waits for that read. Entries expire at the end of the cache period they were read in (``cache_period_end``),
        and the first read of a period also takes every expired entry that was asked for since its read
        (``_served``: served from the cache, or read for a request): the tenants a process serves are read again
        together, once a period, rather than one or two at a time, each with the misses that came in while the
        read before it ran. An entry only read ahead, and not asked for in its period, is not read ahead again.
        """
        if (tenant_id is not None and not store.is_id(tenant_id)) or (waba_id is not None and "\x00" in waba_id):
            return None  # names no tenant, and PostgreSQL refuses a NUL in text: no lookup
        key = ("id", tenant_id) if tenant_id is not None else ("waba", waba_id or "")
        hit = self._tenants.get(key)
        if hit is not None and hit[0] > self.clock():
            self._served.add(key)
            return hit[1]
        lookup = self._lookups.get(key)
        if lookup is None:
            lookup = self._lookups[key] = asyncio.get_running_loop().create_future()
            self._wanted.append(key)
            if self._reader is None or self._reader.done():
                self._reader = asyncio.ensure_future(self._read_tenants())
        return await asyncio.shield(lookup)

    async def _read_tenants(self) -> None:
        """Read every wanted tenant, in rounds, until none is left waiting; then resolve and cache them."""
        while self._wanted:
            keys, self._wanted = self._wanted, []
            started = self.clock()
            asked = set(keys)
            keys += self._read_ahead(started)
            try:
                found = await run_in_threadpool(store.tenants_secrets, self.engines, self.master, keys,
                                                active_only=True)
            except Exception as exc:
                for key in keys:
                    lookup = self._lookups.pop(key)
                    if not lookup.done():
                        lookup.set_exception(exc)
                    lookup.exception()  # marked as retrieved: its waiters may all have gone
                continue
            until = cache_period_end(started, self.settings.tenant_cache_seconds)
            for key in keys:
                secrets = found[key]
                if secrets is not None and self.settings.tenant_cache_seconds > 0:
                    self._tenants[key] = (until, secrets)
                    if key in asked:  # asked for in this period: read ahead with the next period's first read
                        self._served.add(key)
                else:
                    self._tenants.pop(key, None)
                lookup = self._lookups.pop(key)
                if not lookup.done():
                    lookup.set_result(secrets)

    def _read_ahead(self, now: float) -> list[tuple[str, str]]:
        """The entries asked for since their read that have expired and are not being read: read with the next
        read (a request for one of them meanwhile waits for it), so that a process's tenants are read together."""
        served, self._served = self._served, set()
        ahead = []
        for key in served:
            entry = self._tenants.get(key)
            if entry is None or key in self._lookups:
                continue
            if entry[0] > now:
                self._served.add(key)  # still fresh: read ahead when it has expired
            else:
                self._lookups[key] = asyncio.get_running_loop().create_future()
                ahead.append(key)
        return ahead

    async def queue_depths(self) -> dict[str, int]:
        """Events not yet acknowledged by every device, per tenant (``store.queue_depths``), read at most once per
        ``depth_seconds``: the count reads every stored event, so a relay keeping weeks of them, scraped every
        few seconds, would spend the serving process's CPU on it while webhooks wait (docs/relay.md,
        Benchmark). An ack in this process (``depths_changed``) makes the next scrape read it anew; one read at a
        time, concurrent scrapes share it."""
        cached = self._depths
        if cached is not None and self.clock() < cached[0] + self.depth_seconds:
            return cached[1]
        if self._depth_read is None:
            self._depth_read = asyncio.ensure_future(self._read_depths())
        return await asyncio.shield(self._depth_read)

    async def _read_depths(self) -> dict[str, int]:
        started, changes = self.clock(), self._depth_changes
        try:
            depths = await run_in_threadpool(store.queue_depths, self.engines)
        finally:
            self._depth_read = None
        if changes == self._depth_changes:
            self._depths = (started, depths)
        return depths

    def depths_changed(self) -> None:
        """Acks changed the queue depth: the next scrape reads it."""
        self._depths = None
        self._depth_changes += 1

    def forget_tenant(self, tenant_id: str) -> None:
        """Drop this process's cached secrets of a tenant (its media token changed here)."""
        for key, (_until, found) in list(self._tenants.items()):
            if found.tenant.id == tenant_id:
                self._tenants.pop(key, None)

    async def media_token(self, tenant_id: str) -> str | None:
        """The tenant's media token (through the tenant cache); None when it has none or is gone."""
        found = await self.tenant(tenant_id=tenant_id)
        return None if found is None else found.media_token

    def pull_slot(self, device_id: str) -> asyncio.Future:
        """A place for one more waiting pull of the device; it resolves when a newer pull takes the place.

        Beyond ``max_pulls_per_device`` the device's oldest waiting pull is released to answer at once: a
        device needs one pull at a time, and a newer one is the one still listening (after a restart or a
        dropped connection the old may linger on a half-open connection until its wait runs out).
        """
        slots = self._pull_slots.setdefault(device_id, [])
        while len(slots) >= self.settings.max_pulls_per_device:
            oldest = slots.pop(0)
            if not oldest.done():
                oldest.set_result(None)
                self.metrics.pulls_limited["superseded"] += 1
        slot = asyncio.get_running_loop().create_future()
        slots.append(slot)
        return slot

    def free_pull_slot(self, device_id: str, slot: asyncio.Future) -> None:
        slots = self._pull_slots.get(device_id, [])
        if slot in slots:
            slots.remove(slot)
        if not slots:
            self._pull_slots.pop(device_id, None)

    def drain(self) -> None:
        """Release every waiting long-poll (with what it has) and let no new pull wait; idempotent."""
        self.draining = True
        self.hub.wake_all()

    async def store_body(self, tenant_id: str, body: bytes, correlation_id: str,
                         media: tuple[tuple[str, str], ...] = (), body_time: int | None = None) -> bool:
        """Durably store one body for one tenant; True if new, False if a duplicate. Raises on failure.

        ``media``: the inbound media of a tenant that keeps media; their rows commit with the event, and the
        keeper is only woken here, so the download runs beside the 200, never before it. ``body_time``:
        ``meta.body_time(body)`` if the caller knows it (``relay.writer.Incoming``)."""
        stored = await self.writer.submit(Incoming(
            tenant_id, body, hashlib.sha256(body).digest(), correlation_id, store.now_us(), media,
            body_time))
        self.metrics.accept("duplicate" if stored.duplicate else "stored")
        if media and not stored.duplicate and self.keeper is not None:
            self.keeper.wake()
        return not stored.duplicate


def relay_of(request: Request) -> Relay:
    return request.app.state.relay
