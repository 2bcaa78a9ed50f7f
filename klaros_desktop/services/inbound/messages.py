"""Storing inbound messages: once per wamid, every type (unknown ones as ``unsupported`` with their raw JSON).

A batch checks which wamids are known with ``IN`` queries, finds or creates senders and conversations
through ``ContactRows``, inserts the new messages with one executemany and moves each conversation's
window, last-message time and unread count once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from klaros_desktop.models import Message, utcnow
from klaros_desktop.services.inbound.bulk import insert_or_ignore, rows_in
from klaros_desktop.services.inbound.contact_rows import ContactRows
from klaros_desktop.services.inbound.envelope import InboundMessage
from klaros_desktop.services.messaging.statuses import meta_time

if TYPE_CHECKING:
    from klaros_desktop.services.inbound.apply import ApplyStats

KNOWN_TYPES = {
    "text", "image", "video", "document", "audio", "sticker", "location", "contacts", "interactive",
    "button", "reaction", "order", "system", "request_welcome",
}
MEDIA_TYPES = {"image", "video", "document", "audio", "sticker"}
MAY_SAY_CONSENT = ("text", "button", "interactive")  # the types whose words can be STOP/START


@dataclass(slots=True)
class Said:
    """What a stored message said that could be a consent signal (the message's own words or its button)."""

    contact_id: int
    wamid: str
    type: str
    text: str | None
    payload: str | None
    occurred_at: datetime
    correlation_id: str | None


def message_content(msg: dict) -> dict[str, Any]:
    """Our columns for one inbound message object, whatever its type."""
    meta_type = str(msg.get("type") or "unknown")
    body = msg.get(meta_type) if isinstance(msg.get(meta_type), dict) else {}
    out: dict[str, Any] = {"type": meta_type, "meta_type": meta_type, "text": None}
    if meta_type not in KNOWN_TYPES:
        out["type"] = "unsupported"  # kept with its raw JSON; a later version may understand it
        return out
    if meta_type == "text":
        out["text"] = body.get("body")
    elif meta_type in MEDIA_TYPES:
        out["media_id"] = body.get("id")
        out["media_mime"] = body.get("mime_type")
        out["text"] = body.get("caption")
    elif meta_type == "location":
        parts = [body.get("name"), body.get("address")]
        out["text"] = ", ".join(p for p in parts if p) or f"{body.get('latitude')}, {body.get('longitude')}"
    elif meta_type == "contacts":
        cards = msg.get("contacts") or []
        out["text"] = ", ".join(str((c.get("name") or {}).get("formatted_name", "")) for c in cards if c) or None
    elif meta_type == "interactive":
        kind = body.get("type")
        reply = body.get(kind) if isinstance(body.get(kind), dict) else {}
        out["text"] = reply.get("title") or reply.get("body")
        out["button_payload"] = reply.get("id")
    elif meta_type == "button":
        out["text"] = body.get("text")
        out["button_payload"] = body.get("payload")
    elif meta_type == "reaction":
        out["text"] = body.get("emoji") or None
        out["reply_to_wamid"] = body.get("message_id")
    elif meta_type == "order":
        out["text"] = body.get("text")
    elif meta_type == "system":
        out["text"] = body.get("body")
    return out


def _fresh(session: Session, items: list[InboundMessage], stats: ApplyStats) -> list[InboundMessage]:
    """The messages not stored yet (nor twice in this batch); the rest counted as duplicates or ignored."""
    wamids = [str(i.msg["id"]) for i in items if i.msg.get("id")]
    known: set[str] = set()
    wamid = Message.__table__.c.wamid
    known.update(row[0] for row in rows_in(session, [wamid], wamid, wamids))
    fresh: list[InboundMessage] = []
    for item in items:
        wamid = item.msg.get("id")
        if not wamid:
            stats.ignored.append("message without id")
        elif str(wamid) in known:
            stats.duplicates += 1
        else:
            known.add(str(wamid))
            fresh.append(item)
    return fresh


def store(session: Session, people: ContactRows, items: list[InboundMessage], stats: ApplyStats) -> list[Said]:
    """Store the batch's new messages; returns what they said that may be a STOP/START (in order)."""
    session.flush()
    fresh = _fresh(session, items, stats)
    if not fresh:
        return []
    people.prefetch({str(i.msg["from"]) for i in fresh if i.msg.get("from")})
    senders = []
    for item in fresh:
        wa_id = str(item.msg["from"]) if item.msg.get("from") else None
        bsuid = item.msg.get("from_user_id") or item.profile.get("user_id")
        senders.append(people.contact(wa_id, bsuid, (item.profile.get("profile") or {}).get("name")))
    people.write()
    convs = people.conversations([(c.id, item.phone_number_id) for c, item in zip(senders, fresh, strict=True)])
    rows: list[dict[str, Any]] = []
    said: list[Said] = []
    created = utcnow()
    for item, contact, conv in zip(fresh, senders, convs, strict=True):
        msg = item.msg
        when = meta_time(msg.get("timestamp"))
        content = message_content(msg)
        context = dict(msg["context"]) if isinstance(msg.get("context"), dict) else None
        if isinstance(msg.get("referral"), dict):
            context = {**(context or {}), "referral": msg["referral"]}
        payload = content.pop("button_payload", None)
        reply_to = content.pop("reply_to_wamid", None) or (context or {}).get("id")
        rows.append({
            "wamid": str(msg["id"]), "conversation_id": conv.id, "contact_id": contact.id, "direction": "in",
            "type": content["type"], "meta_type": content["meta_type"], "text": content.get("text"),
            "media_id": content.get("media_id"), "media_mime": content.get("media_mime"),
            "reply_to_wamid": reply_to, "context": context, "timestamp": when, "status": "received",
            "status_at": when, "raw": msg, "correlation_id": item.cid, "created_at": created,
        })
        if conv.last_inbound_at is None or when > conv.last_inbound_at:
            conv.last_inbound_at = when
        if conv.last_message_at is None or when > conv.last_message_at:
            conv.last_message_at = when
        if content["type"] != "reaction":
            conv.unread_count = (conv.unread_count or 0) + 1
        conv.dirty = True
        if content["type"] in MAY_SAY_CONSENT:
            said.append(Said(contact.id, str(msg["id"]), content["type"], content.get("text"), payload, when,
                             item.cid))
        stats.messages += 1
        stats.changes.conversations.add(conv.id)
        stats.changes.contacts.add(contact.id)
    insert_or_ignore(session, Message.__table__, rows)
    people.write_conversations(convs)
    return said
