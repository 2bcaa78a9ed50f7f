"""Message templates: the local copy of what Meta has, refreshed from the Graph API."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop import correlation
from klaros_desktop.models import MessageTemplate
from klaros_desktop.services.core import audit
from klaros_desktop.services.core.changes import Changes


def all_templates(session: Session) -> list[MessageTemplate]:
    """Every template of the WABA, by name and language, for the templates screen."""
    return list(session.scalars(select(MessageTemplate).order_by(MessageTemplate.name, MessageTemplate.language)))


@dataclass(frozen=True)
class Refreshed:
    """What ``refresh`` did: how many templates Meta listed, and the rows that stored them."""

    count: int
    changes: Changes


def store(session: Session, items: list[dict[str, Any]]) -> int:
    """Upsert Meta's template objects by (name, language); returns how many were stored."""
    return len(_upsert(session, items))


def _upsert(session: Session, items: list[dict[str, Any]]) -> list[MessageTemplate]:
    stored = []
    for item in items:
        name, language = item.get("name"), item.get("language")
        if not name or not language:
            continue
        template = session.scalar(select(MessageTemplate).where(MessageTemplate.name == name,
                                                                MessageTemplate.language == language))
        if template is None:
            template = MessageTemplate(name=name, language=language)
            session.add(template)
        template.meta_id = str(item["id"]) if item.get("id") is not None else template.meta_id
        template.status = str(item.get("status") or template.status or "PENDING")
        template.category = item.get("category") or template.category
        template.components = item.get("components") or template.components
        template.parameter_format = item.get("parameter_format") or template.parameter_format
        quality = item.get("quality_score")
        if isinstance(quality, dict):
            quality = quality.get("score")
        template.quality_score = quality or template.quality_score
        template.rejected_reason = item.get("rejected_reason") or template.rejected_reason
        stored.append(template)
    session.flush()
    return stored


async def refresh(sessions: sessionmaker[Session], graph: Any) -> Refreshed:
    """Fetch every template from Meta and store it; the Graph requests and the audit row share the caller's
    correlation id (a send's, when a send asked for the refresh) or a new one."""
    with correlation.correlated(correlation.current(), prefix="ui") as cid:
        items = await graph.list_templates()

        def _store() -> Refreshed:
            with sessions.begin() as session:
                stored = _upsert(session, items)
                audit.record(session, "templates_refreshed", actor="system", details={"count": len(stored)},
                             correlation_id=cid)
                return Refreshed(len(stored), Changes(templates={t.id for t in stored}))

        return await asyncio.to_thread(_store)


async def fetch_named(sessions: sessionmaker[Session], graph: Any, template_ids: set[int]) -> Refreshed:
    """Fetch from Meta the templates a webhook named and store them whole.

    Meta's ``message_template_status_update`` (and the category and quality updates) carry no components: an
    approved template would show empty and a send would fail with 132000 until the full list was asked for.
    Templates without Meta's id are fetched with the full list instead."""
    with correlation.correlated(correlation.current(), prefix="sync") as cid:

        def _ids() -> tuple[list[str], bool]:
            with sessions() as session:
                rows = session.scalars(select(MessageTemplate).where(MessageTemplate.id.in_(template_ids))).all()
                return [t.meta_id for t in rows if t.meta_id], any(not t.meta_id for t in rows)

        meta_ids, need_list = await asyncio.to_thread(_ids)
        items = [await graph.get_template(meta_id, correlation_id=cid) for meta_id in meta_ids]
        if need_list:
            items.extend(await graph.list_templates())

        def _store() -> Refreshed:
            with sessions.begin() as session:
                stored = _upsert(session, items)
                audit.record(session, "templates_fetched", actor="sync", details={"count": len(stored)},
                             correlation_id=cid)
                return Refreshed(len(stored), Changes(templates={t.id for t in stored}))

        return await asyncio.to_thread(_store)
