"""The retention sweep of each serving process: events past the retention period are deleted in small batches.

Every batch is its own short write transaction (``store.prune_expired_batch``, at most ``PRUNE_BATCH_ROWS``
events and their keys) and the sweep pauses between batches, at least as long as the batch took
(``relay.paced_batches``, the loop the media keeper's sweep of kept blobs runs too). So a sweep of any size
delays a webhook by at most about one batch, and never takes more than half of the writer's time while it runs.
On SQLite the group commits expire events themselves, a bounded number each inside their own transaction
(``relay.writer``, expiry on commit), so while webhooks arrive this sweep finds little; it remains for what is left
when they stop, and the only one on PostgreSQL.

Releasing what every device has acknowledged works the same way: an acknowledgement or a revocation releases at
most one batch in its own transaction (``store.acknowledge``, ``store.revoke_device``, and ``store.pair`` for a
device revoked while pairing), and when there was more, the rest is released here, batch by batch
(``release_tenant``): at once for an acknowledgement or a refused pairing this process answered (``Releases``),
and at every sweep for any tenant with rows left (``store.tenants_to_release``: left by
the command-line revocation, another process, or one that stopped before finishing).
"""

from __future__ import annotations

import asyncio
import logging

from starlette.concurrency import run_in_threadpool

from relay import store
from relay.db import Engines
from relay.metrics import Metrics
from relay.paced_batches import Batch, BetweenBatches, run_paced

log = logging.getLogger("relay.http")


async def sweep_events(engines: Engines, metrics: Metrics, *, retention_seconds: float,
                       batch_rows: int = store.PRUNE_BATCH_ROWS, now_us: int | None = None,
                       between: BetweenBatches | None = None) -> int:
    """Delete every event received before the retention period, batch by batch; returns how many.

    The cutoff is fixed when the sweep starts, so webhooks stored while it runs are never its concern.
    Counted in ``metrics`` (events deleted, batches) and logged once per sweep that deleted anything."""
    cutoff = (now_us if now_us is not None else store.now_us()) - int(retention_seconds * 1_000_000)

    async def one_batch() -> Batch | None:
        removed = await run_in_threadpool(store.prune_expired_batch, engines, cutoff_us=cutoff, limit=batch_rows)
        if not removed:
            return None
        metrics.retention_deleted["events"] += removed
        metrics.retention_batches["events"] += 1
        return Batch(removed, more=removed >= batch_rows)

    swept = await run_paced(one_batch, between=between)
    if swept.rows:
        log.info("retention sweep: deleted %d events past retention in %d batches, %.0f ms", swept.rows,
                 swept.batches, swept.seconds * 1000, extra={"size": swept.rows})
    return swept.rows


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

    async def one_batch() -> Batch | None:
        released = await run_in_threadpool(store.release_acknowledged, engines, tenant_id, limit=batch_rows)
        count_released(metrics, released)
        return Batch(released.rows, more=released.more) if released.rows else None

    done = await run_paced(one_batch, between=between)
    if done.rows:
        log.info("retention sweep: released %d acknowledged events and revoked keys of a tenant in %d batches",
                 done.rows, done.batches, extra={"size": done.rows})
    return done.rows


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
