"""Sealing webhook bodies for a tenant's devices, the relay's master key, and token hashing.

The sealed-event format is an interface shared with the desktop; docs/sealed-events.md is its contract.
Only ``cryptography`` primitives are used: AES-256-GCM, X25519 and HKDF-SHA256.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

SEAL_VERSION = 1
SEAL_INFO = b"klaros-seal-v1"
BODY_AAD_PREFIX = b"klaros/v1/"
MEDIA_AAD_PREFIX = b"klaros/media/v1/"
MEDIA_NONCE_BYTES = 12
MASTER_KEY_BYTES = 32
_RAW = serialization.Encoding.Raw
_RAW_PUB = serialization.PublicFormat.Raw


class SealError(ValueError):
    """A sealed event cannot be opened with this key (wrong device, tampered, or not a recipient)."""


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def body_aad(tenant_id: str) -> bytes:
    return BODY_AAD_PREFIX + tenant_id.encode("utf-8")


def parse_public_key(text: str) -> bytes:
    """Raw 32-byte X25519 public key from standard base64; ValueError with a clear reason otherwise."""
    try:
        raw = unb64(text)
    except (ValueError, UnicodeEncodeError):
        raise ValueError("public_key is not standard base64") from None
    if len(raw) != 32:
        raise ValueError(f"public_key must be 32 bytes of X25519 key, got {len(raw)}")
    check_public_key(raw)
    return raw


def check_public_key(raw: bytes) -> None:
    """ValueError unless an X25519 exchange with ``raw`` works.

    Low-order points (the all-zero key among them) make every exchange fail (or yield the all-zero secret,
    which ``cryptography`` refuses): nothing could ever be sealed to such a device, so it must not pair.
    Trying one exchange refuses exactly the keys sealing would later fail on.
    """
    try:
        X25519PrivateKey.generate().exchange(X25519PublicKey.from_public_bytes(raw))
    except ValueError:
        raise ValueError("public_key is not a usable X25519 public key (a low-order point, or not 32 bytes)") from None


def _kek(shared: bytes, epk: bytes, device_public: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=epk + device_public, info=SEAL_INFO).derive(shared)


@dataclass(frozen=True)
class Recipient:
    device_id: str
    epk: bytes
    nonce: bytes
    wrapped_key: bytes

    def as_json(self) -> dict[str, str]:
        return {"device_id": self.device_id, "epk": b64(self.epk), "nonce": b64(self.nonce),
                "wrapped_key": b64(self.wrapped_key)}


class RandomPool:
    """Bytes from ``os.urandom`` fetched 4 KiB at a time and handed out once each.

    Keys and nonces for a batch then cost one system call instead of several per webhook (system calls
    are the dear part on a busy virtual machine). Not shared between threads: one pool per batch.
    """

    CHUNK = 4096

    def __init__(self) -> None:
        self._buffer = b""
        self._offset = 0

    def take(self, n: int) -> bytes:
        if self._offset + n > len(self._buffer):
            self._buffer = os.urandom(max(self.CHUNK, n))
            self._offset = 0
        out = self._buffer[self._offset:self._offset + n]
        self._offset += n
        return out


def _fresh(n: int, pool: RandomPool | None) -> bytes:
    return pool.take(n) if pool is not None else os.urandom(n)


class DeviceWrapper:
    """Wraps data keys to one device under one ephemeral X25519 key pair (and so one KEK).

    The group writer keeps one wrapper per device for a bounded time and number of keys (``KeptWrappers``):
    the X25519 work is done once per wrapper, and each event's key still gets its own random 12-byte nonce
    under the KEK. The ephemeral private key is dropped once the KEK is derived; the KEK lives only in this
    object and is never stored.
    """

    def __init__(self, device_id: str, device_public: bytes) -> None:
        ephemeral = X25519PrivateKey.generate()
        self.device_id = device_id
        self.epk = ephemeral.public_key().public_bytes(_RAW, _RAW_PUB)
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(device_public))
        self._aead = AESGCM(_kek(shared, self.epk, device_public))
        self._aad = device_id.encode("utf-8")

    def wrap(self, data_key: bytes, pool: RandomPool | None = None) -> Recipient:
        nonce = _fresh(12, pool)
        return Recipient(self.device_id, self.epk, nonce, self._aead.encrypt(nonce, data_key, self._aad))


# How long, and for how many keys, the relay may wrap under one ephemeral key per device (docs/sealed-events.md,
# "Ephemeral keys"): what a memory dump of the relay reveals reaches back this far.
KEEP_WRAPPER_SECONDS = 60.0
KEEP_WRAPPER_WRAPS = 10_000


class KeptWrappers:
    """One ``DeviceWrapper`` per device (id and public key), kept across batches for at most ``max_age`` seconds
    and ``max_wraps`` wrapped keys, then replaced by a fresh ephemeral key pair.

    Webhooks that trickle in make batches of one; kept wrappers let them share an ephemeral key all the same, so
    a device that opens a backlog derives one KEK per wrapper instead of one per event. Only memory holds them:
    a restart starts afresh. A re-paired device (a new public key) never gets the old wrapper. Not shared
    between threads: the writer that owns it seals on one thread.
    """

    def __init__(self, max_age: float = KEEP_WRAPPER_SECONDS, max_wraps: int = KEEP_WRAPPER_WRAPS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.max_age = max_age
        self.max_wraps = max_wraps
        self._clock = clock
        self._kept: dict[tuple[str, bytes], tuple[DeviceWrapper, float]] = {}
        self._wraps: dict[tuple[str, bytes], int] = {}

    def wrap(self, data_key: bytes, device_id: str, device_public: bytes, pool: RandomPool | None = None
             ) -> Recipient:
        key = (device_id, device_public)
        now = self._clock()
        kept = self._kept.get(key)
        if kept is None or now - kept[1] >= self.max_age or self._wraps[key] >= self.max_wraps:
            self._expire(now)
            kept = self._kept[key] = (DeviceWrapper(device_id, device_public), now)
            self._wraps[key] = 0
        self._wraps[key] += 1
        return kept[0].wrap(data_key, pool)

    def _expire(self, now: float) -> None:
        """Drop every wrapper past its age, so a revoked device's KEK does not outlive it by more than that."""
        for key in [k for k, (_, born) in self._kept.items() if now - born >= self.max_age]:
            del self._kept[key], self._wraps[key]

    def forget(self) -> None:
        """Drop every wrapper (the next key for each device is wrapped under a fresh ephemeral key)."""
        self._kept.clear()
        self._wraps.clear()

    def __len__(self) -> int:
        return len(self._kept)


def wrap_for_device(data_key: bytes, device_id: str, device_public: bytes) -> Recipient:
    """Wrap one data key to one device through a fresh ephemeral X25519 key pair."""
    return DeviceWrapper(device_id, device_public).wrap(data_key)


@dataclass(frozen=True)
class SealedBody:
    """The body under a fresh data key; the key itself only leaves as wrapped copies."""

    data_key: bytes
    nonce: bytes
    ciphertext: bytes


def seal_body(body: bytes, tenant_id: str, pool: RandomPool | None = None) -> SealedBody:
    fresh = _fresh(44, pool)  # one draw for the key and the nonce
    key, nonce = fresh[:32], fresh[32:]
    return SealedBody(key, nonce, AESGCM(key).encrypt(nonce, body, body_aad(tenant_id)))


def sealed_json(nonce: bytes, ciphertext: bytes, recipients: list[Recipient]) -> dict:
    return {"v": SEAL_VERSION, "nonce": b64(nonce), "ciphertext": b64(ciphertext),
            "recipients": [r.as_json() for r in recipients]}


def open_sealed(sealed: dict, *, tenant_id: str, device_id: str, private_key: X25519PrivateKey) -> bytes:
    """What a device does (reference implementation, used by tests): unwrap its copy of K, decrypt the body."""
    if sealed.get("v") != SEAL_VERSION:
        raise SealError(f"unsupported sealed version {sealed.get('v')!r}")
    mine = next((r for r in sealed.get("recipients", []) if r.get("device_id") == device_id), None)
    if mine is None:
        raise SealError("this device is not a recipient of the event")
    device_public = private_key.public_key().public_bytes(_RAW, _RAW_PUB)
    epk = unb64(mine["epk"])
    shared = private_key.exchange(X25519PublicKey.from_public_bytes(epk))
    try:
        data_key = AESGCM(_kek(shared, epk, device_public)).decrypt(
            unb64(mine["nonce"]), unb64(mine["wrapped_key"]), device_id.encode("utf-8"))
        return AESGCM(data_key).decrypt(unb64(sealed["nonce"]), unb64(sealed["ciphertext"]), body_aad(tenant_id))
    except Exception as exc:  # cryptography raises InvalidTag without a message
        raise SealError("sealed event failed authentication") from exc


def media_aad(tenant_id: str, media_id: str) -> bytes:
    """A media blob's associated data: bound to its tenant and its id, never mistaken for an event body."""
    return MEDIA_AAD_PREFIX + tenant_id.encode("utf-8") + b"/" + media_id.encode("ascii")


def seal_media(data: bytes, tenant_id: str, media_id: str) -> tuple[bytes, bytes]:
    """``(data key, blob)``: the blob is a 12-byte nonce and the AES-256-GCM ciphertext of ``data`` under a fresh
    data key, which leaves only wrapped per device (``DeviceWrapper``), as an event's does."""
    key, nonce = os.urandom(32), os.urandom(MEDIA_NONCE_BYTES)
    return key, nonce + AESGCM(key).encrypt(nonce, data, media_aad(tenant_id, media_id))


def open_media(blob: bytes, data_key: bytes, tenant_id: str, media_id: str) -> bytes:
    """Reference implementation of what a device does with a media blob and its unwrapped data key."""
    try:
        return AESGCM(data_key).decrypt(blob[:MEDIA_NONCE_BYTES], blob[MEDIA_NONCE_BYTES:],
                                        media_aad(tenant_id, media_id))
    except Exception as exc:
        raise SealError("media blob failed authentication") from exc


def unwrap_key(recipient: dict, *, device_id: str, private_key: X25519PrivateKey) -> bytes:
    """A device's copy of a data key (reference implementation, used by tests)."""
    device_public = private_key.public_key().public_bytes(_RAW, _RAW_PUB)
    epk = unb64(recipient["epk"])
    shared = private_key.exchange(X25519PublicKey.from_public_bytes(epk))
    try:
        return AESGCM(_kek(shared, epk, device_public)).decrypt(
            unb64(recipient["nonce"]), unb64(recipient["wrapped_key"]), device_id.encode("utf-8"))
    except Exception as exc:
        raise SealError("wrapped key failed authentication") from exc


class MasterKey:
    """The relay's own key: encrypts tenant secrets and holds data keys of events waiting for a first device.

    Each use has its own associated data, so a ciphertext cannot be moved from one purpose or row to another.
    """

    def __init__(self, key: bytes) -> None:
        if len(key) != MASTER_KEY_BYTES:
            raise ValueError(f"master key must be {MASTER_KEY_BYTES} bytes, got {len(key)}")
        self._aead = AESGCM(key)
        self._mac_key = hashlib.sha256(b"klaros-relay-mac\0" + key).digest()
        self._raw = key

    def mac(self, value: str, purpose: str) -> bytes:
        """A keyed hash of a short secret (an e-mail code has few digits: a plain hash of the database's
        rows could be guessed offline, this one needs the master key too)."""
        return hmac.new(self._mac_key, f"{purpose}\0{value}".encode(), hashlib.sha256).digest()

    def derive(self, purpose: str) -> bytes:
        """A 32-byte key for one purpose (HKDF-SHA256 of the master key): the same in every server process."""
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                    info=b"klaros-relay/" + purpose.encode("utf-8")).derive(self._raw)

    @classmethod
    def load(cls, path: Path) -> MasterKey:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise FileNotFoundError(
                f"master key file {path} does not exist; run `klaros-relay migrate` to create it") from None
        try:
            return cls(base64.b64decode(raw.strip(), validate=True))
        except ValueError as exc:
            raise ValueError(f"master key file {path} is not a base64 32-byte key: {exc}") from None

    @classmethod
    def create_file(cls, path: Path) -> bool:
        """Write a new random key with mode 0600 unless the file exists; True when created."""
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return False
        with os.fdopen(fd, "wb") as handle:
            handle.write(base64.b64encode(os.urandom(MASTER_KEY_BYTES)) + b"\n")
            handle.flush()
            os.fsync(handle.fileno())
        return True

    def encrypt(self, plaintext: bytes, purpose: str) -> bytes:
        nonce = os.urandom(12)
        return nonce + self._aead.encrypt(nonce, plaintext, purpose.encode("utf-8"))

    def decrypt(self, blob: bytes, purpose: str) -> bytes:
        return self._aead.decrypt(blob[:12], blob[12:], purpose.encode("utf-8"))


def hash_secret(value: str) -> bytes:
    """Device tokens and pairing codes carry >= 80 random bits, so a plain SHA-256 is a safe lookup hash."""
    return hashlib.sha256(value.encode("utf-8")).digest()


def new_device_token() -> str:
    return secrets.token_urlsafe(32)


_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I


def new_pairing_code() -> str:
    """16 symbols from a 32-letter alphabet (80 bits), grouped by four for reading over the phone."""
    symbols = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(16))
    return "-".join(symbols[i:i + 4] for i in range(0, 16, 4))


def normalize_pairing_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def new_verify_token() -> str:
    return secrets.token_urlsafe(24)
