"""The uvicorn HTTP protocol the relay serves with: uvicorn's own, plus TCP_NODELAY on every connection and
an early notice of a graceful shutdown.

asyncio sets TCP_NODELAY only on sockets whose protocol number is IPPROTO_TCP. The listening socket uvicorn
binds for ``--workers N`` (and any socket handed over ready-made) has protocol number 0, so its connections
kept Nagle's algorithm: a response written as head then body waited for the client's delayed ACK on every
request of a keep-alive connection (a reverse proxy's; docs/relay.md, Benchmark). Setting the option per
connection makes every way of serving behave the same. Cross-platform: TCP_NODELAY exists on Windows, macOS and Linux.

Shutdown: uvicorn first asks every open connection to finish, waits up to ``timeout_graceful_shutdown`` for
the requests in flight, cancels what is left, and only then runs the application's lifespan shutdown. A
long-poll would therefore hold the shutdown until its wait ran out (or be cancelled without an answer). So
when uvicorn asks a connection to shut down, the protocol first calls the hook the application put in its
lifespan state under ``SHUTDOWN_HOOK`` (the relay ends its waiting pulls with what they have).
"""

from __future__ import annotations

import asyncio
import contextlib
import socket

from uvicorn.protocols.http.auto import AutoHTTPProtocol

# For ``uvicorn.run(http=...)``/``uvicorn.Config(http=...)``: an import string survives the hand-over to
# worker processes.
HTTP_PROTOCOL = "relay.serving:NoDelayHTTPProtocol"
SHUTDOWN_HOOK = "klaros_relay.server_shutting_down"  # lifespan state key: a callable, run on the event loop


def set_nodelay(transport: asyncio.BaseTransport) -> None:
    sock = transport.get_extra_info("socket")
    if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


class NoDelayHTTPProtocol(AutoHTTPProtocol):  # type: ignore[misc,valid-type]
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        set_nodelay(transport)
        super().connection_made(transport)

    def shutdown(self) -> None:
        hook = self.app_state.get(SHUTDOWN_HOOK)
        if hook is not None:
            hook()
        super().shutdown()
