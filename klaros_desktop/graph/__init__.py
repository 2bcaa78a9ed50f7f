"""Client for Meta's WhatsApp Cloud (Graph) API; the simulator stands in for Meta in demo mode and tests.

The client (and with it httpx) loads on first use of ``GraphClient``, ``GraphCall`` or ``SendResult``: the
services that only need the error codes are imported before the window's first paint.
"""

from typing import TYPE_CHECKING, Any

from klaros_desktop.graph.errors import (
    AuthError,
    GraphError,
    NetworkError,
    RateLimitError,
    RecipientError,
    ServerError,
    TemplateError,
    UnconfirmedSend,
)

if TYPE_CHECKING:
    from klaros_desktop.graph.client import GraphCall, GraphClient, SendResult


def __getattr__(name: str) -> Any:
    if name in ("GraphCall", "GraphClient", "SendResult"):
        from klaros_desktop.graph.client import GraphCall, GraphClient, SendResult

        return {"GraphCall": GraphCall, "GraphClient": GraphClient, "SendResult": SendResult}[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "AuthError",
    "GraphCall",
    "GraphClient",
    "GraphError",
    "NetworkError",
    "RateLimitError",
    "RecipientError",
    "SendResult",
    "ServerError",
    "TemplateError",
    "UnconfirmedSend",
]
