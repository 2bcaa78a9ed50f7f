"""The contacts and conversations a batch touches, as plain rows cached for the whole batch.

No ORM object per row keeps big batches fast: contacts are looked up with ``IN`` queries (by wa_id and by
number, since a contact typed in by hand has no wa_id yet), planned ones are inserted with one statement,
and what Meta told us about known ones (a new wa_id, BSUID or profile name) is written with one statement per
set of changed columns (``bulk.update_rows``); the conversations' times and counts with executemany.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from klaros_desktop.models import Contact, Conversation, utcnow
from klaros_desktop.models.name_keys import name_key
from klaros_desktop.services.inbound.bulk import bulk_update, chunks, insert_rows, rows_in, update_rows
from klaros_desktop.services.people import contacts, phones


@dataclass(slots=True)
class ContactRow:
    """A contact as the batch sees it; ``changes`` are the columns still to write."""

    id: int | None
    wa_id: str | None
    phone_e164: str | None
    bsuid: str | None
    profile_name: str | None
    display_name: str | None = None  # read for the name key only: the batch never writes the shop's name
    changes: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class ConversationRow:
    id: int | None
    contact_id: int
    phone_number_id: str
    last_inbound_at: datetime | None
    last_message_at: datetime | None
    unread_count: int
    dirty: bool = False


_CONTACT_COLUMNS = (Contact.id, Contact.wa_id, Contact.phone_e164, Contact.bsuid, Contact.profile_name,
                    Contact.display_name)
_CONVERSATION_COLUMNS = (Conversation.id, Conversation.contact_id, Conversation.phone_number_id,
                         Conversation.last_inbound_at, Conversation.last_message_at, Conversation.unread_count)


class ContactRows:
    """Contact and conversation rows of one batch (one session); create one per applier."""

    def __init__(self, session: Session):
        self.session = session
        self._by_wa_id: dict[str, ContactRow] = {}
        self._by_phone: dict[str, ContactRow] = {}
        self._by_bsuid: dict[str, ContactRow] = {}
        self._looked_up: set[str] = set()  # wa_ids already searched for in the database
        self._new_contacts: list[ContactRow] = []
        self._changed_contacts: dict[int, ContactRow] = {}  # by id() of the row
        self._conversations: dict[tuple[int, str], ConversationRow] = {}

    # ------------------------------------------------------------------ contacts
    def prefetch(self, wa_ids: set[str]) -> None:
        """Look up every contact of these wa_ids in a few ``IN`` queries."""
        missing = [w for w in wa_ids if w not in self._by_wa_id and w not in self._looked_up]
        self._looked_up.update(missing)
        table = Contact.__table__
        for row in rows_in(self.session, [c.expression for c in _CONTACT_COLUMNS], table.c.wa_id, missing,
                           or_key=table.c.phone_e164, or_values=[phones.from_wa_id(w) for w in missing]):
            self._remember(ContactRow(*row))

    def _remember(self, contact: ContactRow) -> None:
        if contact.wa_id:
            self._by_wa_id.setdefault(contact.wa_id, contact)
        if contact.phone_e164:
            self._by_phone.setdefault(contact.phone_e164, contact)
        if contact.bsuid:
            self._by_bsuid.setdefault(contact.bsuid, contact)

    def contact(self, wa_id: str | None, bsuid: str | None, profile_name: str | None) -> ContactRow:
        """Find (cache, then database) or plan to create the contact Meta means; note what Meta told us."""
        contact = None
        if wa_id:
            if wa_id not in self._looked_up:
                self.prefetch({wa_id})
            contact = self._by_wa_id.get(wa_id) or self._by_phone.get(phones.from_wa_id(wa_id))
        if contact is None and bsuid:
            contact = self._by_bsuid.get(bsuid)
            if contact is None:
                found = self.session.execute(select(*_CONTACT_COLUMNS).where(Contact.bsuid == bsuid)).first()
                contact = ContactRow(*found) if found else None
        if contact is None:
            contact = ContactRow(None, wa_id, phones.from_wa_id(wa_id) if wa_id else None, bsuid, profile_name)
            self._new_contacts.append(contact)
        else:
            changes = contacts.meta_changes(contact, wa_id=wa_id, bsuid=bsuid, profile_name=profile_name)
            if changes:
                for column, value in changes.items():
                    if column != "country":  # written, not kept: the batch never reads it back
                        setattr(contact, column, value)
                contact.changes.update(changes)
                if "profile_name" in changes or "phone_e164" in changes:
                    contact.changes["name_key"] = name_key(contact.display_name, contact.profile_name,
                                                           contact.phone_e164)
                self._changed_contacts[id(contact)] = contact
        self._remember(contact)
        return contact

    def write(self) -> None:
        """Insert the planned contacts (then learn their ids) and update the changed ones."""
        if self._new_contacts:
            now = utcnow()
            rows = [{"phone_e164": c.phone_e164, "wa_id": c.wa_id, "bsuid": c.bsuid, "profile_name": c.profile_name,
                     "name_key": name_key(None, c.profile_name, c.phone_e164),
                     "country": phones.region_of(c.phone_e164) if c.phone_e164 else None, "notes": "",
                     "custom_fields": {}, "created_at": now, "updated_at": now} for c in self._new_contacts]
            insert_rows(self.session, Contact.__table__, rows)  # one statement: see ``bulk``
            by_phone = {c.phone_e164: c for c in self._new_contacts if c.phone_e164}
            for chunk in chunks(list(by_phone)):
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
            # one statement per set of columns: the contacts' search trigger writes a segment per statement
            update_rows(self.session, Contact, [{"id": c.id, "updated_at": now, **c.changes} for c in changed])
            for c in changed:
                c.changes = {}

    # ------------------------------------------------------------------ conversations
    def _load_conversations(self, contact_ids: list[int]) -> None:
        columns = [c.expression for c in _CONVERSATION_COLUMNS]
        for row in rows_in(self.session, columns, Conversation.__table__.c.contact_id, contact_ids):
            self._conversations.setdefault((row[1], row[2]), ConversationRow(*row))

    def conversations(self, keys: list[tuple[int, str]]) -> list[ConversationRow]:
        """The conversation of each (contact id, business number), created with one statement where missing."""
        self._load_conversations([i for i in {k[0] for k in keys} if i is not None])
        missing = sorted({k for k in keys if k not in self._conversations})
        if missing:
            now = utcnow()
            self.session.execute(insert(Conversation.__table__), [
                {"contact_id": c, "phone_number_id": p, "unread_count": 0, "archived": False, "created_at": now}
                for c, p in missing])
            self._load_conversations(sorted({c for c, _ in missing}))
        return [self._conversations[k] for k in keys]

    def write_conversations(self, rows: list[ConversationRow]) -> None:
        """Write the times and unread counts of the rows marked ``dirty``."""
        dirty = {id(c): c for c in rows if c.dirty}
        if dirty:
            bulk_update(self.session, Conversation, [
                {"id": c.id, "last_inbound_at": c.last_inbound_at, "last_message_at": c.last_message_at,
                 "unread_count": c.unread_count} for c in dirty.values()])
            for c in dirty.values():
                c.dirty = False
