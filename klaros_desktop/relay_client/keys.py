"""The device's X25519 key pair. The private half goes only to the OS keyring (as base64 of the raw bytes)."""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from functools import cached_property

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

_RAW = serialization.Encoding.Raw


@dataclass(frozen=True)
class DeviceKey:
    private_key: X25519PrivateKey

    @classmethod
    def generate(cls) -> DeviceKey:
        return cls(X25519PrivateKey.generate())

    @classmethod
    def from_secret(cls, secret: str) -> DeviceKey:
        """Load what ``to_secret`` produced; ValueError with a clear reason if it is damaged."""
        try:
            raw = base64.b64decode(secret.encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError, ValueError):
            raise ValueError("the stored device key is not base64; pair this device again") from None
        if len(raw) != 32:
            raise ValueError("the stored device key has the wrong length; pair this device again")
        return cls(X25519PrivateKey.from_private_bytes(raw))

    def to_secret(self) -> str:
        raw = self.private_key.private_bytes(_RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption())
        return base64.b64encode(raw).decode("ascii")

    @cached_property
    def public_raw(self) -> bytes:
        """Derived once: deriving it costs a scalar multiplication, as much as opening an event."""
        return self.private_key.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)

    @property
    def public_b64(self) -> str:
        return base64.b64encode(self.public_raw).decode("ascii")
