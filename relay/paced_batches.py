"""Deleting many rows in paced batches: each batch its own short write transaction, then a pause at least as long
as the batch held the write lock.

On SQLite the group writer (a thread or the writer process) needs the same single write lock for every commit,
and on PostgreSQL a long delete would hold row locks and a snapshot: pausing as long as each batch took gives
the writer at least half of the time, so deleting any number of rows delays a webhook by about one batch. The
retention sweep of events, the release of acknowledged events and revoked keys (``relay.retention``) and the
media keeper's sweep (``relay.keeper``) each run their own batch through ``run_paced``.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

MIN_PAUSE_SECONDS = 0.005  # between two batches, at least: a writer waiting for the lock gets its turn

# Awaited after each batch (with the number of batches done); tests use it to act between two batches.
BetweenBatches = Callable[[int], Awaitable[None]]


@dataclass(frozen=True)
class Batch:
    rows: int  # rows this batch deleted or released
    more: bool  # whether another batch may find more
    held_seconds: float | None = None  # how long it held the write lock; None: as long as the whole step took


@dataclass(frozen=True)
class Paced:
    rows: int  # in all batches
    batches: int
    seconds: float  # from the first batch to the end, pauses included


async def pause_after(batch_seconds: float) -> None:
    """Leave the write lock free for at least as long as the last batch held it."""
    await asyncio.sleep(max(MIN_PAUSE_SECONDS, batch_seconds))


async def run_paced(step: Callable[[], Awaitable[Batch | None]], *, between: BetweenBatches | None = None
                    ) -> Paced:
    """Run ``step`` (one batch; None: nothing was left, and that counts as no batch) until a batch says there is
    no more, pausing after each batch that has more (``pause_after``), then awaiting ``between``."""
    started = time.perf_counter()
    rows = batches = 0
    while True:
        began = time.perf_counter()
        batch = await step()
        if batch is None:
            break
        rows += batch.rows
        batches += 1
        if not batch.more:
            break
        held = batch.held_seconds if batch.held_seconds is not None else time.perf_counter() - began
        await pause_after(held)
        if between is not None:
            await between(batches)
    return Paced(rows, batches, time.perf_counter() - started)
