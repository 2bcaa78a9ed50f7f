"""What a sent template showed the customer, kept with the message: the header (a title with its value filled in,
a map's place, or the kind of file at the top), the body with its values, the footer and the buttons (quick
replies, link buttons with their filled-in address, a call button), as ``messages.template_parts``; and the
message's ``text``, which search and the export read: the title (or the place), the body and the footer, a line
each.

Both come from the template as Klaros has it and the request's own components (``header``, ``body``, ``button``
as Meta takes them), so the one-contact send, the outbox and a campaign (whose values are frozen at launch) store
exactly what their request said. Plain data: the thread's bubble draws the parts (``ui.template_bubble``).
"""

from __future__ import annotations

import re
from typing import Any

from klaros_desktop.models import MessageTemplate

_VAR = re.compile(r"\{\{\s*([A-Za-z0-9_]+)\s*\}\}")
MEDIA_HEADERS = ("image", "video", "document")


def _of_type(components: list[Any] | None, kind: str) -> list[dict[str, Any]]:
    return [c for c in components or [] if isinstance(c, dict) and str(c.get("type", "")).lower() == kind]


def _text_values(component: dict[str, Any] | None) -> tuple[list[str], dict[str, str]]:
    """A request component's text parameters: in order, and by name for named ones."""
    ordered: list[str] = []
    named: dict[str, str] = {}
    for param in (component or {}).get("parameters") or []:
        if isinstance(param, dict) and param.get("type") == "text":
            value = str(param.get("text") or "")
            ordered.append(value)
            if param.get("parameter_name"):
                named[str(param["parameter_name"])] = value
    return ordered, named


def _fill(text: str, ordered: list[str], named: dict[str, str]) -> str:
    def value(match: re.Match[str]) -> str:
        key = match.group(1)
        if key in named:
            return named[key]
        index = int(key) - 1 if key.isdigit() else -1
        return ordered[index] if 0 <= index < len(ordered) else match.group(0)

    return _VAR.sub(value, text)


def parts(template: MessageTemplate | None, request: list[dict[str, Any]] | None) -> dict[str, Any] | None:
    """The message as the customer got it: ``{"header": {...}, "body": str, "footer": str, "buttons": [...]}``
    (each key only when the template has it). ``header``: ``{"kind": "text", "text": ...}``,
    ``{"kind": "location", "name", "address", "latitude", "longitude"}`` or ``{"kind": "image"|"video"|"document"}``;
    each button ``{"type": "QUICK_REPLY"|"URL"|"PHONE_NUMBER"|..., "text": ..., "url"/"phone"/"code": ...}``. None when
    the template is not known here (only the body's values can be shown then)."""
    if template is None or not template.components:
        return None
    header_request = next(iter(_of_type(request, "header")), None)
    body_values = _text_values(next(iter(_of_type(request, "body")), None))
    links = {str(c.get("index")): _text_values(c)[0] for c in _of_type(request, "button")
             if str(c.get("sub_type", "")).lower() == "url"}
    codes = {str(c.get("index")): str(p.get("coupon_code") or "") for c in _of_type(request, "button")
             if str(c.get("sub_type", "")).lower() == "copy_code"
             for p in (c.get("parameters") or [])[:1] if isinstance(p, dict)}
    out: dict[str, Any] = {}
    for component in template.components:
        if not isinstance(component, dict):
            continue
        kind = str(component.get("type", "")).upper()
        if kind == "HEADER":
            out["header"] = _header(component, header_request)
        elif kind == "BODY" and component.get("text"):
            out["body"] = _fill(str(component["text"]), *body_values)
        elif kind == "FOOTER" and component.get("text"):
            out["footer"] = str(component["text"])
        elif kind == "BUTTONS":
            buttons = []
            for index, button in enumerate(component.get("buttons") or []):
                if not isinstance(button, dict):
                    continue
                shown: dict[str, Any] = {"type": str(button.get("type", "")).upper(),
                                         "text": str(button.get("text") or "")}
                if shown["type"] == "URL" and button.get("url"):
                    value = links.get(str(index))
                    shown["url"] = _fill(str(button["url"]), value, {}) if value else str(button["url"])
                elif shown["type"] == "PHONE_NUMBER" and button.get("phone_number"):
                    shown["phone"] = str(button["phone_number"])
                elif shown["type"] == "COPY_CODE" and codes.get(str(index)):
                    shown["code"] = codes[str(index)]
                buttons.append(shown)
            if buttons:
                out["buttons"] = buttons
    return out or None


def _header(component: dict[str, Any], request: dict[str, Any] | None) -> dict[str, Any]:
    fmt = str(component.get("format") or "TEXT").lower()
    params = [p for p in (request or {}).get("parameters") or [] if isinstance(p, dict)]
    if fmt == "text":
        ordered, named = _text_values(request)
        return {"kind": "text", "text": _fill(str(component.get("text") or ""), ordered, named)}
    if fmt == "location":
        place = next((p.get("location") for p in params if p.get("type") == "location"), None) or {}
        return {"kind": "location", **{k: place[k] for k in ("name", "address", "latitude", "longitude")
                                       if place.get(k) not in (None, "")}}
    return {"kind": fmt}


def text(shown: dict[str, Any] | None) -> str | None:
    """What search and the export find: the title (or the map's place), the body and the footer, a line each."""
    if not shown:
        return None
    header = shown.get("header") or {}
    top = header.get("text") if header.get("kind") == "text" else \
        ", ".join(str(header[k]) for k in ("name", "address") if header.get(k)) if header.get("kind") == "location" \
        else None
    lines = [line for line in (top, shown.get("body"), shown.get("footer")) if line]
    return "\n".join(lines) or None
