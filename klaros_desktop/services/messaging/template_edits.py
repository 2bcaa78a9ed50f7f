"""Changing a template Meta already has (``POST /{template-id}``), for the template editor and ``klaros templates
edit`` alike.

Meta's rules (developers.facebook.com, WhatsApp "Template management", Edit templates), said before anything is
sent: only an approved, rejected or paused template can be changed; only its category and components (name and
language stay); an approved template keeps its category and may be changed once in 24 hours and ten times in 30
days, a rejected or paused one without limit. An edit replaces every component, so the editor holds every part
Klaros writes (text header with at most one value and its example, picture/video/document or map header, body
with its examples, numbered or named values, footer, quick replies, link, call and copy-code buttons); a media
header's example goes back as a fresh upload handle (``template_drafts.header_handle``: Meta shows the example as
a URL, which is fetched and uploaded again). A template with parts it cannot hold (an authentication template,
whose text Meta writes itself; form (flow) and catalogue buttons, which point at a form or a catalogue set up in
Meta's tools; carousel cards) is left to WhatsApp Manager rather than sent back without them. The count of
changes is Klaros's own (the ``template_edited`` rows of the audit trail): a change made in WhatsApp Manager is
not in it, and Meta's refusal then says so
(``graph.errors.template_refusal``). After the edit the template is in review (PENDING) until Meta's
``message_template_status_update`` webhook brings the outcome, as for a new template.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop import correlation
from klaros_desktop.graph.errors import GraphError
from klaros_desktop.models import AuditEvent, MessageTemplate, utcnow
from klaros_desktop.phrases import QT_TRANSLATE_NOOP, LocalTime, Phrase
from klaros_desktop.services.core import audit
from klaros_desktop.services.core.changes import Changes
from klaros_desktop.services.messaging import template_drafts
from klaros_desktop.services.messaging.template_drafts import Action, Draft

EDITABLE = ("APPROVED", "REJECTED", "PAUSED")
NAMED = re.compile(r"\{\{\s*[A-Za-z_]\w*\s*\}\}")  # {{first_name}}: the editor writes numbered values only
PER_DAY, PER_30_DAYS = 1, 10
WRITABLE_BUTTONS = ("QUICK_REPLY", "URL", "PHONE_NUMBER", template_drafts.COPY_CODE)
EDITED = "template_edited"

NOTHING_CHANGED = QT_TRANSLATE_NOOP("TemplateEdits", "Nothing has changed yet; change the text, a button or the "
                                                     "category first.")


class EditRefused(ValueError):
    """Meta's rules do not allow this change (the first argument says why, as a Phrase); nothing was sent."""


@dataclass(frozen=True)
class Editing:
    """A template as the editor opens it: its parts as a draft, and what Meta's rules allow now."""

    name: str
    language: str
    status: str
    category: str | None
    meta_id: str | None
    draft: Draft
    blocked: Phrase | None  # why it cannot be changed at all now; None: it can
    category_fixed: bool  # an approved template keeps its category


def draft_of(components: list[dict[str, Any]], name: str, language: str, category: str | None,
             parameter_format: str | None = None) -> Draft:
    """The editor's fields from Meta's components (the parts Klaros writes: text or media header, body with
    examples, footer, quick replies, link and call buttons)."""
    draft = Draft(name=name, language=language, category=category or "UTILITY",
                  parameter_format=(parameter_format or "POSITIONAL").upper())
    for component in components:
        kind = str(component.get("type", "")).upper()
        if kind == "HEADER":
            fmt = str(component.get("format", "TEXT")).upper()
            if fmt == "TEXT":
                draft.header = str(component.get("text") or "")
                example = component.get("example") if isinstance(component.get("example"), dict) else {}
                rows = example.get("header_text") or []
                named_rows = [p for p in example.get("header_text_named_params") or [] if isinstance(p, dict)]
                draft.title_example = str(rows[0] if rows and not isinstance(rows[0], list) else
                                          (rows[0][0] if rows and rows[0] else
                                           (named_rows[0].get("example", "") if named_rows else "")))
            elif fmt == template_drafts.LOCATION:
                draft.header_format = fmt
            else:
                handles = (component.get("example") or {}).get("header_handle") or [""]
                draft.header_format, draft.header_example = fmt, str(handles[0] or "")
        elif kind == "BODY":
            draft.body = str(component.get("text") or "")
            example = component.get("example") or {}
            rows = example.get("body_text") or []
            named = {str(p.get("param_name")): str(p.get("example", "")) for p in
                     example.get("body_text_named_params") or [] if isinstance(p, dict)}
            if draft.named():
                draft.examples = [named.get(n, "") for n in draft.variables()]
            else:
                draft.examples = [str(v) for v in rows[0]] if rows and isinstance(rows[0], list) else []
        elif kind == "FOOTER":
            draft.footer = str(component.get("text") or "")
        elif kind == "BUTTONS":
            buttons = [b for b in component.get("buttons") or [] if isinstance(b, dict)]
            draft.buttons = [str(b.get("text") or "") for b in buttons if str(b.get("type", "")).upper()
                             == "QUICK_REPLY"]
            for button in buttons:
                btype = str(button.get("type", "")).upper()
                if btype == "URL":
                    example = button.get("example") or [""]
                    draft.actions.append(Action("URL", str(button.get("text") or ""), str(button.get("url") or ""),
                                                str(example[0] if isinstance(example, list) else example)))
                elif btype == "PHONE_NUMBER":
                    draft.actions.append(Action("PHONE_NUMBER", str(button.get("text") or ""),
                                                str(button.get("phone_number") or "")))
                elif btype == template_drafts.COPY_CODE:
                    example = button.get("example") or ""
                    draft.actions.append(Action(btype, str(button.get("text") or ""),
                                                str(example[0] if isinstance(example, list) and example else
                                                    example)))
            draft.actions_first = bool(buttons) and str(buttons[0].get("type", "")).upper() != "QUICK_REPLY"
    return draft


def _writable(components: list[dict[str, Any]], category: str | None, parameter_format: str | None) -> bool:
    """Whether the editor holds every part of the template, so sending its draft back loses nothing."""
    named = (parameter_format or "POSITIONAL").upper() == "NAMED"
    if category not in template_drafts.CATEGORIES or (parameter_format or "POSITIONAL").upper() not in (
            "POSITIONAL", "NAMED"):
        return False
    for component in components:
        kind = str(component.get("type", "")).upper()
        text = str(component.get("text") or "")
        if kind not in ("HEADER", "BODY", "FOOTER", "BUTTONS") or (not named and NAMED.search(text)):
            return False
        if kind == "HEADER":
            fmt = str(component.get("format", "TEXT")).upper()
            if fmt not in ("TEXT", template_drafts.LOCATION, *template_drafts.MEDIA_HEADERS) or len(
                    template_drafts.ANY_VARIABLE.findall(text)) > 1:
                return False
        if kind == "BUTTONS" and any(str(b.get("type", "")).upper() not in WRITABLE_BUTTONS
                                     for b in component.get("buttons") or [] if isinstance(b, dict)):
            return False
    return True


def _approved_edits(session: Session, template: MessageTemplate, since: datetime) -> list[datetime]:
    """When Klaros changed this template while it was approved (oldest first), from the audit trail."""
    rows = session.scalars(select(AuditEvent).where(AuditEvent.action == EDITED,
                                                    AuditEvent.subject == template.name,
                                                    AuditEvent.at >= since).order_by(AuditEvent.at))
    return [r.at for r in rows if (r.details or {}).get("language") == template.language
            and (r.details or {}).get("status_before") == "APPROVED"]


def _blocked(session: Session, template: MessageTemplate, now: datetime) -> Phrase | None:
    if template.status == "PENDING":
        return QT_TRANSLATE_NOOP("TemplateEdits", "Meta is still reviewing this template; you can change it once "
                                                  "the review is over.")
    if template.status not in EDITABLE:
        return QT_TRANSLATE_NOOP("TemplateEdits", "Meta only lets you change approved, rejected or paused "
                                                  "templates; this one is {status}.").format(status=template.status)
    if not template.meta_id:
        return QT_TRANSLATE_NOOP("TemplateEdits", "Klaros does not know Meta's number for this template yet; "
                                                  "press “Refresh from Meta” first.")
    if not _writable(template.components or [], template.category, template.parameter_format):
        return QT_TRANSLATE_NOOP("TemplateEdits", "This template has parts Klaros cannot edit (an "
                                                  "authentication code, whose text Meta writes itself; form or "
                                                  "catalogue buttons, which point at a form or catalogue set up in "
                                                  "Meta's tools; or cards); change it in Meta's WhatsApp Manager.")
    if template.status != "APPROVED":
        return None
    month = _approved_edits(session, template, now - timedelta(days=30))
    today = [at for at in month if at > now - timedelta(days=1)]
    if len(today) >= PER_DAY:
        return QT_TRANSLATE_NOOP("TemplateEdits", "Meta lets you change an approved template once a day; you can "
                                                  "change this one again after {when}.").format(
            when=LocalTime(today[0] + timedelta(days=1), "day"))
    if len(month) >= PER_30_DAYS:
        return QT_TRANSLATE_NOOP("TemplateEdits", "Meta lets you change an approved template up to 10 times in 30 "
                                                  "days; the next change is possible after {when}.").format(
            when=LocalTime(month[len(month) - PER_30_DAYS] + timedelta(days=30), "day"))
    return None


def _find(session: Session, name: str, language: str) -> MessageTemplate:
    template = session.scalar(select(MessageTemplate).where(MessageTemplate.name == name,
                                                            MessageTemplate.language == language))
    if template is None:
        raise EditRefused(QT_TRANSLATE_NOOP("TemplateEdits", "There is no template {name} in {language} here; "
                                                             "refresh the templates from Meta first.").format(
            name=name, language=language))
    return template


def _editing(session: Session, template: MessageTemplate, now: datetime) -> Editing:
    components = list(template.components or [])
    return Editing(name=template.name, language=template.language, status=template.status,
                   category=template.category, meta_id=template.meta_id,
                   draft=draft_of(components, template.name, template.language, template.category,
                                  template.parameter_format),
                   blocked=_blocked(session, template, now), category_fixed=template.status == "APPROVED")


def prepare(sessions: sessionmaker[Session], name: str, language: str, *, now: datetime | None = None) -> Editing:
    """The template ``name`` in ``language`` as the editor opens it (``EditRefused`` when there is none)."""
    with sessions() as session:
        return _editing(session, _find(session, name, language), now or utcnow())


def problems(editing: Editing, draft: Draft) -> list[Phrase]:
    """What Meta would refuse about this change, in words; empty when it may be sent (unchanged is ``changed``'s)."""
    if editing.blocked:
        return [editing.blocked]
    said = []
    if (draft.name, draft.language) != (editing.name, editing.language):
        said.append(QT_TRANSLATE_NOOP("TemplateEdits", "Name and language of a template cannot be changed; create "
                                                       "a new template instead."))
    if editing.category_fixed and draft.category != editing.category:
        said.append(QT_TRANSLATE_NOOP("TemplateEdits", "Meta does not let you change the category of an approved "
                                                       "template; create a new template instead."))
    return said + template_drafts.problems(draft)


def changed(editing: Editing, draft: Draft) -> bool:
    """Whether the draft differs from the template as opened (compared as the editor writes both, so keys Meta
    adds to its copy do not count as a change, which would spend one of an approved template's edits)."""
    return (draft.components() != editing.draft.components() or draft.category != editing.category
            or bool(draft.media() and draft.header_file))


def _record_refusal(sessions: sessionmaker[Session], name: str, details: dict, actor: str, cid: str) -> None:
    with sessions.begin() as session:
        audit.record(session, "template_edit_refused", actor=actor, subject=name, details=details, correlation_id=cid)


async def edit(sessions: sessionmaker[Session], graph: Any, draft: Draft, *, actor: str = "user",
               now: datetime | None = None) -> Changes:
    """Send the changed template (``draft.name`` in ``draft.language``) to Meta and keep it as in review.

    ``EditRefused`` when Meta's rules do not allow it (nothing sent); Meta's refusal is raised as the Graph client
    raises it, and audited as ``template_edit_refused``."""
    with correlation.correlated(correlation.current(), prefix="ui" if actor == "user" else actor) as cid:
        editing = await asyncio.to_thread(prepare, sessions, draft.name, draft.language, now=now)
        found = problems(editing, draft)
        if found:
            raise EditRefused(found[0])
        if not changed(editing, draft):
            raise EditRefused(NOTHING_CHANGED)
        category = draft.category if draft.category != editing.category else None
        subject = {"language": editing.language, "meta_id": editing.meta_id, "status_before": editing.status}
        try:
            handle = await template_drafts.header_handle(graph, draft, correlation_id=cid)
            components = draft.components(header_handle=handle)
            await graph.edit_template(editing.meta_id, category=category, components=components, correlation_id=cid)
        except GraphError as exc:
            await asyncio.to_thread(_record_refusal, sessions, editing.name, {**subject, "code": exc.code}, actor,
                                    cid)
            raise

        def _store() -> Changes:
            with sessions.begin() as session:
                template = _find(session, editing.name, editing.language)
                template.status = "PENDING"
                template.category = draft.category
                template.components = components
                template.rejected_reason = None
                audit.record(session, EDITED, actor=actor, subject=editing.name,
                             details={**subject, "category": draft.category}, correlation_id=cid)
                return Changes(templates={template.id})

        return await asyncio.to_thread(_store)
