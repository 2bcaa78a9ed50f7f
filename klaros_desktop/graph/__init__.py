"""Client for Meta's WhatsApp Cloud (Graph) API; the simulator stands in for Meta in demo mode and tests."""

from klaros_desktop.graph.client import GraphCall, GraphClient, SendResult
from klaros_desktop.graph.errors import (
    AuthError,
    GraphError,
    NetworkError,
    RateLimitError,
    RecipientError,
    ServerError,
    TemplateError,
)

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
]
