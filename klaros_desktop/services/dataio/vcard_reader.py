"""Contacts from vCard files (2.1, 3.0 and 4.0), parsed card by card with ``vobject``.

The file is cut into ``BEGIN:VCARD`` … ``END:VCARD`` blocks first, so a broken card is reported with the
line it starts on and the cards around it still import. vCard 2.1's quoted-printable soft line breaks
(a line ending in ``=``), which ``vobject`` does not join, are joined here before parsing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import vobject

from klaros_desktop.phrases import QT_TRANSLATE_NOOP
from klaros_desktop.services.dataio.records import RowProblem, SourceRecord, UnreadableRecord, custom_fields_from_json
from klaros_desktop.services.dataio.text_decoding import ImportFileError, iter_physical_lines

_QP = re.compile(r"^[^:]*quoted-printable[^:]*:", re.IGNORECASE)
_SINGLE_TEXT = re.compile(r"^(?:[\w-]+\.)?(?:NOTE|FN|TITLE|ROLE|X-[\w-]+)[;:]", re.IGNORECASE)
_BARE_COMMA = re.compile(r"(?<!\\),")
_FAILED_LINE = re.compile(r"Failed to parse line: (.*)$")
_AT_LINE = re.compile(r"^At line \d+: ")
_MOBILE_TYPES = {"cell", "mobile", "iphone", "whatsapp"}


def looks_like_vcard(text: str) -> bool:
    return text.lstrip("\ufeff \t\r\n")[:11].upper() == "BEGIN:VCARD"


def _join_qp_soft_breaks(lines: list[str]) -> list[str]:
    joined: list[str] = []
    carry: str | None = None
    for line in lines:
        if carry is not None:
            line = carry + line
            carry = None
        if _QP.match(line) and line.endswith("="):
            carry = line[:-1]
            continue
        joined.append(line)
    if carry is not None:
        joined.append(carry)
    return joined


def _value_start(line: str) -> int:
    """Index of the ':' that ends the property name and parameters (quoted parameter values may hold ':')."""
    quoted = False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            return i
    return -1


def _escape_commas_in_text(lines: list[str]) -> list[str]:
    """Escape bare commas in single-valued text properties.

    vobject reads NOTE/FN/X-… as vCard 3.0 text lists and keeps only the part before the first bare comma;
    vCard 2.1 never escapes commas and many 3.0 writers forget to, so a note would lose everything after
    its first comma.
    """
    out = []
    for line in lines:
        match = _SINGLE_TEXT.match(line)
        colon = _value_start(line) if match else -1
        if colon > 0:
            line = line[: colon + 1] + _BARE_COMMA.sub(r"\\,", line[colon + 1:])
        out.append(line)
    return out


def split_cards(text: str) -> Iterator[tuple[int, list[str]] | RowProblem]:
    """(first line, lines of one card) per card; an unclosed card becomes a ``RowProblem``."""
    start: int | None = None
    card: list[str] = []
    for number, raw in enumerate(iter_physical_lines(text), start=1):
        line = raw.rstrip("\r\n")
        marker = line.strip().upper()
        if marker == "BEGIN:VCARD":
            if start is not None:
                yield RowProblem(start, QT_TRANSLATE_NOOP(
                    "Import", "the card has no END:VCARD before the next BEGIN:VCARD"))
            start, card = number, [line]
        elif start is not None:
            card.append(line)
            if marker == "END:VCARD":
                yield start, card
                start, card = None, []
    if start is not None:
        yield RowProblem(start, QT_TRANSLATE_NOOP("Import", "the card has no END:VCARD (the file ends inside it)"))


def _types(prop) -> list[str]:
    kinds = []
    for value in prop.params.get("TYPE", []):
        kinds.extend(part.strip().lower() for part in value.split(","))
    kinds.extend(value.lower() for value in getattr(prop, "singletonparams", []))
    return kinds


def _str(value) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value or "").strip()


def card_to_record(card, line: int) -> SourceRecord:
    record = SourceRecord(line=line)
    contents = card.contents
    if "fn" in contents:
        record.name = " ".join(_str(contents["fn"][0].value).split())
    if not record.name and "n" in contents:
        n = contents["n"][0].value
        record.name = " ".join(f"{_str(n.prefix)} {_str(n.given)} {_str(n.additional)} {_str(n.family)}".split())
    for prop in contents.get("tel", []):
        kinds = _types(prop)
        label = next((k for k in kinds if k in _MOBILE_TYPES), kinds[0] if kinds else "")
        value = _str(prop.value)
        if value:
            record.phones.append((label, value))
        waid = prop.params.get("WAID") or prop.params.get("X-WAID")  # WhatsApp's shared contact cards
        if waid and not record.wa_id:
            record.wa_id = str(waid[0]).lstrip("+")
    for prop in contents.get("categories", []):
        values = prop.value if isinstance(prop.value, list) else str(prop.value).split(",")
        record.tags.extend(" ".join(str(v).split()) for v in values if str(v).strip())
    notes = [_str(prop.value) for prop in contents.get("note", [])]
    record.notes = "\n".join(n for n in notes if n)
    if "email" in contents:
        record.custom["email"] = _str(contents["email"][0].value)
    if "org" in contents:
        org = _str(contents["org"][0].value).strip(", ")
        if org:
            record.custom["company"] = org
            record.name = record.name or org
    if "x-klaros-wa-id" in contents and not record.wa_id:
        record.wa_id = _str(contents["x-klaros-wa-id"][0].value).lstrip("+")
    if "x-klaros-custom" in contents:
        raw = _str(contents["x-klaros-custom"][0].value)
        if raw:
            for key, value in custom_fields_from_json(raw).items():
                record.custom.setdefault(str(key), value)
    return record


def read_vcards(text: str) -> Iterator[SourceRecord | RowProblem]:
    """Records of every card; raises ``ImportFileError`` when the file holds no card at all."""
    found = False
    for item in split_cards(text):
        found = True
        if isinstance(item, RowProblem):
            yield item
            continue
        line, lines = item
        try:
            card = vobject.readOne("\r\n".join(_escape_commas_in_text(_join_qp_soft_breaks(lines))) + "\r\n")
        except Exception as exc:  # vobject raises ParseError, but also ValueError/UnicodeError on odd input
            message = _AT_LINE.sub("", str(exc).split("\n")[0]) or type(exc).__name__
            failed = _FAILED_LINE.search(message)
            bad_text = failed.group(1).strip() if failed else None
            inner = next((i for i, text in enumerate(lines) if text.strip() == bad_text), None)
            yield RowProblem(line, QT_TRANSLATE_NOOP("Import", "not a readable vCard at line {line}: {error}").format(
                line=line + inner, error=message) if inner else QT_TRANSLATE_NOOP(
                "Import", "not a readable vCard: {error}").format(error=message))
            continue
        try:
            yield card_to_record(card, line)
        except UnreadableRecord as exc:
            yield RowProblem(line, exc.reason)
        except Exception as exc:  # whatever else an odd card makes vobject hand us: this card only
            yield RowProblem(line, QT_TRANSLATE_NOOP("Import", "not a readable vCard: {error}").format(
                error=f"{type(exc).__name__}: {exc}"[:300]))
    if not found:
        raise ImportFileError(QT_TRANSLATE_NOOP("Import", "the file holds no vCard (no BEGIN:VCARD line)"))
