"""Filling a template's ``{{1}}`` / ``{{name}}`` variables per recipient from what Klaros knows about them.

Each variable maps to a source: ``name``, ``first_name`` (a stored ``first_name`` custom field, else the first
word of the name), ``phone``, ``custom.KEY`` or fixed text ``text:...``; a source may carry a fallback used
when the contact has no value (``first_name|there``). A campaign is not launched while any recipient would
get an empty variable (Meta would refuse it with 132000 or, worse, send "Hello ," to a customer), and the
values are frozen on each recipient at launch so what was previewed is what is sent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from klaros_desktop.models import Contact, MessageTemplate
from klaros_desktop.phrases import QT_TRANSLATE_NOOP

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


def placeholders(template: MessageTemplate) -> list[str]:
    """The body's variables in order of first appearance (``1``, ``2`` ... or names)."""
    found: list[str] = []
    for component in template.components or []:
        if not isinstance(component, dict):
            continue
        kind = str(component.get("type", "")).upper()
        if kind == "HEADER" and (str(component.get("format", "TEXT")).upper() != "TEXT"
                                 or PLACEHOLDER_RE.search(str(component.get("text", "")))):
            raise VariableError(QT_TRANSLATE_NOOP(
                "Campaigns", "template {name!r} has a header with a picture, file or variable; campaigns send "
                "templates whose only variables are in the body").format(name=template.name))
        buttons = component.get("buttons") or [] if kind == "BUTTONS" else []
        if any(isinstance(b, dict) and PLACEHOLDER_RE.search(str(b.get("url", ""))) for b in buttons):
            raise VariableError(QT_TRANSLATE_NOOP(
                "Campaigns", "template {name!r} has a link button with a variable; campaigns send templates whose "
                "only variables are in the body").format(name=template.name))
        if kind == "BODY":
            for name in PLACEHOLDER_RE.findall(str(component.get("text", ""))):
                if name not in found:
                    found.append(name)
    return found


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


def _field(contact: Contact | None, phone: str | None, source: str) -> str:
    custom = (contact.custom_fields or {}) if contact is not None else {}
    name = (contact.display_name or contact.profile_name or "") if contact is not None else ""
    if source == "name":
        return name
    if source == "first_name":
        stored = custom.get("first_name")
        if isinstance(stored, str) and stored.strip():
            return stored
        return name.split()[0] if name.split() else ""
    if source == "phone":
        return phone or (contact.phone_e164 if contact is not None else "") or ""
    if source.startswith(CUSTOM_PREFIX):
        value = custom.get(source[len(CUSTOM_PREFIX):])
        return value if isinstance(value, str) else ("" if value is None else str(value))
    if source.startswith(TEXT_PREFIX):
        return source[len(TEXT_PREFIX):]
    raise VariableError(QT_TRANSLATE_NOOP("Campaigns", "unknown source {source!r}").format(source=source))


def resolve(contact: Contact | None, phone: str | None, names: list[str], mapping: dict[str, Source]
            ) -> tuple[dict[str, str], list[str]]:
    """(variable -> value, the variables that came out empty) for one recipient."""
    values: dict[str, str] = {}
    empty: list[str] = []
    for name in names:
        source = mapping[name]
        value = _field(contact, phone, source.source).strip()
        if not value and source.fallback:
            value = source.fallback.strip()
        values[name] = value
        if not value:
            empty.append(name)
    return values, empty


def parameters(template: MessageTemplate, names: list[str], values: dict[str, str]) -> list[str] | dict[str, str]:
    """What the send service takes: values in order for positional templates, by name for named ones."""
    if is_named(template):
        return {name: values[name] for name in names}
    return [values[name] for name in sorted(names, key=lambda n: int(n) if n.isdigit() else 0)]
