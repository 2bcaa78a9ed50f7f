"""The main window says on every start that secrets sit in plain text while the plaintext test keyring holds them
(``KLAROS_ALLOW_INSECURE_KEYRING=1``), in the theme's warning colours; with an OS password store it says nothing."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtGui import QColor

from klaros_desktop.secrets import INSECURE_WARNING, SecretStore
from klaros_desktop.secrets.plaintext_keyring import PlaintextKeyring
from klaros_desktop.ui import theme
from klaros_desktop.ui.backend import Backend
from klaros_desktop.ui.main_window import MainWindow

_spec = importlib.util.spec_from_file_location("ui_conftest_keyring", Path(__file__).with_name("conftest.py"))
_conf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_conf)
WAIT_MS = _conf.WAIT_MS


def posing_as(qualified: str) -> PlaintextKeyring:
    """A working backend whose class carries an allow-listed OS store's name (what the keyring check reads)."""
    module, _, name = qualified.rpartition(".")
    return type(name, (PlaintextKeyring,), {"__module__": module, "__qualname__": name})()


def _window(qtbot, profile, sessions, keyring_backend) -> MainWindow:
    backend = Backend(profile, sessions, secret_store=SecretStore(str(profile.root), backend=keyring_backend))
    window = MainWindow(backend)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    return window


@pytest.mark.parametrize("scheme", [theme.LIGHT, theme.DARK])
def test_the_plaintext_test_store_is_named_in_a_warning_line_on_start(qtbot, qapp, profile, sessions, scheme):
    theme.apply(qapp, scheme)
    try:
        window = _window(qtbot, profile, sessions, PlaintextKeyring())
        line = window.keyring_warning
        qapp.processEvents()
        assert not line.checked  # not before the first paint: asking the keyring would delay it
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: line.checked, timeout=WAIT_MS)
        assert line.isVisible() and line.text() == INSECURE_WARNING.source
        assert "KLAROS_ALLOW_INSECURE_KEYRING=1" in line.text()
        assert line.geometry().bottom() < window.statusBar().geometry().top()  # just over the status bar
        assert line.width() == window.centralWidget().width()  # across the whole window
        window.statusBar().showMessage("Contact saved.", 8000)
        assert line.isVisible()  # the bar's own messages leave it alone
        image = line.grab().toImage()
        assert image.pixelColor(3, image.height() - 3) == QColor(theme.COLOURS[scheme].danger_bg)
        assert image.pixelColor(3, 0) == QColor(theme.COLOURS[scheme].danger)  # its red edge
    finally:
        theme.apply(qapp, theme.LIGHT)


def test_an_os_password_store_gets_no_warning(qtbot, qapp, profile, sessions):
    window = _window(qtbot, profile, sessions, posing_as("keyring.backends.SecretService.Keyring"))
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.keyring_warning.checked, timeout=WAIT_MS)
    assert not window.keyring_warning.isVisible() and window.keyring_warning.text() == ""


def test_without_the_variable_the_keyring_is_not_asked(qtbot, qapp, profile, sessions, monkeypatch):
    """The shipped app refuses the plaintext store, so nothing can sit in it: no line, and no keyring loaded."""
    from klaros_desktop import secrets
    from klaros_desktop.ui import keyring_warning

    assert keyring_warning.ALLOW_INSECURE_ENV == secrets.ALLOW_INSECURE_ENV
    monkeypatch.delenv(secrets.ALLOW_INSECURE_ENV)
    asked = []
    monkeypatch.setattr(SecretStore, "insecure_warning", property(lambda store: asked.append(store) or "asked"))
    window = _window(qtbot, profile, sessions, PlaintextKeyring())
    window.show()
    qtbot.waitUntil(lambda: window.keyring_warning.checked, timeout=WAIT_MS)
    assert asked == [] and not window.keyring_warning.isVisible()


def test_the_warning_is_translated(qtbot, qapp, profile, sessions):
    from PySide6.QtCore import QCoreApplication, QTranslator

    class Shouting(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return source.upper() if context == "Keyring" else None

        def isEmpty(self):
            return False

    translator = Shouting()
    QCoreApplication.installTranslator(translator)
    try:
        window = _window(qtbot, profile, sessions, PlaintextKeyring())
        window.show()
        qtbot.waitUntil(lambda: window.keyring_warning.checked, timeout=WAIT_MS)
        assert window.keyring_warning.text() == INSECURE_WARNING.source.upper()
    finally:
        QCoreApplication.removeTranslator(translator)
