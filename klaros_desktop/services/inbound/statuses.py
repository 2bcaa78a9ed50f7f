"""Applying a batch's status webhooks: ``messaging.statuses.merge_status`` on plain rows, written with executemany.

The batch reads the status columns of every message it names in a few ``IN`` queries, merges each status into
a ``StatusRow`` (the merge works on it as on a ``Message``), then writes only the rows that moved. A status
for a message we do not know yet waits in ``pending_statuses`` (once per wamid and status) until the send
that made it learns its wamid (``messaging.statuses.reconcile_pending``). A status for an unknown wamid that
names, in ``biz_opaque_callback_data``, the correlation id of a message whose send was settled ``unconfirmed``
(Meta's answer with the wamid was lost) gives that message its wamid and is applied to it at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from klaros_desktop.models import STATUS_RANK, Message, PendingStatus, utcnow
from klaros_desktop.services.inbound.bulk import bulk_update, chunks, rows_in
from klaros_desktop.services.messaging.statuses import (
    CALLBACK_FIELD,
    UNCONFIRMED,
    StatusListener,
    active_listeners,
    adopt,
    merge_status,
    meta_time,
)

if TYPE_CHECKING:
    from klaros_desktop.services.inbound.apply import ApplyStats


class StatusRow:
    """The status columns of one message as plain values; ``merge_status`` works on it like on a Message."""

    FIELDS = ("id", "wamid", "contact_id", "direction", "conversation_id", "status", "status_at", "sent_at",
              "delivered_at", "read_at", "failed_at", "error_code", "error_title", "error_text", "pricing_category",
              "pricing_type", "pricing_billable", "pricing_model", "meta_conversation_id")
    WRITABLE = FIELDS[5:]
    __slots__ = (*FIELDS, "before")

    def __init__(self, *values: Any):
        # spelled out (as ``_writable``): a page reads thousands of rows, and a loop of setattr cost several times this
        (self.id, self.wamid, self.contact_id, self.direction, self.conversation_id, self.status, self.status_at,
         self.sent_at, self.delivered_at, self.read_at, self.failed_at, self.error_code, self.error_title,
         self.error_text, self.pricing_category, self.pricing_type, self.pricing_billable, self.pricing_model,
         self.meta_conversation_id) = values
        self.before = values[5:]

    def _writable(self) -> tuple:
        """The values of ``WRITABLE``, in its order."""
        return (self.status, self.status_at, self.sent_at, self.delivered_at, self.read_at, self.failed_at,
                self.error_code, self.error_title, self.error_text, self.pricing_category, self.pricing_type,
                self.pricing_billable, self.pricing_model, self.meta_conversation_id)

    def changes(self) -> dict[str, Any] | None:
        """The columns the merge moved (None: none). Only those are written: every column in an UPDATE's SET
        list fires the triggers that watch it (the analytics summaries'), moved or not, and costs its binding."""
        now = self._writable()
        moved = {name: value for name, value, was in zip(self.WRITABLE, now, self.before, strict=True) if value != was}
        return {"id": self.id, **moved} if moved else None


class StatusBatches:
    """Applies status batches in one session; asks once which status listeners have work in this profile."""

    def __init__(self, session: Session, *, actor: str):
        self.session = session
        self.actor = actor
        self._listeners: tuple[StatusListener, ...] | None = None

    def apply(self, items: list[tuple[dict, str | None]], stats: ApplyStats) -> None:
        session = self.session
        wamids = list({str(st["id"]) for st, _ in items if st.get("id")})
        messages: dict[str, StatusRow] = {}
        waiting: set[tuple[str, str]] = set()
        columns = [Message.__table__.c[f] for f in StatusRow.FIELDS]
        for chunk in chunks(wamids):
            for row in rows_in(session, columns, Message.__table__.c.wamid, chunk):
                messages[row[1]] = StatusRow(*row)
            missing = [w for w in chunk if w not in messages]
            if missing:
                rows = session.execute(select(PendingStatus.wamid, PendingStatus.status)
                                       .where(PendingStatus.wamid.in_(missing)))
                waiting.update((w, st) for w, st in rows)
        self._adopt_unconfirmed(items, messages, stats)
        if self._listeners is None:
            self._listeners = active_listeners(session)
        listeners = self._listeners
        if listeners:  # a listener that can read its rows for the batch does so once
            outbound = [m.id for m in messages.values() if m.direction == "out"]
            listeners = tuple(listener.for_batch(session, outbound) if hasattr(listener, "for_batch") else listener
                              for listener in listeners)
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
            merge_status(session, message, status, cid, actor=self.actor, listeners=listeners,
                         bsuid_checked=bsuid_checked, changes=stats.changes)
            stats.statuses += 1
        changed = [c for c in (m.changes() for m in messages.values()) if c]
        if changed:
            bulk_update(session, Message, changed)
            moved = {c["id"] for c in changed}
            stats.changes.messages.update(moved)
            stats.changes.conversations.update(m.conversation_id for m in messages.values()
                                               if m.id in moved and m.conversation_id is not None)
        for chunk in chunks(new_pending):
            session.execute(sqlite_insert(PendingStatus.__table__).on_conflict_do_nothing(
                index_elements=["wamid", "status"]), chunk)

    def _adopt_unconfirmed(self, items: list[tuple[dict, str | None]], messages: dict[str, StatusRow],
                           stats: ApplyStats) -> None:
        """Unknown wamids whose status names an unconfirmed send's correlation id: that message takes the wamid
        (written here) and joins ``messages``, so the status is merged into it like any other. A held outbox item
        of that id becomes its message first (``messaging.outbox.adopt_confirmed``)."""
        orphans: dict[str, str] = {}  # correlation id -> the wamid Meta gave the message
        for status, _ in items:
            wamid, callback = str(status.get("id") or ""), status.get(CALLBACK_FIELD)
            if wamid and wamid not in messages and isinstance(callback, str) and callback:
                orphans.setdefault(callback, wamid)
        adopted: list[dict[str, Any]] = []
        for chunk in chunks(list(orphans)):
            query = select(*(getattr(Message, f) for f in StatusRow.FIELDS), Message.correlation_id).where(
                Message.correlation_id.in_(chunk), Message.status == UNCONFIRMED, Message.wamid.is_(None),
                Message.direction == "out")
            for *row, cid in self.session.execute(query):
                wamid = orphans[cid]
                if wamid in messages:
                    continue
                found = StatusRow(*row)
                adopt(found, wamid)
                messages[wamid] = found
                adopted.append({"id": found.id, "wamid": wamid})
        if adopted:
            bulk_update(self.session, Message, adopted)
        rest = {cid: wamid for cid, wamid in orphans.items() if wamid not in messages}
        if rest:
            from klaros_desktop.services.messaging.outbox import adopt_confirmed

            made = adopt_confirmed(self.session, rest)
            ids = [message_id for message_id, _ in made.values()]
            for chunk in chunks(ids):
                query = select(*(getattr(Message, f) for f in StatusRow.FIELDS)).where(Message.id.in_(chunk))
                for row in self.session.execute(query):
                    messages[row[1]] = StatusRow(*row)
            stats.changes.outbox.update(item for _, item in made.values())
            stats.changes.messages.update(ids)
