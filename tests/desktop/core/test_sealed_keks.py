"""Events the relay sealed under one ephemeral key share a KEK: the device derives it once (``KekCache``)."""

from __future__ import annotations

import base64
import json
import os

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import select

from klaros_desktop.models import Message
from klaros_desktop.relay_client import DeviceKey, KekCache, RelayClient, SealError, open_sealed
from klaros_desktop.relay_client import sealed as sealed_module
from klaros_desktop.services.inbound.sync import SyncService

WA = "4915112345678"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


class SharedEpk:
    """Seals bodies for one device under one ephemeral key, as the relay's ``DeviceWrapper`` does."""

    def __init__(self, device_id: str, public: bytes, tenant_id: str = "tenant-1"):
        eph = X25519PrivateKey.generate()
        self.epk = eph.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        self.kek = AESGCM(HKDF(hashes.SHA256(), 32, salt=self.epk + public, info=b"klaros-seal-v1").derive(
            eph.exchange(X25519PublicKey.from_public_bytes(public))))
        self.device_id, self.tenant_id = device_id, tenant_id

    def seal(self, body: bytes) -> dict:
        key, nonce, wrap_nonce = AESGCM.generate_key(bit_length=256), os.urandom(12), os.urandom(12)
        return {"v": 1, "nonce": b64(nonce),
                "ciphertext": b64(AESGCM(key).encrypt(nonce, body, b"klaros/v1/" + self.tenant_id.encode())),
                "recipients": [{"device_id": self.device_id, "epk": b64(self.epk), "nonce": b64(wrap_nonce),
                                "wrapped_key": b64(self.kek.encrypt(wrap_nonce, key, self.device_id.encode()))}]}


@pytest.fixture
def derivations(monkeypatch):
    """The ephemeral keys a KEK was derived for, in order."""
    seen: list[bytes] = []
    derive = sealed_module._derive_kek

    def counting(private_key, epk, device_public):
        seen.append(epk)
        return derive(private_key, epk, device_public)

    monkeypatch.setattr(sealed_module, "_derive_kek", counting)
    return seen


def test_events_under_one_ephemeral_key_derive_their_kek_once(derivations):
    mine = DeviceKey.generate()
    first, second = SharedEpk("dev-1", mine.public_raw), SharedEpk("dev-1", mine.public_raw)
    keks = KekCache()
    events = [first.seal(b"a"), first.seal(b"b"), second.seal(b"c"), first.seal(b"d"), second.seal(b"e")]
    opened = [open_sealed(e, tenant_id="tenant-1", device_id="dev-1", key=mine, keks=keks) for e in events]
    assert opened == [b"a", b"b", b"c", b"d", b"e"]
    assert derivations == [first.epk, second.epk]
    # without a cache every event derives its own, as before
    derivations.clear()
    assert [open_sealed(e, tenant_id="tenant-1", device_id="dev-1", key=mine) for e in events[:2]] == [b"a", b"b"]
    assert derivations == [first.epk, first.epk]


def test_a_cached_kek_still_authenticates_every_event():
    """The cache skips the derivation, not the checks: a changed wrapped key, another device's entry, another
    tenant or another device key under the same epk still fail."""
    mine, other = DeviceKey.generate(), DeviceKey.generate()
    shared = SharedEpk("dev-1", mine.public_raw)
    keks = KekCache()
    assert open_sealed(shared.seal(b"ok"), tenant_id="tenant-1", device_id="dev-1", key=mine, keks=keks) == b"ok"
    tampered = shared.seal(b"x")
    wrapped = bytearray(base64.b64decode(tampered["recipients"][0]["wrapped_key"]))
    wrapped[0] ^= 1
    tampered["recipients"][0]["wrapped_key"] = b64(bytes(wrapped))
    with pytest.raises(SealError, match="authentication"):
        open_sealed(tampered, tenant_id="tenant-1", device_id="dev-1", key=mine, keks=keks)
    with pytest.raises(SealError, match="authentication"):
        open_sealed(shared.seal(b"x"), tenant_id="tenant-2", device_id="dev-1", key=mine, keks=keks)
    renamed = shared.seal(b"x")
    renamed["recipients"][0]["device_id"] = "dev-2"
    with pytest.raises(SealError, match="authentication"):  # the device id is the wrapped key's associated data
        open_sealed(renamed, tenant_id="tenant-1", device_id="dev-2", key=mine, keks=keks)
    with pytest.raises(SealError, match="authentication"):  # same epk, another device's private key
        open_sealed(shared.seal(b"x"), tenant_id="tenant-1", device_id="dev-1", key=other, keks=keks)
    assert open_sealed(shared.seal(b"still"), tenant_id="tenant-1", device_id="dev-1", key=mine, keks=keks) == b"still"


@pytest.mark.parametrize("bad", ["é" + "A" * 15, "AAAA=AAA", "not base64!", "AAA"])
@pytest.mark.parametrize("field", ["nonce", "ciphertext", "epk", "wrapped_key"])
def test_a_field_that_is_not_strict_base64_is_a_seal_error(field, bad):
    """Each base64 field is decoded strictly: a character outside ASCII, data after the padding, a character
    outside the alphabet or a cut-off group is the event's fault (``SealError``), never another error."""
    key = DeviceKey.generate()
    sealed = SharedEpk("dev-1", key.public_raw).seal(b"{}")
    (sealed if field in ("nonce", "ciphertext") else sealed["recipients"][0])[field] = bad
    with pytest.raises(SealError, match="not base64"):
        open_sealed(sealed, tenant_id="tenant-1", device_id="dev-1", key=key, keks=KekCache())


def test_an_event_without_this_device_among_its_recipients_is_a_seal_error():
    key = DeviceKey.generate()
    sealed = SharedEpk("dev-1", key.public_raw).seal(b"{}")
    sealed["recipients"] = [None, "dev-2", {"device_id": "dev-2"}]
    with pytest.raises(SealError, match="not among the event's recipients"):
        open_sealed(sealed, tenant_id="tenant-1", device_id="dev-1", key=key)
    del sealed["recipients"]
    with pytest.raises(SealError, match="not among the event's recipients"):
        open_sealed(sealed, tenant_id="tenant-1", device_id="dev-1", key=key)


def test_only_a_kek_that_unwrapped_a_key_is_kept_and_the_cache_is_bounded(derivations):
    mine, stranger = DeviceKey.generate(), DeviceKey.generate()
    keks = KekCache(size=2)
    junk = SharedEpk("dev-1", stranger.public_raw)  # sealed to someone else: its KEK unwraps nothing
    for _ in range(2):
        with pytest.raises(SealError):
            open_sealed(junk.seal(b"x"), tenant_id="tenant-1", device_id="dev-1", key=mine, keks=keks)
    assert len(keks) == 0 and derivations == [junk.epk, junk.epk]
    batches = [SharedEpk("dev-1", mine.public_raw) for _ in range(3)]
    derivations.clear()
    for batch in batches:
        open_sealed(batch.seal(b"x"), tenant_id="tenant-1", device_id="dev-1", key=mine, keks=keks)
    assert len(keks) == 2
    open_sealed(batches[2].seal(b"x"), tenant_id="tenant-1", device_id="dev-1", key=mine, keks=keks)  # kept
    open_sealed(batches[0].seal(b"x"), tenant_id="tenant-1", device_id="dev-1", key=mine, keks=keks)  # evicted
    assert derivations == [b.epk for b in batches] + [batches[0].epk]


async def test_sync_derives_one_kek_per_ephemeral_key_across_pages(sessions, fake_relay, wh, derivations):
    key = DeviceKey.generate()
    fake_relay.devices = {"dev-1": key.public_raw}
    batches = [SharedEpk("dev-1", key.public_raw) for _ in range(2)]
    for i in range(7):
        fake_relay.add(b"placeholder")
        body = json.dumps(wh.text_message(WA, f"wamid.{i}", f"Nachricht {i}", 1000 + i)).encode()
        fake_relay.events[-1]["sealed"] = batches[i // 4].seal(body)
    async with fake_relay.client() as http:
        relay = RelayClient(http, "http://relay.test", token=fake_relay.token)
        service = SyncService(sessions, relay, device_id="dev-1", tenant_id="tenant-1", key=key, page_size=3)
        report = await service.sync_once()
    assert (report.events, report.unreadable, report.stats.messages) == (7, 0, 7)
    assert derivations == [batches[0].epk, batches[1].epk]
    with sessions() as s:
        assert len(s.scalars(select(Message.wamid)).all()) == 7
