"""Opening a sealed relay event with the device's private key (format: docs/sealed-events.md, v1).

The body is AES-256-GCM under a per-event data key K (associated data ``b"klaros/v1/" + tenant_id``);
K is wrapped for each device with AES-256-GCM under a KEK from X25519(device, ephemeral) + HKDF-SHA256
(salt ``epk || device_public``, info ``b"klaros-seal-v1"``), associated data the device id.

The relay wraps the keys of many events under one ephemeral key (docs/sealed-events.md, "Ephemeral keys"), so a
``KekCache`` keeps the KEKs of the last few ephemeral keys: the X25519 exchange and HKDF, the dearest part of
opening an event, are then done once per ephemeral key instead of once per event.
"""

from __future__ import annotations

import binascii
from collections import OrderedDict

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from klaros_desktop.relay_client.keys import DeviceKey

SEAL_VERSION = 1
SEAL_INFO = b"klaros-seal-v1"
BODY_AAD_PREFIX = b"klaros/v1/"


class SealError(ValueError):
    """The event cannot be opened by this device: not a recipient, damaged, or tampered with."""


def _b64(value: object, what: str) -> bytes:
    if not isinstance(value, str):
        raise SealError(f"sealed event field {what} is missing")
    try:  # what base64.b64decode(validate=True) does, without its per-call argument handling; binascii takes
        # the text itself (a character outside ASCII is a ValueError), no encoded copy of it needed
        return binascii.a2b_base64(value, strict_mode=True)
    except (binascii.Error, ValueError):
        raise SealError(f"sealed event field {what} is not base64") from None


def _derive_kek(private_key: X25519PrivateKey, epk: bytes, device_public: bytes) -> AESGCM:
    shared = private_key.exchange(X25519PublicKey.from_public_bytes(epk))
    return AESGCM(HKDF(algorithm=hashes.SHA256(), length=32, salt=epk + device_public, info=SEAL_INFO).derive(shared))


class KekCache:
    """The KEKs (as ready AESGCM objects) of the last ``size`` ephemeral keys this device opened events with.

    Keyed by the ephemeral key and the device's own public key, so one cache may serve several device keys. A
    KEK is kept only after it unwrapped a key (a junk ``epk`` costs its exchange but evicts nothing). It holds
    nothing the device's private key, which lives beside it in memory, could not derive again; it is never stored.
    """

    def __init__(self, size: int = 64) -> None:
        self.size = size
        self._keks: OrderedDict[tuple[bytes, bytes], AESGCM] = OrderedDict()

    def get(self, epk: bytes, device_public: bytes) -> AESGCM | None:
        kek = self._keks.get((epk, device_public))
        if kek is not None:
            self._keks.move_to_end((epk, device_public))
        return kek

    def put(self, epk: bytes, device_public: bytes, kek: AESGCM) -> None:
        self._keks[(epk, device_public)] = kek
        self._keks.move_to_end((epk, device_public))
        while len(self._keks) > self.size:
            self._keks.popitem(last=False)

    def __len__(self) -> int:
        return len(self._keks)


def open_sealed(sealed: dict, *, tenant_id: str, device_id: str, key: DeviceKey | X25519PrivateKey,
                keks: KekCache | None = None) -> bytes:
    """The raw webhook body inside ``sealed``; ``SealError`` says why when it cannot be opened.

    ``keks``: a cache kept across calls (``SyncService`` keeps one), so events sealed under the same ephemeral
    key skip the X25519 exchange and HKDF after the first."""
    device = key if isinstance(key, DeviceKey) else DeviceKey(key)
    if not isinstance(sealed, dict) or sealed.get("v") != SEAL_VERSION:
        raise SealError(f"unsupported sealed event version {sealed.get('v') if isinstance(sealed, dict) else None!r}")
    for mine in sealed.get("recipients") or ():
        if isinstance(mine, dict) and mine.get("device_id") == device_id:
            break
    else:
        raise SealError("this device is not among the event's recipients (it was sealed before the device paired)")
    epk = _b64(mine.get("epk"), "epk")
    if len(epk) != 32:
        raise SealError("sealed event has a malformed ephemeral key")
    device_public = device.public_raw
    kek = keks.get(epk, device_public) if keks is not None else None
    fresh = kek is None
    if fresh:
        kek = _derive_kek(device.private_key, epk, device_public)
    try:
        data_key = kek.decrypt(_b64(mine.get("nonce"), "recipient nonce"), _b64(mine.get("wrapped_key"),
                               "wrapped_key"), device_id.encode("utf-8"))
        if fresh and keks is not None:
            keks.put(epk, device_public, kek)
        return AESGCM(data_key).decrypt(_b64(sealed.get("nonce"), "nonce"), _b64(sealed.get("ciphertext"),
                                        "ciphertext"), BODY_AAD_PREFIX + tenant_id.encode("utf-8"))
    except (InvalidTag, ValueError) as exc:
        if isinstance(exc, SealError):
            raise
        raise SealError("sealed event failed authentication (wrong key, wrong tenant, or tampered)") from None
