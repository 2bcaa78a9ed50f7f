"""One Klaros per profile: a second start brings the running window to the front and exits.

Two copies on one profile would both pull from the relay, both flush the outbox (one could take the other's
send in flight for a crashed one) and fight over the window geometry. Shop owners double-click an icon twice
without thinking, so the second start must not open a second window but do what WhatsApp Desktop does: show
the first one.

A ``QLockFile`` says who runs the profile. It lives in the user's temporary folder, named after the
profile's path, not in the profile (erasing everything must not meet a file held open on Windows). Qt
recognises the lock of a crashed process (its PID is gone) and takes it over. A ``QLocalServer`` under the
same name (a named pipe on Windows, a socket on macOS and Linux) lets the second start ask the first to come
forward: connecting is the request.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QDir, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket


def instance_name(profile_root: Path) -> str:
    digest = hashlib.sha256(str(profile_root.resolve()).encode("utf-8")).hexdigest()[:20]
    return f"klaros-{digest}"


class SingleInstance(QObject):
    """``acquire()`` once at start; if it fails, ``hand_over()`` and exit. The holder emits ``activate``
    when another start asked for the window."""

    activate = Signal()

    def __init__(self, profile_root: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.name = instance_name(profile_root)
        self.lock = QLockFile(str(Path(QDir.tempPath()) / f"{self.name}.lock"))
        self.lock.setStaleLockTime(0)  # stale only when its process is gone, however long it has run
        self.server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True: this process now runs the profile and listens for later starts."""
        if not self.lock.tryLock(200):
            return False
        QLocalServer.removeServer(self.name)  # a socket file left by a crash (Unix)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._connected)
        self.server.listen(self.name)
        return True

    def hand_over(self, timeout_ms: int = 2000) -> bool:
        """Ask the running Klaros to show its window (connecting is the request); False if it did not answer."""
        socket = QLocalSocket(self)
        socket.connectToServer(self.name)
        answered = socket.waitForConnected(timeout_ms)
        socket.abort()
        return answered

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.unlock()

    def _connected(self) -> None:
        # Only this user's processes can connect (UserAccessOption); each connection asks for the window.
        while self.server is not None and (socket := self.server.nextPendingConnection()) is not None:
            socket.disconnected.connect(socket.deleteLater)
            socket.disconnectFromServer()
            self.activate.emit()
