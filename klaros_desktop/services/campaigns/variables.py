"""Filling a template's ``{{1}}`` / ``{{name}}`` variables per recipient from what Klaros knows about them.

Each variable maps to a source: ``name``, ``first_name`` (a stored ``first_name`` custom field, else the first
word of the name), ``phone``, ``custom.KEY`` or fixed text ``text:...``; a source may carry a fallback used
when the contact has no value (``first_name|there``). A campaign is not launched while any recipient would
get an empty variable (Meta would refuse it with 132000 or, worse, send "Hello ," to a customer), and the
values are frozen on each recipient at launch so what was previewed is what is sent.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any, NamedTuple

from klaros_desktop.models import Contact, MessageTemplate
from klaros_desktop.phrases import QT_TRANSLATE_NOOP, Phrase
from klaros_desktop.services.messaging import buttons as link_buttons_mod
from klaros_desktop.services.messaging.buttons import button_components  # noqa: F401 (campaigns build them here)
from klaros_desktop.services.messaging.compose import link_buttons

PLACEHOLDER_RE = re.compile(r"\{\{\s*([A-Za-z0-9_]+)\s*\}\}")
FIELDS = ("name", "first_name", "phone")
CUSTOM_PREFIX = "custom."
TEXT_PREFIX = "text:"


class VariableError(ValueError):
    """A mapping or template Klaros cannot fill; the message says which variable and why."""


@dataclass(frozen=True)
class Source:
    source: str  # name | first_name | phone | custom.KEY | text:...
    fallback: str | None = None

    @classmethod
    def parse(cls, spec: str) -> Source:
        """``FIELD``, ``FIELD|FALLBACK`` or ``text:ANYTHING`` (fixed text takes the whole rest, ``|`` included)."""
        spec = spec.strip()
        if spec.startswith(TEXT_PREFIX):
            return cls(spec)
        field, sep, fallback = spec.partition("|")
        field = field.strip()
        if field not in FIELDS and not (field.startswith(CUSTOM_PREFIX) and len(field) > len(CUSTOM_PREFIX)):
            raise VariableError(QT_TRANSLATE_NOOP(
                "Campaigns", "unknown source {source!r}: use name, first_name, phone, custom.KEY or text:TEXT"
            ).format(source=field))
        return cls(field, fallback if sep else None)

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "fallback": self.fallback}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Source:
        return cls(data["source"], data.get("fallback"))


MEDIA_HEADERS = {"IMAGE": "image", "VIDEO": "video", "DOCUMENT": "document"}
BUTTON_PREFIX = "button:"  # an empty link-button variable is named ``button:INDEX`` among the body's names
HEADER_PREFIX = "header:"  # and an empty text header's variable ``header:NAME``


def _components(template: MessageTemplate, kind: str) -> list[dict]:
    return [c for c in template.components or [] if isinstance(c, dict) and str(c.get("type", "")).upper() == kind]


def header_format(template: MessageTemplate) -> str | None:
    """The header's format as Meta writes it (``TEXT``, ``IMAGE``, ``LOCATION`` ...), None without a header."""
    for component in _components(template, "HEADER"):
        return str(component.get("format", "TEXT")).upper()
    return None


def header_kind(template: MessageTemplate) -> str | None:
    """``image``, ``video`` or ``document`` when the template shows such a file at the top (the campaign names
    it by Meta's media id); None for no header, a text one (with or without a variable) or a location.
    ``VariableError`` for headers campaigns cannot fill (an animation, a product)."""
    fmt = header_format(template)
    if fmt in MEDIA_HEADERS:
        return MEDIA_HEADERS[fmt]
    if fmt not in (None, "TEXT", "LOCATION"):
        raise VariableError(QT_TRANSLATE_NOOP(
            "Campaigns", "template {name!r} has an animation or a product at the top; campaigns fill a picture, "
            "video, document or map header, a title's variable and the variables of the body and the link "
            "buttons").format(name=template.name))
    return None


def header_placeholders(template: MessageTemplate) -> list[str]:
    """The variable of a text header (Meta allows one), as ``[name]``; [] for any other header."""
    if header_format(template) != "TEXT":
        return []
    found: list[str] = []
    for component in _components(template, "HEADER"):
        for name in PLACEHOLDER_RE.findall(str(component.get("text", ""))):
            if name not in found:
                found.append(name)
    return found


def header_key(name: str) -> str:
    return HEADER_PREFIX + name


def placeholders(template: MessageTemplate) -> list[str]:
    """The body's variables in order of first appearance (``1``, ``2`` ... or names); ``VariableError`` when
    the template has a part campaigns cannot fill (see ``header_kind``)."""
    header_kind(template)
    found: list[str] = []
    for component in _components(template, "BODY"):
        for name in PLACEHOLDER_RE.findall(str(component.get("text", ""))):
            if name not in found:
                found.append(name)
    return found


def button_key(index: str) -> str:
    return BUTTON_PREFIX + str(index)


def code_buttons(template: MessageTemplate | None) -> tuple[str, ...]:
    """The indexes of the template's copy-code buttons (``label`` names their value a code, not a link)."""
    return tuple(b.index for b in link_buttons_mod.of(template) if b.copies_code)


def label(name: str, codes: Collection[str] = ()) -> Phrase | str:
    """A variable as the shop owner reads it: ``{{1}}``, or the link of a button (counted from 1), or its code
    when the button copies a code (``codes``: the copy-code buttons' indexes, ``code_buttons``)."""
    if name.startswith(HEADER_PREFIX):
        return QT_TRANSLATE_NOOP("Campaigns", "{variable} of the title").format(
            variable="{{" + name[len(HEADER_PREFIX):] + "}}")
    if name.startswith(BUTTON_PREFIX):
        index = name[len(BUTTON_PREFIX):]
        number = int(index) + 1 if index.isdigit() else index
        if index in codes:
            return QT_TRANSLATE_NOOP("Campaigns", "code of button {n}").format(n=number)
        return QT_TRANSLATE_NOOP("Campaigns", "link of button {n}").format(n=number)
    return "{{" + name + "}}"


def check_buttons(template: MessageTemplate, sources: dict[str, Source]) -> list[str]:
    """The link buttons' indexes; ``VariableError`` if one has no source or a source names no such button."""
    indexes = link_buttons(template)
    missing = [i for i in indexes if i not in sources]
    if missing:
        raise VariableError(QT_TRANSLATE_NOOP(
            "Campaigns", "give a source for the variable in the {missing}").format(
            missing=", ".join(label(button_key(i), code_buttons(template)) for i in missing)))
    extra = [i for i in sources if i not in indexes]
    if extra:
        raise VariableError(takes_no_value(template, extra[0]))
    return indexes


# A button that takes no value, said by its kind: "link" only for a link (the value-taking one may be a code).
_NO_VALUE = {
    "QUICK_REPLY": QT_TRANSLATE_NOOP(
        "Campaigns", "the template's button {n} (index {index}) is a quick reply and takes no value"),
    "PHONE_NUMBER": QT_TRANSLATE_NOOP(
        "Campaigns", "the template's button {n} (index {index}) calls a phone number and takes no value"),
    "URL": QT_TRANSLATE_NOOP(
        "Campaigns", "the template's button {n} (index {index}) opens a fixed link and takes no value"),
}
_NO_VALUE_OTHER = QT_TRANSLATE_NOOP("Campaigns", "the template's button {n} (index {index}) takes no value")
_NO_SUCH_BUTTON = QT_TRANSLATE_NOOP("Campaigns", "the template has no button {n} (index {index})")


def takes_no_value(template: MessageTemplate, index: str) -> Phrase:
    """Why a source was given for the button at ``index`` in vain: what that button is (or that there is none)."""
    found = [b for c in _components(template, "BUTTONS") for b in c.get("buttons") or []]
    n = str(int(index) + 1) if index.isdigit() else index
    if not index.isdigit() or int(index) >= len(found) or not isinstance(found[int(index)], dict):
        return _NO_SUCH_BUTTON.format(n=n, index=index)
    kind = str(found[int(index)].get("type", "")).upper()
    return _NO_VALUE.get(kind, _NO_VALUE_OTHER).format(n=n, index=index)


def is_named(template: MessageTemplate) -> bool:
    return (template.parameter_format or "").upper() == "NAMED"


def check_mapping(template: MessageTemplate, mapping: dict[str, Source]) -> list[str]:
    """The template's variables; ``VariableError`` if one has no source or a source names no variable."""
    names = placeholders(template)
    missing = [n for n in names if n not in mapping]
    if missing:
        raise VariableError(QT_TRANSLATE_NOOP(
            "Campaigns", "give a source for each variable of the template: missing {missing}").format(
            missing=", ".join("{{" + n + "}}" for n in missing)))
    extra = [n for n in mapping if n not in names]
    if extra:
        raise VariableError(QT_TRANSLATE_NOOP(
            "Campaigns", "the template has no variable {extra}").format(
            extra=", ".join("{{" + n + "}}" for n in extra)))
    return names


class ContactFields(NamedTuple):
    """The columns of a contact the variables are filled from, without an ORM object (``column_values`` hands
    these to the per-row getter for the values SQL cannot work out)."""

    display_name: str | None
    profile_name: str | None
    phone_e164: str | None
    custom_fields: dict | None


Getter = Callable[[Any, "str | None"], str]  # (contact or ContactFields or None, number) -> the raw value


def _name(contact: Any) -> str:
    return (contact.display_name or contact.profile_name or "") if contact is not None else ""


def _getter(source: str) -> Getter:
    """How one source reads its value from a contact (worked out once per source, not per recipient)."""
    if source == "name":
        return lambda contact, phone: _name(contact)

    if source == "first_name":
        def first_name(contact: Any, phone: str | None) -> str:
            stored = (contact.custom_fields or {}).get("first_name") if contact is not None else None
            if isinstance(stored, str) and stored.strip():
                return stored
            words = _name(contact).split()
            return words[0] if words else ""
        return first_name

    if source == "phone":
        return lambda contact, phone: phone or (contact.phone_e164 if contact is not None else "") or ""

    if source.startswith(CUSTOM_PREFIX):
        key = source[len(CUSTOM_PREFIX):]

        def custom(contact: Any, phone: str | None) -> str:
            value = (contact.custom_fields or {}).get(key) if contact is not None else None
            return value if isinstance(value, str) else ("" if value is None else str(value))
        return custom

    if source.startswith(TEXT_PREFIX):
        text = source[len(TEXT_PREFIX):]
        return lambda contact, phone: text
    raise VariableError(QT_TRANSLATE_NOOP("Campaigns", "unknown source {source!r}").format(source=source))


def _field(contact: Contact | ContactFields | None, phone: str | None, source: str) -> str:
    return _getter(source)(contact, phone)


def resolver(names: list[str], mapping: dict[str, Source]
             ) -> Callable[[Contact | ContactFields | None, str | None], tuple[dict[str, str], list[str]]]:
    """``resolve`` for many recipients with the same variables: the sources are worked out once."""
    plan = [(name, _getter(mapping[name].source), (mapping[name].fallback or "").strip()) for name in names]

    def resolve_one(contact: Contact | ContactFields | None, phone: str | None) -> tuple[dict[str, str], list[str]]:
        values: dict[str, str] = {}
        empty: list[str] = []
        for name, get, fallback in plan:
            value = get(contact, phone).strip() or fallback
            values[name] = value
            if not value:
                empty.append(name)
        return values, empty

    return resolve_one


def resolve(contact: Contact | ContactFields | None, phone: str | None, names: list[str], mapping: dict[str, Source]
            ) -> tuple[dict[str, str], list[str]]:
    """(variable -> value, the variables that came out empty) for one recipient; a source's fallback is used
    when the contact's value is empty."""
    return resolver(names, mapping)(contact, phone)


def parameters(template: MessageTemplate, names: list[str], values: dict[str, str]) -> list[str] | dict[str, str]:
    """What the send service takes: values in order for positional templates, by name for named ones."""
    if is_named(template):
        return {name: values[name] for name in names}
    return [values[name] for name in sorted(names, key=lambda n: int(n) if n.isdigit() else 0)]
