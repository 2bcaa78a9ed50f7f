"""A keyring backend for tests and headless CI only. NOT SECURE: it keeps secrets in a JSON file.

Never chosen automatically (priority below zero); only used when named explicitly with
``PYTHON_KEYRING_BACKEND=klaros_desktop.secrets.plaintext_keyring.PlaintextKeyring``. With
``KLAROS_TEST_KEYRING_FILE`` set it persists to that file, so separate ``klaros`` processes of one
test share it; without, it lives in memory.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

_memory: dict[str, dict[str, str]] = {}
_lock = threading.Lock()


class PlaintextKeyring(KeyringBackend):
    __test__ = False  # not a pytest test class
    priority = -1  # type: ignore[assignment]
    name = "Klaros test keyring (not secure, tests only)"

    def _file(self) -> Path | None:
        value = os.environ.get("KLAROS_TEST_KEYRING_FILE")
        return Path(value) if value else None

    def _load(self) -> dict[str, dict[str, str]]:
        path = self._file()
        if path is None:
            return _memory
        if not path.exists():
            return {}
        return json.loads(path.read_text(encoding="utf-8"))

    def _save(self, data: dict[str, dict[str, str]]) -> None:
        path = self._file()
        if path is None:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data), encoding="utf-8")
        os.replace(tmp, path)

    def get_password(self, service: str, username: str) -> str | None:
        with _lock:
            return self._load().get(service, {}).get(username)

    def set_password(self, service: str, username: str, password: str) -> None:
        with _lock:
            data = self._load()
            data.setdefault(service, {})[username] = password
            self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        with _lock:
            data = self._load()
            if username not in data.get(service, {}):
                raise PasswordDeleteError(username)
            del data[service][username]
            self._save(data)
