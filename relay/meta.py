"""Meta webhook checks that need no database: the signature, the envelope, and which entries belong where."""

from __future__ import annotations

import hashlib
import hmac
import json

import orjson


class PayloadError(ValueError):
    """The body is not a WhatsApp Business Account webhook; ``reason`` is a short metric label."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def signature_ok(body: bytes, header: str | None, app_secret: bytes) -> bool:
    """Check ``X-Hub-Signature-256: sha256=<hex>`` over the raw bytes, in constant time."""
    if not header or not header.startswith("sha256="):
        return False
    given = header[len("sha256="):].strip().lower()
    if not given.isascii():
        return False
    expected = hmac.new(app_secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected.encode("ascii"), given.encode("ascii"))


def sign(body: bytes, app_secret: bytes | str) -> str:
    """The header value Meta would send (for tests, the simulator and the benchmark)."""
    key = app_secret.encode("utf-8") if isinstance(app_secret, str) else app_secret
    return "sha256=" + hmac.new(key, body, hashlib.sha256).hexdigest()


def parse_envelope(body: bytes) -> dict:
    try:
        payload = orjson.loads(body)  # strict UTF-8 JSON (RFC 8259), which is what Meta sends
    except ValueError:  # orjson.JSONDecodeError, invalid UTF-8 included
        raise PayloadError("not_json", "the body is not JSON") from None
    if not isinstance(payload, dict) or payload.get("object") != "whatsapp_business_account":
        raise PayloadError("wrong_object", "not a whatsapp_business_account webhook")
    entries = payload.get("entry")
    if not isinstance(entries, list) or not entries:
        raise PayloadError("no_entries", "the webhook has no entry list")
    for entry in entries:
        waba_id = entry.get("id") if isinstance(entry, dict) else None
        if not isinstance(waba_id, str | int) or isinstance(waba_id, bool):
            raise PayloadError("bad_entry", "an entry has no WABA id")
        changes = entry.get("changes", [])
        if not isinstance(changes, list) or not all(isinstance(c, dict) for c in changes):
            raise PayloadError("bad_entry", "an entry's changes are not a list of objects")
    return payload


def newest_timestamp(payload: dict) -> int | None:
    """The latest event time in a webhook, in Unix seconds; None if it carries none.

    Looks at each entry's ``time`` and at the ``timestamp`` of every object listed in a change's value
    (``messages``, ``statuses``, ``message_echoes``, ...). Values in milliseconds are scaled down.
    """
    newest = None
    for entry in payload["entry"]:
        candidates = [entry.get("time")]
        for change in entry.get("changes", []):
            value = change.get("value")
            if not isinstance(value, dict):
                continue
            candidates.append(value.get("timestamp"))
            for listed in value.values():
                if isinstance(listed, list):
                    candidates += [item.get("timestamp") for item in listed if isinstance(item, dict)]
        for raw in candidates:
            if isinstance(raw, bool) or not isinstance(raw, int | str):
                continue
            text = str(raw).strip()
            if not text.isascii() or not text.isdigit() or len(text) > 16:
                continue
            seconds = int(text) // 1000 if int(text) >= 10**11 else int(text)  # after 5138 AD: milliseconds
            newest = seconds if newest is None else max(newest, seconds)
    return newest


def body_time(body: bytes) -> int:
    """The newest timestamp a stored body carries (``newest_timestamp``), 0 if it carries none or is not a
    webhook: the first part of the events' dedupe key (``relay.models``). Computed from the stored bytes alone,
    so the same body always gets the same value and Meta's retries stay duplicates."""
    try:
        newest = newest_timestamp(parse_envelope(body))
    except (PayloadError, AttributeError, TypeError):  # not an envelope whose entries are objects
        return 0
    return newest or 0


def phone_number_ids(entry: dict) -> set[str]:
    found = set()
    for change in entry.get("changes", []):
        value = change.get("value")
        metadata = value.get("metadata") if isinstance(value, dict) else None
        if isinstance(metadata, dict) and metadata.get("phone_number_id") is not None:
            found.add(str(metadata["phone_number_id"]))
    return found


def entry_belongs(entry: dict, waba_id: str, phone_number_id: str) -> bool:
    """The entry is for this WABA and names no other phone number (template updates name none)."""
    return str(entry["id"]) == waba_id and phone_number_ids(entry) <= {phone_number_id}


def split_by_waba(payload: dict) -> dict[str, list[dict]]:
    groups: dict[str, list[dict]] = {}
    for entry in payload["entry"]:
        groups.setdefault(str(entry["id"]), []).append(entry)
    return groups


def rebuild(payload: dict, entries: list[dict]) -> bytes:
    """A body holding only some entries; deterministic, so Meta's retries of a split batch deduplicate."""
    return json.dumps({**payload, "entry": entries}, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


MEDIA_KINDS = ("image", "audio", "video", "document", "sticker")


def inbound_media(entries: list[dict]) -> tuple[tuple[str, str], ...]:
    """(media id, kind) of every inbound media message in the entries, in order, each id once.

    Meta's inbound media message: ``{"type": "image", "image": {"id": "...", "mime_type": ..., "sha256": ...}}``
    in ``value.messages``. Anything else (statuses, echoes of the shop's own sends, malformed objects) has none.
    """
    found: dict[str, str] = {}
    for entry in entries:
        for change in entry.get("changes", []):
            value = change.get("value")
            messages = value.get("messages") if isinstance(value, dict) else None
            if not isinstance(messages, list):
                continue
            for message in messages:
                kind = message.get("type") if isinstance(message, dict) else None
                obj = message.get(kind) if kind in MEDIA_KINDS else None
                media_id = obj.get("id") if isinstance(obj, dict) else None
                if isinstance(media_id, str | int) and not isinstance(media_id, bool):
                    text = str(media_id)
                    if 0 < len(text) <= 128 and text.isprintable() and "/" not in text and text not in found:
                        found[text] = kind
    return tuple(found.items())
