"""Meta's template webhooks: review outcome (approved, rejected with its reason, paused...), category, quality.

A template we have not fetched yet is created from the update, so the Templates page shows it at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from klaros_desktop.models import MessageTemplate

if TYPE_CHECKING:
    from klaros_desktop.services.inbound.apply import ApplyStats

FIELDS = ("message_template_status_update", "template_category_update", "message_template_quality_update")


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
        template.category = value.get("new_category") or template.category
    else:
        template.quality_score = value.get("new_quality_score") or template.quality_score
    session.flush()
    stats.templates += 1
    stats.changes.templates.add(template.id)
