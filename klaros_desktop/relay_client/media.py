"""Media the relay keeps for this shop: where their references go in an opened event, and opening a sealed blob.

The relay seals each kept file like an event (docs/sealed-events.md, Media): AES-256-GCM under a fresh data
key (associated data ``b"klaros/media/v1/" + tenant_id + b"/" + media_id``), the 12-byte nonce first; the data
key is wrapped for each device exactly as an event's key is.

The relay downloads a file after it has sealed and stored its event, so the reference cannot be inside the
sealed event. It comes beside it in the pull answer (``event["media"]``: Meta's media id and its
``klaros_media``), and ``attach_media_refs`` puts it where the rest of the desktop looks for it: into the
message's media object of the opened webhook, as ``klaros_media``.
"""

from __future__ import annotations

import hashlib
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from klaros_desktop.relay_client.keys import DeviceKey
from klaros_desktop.relay_client.sealed import SEAL_INFO, SealError, _b64

MEDIA_AAD_PREFIX = b"klaros/media/v1/"
NONCE_BYTES = 12
MEDIA_KINDS = ("image", "audio", "video", "document", "sticker")


def attach_media_refs(body: Any, refs: list[dict] | tuple[dict, ...]) -> Any:
    """Put each ``klaros_media`` into the media object with its Meta media id, in place; returns ``body``.

    ``klaros_media`` is ``{"id", "sha256", "size"}`` (the relay has the file: ``RelayClient.fetch_media(id)``),
    ``{"id", "pending": true}`` (the relay is still downloading it: ``fetch_media`` waits for it), or
    ``{"error": reason}`` (the relay could not keep it; the desktop may still get it from Meta).
    """
    wanted = {str(r.get("media_id")): r.get("klaros_media") for r in refs
              if isinstance(r, dict) and isinstance(r.get("klaros_media"), dict)}
    if not wanted or not isinstance(body, dict):
        return body
    for entry in body.get("entry") or []:
        for change in (entry.get("changes") or []) if isinstance(entry, dict) else []:
            value = change.get("value") if isinstance(change, dict) else None
            for message in (value.get("messages") or []) if isinstance(value, dict) else []:
                kind = message.get("type") if isinstance(message, dict) else None
                obj = message.get(kind) if kind in MEDIA_KINDS else None
                if isinstance(obj, dict) and str(obj.get("id")) in wanted:
                    obj["klaros_media"] = dict(wanted[str(obj.get("id"))])
    return body


def unwrap_data_key(recipient: dict, *, device_id: str, key: DeviceKey) -> bytes:
    """This device's copy of a data key (the ``key`` of a media link, or an event's recipient entry)."""
    if not isinstance(recipient, dict) or recipient.get("device_id") != device_id:
        raise SealError("the relay's key for this file is not this device's")
    epk = _b64(recipient.get("epk"), "epk")
    if len(epk) != 32:
        raise SealError("the file's key has a malformed ephemeral key")
    shared = key.private_key.exchange(X25519PublicKey.from_public_bytes(epk))
    kek = HKDF(algorithm=hashes.SHA256(), length=32, salt=epk + key.public_raw, info=SEAL_INFO).derive(shared)
    try:
        return AESGCM(kek).decrypt(_b64(recipient.get("nonce"), "recipient nonce"),
                                   _b64(recipient.get("wrapped_key"), "wrapped_key"), device_id.encode("utf-8"))
    except (InvalidTag, ValueError):
        raise SealError("the file's key failed authentication (wrong device, or tampered)") from None


def open_media_blob(blob: bytes, data_key: bytes, *, tenant_id: str, media_id: str, sha256: str | None = None,
                    size: int | None = None) -> bytes:
    """The file inside a sealed media blob; ``SealError`` if it was changed by a single bit, or if it is not the
    file the relay described (``sha256`` hex, ``size``)."""
    if len(blob) < NONCE_BYTES + 16:
        raise SealError("the media file from the relay is cut short")
    aad = MEDIA_AAD_PREFIX + tenant_id.encode("utf-8") + b"/" + media_id.encode("ascii")
    try:
        data = AESGCM(data_key).decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], aad)
    except (InvalidTag, ValueError):
        raise SealError("the media file from the relay failed authentication (damaged or tampered)") from None
    if size is not None and len(data) != size:
        raise SealError("the media file from the relay has the wrong size")
    if sha256 and hashlib.sha256(data).hexdigest() != sha256.lower():
        raise SealError("the media file from the relay does not match its checksum")
    return data


def kept_media_id(message: Any) -> str | None:
    """The relay's id of a stored message's kept file (``Message.raw``, the webhook's message object once
    ``attach_media_refs`` ran), for erasure: None when the relay keeps no file for it."""
    if not isinstance(message, dict):
        return None
    obj = message.get(message.get("type")) if message.get("type") in MEDIA_KINDS else None
    ref = obj.get("klaros_media") if isinstance(obj, dict) else None
    media_id = ref.get("id") if isinstance(ref, dict) else None
    return media_id if isinstance(media_id, str) and media_id else None
