"""Meta's template webhooks: review outcome (approved, rejected with its reason, paused...), category, quality, and
the texts of an edited template (``message_template_components_update``).

A template we have not fetched yet is created from the update, so the Templates page shows it at once. None of
these webhooks carries the whole template (no examples, no media header, no quick replies in the components
update), so every template they name is in the batch's change report and the sync service then fetches it whole
(``SyncService.fetch_named``, for the app and ``klaros sync`` alike); what they do carry is stored at once, for a
screen that is offline.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from klaros_desktop.models import MessageTemplate
from klaros_desktop.services.core import audit

if TYPE_CHECKING:
    from klaros_desktop.services.inbound.apply import ApplyStats

FIELDS = ("message_template_status_update", "template_category_update", "message_template_quality_update",
          "message_template_components_update")
VARIABLE = re.compile(r"\{\{\s*([A-Za-z0-9_]+)\s*\}\}")
CATEGORY_ANNOUNCED = "template_category_change_announced"


def apply_update(session: Session, field_name: str, value: dict, stats: ApplyStats) -> None:
    """Apply one of ``FIELDS`` to the template it names (by name and language)."""
    name = value.get("message_template_name")
    language = value.get("message_template_language")
    if not name or not language:
        stats.ignored.append(f"{field_name} without name/language")
        return
    template = session.scalar(select(MessageTemplate).where(
        MessageTemplate.name == name, MessageTemplate.language == language))
    if template is None:
        template = MessageTemplate(name=name, language=language, status="PENDING")
        session.add(template)
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
        # Meta's impending notice names the current category as new_category and the coming one as
        # correct_category; the completed change names the previous and the new one.
        template.category = value.get("new_category") or template.category
        if value.get("correct_category"):
            when = value.get("category_update_timestamp")
            at = datetime.fromtimestamp(int(when), UTC) if str(when or "").isdigit() else None
            template.category_coming, template.category_coming_at = value["correct_category"], at
            audit.record(session, CATEGORY_ANNOUNCED, actor="meta", subject=name, details={
                "language": language, "category": value.get("new_category"),
                "correct_category": value["correct_category"], "at": at.isoformat() if at else None})
        else:  # the change itself: what was announced is done (or overtaken)
            template.category_coming = template.category_coming_at = None
    elif field_name == "message_template_components_update":
        template.components = with_texts(list(template.components or []), value)
    else:
        template.quality_score = value.get("new_quality_score") or template.quality_score
    session.flush()
    stats.templates += 1
    stats.changes.templates.add(template.id)


def with_texts(components: list[dict[str, Any]], value: dict[str, Any]) -> list[dict[str, Any]]:
    """``components`` with the texts a ``message_template_components_update`` carries: the body, a text header
    (``message_template_title``, absent when there is none), the footer (absent when there is none) and the text,
    link and number of link and call buttons, matched in order. A body example that no longer fits the values is
    dropped; the fetch that follows brings Meta's own."""
    out = [dict(c) for c in components]

    def find(kind: str) -> dict[str, Any] | None:
        return next((c for c in out if str(c.get("type", "")).upper() == kind), None)

    body = find("BODY")
    text = value.get("message_template_element")
    if isinstance(text, str):
        if body is None:
            body = {"type": "BODY"}
            out.append(body)
        if body.get("text") != text:
            body["text"] = text
            rows = (body.get("example") or {}).get("body_text") or []
            wanted = len(dict.fromkeys(VARIABLE.findall(text)))
            if not wanted or not rows or not isinstance(rows[0], list) or len(rows[0]) != wanted:
                body.pop("example", None)
    header = find("HEADER")
    title = value.get("message_template_title")
    if isinstance(title, str):
        if header is None:
            out.insert(0, {"type": "HEADER", "format": "TEXT", "text": title})
        elif str(header.get("format", "TEXT")).upper() == "TEXT":
            header["text"] = title
    elif header is not None and str(header.get("format", "TEXT")).upper() == "TEXT":
        out.remove(header)
    footer = find("FOOTER")
    said = value.get("message_template_footer")
    if isinstance(said, str):
        if footer is None:
            footer = {"type": "FOOTER"}
            buttons = find("BUTTONS")
            out.insert(out.index(buttons) if buttons is not None else len(out), footer)
        footer["text"] = said
    elif footer is not None:
        out.remove(footer)
    listed = [b for b in value.get("message_template_buttons") or [] if isinstance(b, dict)]
    holder = find("BUTTONS")
    if listed and holder is not None:
        buttons = [dict(b) for b in holder.get("buttons") or [] if isinstance(b, dict)]
        for kind, key in (("URL", "url"), ("PHONE_NUMBER", "phone_number")):
            ours = [b for b in buttons if str(b.get("type", "")).upper() == kind]
            theirs = [b for b in listed if str(b.get("message_template_button_type", "")).upper() == kind]
            if len(ours) == len(theirs):
                for button, new in zip(ours, theirs, strict=True):
                    button["text"] = new.get("message_template_button_text", button.get("text"))
                    button[key] = new.get(f"message_template_button_{key}", button.get(key))
        holder["buttons"] = buttons
    return out
