"""Sending one message: ``may_send`` decides, the message is stored before it leaves, Graph sends it.

Order of work, each DB step its own short transaction (run in a worker thread, so a UI never blocks):
1. decide with ``policy.may_send``; a refusal is audited with its reason and nothing is sent;
2. store the outbound message as ``pending`` (the clock tick) so nothing is lost if the send dies;
3. call the Graph API; on success store the wamid (``accepted``) and apply any statuses that arrived
   first; on a Graph error mark the message ``failed`` with Meta's code and the plain-words explanation; when
   the outcome is unknown (``graph.UnconfirmedSend``: the answer was lost after the request went out) mark it
   ``unconfirmed`` with that explanation: it is not sent again by itself, and a later status webhook naming
   its correlation id (``biz_opaque_callback_data``) gives it Meta's wamid and status.
Every step carries the same correlation id, which also goes to the Graph request and the audit log.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop import correlation
from klaros_desktop.graph.errors import UnconfirmedSend
from klaros_desktop.models import Contact, Conversation, MediaFile, Message, MessageTemplate, utcnow
from klaros_desktop.phrases import QT_TRANSLATE_NOOP
from klaros_desktop.services.core import audit
from klaros_desktop.services.core.changes import Changes
from klaros_desktop.services.media import kinds, storage
from klaros_desktop.services.messaging import buttons as link_buttons
from klaros_desktop.services.messaging import policy, sent_template, template_header, templates
from klaros_desktop.services.messaging.statuses import (
    UNCONFIRMED,
    adopt_waiting_statuses,
    opt_out_if_marketing_stopped,
    reconcile_pending,
)
from klaros_desktop.services.people import contacts as contact_service
from klaros_desktop.services.people import phones

log = logging.getLogger(__name__)


class GraphSender(Protocol):
    """The part of ``klaros_desktop.graph.GraphClient`` that sending needs."""

    async def send_text(self, to: str, body: str, *, reply_to: str | None = None, preview_url: bool = False,
                        correlation_id: str | None = None) -> Any: ...

    async def send_template(self, to: str, name: str, language: str, components: list | None = None, *,
                            correlation_id: str | None = None) -> Any: ...

    async def send_reaction(self, to: str, message_id: str, emoji: str, *,
                            correlation_id: str | None = None) -> Any: ...

    async def list_templates(self, *, status: str | None = None) -> list[dict]: ...

    async def upload_media(self, data: bytes, mime_type: str, filename: str, *,
                           correlation_id: str | None = None) -> str: ...

    async def send_media(self, to: str, kind: str, *, media_id: str | None = None, caption: str | None = None,
                         filename: str | None = None, correlation_id: str | None = None) -> Any: ...


class UploadFailed(Exception):
    """Uploading the file to Meta failed; no message was sent, so trying again cannot send it twice. Carries
    the cause's Meta code and words (``code``, ``title``, ``details``, ``explanation``)."""

    def __init__(self, cause: BaseException):
        super().__init__(str(cause))
        self.cause = cause
        self.code = getattr(cause, "code", None)
        self.http_status = getattr(cause, "http_status", None)
        self.title = getattr(cause, "title", None) or type(cause).__name__
        self.details = getattr(cause, "details", None)
        self.explanation = getattr(cause, "explanation", None) or str(cause) or type(cause).__name__


@dataclass
class SendOutcome:
    sent: bool
    decision: policy.Decision
    message_id: int | None = None
    wamid: str | None = None
    error_code: int | None = None
    error: str | None = None
    correlation_id: str | None = None
    exc: BaseException | None = field(default=None, repr=False, compare=False)  # the Graph error, if any
    media_id: str | None = None  # Meta's id of the uploaded file (a retry need not upload it again)
    changes: Changes = field(default_factory=Changes, repr=False, compare=False)  # the rows the send touched

    @property
    def reason(self) -> str | None:
        return self.decision.reason if not self.decision.allowed else self.error


@dataclass
class _Prepared:
    outcome: SendOutcome | None  # set when refused
    message_id: int | None = None
    to: str | None = None
    buttons: list[dict] | None = None  # the link buttons' components, checked against the template
    header: list[dict] | None = None  # the title's value or the place, as the header component, checked
    message: Message | None = field(default=None, repr=False)


Params = list[str] | dict[str, str]  # positional {{1}}, {{2}} ... or named {{first_name}} (parameter_format NAMED)


def render_template_text(template: MessageTemplate | None, params: Params) -> str | None:
    """The body text as the customer sees it (for the conversation view, search and the export)."""
    body = None
    for component in (template.components or []) if template else []:
        if isinstance(component, dict) and str(component.get("type", "")).upper() == "BODY":
            body = component.get("text")
    if not body:
        shown = list(params.values()) if isinstance(params, dict) else params
        return " | ".join(shown) if shown else None

    def fill(match: re.Match[str]) -> str:
        key = match.group(1)
        if isinstance(params, dict):
            return params.get(key, match.group(0))
        index = int(key) - 1 if key.isdigit() else -1
        return params[index] if 0 <= index < len(params) else match.group(0)

    return re.sub(r"\{\{\s*([A-Za-z0-9_]+)\s*\}\}", fill, body)


def template_components(params: Params) -> list[dict] | None:
    if not params:
        return None
    if isinstance(params, dict):
        return [{"type": "body", "parameters": [{"type": "text", "parameter_name": k, "text": v}
                                                for k, v in params.items()]}]
    return [{"type": "body", "parameters": [{"type": "text", "text": p} for p in params]}]


def header_component(attachment: Any, media_id: str) -> dict:
    """A template's media header filled with an uploaded file (image, video or document)."""
    if attachment.kind not in (kinds.IMAGE, kinds.VIDEO, kinds.DOCUMENT):
        raise ValueError(QT_TRANSLATE_NOOP("Compose", "A template header takes a photo, a video or a document."))
    media: dict[str, Any] = {"id": media_id}
    if attachment.kind == kinds.DOCUMENT:
        media["filename"] = attachment.filename
    return {"type": "header", "parameters": [{"type": attachment.kind, attachment.kind: media}]}


def sent_text_and_parts(template: MessageTemplate | None, params: Params | None,
                        request: list[dict] | None = None) -> tuple[str | None, dict | None]:
    """A template message's stored ``text`` and ``template_parts`` (``messaging.sent_template``) from the template
    and its request's components (``request``: the header and button components; the body's come from
    ``params``)."""
    components = [c for c in request or [] if str(c.get("type", "")).lower() != "body"]
    shown = sent_template.parts(template, [*components, *(template_components(params or []) or [])])
    return sent_template.text(shown) or render_template_text(template, params or []), shown


def pending_values(conversation_id: int, contact_id: int, kind: str, cid: str, template: MessageTemplate | None, *,
                   text: str | None = None, template_name: str | None = None, template_language: str | None = None,
                   params: Params | None = None, reply_to: str | None = None, now: datetime,
                   message_type: str = "text", automatic: str | None = None,
                   request: list[dict] | None = None) -> dict[str, Any]:
    """The columns of an outgoing message stored ``pending`` before its request (a campaign inserts a batch of
    them without an ORM object each). ``request``: a template's header and button components, so the stored
    message says what the customer gets (``sent_text_and_parts``)."""
    parts = None
    if kind != policy.FREE_FORM:
        text, parts = sent_text_and_parts(template, params, request)
    return {
        "conversation_id": conversation_id, "contact_id": contact_id, "direction": "out",
        "type": message_type if kind == policy.FREE_FORM else "template",
        "text": text, "template_parts": parts,
        "template_name": template_name, "template_language": template_language,
        "template_category": template.category if template else None,
        "timestamp": now, "status": "pending", "status_at": now, "correlation_id": cid, "reply_to_wamid": reply_to,
        "raw": {"params": params} if params else ({"automatic": automatic} if automatic else None),
        "automatic": automatic is not None,
    }


class SendService:
    def __init__(self, sessions: sessionmaker[Session], graph: GraphSender, *, phone_number_id: str = "",
                 default_region: str | None = None, actor: str = "user"):
        self.sessions = sessions
        self.graph = graph
        self.phone_number_id = phone_number_id
        self.default_region = default_region
        self.actor = actor

    # ------------------------------------------------------------------ public API
    async def send_text(self, number: str, body: str, *, reply_to: str | None = None,
                        correlation_id: str | None = None, automatic: str | None = None) -> SendOutcome:
        """``automatic``: the kind of automatic reply (greeting, away) Klaros sends by itself, stored and
        audited as such."""
        if not body or not body.strip():
            raise ValueError(QT_TRANSLATE_NOOP("Compose", "the message is empty"))
        with correlation.correlated(correlation_id, prefix="send") as cid:
            prepared = await asyncio.to_thread(self._prepare, number, policy.FREE_FORM, cid, text=body,
                                               reply_to=reply_to, automatic=automatic)
            if prepared.outcome is not None:
                return prepared.outcome
            return await self._deliver(prepared, cid, lambda: self.graph.send_text(
                prepared.to, body, reply_to=reply_to, correlation_id=cid))

    async def send_reaction(self, number: str, wamid: str, emoji: str, *,
                            correlation_id: str | None = None) -> SendOutcome:
        """React to the customer's message ``wamid`` with ``emoji`` (empty: take the reaction back).

        A reaction is a message like any other for WhatsApp's rules: ``may_send`` asks for the 24-hour window.
        Stored as a ``reaction`` message quoting ``wamid``, as a customer's reaction is."""
        with correlation.correlated(correlation_id, prefix="send") as cid:
            prepared = await asyncio.to_thread(self._prepare, number, policy.FREE_FORM, cid, text=emoji or None,
                                               reply_to=wamid, message_type="reaction")
            if prepared.outcome is not None:
                return prepared.outcome
            return await self._deliver(prepared, cid, lambda: self.graph.send_reaction(
                prepared.to, wamid, emoji, correlation_id=cid))

    async def send_template(self, number: str, name: str, language: str, params: Params | None = None, *,
                            correlation_id: str | None = None, refresh_unknown: bool = True,
                            header: tuple[Any, bytes] | None = None, header_by_id: dict | None = None,
                            buttons: list[dict] | None = None, link_values: dict[str, str] | None = None,
                            media_root: Path | None = None, header_text: str | None = None,
                            header_location: template_header.Location | None = None,
                            progress: Callable[[int, int], None] | None = None, header_stored: str | None = None,
                            header_media_id: str | None = None) -> SendOutcome:
        """``header``: (a checked ``media.kinds.Attachment``, its bytes) for a template whose header is an image,
        video or document: uploaded once the send is allowed, then named in the header component; with
        ``media_root`` a copy is kept as the message's file (its bubble shows it, as an outbound photo's does);
        ``progress(sent, total)`` hears the upload. ``header_by_id``: that header component already naming an
        uploaded file; ``buttons``: the ``button`` components of link buttons with a variable, already checked (a
        campaign's); else ``link_values`` (button index -> value) are checked against the template before anything
        is stored (``messaging.buttons.components``), and a template whose link needs a value is refused without
        one, in words, instead of by Meta. ``header_text``: the value of the template's title variable,
        ``header_location``: the place of a map at the top; both checked against the template the same way
        (``messaging.template_header``: given when asked for, the title within 60 characters). ``header_stored``:
        the header file's place below ``media_root`` if it is already kept there (an outbox item's copy);
        ``header_media_id``: Meta's id of that file if an earlier attempt uploaded it (not uploaded again)."""
        params = dict(params) if isinstance(params, dict) else list(params or [])
        keep = (*header, media_root, header_stored) if header is not None and media_root is not None else None
        links = None if buttons is not None else dict(link_values or {})
        heading = None if header_by_id is not None else (header_text, header_location)
        given = [*([header_by_id] if header_by_id else []), *(buttons or [])]  # components already made
        with correlation.correlated(correlation_id, prefix="send") as cid:
            prepared = await asyncio.to_thread(self._prepare, number, policy.TEMPLATE, cid, template_name=name,
                                               template_language=language, params=params, audit_refusal=False,
                                               media=keep, links=links, heading=heading, given=given)
            refreshed: Changes | None = None
            if prepared.outcome is not None and prepared.outcome.decision.reason_code == "template_unknown" \
                    and refresh_unknown:
                refreshed = (await templates.refresh(self.sessions, self.graph)).changes
                prepared = await asyncio.to_thread(self._prepare, number, policy.TEMPLATE, cid, template_name=name,
                                                   template_language=language, params=params, media=keep,
                                                   links=links, heading=heading, given=given)
            elif prepared.outcome is not None:
                await asyncio.to_thread(self._audit_refusal, prepared.outcome, number, name)
            components = [*([header_by_id] if header_by_id else prepared.header or []),
                          *(template_components(params) or []),
                          *(buttons if buttons is not None else prepared.buttons or [])] or None
            media_id = header_media_id
            if prepared.outcome is None and header is not None:
                attachment, data = header
                extra = {"progress": progress} if progress is not None else {}
                if media_id is None:
                    try:
                        media_id = await self.graph.upload_media(data, attachment.mime, attachment.filename,
                                                                 correlation_id=cid, **extra)
                    except Exception as exc:
                        outcome = await asyncio.to_thread(self._failed, prepared.message_id, UploadFailed(exc), cid)
                        outcome.changes.merge(refreshed)
                        return outcome
                await asyncio.to_thread(self._uploaded, prepared.message_id, media_id)
                components = [header_component(attachment, media_id), *(components or [])]
            outcome = prepared.outcome or await self._deliver(prepared, cid, lambda: self.graph.send_template(
                prepared.to, name, language, components, correlation_id=cid))
            if prepared.outcome is None and header is not None:
                outcome.media_id = media_id
            outcome.changes.merge(refreshed)
            return outcome

    async def send_media(self, number: str, attachment: Any, data: bytes, *, caption: str | None = None,
                         media_root: Path, stored: str | None = None, media_id: str | None = None,
                         correlation_id: str | None = None,
                         progress: Callable[[int, int], None] | None = None) -> SendOutcome:
        """Send a photo, video, voice message, document or sticker (``attachment``: a checked
        ``media.kinds.Attachment``, ``data`` its bytes). ``stored``: the file's place below ``media_root`` if it
        is already kept there (an outbox item's copy), else a copy is written. The file is uploaded
        (``POST /{phone-number-id}/media``) unless ``media_id`` says it already was, then sent."""
        caption = (caption or "").strip() or None
        if caption and attachment.kind in (kinds.AUDIO, kinds.STICKER):
            raise ValueError(QT_TRANSLATE_NOOP("Compose", "WhatsApp shows no caption on a voice message or "
                                                          "sticker; send the text on its own."))
        with correlation.correlated(correlation_id, prefix="send") as cid:
            prepared = await asyncio.to_thread(self._prepare, number, policy.FREE_FORM, cid, text=caption,
                                               media=(attachment, data, media_root, stored))
            if prepared.outcome is not None:
                return prepared.outcome
            if media_id is None:
                extra = {"progress": progress} if progress is not None else {}
                try:
                    media_id = await self.graph.upload_media(data, attachment.mime, attachment.filename,
                                                             correlation_id=cid, **extra)
                except Exception as exc:
                    outcome = await asyncio.to_thread(self._failed, prepared.message_id, UploadFailed(exc), cid)
                    return outcome
            await asyncio.to_thread(self._uploaded, prepared.message_id, media_id)
            outcome = await self._deliver(prepared, cid, lambda: self.graph.send_media(
                prepared.to, attachment.kind, media_id=media_id, caption=caption,
                filename=attachment.filename if attachment.kind == kinds.DOCUMENT else None, correlation_id=cid))
            outcome.media_id = media_id
            return outcome

    def _uploaded(self, message_id: int, media_id: str) -> None:
        with self.sessions.begin() as session:
            message = session.get(Message, message_id)
            message.media_id = media_id
            media = session.get(MediaFile, message.media_file_id) if message.media_file_id else None
            if media is not None:
                media.meta_media_id = media_id

    async def _deliver(self, prepared: _Prepared, cid: str, send: Callable[[], Awaitable[Any]]) -> SendOutcome:
        """Hand the stored message to Graph (``send``) and store what Meta answered."""
        try:
            result = await send()
        except Exception as exc:
            return await asyncio.to_thread(self._failed, prepared.message_id, exc, cid)
        return await asyncio.to_thread(self._accepted, prepared.message_id, result, cid)

    # ------------------------------------------------------------------ DB steps (worker thread)
    def contact_for(self, number: str) -> tuple[int, str]:
        """(contact id, E.164 number) of ``number``, the contact made if there is none yet (a send queued in the
        outbox names its contact)."""
        with self.sessions.begin() as session:
            contact = self._resolve_contact(session, number)
            session.flush()
            return contact.id, contact.phone_e164

    def _resolve_contact(self, session: Session, number: str) -> Contact:
        phone = phones.normalise(number, self.default_region)
        contact = contact_service.find_by_number(session, phone)
        if contact is None:
            contact = Contact(phone_e164=phone, wa_id=phones.wa_digits(phone), country=phones.region_of(phone),
                              notes="", custom_fields={})
            session.add(contact)
            session.flush()
        return contact

    def _prepare(self, number: str, kind: str, cid: str, *, text: str | None = None,
                 template_name: str | None = None, template_language: str | None = None,
                 params: Params | None = None, audit_refusal: bool = True,
                 reply_to: str | None = None, media: tuple | None = None, message_type: str = "text",
                 automatic: str | None = None, links: dict[str, str] | None = None,
                 heading: tuple[str | None, template_header.Location | None] | None = None,
                 given: list[dict] | None = None) -> _Prepared:
        with self.sessions.begin() as session:
            contact = self._resolve_contact(session, number)
            return self.prepare_in(session, contact, kind, cid, text=text, template_name=template_name,
                                   template_language=template_language, params=params,
                                   audit_refusal=audit_refusal, reply_to=reply_to, media=media,
                                   message_type=message_type, automatic=automatic, links=links,
                                   heading=heading, given=given)

    def prepare_in(self, session: Session, contact: Contact, kind: str, cid: str, *, text: str | None = None,
                   template_name: str | None = None, template_language: str | None = None,
                   params: Params | None = None, audit_refusal: bool = True, reply_to: str | None = None,
                   now: datetime | None = None, media: tuple | None = None, message_type: str = "text",
                   automatic: str | None = None, links: dict[str, str] | None = None,
                   heading: tuple[str | None, template_header.Location | None] | None = None,
                   given: list[dict] | None = None) -> _Prepared:
        """Steps 1 and 2 in the caller's transaction (a campaign claims its recipients and stores their
        messages in one commit): ``may_send``, then the message stored as ``pending``; the caller commits
        before the request leaves. ``links``: the link buttons' values, ``heading``: (the title's value, the
        place), both checked against the template; ``given``: header or button components made elsewhere (the
        stored message shows them too)."""
        decision = policy.may_send(session, contact, kind, template_name=template_name,
                                   template_language=template_language)
        components = None
        if decision.allowed and links is not None:
            try:
                components = link_buttons.components(decision.template, links)
            except link_buttons.LinkValueRefused as exc:
                decision = policy.Decision(False, "link_value", exc.args[0], decision.template)
        header = None
        if decision.allowed and heading is not None:
            try:
                header = template_header.components(decision.template, *heading)
            except template_header.HeaderValueRefused as exc:
                decision = policy.Decision(False, "header_value", exc.args[0], decision.template)
        if not decision.allowed:
            outcome = SendOutcome(False, decision, correlation_id=cid)
            if audit_refusal:
                self._refusal_record(session, outcome, contact.phone_e164, kind, template_name)
            return _Prepared(outcome)
        conv = self._conversations(session, [contact])[contact.id]
        message = self._pending(conv, contact, kind, cid, decision.template, text=text, template_name=template_name,
                                template_language=template_language, params=params, reply_to=reply_to,
                                now=now or utcnow(), message_type=message_type, automatic=automatic,
                                request=[*(header or []), *(given or []), *(components or [])])
        session.add(message)
        if media is not None:
            self._keep_file(session, message, *media, as_type=kind == policy.FREE_FORM)
        if automatic:
            audit.record(session, "auto_reply", actor="system", subject=contact.phone_e164,
                         details={"kind": automatic}, correlation_id=cid)
        session.flush()
        return _Prepared(None, message_id=message.id, to=phones.wa_digits(contact.phone_e164), message=message,
                         buttons=components, header=header)

    def prepare_templates_in(self, session: Session, items: list[tuple[Contact, str, Params | None]],
                             template_name: str, template_language: str, *, now: datetime | None = None,
                             requests: list[list[dict] | None] | None = None) -> list[_Prepared]:
        """``prepare_in`` of one template for many (contact, correlation id, params), in a few queries:
        ``may_send`` for each (``policy.may_send_templates``), refusals audited, the allowed stored as
        pending. The results are in the order of ``items``; ``requests``: each item's header and button
        components, in the same order (the stored message shows them)."""
        now = now or utcnow()
        decisions = policy.may_send_templates(session, [c for c, _, _ in items], template_name, template_language)
        conversations = self._conversations(session, [c for (c, _, _), d in zip(items, decisions, strict=True)
                                                      if d.allowed])
        results: list[_Prepared] = []
        for position, ((contact, cid, params), decision) in enumerate(zip(items, decisions, strict=True)):
            if not decision.allowed:
                outcome = SendOutcome(False, decision, correlation_id=cid)
                self._refusal_record(session, outcome, contact.phone_e164, policy.TEMPLATE, template_name)
                results.append(_Prepared(outcome))
                continue
            message = self._pending(conversations[contact.id], contact, policy.TEMPLATE, cid, decision.template,
                                    template_name=template_name, template_language=template_language,
                                    params=params, now=now, request=requests[position] if requests else None)
            session.add(message)
            results.append(_Prepared(None, to=phones.wa_digits(contact.phone_e164), message=message))
        session.flush()  # the messages' ids, in one go
        for prepared in results:
            if prepared.message is not None:
                prepared.message_id = prepared.message.id
        return results

    def _conversations(self, session: Session, contacts: list[Contact]) -> dict[int, Conversation]:
        """Each contact's conversation on this number (created when missing), by contact id."""
        ids = [c.id for c in contacts]
        found: dict[int, Conversation] = {}
        if ids:
            for conv in session.scalars(select(Conversation).where(
                    Conversation.contact_id.in_(ids), Conversation.phone_number_id == self.phone_number_id)
                    .order_by(Conversation.id)):
                found.setdefault(conv.contact_id, conv)
        missing = [Conversation(contact_id=i, phone_number_id=self.phone_number_id, unread_count=0)
                   for i in dict.fromkeys(ids) if i not in found]
        if missing:
            session.add_all(missing)
            session.flush()
            found.update((conv.contact_id, conv) for conv in missing)
        return found

    @staticmethod
    def _pending(conv: Conversation, contact: Contact, kind: str, cid: str, template: MessageTemplate | None, *,
                 text: str | None = None, template_name: str | None = None, template_language: str | None = None,
                 params: Params | None = None, reply_to: str | None = None, now: datetime,
                 message_type: str = "text", automatic: str | None = None,
                 request: list[dict] | None = None) -> Message:
        conv.last_message_at = now
        return Message(**pending_values(conv.id, contact.id, kind, cid, template, text=text,
                                        template_name=template_name, template_language=template_language,
                                        params=params, reply_to=reply_to, now=now, message_type=message_type,
                                        automatic=automatic, request=request))

    @staticmethod
    def _keep_file(session: Session, message: Message, attachment: Any, data: bytes, media_root: Path,
                   stored: str | None, *, as_type: bool = True) -> None:
        """The outbound message's own ``MediaFile`` (its bubble shows the file): the outbox's copy, or a new one.
        ``as_type`` False: the file is a template's header; the message stays a ``template``."""
        digest = hashlib.sha256(data).hexdigest()
        media = MediaFile(direction="out", mime_type=attachment.mime, sha256=digest, size=len(data),
                          filename=attachment.filename, downloaded_at=utcnow())
        session.add(media)
        session.flush()
        if stored is None:
            stored = storage.relative_for(media.id, digest, attachment.mime, attachment.filename)
            storage.write_atomic(Path(media_root) / stored, data)
        media.local_path = stored
        message.media_mime, message.media_file_id = attachment.mime, media.id
        if as_type:
            message.type = attachment.kind

    def _refusal_record(self, session: Session, outcome: SendOutcome, subject: str | None, kind: str,
                        template_name: str | None) -> None:
        # the reason code, not the sentence: the sentence names the contact, and erasure scrubs numbers only
        audit.record(session, "send_refused", actor=self.actor, subject=subject,
                     details={"kind": kind, "template": template_name, "reason_code": outcome.decision.reason_code},
                     correlation_id=outcome.correlation_id)

    def _audit_refusal(self, outcome: SendOutcome, number: str, template_name: str) -> None:
        with self.sessions.begin() as session:
            subject = self._resolve_contact(session, number).phone_e164
            self._refusal_record(session, outcome, subject, policy.TEMPLATE, template_name)

    def _accepted(self, message_id: int, result: Any, cid: str) -> SendOutcome:
        with self.sessions.begin() as session:
            return self.accepted_in(session, session.get(Message, message_id), result, cid)

    def accepted_in(self, session: Session, message: Message, result: Any, cid: str, *,
                    statuses_waiting: bool = True) -> SendOutcome:
        """Step 3 on success, in the caller's transaction: Meta's wamid stored, early statuses applied
        (``statuses_waiting`` False: the caller knows none arrived for this wamid before it)."""
        message.wamid = result.wamid
        message.status = "accepted"
        message.status_at = utcnow()
        reconciled = reconcile_pending(session, message) if statuses_waiting else 0
        contact = session.get(Contact, message.contact_id)
        wa_id = getattr(result, "wa_id", None)
        if wa_id and contact.wa_id != wa_id:  # Meta may normalise the number (e.g. Brazil's 9th digit)
            contact.wa_id = wa_id
        audit.record(session, "message_sent", actor=self.actor, subject=contact.phone_e164,
                     details={"message_id": message.id, "wamid": result.wamid, "type": message.type,
                              "template": message.template_name,
                              "message_status": getattr(result, "message_status", None),
                              "statuses_reconciled": reconciled}, correlation_id=cid)
        return SendOutcome(True, policy.ALLOWED, message_id=message.id, wamid=result.wamid, correlation_id=cid,
                           changes=Changes(conversations={message.conversation_id}, messages={message.id}))

    def _unconfirmed_in(self, session: Session, message: Message, exc: UnconfirmedSend, code: int | None,
                        explanation: str, cid: str, changes: Changes, now: datetime) -> SendOutcome:
        """The send may have reached the customer: ``unconfirmed`` with the reason, never sent again by itself.
        Statuses sync already stored for this send (waiting, as their wamid was unknown) are applied now."""
        message.status, message.status_at = UNCONFIRMED, now
        message.error_code = code
        message.error_title = (exc.title or type(exc).__name__)[:200]
        message.error_text = explanation
        contact = session.get(Contact, message.contact_id)
        audit.record(session, "send_unconfirmed", actor=self.actor, subject=contact.phone_e164,
                     details={"message_id": message.id, "error_code": code, "http_status": exc.http_status,
                              "error": str(exc)[:500]}, correlation_id=cid)
        log.warning("send unconfirmed (%s): %s", code or exc.http_status or "no answer", exc)
        adopt_waiting_statuses(session, message)
        return SendOutcome(False, policy.ALLOWED, message_id=message.id, wamid=message.wamid, error_code=code,
                           error=explanation, correlation_id=cid, exc=exc, changes=changes)

    def _failed(self, message_id: int, exc: Exception, cid: str) -> SendOutcome:
        with self.sessions.begin() as session:
            return self.failed_in(session, session.get(Message, message_id), exc, cid)

    def failed_in(self, session: Session, message: Message, exc: BaseException, cid: str) -> SendOutcome:
        """Step 3 on a Graph error, in the caller's transaction: the message failed with Meta's code, or (an
        ``UnconfirmedSend``) its outcome is unknown."""
        code = getattr(exc, "code", None)
        code = code if isinstance(code, int) else None
        explanation = getattr(exc, "explanation", None) or str(exc) or type(exc).__name__
        changes = Changes(conversations={message.conversation_id}, messages={message.id})
        now = utcnow()
        if isinstance(exc, UnconfirmedSend):
            return self._unconfirmed_in(session, message, exc, code, str(explanation), cid, changes, now)
        message.status = "failed"
        message.status_at = message.failed_at = now
        message.error_code = code
        message.error_title = getattr(exc, "title", None) or type(exc).__name__
        message.error_text = getattr(exc, "details", None) or explanation
        contact = session.get(Contact, message.contact_id)
        if opt_out_if_marketing_stopped(session, message, code, occurred_at=now, correlation_id=cid,
                                        actor=self.actor) is not None:
            changes.contacts.add(contact.id)
        audit.record(session, "send_failed", actor=self.actor, subject=contact.phone_e164,
                     details={"message_id": message.id, "error_code": code, "error": explanation[:500]},
                     correlation_id=cid)
        if code is None and not hasattr(exc, "explanation"):
            log.error("send failed unexpectedly", exc_info=exc)
        else:
            log.warning("send failed (%s): %s", code, explanation)
        return SendOutcome(False, policy.ALLOWED, message_id=message.id, error_code=code, error=explanation,
                           correlation_id=cid, exc=exc, changes=changes)
