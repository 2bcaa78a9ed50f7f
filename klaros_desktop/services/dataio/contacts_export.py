"""``klaros contacts export``: every contact as CSV (opens in Excel, re-imports into Klaros) or vCard 3.0
(imports into phones, Google Contacts and Outlook). Rows are streamed, never all loaded at once.

The CSV is UTF-8 with a byte order mark so Excel shows accents right. Text cells that start with
``= + - @`` get a leading ``'`` so a spreadsheet never runs them as formulas (the importer strips it again);
phone numbers are left as they are.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

import vobject
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop.models import Contact, Tag, contact_tags
from klaros_desktop.services.core import audit

CSV_COLUMNS = ("Name", "Phone", "WhatsApp ID", "BSUID", "Profile name", "Country", "Tags", "Notes",
               "Custom fields", "Created", "Updated")
FORMATS = ("csv", "vcard")
_TAG_SEP = "\x1f"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, slots=True)
class ContactRow:
    """A contact as exported: plain values, tags as a sorted list."""

    id: int
    display_name: str | None
    phone_e164: str | None
    wa_id: str | None
    bsuid: str | None
    profile_name: str | None
    country: str | None
    notes: str
    custom_fields: dict[str, Any]
    tags: list[str]
    created_at: datetime | None
    updated_at: datetime | None

    @property
    def name(self) -> str:
        return self.display_name or self.profile_name or self.phone_e164 or self.bsuid or f"contact {self.id}"


def iso(value: datetime | None) -> str | None:
    """UTC time as ISO 8601 with a ``Z`` (what every export writes)."""
    if value is None:
        return None
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def iter_contacts(session: Session, batch: int = 2000) -> Iterator[ContactRow]:
    """Every contact with its tags, in id order, fetched ``batch`` rows at a time."""
    tags = (
        select(contact_tags.c.contact_id, func.group_concat(Tag.name, _TAG_SEP).label("tags"))
        .join(Tag, Tag.id == contact_tags.c.tag_id)
        .group_by(contact_tags.c.contact_id)
        .subquery()
    )
    c = Contact.__table__.c
    statement = (
        select(c.id, c.display_name, c.phone_e164, c.wa_id, c.bsuid, c.profile_name, c.country, c.notes,
               c.custom_fields, tags.c.tags, c.created_at, c.updated_at)
        .outerjoin(tags, tags.c.contact_id == c.id)
        .order_by(c.id)
        .execution_options(yield_per=batch)
    )
    for row in session.execute(statement):
        yield ContactRow(
            id=row.id,
            display_name=row.display_name,
            phone_e164=row.phone_e164,
            wa_id=row.wa_id,
            bsuid=row.bsuid,
            profile_name=row.profile_name,
            country=row.country,
            notes=row.notes or "",
            custom_fields=row.custom_fields or {},
            tags=sorted(row.tags.split(_TAG_SEP), key=str.casefold) if row.tags else [],
            created_at=row.created_at,
            updated_at=row.updated_at,
        )


def _safe(value: str | None) -> str:
    text = value or ""
    return "'" + text if text.startswith(_FORMULA_START) else text


def csv_row(contact: ContactRow) -> list[str]:
    return [
        _safe(contact.display_name),
        contact.phone_e164 or "",
        contact.wa_id or "",
        contact.bsuid or "",
        _safe(contact.profile_name),
        contact.country or "",
        _safe(", ".join(contact.tags)),
        _safe(contact.notes),
        json.dumps(contact.custom_fields, ensure_ascii=False, sort_keys=True) if contact.custom_fields else "",
        iso(contact.created_at) or "",
        iso(contact.updated_at) or "",
    ]


def write_csv(contacts: Iterator[ContactRow], stream: IO[str]) -> int:
    """Write the contacts to a text stream opened with ``newline=""``; returns how many."""
    writer = csv.writer(stream)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for contact in contacts:
        writer.writerow(csv_row(contact))
        count += 1
    return count


def vcard_text(contact: ContactRow) -> str:
    """One vCard 3.0 (CRLF line ends, folded by ``vobject``)."""
    card = vobject.vCard()
    card.add("fn").value = contact.name
    card.add("n").value = vobject.vcard.Name(given=contact.display_name or contact.profile_name or "")
    if contact.phone_e164:
        tel = card.add("tel")
        tel.value = contact.phone_e164
        tel.type_param = "CELL"
    for other in contact.custom_fields.get("other_phones", []) if isinstance(
        contact.custom_fields.get("other_phones"), list
    ) else []:
        tel = card.add("tel")
        tel.value = str(other)
        tel.type_param = "VOICE"
    if contact.tags:
        card.add("categories").value = list(contact.tags)
    if contact.notes:
        card.add("note").value = contact.notes
    if contact.custom_fields.get("email"):
        card.add("email").value = str(contact.custom_fields["email"])
    if contact.custom_fields.get("company"):
        card.add("org").value = [str(contact.custom_fields["company"])]
    if contact.wa_id:
        card.add("x-klaros-wa-id").value = contact.wa_id
    if contact.bsuid:
        card.add("x-klaros-bsuid").value = contact.bsuid
    if contact.profile_name:
        card.add("x-klaros-profile-name").value = contact.profile_name
    if contact.custom_fields:
        card.add("x-klaros-custom").value = json.dumps(contact.custom_fields, ensure_ascii=False, sort_keys=True)
    if contact.updated_at:
        card.add("rev").value = iso(contact.updated_at)
    return card.serialize()


def write_vcards(contacts: Iterator[ContactRow], stream: IO[str]) -> int:
    count = 0
    for contact in contacts:
        stream.write(vcard_text(contact))
        count += 1
    return count


@contextmanager
def atomic_output(path: Path, mode: str = "w", **open_args) -> Iterator[IO]:
    """Write to a temporary file beside ``path`` and move it into place only when complete."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(fd)
    try:
        with open(tmp, mode, **open_args) as stream:
            yield stream
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def export_contacts(sessions: sessionmaker[Session], path: Path, fmt: str, *, actor: str = "user") -> int:
    """Write every contact to ``path`` as ``csv`` or ``vcard``; audited; returns the number written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    with sessions() as session:
        if fmt == "csv":
            with atomic_output(path, "w", encoding="utf-8-sig", newline="") as stream:
                count = write_csv(iter_contacts(session), stream)
        else:
            with atomic_output(path, "w", encoding="utf-8", newline="") as stream:
                count = write_vcards(iter_contacts(session), stream)
    with sessions() as session, session.begin():
        audit.record(session, "contacts.export", actor=actor, subject=Path(path).name,
                     details={"format": fmt, "contacts": count})
    return count
