"""A stand-in relay for unit tests: seals bodies exactly as docs/sealed-events.md says, serves them over
httpx.MockTransport with the device API's shapes. The real relay is used in the end-to-end test."""

from __future__ import annotations

import base64
import json
import os

import httpx
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def seal(body: bytes, tenant_id: str, devices: dict[str, bytes]) -> dict:
    key = AESGCM.generate_key(bit_length=256)
    nonce = os.urandom(12)
    recipients = []
    for device_id, public in devices.items():
        eph = X25519PrivateKey.generate()
        epk = eph.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        kek = HKDF(hashes.SHA256(), 32, salt=epk + public, info=b"klaros-seal-v1").derive(
            eph.exchange(X25519PublicKey.from_public_bytes(public)))
        rn = os.urandom(12)
        recipients.append({"device_id": device_id, "epk": b64(epk), "nonce": b64(rn),
                           "wrapped_key": b64(AESGCM(kek).encrypt(rn, key, device_id.encode()))})
    return {"v": 1, "nonce": b64(nonce), "ciphertext": b64(AESGCM(key).encrypt(nonce, body,
                                                                               b"klaros/v1/" + tenant_id.encode())),
            "recipients": recipients}


class FakeRelay:
    def __init__(self, tenant_id: str = "tenant-1", token: str = "tok"):
        self.tenant_id = tenant_id
        self.token = token
        self.events: list[dict] = []
        self.acks: list[str] = []
        self.pulls: list[dict] = []
        self.devices: dict[str, bytes] = {}
        self.codes = {"GOOD-CODE"}
        self.fail_ack = False

    def add(self, body: dict | bytes, *, devices: dict[str, bytes] | None = None, correlation_id: str | None = None):
        raw = body if isinstance(body, bytes) else json.dumps(body).encode()
        cursor = f"{len(self.events) + 1:08d}"
        self.events.append({"cursor": cursor, "received_at": "2026-11-25T08:00:00Z",
                            "correlation_id": correlation_id or f"relay-{cursor}",
                            "sealed": seal(raw, self.tenant_id, devices or self.devices)})
        return cursor

    def handler(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/pair":
            data = json.loads(request.content)
            if data["code"] not in self.codes:
                return httpx.Response(401, json={"error": "invalid pairing code"})
            self.codes.discard(data["code"])
            device_id = f"dev-{len(self.devices) + 1}"
            self.devices[device_id] = base64.b64decode(data["public_key"])
            return httpx.Response(201, json={"device_id": device_id, "token": self.token, "tenant_id": self.tenant_id})
        if request.headers.get("authorization") != f"Bearer {self.token}":
            return httpx.Response(401, json={"error": "bad token"})
        if request.url.path == "/v1/events":
            after = request.url.params.get("after")
            limit = int(request.url.params.get("limit", 100))
            self.pulls.append(dict(request.url.params))
            page = [e for e in self.events if after is None or e["cursor"] > after][:limit]
            return httpx.Response(200, json={"events": page, "next_cursor": page[-1]["cursor"] if page else after})
        if request.url.path == "/v1/events/ack":
            if self.fail_ack:
                return httpx.Response(503, json={"error": "down"})
            self.acks.append(json.loads(request.content)["up_to"])
            return httpx.Response(200, json={"ok": True})
        return httpx.Response(404)

    def client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=httpx.MockTransport(self.handler))
