"""A test that installs the demo's in-memory keyring (``klaros demo``, ``klaros screenshots`` run in-process) leaves
the next test the plaintext test keyring, which keeps its secrets in ``KLAROS_TEST_KEYRING_FILE`` where a ``klaros``
subprocess finds them (``tests/conftest.py`` restores it). The two tests run in this order."""

from __future__ import annotations

import json

import keyring

from klaros_desktop.secrets import SecretStore
from klaros_desktop.secrets.plaintext_keyring import PlaintextKeyring


def test_first_a_test_installs_the_demo_keyring():
    from klaros_desktop.demo.runtime import use_memory_keyring
    from klaros_desktop.secrets.memory_keyring import MemoryKeyring

    use_memory_keyring()
    assert isinstance(keyring.get_keyring(), MemoryKeyring)


def test_then_the_next_test_stores_its_secrets_in_the_shared_file(tmp_path, monkeypatch):
    file = tmp_path / "keyring.json"
    monkeypatch.setenv("KLAROS_TEST_KEYRING_FILE", str(file))
    assert isinstance(keyring.get_keyring(), PlaintextKeyring)
    store = SecretStore(str(tmp_path / "profile"))
    store.set("meta_access_token", "EAAG-test")
    assert json.loads(file.read_text(encoding="utf-8")) == {store.service: {"meta_access_token": "EAAG-test"}}
