"""Applying Meta webhooks (as the relay hands them over) to the local database.

Idempotent and order-tolerant, because Meta retries for days and never promises order:
- a message is stored once per wamid; the same webhook twice changes nothing;
- statuses only move forward (sent < delivered < read), ``failed`` is final, and the time of each status
  is kept, so ``read`` before ``delivered`` keeps ``read``;
- a status whose message we do not know yet waits in ``pending_statuses`` and is applied when the
  message appears (``messaging.statuses.reconcile_pending``);
- message types we do not understand are stored as ``unsupported`` with the raw JSON, never dropped.

All work happens in the caller's session/transaction; ``WebhookApplier`` keeps per-batch caches so a
batch of thousands of events stays fast.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import insert, or_, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from klaros_desktop.models import (
    STATUS_RANK,
    Contact,
    Conversation,
    Message,
    MessageTemplate,
    PendingStatus,
    utcnow,
)
from klaros_desktop.services.core import audit
from klaros_desktop.services.core.changes import Changes
from klaros_desktop.services.messaging.statuses import StatusListener, active_listeners, merge_status, meta_time
from klaros_desktop.services.people import consent, phones

log = logging.getLogger(__name__)

KNOWN_TYPES = {
    "text", "image", "video", "document", "audio", "sticker", "location", "contacts", "interactive",
    "button", "reaction", "order", "system", "request_welcome",
}
MEDIA_TYPES = {"image", "video", "document", "audio", "sticker"}
MARKETING_STOP_PHRASES = {"STOP PROMOTIONS", "STOP MARKETING"}


class MalformedWebhook(ValueError):
    """The body is not a WhatsApp Business webhook we can read."""


@dataclass
class ApplyStats:
    messages: int = 0
    duplicates: int = 0
    statuses: int = 0
    pending: int = 0
    reconciled: int = 0
    consent_events: int = 0
    templates: int = 0
    ignored: list[str] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)  # the rows this batch touched, for the screens

    def add(self, other: ApplyStats) -> None:
        for name in ("messages", "duplicates", "statuses", "pending", "reconciled", "consent_events", "templates"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.ignored.extend(other.ignored)
        self.changes.merge(other.changes)


def _message_content(msg: dict) -> dict[str, Any]:
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


def _chunks(items: list, size: int = 500) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def check_body(body: Any) -> None:
    """Raise ``MalformedWebhook`` unless ``body`` looks like a WhatsApp Business webhook."""
    if not isinstance(body, dict) or not isinstance(body.get("entry"), list):
        raise MalformedWebhook("webhook body has no 'entry' list")


@dataclass
class _Inbound:
    msg: dict
    profile: dict
    phone_number_id: str
    cid: str | None


@dataclass(slots=True)
class _ContactRow:
    """A contact as the batch sees it (plain values: no ORM object per row keeps big batches fast)."""

    id: int | None
    wa_id: str | None
    phone_e164: str | None
    bsuid: str | None
    profile_name: str | None
    changes: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class _ConversationRow:
    id: int | None
    contact_id: int
    phone_number_id: str
    last_inbound_at: datetime | None
    last_message_at: datetime | None
    unread_count: int
    dirty: bool = False


class _StatusRow:
    """The status columns of one message as plain values; ``merge_status`` works on it like on a Message."""

    FIELDS = ("id", "wamid", "contact_id", "direction", "conversation_id", "status", "status_at", "sent_at",
              "delivered_at", "read_at", "failed_at", "error_code", "error_title", "error_text", "pricing_category",
              "pricing_type", "pricing_billable", "pricing_model", "meta_conversation_id")
    WRITABLE = FIELDS[5:]
    __slots__ = (*FIELDS, "before")

    def __init__(self, *values: Any):
        for name, value in zip(self.FIELDS, values, strict=True):
            setattr(self, name, value)
        self.before = values[5:]

    def changes(self) -> dict[str, Any] | None:
        now = tuple(getattr(self, name) for name in self.WRITABLE)
        if now == self.before:
            return None
        return {"id": self.id, **dict(zip(self.WRITABLE, now, strict=True))}


class WebhookApplier:
    """Applies webhook bodies inside one session.

    ``apply_batch`` looks up everything a batch needs in a few ``IN`` queries, inserts new contacts,
    conversations and messages with one statement each and updates with executemany; that is what
    makes thousands of events per second possible. Create one per batch/transaction.
    """

    def __init__(self, session: Session, *, actor: str = "sync"):
        self.session = session
        self.actor = actor
        self.keywords = consent.Keywords.from_settings(session)
        self._by_wa_id: dict[str, _ContactRow] = {}
        self._by_phone: dict[str, _ContactRow] = {}
        self._by_bsuid: dict[str, _ContactRow] = {}
        self._looked_up: set[str] = set()  # wa_ids already searched for in the database
        self._new_contacts: list[_ContactRow] = []
        self._changed_contacts: dict[int, _ContactRow] = {}  # by id() of the row
        self._conversations: dict[tuple[int, str], _ConversationRow] = {}
        self._listeners: tuple[StatusListener, ...] | None = None  # asked once per applier

    # ------------------------------------------------------------------ entry points
    def apply(self, body: dict, *, correlation_id: str | None = None) -> ApplyStats:
        check_body(body)
        return self.apply_batch([(body, correlation_id)])

    def apply_batch(self, items: list[tuple[dict, str | None]]) -> ApplyStats:
        """Apply checked bodies (see ``check_body``) in order."""
        stats = ApplyStats()
        inbound: list[_Inbound] = []
        statuses: list[tuple[dict, str | None]] = []
        later: list[tuple[str, dict, str | None]] = []
        for body, cid in items:
            for entry in body["entry"]:
                for change in (entry or {}).get("changes") or [] if isinstance(entry, dict) else []:
                    value = change.get("value") if isinstance(change, dict) else None
                    if not isinstance(value, dict):
                        continue
                    field_name = change.get("field", "messages")
                    if field_name != "messages":
                        later.append((field_name, value, cid))
                        continue
                    phone_number_id = str((value.get("metadata") or {}).get("phone_number_id") or "")
                    profiles: dict[str, dict] = {}
                    for c in value.get("contacts") or []:
                        if isinstance(c, dict):
                            for key in ("wa_id", "user_id"):
                                if c.get(key):
                                    profiles[str(c[key])] = c
                    for msg in value.get("messages") or []:
                        if isinstance(msg, dict):
                            profile = profiles.get(str(msg.get("from") or msg.get("from_user_id") or ""), {})
                            inbound.append(_Inbound(msg, profile, phone_number_id, cid))
                    statuses.extend((st, cid) for st in value.get("statuses") or [] if isinstance(st, dict))
                    for error in value.get("errors") or []:
                        if isinstance(error, dict):
                            audit.record(self.session, "meta_error", actor=self.actor, subject=str(error.get("code")),
                                         details={"title": error.get("title"), "message": error.get("message")},
                                         correlation_id=cid)
        if inbound:
            self._apply_inbound(inbound, stats)
        if statuses:
            with self.session.no_autoflush:
                self._apply_statuses(statuses, stats)
        for field_name, value, cid in later:
            if field_name in ("message_template_status_update", "template_category_update",
                              "message_template_quality_update"):
                self._apply_template_update(field_name, value, stats)
            elif field_name == "user_preferences":
                self._apply_user_preferences(value, stats, cid)
            else:
                stats.ignored.append(field_name)
        self.session.flush()
        return stats

    # ------------------------------------------------------------------ contacts and conversations
    _CONTACT_COLUMNS = (Contact.id, Contact.wa_id, Contact.phone_e164, Contact.bsuid, Contact.profile_name)

    def _prefetch_contacts(self, wa_ids: set[str]) -> None:
        missing = [w for w in wa_ids if w not in self._by_wa_id and w not in self._looked_up]
        self._looked_up.update(missing)
        for chunk in _chunks(missing):
            phone_chunk = [phones.from_wa_id(w) for w in chunk]
            query = select(*self._CONTACT_COLUMNS).where(
                or_(Contact.wa_id.in_(chunk), Contact.phone_e164.in_(phone_chunk)))
            for row in self.session.execute(query):
                self._remember(_ContactRow(*row))

    def _remember(self, contact: _ContactRow) -> None:
        if contact.wa_id:
            self._by_wa_id.setdefault(contact.wa_id, contact)
        if contact.phone_e164:
            self._by_phone.setdefault(contact.phone_e164, contact)
        if contact.bsuid:
            self._by_bsuid.setdefault(contact.bsuid, contact)

    def _contact_row(self, wa_id: str | None, bsuid: str | None, profile_name: str | None) -> _ContactRow:
        """Find (cache, then database) or plan to create the contact Meta means; note what Meta told us."""
        contact = None
        if wa_id:
            if wa_id not in self._looked_up:
                self._prefetch_contacts({wa_id})
            contact = self._by_wa_id.get(wa_id) or self._by_phone.get(phones.from_wa_id(wa_id))
        if contact is None and bsuid:
            contact = self._by_bsuid.get(bsuid)
            if contact is None:
                found = self.session.execute(select(*self._CONTACT_COLUMNS).where(Contact.bsuid == bsuid)).first()
                contact = _ContactRow(*found) if found else None
        if contact is None:
            contact = _ContactRow(None, wa_id, phones.from_wa_id(wa_id) if wa_id else None, bsuid, profile_name)
            self._new_contacts.append(contact)
        else:
            if wa_id and contact.wa_id != wa_id:
                contact.wa_id = contact.changes["wa_id"] = wa_id
            if wa_id and contact.phone_e164 is None:
                contact.phone_e164 = contact.changes["phone_e164"] = phones.from_wa_id(wa_id)
                contact.changes["country"] = phones.region_of(contact.phone_e164)
            if bsuid and contact.bsuid != bsuid:
                contact.bsuid = contact.changes["bsuid"] = bsuid
            if profile_name and contact.profile_name != profile_name:
                contact.profile_name = contact.changes["profile_name"] = profile_name
            if contact.changes:
                self._changed_contacts[id(contact)] = contact
        self._remember(contact)
        return contact

    def _write_contacts(self) -> None:
        """Insert the planned contacts (then learn their ids) and update the changed ones."""
        if self._new_contacts:
            now = utcnow()
            rows = [{"phone_e164": c.phone_e164, "wa_id": c.wa_id, "bsuid": c.bsuid, "profile_name": c.profile_name,
                     "country": phones.region_of(c.phone_e164) if c.phone_e164 else None, "notes": "",
                     "custom_fields": {}, "created_at": now, "updated_at": now} for c in self._new_contacts]
            self.session.execute(insert(Contact.__table__), rows)
            by_phone = {c.phone_e164: c for c in self._new_contacts if c.phone_e164}
            for chunk in _chunks(list(by_phone)):
                for cid, phone in self.session.execute(select(Contact.id, Contact.phone_e164)
                                                       .where(Contact.phone_e164.in_(chunk))):
                    by_phone[phone].id = cid
            for c in self._new_contacts:
                if c.id is None and c.bsuid:
                    c.id = self.session.scalar(select(Contact.id).where(Contact.bsuid == c.bsuid).limit(1))
            self._new_contacts = []
        changed = [c for c in self._changed_contacts.values() if c.changes and c.id is not None]
        self._changed_contacts = {}
        if changed:
            now = utcnow()
            self._bulk_update(Contact, [{"id": c.id, "updated_at": now, **c.changes} for c in changed])
            for c in changed:
                c.changes = {}

    def _insert_or_ignore(self, table, rows: list[dict[str, Any]]) -> None:
        """``INSERT OR IGNORE`` as one DB-API executemany, values converted by the columns' own SQLAlchemy
        bind processors (so stored exactly as the ORM stores them) without SQLAlchemy's per-row machinery."""
        if not rows:
            return
        connection = self.session.connection()
        dialect = connection.dialect
        names = list(rows[0])
        processors = [table.c[name].type._cached_bind_processor(dialect) for name in names]
        sql = (f"INSERT OR IGNORE INTO {table.name} ({', '.join(names)}) "
               f"VALUES ({', '.join('?' for _ in names)})")
        values = [tuple(p(row[n]) if p else row[n] for n, p in zip(names, processors, strict=True)) for row in rows]
        connection.exec_driver_sql(sql, values)

    def _bulk_update(self, model, rows: list[dict[str, Any]]) -> None:
        """UPDATE … WHERE id = ? as one DB-API executemany per set of changed columns, values converted by the
        columns' own bind processors (stored exactly as the ORM stores them), no per-row SQLAlchemy work."""
        table = model.__table__
        connection = self.session.connection()
        dialect = connection.dialect
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for row in rows:
            groups.setdefault(tuple(sorted(k for k in row if k != "id")), []).append(row)
        for columns, group in groups.items():
            processors = [table.c[name].type._cached_bind_processor(dialect) for name in columns]
            sql = f"UPDATE {table.name} SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?"
            values = [(*(p(r[c]) if p else r[c] for c, p in zip(columns, processors, strict=True)), r["id"])
                      for r in group]
            connection.exec_driver_sql(sql, values)

    def _prefetch_conversations(self, contact_ids: set[int]) -> None:
        ids = [i for i in contact_ids if i is not None]
        for chunk in _chunks(ids):
            query = select(Conversation.id, Conversation.contact_id, Conversation.phone_number_id,
                           Conversation.last_inbound_at, Conversation.last_message_at,
                           Conversation.unread_count).where(Conversation.contact_id.in_(chunk))
            for row in self.session.execute(query):
                self._conversations.setdefault((row[1], row[2]), _ConversationRow(*row))

    def _conversation_rows(self, keys: list[tuple[int, str]]) -> list[_ConversationRow]:
        self._prefetch_conversations({k[0] for k in keys})
        missing = sorted({k for k in keys if k not in self._conversations})
        if missing:
            now = utcnow()
            self.session.execute(insert(Conversation.__table__), [
                {"contact_id": c, "phone_number_id": p, "unread_count": 0, "archived": False, "created_at": now}
                for c, p in missing])
            for chunk in _chunks(sorted({c for c, _ in missing})):
                query = select(Conversation.id, Conversation.contact_id, Conversation.phone_number_id,
                               Conversation.last_inbound_at, Conversation.last_message_at,
                               Conversation.unread_count).where(Conversation.contact_id.in_(chunk))
                for row in self.session.execute(query):
                    self._conversations.setdefault((row[1], row[2]), _ConversationRow(*row))
        return [self._conversations[k] for k in keys]

    # ------------------------------------------------------------------ inbound messages
    def _apply_inbound(self, items: list[_Inbound], stats: ApplyStats) -> None:
        self.session.flush()
        wamids = [str(i.msg["id"]) for i in items if i.msg.get("id")]
        known: set[str] = set()
        for chunk in _chunks(wamids):
            known.update(self.session.scalars(select(Message.wamid).where(Message.wamid.in_(chunk))))
        fresh: list[_Inbound] = []
        for item in items:
            wamid = item.msg.get("id")
            if not wamid:
                stats.ignored.append("message without id")
            elif str(wamid) in known:
                stats.duplicates += 1
            else:
                known.add(str(wamid))
                fresh.append(item)
        if not fresh:
            return
        self._prefetch_contacts({str(i.msg["from"]) for i in fresh if i.msg.get("from")})
        senders = []
        for item in fresh:
            wa_id = str(item.msg["from"]) if item.msg.get("from") else None
            bsuid = item.msg.get("from_user_id") or item.profile.get("user_id")
            senders.append(self._contact_row(wa_id, bsuid, (item.profile.get("profile") or {}).get("name")))
        self._write_contacts()
        convs = self._conversation_rows([(c.id, item.phone_number_id) for c, item in zip(senders, fresh, strict=True)])
        rows: list[dict[str, Any]] = []
        consent_candidates: list[tuple[int, int, str, str | None, str | None]] = []
        created = utcnow()
        for item, contact, conv in zip(fresh, senders, convs, strict=True):
            msg = item.msg
            when = meta_time(msg.get("timestamp"))
            content = _message_content(msg)
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
            if content["type"] in ("text", "button", "interactive"):
                consent_candidates.append((len(rows) - 1, contact.id, content["type"], content.get("text"), payload))
            stats.messages += 1
            stats.changes.conversations.add(conv.id)
            stats.changes.contacts.add(contact.id)
        self._insert_or_ignore(Message.__table__, rows)
        dirty = [c for c in convs if c.dirty]
        if dirty:
            self._bulk_update(Conversation, [
                {"id": c.id, "last_inbound_at": c.last_inbound_at, "last_message_at": c.last_message_at,
                 "unread_count": c.unread_count} for c in {id(c): c for c in dirty}.values()])
            for c in dirty:
                c.dirty = False
        for index, contact_id, kind, text_value, payload in consent_candidates:
            self._consent_from_message(contact_id, rows[index], kind, text_value, payload, stats)

    def _consent_from_message(self, contact_id: int, row: dict, kind_of_message: str, text_value: str | None,
                              payload: str | None, stats: ApplyStats) -> None:
        if kind_of_message == "text":
            kind, source, scope = self.keywords.classify(text_value), "keyword", consent.SCOPE_ALL
        else:
            source, scope = "button", consent.SCOPE_ALL
            kind = self.keywords.classify(payload) or self.keywords.classify(text_value)
            said = (consent.fold(value or "") for value in (payload, text_value))  # the payload may be an id
            if kind is None and any(phrase in MARKETING_STOP_PHRASES for phrase in said):
                kind, scope = consent.OPT_OUT, consent.SCOPE_MARKETING
        if kind is None:
            return
        contact = self.session.get(Contact, contact_id)
        message_id = self.session.scalar(select(Message.id).where(Message.wamid == row["wamid"]))
        scopes = [scope]
        if kind == consent.OPT_IN:
            marketing = consent.state(self.session, contact).opted_out_marketing
            if marketing is not None and marketing.source in ("keyword", "button"):
                scopes.append(consent.SCOPE_MARKETING)
        for one_scope in scopes:
            event = consent.record(self.session, contact, kind=kind, scope=one_scope, source=source,
                                   occurred_at=row["timestamp"], evidence_message_id=message_id,
                                   detail=(text_value or payload or "")[:200], correlation_id=row["correlation_id"])
            if event is not None:
                stats.consent_events += 1
                stats.changes.contacts.add(contact_id)
                audit.record(self.session, f"consent_{kind}", actor=self.actor, subject=contact.phone_e164,
                             details={"scope": one_scope, "source": source, "message_id": message_id},
                             correlation_id=row["correlation_id"])

    # ------------------------------------------------------------------ statuses
    def _apply_statuses(self, items: list[tuple[dict, str | None]], stats: ApplyStats) -> None:
        wamids = list({str(st["id"]) for st, _ in items if st.get("id")})
        messages: dict[str, _StatusRow] = {}
        waiting: set[tuple[str, str]] = set()
        for chunk in _chunks(wamids):
            query = select(*(getattr(Message, f) for f in _StatusRow.FIELDS))
            for row in self.session.execute(query.where(Message.wamid.in_(chunk))):
                messages[row[1]] = _StatusRow(*row)
            missing = [w for w in chunk if w not in messages]
            if missing:
                rows = self.session.execute(select(PendingStatus.wamid, PendingStatus.status)
                                            .where(PendingStatus.wamid.in_(missing)))
                waiting.update((w, st) for w, st in rows)
        if self._listeners is None:
            self._listeners = active_listeners(self.session)
        new_pending: list[dict[str, Any]] = []
        bsuid_checked: set[int] = set()
        for status, cid in items:
            wamid, name = status.get("id"), status.get("status")
            if not wamid or name not in STATUS_RANK:
                stats.ignored.append(f"status {name!r}")
                continue
            message = messages.get(str(wamid))
            if message is None:
                if (str(wamid), name) not in waiting:
                    waiting.add((str(wamid), name))
                    new_pending.append({"wamid": str(wamid), "status": name, "payload": status, "correlation_id": cid,
                                        "timestamp": meta_time(status.get("timestamp")), "received_at": utcnow()})
                stats.pending += 1
                continue
            merge_status(self.session, message, status, cid, actor=self.actor, listeners=self._listeners,
                         bsuid_checked=bsuid_checked, changes=stats.changes)
            stats.statuses += 1
        changed = [m.changes() for m in messages.values()]
        changed = [c for c in changed if c]
        if changed:
            columns = _StatusRow.WRITABLE
            self._bulk_update(Message, [{"id": c["id"], **{k: c[k] for k in columns}} for c in changed])
            moved = {c["id"] for c in changed}
            stats.changes.messages.update(moved)
            stats.changes.conversations.update(m.conversation_id for m in messages.values()
                                               if m.id in moved and m.conversation_id is not None)
        for chunk in _chunks(new_pending):
            self.session.execute(sqlite_insert(PendingStatus.__table__).on_conflict_do_nothing(
                index_elements=["wamid", "status"]), chunk)

    def apply_status(self, status: dict, stats: ApplyStats, cid: str | None) -> None:
        with self.session.no_autoflush:
            self._apply_statuses([(status, cid)], stats)
        self.session.flush()

    # ------------------------------------------------------------------ templates and preferences
    def _apply_template_update(self, field_name: str, value: dict, stats: ApplyStats) -> None:
        name = value.get("message_template_name")
        language = value.get("message_template_language")
        if not name or not language:
            stats.ignored.append(f"{field_name} without name/language")
            return
        template = self.session.scalar(select(MessageTemplate).where(
            MessageTemplate.name == name, MessageTemplate.language == language))
        if template is None:
            template = MessageTemplate(name=name, language=language, status="PENDING")
            self.session.add(template)
        if value.get("message_template_id") is not None:
            template.meta_id = str(value["message_template_id"])
        if field_name == "message_template_status_update":
            template.status = str(value.get("event") or template.status)
            if value.get("message_template_category"):
                template.category = value["message_template_category"]
            reason = value.get("reason")
            info = value.get("rejection_info") or {}
            template.rejected_reason = info.get("reason") or (reason if reason and reason != "NONE" else None)
        elif field_name == "template_category_update":
            template.category = value.get("new_category") or template.category
        else:
            template.quality_score = value.get("new_quality_score") or template.quality_score
        self.session.flush()
        stats.templates += 1
        stats.changes.templates.add(template.id)

    def _apply_user_preferences(self, value: dict, stats: ApplyStats, cid: str | None) -> None:
        profiles = {str(c.get("wa_id")): c for c in value.get("contacts") or [] if isinstance(c, dict)}
        for pref in value.get("user_preferences") or []:
            if not isinstance(pref, dict) or pref.get("category") != "marketing_messages" or not pref.get("wa_id"):
                continue
            kind = {"stop": consent.OPT_OUT, "resume": consent.OPT_IN, "signup": consent.OPT_IN}.get(pref.get("value"))
            if kind is None:
                continue
            wa_id = str(pref["wa_id"])
            profile = profiles.get(wa_id, {})
            row = self._contact_row(wa_id, profile.get("user_id"), (profile.get("profile") or {}).get("name"))
            self._write_contacts()
            contact = self.session.get(Contact, row.id)
            event = consent.record(self.session, contact, kind=kind, scope=consent.SCOPE_MARKETING,
                                   source="meta_user_preferences", occurred_at=meta_time(pref.get("timestamp")),
                                   detail=pref.get("detail"), correlation_id=cid)
            if event is not None:
                stats.consent_events += 1
                stats.changes.contacts.add(contact.id)
                audit.record(self.session, f"consent_{kind}", actor=self.actor, subject=contact.phone_e164,
                             details={"scope": "marketing", "source": "meta_user_preferences"}, correlation_id=cid)
