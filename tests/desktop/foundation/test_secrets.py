"""SecretStore keeps secrets only in an OS password store and refuses everything else.

Only the OS stores named in ``ALLOWED_BACKENDS`` are accepted, each backend inside a chainer included. The
plaintext test store works only with ``KLAROS_ALLOW_INSECURE_KEYRING=1`` (tests and CI: ``tests/conftest.py``
sets it for the suite), and then says so.
"""

from __future__ import annotations

import importlib
import logging

import keyring
import keyring.backends.fail
import keyring.backends.null
import pytest
from keyring.backends import chainer

from klaros_desktop.secrets import (
    ALLOW_INSECURE_ENV,
    ALLOWED_BACKENDS,
    KNOWN_SECRETS,
    META_ACCESS_TOKEN,
    NoSecureKeyring,
    SecretStore,
)
from klaros_desktop.secrets.plaintext_keyring import PlaintextKeyring


def posing_as(qualified: str) -> PlaintextKeyring:
    """A working in-memory backend whose class carries ``qualified`` as its name (what the check looks at)."""
    module, _, name = qualified.rpartition(".")
    return type(name, (PlaintextKeyring,), {"__module__": module, "__qualname__": name})()


def chain_of(*backends) -> chainer.ChainerBackend:
    return type("ChainerBackend", (chainer.ChainerBackend,),
                {"backends": list(backends), "__module__": chainer.__name__})()


@pytest.fixture
def shipped(monkeypatch):
    """The environment of the shipped app: no permission for the plaintext test store."""
    monkeypatch.delenv(ALLOW_INSECURE_ENV, raising=False)


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


@pytest.mark.parametrize("qualified", [
    "keyrings.alt.file.PlaintextKeyring",
    "keyrings.alt.file.EncryptedKeyring",
    "keyrings.alt.Windows.RegistryKeyring",
    "keyrings.alt.pyfs.PlaintextKeyring",
    "some_plugin.backends.CloudKeyring",
])
def test_backends_outside_the_allow_list_are_refused(qualified):
    store = SecretStore("/profiles/a", backend=posing_as(qualified))
    with pytest.raises(NoSecureKeyring, match="will not store them as plain text"):
        store.check()
    with pytest.raises(NoSecureKeyring):
        store.set(META_ACCESS_TOKEN, "EAAG-secret")
    with pytest.raises(NoSecureKeyring):
        store.get(META_ACCESS_TOKEN)


def test_a_chainer_holding_one_plaintext_backend_is_refused():
    secure = posing_as("keyring.backends.SecretService.Keyring")
    store = SecretStore("/profiles/a", backend=chain_of(secure, posing_as("keyrings.alt.file.PlaintextKeyring")))
    with pytest.raises(NoSecureKeyring, match="plain text"):
        store.check()
    with pytest.raises(NoSecureKeyring):
        store.set(META_ACCESS_TOKEN, "EAAG-secret")


def test_an_empty_chainer_is_refused():
    with pytest.raises(NoSecureKeyring, match="no keyring service was found"):
        SecretStore("/profiles/a", backend=chain_of()).check()


def test_a_chainer_of_os_stores_is_accepted(shipped):
    backend = chain_of(posing_as("keyring.backends.SecretService.Keyring"),
                       posing_as("keyring.backends.kwallet.DBusKeyring"))
    store = SecretStore("/profiles/a", backend=backend)
    store.check()
    assert store.insecure_warning is None


@pytest.mark.parametrize("qualified", sorted(ALLOWED_BACKENDS))
def test_allow_listed_os_stores_are_accepted(qualified, shipped):
    store = SecretStore("/profiles/a", backend=posing_as(qualified))
    store.check()
    store.set(META_ACCESS_TOKEN, "EAAG-secret")
    assert store.get(META_ACCESS_TOKEN) == "EAAG-secret"
    assert store.insecure_warning is None


@pytest.mark.parametrize("qualified", sorted(ALLOWED_BACKENDS))
def test_the_allow_list_names_real_keyring_classes(qualified):
    """A typo in the list would refuse a real OS store: every name must be a class keyring (or Klaros) ships."""
    module, _, name = qualified.rpartition(".")
    cls = getattr(importlib.import_module(module), name)
    assert f"{cls.__module__}.{cls.__qualname__}" == qualified


@pytest.mark.parametrize("os_store", [
    "keyring.backends.Windows.WinVaultKeyring",
    "keyring.backends.macOS.Keyring",
    "keyring.backends.SecretService.Keyring",
    "keyring.backends.kwallet.DBusKeyring",
    "keyring.backends.libsecret.Keyring",
])
def test_the_os_stores_are_on_the_allow_list(os_store):
    assert os_store in ALLOWED_BACKENDS


def test_the_plaintext_test_store_is_refused_without_the_variable(shipped):
    store = SecretStore("/profiles/a", backend=PlaintextKeyring())
    with pytest.raises(NoSecureKeyring, match=ALLOW_INSECURE_ENV):
        store.check()
    with pytest.raises(NoSecureKeyring):
        store.set(META_ACCESS_TOKEN, "EAAG-secret")
    with pytest.raises(NoSecureKeyring):
        store.get(META_ACCESS_TOKEN)


@pytest.mark.parametrize("value", ["0", "", "yes", "true"])
def test_only_the_exact_value_one_allows_the_plaintext_store(value, monkeypatch):
    monkeypatch.setenv(ALLOW_INSECURE_ENV, value)
    with pytest.raises(NoSecureKeyring):
        SecretStore("/profiles/a", backend=PlaintextKeyring()).check()


def test_the_plaintext_store_in_a_chainer_is_refused_without_the_variable(shipped):
    backend = chain_of(posing_as("keyring.backends.SecretService.Keyring"), PlaintextKeyring())
    with pytest.raises(NoSecureKeyring):
        SecretStore("/profiles/a", backend=backend).check()


def test_with_the_variable_the_plaintext_store_works_and_says_so(monkeypatch, caplog):
    import klaros_desktop.secrets as secrets

    monkeypatch.setenv(ALLOW_INSECURE_ENV, "1")
    monkeypatch.setattr(secrets, "_announced", set())
    store = SecretStore("/profiles/a", backend=PlaintextKeyring())
    with caplog.at_level(logging.WARNING, logger="klaros_desktop.secrets"):
        store.check()
        store.set(META_ACCESS_TOKEN, "EAAG-secret")
        assert store.get(META_ACCESS_TOKEN) == "EAAG-secret"
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1  # once per start, not on every read
    assert ALLOW_INSECURE_ENV in warnings[0].getMessage() and "plain text" in warnings[0].getMessage()
    phrase = store.insecure_warning
    assert phrase and "not secure" in phrase.lower() and ALLOW_INSECURE_ENV in phrase


def test_every_start_of_the_app_logs_the_insecure_store(tmp_path, monkeypatch):
    """``klaros`` (the app and every command) writes the warning into the profile's log when it starts."""
    import klaros_desktop.secrets as secrets
    from klaros_desktop import cli

    monkeypatch.setenv(ALLOW_INSECURE_ENV, "1")
    before = keyring.get_keyring()
    keyring.set_keyring(PlaintextKeyring())  # what PYTHON_KEYRING_BACKEND names (a demo test may have replaced it)
    try:
        for _start in range(2):
            monkeypatch.setattr(secrets, "_announced", set())  # a new process
            assert cli.main(["--data-dir", str(tmp_path / "shop"), "status"]) == 0
    finally:
        keyring.set_keyring(before)
    for handler in logging.getLogger().handlers:
        handler.flush()
    log_text = (tmp_path / "shop" / "logs" / "klaros.log").read_text(encoding="utf-8")
    lines = [line for line in log_text.splitlines() if ALLOW_INSECURE_ENV in line]
    assert len(lines) == 2 and all(" WARNING " in line for line in lines)


def test_the_demo_keyring_works_in_the_shipped_app_and_keeps_nothing(shipped, tmp_path, monkeypatch):
    """``klaros demo`` runs without the variable: its own store lives in memory only, so it is allowed."""
    from klaros_desktop.demo.runtime import use_memory_keyring

    monkeypatch.setenv("KLAROS_TEST_KEYRING_FILE", str(tmp_path / "keyring.json"))
    before = keyring.get_keyring()
    try:
        use_memory_keyring()
        store = SecretStore("/profiles/demo")
        store.check()
        store.set(META_ACCESS_TOKEN, "demo-token")
        assert store.get(META_ACCESS_TOKEN) == "demo-token"
        assert store.insecure_warning is None
    finally:
        keyring.set_keyring(before)
    assert not (tmp_path / "keyring.json").exists()


def test_file_backed_test_keyring_is_shared_between_instances(tmp_path, monkeypatch):
    monkeypatch.setenv("KLAROS_TEST_KEYRING_FILE", str(tmp_path / "keyring.json"))
    SecretStore("/p", backend=PlaintextKeyring()).set(META_ACCESS_TOKEN, "x")
    assert SecretStore("/p", backend=PlaintextKeyring()).get(META_ACCESS_TOKEN) == "x"


def test_friendly_name_speaks_the_shop_owners_language():
    from klaros_desktop.secrets import friendly_name

    windows = posing_as("keyring.backends.Windows.WinVaultKeyring")
    mac = posing_as("keyring.backends.macOS.Keyring")
    assert friendly_name(windows) == "Windows Credential Manager"
    assert friendly_name(mac) == "macOS Keychain"
    assert friendly_name(chain_of(mac)) == "macOS Keychain"
    assert "." not in friendly_name(PlaintextKeyring())
