"""The demo's keyring: secrets live in this process's memory only, never in a file or the OS keyring.

``klaros demo`` stores a loopback simulator token and a device key for a throw-away relay; they must not
end up in the shop owner's real keyring, and there is nothing to steal once the process ends. Never chosen
automatically (priority below zero); ``demo.runtime.use_memory_keyring`` installs it.
"""

from __future__ import annotations

import threading

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    priority = -1  # type: ignore[assignment]
    name = "the demo's in-memory keyring (nothing is saved)"

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        with self._lock:
            return self._secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        with self._lock:
            self._secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        with self._lock:
            if self._secrets.pop((service, username), None) is None:
                raise PasswordDeleteError(username)
