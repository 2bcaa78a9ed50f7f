"""A template's link buttons whose address ends in a variable: what each asks for, a value checked as Meta takes
it, and the ``button`` components that carry the values (the composer, ``klaros send --button-var`` and campaigns
build them here).

Meta's rule for a URL button: its address takes one variable, at its end, and the whole address with the value
filled in is at most 2000 characters. The value becomes part of a web address, so it cannot hold spaces.

A copy-code button (Meta's coupon code templates) takes its code the same way, one per send, at most 15
characters, and goes as ``{type: button, sub_type: copy_code, index, parameters: [{type: coupon_code,
coupon_code}]}``; it is listed here with the link buttons (``kind`` COPY_CODE), so the composer, ``klaros send
--button-var`` and campaigns ask for it as they ask for a link's value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from klaros_desktop.models import Contact, MessageTemplate
from klaros_desktop.phrases import QT_TRANSLATE_NOOP, Number, Phrase

URL_MAX = 2000  # characters of a URL button's address, its value included
CODE_MAX = 15  # characters of a copy-code button's code
COPY_CODE = "COPY_CODE"
_VAR = re.compile(r"\{\{\s*[\w]+\s*\}\}")
_WORD = re.compile(r"[^\W\d_]+")
_IGNORED = {"http", "https", "www", "com", "html", "php", "index"}


class LinkValueRefused(ValueError):
    """A link button's value Meta would refuse, or a value for a button that takes none; says which in words."""


@dataclass(frozen=True)
class LinkButton:
    index: str  # 0-based, as Meta counts the template's buttons
    text: str  # the button's label
    url: str  # its address with the variable, ``https://shop.example/track/{{1}}``
    example: str = ""  # the value in the example address submitted to Meta
    kind: str = "URL"  # or COPY_CODE: ``url`` is then empty and ``example`` the example code

    @property
    def copies_code(self) -> bool:
        return self.kind == COPY_CODE

    @property
    def prefix(self) -> str:
        return _VAR.split(self.url, 1)[0]

    @property
    def shown_url(self) -> str:
        """The address with the variable shown as an ellipsis: ``https://shop.example/track/…``."""
        return _VAR.sub("…", self.url, count=1)

    def link(self, value: str) -> str:
        return _VAR.sub(lambda _m: value, self.url, count=1)

    @property
    def max_length(self) -> int:
        """The longest value that keeps the address (or the code) within Meta's limit."""
        return CODE_MAX if self.copies_code else URL_MAX - len(_VAR.sub("", self.url, count=1))


def of(template: MessageTemplate | None) -> list[LinkButton]:
    """The template's URL buttons whose address has a variable, and its copy-code button, in Meta's order."""
    found: list[LinkButton] = []
    for component in (template.components or []) if template is not None else []:
        if not isinstance(component, dict) or str(component.get("type", "")).upper() != "BUTTONS":
            continue
        for index, button in enumerate(component.get("buttons") or []):
            if isinstance(button, dict) and str(button.get("type", "")).upper() == COPY_CODE:
                code = button.get("example")
                code = str(code[0] if isinstance(code, list) and code else code or "")
                found.append(LinkButton(str(index), str(button.get("text") or ""), "", code, COPY_CODE))
                continue
            if not isinstance(button, dict) or str(button.get("type", "")).upper() != "URL":
                continue
            url = str(button.get("url") or "")
            if not _VAR.search(url):
                continue
            example = button.get("example")
            example = str(example[0] if isinstance(example, list) and example else example or "")
            link = LinkButton(str(index), str(button.get("text") or ""), url)
            prefix = link.prefix
            found.append(LinkButton(link.index, link.text, url,
                                    example[len(prefix):] if example.startswith(prefix) else ""))
    return found


def clean(button: LinkButton, value: str) -> str:
    """The value as typed, trimmed; a whole address pasted in (``https://shop.example/track/AB1``) gives only its
    own end (``AB1``), which is what the button takes."""
    value = (value or "").strip()
    if button.prefix and value.startswith(button.prefix) and len(value) > len(button.prefix):
        value = value[len(button.prefix):]
    return value


def problem(button: LinkButton, value: str) -> Phrase | None:
    """Why Meta would not take ``value`` (already ``clean``) for this button, or None."""
    if button.copies_code:
        if not value:
            return QT_TRANSLATE_NOOP("Compose", "The copy-code button needs this customer's code.")
        if len(value) > CODE_MAX:
            return QT_TRANSLATE_NOOP("Compose", "The code for the copy-code button is too long: WhatsApp takes "
                                                "codes up to {n} characters.").format(n=Number(CODE_MAX))
        return None
    if not value:
        return QT_TRANSLATE_NOOP("Compose", "The link button “{text}” needs a value for this customer.").format(
            text=button.text)
    if any(ch.isspace() for ch in value):
        return QT_TRANSLATE_NOOP("Compose", "The value for the link button “{text}” becomes part of a web address, "
                                            "so it cannot contain spaces.").format(text=button.text)
    if len(value) > button.max_length:
        return QT_TRANSLATE_NOOP("Compose", "The value for the link button “{text}” is too long: WhatsApp takes "
                                            "links up to {limit} characters, which leaves {n} for this value."
                                 ).format(text=button.text, limit=Number(URL_MAX), n=Number(max(0, button.max_length)))
    return None


def button_components(values: dict[str, str] | None, template: MessageTemplate | None = None) -> list[dict]:
    """Each button's value as Meta takes it at its index: a link's as a ``button`` component of sub_type ``url``,
    a copy-code button's (``template`` says which index is one) of sub_type ``copy_code`` with a ``coupon_code``."""
    codes = {b.index for b in of(template) if b.copies_code}
    return [{"type": "button", "sub_type": "copy_code", "index": str(index),
             "parameters": [{"type": "coupon_code", "coupon_code": value}]} if str(index) in codes else
            {"type": "button", "sub_type": "url", "index": str(index),
             "parameters": [{"type": "text", "text": value}]}
            for index, value in sorted((values or {}).items(), key=lambda kv: int(kv[0]) if kv[0].isdigit() else 0)]


def components(template: MessageTemplate | None, values: dict[str, str] | None) -> list[dict]:
    """The ``button`` components for one send of ``template`` (the composer and ``klaros send`` both come here):
    every link button with a variable has a value Meta takes, and no value names a button that takes none;
    else ``LinkValueRefused`` says which."""
    values = {str(k).strip(): v for k, v in (values or {}).items()}
    wanted = {b.index: b for b in of(template)}
    extra = sorted(set(values) - set(wanted))
    if extra:
        raise LinkValueRefused(QT_TRANSLATE_NOOP(
            "Compose", "The template has no link button with a value at position {index} (counted from 0, as "
                       "WhatsApp does); link buttons with a value: {known}.").format(
            index=", ".join(extra), known=", ".join(wanted) or "–"))
    cleaned: dict[str, str] = {}
    for index, button in wanted.items():
        value = clean(button, values.get(index, ""))
        why = problem(button, value)
        if why is not None:
            raise LinkValueRefused(why)
        cleaned[index] = value
    return button_components(cleaned, template)


def _words(text: str) -> set[str]:
    return {w for w in (m.group(0).casefold() for m in _WORD.finditer(text)) if len(w) >= 3 and w not in _IGNORED}


def _alike(a: str, b: str) -> bool:
    """``track`` and ``tracking``, ``bestellung`` and ``bestellnummer``: the same stem, not just a letter or two."""
    shared = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        shared += 1
    return shared >= min(5, len(a), len(b))


def field_fits(key: str, text: str) -> bool:
    """A contact field's name shares a word's stem with ``text`` (``Bestellnummer`` for "Bestellung …")."""
    hints = _words(text)
    return any(_alike(k, h) for k in _words(str(key)) for h in hints)


def prefill(contact: Contact | None, button: LinkButton) -> str:
    """A contact field that fits the button (its name shares a word with the button's label or the address
    before the variable, ``tracking`` for ``…/track/{{1}}``) and whose value Meta would take; else empty."""
    if contact is None:
        return ""
    path = button.prefix.split("://", 1)[-1]
    path = path.split("/", 1)[1] if "/" in path else ""
    hints = _words(path) | _words(button.text)
    for key, raw in (contact.custom_fields or {}).items():
        if raw in (None, "") or isinstance(raw, (dict, list)):
            continue
        value = clean(button, str(raw))
        if problem(button, value) is None and any(_alike(k, h) for k in _words(str(key)) for h in hints):
            return value
    return ""
