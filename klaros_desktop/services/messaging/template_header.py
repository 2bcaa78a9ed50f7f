"""A template's header besides a file: the value of a text header's variable (its title) and the place of a map
header (LOCATION), checked as Meta takes them, and the ``header`` component a request carries. The composer,
``klaros send --header-var/--header-location`` and campaigns build and check them here.

Meta's rules: a text header holds at most one variable and at most 60 characters (Meta's template components page,
for the template as made); that the 60 hold with the value filled in is our reading, not found on Meta's pages. A
location header takes latitude, longitude, name and address at send time (the template holds no place).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from klaros_desktop.models import MessageTemplate
from klaros_desktop.phrases import QT_TRANSLATE_NOOP, Number, Phrase

TITLE_MAX = 60  # characters of a text header as the customer reads it, the variable's value included
NAME_MAX = 1000  # Meta states no limit for a location's name or address; long text is cut on the phone anyway
LOCATION_FORMAT = "LOCATION"
_VAR = re.compile(r"\{\{\s*([A-Za-z0-9_]+)\s*\}\}")


class HeaderValueRefused(ValueError):
    """A header value Meta would refuse (or one given for a template that takes none); says which in words."""


class LocationRefused(HeaderValueRefused):
    """The location cannot be sent; the message says which part and why."""


@dataclass(frozen=True)
class Location:
    latitude: float
    longitude: float
    name: str
    address: str

    @classmethod
    def parse(cls, spec: str) -> Location:
        """``LAT,LON,NAME,ADDRESS`` (the address is the rest, commas included): decimal degrees, latitude -90 to 90,
        longitude -180 to 180; the name and the address are both required (Meta shows them under the map)."""
        parts = [p.strip() for p in spec.split(",", 3)]
        parts += [""] * (4 - len(parts))
        return cls.of(*parts)

    @classmethod
    def of(cls, latitude: Any, longitude: Any, name: str, address: str) -> Location:
        lat, lon = read_latitude(latitude), read_longitude(longitude)
        name, address = (name or "").strip(), (address or "").strip()
        if not name:
            raise LocationRefused(QT_TRANSLATE_NOOP("Campaigns", "Give the place's name (shown under the map)."))
        if not address:
            raise LocationRefused(QT_TRANSLATE_NOOP("Campaigns", "Give the place's address (shown under the map)."))
        return cls(lat, lon, name[:NAME_MAX], address[:NAME_MAX])

    def to_json(self) -> dict[str, Any]:
        return {"latitude": self.latitude, "longitude": self.longitude, "name": self.name, "address": self.address}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Location:
        return cls(float(data["latitude"]), float(data["longitude"]), str(data["name"]), str(data["address"]))

    @property
    def shown(self) -> str:
        return f"{self.name}, {self.address}"

    def component(self) -> dict[str, Any]:
        """Meta's ``header`` component of a location template: the coordinates as text, name and address."""
        return {"type": "header", "parameters": [{"type": "location", "location": {
            "latitude": _number(self.latitude), "longitude": _number(self.longitude), "name": self.name,
            "address": self.address}}]}


def read_latitude(value: Any) -> float:
    """Decimal degrees from -90 to 90 (a decimal comma taken); ``LocationRefused`` says the range otherwise."""
    return _degrees(value, 90.0, QT_TRANSLATE_NOOP(
        "Campaigns", "The latitude must be a number from -90 to 90 (decimal degrees, e.g. 52.5292)."))


def read_longitude(value: Any) -> float:
    """Decimal degrees from -180 to 180 (a decimal comma taken); ``LocationRefused`` says the range otherwise."""
    return _degrees(value, 180.0, QT_TRANSLATE_NOOP(
        "Campaigns", "The longitude must be a number from -180 to 180 (decimal degrees, e.g. 13.4012)."))


def _degrees(value: Any, limit: float, refusal: Phrase) -> float:
    text = str(value).strip().replace(" ", "")
    if "," in text and "." not in text:  # a decimal comma, as German or French write it (one field, not the CLI)
        text = text.replace(",", ".", 1)
    try:
        number = float(text)
    except ValueError:
        raise LocationRefused(refusal) from None
    if not math.isfinite(number) or not -limit <= number <= limit:
        raise LocationRefused(refusal)
    return number


def _number(value: float) -> str:
    return format(value, ".7f").rstrip("0").rstrip(".")


# ---------------------------------------------------------------------- what the template's header asks for
def _header(template: MessageTemplate | None) -> dict[str, Any] | None:
    for component in (template.components or []) if template is not None else []:
        if isinstance(component, dict) and str(component.get("type", "")).upper() == "HEADER":
            return component
    return None


def header_format(template: MessageTemplate | None) -> str | None:
    """``TEXT``, ``IMAGE``, ``LOCATION`` ... as Meta writes it; None without a header."""
    header = _header(template)
    return str(header.get("format") or "TEXT").upper() if header is not None else None


def takes_location(template: MessageTemplate | None) -> bool:
    return header_format(template) == LOCATION_FORMAT


def title(template: MessageTemplate | None) -> str:
    """A text header's text as written in the template (``Bestellung {{1}}``); "" for any other header."""
    header = _header(template)
    return str(header.get("text") or "") if header is not None and header_format(template) == "TEXT" else ""


def title_variable(template: MessageTemplate | None) -> str | None:
    """The variable of a text header (Meta allows one): ``1`` or a name; None when the title has none."""
    found = _VAR.search(title(template))
    return found.group(1) if found else None


def title_example(template: MessageTemplate | None) -> str:
    """The sample value submitted to Meta for the title's variable, if any."""
    header = _header(template) or {}
    example = header.get("example") if isinstance(header.get("example"), dict) else {}
    rows = example.get("header_text") or []
    if rows and isinstance(rows, list):
        first = rows[0]
        return str(first[0] if isinstance(first, list) and first else first)
    for named in example.get("header_text_named_params") or []:
        if isinstance(named, dict):
            return str(named.get("example", ""))
    return ""


def filled_title(template: MessageTemplate | None, value: str) -> str:
    """The title as the customer reads it with ``value`` for its variable."""
    return _VAR.sub(lambda _m: value, title(template), count=1)


def title_room(template: MessageTemplate | None) -> int:
    """How many characters the value may have: 60 less the title's own text."""
    return TITLE_MAX - len(_VAR.sub("", title(template), count=1))


def title_too_long(template: MessageTemplate | None, value: str) -> Phrase | None:
    """Why the title with ``value`` filled in is longer than Meta allows, or None when it fits."""
    length = len(filled_title(template, value))
    if length <= TITLE_MAX:
        return None
    return QT_TRANSLATE_NOOP(
        "Compose", "The title at the top would be {length} characters long with this value; WhatsApp allows "
        "{max}. The value may have at most {room} characters.").format(
        length=Number(length), max=Number(TITLE_MAX), room=Number(max(0, title_room(template))))


def title_problem(template: MessageTemplate | None, value: str | None) -> Phrase | None:
    """Why ``value`` cannot fill the title's variable: missing, or too long; None when it can."""
    variable = title_variable(template)
    if variable is None:
        return None
    if not (value or "").strip():
        return title_missing_sentence(variable)
    return title_too_long(template, value.strip())


def title_missing_sentence(variable: str) -> Phrase:
    return QT_TRANSLATE_NOOP("Compose", "The template's title at the top has a variable ({variable}): give its "
                             "value.").format(variable="{{" + variable + "}}")


def location_missing_sentence() -> Phrase:
    return QT_TRANSLATE_NOOP("Compose", "The template shows a map at the top: give the place (latitude, longitude, "
                             "name and address).")


def text_component(values: dict[str, str] | None) -> list[dict[str, Any]]:
    """The ``header`` component of a text header's value (a name, not a number, goes as parameter_name)."""
    if not values:
        return []
    return [{"type": "header", "parameters": [
        {"type": "text", **({} if name.isdigit() else {"parameter_name": name}), "text": value}
        for name, value in values.items()]}]


def components(template: MessageTemplate | None, text: str | None = None,
               location: Location | None = None) -> list[dict[str, Any]]:
    """The ``header`` component of one send for ``template``'s title value or place ([] when its header takes
    neither). ``HeaderValueRefused``: a value missing, too long, or given for a template that takes none."""
    variable = title_variable(template)
    given_text = bool((text or "").strip())
    if takes_location(template):
        if given_text:
            raise HeaderValueRefused(QT_TRANSLATE_NOOP(
                "Compose", "This template shows a map at the top, not a title with a value; leave the value out."))
        if location is None:
            raise LocationRefused(location_missing_sentence())
        return [location.component()]
    if location is not None:
        raise HeaderValueRefused(QT_TRANSLATE_NOOP(
            "Compose", "This template shows no map at the top; leave the place out."))
    if variable is None:
        if given_text:
            raise HeaderValueRefused(QT_TRANSLATE_NOOP(
                "Compose", "This template's title at the top has no variable; leave its value out."))
        return []
    problem = title_problem(template, text)
    if problem is not None:
        raise HeaderValueRefused(problem)
    return text_component({variable: (text or "").strip()})
