"""The uvicorn HTTP protocol the relay serves with: uvicorn's own, plus TCP_NODELAY on every connection, an
early notice of a graceful shutdown, and the connection guard (timeouts and a connection limit).

TCP_NODELAY: asyncio sets it only on sockets whose protocol number is IPPROTO_TCP. The listening socket
uvicorn binds for ``--workers N`` (and any socket handed over ready-made) has protocol number 0, so its
connections kept Nagle's algorithm: a response written as head then body waited for the client's delayed ACK
on every request of a keep-alive connection (a reverse proxy's; docs/relay.md, Benchmark). Setting the option
per connection makes every way of serving behave the same. Cross-platform: TCP_NODELAY exists on Windows,
macOS and Linux.

Shutdown: uvicorn first asks every open connection to finish, waits up to ``timeout_graceful_shutdown`` for
the requests in flight, cancels what is left, and only then runs the application's lifespan shutdown. A
long-poll would therefore hold the shutdown until its wait ran out (or be cancelled without an answer). So
when uvicorn asks a connection to shut down, the protocol first calls the hook the application put in its
lifespan state under ``SHUTDOWN_HOOK`` (the relay ends its waiting pulls with what they have).

The guard (``ConnectionGuard``, in the lifespan state under ``GUARD``). uvicorn closes a connection only when
it stays silent ``timeout_keep_alive`` seconds *after a response*: a connection that never sends a request,
or sends its headers or body a byte at a time, stays open for ever, and each one holds a file descriptor.
``limit_concurrency`` does not help: once that many connections are open it answers 503 to every new
request, so idle connections would turn Meta's webhooks away. And the C parser uvicorn uses with httptools
has no limit on the size of a request head (``h11_max_incomplete_event_size`` applies to h11 only). So each
connection here has a deadline for what it owes:

- its request head (request line and headers), ``header_timeout`` after the connection opened or the
  previous answer was sent, and at most ``MAX_HEAD_BYTES`` of it (431);
- the request's body, ``body_timeout`` after the head.

A connection that misses its deadline in the middle of a request gets a 408 and is closed, with one log
line; one that never began a request is closed silently. Deadlines are not timers: a connection only notes
when its phase began, in a queue per phase (oldest first), and one sweep per process, every quarter of the
shorter timeout (at most a second apart), closes the connections whose deadline has passed. A timer per
phase cost a libuv timer started and stopped for every request, more than the rest of the guard together
(docs/relay.md, Benchmark); a deadline now holds to within that quarter.

One write per answer: uvicorn writes a response's head (``http.response.start``) and its body as two
``transport.write`` calls, and a write to an idle socket is a system call at once, each waking the client.
``AnswerWriter`` holds the head and sends it with the body's first bytes, so a webhook's 200 (or a pull's
answer) is one system call; anything else written (a ``100 Continue``, the guard's refusals) goes out as is.
A head with no body after it is sent when its response completes or the connection closes.

When a new connection takes the process past ``max_connections``, the connection that has waited longest
for a request head is closed to make room: a webhook, which sends its request at once, always gets in; only
silent and slow connections are dropped.
A connection whose request has arrived but not yet been read (a burst of accepts runs before the reads) is
not silent: it is passed over, since closing it with bytes unread would reset it.
``connection_limit`` keeps ``max_connections`` inside the open-file limit, so accepting never fails for
want of a descriptor.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import time
from collections import OrderedDict

from uvicorn.protocols.http.auto import AutoHTTPProtocol

log = logging.getLogger("relay.http")

# For ``uvicorn.run(http=...)``/``uvicorn.Config(http=...)``: an import string survives the hand-over to
# worker processes.
HTTP_PROTOCOL = "relay.serving:RelayHTTPProtocol"
SHUTDOWN_HOOK = "klaros_relay.server_shutting_down"  # lifespan state key: a callable, run on the event loop
GUARD = "klaros_relay.connection_guard"  # lifespan state key: the process's ConnectionGuard

MAX_HEAD_BYTES = 64 * 1024
# For uvicorn's ``h11_max_incomplete_event_size`` (h11 only, without httptools): above MAX_HEAD_BYTES plus one
# read, so that the guard, not h11's own 400 and abrupt close, answers an oversized head on either parser.
H11_MAX_INCOMPLETE_EVENT_SIZE = 1024 * 1024
LINGER_SECONDS = 2.0  # after a refusal: reading (and dropping) what the client still sends, before closing
RESERVED_FILES = 256  # descriptors kept for database connections, the writer's pipe, logs and the listener
_LIMIT_WARNING_INTERVAL = 60.0
_EVICTION_SCAN = 64  # waiting connections looked at for a silent one before the new connection is refused


def open_file_limit() -> int | None:
    """This process's soft limit on open files; None where there is none to read (Windows) or no limit."""
    try:
        import resource
    except ImportError:
        return None
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    return None if soft == resource.RLIM_INFINITY else soft


def raise_open_file_limit() -> None:
    """Lift the soft open-file limit to the hard one (systemd's defaults: soft 1024, hard 524288)."""
    try:
        import resource
    except ImportError:
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = hard if hard != resource.RLIM_INFINITY else 1 << 20
    if soft != resource.RLIM_INFINITY and soft < target:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))


def connection_limit(configured: int, open_files: int | None = None) -> int:
    """``configured``, lowered so that connections never use the descriptors ``RESERVED_FILES`` keeps."""
    files = open_file_limit() if open_files is None else open_files
    if files is None:
        return configured
    return max(16, min(configured, files - RESERVED_FILES))


def set_nodelay(transport: asyncio.BaseTransport) -> None:
    sock = transport.get_extra_info("socket")
    if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


def pending_input(transport: asyncio.BaseTransport) -> bool:
    """Whether bytes wait in the kernel for ``transport`` that its protocol has not read yet (peeked, not
    consumed). False where the socket cannot be peeked at."""
    sock = getattr(transport.get_extra_info("socket"), "_sock", None)  # asyncio's TransportSocket hides recv
    if sock is None:
        return False
    try:
        return bool(sock.recv(1, socket.MSG_PEEK))
    except (BlockingIOError, InterruptedError):
        return False
    except OSError:
        return True  # a reset or an error waits to be read: the protocol's own read reports it


def _answer(status: bytes, error: bytes) -> bytes:
    body = b'{"error":"%s"}' % error
    return (b"HTTP/1.1 %s\r\ncontent-type: application/json\r\ncontent-length: %d\r\nconnection: close\r\n\r\n%s"
            % (status, len(body), body))


_TIMED_OUT = _answer(b"408 Request Timeout", b"request not received in time")
_HEAD_TOO_LARGE = _answer(b"431 Request Header Fields Too Large", b"request head too large")


class AnswerWriter:
    """The transport a connection's HTTP protocol writes through: a response's head waits for its body's first
    write, and both go out in one ``write`` (see the module's docstring). Everything else is the transport's.

    The head is recognised as the first write of a response (``expect_head`` until the protocol reports the
    response complete); its status line is checked, so an interim ``100 Continue`` is never held."""

    __slots__ = ("__weakref__", "_held", "_transport", "expect_head", "get_extra_info", "is_closing")

    def __init__(self, transport: asyncio.Transport) -> None:
        self._transport = transport
        self._held: bytes | None = None
        self.expect_head = True
        self.is_closing = transport.is_closing  # called often: the transport's own, no wrapper
        self.get_extra_info = transport.get_extra_info

    def write(self, data: bytes) -> None:
        held = self._held
        if held is not None:
            self._held = None
            self._transport.write(held + data)
        elif self.expect_head and data[:9] == b"HTTP/1.1 " and data[9:12] != b"100":
            self.expect_head = False
            self._held = data
        else:
            self._transport.write(data)

    def flush(self) -> None:
        """Send a held head (its response ended without a body); the next write may be a new head."""
        self.expect_head = True
        held = self._held
        if held is not None:
            self._held = None
            self._transport.write(held)

    def close(self) -> None:
        self.flush()
        self._transport.close()

    def write_eof(self) -> None:
        self.flush()
        self._transport.write_eof()

    def __getattr__(self, name: str):
        return getattr(self._transport, name)


class ConnectionGuard:
    """One serving process's deadlines and connection limit, shared by its connections (event loop only).

    ``metrics`` (``relay.metrics.Metrics``) receives ``connections_open`` and ``connections_closed[reason]``:
    ``idle`` (no request began in time), ``evicted`` (made room for a new connection), ``over_limit`` (the
    new connection itself, when every open one was busy), ``header_timeout``, ``body_timeout``,
    ``head_too_large``.
    """

    def __init__(self, *, header_timeout: float, body_timeout: float, max_connections: int, metrics,
                 max_head_bytes: int = MAX_HEAD_BYTES) -> None:
        self.header_timeout = header_timeout
        self.body_timeout = body_timeout
        self.max_connections = max_connections
        self.max_head_bytes = max_head_bytes
        self.metrics = metrics
        # connection -> when its phase began (loop time), longest waiting first; "head", then "body" and "drain"
        self.awaiting_head: OrderedDict[RelayHTTPProtocol, float] = OrderedDict()
        self.awaiting_body: OrderedDict[RelayHTTPProtocol, float] = OrderedDict()
        self.sweep_interval = min(1.0, max(0.05, min(header_timeout, body_timeout) / 4))
        self._sweeper: asyncio.TimerHandle | None = None
        self._warned = float("-inf")

    def watch(self, loop: asyncio.AbstractEventLoop) -> None:
        """Make sure the sweep runs (it stops itself when no connection waits for anything)."""
        if self._sweeper is None:
            self._sweeper = loop.call_later(self.sweep_interval, self._sweep, loop)

    def _sweep(self, loop: asyncio.AbstractEventLoop) -> None:
        now = loop.time()
        late = []
        for queue, timeout in ((self.awaiting_head, self.header_timeout), (self.awaiting_body, self.body_timeout)):
            for protocol, began in queue.items():
                if began + timeout > now:
                    break  # the rest began later
                late.append(protocol)
        for protocol in late:
            protocol._expired()
        self._sweeper = None
        if self.awaiting_head or self.awaiting_body:
            self.watch(loop)

    def admit(self, protocol: RelayHTTPProtocol) -> bool:
        """Count a new connection; past the limit, close the one waiting longest for a request head. False:
        every open connection is busy with a request, so the new one must go."""
        self.metrics.connections_open += 1
        if self.metrics.connections_open <= self.max_connections:
            return True
        now = time.monotonic()
        if now - self._warned > _LIMIT_WARNING_INTERVAL:
            self._warned = now
            log.warning("connection limit reached: closing the longest-idle connections",
                        extra={"size": self.max_connections})
        for scanned, victim in enumerate(self.awaiting_head):
            if scanned == _EVICTION_SCAN:
                break
            if not victim.has_pending_input():
                victim.close_connection("evicted")
                return True
        return False

    def closed(self, reason: str | None) -> None:
        self.metrics.connections_open -= 1
        if reason is not None:
            self.metrics.connections_closed[reason] += 1


class RelayHTTPProtocol(AutoHTTPProtocol):  # type: ignore[misc,valid-type]
    """uvicorn's HTTP protocol (httptools or h11) with TCP_NODELAY, the shutdown hook and the guard.

    Phases of a connection under a guard: ``head`` (waiting for a request head, deadline armed), ``body``
    (the body of the request in hand still arriving, deadline armed), ``drain`` (answered before its body
    was read: the rest may still arrive within the body deadline), None (a request is being handled).
    """

    _guard: ConnectionGuard | None = None
    _phase: str | None = None
    _timer: asyncio.TimerHandle | None = None
    _head_bytes = 0
    _counted = False

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        set_nodelay(transport)
        super().connection_made(transport)
        self.transport = AnswerWriter(transport)  # what each request's cycle writes through (flow control not)
        self._guard = self.app_state.get(GUARD)
        if self._guard is None:
            return
        self._counted = True
        if self._guard.admit(self):
            self._await_head()
        else:
            self.close_connection("over_limit")

    def connection_lost(self, exc: Exception | None) -> None:
        super().connection_lost(exc)
        self._set_phase(None)
        if self._counted:
            self._counted = False
            self._guard.closed(None)

    def data_received(self, data: bytes) -> None:
        if self._guard is None:
            super().data_received(data)
            return
        if self._phase == "linger":
            return  # refused: what follows is dropped unread
        before = self.cycle
        if self._phase == "head":
            self._head_bytes += len(data)
        super().data_received(data)
        if self.transport.is_closing():
            self._set_phase(None)
        elif self.cycle is not before:  # a request head arrived (and perhaps the whole request)
            self._request_began()
        elif self._phase == "head" and self._head_bytes > self._guard.max_head_bytes:
            self._refuse(_HEAD_TOO_LARGE, "head_too_large", "request head too large", 431)
        elif self._phase == "body" and not self.cycle.more_body:
            self._set_phase(None)

    def on_response_complete(self) -> None:
        self.transport.flush()
        super().on_response_complete()
        if self._guard is None or self.transport.is_closing():
            return
        cycle = self.cycle
        if cycle is not None and not cycle.response_complete:  # a pipelined request is being handled
            self._request_began()
        elif cycle is not None and cycle.more_body and self._phase == "body":
            self._phase = "drain"  # answered unread: the rest of the body may come, by the same deadline (kept)
        else:
            self._await_head()

    def has_pending_input(self) -> bool:
        return pending_input(self.transport)

    def shutdown(self) -> None:
        hook = self.app_state.get(SHUTDOWN_HOOK)
        if hook is not None:
            hook()
        super().shutdown()

    # --------------------------------------------------------------------------------------- the guard

    def _set_phase(self, phase: str | None) -> None:
        """Enter ``phase``; its deadline counts from now (``ConnectionGuard._sweep`` enforces it)."""
        guard, before = self._guard, self._phase
        self._phase = phase
        if guard is None:
            return
        if before == "head":
            guard.awaiting_head.pop(self, None)
        elif before in ("body", "drain"):
            guard.awaiting_body.pop(self, None)
        elif before == "linger" and self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if phase == "head":
            guard.awaiting_head[self] = self.loop.time()
            guard.watch(self.loop)
        elif phase == "body":
            guard.awaiting_body[self] = self.loop.time()
            guard.watch(self.loop)
        elif phase == "linger":  # after a refusal only: rare enough for a timer of its own
            self._timer = self.loop.call_later(LINGER_SECONDS, self._expired)

    def _await_head(self) -> None:
        self._head_bytes = 0
        self._set_phase("head")

    def _request_began(self) -> None:
        self._set_phase("body" if self.cycle.more_body else None)

    def _expired(self) -> None:
        self._timer = None
        cycle = self.cycle
        if self._phase == "head" and self._head_bytes == 0:
            self.close_connection("idle")
        elif self._phase == "head":
            self._refuse(_TIMED_OUT, "header_timeout", "request timed out", 408)
        elif self._phase == "body" and cycle is not None and not cycle.response_started:
            self._refuse(_TIMED_OUT, "body_timeout", "request timed out", 408)
        elif self._phase in ("body", "drain"):
            self.close_connection("body_timeout")
        elif self._phase == "linger":
            self.transport.close()

    def _refuse(self, answer: bytes, reason: str, message: str, status: int) -> None:
        """Answer the request in hand (or begun) with ``answer`` and close; the application, if it is reading
        the body, sees the client gone and sends nothing.

        Closing a socket that still has unread bytes makes the kernel send a reset, which can destroy the
        answer before the client reads it; so the connection is half-closed after the answer and what still
        arrives is read and dropped for up to ``LINGER_SECONDS``."""
        cycle = self.cycle
        if cycle is not None and not cycle.response_complete:
            cycle.disconnected = True
            cycle.message_event.set()
        log.info(message, extra={"reason": reason, "status": status})
        self.transport.write(answer)
        if self._counted:
            self._counted = False
            self._guard.closed(reason)
        if not self.transport.can_write_eof():
            self.transport.close()
            return
        self.transport.write_eof()
        self._set_phase("linger")

    def close_connection(self, reason: str) -> None:
        """Close now, counted under ``reason``."""
        self._set_phase(None)
        if self._counted:
            self._counted = False
            self._guard.closed(reason)
        if not self.transport.is_closing():
            self.transport.close()
