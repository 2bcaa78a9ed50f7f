"""A template message as WhatsApp shows it, as rich text: the title bold (or the map's place), the body, the footer
small and grey, then each button on its own line under a thin grey rule, in the accent colour with its mark. Written
once for the templates page's preview (and the template editor's, through ``templates_page.preview_html``), for
a sent template's bubble in the thread (``delegates.BubbleDelegate``, from the stored
``messaging.sent_template`` parts), and for a template about to be sent with one contact's values (``draft_html``:
the inbox's template picker and the campaign builder's preview).
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# a link, a call, a quick reply, a code to copy
BUTTON_MARKS = {"URL": "↗ ", "PHONE_NUMBER": "☎ ", "QUICK_REPLY": "↩ ", "COPY_CODE": "❐ "}
COPY_CODE_WORD = QT_TRANSLATE_NOOP("TemplatesPage", "Copy code")  # WhatsApp's own label for the button


def button_label(button: dict[str, Any]) -> str:
    """A button's label as WhatsApp shows it: its text, or for a copy-code button (which has none) "Copy code"."""
    text = str(button.get("text") or "")
    if not text and str(button.get("type", "")).upper() == "COPY_CODE":
        return QCoreApplication.translate("TemplatesPage", COPY_CODE_WORD)
    return text


def _escaped(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _mix(colour: str, other: str, share: float) -> str:
    """``colour`` with ``share`` of ``other`` mixed in (both ``#rrggbb``)."""
    a, b = (tuple(int(x[i:i + 2], 16) for i in (1, 3, 5)) for x in (colour, other))
    return "#" + "".join(f"{round(p + (q - p) * share):02x}" for p, q in zip(a, b, strict=True))


def bubble_html(colours: Any, *, header: str = "", body: str = "", footer: str = "",
                buttons: list[tuple[str, str, str]] = (), background: str | None = None,
                button_colour: str | None = None) -> str:
    """The bubble from rich-text pieces already escaped: ``header`` (shown as given: a bold title or a note),
    ``body``, ``footer``; ``buttons`` as (Meta's type, label, a small line under it or "") in Meta's order.
    ``background``: the bubble's colour, so the rules above the buttons are faint on it; ``button_colour``: the
    buttons' text (the accent colour when not given)."""
    c = colours
    rule = _mix(c.muted, background, 0.55) if background else c.muted
    button_colour = button_colour or c.accent
    parts = []
    if header:
        parts.append(f"<p style='margin-bottom:4px'>{header}</p>")
    if body:
        parts.append(f"<p>{body}</p>")
    if footer:
        parts.append(f"<p style='color:{c.muted}; font-size:small; margin-top:4px'>{footer}</p>")
    for kind, label, under in buttons:
        mark = BUTTON_MARKS.get(kind.upper(), "")
        line = f"<br><span style='color:{c.muted}; font-size:small; font-weight:normal'>{under}</span>" if under \
            else ""
        parts.append(f"<hr style='background-color:{rule}'>"
                     f"<p align='center' style='color:{button_colour}; margin-top:2px'>"
                     f"<b>{html.escape(mark)}{label}</b>{line}</p>")
    return "".join(parts)


def sent_html(parts: dict[str, Any], colours: Any, *, background: str | None = None,
              button_colour: str | None = None) -> str:
    """A sent template's bubble from its stored parts (``messaging.sent_template.parts``). A picture, video or
    document at the top is the bubble's file tile, drawn apart; a link button shows its filled-in address under
    its label, a call button its number."""
    c = colours
    header = parts.get("header") or {}
    top = ""
    if header.get("kind") == "text" and header.get("text"):
        top = f"<b>{_escaped(str(header['text']))}</b>"
    elif header.get("kind") == "location":
        # the map itself is WhatsApp's picture of the coordinates: said in words, with the place under it
        name = QCoreApplication.translate("TemplateBubble", "Map: {place}").format(place=str(header.get("name") or ""))
        place = [f"<b>{_escaped(name)}</b>"]
        if header.get("address"):
            place.append(f"<span style='color:{c.muted}'>{_escaped(str(header['address']))}</span>")
        top = "<br>".join(place)
    buttons = [(str(b.get("type") or ""), _escaped(button_label(b)),
                _escaped(str(b.get("url") or b.get("phone") or b.get("code") or "")))
               for b in parts.get("buttons") or [] if isinstance(b, dict)]
    return bubble_html(c, header=top, body=_escaped(str(parts.get("body") or "")),
                       footer=_escaped(str(parts.get("footer") or "")), buttons=buttons, background=background,
                       button_colour=button_colour)


def draft_html(template: Any, colours: Any, *, header: str = "", body: str = "", under: dict[str, str] | None = None,
               background: str | None = None) -> str:
    """A template about to be sent, as the customer will see it: ``header`` and ``body`` rich text already escaped
    (this contact's values filled in, a missing one marked), then the template's own footer and every button in
    Meta's order, with ``under[index]`` (rich text: a link's filled-in address, a code) under its label; a call
    button shows its number there, a fixed link its address, as in the thread."""
    footer = ""
    shown: list[tuple[str, str, str]] = []
    for component in getattr(template, "components", None) or []:
        if not isinstance(component, dict):
            continue
        kind = str(component.get("type", "")).upper()
        if kind == "FOOTER" and component.get("text"):
            footer = _escaped(str(component["text"]))
        elif kind == "BUTTONS":
            for index, button in enumerate(component.get("buttons") or []):
                if not isinstance(button, dict):
                    continue
                line = (under or {}).get(str(index))
                if line is None:
                    line = _escaped(str(button.get("phone_number") or button.get("url") or ""))
                shown.append((str(button.get("type") or ""), _escaped(button_label(button)), line))
    return bubble_html(colours, header=header, body=body, footer=footer, buttons=shown, background=background)


def bubble_style(colours: Any) -> str:
    """The bubble's own look around the rich text (a QLabel's style sheet): the incoming bubble's colours."""
    return (f"background: {colours.bubble_in}; color: {colours.bubble_text}; border-radius: 8px; "
            "padding: 10px;")
