"""Erasure: one person on request (``klaros erase --contact``), or the whole profile (``klaros erase --all``).

Erasing a person removes their contact, conversations, messages, unsent messages in the outbox, media
files, consent events (with their evidence text), tags links, search-index entries and the relay events sync
set aside that name them (dead letters), and keeps only an
HMAC of the number in ``suppressed_numbers`` with an opt-out, so ``may_send`` and later imports refuse the
number and nobody messages them by mistake. Statuses waiting for a message go too: those of their stored
messages, and those of messages Klaros never stored, found by the number, BSUID or parent BSUID in Meta's
payload (ids standing next to theirs there are learnt as theirs). What else could still hold their ids is
scrubbed (``[erased]``): audit subjects and details, JSON that stays (another customer's message sharing
their contact card, import reports, campaigns, other statuses), the log files, and database backups that
contain them (deleted). Someone Klaros knows without a number (a WhatsApp username, Meta's BSUID) is erased
by contact (``erase_contact_id``, what the app's Erase button calls) with the same scrubbing and no hash kept.
SQLite's ``secure_delete`` zeroes the freed content, the FTS5 indexes are rebuilt without the deleted
entries and the WAL is checkpointed and truncated, so the bytes are gone from the database files as well.

Files cannot take part in the transaction, so the erasure's transaction records what it owes after the
commit (media files, the ids to scrub from logs and backups, the FTS and WAL flush) in ``app_settings``; a
crash in between is finished by the next ``db.open_database``. A checkpoint that readers keep busy is
retried, then reported (on screen and in the erasure's audit row) and left for the next start.

The audit entry of an erasure holds counts and a prefix of the salted hash, never the erased data. Erasing
the whole profile erases its audit trail too, so that erasure is recorded in a JSON-lines file outside every
profile (``erasure_log_path``): time, actor, folder, what kinds of files went, and the correlation id. It
removes the keyring entries first and stops, erasing nothing, when the password store refuses; a stopped
attempt is recorded there too (``outcome: failed``, with what the store said).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs
from sqlalchemy import Engine, String, bindparam, delete, func, or_, select, text, type_coerce, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import InstrumentedAttribute, Session, sessionmaker

from klaros_desktop import APP_NAME, correlation
from klaros_desktop.db import BUSY_TIMEOUT_MS, UNFINISHED_ERASURE
from klaros_desktop.models import (
    AppSetting,
    AuditEvent,
    Campaign,
    CampaignRecipient,
    ConsentEvent,
    Contact,
    Conversation,
    ImportRun,
    MediaFile,
    Message,
    OutboxItem,
    PendingStatus,
    SyncDeadLetter,
    SyncState,
    utcnow,
)
from klaros_desktop.paths import Profile
from klaros_desktop.phrases import QT_TRANSLATE_NOOP, Number, Phrase
from klaros_desktop.services.core import audit, settings
from klaros_desktop.services.core.changes import Changes
from klaros_desktop.services.media import relay_copies
from klaros_desktop.services.media import storage as media_storage
from klaros_desktop.services.people import phones, suppression

log = logging.getLogger(__name__)

ERASED = "[erased]"
_CHUNK = 500


class ErasureError(RuntimeError):
    """The erasure cannot be done as asked; the message says why. Nothing was changed."""


@dataclass
class ContactErasure:
    number_hash: str | None  # None: the person had no phone number (a username-only customer), nothing suppressed
    contacts: int = 0
    conversations: int = 0
    messages: int = 0
    consent_events: int = 0
    media_files: int = 0
    media_files_missing: int = 0
    relay_media_refs: list[str] = field(default_factory=list)  # for ``media.relay_copies.forget``
    outbox_items: int = 0
    audit_entries_scrubbed: int = 0
    log_files_scrubbed: int = 0
    backups_deleted: list[str] = field(default_factory=list)
    problems: list[Phrase] = field(default_factory=list)  # what could not be done; the rest was
    changes: Changes = field(default_factory=Changes, repr=False)  # the rows that went, for the screens

    def summary(self) -> Phrase:
        """What went and what stays, as one Phrase (English in the CLI and log, translated on screen)."""
        if not self.contacts:
            head = QT_TRANSLATE_NOOP("Erasure", "No contact had this number; it is now suppressed so it is never "
                                                "messaged.")
        else:
            head = QT_TRANSLATE_NOOP(
                "Erasure", "Erased contacts: {contacts}; messages: {messages}; conversations: {conversations}; "
                           "consent events: {consent_events}; media files: {media_files}.").format(
                contacts=Number(self.contacts), messages=Number(self.messages),
                conversations=Number(self.conversations), consent_events=Number(self.consent_events),
                media_files=Number(self.media_files))
        parts = [head]
        if self.outbox_items:
            parts.append(QT_TRANSLATE_NOOP("Erasure", "Unsent messages deleted from the outbox: {count}.").format(
                count=Number(self.outbox_items)))
        if self.audit_entries_scrubbed:
            parts.append(QT_TRANSLATE_NOOP("Erasure", "Audit entries scrubbed: {count}.").format(
                count=Number(self.audit_entries_scrubbed)))
        if self.log_files_scrubbed:
            parts.append(QT_TRANSLATE_NOOP("Erasure", "Log files scrubbed: {count}.").format(
                count=Number(self.log_files_scrubbed)))
        if self.backups_deleted:
            parts.append(QT_TRANSLATE_NOOP("Erasure", "Database backups holding the number deleted: {count}.").format(
                count=Number(len(self.backups_deleted))))
        if self.number_hash is None:
            parts.append(QT_TRANSLATE_NOOP("Erasure", "They had no phone number, so nothing about them is kept."))
        else:
            parts.append(QT_TRANSLATE_NOOP("Erasure", "The number is kept only as a salted hash."))
        return _sentences(parts)


def _sentences(parts: list[Phrase]) -> Phrase:
    """Sentences one after the other, as one Phrase whose parts stay translatable."""
    joined = parts[-1]
    for part in reversed(parts[:-1]):
        joined = QT_TRANSLATE_NOOP("Erasure", "{sentence} {more}").format(sentence=part, more=joined)
    return joined


def _chunks(items: list, size: int = _CHUNK):
    for start in range(0, len(items), size):
        yield items[start:start + size]


class _Person:
    """What identifies the person being erased: their numbers (as digits), Meta's ids of them (BSUIDs, parent
    BSUIDs) and Meta's ids of their media. It grows while the erasure finds more (a BSUID standing next to
    their number in a waiting status), so everything scrubbed later is scrubbed of those too."""

    def __init__(self, e164: str | None, contacts: Iterable[Contact]) -> None:
        self.numbers: set[str] = {phones.wa_digits(e164)} if e164 else set()
        self.user_ids: set[str] = set()
        self.media_ids: set[str] = set()
        for contact in contacts:
            for value in (contact.phone_e164, contact.wa_id):
                if value:
                    self.numbers.add(phones.wa_digits(value))
            if contact.bsuid:
                self.user_ids.add(contact.bsuid)

    def learn(self, value: object) -> bool:
        """Take a Meta id of this person (a wa_id or a BSUID); True when it was new."""
        if not isinstance(value, (str, int)) or isinstance(value, bool):
            return False
        value = str(value).strip()
        digits = value[1:] if value.startswith("+") else value
        found, new = (self.numbers, digits) if digits.isdigit() else (self.user_ids, value)
        if len(new) < 6 or new in found:
            return False
        found.add(new)
        return True

    def is_them(self, value: object) -> bool:
        """Whether a JSON value is one of their ids: the number in any of Meta's spellings, or a BSUID."""
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            return False
        value = str(value).strip()
        if value in self.user_ids:
            return True
        digits = "".join(ch for ch in value if ch.isdigit())
        return bool(digits) and digits in self.numbers and not value.strip("+0123456789 -().")

    def identifiers(self) -> list[str]:
        """The strings that name them in free text (audit subjects, logs, backups), longest first so
        '+49…' goes before '49…'."""
        found = self.user_ids | self.media_ids | self.numbers | {f"+{d}" for d in self.numbers}
        return sorted((v for v in found if len(v) >= 6), key=len, reverse=True)


def _scrub(value: str | None, identifiers: list[str]) -> str | None:
    if value is None:
        return None
    for ident in identifiers:
        value = value.replace(ident, ERASED)
    return value


def _scrub_json(value, person: _Person, identifiers: list[str]):
    """The JSON value without the person's ids: a value that is one of them (also a number written with
    spaces, or a JSON number) becomes ``[erased]``, and each id inside a longer text is replaced."""
    if isinstance(value, dict):
        return {(_scrub(k, identifiers) if isinstance(k, str) else k): _scrub_json(v, person, identifiers)
                for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub_json(v, person, identifiers) for v in value]
    if person.is_them(value):
        return ERASED
    if isinstance(value, str):
        return _scrub(value, identifiers)
    if isinstance(value, int) and not isinstance(value, bool) and _scrub(str(value), identifiers) != str(value):
        return _scrub(str(value), identifiers)
    return value


def _mentions(column: InstrumentedAttribute, identifiers: list[str]):
    """SQL: the column's stored text holds one of the ids (a cheap filter; the JSON walk decides)."""
    return or_(*(type_coerce(column, String).contains(i, autoescape=True) for i in identifiers))


def erase_contact(
    sessions: sessionmaker[Session],
    number: str,
    *,
    profile: Profile | None = None,
    region: str | None = None,
    actor: str = "user",
) -> ContactErasure:
    """Erase the person with this number (any format ``phonenumbers`` reads). Raises ``InvalidNumber``."""
    with sessions() as session, session.begin():
        region = region or settings.get(session, settings.DEFAULT_REGION)
    e164 = phones.normalise(number, region)
    digits = phones.wa_digits(e164)
    return _erase(sessions, or_(Contact.phone_e164 == e164, Contact.wa_id == digits), e164,
                  profile=profile, actor=actor)


def erase_contact_id(sessions: sessionmaker[Session], contact_id: int, *, profile: Profile | None = None,
                     actor: str = "user") -> ContactErasure:
    """Erase one contact chosen on screen. With a phone number this is ``erase_contact`` of that number (every
    contact with it goes, and the number is suppressed). Without one (a customer who wrote with a WhatsApp
    username, known by Meta's BSUID; a contact saved without a number) that contact goes, with the same
    scrubbing, and nothing is kept: there is no number to suppress."""
    with sessions() as session:
        contact = session.get(Contact, contact_id)
        if contact is None:
            raise ErasureError(QT_TRANSLATE_NOOP("Erasure", "This contact no longer exists."))
        number = contact.phone_e164
    if number:
        return erase_contact(sessions, number, profile=profile, actor=actor)
    return _erase(sessions, Contact.id == contact_id, None, profile=profile, actor=actor)


def _erase(sessions: sessionmaker[Session], which, e164: str | None, *, profile: Profile | None,
           actor: str) -> ContactErasure:
    """Erase the contacts ``which`` selects, and with ``e164`` everything filed under that number."""
    with sessions() as session, session.begin():
        session.execute(text("PRAGMA secure_delete=ON"))
        digest = suppression.number_hash(session, e164) if e164 else None
        report = ContactErasure(number_hash=digest)
        contacts = list(session.scalars(select(Contact).where(which)))
        person = _Person(e164, contacts)
        ids = [c.id for c in contacts]
        media_paths: list[str] = []
        wamids: list[str] = []
        # queued texts: by contact, and by number too (an item may outlive a merge of contacts)
        by_item = [OutboxItem.contact_id.in_(ids)]
        if e164:
            digits = phones.wa_digits(e164)
            by_item.append(OutboxItem.number.in_([e164, digits, f"+{digits}"]))
        outbox_ids = set(session.scalars(select(OutboxItem.id).where(or_(*by_item))))
        media_paths += [p for p in session.scalars(select(OutboxItem.media_path).where(
            or_(*by_item), OutboxItem.media_path.is_not(None))) if p]  # files queued for them
        for chunk in _chunks(sorted(outbox_ids)):
            session.execute(delete(OutboxItem).where(OutboxItem.id.in_(chunk)))
        report.outbox_items = len(outbox_ids)
        report.changes.outbox.update(outbox_ids)
        if ids:
            messages = session.execute(
                select(Message.id, Message.wamid, Message.media_file_id, Message.media_id)
                .where(Message.contact_id.in_(ids))
            ).all()
            # Meta's ids of their media stand in the audited Graph paths (GET /v23.0/{media id}) and the log
            person.media_ids = {m.media_id for m in messages if m.media_id}
            # copies the relay kept for them (the sealed event's klaros_media reference): deleted there too
            report.relay_media_refs = sorted(relay_copies.references(session.scalars(
                select(Message.raw).where(Message.contact_id.in_(ids), Message.media_id.is_not(None)))))
            # the sender ids of their messages: an older number (before they changed it), a BSUID
            for key in _SENDER_ID_KEYS:
                found = session.scalars(select(func.json_extract(Message.raw, f"$.{key}")).distinct().where(
                    Message.contact_id.in_(ids), Message.direction == "in"))
                for value in found:
                    person.learn(value)
            report.messages = len(messages)
            wamids = [m.wamid for m in messages if m.wamid]
            media_ids = sorted({m.media_file_id for m in messages if m.media_file_id})
            for chunk in _chunks(media_ids):
                media_paths += [p for p in session.scalars(select(MediaFile.local_path).where(MediaFile.id.in_(chunk)))
                                if p]
            # their cached thumbnails, under every name one may have (JPEG, or PNG: stickers, older versions)
            media_paths += [t for i in media_ids for t in media_storage.thumb_relatives(i)]
            report.consent_events = len(session.scalars(
                select(ConsentEvent.id).where(ConsentEvent.contact_id.in_(ids))).all())
            conversation_ids = set(session.scalars(select(Conversation.id).where(Conversation.contact_id.in_(ids))))
            report.conversations = len(conversation_ids)
            report.changes.conversations.update(conversation_ids)
            report.changes.contacts.update(ids)
            # a campaign keeps the row (its counts stay right) but not the number, the values frozen from the
            # contact (their name), Meta's reason text or the wamid
            by_recipient = [CampaignRecipient.contact_id.in_(ids)]
            if e164:
                by_recipient.append(CampaignRecipient.phone_e164 == e164)
            session.execute(update(CampaignRecipient).where(or_(*by_recipient))
                            .values(reason=None, phone_e164=None, params=None, wamid=None))
            session.execute(delete(ConsentEvent).where(ConsentEvent.contact_id.in_(ids)))
            session.execute(delete(Message).where(Message.contact_id.in_(ids)))
            for chunk in _chunks(media_ids):
                session.execute(delete(MediaFile).where(MediaFile.id.in_(chunk)))
            session.execute(delete(Conversation).where(Conversation.contact_id.in_(ids)))
            session.execute(delete(Contact).where(Contact.id.in_(ids)))
            report.contacts = len(ids)
            report.media_files = len([p for p in media_paths if not p.startswith(media_storage.THUMBS + "/")])
        _delete_waiting_statuses(session, person, wamids)
        if e164:
            suppression.suppress(session, e164, scope="all", reason="erased on request")
        identifiers = person.identifiers()
        if identifiers:  # whole webhooks sync set aside: any field holding the number (or id) names the person
            in_body = text("EXISTS (SELECT 1 FROM json_tree(sync_dead_letters.body) AS node "
                           "WHERE CAST(node.atom AS TEXT) IN :identifiers)").bindparams(
                bindparam("identifiers", identifiers, expanding=True))
            session.execute(delete(SyncDeadLetter).where(or_(
                in_body, *[SyncDeadLetter.body_text.contains(i, autoescape=True) for i in identifiers])))
        report.audit_entries_scrubbed = _scrub_audit(session, person, identifiers)
        _scrub_kept_json(session, person, identifiers)
        # the local contact id names nobody once its row is gone
        subject = f"suppressed:{digest[:12]}" if digest else f"contact-id:{ids[0] if ids else '-'}"
        event = audit.record(session, "contact.erase", actor=actor, subject=subject, details={
            "contacts": report.contacts, "messages": report.messages, "conversations": report.conversations,
            "consent_events": report.consent_events, "media_files": report.media_files,
            "outbox_items": report.outbox_items,
        }, correlation_id=correlation.current())
        session.flush()
        _record_unfinished(session, media_paths, identifiers, event.id)
    # After the commit, what it recorded as due: files, search index, WAL. Cut off here, the next open does it.
    _finish(sessions, profile, report)
    log.info("contact erased (%s): %s", f"hash {digest[:12]}…" if digest else "no number", report.summary())
    return report


# Keys of an inbound message that name its sender, and of a status object that name its recipient (also
# inside a ``contacts`` block, as newer webhooks carry it).
_SENDER_ID_KEYS = ("from", "from_user_id", "from_parent_user_id")
_RECIPIENT_ID_KEYS = frozenset({"recipient_id", "recipient_user_id", "recipient_parent_user_id",
                                "wa_id", "user_id", "parent_user_id"})


def _leaves(value, key: str | None = None):
    """(key, value) of every scalar in a JSON value; list items carry the key of their list."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _leaves(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from _leaves(v, key)
    else:
        yield key, value


def _delete_waiting_statuses(session: Session, person: _Person, wamids: list[str]) -> int:
    """Delete the statuses waiting for one of their messages: those of their stored messages' wamids, and
    those of messages Klaros never stored, which only the ids in Meta's payload tie to them.

    Such a status names its recipient by number, BSUID or parent BSUID (a user with a username has no number
    in it). The ids standing next to one of theirs are theirs too: they are learnt, and searched for again,
    until no new one turns up, so a status naming them only by a BSUID goes as well."""
    gone: set[int] = set()
    for chunk in _chunks(wamids):
        gone.update(session.scalars(select(PendingStatus.id).where(PendingStatus.wamid.in_(chunk))))
    searched: set[str] = set()
    while needles := [n for n in person.numbers | person.user_ids if n not in searched]:
        searched.update(needles)
        rows = session.execute(select(PendingStatus.id, PendingStatus.payload)
                               .where(_mentions(PendingStatus.payload, needles)))
        for row_id, payload in rows.all():
            leaves = list(_leaves(payload))
            if row_id in gone or not any(person.is_them(v) for _k, v in leaves):
                continue
            gone.add(row_id)
            for key, value in leaves:
                if key in _RECIPIENT_ID_KEYS:
                    person.learn(value)
    for chunk in _chunks(sorted(gone)):
        session.execute(delete(PendingStatus).where(PendingStatus.id.in_(chunk)))
    return len(gone)


def _scrub_json_column(session: Session, column: InstrumentedAttribute, person: _Person,
                       identifiers: list[str]) -> set[int]:
    """Scrub the person's ids out of one JSON column of the rows that stay; returns the ids of the rows changed."""
    model = column.class_
    changed: set[int] = set()
    for row_id, value in session.execute(select(model.id, column).where(_mentions(column, identifiers))).all():
        scrubbed = _scrub_json(value, person, identifiers)
        if scrubbed != value:
            session.execute(update(model).where(model.id == row_id).values({column.key: scrubbed}))
            changed.add(row_id)
    return changed


def _scrub_audit(session: Session, person: _Person, identifiers: list[str]) -> int:
    if not identifiers:
        return 0
    changed = _scrub_json_column(session, AuditEvent.details, person, identifiers)
    rows = session.execute(select(AuditEvent.id, AuditEvent.subject).where(_mentions(AuditEvent.subject, identifiers)))
    for row_id, subject in rows.all():
        session.execute(update(AuditEvent).where(AuditEvent.id == row_id).values(
            subject=ERASED if person.is_them(subject) else _scrub(subject, identifiers)))
        changed.add(row_id)
    return len(changed)


# JSON that stays when the person goes and can still name them: what other customers sent (a shared contact
# card), import reports, campaigns, statuses of other people's messages. Audit details are done with subjects.
_KEPT_JSON = (Message.raw, Message.context, ImportRun.report, Campaign.parameters, Campaign.audience,
              PendingStatus.payload)


def _scrub_kept_json(session: Session, person: _Person, identifiers: list[str]) -> None:
    if not identifiers:
        return
    for column in _KEPT_JSON:
        _scrub_json_column(session, column, person, identifiers)
    for state in session.scalars(select(SyncState).where(_mentions(SyncState.last_error, identifiers))):
        state.last_error = _scrub(state.last_error, identifiers)


# -- after the commit: files and the database's own leftovers, crash-safe ------------------------------------

CHECKPOINT_ATTEMPTS = 3
CHECKPOINT_WAIT_MS = 1000  # per attempt: SQLite's busy handler waits this long for readers to finish


@dataclass
class _Unfinished:
    """What an erasure still owes after its commit, kept in ``app_settings`` (``db.UNFINISHED_ERASURE``)
    so it is written in the erasure's own transaction: either both the deletion and this record are on disk,
    or neither. ``media``: files to delete; ``scrub``: the person's ids, for the log files and backups (held
    only until those are done, and gone from the record before the WAL is flushed, like the file names);
    ``audit_ids``: erasures whose search-index and WAL flush is owed (their audit rows)."""

    media: list[str] = field(default_factory=list)
    scrub: list[str] = field(default_factory=list)
    audit_ids: list[int] = field(default_factory=list)

    @classmethod
    def read(cls, session: Session) -> _Unfinished:
        value = settings.get(session, UNFINISHED_ERASURE) or {}
        return cls(media=list(value.get("media") or []), scrub=list(value.get("scrub") or []),
                   audit_ids=list(value.get("audit_ids") or []))

    def write(self, session: Session) -> None:
        if self.media or self.scrub or self.audit_ids:
            settings.set_value(session, UNFINISHED_ERASURE, {
                "media": sorted(set(self.media)),
                "scrub": sorted(set(self.scrub), key=lambda i: (-len(i), i)),  # longest first, as _scrub needs
                "audit_ids": sorted(set(self.audit_ids))})
        else:
            session.execute(delete(AppSetting).where(AppSetting.key == UNFINISHED_ERASURE))


def _record_unfinished(session: Session, media_paths: list[str], identifiers: list[str], audit_id: int) -> None:
    due = _Unfinished.read(session)
    due.media += media_paths
    due.scrub += identifiers
    due.audit_ids.append(audit_id)
    due.write(session)


def finish_erasure(sessions: sessionmaker[Session], profile: Profile | None) -> None:
    """Finish what an erasure cut off after its commit left to do (``db.open_database`` calls this at start
    when ``app_settings`` holds the record). What still fails is logged and stays recorded for next time."""
    problems = _finish(sessions, profile, None, at_start=True)
    for problem in problems:
        log.warning("finishing an interrupted erasure: %s", problem)


def _finish(sessions: sessionmaker[Session], profile: Profile | None, report: ContactErasure | None, *,
            at_start: bool = False) -> list[Phrase]:
    """Delete the recorded media files, scrub the log files and delete the backups holding the person's ids
    (without a profile these wait for an open that has one), drop deleted entries from the FTS5 indexes and truncate
    the WAL, so no freed page or old frame still holds the data; then clear the record of what was done.
    Returns the problems (also added to ``report``)."""
    problems: list[Phrase] = report.problems if report is not None else []
    with sessions() as session:
        due = _Unfinished.read(session)
    if not due.media and not due.scrub and not due.audit_ids:
        return problems
    deleted: list[str] = []
    if profile is not None:
        if due.media:
            deleted = _delete_media_files(sessions, profile, due.media, problems, report)
        logs_scrubbed = _scrub_logs(profile.logs, due.scrub)
        backups_deleted = _delete_backups_holding(profile.backups, due.scrub, problems)
        if report is not None:
            report.log_files_scrubbed, report.backups_deleted = logs_scrubbed, backups_deleted
    with sessions() as session, session.begin():
        session.execute(text("PRAGMA secure_delete=ON"))
        session.execute(text("INSERT INTO messages_fts(messages_fts) VALUES('optimize')"))
        session.execute(text("INSERT INTO contacts_fts(contacts_fts) VALUES('optimize')"))
        now = _Unfinished.read(session)  # re-read: another erasure may have added to it meanwhile
        now.media = [m for m in now.media if m not in set(deleted)]
        if profile is not None:
            now.scrub = [i for i in now.scrub if i not in set(due.scrub)]
        now.write(session)  # ids and file names go before the checkpoint, so the flushed WAL holds none either
    busy, log_frames, checkpointed = _checkpoint_wal(sessions)
    with sessions() as session, session.begin():
        now = _Unfinished.read(session)
        finished = not busy and not now.media and not now.scrub  # e.g. a file still due keeps it open
        for event in session.scalars(select(AuditEvent).where(AuditEvent.id.in_(due.audit_ids))):
            details = dict(event.details or {})
            if busy:
                details["wal_checkpoint"] = {"busy": busy, "log": log_frames, "checkpointed": checkpointed}
            elif finished and at_start:
                details["finished_at_start"] = utcnow().isoformat(timespec="seconds")
            event.details = details
        if finished:
            now.audit_ids = [i for i in now.audit_ids if i not in set(due.audit_ids)]
        now.write(session)
    if busy:
        problems.append(QT_TRANSLATE_NOOP(
            "Erasure", "the database's write-ahead log (klaros.sqlite3-wal) could not be emptied: something else "
                       "was reading the database. The erased data may remain in that file until Klaros starts "
                       "again, which empties it"))
    else:
        _checkpoint_wal(sessions, attempts=1)  # the bookkeeping just written; nothing erased is in it
    return problems


def _delete_media_files(sessions: sessionmaker[Session], profile: Profile, paths: list[str],
                        problems: list[Phrase], report: ContactErasure | None) -> list[str]:
    """Delete the files (relative to ``profile.media``); returns those done with, deleted or not to delete.

    A path a media row points at again is not an orphan and stays; one that cannot be deleted now (Windows
    keeps it open) is reported and left recorded for the next start."""
    in_use: set[str] = set()
    with sessions() as session:
        for chunk in _chunks(paths):
            in_use.update(session.scalars(select(MediaFile.local_path).where(MediaFile.local_path.in_(chunk))))
    root = profile.media.resolve()
    done: list[str] = []
    for relative in paths:
        path = (profile.media / relative).resolve()
        if relative in in_use:
            done.append(relative)
            continue
        if root not in path.parents:
            problems.append(QT_TRANSLATE_NOOP(
                "Erasure", "a media path outside the profile was ignored: {path}").format(path=relative))
            done.append(relative)
            continue
        try:
            path.unlink()
        except FileNotFoundError:
            if report is not None and not relative.startswith(media_storage.THUMBS + "/"):  # thumbs: maybe never made
                report.media_files_missing += 1
        except OSError as exc:
            problems.append(QT_TRANSLATE_NOOP(
                "Erasure", "a media file could not be deleted: {error}; Klaros tries again when it next starts"
            ).format(error=exc.strerror or str(exc)))
            continue
        done.append(relative)
    return done


def _checkpoint_wal(sessions: sessionmaker[Session], attempts: int = CHECKPOINT_ATTEMPTS) -> tuple[int, int, int]:
    """``PRAGMA wal_checkpoint(TRUNCATE)``: copy the WAL into the database file and cut it to nothing, for until
    then the WAL holds the erased rows as they were. SQLite's answer is (busy, frames in the log, frames
    checkpointed); busy means a reader (another connection inside a read transaction) or a writer kept it
    from finishing. Tried ``attempts`` times, each waiting up to ``CHECKPOINT_WAIT_MS`` for them."""
    result = (1, -1, -1)
    with sessions() as session:
        connection = session.connection()
        connection.exec_driver_sql(f"PRAGMA busy_timeout={CHECKPOINT_WAIT_MS}")
        try:
            for _attempt in range(attempts):
                try:
                    result = tuple(connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one())
                except OperationalError:  # "database is locked": busy as well
                    result = (1, -1, -1)
                if result[0] == 0:
                    break
        finally:
            connection.exec_driver_sql(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    return result


def _scrub_logs(log_dir: Path, identifiers: list[str]) -> int:
    scrubbed = 0
    if not log_dir.is_dir() or not identifiers:
        return 0
    for path in sorted(log_dir.glob("*.log*")):
        try:
            content = path.read_text(encoding="utf-8", errors="surrogateescape")
        except OSError:
            continue
        cleaned = _scrub(content, identifiers)
        if cleaned != content:
            path.write_text(cleaned, encoding="utf-8", errors="surrogateescape")
            scrubbed += 1
    return scrubbed


def _file_contains(path: Path, needles: list[bytes], block: int = 1 << 20) -> bool:
    longest = max(len(n) for n in needles)
    tail = b""
    with open(path, "rb") as stream:
        while chunk := stream.read(block):
            window = tail + chunk
            if any(n in window for n in needles):
                return True
            tail = window[-longest:]
    return False


def _delete_backups_holding(backups: Path, identifiers: list[str], problems: list[Phrase]) -> list[str]:
    """Backups are whole database copies from before a migration; one that holds the number must go."""
    deleted: list[str] = []
    if not backups.is_dir() or not identifiers:
        return deleted
    needles = [i.encode("utf-8") for i in identifiers]
    for path in sorted(backups.glob("*.sqlite3*")):
        try:
            if _file_contains(path, needles):
                path.unlink()
                deleted.append(path.name)
        except OSError as exc:
            problems.append(QT_TRANSLATE_NOOP(
                "Erasure", "the backup {name} could not be checked or deleted: {error}").format(
                name=path.name, error=exc.strerror or str(exc)))
    return deleted


# -- the whole profile ---------------------------------------------------------------------------------------

PROFILE_ENTRIES = ("backups", "logs", "media", "settings.json", "window.ini")  # window.ini: its geometry
ERASURE_LOG_ENV = "KLAROS_ERASURE_LOG"


def erasure_log_path() -> Path:
    """Where ``erase --all`` leaves its audit record: the profile's own audit trail is erased with it.

    A JSON-lines file in the per-user log folder, outside every profile (``KLAROS_ERASURE_LOG`` overrides
    it, e.g. for tests). It holds when, who, which folder and what kinds of files went, never shop data.
    """
    override = os.environ.get(ERASURE_LOG_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)) / "profile-erasures.jsonl"


@dataclass
class ProfileErasure:
    root: Path
    removed: list[str] = field(default_factory=list)
    left: list[str] = field(default_factory=list)
    secrets_wiped: bool = False
    audit_log: Path | None = None  # where the audit record of this erasure went (None: it could not be written)
    audit_problem: str | None = None


def _close_log_files(root: Path) -> None:
    """Close our log handlers on files inside the profile (Windows cannot delete open files)."""
    root_logger = logging.getLogger()
    for handler in list(root_logger.handlers):
        filename = getattr(handler, "baseFilename", None)
        if filename and Path(filename).resolve().is_relative_to(root.resolve()):
            root_logger.removeHandler(handler)
            handler.close()


def erase_profile(profile: Profile, store, *, engine: Engine | None = None, actor: str = "user") -> ProfileErasure:
    """Delete the profile's keyring entries, then its database, backups, logs, media and settings.

    Refuses a folder without a Klaros database, so a mistyped ``--data-dir`` cannot wipe someone's documents.
    Files in the folder that Klaros did not create are left in place and listed.

    The keyring goes first: once the database is gone, nothing would find this profile's secrets again. If the
    password store will not delete them (locked, unreachable), nothing is erased, the attempt is recorded in
    the erasure log, and ``ErasureError`` says what to do, so the erasure can simply be repeated. A file that
    cannot be deleted later (Windows keeps it open) is recorded too before the error goes up.
    """
    from klaros_desktop.secrets import WipeFailed

    root = profile.root
    if not profile.database.is_file():
        raise ErasureError(QT_TRANSLATE_NOOP(
            "Erasure", "{folder} is not a Klaros profile (no {name} in it); nothing was erased").format(
            folder=str(root), name=profile.database.name))
    log.warning("erasing the whole profile at %s (actor %s)", root, actor)
    result = ProfileErasure(root=root)
    try:
        store.wipe()
    except WipeFailed as exc:
        log.error("the keyring entries of %s could not be removed (%s); nothing was erased", root, exc.error)
        _audit_profile_erasure(result, actor, failure={
            "keyring_error": exc.error, "keyring_entries_cleared": exc.cleared, "keyring_entries_left": exc.left})
        raise ErasureError(QT_TRANSLATE_NOOP(
            "Erasure", "the password store did not let Klaros remove this profile's secrets ({error}), so nothing "
            "was erased. Unlock it (or sign in to your desktop session) and erase again").format(
            error=exc.error)) from exc
    result.secrets_wiped = True
    if engine is not None:
        engine.dispose()
    _close_log_files(root)
    try:
        for entry in sorted(root.iterdir()):
            if not (entry.name.startswith("klaros") or entry.name in PROFILE_ENTRIES):
                result.left.append(entry.name)
                continue
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
            result.removed.append(entry.name)
        if not result.left:
            root.rmdir()
    except OSError as exc:
        _audit_profile_erasure(result, actor, failure={"error": f"{type(exc).__name__}: {exc.strerror or exc}"})
        raise
    _audit_profile_erasure(result, actor)
    return result


def erase_profile_in_use(sessions: sessionmaker[Session], profile: Profile, store, *,
                         actor: str = "user") -> ProfileErasure:
    """``erase_profile`` for the running app, which hands in only its session factory: the engine behind it
    is closed first, so no open database file blocks the deletion."""
    return erase_profile(profile, store, engine=sessions.kw.get("bind"), actor=actor)


def _audit_profile_erasure(result: ProfileErasure, actor: str, *, failure: dict | None = None) -> None:
    """Append the erasure's audit record outside the (now erased) profile; a failure is reported, not raised.

    ``failure`` (what stopped the erasure) makes it the record of a failed attempt, with what had gone by then.
    """
    target = erasure_log_path()
    details = {"removed": result.removed, "left": result.left, "keyring_entries_removed": result.secrets_wiped}
    record = {
        "at": utcnow().isoformat(),
        "actor": actor,
        "action": "profile.erase",
        "outcome": "failed" if failure else "done",
        "subject": str(result.root),
        "correlation_id": audit.cause_id(actor),
        "details": {**details, **(failure or {})},
    }
    try:
        if target.resolve().is_relative_to(result.root.resolve()):
            raise OSError(f"{target} lies inside the erased profile")
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "a", encoding="utf-8") as stream:
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        result.audit_log = target
    except OSError as exc:
        result.audit_problem = f"the audit record could not be written to {target}: {exc.strerror or exc}"
        log.warning("%s", result.audit_problem)
