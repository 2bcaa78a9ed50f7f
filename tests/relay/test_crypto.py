"""Sealed-event format and master key: opening with the right key works, everything else fails."""

from __future__ import annotations

import base64
import os
import stat
import sys

import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from relay import crypto


def raw_public(key: X25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def seal_for(body: bytes, tenant_id: str, devices: dict[str, X25519PrivateKey]) -> dict:
    box = crypto.seal_body(body, tenant_id)
    recipients = [crypto.wrap_for_device(box.data_key, did, raw_public(k)) for did, k in devices.items()]
    return crypto.sealed_json(box.nonce, box.ciphertext, recipients)


def test_each_recipient_opens_the_body():
    keys = {"dev-a": X25519PrivateKey.generate(), "dev-b": X25519PrivateKey.generate()}
    sealed = seal_for(b'{"hello": "world"}', "tenant-1", keys)
    assert sealed["v"] == 1
    for device_id, key in keys.items():
        assert crypto.open_sealed(sealed, tenant_id="tenant-1", device_id=device_id, private_key=key) == \
            b'{"hello": "world"}'


def test_format_fields_are_padded_standard_base64_of_the_right_sizes():
    key = X25519PrivateKey.generate()
    sealed = seal_for(b"x" * 100, "t", {"d": key})
    assert len(base64.b64decode(sealed["nonce"], validate=True)) == 12
    assert len(base64.b64decode(sealed["ciphertext"], validate=True)) == 100 + 16
    (recipient,) = sealed["recipients"]
    assert set(recipient) == {"device_id", "epk", "nonce", "wrapped_key"}
    assert len(base64.b64decode(recipient["epk"], validate=True)) == 32
    assert len(base64.b64decode(recipient["nonce"], validate=True)) == 12
    assert len(base64.b64decode(recipient["wrapped_key"], validate=True)) == 32 + 16


def test_other_key_other_tenant_or_tampering_fails():
    key, stranger = X25519PrivateKey.generate(), X25519PrivateKey.generate()
    sealed = seal_for(b"body", "tenant-1", {"d": key})
    with pytest.raises(crypto.SealError):
        crypto.open_sealed(sealed, tenant_id="tenant-1", device_id="d", private_key=stranger)
    with pytest.raises(crypto.SealError):  # body AAD binds the tenant id
        crypto.open_sealed(sealed, tenant_id="tenant-2", device_id="d", private_key=key)
    with pytest.raises(crypto.SealError):  # not a recipient
        crypto.open_sealed(sealed, tenant_id="tenant-1", device_id="e", private_key=key)
    relabelled = {**sealed, "recipients": [{**sealed["recipients"][0], "device_id": "e"}]}
    with pytest.raises(crypto.SealError):  # wrapped key AAD binds the device id
        crypto.open_sealed(relabelled, tenant_id="tenant-1", device_id="e", private_key=key)
    raw = bytearray(base64.b64decode(sealed["ciphertext"]))
    raw[0] ^= 1
    with pytest.raises(crypto.SealError):
        crypto.open_sealed({**sealed, "ciphertext": base64.b64encode(bytes(raw)).decode()},
                           tenant_id="tenant-1", device_id="d", private_key=key)


def test_spec_derivation_matches_an_independent_implementation():
    """Re-derive the KEK exactly as docs/sealed-events.md states, without relay.crypto's helpers."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    key = X25519PrivateKey.generate()
    sealed = seal_for(b"spec", "tid", {"dev": key})
    r = sealed["recipients"][0]
    epk = base64.b64decode(r["epk"])
    shared = key.exchange(X25519PublicKey.from_public_bytes(epk))
    kek = HKDF(hashes.SHA256(), 32, salt=epk + raw_public(key), info=b"klaros-seal-v1").derive(shared)
    data_key = AESGCM(kek).decrypt(base64.b64decode(r["nonce"]), base64.b64decode(r["wrapped_key"]), b"dev")
    body = AESGCM(data_key).decrypt(base64.b64decode(sealed["nonce"]), base64.b64decode(sealed["ciphertext"]),
                                    b"klaros/v1/tid")
    assert body == b"spec"


def test_public_key_parsing_rejects_bad_input():
    good = base64.b64encode(raw_public(X25519PrivateKey.generate())).decode()
    assert len(crypto.parse_public_key(good)) == 32
    for bad in ("not base64!", base64.b64encode(b"short").decode(), ""):
        with pytest.raises(ValueError):
            crypto.parse_public_key(bad)


def test_master_key_file_is_private_and_purpose_bound(tmp_path):
    path = tmp_path / "keys" / "master.key"
    assert crypto.MasterKey.create_file(path) is True
    assert crypto.MasterKey.create_file(path) is False  # never overwritten
    if sys.platform != "win32":
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    master = crypto.MasterKey.load(path)
    blob = master.encrypt(b"app-secret", "app-secret/t1")
    assert b"app-secret" not in blob
    assert master.decrypt(blob, "app-secret/t1") == b"app-secret"
    with pytest.raises(InvalidTag):  # the purpose is authenticated data: another row's purpose fails
        master.decrypt(blob, "app-secret/t2")
    with pytest.raises(InvalidTag):
        crypto.MasterKey(os.urandom(32)).decrypt(blob, "app-secret/t1")


def test_missing_or_corrupt_master_key_is_explained(tmp_path):
    with pytest.raises(FileNotFoundError, match="migrate"):
        crypto.MasterKey.load(tmp_path / "absent.key")
    (tmp_path / "bad.key").write_text("nope", encoding="utf-8")
    with pytest.raises(ValueError, match="not a base64"):
        crypto.MasterKey.load(tmp_path / "bad.key")


def test_pairing_codes_normalise_and_differ():
    code = crypto.new_pairing_code()
    assert len(code) == 19 and code.count("-") == 3
    assert crypto.normalize_pairing_code(code.lower().replace("-", " ")) == code.replace("-", "")
    assert len({crypto.new_pairing_code() for _ in range(50)}) == 50
