"""A campaign's header besides a file: a text header's variable (filled per recipient from the same sources as the
body's, frozen at launch) and the one location of a map header (LOCATION); and the ``header`` component each
request carries, whatever the header is.

Where the values live: ``campaigns.header_params`` holds ``{"name": VARIABLE, "source": {...}}`` for a text
header or ``{"location": {...}}`` for a map; ``campaign_recipients.header_params`` each recipient's
``{VARIABLE: value}``. A picture, video or document stays in ``campaigns.header_media`` (``header_upload``).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from klaros_desktop.models import Campaign
from klaros_desktop.phrases import QT_TRANSLATE_NOOP, Phrase
from klaros_desktop.services.media import header_media as header_mod
from klaros_desktop.services.messaging.template_header import (  # noqa: F401  (campaigns name them from here)
    NAME_MAX,
    Location,
    LocationRefused,
    text_component,
)

LOCATION = "location"
# a kept media id is uploaded again once it is this old: Meta forgets uploads after 30 days, and a run that starts
# just before that must not meet the end of it half-way
REFRESH_AFTER = timedelta(days=29)


def location_of(campaign: Campaign) -> Location | None:
    data = (campaign.header_params or {}).get(LOCATION)
    return Location.from_json(data) if data else None


def text_source(campaign: Campaign) -> tuple[str, dict[str, Any]] | None:
    """(the text header's variable, its source as stored) or None."""
    data = campaign.header_params or {}
    return (str(data["name"]), data["source"]) if data.get("source") else None


def fixed_components(campaign: Campaign) -> list[dict[str, Any]]:
    """The header every recipient gets alike: the file by Meta's id, or the location; [] for none (or a text
    header, which is each recipient's own: ``recipient_components``)."""
    location = location_of(campaign)
    if location is not None:
        return [location.component()]
    header = header_mod.HeaderMedia.from_json(campaign.header_media)
    return [header.component()] if header is not None and header.media_id else []


def recipient_components(fixed: list[dict[str, Any]], header_params: dict[str, str] | None) -> list[dict[str, Any]]:
    """The ``header`` component of one recipient's request: the campaign's fixed one, else its own text."""
    return fixed or text_component(header_params)


def needs_upload(header: header_mod.HeaderMedia | None, now: datetime) -> bool:
    """Whether the campaign's file has to be uploaded before a run: never yet, or its kept id is old enough that
    Meta may forget it during the run. An id the owner gave (no file here) cannot be uploaded again."""
    if header is None or not header.path:
        return False
    if not header.media_id:
        return True
    if not header.uploaded_at:
        return False
    try:
        uploaded = datetime.fromisoformat(header.uploaded_at)
    except ValueError:
        return True
    if uploaded.tzinfo is None and now.tzinfo is not None:
        uploaded = uploaded.replace(tzinfo=now.tzinfo)
    return now - uploaded >= REFRESH_AFTER


def with_media_id(components: list[dict[str, Any]] | None, old: str, new: str) -> list[dict[str, Any]] | None:
    """``components`` with the header's file named by ``new`` instead of ``old``."""
    if not components:
        return components
    out = []
    for component in components:
        if component.get("type") == "header":
            params = []
            for param in component.get("parameters") or []:
                kind = param.get("type")
                media = param.get(kind) if isinstance(param.get(kind), dict) else None
                if media is not None and media.get("id") == old:
                    param = {**param, kind: {**media, "id": new}}
                params.append(param)
            component = {**component, "parameters": params}
        out.append(component)
    return out


def media_id_in(components: list[dict[str, Any]] | None) -> str | None:
    """The media id the request's header names, if any."""
    for component in components or []:
        if component.get("type") == "header":
            for param in component.get("parameters") or []:
                media = param.get(param.get("type"))
                if isinstance(media, dict) and media.get("id"):
                    return str(media["id"])
    return None


def location_missing_sentence() -> Phrase:
    return QT_TRANSLATE_NOOP("Campaigns", "The template shows a map at the top: give the place (latitude, "
                             "longitude, name and address) before the campaign starts.")


def text_missing_sentence(name: str) -> Phrase:
    return QT_TRANSLATE_NOOP("Campaigns", "The template's title at the top has a variable ({variable}): give "
                             "where its text comes from.").format(variable="{{" + name + "}}")
