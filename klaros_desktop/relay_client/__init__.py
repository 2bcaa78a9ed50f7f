"""The desktop's side of the relay: pairing, pulling and acking events, opening sealed events.

Talks to the relay only over HTTP (``docs/sealed-events.md`` is the contract); never imports ``relay``.
"""

from klaros_desktop.relay_client.client import PairResult, PulledEvent, RelayClient, RelayError, RelayPage
from klaros_desktop.relay_client.keys import DeviceKey
from klaros_desktop.relay_client.sealed import SealError, open_sealed

__all__ = [
    "DeviceKey",
    "PairResult",
    "PulledEvent",
    "RelayClient",
    "RelayError",
    "RelayPage",
    "SealError",
    "open_sealed",
]
