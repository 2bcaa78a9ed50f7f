"""Group commit in a child process: the serving process verifies webhooks, a writer process seals and stores them.

``klaros-relay serve`` hands every verified body to one writer process of its own (``python -m
relay.writer_process``) instead of a thread. Sealing, the INSERTs, the COMMIT and its fsync, and the
``webhook stored`` log lines then run beside the event loop rather than inside its interpreter: a writer
thread had to re-take the GIL after each database call of a batch, every time waiting for the busy event
loop to let go, so a batch took far longer than its CPU time and the group commit, not the CPU, set the
pace (docs/relay.md, Benchmark, fourth round). Embedded relays (tests, the desktop's demo, a frozen
app) keep the thread writer (``relay.writer.GroupWriter``); both run the same ``seal``/``insert_batch``.

The two processes talk over the child's stdin and stdout in ``marshal`` frames with a 4-byte length (the same
interpreter on both ends, plain tuples of str/bytes/int):

- parent to child: a settings dict, then batches ``[(tenant_id, body, body_sha256, correlation_id,
  received_us, media), ...]``;
- child to parent: ``("ready", pid)`` once, then for each batch, in order, ``("ok", [event_id or None, ...],
  first, lock_wait, expired, webhooks)`` (None: a duplicate; a str: the reason its tenant could not be sealed
  to, answered 503 while the batch's other tenants are stored; ``first``: the transactions the batch opened;
  ``lock_wait``: the seconds its webhooks waited for event locks, ``GroupWriter.lock_wait_seconds``;
  ``expired``: events past retention that transaction deleted, ``relay.writer`` on expiry; ``webhooks``: how
  many that commit stored, all its batches together, for the adaptive hold of ``relay.writer.CommitQueue``) or
  ``("error", kind)``.

The parent writes whatever has been verified since its last write, without waiting for answers, and the child
stores every batch that queued up while it was committing in one transaction (one fsync), still answering
each batch on its own. (Holding batches back until the child answered, one or two at a time, lost
throughput: the child idled during each round trip, or committed a small batch on its own; docs/relay.md,
Benchmark, fourth round.) Durability is
unchanged: a 200 is sent only after the child answered "ok", and it answers after the COMMIT.

Failures: when the child dies, the batches in flight answer 503 (Meta retries; what did commit is then
deduplicated) and a new child is started, after 1 s and doubling up to 30 s if it keeps dying; meanwhile
webhooks answer 503 at once and ``/healthz`` says the writer is down. The child ignores SIGINT and SIGTERM
(sent to the whole process group by Ctrl+C and by systemd): it ends when its stdin does, which is when the
parent stops, or dies even by SIGKILL; it then finishes what it has and exits.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import marshal
import os
import queue
import signal
import struct
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from relay import logs
from relay.writer import CommitQueue, Incoming, Pending, SealingFailed, Stored

log = logging.getLogger(__name__)

START_TIMEOUT_SECONDS = 60.0
# Allocations between two collections of young objects in the serve processes and their writers (Python's
# default: 700). A webhook allocates a few hundred objects that its own references free; at 700 the collector
# ran every few webhooks to find next to nothing (docs/relay.md, Benchmark).
GC_YOUNG_THRESHOLD = 25_000
RESTART_BACKOFF = (1.0, 30.0)  # first delay, cap
_LENGTH = struct.Struct("!I")


class WriterUnavailable(RuntimeError):
    """No writer process is running (it died and is being restarted): the webhook is not stored."""


def encode(value) -> bytes:
    data = marshal.dumps(value)
    return _LENGTH.pack(len(data)) + data


def read_frame(stream: BinaryIO):
    """The next frame's value; ``EOFError`` at the end of the stream."""
    head = stream.read(_LENGTH.size)
    if len(head) < _LENGTH.size:
        raise EOFError
    (size,) = _LENGTH.unpack(head)
    data = stream.read(size)
    if len(data) < size:
        raise EOFError
    return marshal.loads(data)


def child_settings(settings) -> dict:
    """What the child needs of the relay's settings (sent over the pipe, not the environment: the database
    URL may hold a password)."""
    return {"database_url": settings.database_url, "master_key_file": str(settings.master_key_file),
            "log_level": settings.log_level, "ephemeral_per_event": settings.ephemeral_per_event,
            "batch_max": settings.writer_batch_max, "retention_seconds": settings.retention_days * 86400}


def child_environment() -> dict[str, str]:
    """This process's environment without the relay's settings: ``serve`` exports them (database URL and
    operator app secret included) for uvicorn's worker processes, but the writer gets what it needs over
    its pipe (``child_settings``) and should hold no secret it does not use."""
    return {name: value for name, value in os.environ.items() if not name.startswith("KLAROS_RELAY_")}


# ------------------------------------------------------------------------------------------- parent side


class _Child:
    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self.reader: asyncio.Task | None = None


class WriterProcess(CommitQueue):
    """The serving process's side: same ``submit``/``batches``/``rows`` as ``GroupWriter``, ``start`` awaited."""

    def __init__(self, settings, *, on_committed: Callable[[set[str]], None] | None = None) -> None:
        super().__init__(settings.writer_batch_max, on_committed, settings.commit_wait_seconds)
        self._config = child_settings(settings)
        self._in_flight: list[list[Pending]] = []
        self._child: _Child | None = None
        self._flusher: asyncio.Task | None = None
        self._restarter: asyncio.Task | None = None
        self._stopping = False
        self.restarts = 0

    @property
    def alive(self) -> bool:
        return self._child is not None and self._child.process.returncode is None

    @property
    def pid(self) -> int | None:
        return self._child.process.pid if self._child is not None else None

    async def start(self) -> None:
        """Start the child and wait until it has opened the database; raises if it cannot."""
        self._wakeup = asyncio.Event()
        self._loop = asyncio.get_running_loop()
        self._child = await self._spawn()
        self._flusher = self._loop.create_task(self._flush_forever())

    async def _spawn(self) -> _Child:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "relay.writer_process", stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE, env=child_environment())
        assert process.stdin is not None and process.stdout is not None
        child = _Child(process)
        try:
            process.stdin.write(encode(self._config))
            kind, _pid = await asyncio.wait_for(self._next_frame(process.stdout), START_TIMEOUT_SECONDS)
            if kind != "ready":
                raise RuntimeError(f"writer process said {kind!r} instead of ready")
        except (TimeoutError, EOFError, OSError, RuntimeError) as exc:
            with contextlib.suppress(ProcessLookupError):
                process.kill()
            await process.wait()
            raise RuntimeError(f"the writer process did not start ({type(exc).__name__}; see its log above)") from exc
        child.reader = asyncio.get_running_loop().create_task(self._read_replies(child))
        log.info("writer process %d started", process.pid)
        return child

    @staticmethod
    async def _next_frame(stream: asyncio.StreamReader):
        try:
            (size,) = _LENGTH.unpack(await stream.readexactly(_LENGTH.size))
            return marshal.loads(await stream.readexactly(size))
        except asyncio.IncompleteReadError:
            raise EOFError from None

    async def _flush_forever(self) -> None:
        while True:
            batch = await self._next_batch()
            child = self._child
            if child is None or child.process.returncode is not None or child.process.stdin is None:
                self._fail(batch, WriterUnavailable("the writer process is not running"))
                continue
            frame = encode([tuple(item) for item, _ in batch])
            try:
                child.process.stdin.write(frame)  # buffered by the transport: never blocks the loop
            except (OSError, RuntimeError) as exc:  # the pipe broke: the child is going away
                self._fail(batch, WriterUnavailable(f"the writer process went away ({type(exc).__name__})"))
                continue
            self._in_flight.append(batch)

    async def _read_replies(self, child: _Child) -> None:
        assert child.process.stdout is not None
        try:
            while True:
                reply = await self._next_frame(child.process.stdout)
                self._answer(reply)
        except (EOFError, OSError):
            pass
        except Exception:  # an answer that fits no batch: this child cannot be trusted to match them again
            log.exception("unexpected answer from the writer process; replacing it")
            with contextlib.suppress(ProcessLookupError):
                child.process.kill()
        code = await child.process.wait()
        if child is self._child:
            self._child_died(code)

    def _answer(self, reply) -> None:
        batch = self._in_flight.pop(0)
        kind, payload = reply[0], reply[1]
        if kind != "ok":
            self._fail(batch, RuntimeError(f"storage failed: {payload}"))
        else:
            self.batches += reply[2]  # transactions, as for the thread writer
            self.lock_wait_seconds += reply[3]
            self.expired += reply[4]
            if reply[2]:
                self._last_commit = reply[5]
            results = [SealingFailed(item.tenant_id, value) if isinstance(value, str) else Stored(value)
                       for (item, _), value in zip(batch, payload, strict=True)]
            self.rows += sum(isinstance(r, Stored) for r in results)
            self._resolve(batch, results)
        if not self._in_flight:
            self._writer_idle(self._last_commit)

    def _child_died(self, code: int | None) -> None:
        self._child = None
        lost = [pair for batch in self._in_flight for pair in batch]
        self._in_flight.clear()
        self._fail(lost, WriterUnavailable("the writer process exited"))
        if self._stopping:
            return
        log.error("writer process exited with %s; %s in flight answered 503 (Meta retries them)",
                  code, logs.webhooks(len(lost)), extra={"status": 503, "size": len(lost)})
        self._restarter = asyncio.get_running_loop().create_task(self._restart())

    async def _restart(self) -> None:
        delay, cap = RESTART_BACKOFF
        while not self._stopping:
            await asyncio.sleep(delay)
            try:
                self._child = await self._spawn()
                self.restarts += 1
                return
            except RuntimeError:
                log.exception("restarting the writer process failed; next try in %.0f s", min(delay * 2, cap))
                delay = min(delay * 2, cap)

    async def stop(self) -> None:
        """Let accepted webhooks finish, then close the child's stdin and wait for it to exit."""
        while self._pending or self._in_flight:
            if not self.alive:
                break
            await asyncio.sleep(0.01)
        self._stopping = True
        for task in (self._flusher, self._restarter):
            if task is not None:
                task.cancel()
                await asyncio.gather(task, return_exceptions=True)
        child, self._child = self._child, None
        if child is None:
            return
        if child.process.stdin is not None:
            child.process.stdin.close()
        try:
            await asyncio.wait_for(child.process.wait(), 15)
        except TimeoutError:
            log.error("the writer process did not exit in 15 s; killed")
            child.process.kill()
            await child.process.wait()
        if child.reader is not None:
            await asyncio.gather(child.reader, return_exceptions=True)


# -------------------------------------------------------------------------------------------- child side


def _read_batches(stream: BinaryIO, inbox: queue.SimpleQueue) -> None:
    """Reader thread: frames from the parent into ``inbox``; None at the end of the stream."""
    try:
        while True:
            inbox.put(read_frame(stream))
    except (EOFError, OSError, ValueError):
        inbox.put(None)


def _take(inbox: queue.SimpleQueue, limit: int) -> tuple[list[list[tuple]], bool]:
    """The next batch, plus any that queued up behind it (together at most ``limit`` webhooks, unless the
    first alone is larger); True once the parent has gone."""
    first = inbox.get()
    if first is None:
        return [], True
    frames, size = [first], len(first)
    while size < limit:
        try:
            more = inbox.get_nowait()
        except queue.Empty:
            break
        if more is None:
            return frames, True
        frames.append(more)
        size += len(more)
    return frames, False


def main() -> int:
    """``python -m relay.writer_process``, started by ``WriterProcess``; not a command for operators."""
    # Only the serving process decides when this one ends (by closing its stdin). Ctrl+C in a terminal and
    # systemd's stop (KillMode=control-group) signal every process of the group at once; the serving process
    # then drains, and its writer must still be there to commit what it accepted.
    for name in ("SIGINT", "SIGTERM"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_IGN)
    # The protocol owns the original stdout; anything printed by mistake goes to stderr with the logs.
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    stream = sys.stdin.buffer
    try:
        config = read_frame(stream)
    except EOFError:
        return 0

    from relay import crypto, db, logs
    from relay.writer import GroupWriter, log_outcomes

    logs.configure(config["log_level"])
    engines = db.make_engines(config["database_url"], pool_size=1, max_overflow=1)  # one thread commits
    master = crypto.MasterKey.load(Path(config["master_key_file"]))
    writer = GroupWriter(engines, master, ephemeral_per_event=config["ephemeral_per_event"], on_stored=log_outcomes,
                         retention_seconds=config["retention_seconds"])
    gc.collect()
    gc.freeze()  # the imported modules never need scanning again (see relay.app.create_app)
    gc.set_threshold(GC_YOUNG_THRESHOLD, *gc.get_threshold()[1:])

    def send(value) -> None:
        out.write(encode(value))
        out.flush()

    inbox: queue.SimpleQueue = queue.SimpleQueue()
    try:
        send(("ready", os.getpid()))
        threading.Thread(target=_read_batches, args=(stream, inbox), daemon=True, name="relay-writer-in").start()
        done = False
        while not done:
            frames, done = _take(inbox, config["batch_max"])
            if not frames:
                continue
            items = [Incoming(*row) for frame in frames for row in frame]
            transactions, waited, expired = writer.batches, writer.lock_wait_seconds, writer.expired
            try:
                ids = [r.reason if isinstance(r, SealingFailed) else r.event_id for r in writer.commit(items)]
            except Exception as exc:
                log.exception("storing a batch of %d webhooks failed; all answered 503", len(items))
                for _ in frames:
                    send(("error", type(exc).__name__))
                continue
            replies, at = [], 0
            for index, frame in enumerate(frames):  # the transactions, lock wait, expiry and size go with the first
                first = ((writer.batches - transactions, writer.lock_wait_seconds - waited, writer.expired - expired,
                          len(items)) if index == 0 else (0, 0.0, 0, 0))
                replies.append(encode(("ok", ids[at:at + len(frame)], *first)))
                at += len(frame)
            out.write(b"".join(replies))  # the answers of one transaction in one write
            out.flush()
    except BrokenPipeError:  # the serving process is gone; what committed stays committed
        pass
    finally:
        writer.close()
        engines.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
