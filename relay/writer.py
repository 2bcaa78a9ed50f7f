"""Group commit: many concurrent webhooks become one durable transaction, and each 200 follows its COMMIT.

A request hands its verified body to ``GroupWriter.submit`` and awaits a future. A flusher task on the
event loop takes every pending item, seals the bodies (CPU work, on the loop) and hands the batch to one
database thread, which inserts with ``ON CONFLICT DO NOTHING`` on (body time, tenant, SHA-256 of the body) and
commits (WAL fsync on SQLite). Only then are the futures resolved. One fsync serves the whole batch. The
statements themselves are ``store.EventBatch``'s. The body time (``meta.body_time``, in ``seal``, unless the
serving process handed it over in ``Incoming``) is a function of the body, so a retry has the same key;
events stored before that key (migration 0006) are looked up by (tenant, hash) first while any are left.

Why sealing happens on the loop and not in the database thread: two threads that both burn CPU fight over
the GIL at every system call, which made each request several times dearer. The database thread mostly
waits on SQLite/PostgreSQL with the GIL released.

Recipients: the devices a batch was sealed to come from a cache; inside the insert transaction, under the
tenants' event locks, the writer reads their active devices again. If they differ (a device paired or was
revoked meanwhile) nothing is written, the cache is refreshed and the batch is sealed again. So no event is
ever sealed to a stale device list, across processes too.

Event locks (``store.lock_tenants``): a batch's transaction first takes the locks of its tenants that are free
and stores only their webhooks; the others (another process is committing for those tenants) are stored right
after, in a second transaction that waits for their locks. So processes commit different tenants in parallel
rather than queueing behind one another, and a webhook waits at most one extra transaction.

Sealing is done tenant by tenant: a tenant whose device key cannot be sealed to (it should never pair, but a
database can be edited) loses only its own webhooks of the batch (``SealingFailed``, answered 503) and is
dropped from the device cache, so that a revocation or a repaired key is seen by the next batch. The other
tenants of the batch are stored as usual. ``failing_tenants`` names the tenants whose last batch failed,
for ``/healthz``; ``sealing_failures`` counts their lost webhooks, for ``/metrics``.

Expiry on commit (SQLite, given ``retention_seconds``): a group commit also deletes the oldest events past the
retention period, inside its own transaction, once at least ``EXPIRY_CHUNK`` are due, and then at most the
sweep's batch (``store.PRUNE_BATCH_ROWS``), so a commit stays short. The serving process's periodic
sweep needs SQLite's one write lock for transactions of its own, each with an fsync, and whichever process
waits for that lock sleeps in SQLite's busy-handler steps, so under a steady load the sweep cost the writer
more than the rows it deleted. Chunks rather than a few rows at every commit: most of a delete's cost is the
pages it changes, which the COMMIT writes to the WAL, and the events' and keys' table and index pages hold many
neighbouring ids, so a chunk writes each of them once rather than once per commit (the dedupe index's pages are
random either way). A steady load still expires as fast as it inserts, and a backlog drains a chunk per commit.
The periodic sweep remains for whatever is left when webhooks stop arriving (fewer than a chunk included).
PostgreSQL leaves expiry to the sweeps: they do not hold the writers' locks, and every process's sweep shares the
rows (``SKIP LOCKED``).

Adaptive hold (``CommitQueue``, both writers, ``KLAROS_RELAY_COMMIT_WAIT_MS``): a transaction costs the writer a
fixed amount (BEGIN, the device list, COMMIT and its fsync, the answers) besides its webhooks, so paced traffic
that reaches the writer one or two webhooks at a time pays that cost for each. When the last transaction was
small and webhooks arrived while it or one of the few before it committed (traffic comes on its own, not in
answer to the 200s), the
webhooks that are pending wait before the next transaction until ``HOLD_TARGET`` are pending or the oldest has
waited ``hold_seconds``. A backlog (that many pending, or a last transaction that large) is never held, nor is
a lone sender who waits for each answer (nothing arrived while its webhook committed). The same bound applies
while the writer process is still committing (``relay.writer_frames``), so a webhook waits in the serving
process at most ``hold_seconds`` in all, never once per wait. Nothing is answered before its COMMIT.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Generator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import NamedTuple

from relay import crypto, logs, meta, store
from relay.checkpoints import Checkpointer
from relay.db import Engines
from relay.store import Recipients, held_key_purpose

log = logging.getLogger(__name__)
http_log = logging.getLogger("relay.http")  # the stored/duplicate lines belong with the request log

MAX_RESEAL_ATTEMPTS = 5
EXPIRY_CHUNK = 128  # expired events due before a group commit deletes any (then at most store.PRUNE_BATCH_ROWS)
# a transaction of this many webhooks is not small (the next is not held), and this many pending end a hold
HOLD_TARGET = 16
LEGACY_RECHECK_SECONDS = 60.0  # how often the writer looks whether events older than migration 0006 are left
# transactions after the last one during which webhooks arrived that still count as traffic coming on its own
FLOW_MEMORY = 8
# a StoreRequest's answer: per sealed item its Stored, or None when another process held its tenant's lock
InsertResult = list["Stored | None"]


class Incoming(NamedTuple):
    """A verified webhook on its way to the writer (a tuple: made for every webhook, in both processes, and
    a named tuple is made in half the time of a frozen dataclass)."""

    tenant_id: str
    body: bytes
    body_sha256: bytes
    correlation_id: str
    received_us: int
    # Inbound media the relay keeps for this tenant: (Meta media id, kind) pairs, recorded with the event in
    # its transaction so a pull never sees the event before its media reference (relay/keeper.py).
    media: tuple[tuple[str, str], ...] = ()
    # ``meta.body_time(body)`` when the serving process has it already (it parsed the body for the stale check);
    # None: the writer reads it from the body.
    body_time: int | None = None


class Stored(NamedTuple):
    event_id: int | None  # None: the same body was already stored for this tenant

    @property
    def duplicate(self) -> bool:
        return self.event_id is None


class SealingFailed(RuntimeError):
    """This webhook's tenant has a device nothing can be sealed to: the webhook is not stored (503, Meta
    retries); the batch's other tenants are."""

    def __init__(self, tenant_id: str, reason: str) -> None:
        super().__init__(f"sealing failed for tenant {tenant_id}: {reason}")
        self.tenant_id = tenant_id
        self.reason = reason


Outcome = Stored | SealingFailed


@dataclass
class SealedItem:
    item: Incoming
    nonce: bytes
    ciphertext: bytes
    held_key: bytes | None
    wrapped: list[crypto.Recipient]
    body_time: int = 0  # meta.body_time of the body: the first part of the dedupe key


def log_outcomes(items: list[Incoming], results: list[Outcome]) -> None:
    """The ``webhook stored`` / ``webhook duplicate`` lines of one group commit (tenant and operator routes),
    written after the COMMIT and before any of its 200s is sent (webhooks that could not be sealed have
    their own warning, from ``GroupWriter.seal``)."""
    logs.log_stored(http_log, [logs.StoredWebhook(item.correlation_id, item.tenant_id, len(item.body), result.duplicate)
                               for item, result in zip(items, results, strict=True) if isinstance(result, Stored)])


class StaleRecipients(Exception):
    """The device list changed since the batch was sealed; carries the current one."""

    def __init__(self, current: Recipients) -> None:
        super().__init__("device list changed")
        self.current = current


Pending = tuple[Incoming, asyncio.Future]


def _release(gate: asyncio.Future) -> None:
    if not gate.done():
        gate.set_result(None)


class CommitQueue:
    """The request side both writers share (this thread writer and ``relay.writer_process``): requests wait
    on futures, a flusher takes them in batches (held back a bounded time while that gathers more: the module's
    docstring), and each batch is answered together after its COMMIT."""

    def __init__(self, batch_max: int, on_committed: Callable[[set[str]], None] | None,
                 hold_seconds: float = 0.0) -> None:
        self._batch_max = batch_max
        self._on_committed = on_committed  # the tenants that got new events (wakes their long-polls)
        self._pending: list[Pending] = []
        self._hold_seconds = hold_seconds
        self._hold_target = min(HOLD_TARGET, batch_max)
        self._first_at = 0.0  # loop time at which the oldest pending webhook arrived
        self._gate: asyncio.Future | None = None  # a hold in progress; resolved to look again
        self._last_commit = 0  # webhooks in the writer's last transaction
        # transactions left for which traffic counts as coming on its own: set when webhooks were pending as the
        # writer finished one, counted down by each that found none (at low rates most commits see no arrival)
        self._flowing = 0
        self.holds = 0  # batches held back
        self._wakeup: asyncio.Event | None = None  # made by start(), on the serving loop
        # the serving loop, kept: on Python 3.11 every asyncio.get_running_loop() is a getpid() system call
        self._loop: asyncio.AbstractEventLoop | None = None
        self.batches = 0
        self.rows = 0
        # seconds webhooks waited for their tenants' event locks (PostgreSQL), summed over webhooks: comparable
        # with their request time
        self.lock_wait_seconds = 0.0
        self.expired = 0  # events past retention the group commits deleted (expiry on commit)
        self.sealing_failures: Counter[str] = Counter()  # tenant -> webhooks not stored because sealing failed
        self.failing_tenants: dict[str, str] = {}  # tenant -> reason, until one of its webhooks is sealed again

    async def submit(self, item: Incoming) -> Stored:
        loop = self._loop
        if loop is None:
            loop = self._loop = asyncio.get_running_loop()
        future = loop.create_future()
        pending = self._pending
        if not pending:
            self._first_at = self._now()
        pending.append((item, future))
        assert self._wakeup is not None, f"{type(self).__name__} was not started"
        self._wakeup.set()
        gate = self._gate
        if gate is not None and len(pending) >= self._hold_target:
            _release(gate)  # a transaction's worth: it goes now
        return await future

    # the loop's clock and timers (a test gives the queue a clock of its own)
    def _now(self) -> float:
        assert self._loop is not None
        return self._loop.time()

    def _call_at(self, when: float, callback: Callable, *args):
        assert self._loop is not None
        return self._loop.call_at(when, callback, *args)

    def _busy(self) -> bool:
        """The writer is still committing earlier webhooks (the writer process; the thread writer's flusher
        takes a batch only once the one before is answered)."""
        return False

    def _holding(self) -> bool:
        """Whether the pending webhooks should wait for more before they go to the writer."""
        if len(self._pending) >= self._hold_target:
            return False
        if self._busy():
            return True  # they would only wait for its commit in the pipe
        return self._flowing > 0 and self._last_commit < self._hold_target

    def _writer_idle(self, transaction: int) -> None:
        """The writer finished a transaction of ``transaction`` webhooks and has nothing else in hand."""
        self._last_commit = transaction
        self._flowing = FLOW_MEMORY if self._pending else max(0, self._flowing - 1)
        if self._gate is not None:
            _release(self._gate)  # look again: what was gathered may go now

    async def _hold(self) -> None:
        """Wait while ``_holding`` says so, at most until the oldest pending webhook has waited ``hold_seconds``."""
        if self._hold_seconds <= 0:
            return
        held = False
        while self._holding():
            deadline = self._first_at + self._hold_seconds
            if self._now() >= deadline:
                break
            assert self._loop is not None
            gate = self._gate = self._loop.create_future()
            timer = self._call_at(deadline, _release, gate)
            held = True
            try:
                await gate
            finally:
                timer.cancel()
                self._gate = None
        self.holds += held

    async def _next_batch(self) -> list[Pending]:
        """Wait until webhooks are pending, hold them while that gathers more; take at most ``batch_max``."""
        assert self._wakeup is not None
        while True:
            await self._wakeup.wait()
            await self._hold()
            batch, self._pending = self._pending[:self._batch_max], self._pending[self._batch_max:]
            if self._pending:
                self._first_at = self._now()
            else:
                self._wakeup.clear()
            if batch:
                return batch

    def _resolve(self, batch: list[Pending], results: list[Outcome]) -> None:
        self._account([item for item, _ in batch], results)
        for (_, future), result in zip(batch, results, strict=True):
            if future.done():  # a client that went away still has its row committed
                continue
            if isinstance(result, SealingFailed):
                future.set_exception(result)
            else:
                future.set_result(result)
        new_tenants = {item.tenant_id for (item, _), r in zip(batch, results, strict=True)
                       if isinstance(r, Stored) and r.event_id}
        if new_tenants and self._on_committed is not None:
            self._on_committed(new_tenants)

    def _account(self, items: list[Incoming], results: list[Outcome]) -> None:
        """Keep ``failing_tenants`` and ``sealing_failures`` up to date with one batch's outcomes."""
        for item, result in zip(items, results, strict=True):
            if isinstance(result, SealingFailed):
                self.sealing_failures[item.tenant_id] += 1
                self.failing_tenants[item.tenant_id] = result.reason
            else:
                self.failing_tenants.pop(item.tenant_id, None)

    @staticmethod
    def _fail(batch: list[Pending], exc: Exception) -> None:
        for _, future in batch:
            if not future.done():
                future.set_exception(exc)


def _on_disk(engines: Engines) -> bool:
    return engines.write.url.database not in (None, "", ":memory:")


class GroupWriter(CommitQueue):
    def __init__(self, engines: Engines, master: crypto.MasterKey, *, batch_max: int = 512,
                 on_committed: Callable[[set[str]], None] | None = None, ephemeral_per_event: bool = False,
                 on_stored: Callable[[list[Incoming], list[Stored]], None] | None = None,
                 retention_seconds: float | None = None,
                 wrappers: crypto.KeptWrappers | None = None, hold_seconds: float = 0.0) -> None:
        super().__init__(batch_max, on_committed, hold_seconds)
        self._engines = engines
        # expiry on commit: SQLite only, and only with a retention period
        self._retention_us = (int(retention_seconds * 1_000_000)
                              if retention_seconds is not None and engines.is_sqlite else None)
        self._legacy: bool | None = None  # events from before migration 0006 left (None: not looked yet)
        self._legacy_checked = 0.0
        self._master = master
        self._on_stored = on_stored  # after each COMMIT, before any waiting request is answered (the log lines)
        self._ephemeral_per_event = ephemeral_per_event
        # the ephemeral keys each device's data keys are wrapped under, kept across batches for a bounded time
        self._wrappers = wrappers if wrappers is not None else crypto.KeptWrappers()
        self._devices: Recipients = {}
        self._task: asyncio.Task | None = None
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="relay-writer")
        # the batches' own connection (store.WriteConnection), kept for the writer's life
        self._connection = store.WriteConnection(engines)
        # SQLite: the WAL is copied into the database file beside the commits, not inside one (relay.checkpoints)
        self.checkpointer = Checkpointer(engines.read) if engines.is_sqlite and _on_disk(engines) else None

    # ----------------------------------------------------------------------------------------- async side

    def start(self) -> None:
        """Start the flusher on the running event loop."""
        self._wakeup = asyncio.Event()
        self._loop = asyncio.get_running_loop()
        self._task = self._loop.create_task(self._flush_forever())

    async def stop(self) -> None:
        if self._task is not None:
            while self._pending:  # let accepted requests finish
                await asyncio.sleep(0.01)
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None
        self._db.shutdown(wait=True)
        self.close()

    def close(self) -> None:
        """Give the writer's connection back to the pool and end its checkpoint thread (``stop`` does; callers of
        ``commit`` may)."""
        self._connection.close()
        if self.checkpointer is not None:
            self.checkpointer.close()

    async def _flush_forever(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            batch = await self._next_batch()
            items = [item for item, _ in batch]
            try:
                results = await self._write(loop, items)
            except Exception as exc:
                log.exception("storing a batch of %d webhooks failed; all answered 503", len(batch))
                self._fail(batch, RuntimeError(f"storage failed: {type(exc).__name__}"))
                self._writer_idle(len(batch))
                continue
            self._stored(items, results)
            self._resolve(batch, results)
            self._writer_idle(len(batch))

    async def _write(self, loop: asyncio.AbstractEventLoop, items: list[Incoming]) -> list[Outcome]:
        rounds = self._rounds(items)
        try:
            request = next(rounds)
            while True:
                try:
                    stored = await loop.run_in_executor(self._db, self.insert_batch, *request)
                except StaleRecipients as stale:
                    request = rounds.throw(stale)
                else:
                    request = rounds.send(stored)
        except StopIteration as done:
            return done.value

    # ------------------------------------------------------------------------------------------ sync side

    def commit(self, items: list[Incoming]) -> list[Outcome]:
        """Seal and store a batch from the calling thread (the writer process, tools and tests; the thread
        writer uses ``submit``). A webhook whose tenant could not be sealed to gets a ``SealingFailed``."""
        rounds = self._rounds(items)
        try:
            request = next(rounds)
            while True:
                try:
                    stored = self.insert_batch(*request)
                except StaleRecipients as stale:
                    request = rounds.throw(stale)
                else:
                    request = rounds.send(stored)
        except StopIteration as done:
            results = done.value
        self._account(items, results)
        self._stored(items, results)
        return results

    def _rounds(self, items: list[Incoming]
                ) -> Generator[tuple[list[SealedItem], bool], InsertResult, list[Outcome]]:
        """The transactions that store ``items``, as a generator both writers drive (one awaits the database
        thread, the other calls it): it yields ``(sealed, wait)`` for ``insert_batch`` and is sent its answer,
        or thrown its ``StaleRecipients``; it returns one outcome per item.

        Items whose tenant was locked by another process go to the next round, which waits for their locks;
        they are sealed again only after a device list changed, and then every lock is waited for, so that one
        round reads every tenant's list."""
        results: dict[int, Outcome] = {}
        sealed: dict[int, SealedItem] = {}
        wait = False
        for _round in range(MAX_RESEAL_ATTEMPTS + 1):
            todo = [index for index in range(len(items)) if index not in results]
            if any(index not in sealed for index in todo):
                fresh, failed = self.seal([items[index] for index in todo], self._devices)
                rest = iter(fresh)
                for index in todo:
                    tenant_id = items[index].tenant_id
                    if tenant_id in failed:
                        results[index] = SealingFailed(tenant_id, failed[tenant_id])
                    else:
                        sealed[index] = next(rest)
                todo = [index for index in todo if index not in results]
            if not todo:
                return [results[index] for index in range(len(items))]
            try:
                stored = yield [sealed[index] for index in todo], wait
            except StaleRecipients as stale:
                self._devices.update(stale.current)
                sealed.clear()
                wait = True  # next, every tenant's lock and so every tenant's list: one reseal, not one per tenant
                continue
            for index, outcome in zip(todo, stored, strict=True):
                if outcome is not None:
                    results[index] = outcome
            wait = True
        raise RuntimeError("device list kept changing while sealing a batch")

    def _stored(self, items: list[Incoming], results: list[Outcome]) -> None:
        if self._on_stored is not None:
            try:
                self._on_stored(items, results)
            except Exception:  # a reporting hook must never turn a committed batch into 503s
                log.exception("the on_stored hook failed")

    def seal(self, items: list[Incoming], recipients: Recipients) -> tuple[list[SealedItem], dict[str, str]]:
        """Encrypt each body under a fresh data key and wrap that key to each of its tenant's devices.

        Unless ``ephemeral_per_event`` is set, one ephemeral key pair per device serves the whole batch and the
        batches after it for a bounded time and number of keys (``crypto.KeptWrappers``, docs/sealed-events.md);
        each wrap still has its own nonce. Tenants without a device get the
        data key encrypted under the master key until their first device pairs.

        Returns the sealed items (in their order) and, for each tenant whose sealing failed, why: that
        tenant's items are left out, so that its broken device costs no other tenant its webhooks.
        """
        pool = crypto.RandomPool()
        by_tenant: dict[str, list[int]] = defaultdict(list)
        for index, item in enumerate(items):
            by_tenant[item.tenant_id].append(index)
        done: dict[int, SealedItem] = {}
        failed: dict[str, str] = {}
        for tenant_id, indices in by_tenant.items():
            try:
                for index in indices:
                    done[index] = self._seal_one(items[index], recipients.get(tenant_id, []), pool)
            except Exception as exc:
                failed[tenant_id] = type(exc).__name__
                self._devices.pop(tenant_id, None)  # re-read next time: a revoked or repaired key is then seen
                log.warning("sealing failed for a tenant; its %s of this batch answered 503",
                            logs.webhooks(len(indices)), extra={"tenant_id": tenant_id, "reason": "sealing_failed",
                                                 "status": 503, "size": len(indices)}, exc_info=True)
        return [done[index] for index in sorted(done)], failed

    def _seal_one(self, item: Incoming, targets: list[tuple[str, bytes]], pool: crypto.RandomPool) -> SealedItem:
        box = crypto.seal_body(item.body, item.tenant_id, pool)
        if self._ephemeral_per_event:
            wrapped = [crypto.wrap_for_device(box.data_key, device_id, public_key) for device_id, public_key in targets]
        else:
            wrapped = [self._wrappers.wrap(box.data_key, device_id, public_key, pool)
                       for device_id, public_key in targets]
        held = None if targets else self._master.encrypt(
            box.data_key, held_key_purpose(item.tenant_id, item.body_sha256))
        return SealedItem(item, box.nonce, box.ciphertext, held, wrapped,
                          meta.body_time(item.body) if item.body_time is None else item.body_time)

    def _legacy_events(self, batch: store.EventBatch) -> bool:
        """Whether events stored before migration 0006 may be left, whose dedupe key lacks the body time; looked
        up in the first transaction and again every ``LEGACY_RECHECK_SECONDS`` until none are (they only expire)."""
        if self._legacy is False:
            return False
        now = time.monotonic()
        if self._legacy is None or now >= self._legacy_checked + LEGACY_RECHECK_SECONDS:
            self._legacy, self._legacy_checked = batch.has_legacy_events(), now
        return self._legacy

    def insert_batch(self, sealed: list[SealedItem], wait: bool = True) -> InsertResult:
        """One transaction: lock, check the recipients, multi-row insert, wrapped keys, notify (on PostgreSQL
        sent by the insert), expiry, COMMIT; on the writer's own connection (``store.WriteConnection``).

        Without ``wait``, only the tenants whose event locks are free are stored (at least one); the other
        items answer None, to be stored by a later call."""
        checkpointer = self.checkpointer
        if checkpointer is not None and checkpointer.catch_up:
            # before this transaction, not after the one before: its answers were not held up by the copy
            checkpointer.catch_up = False
            self._connection.catch_up()
        ids: dict[int, int] = {}
        with store.event_batch(self._engines, {s.item.tenant_id for s in sealed}, wait=wait,
                               connection=self._connection) as batch:
            mine = [index for index, s in enumerate(sealed) if s.item.tenant_id in batch.tenants]
            first_of: dict[tuple[str, bytes], int] = {}
            used: dict[str, set[str]] = defaultdict(set)
            for index in mine:
                s = sealed[index]
                first_of.setdefault((s.item.tenant_id, s.item.body_sha256), index)
                used[s.item.tenant_id].update(r.device_id for r in s.wrapped)
            current = batch.active_devices(batch.tenants)
            if any({d for d, _ in current[t]} != used.get(t, set()) for t in current):
                raise StaleRecipients(current)
            if self._legacy_events(batch):
                for key in batch.legacy_duplicates(list(first_of)):
                    del first_of[key]
            params: list = []
            for index in first_of.values():
                s = sealed[index]
                params += [s.item.tenant_id, s.item.body_sha256, s.item.received_us, s.item.correlation_id,
                           len(s.item.body), s.nonce, s.ciphertext, s.held_key, True, s.body_time]
            keyed = not batch.is_sqlite  # PostgreSQL: the keys go with the events, by (tenant, body hash)
            if not first_of:
                returned = []
            elif keyed:
                arrays: tuple[list, ...] = ([], [], [], [], [], [])
                tenants, hashes, devices, epks, nonces, wrapped_keys = arrays
                for index in first_of.values():
                    s = sealed[index]
                    for r in s.wrapped:
                        tenants.append(s.item.tenant_id)
                        hashes.append(s.item.body_sha256)
                        devices.append(r.device_id)
                        epks.append(r.epk)
                        nonces.append(r.nonce)
                        wrapped_keys.append(r.wrapped_key)
                # nothing written after these rows (media rows need their ids): COMMIT in the same round trip
                last = self._retention_us is None and not any(sealed[i].item.media for i in first_of.values())
                returned = batch.insert_events_and_keys(len(first_of), tuple(params), arrays, commit=last)
            else:
                returned = batch.insert_events(len(first_of), tuple(params))
            keys: list = []
            kept: list = []
            for event_id, tenant_id, body_sha256 in returned:
                index = first_of[(tenant_id, bytes(body_sha256))]
                ids[index] = event_id
                if not keyed:
                    for r in sealed[index].wrapped:
                        keys += [event_id, r.device_id, r.epk, r.nonce, r.wrapped_key]
                item = sealed[index].item
                for meta_media_id, kind in item.media:
                    kept += [store.new_id(), tenant_id, event_id, meta_media_id, kind, "pending", item.received_us,
                             0, item.received_us]
            if not keyed:
                batch.insert_keys(keys)
            if kept:
                batch.insert_media(kept)
            batch.notify({t for _, t, _ in returned})
            expired = 0
            if self._retention_us is not None:
                cutoff = store.now_us() - self._retention_us
                expired = batch.expire(cutoff_us=cutoff, limit=store.PRUNE_BATCH_ROWS, at_least=EXPIRY_CHUNK)
        if self.checkpointer is not None:
            self.checkpointer.committed()
        self.lock_wait_seconds += batch.lock_wait * len(sealed)  # every webhook of the transaction waited
        self.batches += 1
        self.rows += len(mine)
        self.expired += expired
        locked = set(mine)
        return [Stored(ids.get(index)) if index in locked else None for index in range(len(sealed))]
