"""SecretStore keeps secrets only in a real keyring and refuses to fall back to plaintext."""

from __future__ import annotations

import keyring.backends.fail
import keyring.backends.null
import pytest

from klaros_desktop.secrets import KNOWN_SECRETS, META_ACCESS_TOKEN, NoSecureKeyring, SecretStore
from klaros_desktop.secrets.plaintext_keyring import PlaintextKeyring


def test_round_trip_and_wipe():
    store = SecretStore("/profiles/a", backend=PlaintextKeyring())
    store.check()
    store.set(META_ACCESS_TOKEN, "EAAG-secret")
    assert store.get(META_ACCESS_TOKEN) == "EAAG-secret"
    store.wipe()
    assert all(store.get(name) is None for name in KNOWN_SECRETS)


def test_profiles_do_not_share_secrets():
    backend = PlaintextKeyring()
    a, b = SecretStore("/profiles/a", backend=backend), SecretStore("/profiles/b", backend=backend)
    a.set(META_ACCESS_TOKEN, "token-a")
    assert b.get(META_ACCESS_TOKEN) is None
    assert a.service != b.service


@pytest.mark.parametrize("backend", [keyring.backends.fail.Keyring(), keyring.backends.null.Keyring()])
def test_unusable_backends_are_refused_with_an_explanation(backend):
    store = SecretStore("/profiles/a", backend=backend)
    with pytest.raises(NoSecureKeyring, match="will not store them as plain text"):
        store.check()
    with pytest.raises(NoSecureKeyring):
        store.set(META_ACCESS_TOKEN, "EAAG-secret")


def test_file_backed_test_keyring_is_shared_between_instances(tmp_path, monkeypatch):
    monkeypatch.setenv("KLAROS_TEST_KEYRING_FILE", str(tmp_path / "keyring.json"))
    SecretStore("/p", backend=PlaintextKeyring()).set(META_ACCESS_TOKEN, "x")
    assert SecretStore("/p", backend=PlaintextKeyring()).get(META_ACCESS_TOKEN) == "x"


def test_friendly_name_speaks_the_shop_owners_language():
    from keyring.backends import chainer

    from klaros_desktop.secrets import friendly_name
    from klaros_desktop.secrets.plaintext_keyring import PlaintextKeyring

    windows = type("WinVaultKeyring", (PlaintextKeyring,), {"__module__": "keyring.backends.Windows"})()
    mac = type("Keyring", (PlaintextKeyring,), {"__module__": "keyring.backends.macOS"})()
    assert friendly_name(windows) == "Windows Credential Manager"
    assert friendly_name(mac) == "the macOS Keychain"
    chain = type("Chain", (chainer.ChainerBackend,), {"backends": [mac], "__module__": chainer.__name__})()
    assert friendly_name(chain) == "the macOS Keychain"
    assert "." not in friendly_name(PlaintextKeyring())
