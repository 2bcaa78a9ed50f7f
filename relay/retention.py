"""The retention sweep of each serving process: events past the retention period are deleted in small batches.

Every batch is its own short write transaction (``store.prune_expired_batch``, at most ``PRUNE_BATCH_ROWS``
events and their keys) and the sweep pauses between batches, at least as long as the batch took: on SQLite
the group writer (a thread or the writer process) needs the same single write lock for every commit, and on
PostgreSQL a long delete would hold row locks and a snapshot. So a sweep of any size delays a webhook by at
most about one batch, and never takes more than half of the writer's time while it runs. The media keeper's
sweep (``relay.keeper``) works the same way for kept blobs.
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


async def sweep_periodically(engines: Engines, metrics: Metrics, *, retention_seconds: float,
                             interval_seconds: float) -> None:
    """The serving process's retention loop: one sweep every ``interval_seconds``."""
    while True:
        await asyncio.sleep(interval_seconds)
        try:
            await sweep_events(engines, metrics, retention_seconds=retention_seconds)
        except Exception:
            log.exception("the retention sweep failed; tried again at the next interval")
