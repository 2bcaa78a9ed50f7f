"""Finding and creating contacts from what Meta tells us (wa_id, business-scoped user id, profile name)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import or_, select, text
from sqlalchemy.orm import Session

from klaros_desktop.models import Contact, Tag
from klaros_desktop.services.people import phones


def find_by_number(session: Session, phone_e164: str) -> Contact | None:
    return session.scalar(select(Contact).where(Contact.phone_e164 == phone_e164))


def find_for_meta(session: Session, *, wa_id: str | None, bsuid: str | None = None) -> Contact | None:
    """The contact Meta means: by wa_id or its E.164 form, else by business-scoped user id."""
    clauses = []
    if wa_id:
        clauses += [Contact.wa_id == wa_id, Contact.phone_e164 == phones.from_wa_id(wa_id)]
    if bsuid:
        clauses.append(Contact.bsuid == bsuid)
    if not clauses:
        return None
    found = list(session.scalars(select(Contact).where(or_(*clauses)).limit(3)))
    if not found:
        return None
    if wa_id:  # prefer the phone match when a bsuid match is a different row
        for contact in found:
            if contact.wa_id == wa_id or contact.phone_e164 == phones.from_wa_id(wa_id):
                return contact
    return found[0]


def upsert_from_meta(
    session: Session, *, wa_id: str | None, bsuid: str | None = None, profile_name: str | None = None
) -> Contact:
    """Find or create the contact; fill in ids and the WhatsApp profile name Meta sent (never the shop's name)."""
    contact = find_for_meta(session, wa_id=wa_id, bsuid=bsuid)
    if contact is None:
        phone = phones.from_wa_id(wa_id) if wa_id else None
        contact = Contact(
            phone_e164=phone,
            wa_id=wa_id,
            bsuid=bsuid,
            profile_name=profile_name,
            country=phones.region_of(phone) if phone else None,
            notes="",
            custom_fields={},
        )
        session.add(contact)
        session.flush()
        return contact
    for column, value in meta_changes(contact, wa_id=wa_id, bsuid=bsuid, profile_name=profile_name).items():
        setattr(contact, column, value)
    return contact


def meta_changes(contact: Any, *, wa_id: str | None, bsuid: str | None, profile_name: str | None) -> dict[str, Any]:
    """The columns a known contact (a ``Contact`` or a row with its ids and names) takes from what Meta sent:
    a new wa_id (Meta may normalise a number), the number when it had none, a BSUID, the WhatsApp profile name
    (never the shop's own name for them). The inbound batch and ``upsert_from_meta`` both follow it."""
    changes: dict[str, Any] = {}
    if wa_id and contact.wa_id != wa_id:
        changes["wa_id"] = wa_id
    if wa_id and contact.phone_e164 is None:
        changes["phone_e164"] = phones.from_wa_id(wa_id)
        changes["country"] = phones.region_of(changes["phone_e164"])
    if bsuid and contact.bsuid != bsuid:
        changes["bsuid"] = bsuid
    if profile_name and contact.profile_name != profile_name:
        changes["profile_name"] = profile_name
    return changes


def get_or_create_tag(session: Session, name: str) -> Tag:
    clean = " ".join(name.split())
    if not clean:
        raise ValueError("a tag needs a name")
    tag = session.scalar(select(Tag).where(Tag.name == clean))
    if tag is None:
        tag = Tag(name=clean)
        session.add(tag)
        session.flush()
    return tag


def conversation_for_contact(session: Session, contact_id: int) -> int | None:
    return session.execute(text(
        "SELECT id FROM conversations WHERE contact_id = :c ORDER BY last_message_at DESC LIMIT 1"),
        {"c": contact_id}).scalar()
