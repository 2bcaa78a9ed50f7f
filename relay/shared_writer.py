"""One writer process for every serving process of ``serve --workers N`` on PostgreSQL.

With a writer process per serving process (``relay.writer_process``), N processes split the webhooks N ways and each
writer commits a transaction for its share: N times as many transactions, each smaller, while a transaction costs a
roughly fixed amount of CPU (the writer's and PostgreSQL's) whatever its size, and every serving process is woken by
a LISTEN notification of every transaction. So throughput fell as processes were added (docs/relay.md, Benchmark).
Here ``serve``'s supervisor starts one writer process (``SharedWriter``) before uvicorn starts the serving
processes; it listens on a Unix socket in a private directory (mode 0700, in ``RUNTIME_DIRECTORY`` or the temporary
directory, removed at the end) whose path the serving processes find in ``KLAROS_RELAY_WRITER_SOCKET``; each serving
process's ``WriterProcess`` connects to it (``socket_path``) instead of starting a child. The frames are the
child's: a hello ``("hello", pid)`` answered ``("ready", pid)``, then batches and their answers. The writer takes
the batches of every connection that queued up while it committed into its next transaction
(``relay.writer_process.commit_forever``) and answers each batch on its own connection, in order, after the COMMIT,
as before. Its settings still come over its stdin, from the supervisor, never from the environment.

Failures: when the writer dies, each serving process answers its batches in flight 503 and tries the socket again
(a little backoff) while ``/healthz`` says the writer is down; the supervisor starts a new writer after 1 s,
doubling up to 30 s while starting fails. A serving process that dies only loses its own connection: the writer
still commits what it had read of it, and the other connections' batches are not touched. A serving process that
stops reading its answers is disconnected after ``SEND_TIMEOUT_SECONDS`` rather than stall the others. Stopping
``serve``: uvicorn ends the serving processes first (each drains through the writer), then the supervisor closes
the writer's stdin and the writer finishes what it has and exits; like the child it ignores SIGINT and SIGTERM.
The writer also ends when the supervisor dies (its stdin ends).

Per-tenant ordering and isolation are unchanged: the same ``GroupWriter`` and its per-tenant event locks, which
other hosts' writers take too.
"""

from __future__ import annotations

import contextlib
import logging
import os
import queue
import select
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import BinaryIO

from relay import logs
from relay.writer_process import (
    RESTART_BACKOFF,
    START_TIMEOUT_SECONDS,
    child_environment,
    child_settings,
    encode,
    read_frame,
)

log = logging.getLogger(__name__)

SOCKET_ENV = "KLAROS_RELAY_WRITER_SOCKET"
SEND_TIMEOUT_SECONDS = 10


# ------------------------------------------------------------------------------------------- writer side


class Connection:
    """One serving process, as the writer answers it."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.pid = 0  # the serving process's, from its hello

    def send(self, data: bytes) -> None:
        try:
            self.sock.sendall(data)
        except OSError:  # gone, or not reading: its reader thread sees the end and the connection is closed
            log.warning("serving process %d did not take its answers; disconnected", self.pid)
            with contextlib.suppress(OSError):
                self.sock.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        self.sock.close()


class Listener:
    """The writer's socket: a thread accepts serving processes, a thread per connection puts its batches into the
    commit loop's inbox, and a thread waits for the end of stdin (the supervisor's stop)."""

    def __init__(self, path: str, inbox: queue.SimpleQueue) -> None:
        self.path = path
        self._inbox = inbox
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)  # a writer before this one (killed) left it
        self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._sock.bind(path)
        os.chmod(path, 0o600)
        self._sock.listen(64)
        log.info("writer process %d listening on %s for the serving processes", os.getpid(), path)

    def start(self, stdin: BinaryIO) -> None:
        threading.Thread(target=self._accept, daemon=True, name="relay-writer-accept").start()
        threading.Thread(target=self._until_stopped, args=(stdin,), daemon=True, name="relay-writer-stop").start()

    def _until_stopped(self, stdin: BinaryIO) -> None:
        with contextlib.suppress(OSError, ValueError):
            while stdin.read(65536):
                pass
        self._inbox.put(None)  # after every batch read so far: they are stored first

    def _accept(self) -> None:
        while True:
            try:
                sock, _ = self._sock.accept()
            except OSError:  # closed: the writer is stopping
                return
            threading.Thread(target=self._serve, args=(sock,), daemon=True, name="relay-writer-in").start()

    def _serve(self, sock: socket.socket) -> None:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDTIMEO, struct.pack("ll", SEND_TIMEOUT_SECONDS, 0))
        connection = Connection(sock)
        stream = sock.makefile("rb")
        try:
            kind, connection.pid = read_frame(stream)
            if kind != "hello":
                raise ValueError(kind)
            sock.sendall(encode(("ready", os.getpid())))
            log.info("serving process %d connected to the writer process", connection.pid)
            debug = log.isEnabledFor(logging.DEBUG)
            while True:
                frame = read_frame(stream)
                self._inbox.put((connection, frame))
                if debug:
                    log.debug("serving process %d sent %s", connection.pid, logs.webhooks(len(frame)))
        except (EOFError, OSError, ValueError, TypeError):
            pass
        log.info("serving process %d disconnected from the writer process", connection.pid)
        self._inbox.put((connection, None))  # closed by the commit loop, after its last answers

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self._sock.shutdown(socket.SHUT_RDWR)  # wakes the accepting thread
        self._sock.close()


# --------------------------------------------------------------------------------------- supervisor side


class SharedWriter:
    """``serve``'s writer process for all its serving processes: started before them, restarted when it dies,
    ended after them."""

    def __init__(self, settings) -> None:
        # mode 0700: only this user connects; in systemd's RuntimeDirectory= if the unit has one, else in TMPDIR
        # or /tmp (ProtectSystem=strict leaves /tmp read-only without PrivateTmp=; OSError then)
        runtime = os.environ.get("RUNTIME_DIRECTORY", "").split(":")[0] or None
        self._directory = Path(tempfile.mkdtemp(prefix="klaros-relay-", dir=runtime))
        self.path = str(self._directory / "writer.sock")
        self._config = {**child_settings(settings), "listen": self.path}
        self._process: subprocess.Popen | None = None
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._watcher: threading.Thread | None = None
        self.restarts = 0

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def start(self) -> None:
        """Start the writer and wait until it listens; raises ``RuntimeError`` if it cannot."""
        try:
            self._process = self._spawn()
        except RuntimeError:
            shutil.rmtree(self._directory, ignore_errors=True)
            raise
        self._watcher = threading.Thread(target=self._watch, daemon=True, name="relay-writer-watch")
        self._watcher.start()

    def _spawn(self) -> subprocess.Popen:
        process = subprocess.Popen([sys.executable, "-m", "relay.writer_process"], stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, env=child_environment())
        assert process.stdin is not None and process.stdout is not None
        try:
            process.stdin.write(encode(self._config))
            process.stdin.flush()
            if not select.select([process.stdout], [], [], START_TIMEOUT_SECONDS)[0]:
                raise TimeoutError
            kind, _pid = read_frame(process.stdout)
            if kind != "ready":
                raise RuntimeError(f"writer process said {kind!r} instead of ready")
        except (TimeoutError, EOFError, OSError, ValueError, RuntimeError) as exc:
            with contextlib.suppress(ProcessLookupError):
                process.kill()
            process.wait()
            raise RuntimeError(f"the writer process did not start ({type(exc).__name__}; see its log above)") from exc
        log.info("writer process %d started for every serving process", process.pid, extra={"path": self.path})
        return process

    def _watch(self) -> None:
        first, cap = RESTART_BACKOFF
        while True:
            process = self._process
            assert process is not None
            code = process.wait()
            if self._stopping.is_set():
                return
            delay = first
            log.error("writer process %d exited with %s; restarting it in %.0f s (webhooks answer 503 meanwhile)",
                      process.pid, code, delay)
            while True:
                if self._stopping.wait(delay):
                    return
                try:
                    replacement = self._spawn()
                except RuntimeError:
                    delay = min(delay * 2, cap)
                    log.exception("restarting the writer process failed; next try in %.0f s", delay)
                    continue
                with self._lock:
                    if self._stopping.is_set():
                        self._end(replacement)
                        return
                    self._process = replacement
                self.restarts += 1
                log.warning("writer process restarted (%d so far)", self.restarts)
                break

    def stop(self) -> None:
        """After the serving processes have stopped: the writer stores what it has and exits."""
        self._stopping.set()
        with self._lock:
            process = self._process
        if process is not None:
            self._end(process)
        if self._watcher is not None:
            self._watcher.join(30)
        shutil.rmtree(self._directory, ignore_errors=True)
        log.info("writer process stopped")

    @staticmethod
    def _end(process: subprocess.Popen) -> None:
        for pipe in (process.stdin, process.stdout):
            if pipe is not None:
                with contextlib.suppress(OSError):
                    pipe.close()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            log.error("the writer process did not exit in 15 s; killed")
            process.kill()
            process.wait()
