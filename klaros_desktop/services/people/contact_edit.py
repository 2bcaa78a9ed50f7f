"""Loading and saving one contact for the add/edit dialog (no Qt here; the dialog only shows and collects).

A number is stored as E.164 or not at all; a number another contact already has is refused with that
contact's name, so nothing is silently merged or lost. Every save is audited.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop import correlation
from klaros_desktop.models import Contact, utcnow
from klaros_desktop.phrases import QT_TRANSLATE_NOOP, reason_of
from klaros_desktop.services.core import audit, settings
from klaros_desktop.services.core.changes import Changes
from klaros_desktop.services.people import consent, phones
from klaros_desktop.services.people import contacts as contact_service


class ContactError(ValueError):
    """The form cannot be saved; the message says what to fix."""


@dataclass
class ContactForm:
    id: int | None = None
    display_name: str = ""
    phone: str = ""
    tags: list[str] = field(default_factory=list)
    notes: str = ""
    custom_fields: dict[str, str] = field(default_factory=dict)
    profile_name: str | None = None
    consent: list[consent.ConsentNotice] = field(default_factory=list)
    conversation_id: int | None = None


def default_region(sessions: sessionmaker[Session]) -> str | None:
    with sessions() as session:
        return settings.get(session, settings.DEFAULT_REGION)


def check_number(raw: str, region: str | None) -> str:
    """The E.164 form of ``raw``, or ``phones.InvalidNumber`` saying why not (used live while typing)."""
    return phones.normalise(raw, region)


def load(sessions: sessionmaker[Session], contact_id: int) -> ContactForm:
    with sessions() as session:
        c = session.get(Contact, contact_id)
        if c is None:
            raise ContactError(QT_TRANSLATE_NOOP("ContactEdit", "contact {id} no longer exists").format(id=contact_id))
        return ContactForm(
            id=c.id, display_name=c.display_name or "", phone=c.phone_e164 or "", tags=[t.name for t in c.tags],
            notes=c.notes or "", custom_fields={str(k): "" if v is None else str(v)
                                                for k, v in (c.custom_fields or {}).items()},
            profile_name=c.profile_name, consent=consent.history(session, c.id),
            conversation_id=contact_service.conversation_for_contact(session, c.id))


@dataclass(frozen=True)
class Saved:
    """The contact ``save`` wrote, and what the screens re-read for it."""

    contact_id: int
    changes: Changes


def save(sessions: sessionmaker[Session], form: ContactForm, *, actor: str = "user") -> Saved:
    region = default_region(sessions)
    phone = None
    if form.phone.strip():
        try:
            phone = check_number(form.phone, region)
        except phones.InvalidNumber as exc:
            raise ContactError(reason_of(exc)) from None
    if not phone and not form.display_name.strip():
        raise ContactError(QT_TRANSLATE_NOOP("ContactEdit", "give the contact a name or a phone number"))
    with sessions.begin() as session:
        if phone:
            other = session.scalar(select(Contact).where(Contact.phone_e164 == phone, Contact.id != (form.id or -1)))
            if other is not None:
                raise ContactError(QT_TRANSLATE_NOOP(
                    "ContactEdit", "{number} already belongs to {name}; open that contact instead").format(
                    number=phone, name=other.name))
        contact = session.get(Contact, form.id) if form.id else None
        if form.id and contact is None:
            raise ContactError(QT_TRANSLATE_NOOP("ContactEdit", "this contact was deleted meanwhile"))
        if contact is None:
            contact = Contact(notes="", custom_fields={})
            session.add(contact)
        contact.display_name = form.display_name.strip() or None
        if phone != contact.phone_e164:
            contact.phone_e164 = phone
            contact.wa_id = phones.wa_digits(phone) if phone else None
            contact.country = phones.region_of(phone) if phone else None
        contact.notes = form.notes
        contact.custom_fields = {k.strip(): v for k, v in form.custom_fields.items() if k.strip()}
        session.flush()
        contact.tags = [contact_service.get_or_create_tag(session, t) for t in dict.fromkeys(
            t.strip() for t in form.tags if t.strip())]
        audit.record(session, "contact_saved", actor=actor, subject=phone or f"contact:{contact.id}",
                     details={"contact_id": contact.id, "new": form.id is None})
        return Saved(contact.id, Changes(contacts={contact.id}))


def split_tags(text: str) -> list[str]:
    return [t.strip() for t in text.replace(";", ",").split(",") if t.strip()]


EVIDENCE_MIN = 3  # characters: "ok" is no evidence a regulator would accept


def record_consent(sessions: sessionmaker[Session], contact_id: int, *, kind: str, scope: str, occurred_at: datetime,
                   evidence: str, actor: str = "user") -> Changes:
    """Record by hand an opt-in or opt-out the shop owner has proof of (a signed form, a note of a phone call),
    with that proof and the day it was given; audited. Refused without evidence, or dated in the future."""
    evidence = " ".join(evidence.split())
    if len(evidence) < EVIDENCE_MIN:
        raise ContactError(QT_TRANSLATE_NOOP(
            "ContactEdit", "say how the customer gave or withdrew consent (for example: signed form in the shop)"))
    if occurred_at > utcnow():
        raise ContactError(QT_TRANSLATE_NOOP("ContactEdit", "the date of the consent cannot be in the future"))
    with sessions.begin() as session:
        contact = session.get(Contact, contact_id)
        if contact is None:
            raise ContactError(QT_TRANSLATE_NOOP("ContactEdit", "this contact was deleted meanwhile"))
        event = consent.record(session, contact, kind=kind, scope=scope, source="manual", occurred_at=occurred_at,
                               detail=evidence[:500], correlation_id=correlation.current())
        if event is not None:
            audit.record(session, f"consent_{kind}", actor=actor, subject=contact.phone_e164 or f"contact:{contact.id}",
                         details={"scope": scope, "source": "manual", "evidence": evidence[:500],
                                  "occurred_at": occurred_at.isoformat()})
    return Changes(contacts={contact_id})
