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
  many that commit stored, all its batches together, for the adaptive hold of ``relay.writer.CommitQueue``, on
  the first answer of each connection in that commit, else 0) or ``("error", kind)``.

Under ``serve --workers N`` on PostgreSQL one such process serves every serving process, over a Unix socket
instead of pipes (``relay.shared_writer``): the same frames after a hello, its settings from ``serve``; its
transactions take the batches of every connection (``commit_forever``), and only the first batch of a transaction
carries the transactions, lock wait and expiry, so that summed over the processes each counts once.

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
import time
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
# a serving process trying the shared writer's socket again: first delay, cap (the supervisor restarts the writer)
RECONNECT_BACKOFF = (0.05, 0.5)
RECONNECT_LOG_SECONDS = 30.0  # while the shared writer stays away, a warning this often
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


def writer_in_process() -> bool:
    """Whether serving processes keep the thread writer (``relay.writer.GroupWriter``) instead of a writer
    process: in a frozen (PyInstaller) app, which cannot start ``python -m``; on Windows, where uvicorn's
    selector event loop cannot run subprocesses; or with ``KLAROS_RELAY_WRITER=thread``."""
    return (getattr(sys, "frozen", False) or sys.platform == "win32"
            or os.environ.get("KLAROS_RELAY_WRITER", "").strip().lower() == "thread")


# ------------------------------------------------------------------------------------------- parent side


class _Child:
    """A writer process of this serving process's own, over its stdin and stdout."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self.pid = process.pid
        self.reader: asyncio.Task | None = None

    @property
    def alive(self) -> bool:
        return self.process.returncode is None

    def write(self, frame: bytes) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(frame)  # buffered by the transport: never blocks the loop

    async def next_frame(self):
        assert self.process.stdout is not None
        return await _next_frame(self.process.stdout)

    def abandon(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            self.process.kill()

    async def gone(self) -> str:
        """Once its answers ended: why."""
        return f"exited with {await self.process.wait()}"

    async def end(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        try:
            await asyncio.wait_for(self.process.wait(), 15)
        except TimeoutError:
            log.error("the writer process did not exit in 15 s; killed")
            self.abandon()
            await self.process.wait()


class _Connection:
    """The host's shared writer process (``relay.shared_writer``), over its Unix socket."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, pid: int) -> None:
        self._reader, self._writer = reader, writer
        self.pid = pid
        self.reader: asyncio.Task | None = None

    @property
    def alive(self) -> bool:
        return not self._writer.is_closing()

    def write(self, frame: bytes) -> None:
        if self._writer.is_closing():
            raise ConnectionResetError("the connection to the writer process is closed")
        self._writer.write(frame)

    async def next_frame(self):
        return await _next_frame(self._reader)

    def abandon(self) -> None:
        self._writer.transport.abort()

    async def gone(self) -> str:
        self._writer.close()
        return "closed the connection"

    async def end(self) -> None:
        self._writer.close()
        with contextlib.suppress(OSError):
            await self._writer.wait_closed()


async def _next_frame(stream: asyncio.StreamReader):
    try:
        (size,) = _LENGTH.unpack(await stream.readexactly(_LENGTH.size))
        return marshal.loads(await stream.readexactly(size))
    except asyncio.IncompleteReadError:
        raise EOFError from None


class WriterProcess(CommitQueue):
    """The serving process's side: same ``submit``/``batches``/``rows`` as ``GroupWriter``, ``start`` awaited.

    With ``socket_path`` it connects to the host's shared writer process (``relay.shared_writer``) instead of
    starting one of its own, and reconnects when that connection ends; ``restarts`` then counts reconnections."""

    def __init__(self, settings, *, on_committed: Callable[[set[str]], None] | None = None,
                 socket_path: str | None = None) -> None:
        super().__init__(settings.writer_batch_max, on_committed, settings.commit_wait_seconds)
        self._config = child_settings(settings)
        self._socket_path = socket_path
        self._in_flight: list[list[Pending]] = []
        self._child: _Child | _Connection | None = None
        self._flusher: asyncio.Task | None = None
        self._restarter: asyncio.Task | None = None
        self._stopping = False
        self.restarts = 0

    @property
    def alive(self) -> bool:
        return self._child is not None and self._child.alive

    @property
    def pid(self) -> int | None:
        return self._child.pid if self._child is not None else None

    async def start(self) -> None:
        """Start the child (or connect to the shared writer) and wait until it has opened the database; raises
        if it cannot."""
        self._wakeup = asyncio.Event()
        self._loop = asyncio.get_running_loop()
        self._child = await (self._spawn() if self._socket_path is None else self._connect(START_TIMEOUT_SECONDS))
        self._flusher = self._loop.create_task(self._flush_forever())

    async def _spawn(self) -> _Child:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "relay.writer_process", stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE, env=child_environment())
        assert process.stdin is not None and process.stdout is not None
        child = _Child(process)
        try:
            process.stdin.write(encode(self._config))
            kind, _pid = await asyncio.wait_for(child.next_frame(), START_TIMEOUT_SECONDS)
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

    async def _connect(self, patience: float) -> _Connection:
        """Connect to the shared writer, trying again (the supervisor may be restarting it) for ``patience``
        seconds; a hello with this process's id, answered ``("ready", pid)``."""
        assert self._socket_path is not None
        delay, cap = RECONNECT_BACKOFF
        deadline = time.monotonic() + patience
        while True:
            try:
                reader, writer = await asyncio.open_unix_connection(self._socket_path)
                try:
                    writer.write(encode(("hello", os.getpid())))
                    kind, pid = await asyncio.wait_for(_next_frame(reader), START_TIMEOUT_SECONDS)
                    if kind != "ready":
                        raise RuntimeError(f"writer process said {kind!r} instead of ready")
                except BaseException:
                    writer.transport.abort()
                    raise
                break
            except (TimeoutError, EOFError, OSError, RuntimeError) as exc:
                if time.monotonic() + delay > deadline:
                    raise RuntimeError(f"no writer process to connect to at {self._socket_path} "
                                       f"({type(exc).__name__})") from exc
                await asyncio.sleep(delay)
                delay = min(delay * 2, cap)
        connection = _Connection(reader, writer, pid)
        connection.reader = asyncio.get_running_loop().create_task(self._read_replies(connection))
        log.info("connected to the writer process %d", pid, extra={"path": self._socket_path})
        return connection

    async def _flush_forever(self) -> None:
        while True:
            batch = await self._next_batch()
            child = self._child
            if child is None or not child.alive:
                self._fail(batch, WriterUnavailable("the writer process is not running"))
                continue
            frame = encode([tuple(item) for item, _ in batch])
            try:
                child.write(frame)
            except (OSError, RuntimeError) as exc:  # the pipe broke: the child is going away
                self._fail(batch, WriterUnavailable(f"the writer process went away ({type(exc).__name__})"))
                continue
            self._in_flight.append(batch)

    async def _read_replies(self, child: _Child | _Connection) -> None:
        try:
            while True:
                reply = await child.next_frame()
                self._answer(reply)
        except (EOFError, OSError):
            pass
        except Exception:  # an answer that fits no batch: this child cannot be trusted to match them again
            log.exception("unexpected answer from the writer process; replacing it")
            child.abandon()
        why = await child.gone()
        if child is self._child:
            self._child_died(why)

    def _answer(self, reply) -> None:
        batch = self._in_flight.pop(0)
        kind, payload = reply[0], reply[1]
        if kind != "ok":
            self._fail(batch, RuntimeError(f"storage failed: {payload}"))
        else:
            self.batches += reply[2]  # transactions, as for the thread writer
            self.lock_wait_seconds += reply[3]
            self.expired += reply[4]
            if reply[5]:  # the size of the transaction this process's batches were part of
                self._last_commit = reply[5]
            results = [SealingFailed(item.tenant_id, value) if isinstance(value, str) else Stored(value)
                       for (item, _), value in zip(batch, payload, strict=True)]
            self.rows += sum(isinstance(r, Stored) for r in results)
            self._resolve(batch, results)
        if not self._in_flight:
            self._writer_idle(self._last_commit)

    def _child_died(self, why: str) -> None:
        self._child = None
        lost = [pair for batch in self._in_flight for pair in batch]
        self._in_flight.clear()
        self._fail(lost, WriterUnavailable("the writer process exited"))
        if self._stopping:
            return
        log.error("writer process %s; %s in flight answered 503 (Meta retries them)%s",
                  why, logs.webhooks(len(lost)), "" if self._socket_path is None else "; reconnecting",
                  extra={"status": 503, "size": len(lost)})
        self._restarter = asyncio.get_running_loop().create_task(
            self._restart() if self._socket_path is None else self._reconnect())

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

    async def _reconnect(self) -> None:
        """The supervisor restarts the shared writer (``relay.shared_writer``); this process only tries its
        socket again, with backoff, until it answers."""
        while not self._stopping:
            try:
                self._child = await self._connect(RECONNECT_LOG_SECONDS)
                self.restarts += 1
                return
            except RuntimeError as exc:
                log.warning("still no writer process (%s); webhooks answer 503 until it is back", exc)

    async def stop(self) -> None:
        """Let accepted webhooks finish, then close the child's stdin (or the connection) and wait for it."""
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
        await child.end()
        if child.reader is not None:
            await asyncio.gather(child.reader, return_exceptions=True)


# -------------------------------------------------------------------------------------------- child side


class PipeAnswers:
    """Where the answers go when this process serves one serving process: its stdout."""

    def __init__(self, out: BinaryIO) -> None:
        self._out = out

    def send(self, data: bytes) -> None:
        try:
            self._out.write(data)
            self._out.flush()
        except (BrokenPipeError, ValueError):  # the serving process is gone; what committed stays committed
            pass

    def close(self) -> None:
        pass


def _read_batches(stream: BinaryIO, answers: PipeAnswers, inbox: queue.SimpleQueue) -> None:
    """Reader thread: frames from the parent into ``inbox``; None at the end of the stream."""
    try:
        while True:
            inbox.put((answers, read_frame(stream)))
    except (EOFError, OSError, ValueError):
        inbox.put(None)


def _take(inbox: queue.SimpleQueue, limit: int) -> tuple[list[tuple], bool]:
    """The next ``(answers, batch)``, plus any that queued up behind it (together at most ``limit`` webhooks,
    unless the first alone is larger); True once told to stop (None). A batch of None: that connection ended."""
    first = inbox.get()
    if first is None:
        return [], True
    taken, size = [first], len(first[1] or ())
    while size < limit:
        try:
            more = inbox.get_nowait()
        except queue.Empty:
            break
        if more is None:
            return taken, True
        taken.append(more)
        size += len(more[1] or ())
    return taken, False


def commit_forever(writer, inbox: queue.SimpleQueue, limit: int) -> None:
    """Store what queued up in ``inbox``, from every connection, one transaction at a time, answering each batch
    on its own connection in order, until told to stop; close each connection after its last answer."""
    done = False
    while not done:
        taken, done = _take(inbox, limit)
        frames = [(answers, frame) for answers, frame in taken if frame is not None]
        if frames:
            _commit(writer, frames)
        for answers, frame in taken:
            if frame is None:
                answers.close()


def _commit(writer, frames: list[tuple]) -> None:
    """One transaction (``GroupWriter.commit``) for every batch of ``frames``; each connection's answers in one
    write. The transactions, lock wait and expiry go with the first batch (each counted once, by one serving
    process); the transaction's size with each connection's first, for its adaptive hold."""
    items = [Incoming(*row) for _, frame in frames for row in frame]
    transactions, waited, expired = writer.batches, writer.lock_wait_seconds, writer.expired
    replies: dict = {}
    try:
        ids = [r.reason if isinstance(r, SealingFailed) else r.event_id for r in writer.commit(items)]
    except Exception as exc:
        log.exception("storing a batch of %d webhooks failed; all answered 503", len(items))
        for answers, _ in frames:
            replies.setdefault(answers, []).append(encode(("error", type(exc).__name__)))
    else:
        at = 0
        for index, (answers, frame) in enumerate(frames):
            mine = replies.setdefault(answers, [])
            counts = ((writer.batches - transactions, writer.lock_wait_seconds - waited, writer.expired - expired)
                      if index == 0 else (0, 0.0, 0))
            mine.append(encode(("ok", ids[at:at + len(frame)], *counts, 0 if mine else len(items))))
            at += len(frame)
    for answers, data in replies.items():
        answers.send(b"".join(data))  # the answers of one transaction in one write


def main() -> int:
    """``python -m relay.writer_process``, started by ``WriterProcess`` (or, serving every process of a
    ``serve --workers N`` on PostgreSQL, by ``relay.shared_writer``); not a command for operators."""
    # Only the serving process (or serve's supervisor) decides when this one ends (by closing its stdin). Ctrl+C
    # in a terminal and systemd's stop (KillMode=control-group) signal every process of the group at once; the
    # serving processes then drain, and their writer must still be there to commit what they accepted.
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

    inbox: queue.SimpleQueue = queue.SimpleQueue()
    listener = None
    try:
        if config.get("listen"):
            from relay.shared_writer import Listener

            listener = Listener(config["listen"], inbox)
            PipeAnswers(out).send(encode(("ready", os.getpid())))
            listener.start(stream)
        else:
            pipe = PipeAnswers(out)
            pipe.send(encode(("ready", os.getpid())))
            threading.Thread(target=_read_batches, args=(stream, pipe, inbox), daemon=True,
                             name="relay-writer-in").start()
        commit_forever(writer, inbox, config["batch_max"])
    finally:
        if listener is not None:
            listener.close()
        writer.close()
        engines.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
