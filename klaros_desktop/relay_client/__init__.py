"""The desktop's side of the relay: pairing, pulling and acking events, opening sealed events.

Talks to the relay only over HTTP (``docs/sealed-events.md`` is the contract); never imports ``relay``.
"""

from klaros_desktop.relay_client.client import (
    PairResult,
    PulledEvent,
    RelayClient,
    RelayError,
    RelayMediaUnavailable,
    RelayPage,
)
from klaros_desktop.relay_client.keys import DeviceKey
from klaros_desktop.relay_client.media import attach_media_refs
from klaros_desktop.relay_client.sealed import KekCache, SealError, open_sealed

__all__ = [
    "DeviceKey",
    "KekCache",
    "PairResult",
    "PulledEvent",
    "RelayClient",
    "RelayError",
    "RelayMediaUnavailable",
    "RelayPage",
    "SealError",
    "attach_media_refs",
    "open_sealed",
]
