"""Adaptive group commit: after a small transaction, webhooks that keep arriving are held a bounded time so that
the next COMMIT carries them together; a backlog is never held; each is answered only after its COMMIT.

The writers run on a clock the test moves (``FakeClock``): nothing here waits for time to pass or measures it.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools

import pytest
from sqlalchemy import func, select

from relay.embedded import create_tenant
from relay.models import events
from relay.writer import HOLD_TARGET, GroupWriter
from relay.writer_frames import GatheringWriterProcess
from relay.writer_process import _Child

from .conftest import incoming

WAIT = 0.002  # the hold bound the writers get here


class FakeClock:
    """Stands in for the event loop's clock and timers: time moves only when the test says so."""

    def __init__(self) -> None:
        self.time = 1000.0
        self._timers: list = []
        self._order = itertools.count()
        self.scheduled = asyncio.Event()  # set whenever a timer is scheduled (a hold began)
        self.deadlines: list[float] = []

    def now(self) -> float:
        return self.time

    def call_at(self, when: float, callback, *args):
        entry = [when, next(self._order), callback, args, False]
        heapq.heappush(self._timers, entry)
        self.deadlines.append(when)
        self.scheduled.set()
        return _Timer(entry)

    def advance(self, seconds: float) -> None:
        self.time += seconds
        while self._timers and self._timers[0][0] <= self.time:
            _when, _n, callback, args, cancelled = heapq.heappop(self._timers)
            if not cancelled:
                callback(*args)

    async def hold_begins(self) -> float:
        await asyncio.wait_for(self.scheduled.wait(), 10)
        self.scheduled.clear()
        return self.deadlines[-1]


class _Timer:
    def __init__(self, entry: list) -> None:
        self._entry = entry

    def cancel(self) -> None:
        self._entry[4] = True


async def settle() -> None:
    """Let every task that can run do so (no time passes on any clock)."""
    for _ in range(20):
        await asyncio.sleep(0)


def stored_count(engines) -> int:
    with engines.read.connect() as conn:
        return conn.execute(select(func.count()).select_from(events)).scalar_one()


class GatedWriter:
    """A ``GroupWriter`` on a fake clock whose transactions each wait for the test to let them commit."""

    def __init__(self, engines, master, clock: FakeClock) -> None:
        self.writer = GroupWriter(engines, master, hold_seconds=WAIT)
        self.writer._now = clock.now
        self.writer._call_at = clock.call_at
        self.taken: asyncio.Queue[list[str]] = asyncio.Queue()  # the webhooks of each transaction, as it begins
        self._go: asyncio.Queue[None] = asyncio.Queue()
        write = self.writer._write

        async def gated(loop, items):
            self.taken.put_nowait([item.correlation_id for item in items])
            await self._go.get()
            return await write(loop, items)  # the real INSERTs and COMMIT

        self.writer._write = gated

    def submit(self, tenant, name: str) -> asyncio.Task:
        item = incoming(tenant, name)._replace(correlation_id=name)
        return asyncio.get_running_loop().create_task(self.writer.submit(item))

    async def next_transaction(self) -> list[str]:
        return await asyncio.wait_for(self.taken.get(), 10)

    def commit(self) -> None:
        self._go.put_nowait(None)


@pytest.fixture
async def gated(writer_setup):
    """A started ``GatedWriter`` on a fake clock, a tenant to send for, the clock and the engines; stopped after."""
    settings, engines, master = writer_setup
    clock = FakeClock()
    gw = GatedWriter(engines, master, clock)
    gw.writer.start()
    yield gw, create_tenant(settings, "A"), clock, engines
    await gw.writer.stop()


async def test_webhooks_a_few_hundred_microseconds_apart_after_a_small_commit_share_one_transaction(gated):
    gw, shop, clock, engines = gated
    first = gw.submit(shop, "first")
    assert await gw.next_transaction() == ["first"]  # nothing suggested more would come: not held
    clock.advance(0.0003)
    second = gw.submit(shop, "second")  # arrives while the first commits
    await settle()
    gw.commit()
    await first
    deadline = await clock.hold_begins()  # the last transaction was small and webhooks keep coming: held
    assert deadline == pytest.approx(1000.0003 + WAIT)  # bounded from the arrival of the oldest held
    later = []
    for name in ("third", "fourth"):
        clock.advance(0.0003)
        later.append(gw.submit(shop, name))
    await settle()
    assert gw.taken.empty() and not second.done()
    clock.advance(deadline - clock.now())  # the bound runs out
    assert await gw.next_transaction() == ["second", "third", "fourth"]
    assert not any(task.done() for task in [second, *later])  # nothing answered before its COMMIT
    gw.commit()
    results = await asyncio.gather(second, *later)
    assert all(r.event_id is not None for r in results)
    assert stored_count(engines) == 4
    assert gw.writer.batches == 2


async def test_paced_webhooks_stay_held_after_a_commit_during_which_none_arrived(gated):
    """At a low rate most commits see no arrival; one such commit does not make the next webhook go alone."""
    gw, shop, clock, _engines = gated
    first = gw.submit(shop, "first")
    await gw.next_transaction()
    second = gw.submit(shop, "second")  # arrives while the first commits: traffic comes on its own
    await settle()
    gw.commit()
    await first
    deadline = await clock.hold_begins()
    clock.advance(deadline - clock.now())
    assert await gw.next_transaction() == ["second"]
    gw.commit()  # nothing arrived while it committed
    await second
    clock.advance(0.001)
    third = gw.submit(shop, "third")
    await clock.hold_begins()  # still held
    clock.advance(0.0004)
    fourth = gw.submit(shop, "fourth")
    await settle()
    assert gw.taken.empty()
    clock.advance(WAIT)
    assert await gw.next_transaction() == ["third", "fourth"]
    gw.commit()
    await asyncio.gather(third, fourth)


async def test_a_backlog_is_not_held(gated):
    gw, shop, clock, _engines = gated
    first = gw.submit(shop, "first")
    assert await gw.next_transaction() == ["first"]
    burst = [gw.submit(shop, f"burst {n}") for n in range(HOLD_TARGET)]  # a transaction's worth queues up
    await settle()
    gw.commit()
    await first
    assert len(await gw.next_transaction()) == HOLD_TARGET  # at once: no hold, no timer
    assert clock.deadlines == []
    again = gw.submit(shop, "after a large transaction")
    gw.commit()
    await asyncio.gather(*burst)
    assert await gw.next_transaction() == ["after a large transaction"]  # the last one was large: not held
    assert clock.deadlines == []
    gw.commit()
    await again


async def test_the_hold_ends_when_a_transactions_worth_is_pending(gated):
    gw, shop, clock, _engines = gated
    first = gw.submit(shop, "first")
    await gw.next_transaction()
    tasks = [gw.submit(shop, "second")]
    await settle()
    gw.commit()
    await first
    await clock.hold_begins()
    tasks += [gw.submit(shop, f"more {n}") for n in range(HOLD_TARGET - 1)]
    assert len(await gw.next_transaction()) == HOLD_TARGET  # before the bound: the clock never moved
    gw.commit()
    await asyncio.gather(*tasks)


async def test_a_lone_sender_is_never_held(gated):
    """One webhook at a time, each sent after the answer to the one before: nothing arrives during a commit,
    so nothing suggests waiting would gather more."""
    gw, shop, clock, _engines = gated
    for n in range(3):
        task = gw.submit(shop, f"m{n}")
        assert await gw.next_transaction() == [f"m{n}"]
        gw.commit()
        await task
        clock.advance(0.0005)
    assert clock.deadlines == []


# --------------------------------------------------------------------------- the writer process's serving side


class FakeStdin:
    def __init__(self) -> None:
        self.frames: list[list[tuple]] = []

    def write(self, data: bytes) -> None:
        import marshal

        self.frames.append(marshal.loads(data[4:]))


class FakeProcess:
    def __init__(self) -> None:
        self.stdin = FakeStdin()
        self.returncode = None
        self.pid = 1


def process_writer(settings, clock: FakeClock) -> tuple[GatheringWriterProcess, FakeStdin]:
    """The serving side of a writer process, its child replaced by a pipe the test reads and answers."""
    writer = GatheringWriterProcess(settings.with_(commit_wait_seconds=WAIT))
    writer._wakeup = asyncio.Event()
    writer._loop = asyncio.get_running_loop()
    writer._now = clock.now
    writer._call_at = clock.call_at
    writer._child = _Child(FakeProcess())  # type: ignore[arg-type]
    writer._flusher = writer._loop.create_task(writer._flush_forever())
    return writer, writer._child.process.stdin


def submitter(writer: GatheringWriterProcess, shop):
    def submit(name: str) -> asyncio.Task:
        item = incoming(shop, name)._replace(correlation_id=name)
        return asyncio.get_running_loop().create_task(writer.submit(item))
    return submit


@pytest.fixture
async def piped(writer_setup):
    """A process writer on a fake clock (``process_writer``), a submit for one tenant, the pipe and the clock."""
    settings, _engines, _master = writer_setup
    clock = FakeClock()
    writer, pipe = process_writer(settings, clock)
    yield writer, pipe, submitter(writer, create_tenant(settings, "A")), clock
    writer._flusher.cancel()
    await asyncio.gather(writer._flusher, return_exceptions=True)


def answer(writer: GatheringWriterProcess, frame: list[tuple], *, transaction: int) -> None:
    """The child's reply to one frame: stored, first of a transaction of ``transaction`` webhooks."""
    writer._answer(("ok", list(range(1, len(frame) + 1)), 1 if transaction else 0, 0.0, 0, transaction))


async def test_the_writer_process_gets_one_frame_per_held_transaction(piped):
    writer, pipe, submit, clock = piped
    first = submit("first")
    await settle()
    assert [[row[3] for row in f] for f in pipe.frames] == [["first"]]
    clock.advance(0.0003)
    second = submit("second")  # the writer is committing "first": gathered for its next transaction
    await settle()
    answer(writer, pipe.frames[0], transaction=1)
    await first
    assert not second.done()
    deadline = await clock.hold_begins()
    assert deadline == pytest.approx(1000.0003 + WAIT)
    clock.advance(0.0003)
    third = submit("third")
    await settle()
    assert len(pipe.frames) == 1  # held while the writer idles: the last transaction was small
    clock.advance(deadline - clock.now())
    await settle()
    assert [[row[3] for row in f] for f in pipe.frames] == [["first"], ["second", "third"]]
    assert not second.done() and not third.done()  # answered only once the writer replied after its COMMIT
    answer(writer, pipe.frames[1], transaction=2)
    await asyncio.gather(second, third)


async def test_the_writer_process_is_not_held_for_after_a_large_transaction(piped):
    writer, pipe, submit, _clock = piped
    first = submit("first")
    await settle()
    later = [submit(f"n{n}") for n in range(3)]  # arrive while it commits
    await settle()
    answer(writer, pipe.frames[0], transaction=HOLD_TARGET * 2)  # it committed with a large transaction
    await first
    await settle()
    assert len(pipe.frames) == 2  # went on the writer's answer: the clock never moved
    answer(writer, pipe.frames[1], transaction=3)
    await asyncio.gather(*later)
