"""The password store in the reader's words: its name in the screen's language (the proper names kept where
the system uses them), and the no-keyring sentence ending the way its reader can act on it: "run the command
again" on the command line, "start Klaros again" on a screen."""

from __future__ import annotations

import keyring.backend
import pytest
from keyring.backends import null

from klaros_desktop import secrets
from klaros_desktop.ui import i18n


def _backend(module: str) -> keyring.backend.KeyringBackend:
    """A backend that says it comes from ``module`` (the names go by the module, as keyring's do)."""
    cls = type("Keyring", (null.Keyring,), {"__module__": module})
    return cls()


def test_the_sentence_says_run_the_command_again_on_the_command_line_and_start_klaros_again_on_screen(qapp):
    store = secrets.SecretStore("profile", backend=null.Keyring())
    with pytest.raises(secrets.NoSecureKeyring) as caught:
        store.check()
    printed = str(caught.value)
    assert printed.endswith("then run the command again.") and "start Klaros" not in printed
    assert i18n.render(caught.value).endswith("then start Klaros again.")


def test_the_password_store_is_named_in_the_screen_language(qapp):
    mac = _backend("keyring.backends.macOS")
    linux = _backend("keyring.backends.SecretService")
    assert i18n.render(secrets.friendly_name(mac)) == "macOS Keychain"
    assert i18n.render(secrets.friendly_name(linux)) == "Secret Service (GNOME Keyring / KWallet)"
    assert str(secrets.SecretStore("p", backend=mac).place()) == "in macOS Keychain"
    i18n.use_language(qapp, "de")
    assert i18n.render(secrets.friendly_name(mac)) == "macOS-Schlüsselbund"
    assert i18n.render(secrets.SecretStore("p", backend=mac).place()) == "im Passwortspeicher „macOS-Schlüsselbund“"
