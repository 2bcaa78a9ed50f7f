"""The retention sweep of each serving process: events past the retention period are deleted in small batches.

Every batch is its own short write transaction (``store.prune_expired_batch``, at most ``PRUNE_BATCH_ROWS``
events and their keys) and the sweep pauses between batches, at least as long as the batch took: on SQLite
the group writer (a thread or the writer process) needs the same single write lock for every commit, and on
PostgreSQL a long delete would hold row locks and a snapshot. So a sweep of any size delays a webhook by at
most about one batch, and never takes more than half of the writer's time while it runs. The media keeper's
sweep (``relay.keeper``) works the same way for kept blobs.

Releasing what every device has acknowledged works the same way: an acknowledgement or a revocation releases at
most one batch in its own transaction (``store.acknowledge``, ``store.revoke_device``), and when there was more,
the rest is released here, batch by batch (``release_tenant``): at once for an acknowledgement this process
answered (``Releases``), and at every sweep for any tenant with rows left (``store.tenants_to_release``: left by
the command-line revocation, another process, or one that stopped before finishing).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable

from starlette.concurrency import run_in_threadpool

from relay import store
from relay.db import Engines
from relay.metrics import Metrics

log = logging.getLogger("relay.http")

MIN_PAUSE_SECONDS = 0.005  # between two batches, at least: a writer waiting for the lock gets its turn

# Awaited after each batch (with the number of batches done); tests use it to act between two batches.
BetweenBatches = Callable[[int], Awaitable[None]]


async def pause_after(batch_seconds: float) -> None:
    """Leave the write lock free for at least as long as the last batch held it."""
    await asyncio.sleep(max(MIN_PAUSE_SECONDS, batch_seconds))


async def sweep_events(engines: Engines, metrics: Metrics, *, retention_seconds: float,
                       batch_rows: int = store.PRUNE_BATCH_ROWS, now_us: int | None = None,
                       between: BetweenBatches | None = None) -> int:
    """Delete every event received before the retention period, batch by batch; returns how many.

    The cutoff is fixed when the sweep starts, so webhooks stored while it runs are never its concern.
    Counted in ``metrics`` (events deleted, batches) and logged once per sweep that deleted anything."""
    cutoff = (now_us if now_us is not None else store.now_us()) - int(retention_seconds * 1_000_000)
    started = time.perf_counter()
    total = batches = 0
    while True:
        began = time.perf_counter()
        removed = await run_in_threadpool(store.prune_expired_batch, engines, cutoff_us=cutoff, limit=batch_rows)
        if removed:
            total += removed
            batches += 1
            metrics.retention_deleted["events"] += removed
            metrics.retention_batches["events"] += 1
        if removed < batch_rows:
            break
        await pause_after(time.perf_counter() - began)
        if between is not None:
            await between(batches)
    if total:
        log.info("retention sweep: deleted %d events past retention in %d batches, %.0f ms", total, batches,
                 (time.perf_counter() - started) * 1000, extra={"size": total})
    return total


def count_released(metrics: Metrics, released: store.Released) -> None:
    """Count one release transaction (a request's own, or the sweep's) in ``metrics``."""
    if released.rows:
        metrics.retention_deleted["acknowledged"] += released.events
        metrics.retention_deleted["revoked_keys"] += released.keys
        metrics.retention_batches["acknowledged"] += 1


async def release_tenant(engines: Engines, metrics: Metrics, tenant_id: str, *,
                         batch_rows: int = store.PRUNE_BATCH_ROWS, between: BetweenBatches | None = None) -> int:
    """Release what every active device of the tenant has acknowledged, and its revoked devices' keys, batch by
    batch with a pause after each (``store.release_acknowledged``); returns how many rows."""
    total = batches = 0
    while True:
        began = time.perf_counter()
        released = await run_in_threadpool(store.release_acknowledged, engines, tenant_id, limit=batch_rows)
        count_released(metrics, released)
        total += released.rows
        batches += 1 if released.rows else 0
        if not released.more:
            break
        await pause_after(time.perf_counter() - began)
        if between is not None:
            await between(batches)
    if total:
        log.info("retention sweep: released %d acknowledged events and revoked keys of a tenant in %d batches",
                 total, batches, extra={"size": total})
    return total


async def sweep_acknowledged(engines: Engines, metrics: Metrics, *, batch_rows: int = store.PRUNE_BATCH_ROWS,
                             between: BetweenBatches | None = None) -> int:
    """Finish releasing for every tenant with rows left (``store.tenants_to_release``); returns how many rows."""
    total = 0
    for tenant_id in await run_in_threadpool(store.tenants_to_release, engines):
        total += await release_tenant(engines, metrics, tenant_id, batch_rows=batch_rows, between=between)
    return total


class Releases:
    """Tenants a request of this process left rows to release for; the retention loop releases them soon."""

    def __init__(self) -> None:
        self.tenants: set[str] = set()
        self.wanted = asyncio.Event()
        self.settled = asyncio.Event()  # set whenever every tenant added has been released (tests wait on it)
        self.settled.set()

    def add(self, tenant_id: str) -> None:
        self.tenants.add(tenant_id)
        self.settled.clear()
        self.wanted.set()

    async def run(self, engines: Engines, metrics: Metrics) -> None:
        """Release each tenant added, one at a time (forever; cancelled with the server)."""
        while True:
            await self.wanted.wait()
            self.wanted.clear()
            while self.tenants:
                tenant_id = self.tenants.pop()
                try:
                    await release_tenant(engines, metrics, tenant_id)
                except Exception:
                    log.exception("releasing acknowledged events failed; the next sweep tries again")
            self.settled.set()


async def sweep_periodically(engines: Engines, metrics: Metrics, *, retention_seconds: float,
                             interval_seconds: float) -> None:
    """The serving process's retention loop: every ``interval_seconds``, one sweep of expired events, then the
    release of acknowledged events and revoked keys left by earlier requests."""
    while True:
        await asyncio.sleep(interval_seconds)
        try:
            await sweep_events(engines, metrics, retention_seconds=retention_seconds)
            await sweep_acknowledged(engines, metrics)
        except Exception:
            log.exception("the retention sweep failed; tried again at the next interval")
