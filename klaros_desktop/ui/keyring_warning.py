"""The red line above the status bar while the secrets sit in the plaintext test keyring.

That store is accepted only with ``KLAROS_ALLOW_INSECURE_KEYRING=1`` (tests, CI); whoever starts the app with
it must see on every start that nothing is protected, not only find it in the log. The sentence is the
keyring's own (``SecretStore.insecure_warning``), translated; with any other store the line stays hidden.

Asking the keyring imports and detects its backend, which costs more than the rest of the start, so the check
waits for the window's first paint and runs just after it; without the variable it does not ask at all (the
plaintext store is refused then, so nothing can sit in it).
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from klaros_desktop.ui.i18n import render

if TYPE_CHECKING:
    from klaros_desktop.ui.backend import Backend

log = logging.getLogger(__name__)

# ``secrets.ALLOW_INSECURE_ENV``, spelled out as ``cli`` does: importing ``secrets`` loads ``keyring``
ALLOW_INSECURE_ENV = "KLAROS_ALLOW_INSECURE_KEYRING"


class KeyringWarning(QLabel):
    """Hidden until ``check`` finds the plaintext test store behind the backend's ``secret_store``; then shown
    for as long as the window is open (no close button: the store does not become safer by hiding it)."""

    def __init__(self, backend: Backend, parent: QWidget):
        super().__init__(parent)
        self.backend = backend
        self.checked = False  # whether the keyring was asked (tests wait for it)
        self.setObjectName("insecureKeyring")  # app.qss: the theme's danger colour, light and dark
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(self.tr("Security warning"))
        self.hide()
        self._window = parent.window()
        self._window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self, self.check)
        return False

    def check(self) -> None:
        """Ask the keyring now (only where the plaintext store is allowed), and show its warning if it has one."""
        warning = None
        if os.environ.get(ALLOW_INSECURE_ENV) == "1":
            try:
                warning = self.backend.secret_store.insecure_warning
            except Exception as exc:  # no usable keyring at all: then no plaintext store holds anything either
                log.warning("could not ask the keyring whether it is the plaintext test store: %s", exc)
        self.checked = True
        if warning:
            self.setText(render(warning))
        self.setVisible(bool(warning))
