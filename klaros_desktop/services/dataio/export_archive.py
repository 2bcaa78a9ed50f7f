"""``klaros export ARCHIVE.zip``: everything the shop has, in open formats, with a README describing every field.

One JSON object per line (``*.jsonl``) per table, plus ``contacts.csv`` and ``contacts.vcf`` for other
programs, the media files the profile downloaded (``media/``), and ``README.md``. Rows are streamed from
the database into the zip entry by entry, so a profile with a million messages never sits in memory. The
archive is written beside its target and moved into place when complete, so a failed export never leaves
a half archive that looks whole.

Every column of every exported table must have a description in ``FIELDS`` (a test checks this), so a
column added by a later migration cannot reach the archive undocumented.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop import __version__, correlation
from klaros_desktop.models import (
    AuditEvent,
    ConsentEvent,
    Conversation,
    MediaFile,
    MediaState,
    Message,
    MessageTemplate,
    OutboxItem,
    SyncDeadLetter,
    utcnow,
)
from klaros_desktop.services.core import audit
from klaros_desktop.services.dataio.contacts_export import atomic_output, iso, iter_contacts, write_csv, write_vcards

# columns computed from exported ones, for Klaros's own use (the contacts list's order), left out of the archive
DERIVED: dict[str, set[str]] = {"contacts": {"name_key"}}

FIELDS: dict[str, dict[str, str]] = {
    "contacts": {
        "id": "Klaros's number for the contact (other files refer to it as contact_id).",
        "display_name": "The name the shop gave the contact.",
        "phone_e164": "Phone number in international E.164 form, e.g. +4915112345678.",
        "wa_id": "WhatsApp id Meta reported for the number (its digits, without +).",
        "bsuid": "Meta's business-scoped user id, when Meta sent one.",
        "profile_name": "The name the person set in their WhatsApp profile, as Meta reported it.",
        "country": "ISO 3166 country code of the phone number (e.g. DE).",
        "notes": "The shop's free-text notes.",
        "custom_fields": "The shop's own fields as an object (e.g. email, company, other_phones).",
        "tags": "The contact's tags (list of names).",
        "created_at": "When the contact was created (UTC, ISO 8601).",
        "updated_at": "When the contact was last changed (UTC, ISO 8601).",
    },
    "conversations": {
        "id": "Klaros's number for the conversation (messages refer to it as conversation_id).",
        "contact_id": "The contact (contacts.jsonl id).",
        "phone_number_id": "The shop's WhatsApp phone number id at Meta the chat runs on.",
        "last_message_at": "Time of the newest message (UTC).",
        "last_inbound_at": "Time of the customer's newest message; the 24-hour window for free-form replies "
                           "runs from here (UTC).",
        "unread_count": "Messages from the customer not yet opened in Klaros.",
        "archived": "Whether the shop archived the chat.",
        "pinned_at": "When the shop pinned the chat to the top of the list (UTC); empty when not pinned.",
        "muted": "Whether the shop turned off notifications for this chat.",
        "created_at": "When the conversation was created (UTC).",
    },
    "messages": {
        "id": "Klaros's number for the message.",
        "wamid": "Meta's message id (unique); empty only for a send Meta never accepted.",
        "conversation_id": "The conversation (conversations.jsonl id).",
        "contact_id": "The contact (contacts.jsonl id).",
        "direction": "in (from the customer) or out (from the shop).",
        "type": "text, image, audio, video, document, sticker, location, contacts, interactive, button, "
                "reaction, template, ... or unsupported.",
        "meta_type": "The type exactly as Meta named it (kept when Klaros stored the message as unsupported).",
        "text": "The message text, caption or template text (a sent template: its title or map place, body and "
                "footer, a line each).",
        "media_id": "Meta's id of the attached media.",
        "media_mime": "MIME type of the attached media.",
        "media_file_id": "The downloaded file (media.jsonl id), if any.",
        "media_file": "The message's file inside this archive (media/...), empty when the archive was made "
                      "without media or the file could not be had.",
        "media_state": "For a received file: pending, downloading, ready or unavailable.",
        "media_unavailable_reason": "Why a received file could not be had: expired (Meta deletes files after 7 "
                                    "days), gone, tampered (it did not match its checksum), too_large or failed.",
        "reply_to_wamid": "The wamid of the message this one replies to.",
        "context": "Meta's context object (reply, forwarded, referred product, ad referral).",
        "template_name": "Template name for template messages.",
        "template_language": "Template language code.",
        "template_category": "Template category: MARKETING, UTILITY or AUTHENTICATION.",
        "template_parts": "A sent template as the customer got it: header (kind text with its title, location with "
                          "the place's name, address and coordinates, or image/video/document), body, footer and "
                          "buttons (type, text, a link's filled-in url, a call button's phone). Empty for messages "
                          "stored before Klaros kept them.",
        "timestamp": "When the message was sent or received (UTC).",
        "status": "received (inbound), or the newest delivery status of an outbound message: pending, accepted, "
                  "sent, delivered, read, played or failed (the ticks).",
        "status_at": "Time of the newest status (UTC).",
        "sent_at": "When Meta reported the message sent (one tick) (UTC).",
        "delivered_at": "When it was delivered to the phone (two ticks) (UTC).",
        "read_at": "When it was read (blue ticks) (UTC).",
        "failed_at": "When it failed (UTC).",
        "error_code": "Meta's error code for a failed message (e.g. 131047, 131026, 131050).",
        "error_title": "Meta's short error title.",
        "error_text": "Meta's error explanation.",
        "pricing_category": "Billing category Meta reported: marketing, utility, authentication, service, ...",
        "pricing_type": "Meta's pricing type: regular, free_customer_service, free_entry_point.",
        "pricing_billable": "Whether Meta bills this message.",
        "pricing_model": "Meta's pricing model: PMP (per message) or CBP (older, per conversation).",
        "meta_conversation_id": "Meta's conversation id (older pricing model).",
        "correlation_id": "Links the message to the relay event or Graph request that produced it and to "
                          "audit.jsonl entries.",
        "raw": "The message or status object as Meta sent it.",
        "automatic": "Whether Klaros sent this message by itself (a greeting or away message).",
        "created_at": "When Klaros stored the message (UTC).",
    },
    "outbox": {
        "id": "Klaros's number for the unsent message.",
        "contact_id": "The contact it is for (contacts.jsonl id).",
        "number": "The number it goes to (E.164).",
        "text": "The message text as the shop wrote it.",
        "queued_at": "When it was written while Klaros was offline (UTC).",
        "state": "pending (waits to be sent, perhaps for its next attempt), sending (was being sent when the "
                 "export ran or Klaros stopped) or held (not sent; waits for the shop owner, see reason_code).",
        "attempts": "How many times Klaros tried to send it.",
        "claimed_by": "While sending: which Klaros was sending it (computer name/process number), so an item whose "
                      "sender was stopped mid-send is noticed; empty otherwise.",
        "claimed_at": "While sending: when that sending began (UTC).",
        "next_attempt_at": "When Klaros tries again after a passing failure (UTC).",
        "reason_code": "Why a held message was not sent: outside_window, opted_out, suppressed, no_number, "
                       "ambiguous (the connection broke mid-send; it may have arrived), meta_error, "
                       "invalid_number or failed; for a template also template_unknown, template_not_approved, "
                       "marketing_opt_out, marketing_suppressed, link_value or header_value.",
        "error_code": "Meta's error code, when Meta refused it (e.g. 131026).",
        "error_title": "Meta's short error title (or the kind of failure).",
        "error_text": "Meta's error details.",
        "held_at": "When it was held (UTC).",
        "correlation_id": "outbox-<id>: links the item to its send attempts' messages.jsonl row and audit.jsonl "
                          "entries.",
        "media_kind": "image, video, audio, document or sticker when the message is a file (text is then its "
                      "caption); empty for a text.",
        "media_path": "The queued file inside this archive, below media/ (empty without media).",
        "media_mime": "The file's MIME type.",
        "media_filename": "The file's name as the shop chose it (shown to the customer for documents).",
        "media_size": "The file's size in bytes.",
        "meta_media_id": "Meta's id of the file once uploaded (a retry does not upload it again).",
        "template_name": "The template's name when the message is a template (text is then its body as the "
                         "customer reads it; a file is its header); empty otherwise.",
        "template_language": "The template's language code (e.g. de).",
        "template_values": "What was filled in: params (the body's values), header_text (the title's value), "
                           "location (the map's place), links (each link button's value by its index).",
    },
    "consent": {
        "id": "Klaros's number for the consent event.",
        "contact_id": "The contact (contacts.jsonl id).",
        "kind": "opt_in or opt_out.",
        "scope": "all (every message) or marketing (marketing templates only).",
        "source": "keyword (STOP/START message), button, import, manual, meta_131050 (Meta reported the person "
                  "stopped marketing messages) or meta_user_preferences.",
        "evidence_message_id": "The message that evidenced it (messages.jsonl id), if any.",
        "detail": "Free text about the evidence (e.g. the import file and line).",
        "occurred_at": "When the consent was given or withdrawn (UTC); the newest event per scope decides.",
        "created_at": "When Klaros recorded it (UTC).",
        "correlation_id": "Links the event to its cause (relay event, import, user action).",
    },
    "templates": {
        "id": "Klaros's number for the template.",
        "meta_id": "Meta's template id.",
        "name": "Template name.",
        "language": "Language code (e.g. de, en_US).",
        "category": "MARKETING, UTILITY or AUTHENTICATION.",
        "status": "Meta's review status (APPROVED, PENDING, REJECTED, PAUSED, ...); only APPROVED may be sent.",
        "components": "The template's header, body, footer and buttons as Meta returns them.",
        "parameter_format": "POSITIONAL or NAMED parameters.",
        "quality_score": "Meta's quality rating.",
        "category_coming": "The category Meta announced it will give the template, until it does (empty: none).",
        "category_coming_at": "When Meta said that category change takes effect (UTC).",
        "rejected_reason": "Why Meta rejected it, if it did.",
        "updated_at": "When Klaros last refreshed it (UTC).",
    },
    "audit": {
        "id": "Klaros's number for the audit entry.",
        "at": "When it happened (UTC).",
        "actor": "Who did it: user, cli, sync or system.",
        "action": "What was done (e.g. message_sent, send_refused, contacts.import, export.archive, contact.erase).",
        "subject": "What it was done to (a number, an import run, a file name); '[erased]' after an erasure.",
        "correlation_id": "Links the entry to the relay event or Graph request and to its effects.",
        "details": "Further facts as an object (counts, reasons, ids); never erased personal data.",
    },
    "media": {
        "id": "Klaros's number for the media file (messages refer to it as media_file_id).",
        "meta_media_id": "Meta's media id.",
        "mime_type": "MIME type.",
        "sha256": "Checksum Meta reported.",
        "filename": "Original file name, when known.",
        "size": "Size in bytes.",
        "local_path": "Where the file is inside this archive, below media/ (empty if never downloaded).",
        "direction": "in (received) or out (sent).",
        "created_at": "When Klaros learnt of it (UTC).",
        "downloaded_at": "When it was downloaded (UTC).",
    },
    "dead_letters": {
        "id": "Klaros's number for the set-aside event.",
        "cursor": "The event's position at the relay.",
        "correlation_id": "The relay's id of the event; audit.jsonl's sync_event_failed entry has it too.",
        "received_at": "When the relay received it from Meta (UTC).",
        "failed_at": "When Klaros last failed to use it (UTC).",
        "kind": "message, status, template or other (a webhook of that kind), unknown (not a webhook) or "
                "unreadable (could not be opened or is not JSON).",
        "error_class": "The kind of error, e.g. SealError (sealed for another device), MalformedWebhook, "
                       "JSONDecodeError, IntegrityError.",
        "reason": "One line saying why, for a technician; it never quotes the event.",
        "attempts": "How often Klaros tried to use it.",
        "body": "The webhook exactly as Meta sent it, when it could be opened and read as JSON.",
        "body_text": "What the event held when it could be opened but was not JSON.",
        "sealed": "The event as the relay sealed it, when this device could not open it.",
    },
}

# archive file name -> (section in FIELDS, table); contacts are written separately (they carry their tags).
TABLE_FILES: dict[str, tuple[str, Table]] = {
    "conversations.jsonl": ("conversations", Conversation.__table__),
    "messages.jsonl": ("messages", Message.__table__),
    "outbox.jsonl": ("outbox", OutboxItem.__table__),
    "consent.jsonl": ("consent", ConsentEvent.__table__),
    "templates.jsonl": ("templates", MessageTemplate.__table__),
    "audit.jsonl": ("audit", AuditEvent.__table__),
    "media.jsonl": ("media", MediaFile.__table__),
    # events sync could not use: the relay dropped them once acknowledged, so this is their only copy
    "sync_dead_letters.jsonl": ("dead_letters", SyncDeadLetter.__table__),
}

OTHER_FILES = {
    "contacts.csv": "Every contact for spreadsheets and other CRMs (UTF-8 with BOM; Klaros imports it back). "
                    "Columns: Name, Phone, WhatsApp ID, BSUID, Profile name, Country, Tags (comma separated), "
                    "Notes, Custom fields (JSON), Created, Updated.",
    "contacts.vcf": "Every contact as vCard 3.0 for phones, Google Contacts and Outlook (X-KLAROS-* lines keep "
                    "WhatsApp id, business-scoped id, profile name and custom fields).",
    "media/": "The media files Klaros downloaded or sent, at the local_path given in media.jsonl (each message "
              "names its own as media_file in messages.jsonl); left out by `klaros export --no-media`.",
}


@dataclass
class ArchiveReport:
    path: Path
    counts: dict[str, int] = field(default_factory=dict)
    media_files: int = 0


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return iso(value)
    return value


def _jsonl(rows: Iterator[dict[str, Any]], stream: io.BufferedIOBase) -> int:
    count = 0
    buffer: list[str] = []
    for row in rows:
        buffer.append(json.dumps(row, ensure_ascii=False, separators=(",", ":")))
        count += 1
        if len(buffer) >= 1000:
            stream.write(("\n".join(buffer) + "\n").encode("utf-8"))
            buffer.clear()
    if buffer:
        stream.write(("\n".join(buffer) + "\n").encode("utf-8"))
    return count


def _table_rows(session: Session, table: Table, batch: int = 2000) -> Iterator[dict[str, Any]]:
    names = [c.name for c in table.columns]
    statement = select(table).order_by(*table.primary_key.columns).execution_options(yield_per=batch)
    for row in session.execute(statement):
        yield {name: _plain(value) for name, value in zip(names, row, strict=True)}


def _contact_rows(session: Session) -> Iterator[dict[str, Any]]:
    for c in iter_contacts(session):
        yield {
            "id": c.id, "display_name": c.display_name, "phone_e164": c.phone_e164, "wa_id": c.wa_id,
            "bsuid": c.bsuid, "profile_name": c.profile_name, "country": c.country, "notes": c.notes,
            "custom_fields": c.custom_fields, "tags": c.tags, "created_at": iso(c.created_at),
            "updated_at": iso(c.updated_at),
        }


def readme_text(counts: dict[str, int] | None = None, exported_at: datetime | None = None) -> str:
    """The archive's README.md: what each file is and what every field means."""
    lines = [
        "# Klaros export",
        "",
        f"Everything this Klaros profile held, exported by Klaros {__version__}"
        + (f" on {iso(exported_at)}." if exported_at else "."),
        "Times are UTC in ISO 8601. `*.jsonl` files hold one JSON object per line; ids link the files together.",
        "",
    ]
    sections = [("contacts.jsonl", "contacts")] + [(name, section) for name, (section, _t) in TABLE_FILES.items()]
    for filename, section in sections:
        count = f" ({counts[filename]} rows)" if counts and filename in counts else ""
        lines += [f"## {filename}{count}", "", "| Field | Meaning |", "|---|---|"]
        lines += [f"| `{name}` | {text} |" for name, text in FIELDS[section].items()]
        lines.append("")
    lines += ["## Other files", ""]
    lines += [f"- `{name}`: {text}" for name, text in OTHER_FILES.items()]
    lines.append("")
    return "\n".join(lines)


MESSAGE_MEDIA_FIELDS = ("media_file", "media_state", "media_unavailable_reason")  # beside the table's columns


def _with_media(session: Session, rows: Iterator[dict[str, Any]], media_root: Path | None
                ) -> Iterator[dict[str, Any]]:
    """Each message row with its file's place in the archive and, for a received file, its download state."""
    paths = dict(session.execute(select(MediaFile.id, MediaFile.local_path)
                                 .where(MediaFile.local_path.is_not(None))).all())
    states = {m: (st, reason) for m, st, reason in session.execute(
        select(MediaState.message_id, MediaState.state, MediaState.reason_code))}
    for row in rows:
        relative = paths.get(row.get("media_file_id"))
        present = media_root is not None and relative and (media_root / relative).is_file()
        row["media_file"] = "media/" + relative if present else None
        state, reason = states.get(row["id"], (None, None))
        row["media_state"], row["media_unavailable_reason"] = state, reason
        yield row


def _media_files(media_root: Path) -> Iterator[tuple[Path, str]]:
    """The kept files; not the thumbnails (made again from the files) nor half-written ``.part`` files."""
    if not media_root.is_dir():
        return
    for path in sorted(media_root.rglob("*")):
        relative = path.relative_to(media_root).as_posix()
        if path.is_file() and not relative.startswith("thumbs/") and not path.name.endswith(".part"):
            yield path, "media/" + relative


def write_archive(
    sessions: sessionmaker[Session], target: Path, *, media_root: Path | None = None, actor: str = "user"
) -> ArchiveReport:
    """Write the archive to ``target``; audited with the row counts (never the data)."""
    target = Path(target)
    report = ArchiveReport(path=target)
    exported_at = utcnow()
    with atomic_output(target, "wb") as raw, zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED,
                                                             compresslevel=6) as archive:
        with sessions() as session:
            with archive.open("contacts.jsonl", "w", force_zip64=True) as entry:
                report.counts["contacts.jsonl"] = _jsonl(_contact_rows(session), entry)
            for filename, (_section, table) in TABLE_FILES.items():
                with archive.open(filename, "w", force_zip64=True) as entry:
                    rows = _table_rows(session, table)
                    if table is Message.__table__:
                        rows = _with_media(session, rows, media_root)
                    report.counts[filename] = _jsonl(rows, entry)
            with archive.open("contacts.csv", "w", force_zip64=True) as entry:
                text = io.TextIOWrapper(entry, encoding="utf-8-sig", newline="")
                write_csv(iter_contacts(session), text)
                text.flush()
                text.detach()
            with archive.open("contacts.vcf", "w", force_zip64=True) as entry:
                text = io.TextIOWrapper(entry, encoding="utf-8", newline="")
                write_vcards(iter_contacts(session), text)
                text.flush()
                text.detach()
        if media_root is not None:
            for path, name in _media_files(media_root):
                archive.write(path, name)
                report.media_files += 1
        archive.writestr("README.md", readme_text(report.counts, exported_at))
    with sessions() as session, session.begin():
        audit.record(session, "export.archive", actor=actor, subject=target.name,
                     details={**report.counts, "media_files": report.media_files},
                     correlation_id=correlation.current())
    return report
