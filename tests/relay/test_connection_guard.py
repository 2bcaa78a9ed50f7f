"""The connection guard's choice of whom to close when a new connection takes a process past its limit: the
one waiting longest for a request head, unless that request has already arrived and only waits to be read
(closing it would reset a webhook or a probe that did nothing wrong)."""

from __future__ import annotations

import asyncio
import socket
from collections import Counter

from relay.serving import ConnectionGuard, pending_input


class Metrics:
    def __init__(self) -> None:
        self.connections_open = 0
        self.connections_closed: Counter[str] = Counter()


class Waiting:
    """A connection waiting for its request head, as the guard sees it."""

    def __init__(self, guard: ConnectionGuard, name: str, *, unread: bool = False) -> None:
        self.guard, self.name, self.unread, self.closed_as = guard, name, unread, None
        guard.awaiting_head[self] = None

    def has_pending_input(self) -> bool:
        return self.unread

    def close_connection(self, reason: str) -> None:
        self.closed_as = reason
        self.guard.awaiting_head.pop(self, None)
        self.guard.closed(reason)


def full_guard(*unread: bool) -> tuple[ConnectionGuard, list[Waiting]]:
    guard = ConnectionGuard(header_timeout=5, body_timeout=5, max_connections=len(unread), metrics=Metrics())
    waiting = []
    for i, flag in enumerate(unread):
        assert guard.admit(object())
        waiting.append(Waiting(guard, f"c{i}", unread=flag))
    return guard, waiting


def test_past_the_limit_the_longest_silent_connection_is_closed():
    guard, (oldest, newer) = full_guard(False, False)
    assert guard.admit(object())
    assert (oldest.closed_as, newer.closed_as) == ("evicted", None)
    assert guard.metrics.connections_open == 2


def test_a_connection_whose_request_waits_unread_is_passed_over_for_a_silent_one():
    guard, (arrived, silent, later) = full_guard(True, False, False)
    assert guard.admit(object())
    assert (arrived.closed_as, silent.closed_as, later.closed_as) == (None, "evicted", None)
    # it keeps its place: it is read on the next turn of the loop and leaves the queue then
    assert list(guard.awaiting_head) == [arrived, later]


def test_when_every_waiting_connection_has_its_request_in_hand_the_new_one_is_refused():
    guard, waiting = full_guard(True, True)
    assert not guard.admit(object())
    assert [w.closed_as for w in waiting] == [None, None]


def test_pending_input_sees_bytes_the_protocol_has_not_read_and_leaves_them_there():
    async def check() -> tuple[bool, bool, bytes]:
        ours, theirs = socket.socketpair()
        loop = asyncio.get_running_loop()
        transport, _ = await loop.connect_accepted_socket(asyncio.Protocol, ours)
        transport.pause_reading()
        before = pending_input(transport)
        theirs.sendall(b"GET /metrics HTTP/1.1\r\n\r\n")
        after = pending_input(transport)
        still = transport.get_extra_info("socket")._sock.recv(100)
        transport.close()
        theirs.close()
        return before, after, still

    before, after, still = asyncio.run(check())
    assert (before, after) == (False, True)
    assert still == b"GET /metrics HTTP/1.1\r\n\r\n"


def test_requests_on_a_keep_alive_connection_start_no_timer_of_the_guard():
    """Deadlines are swept, not timed one by one: a timer started and stopped per request was the guard's
    largest cost per webhook. Twenty requests start at most the one sweep."""
    import uvicorn
    from uvicorn.server import ServerState

    from relay.serving import GUARD, HTTP_PROTOCOL

    started: list[str] = []

    class CountingLoop(asyncio.SelectorEventLoop):
        def call_later(self, delay, callback, *args, context=None):
            started.append(getattr(callback, "__qualname__", repr(callback)))
            return super().call_later(delay, callback, *args, context=context)

    async def app(scope, receive, send):
        if scope["type"] == "http":
            await receive()
            await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"2")]})
            await send({"type": "http.response.body", "body": b"ok"})

    async def serve_twenty() -> None:
        loop = asyncio.get_running_loop()
        config = uvicorn.Config(app, http=HTTP_PROTOCOL, lifespan="off", log_config=None)
        config.load()
        guard = ConnectionGuard(header_timeout=5, body_timeout=5, max_connections=10, metrics=Metrics())
        ours, theirs = socket.socketpair()
        protocol = config.http_protocol_class(config=config, server_state=ServerState(), app_state={GUARD: guard},
                                              _loop=loop)
        await loop.connect_accepted_socket(lambda: protocol, ours)
        reader, writer = await asyncio.open_connection(sock=theirs)
        for _ in range(20):
            writer.write(b"POST /webhook HTTP/1.1\r\nHost: relay\r\nContent-Length: 2\r\n\r\nhi")
            await reader.readuntil(b"ok")
        assert list(guard.awaiting_head) == [protocol]  # waiting for the next head, with its deadline
        writer.close()

    loop = CountingLoop()
    try:
        loop.run_until_complete(serve_twenty())
    finally:
        loop.close()
    ours = [name for name in started if "RelayHTTPProtocol" in name or "ConnectionGuard" in name]
    assert len(ours) <= 1, ours
