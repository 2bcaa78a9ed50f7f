"""Contacts from CSV: the delimiter, the column layout (Google Contacts, Outlook, the WhatsApp Business app's
label export, Klaros's own export, or any sheet with recognisable headers) and ``--map FIELD=COLUMN``.

Every row keeps the physical line number where it starts, counted the way an editor counts them, so a
quoted note spanning three lines moves the next row's number by three.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from klaros_desktop.phrases import QT_TRANSLATE_NOOP
from klaros_desktop.services.dataio.records import RowProblem, SourceRecord, UnreadableRecord, custom_fields_from_json
from klaros_desktop.services.dataio.text_decoding import DecodedText, ImportFileError, iter_physical_lines

DELIMITERS = (",", ";", "\t", "|")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}

# The fields ``--map`` knows; ``custom.KEY`` puts a column into the contact's custom fields.
FIELDS = ("name", "given_name", "middle_name", "family_name", "phone", "tags", "notes", "email", "company",
          "consent", "wa_id")

_SYNONYMS: dict[str, set[str]] = {
    "name": {"name", "full name", "display name", "contact name", "contact", "customer", "customer name", "kunde",
             "kundenname", "nom", "nombre", "nome"},
    "given_name": {"first name", "given name", "vorname", "prénom", "prenom"},
    "middle_name": {"middle name", "additional name"},
    "family_name": {"last name", "family name", "surname", "nachname", "nom de famille", "apellido", "apellidos"},
    "phone": {"phone", "phone number", "phone numbers", "mobile", "mobile phone", "mobile number", "cell",
              "cell phone", "telephone", "tel", "telefon", "telefonnummer", "handy", "handynummer", "mobil",
              "whatsapp", "whatsapp number", "wa number", "number", "numero", "número", "téléphone", "telefono",
              "teléfono", "phone e164", "contact number"},
    "tags": {"tags", "tag", "labels", "label", "groups", "group", "categories", "category", "kategorien",
             "etiquetas", "group membership"},
    "notes": {"notes", "note", "notiz", "notizen", "comment", "comments", "remarks", "bemerkung", "bemerkungen"},
    "email": {"email", "email address", "email 1 - value", "mail"},
    "company": {"company", "organization", "organisation", "organization name", "organization 1 - name", "firma"},
    "consent": {"consent", "opt-in", "opt in", "optin", "marketing consent", "whatsapp consent", "einwilligung",
                "whatsapp opt-in"},
    "wa_id": {"wa id", "whatsapp id"},
}
_HEADER_TO_FIELD = {header: name for name, headers in _SYNONYMS.items() for header in headers}

# Outlook names its phone columns; WhatsApp wants the mobile one first.
_OUTLOOK_PHONES = ("mobile phone", "primary phone", "home phone", "business phone", "home phone 2",
                   "business phone 2", "other phone", "car phone", "company main phone", "radio phone")
_GOOGLE_PHONE = re.compile(r"^phone (\d+) - value$")
_GOOGLE_SYSTEM_LABELS = {"mycontacts"}
_TAG_SPLIT = re.compile(r"\s*(?::::|;|,|\|)\s*")
_MAX_SAMPLE = 64 * 1024


def normalise_header(header: str) -> str:
    text = header.strip().lstrip("\ufeff").strip().lower().replace("e-mail", "email")
    return re.sub(r"[\s_]+", " ", text)


def sniff_delimiter(text: str) -> str:
    """The candidate that splits the first records into the same number (> 1) of columns most often."""
    sample = text[:_MAX_SAMPLE]
    truncated = len(text) > _MAX_SAMPLE
    best, best_score = ",", (-1.0, 0)
    for delimiter in DELIMITERS:
        try:
            rows = [row for row in csv.reader(iter_physical_lines(sample), delimiter=delimiter) if row]
        except csv.Error:
            continue
        if truncated and len(rows) > 1:
            rows = rows[:-1]
        rows = rows[:50]
        if not rows or len(rows[0]) < 2:
            continue
        width = len(rows[0])
        body = rows[1:] or rows
        score = (sum(1 for row in body if len(row) == width) / len(body), width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _split_tags(value: str, separator: re.Pattern[str] = _TAG_SPLIT) -> list[str]:
    if not value:
        return []
    several = "," in value or ";" in value or "|" in value or ":::" in value
    if not several:  # one tag, the common case
        tag = " ".join(value.split()).lstrip("* ").strip()
        return [tag] if tag and tag.lower() not in _GOOGLE_SYSTEM_LABELS else []
    tags = []
    for part in separator.split(value):
        tag = " ".join(part.split()).lstrip("* ").strip()
        if tag and tag.lower() not in _GOOGLE_SYSTEM_LABELS:
            tags.append(tag)
    return tags


_FORMULA_START = frozenset("=+-@")


def _text(value: str) -> str:
    """A cell as plain text: trimmed, the quote that spreadsheet exports put before '=', '+', '-', '@' removed."""
    value = value.strip()
    if value[:1] == "'" and value[1:2] in _FORMULA_START:
        return value[1:]
    return value


@dataclass
class ColumnPlan:
    """Which column feeds which contact field, decided once from the header."""

    layout: str
    header: list[str]
    name: list[int] = field(default_factory=list)  # full-name columns, first non-empty wins
    name_parts: list[int] = field(default_factory=list)  # given / middle / family, joined with spaces
    phones: list[tuple[int, str, int | None]] = field(default_factory=list)  # (value col, label, label col)
    tags: list[int] = field(default_factory=list)
    notes: list[int] = field(default_factory=list)
    custom: dict[str, int] = field(default_factory=dict)
    consent: int | None = None
    wa_id: int | None = None
    custom_json: int | None = None  # Klaros's own export: all custom fields as one JSON object

    def describe(self) -> dict[str, object]:
        def names(cols):
            return [self.header[c] for c in cols]

        return {
            "layout": self.layout,
            "name": names(self.name) or names(self.name_parts),
            "phone": [self.header[c] for c, _label, _lc in self.phones],
            "tags": names(self.tags),
            "notes": names(self.notes),
            "custom": {key: self.header[c] for key, c in self.custom.items()},
            "consent": self.header[self.consent] if self.consent is not None else None,
        }


def _detect_layout(norm: list[str]) -> str:
    present = set(norm)
    if any(_GOOGLE_PHONE.match(h) for h in norm):
        return "google"
    if "mobile phone" in present and ({"business phone", "home phone", "email address"} & present):
        return "outlook"
    if "custom fields" in present and "whatsapp id" in present:
        return "klaros"
    if present & {"labels", "label"} and present & _SYNONYMS["phone"]:
        return "whatsapp_business"
    return "generic"


def plan_columns(header: list[str], mapping: dict[str, list[str]] | None = None) -> ColumnPlan:
    """Decide the column plan for a header; ``mapping`` (``FIELD -> [COLUMN, ...]``) overrides detection."""
    norm = [normalise_header(h) for h in header]
    layout = _detect_layout(norm)
    plan = ColumnPlan(layout=layout, header=header)
    index = {}
    for i, h in enumerate(norm):
        index.setdefault(h, i)

    if layout == "google":
        for i, h in enumerate(norm):
            match = _GOOGLE_PHONE.match(h)
            if match:
                n = match.group(1)
                label_col = index.get(f"phone {n} - label", index.get(f"phone {n} - type"))
                plan.phones.append((i, "", label_col))
        plan.name = [i for i in (index.get("name"),) if i is not None]
        plan.name_parts = [index[h] for h in ("first name", "given name", "middle name", "additional name",
                                             "last name", "family name") if h in index]
        plan.tags = [index[h] for h in ("labels", "group membership") if h in index]
        if "email 1 - value" in index:
            plan.custom["email"] = index["email 1 - value"]
        company = index.get("organization name", index.get("organization 1 - name"))
        if company is not None:
            plan.custom["company"] = company
    elif layout == "outlook":
        plan.phones = [(index[h], h.replace(" phone", ""), None) for h in _OUTLOOK_PHONES if h in index]
        plan.name_parts = [index[h] for h in ("first name", "middle name", "last name") if h in index]
        plan.tags = [index[h] for h in ("categories",) if h in index]
        if "email address" in index:
            plan.custom["email"] = index["email address"]
        if "company" in index:
            plan.custom["company"] = index["company"]
    if layout == "klaros":
        plan.custom_json = index.get("custom fields")

    # Generic rules fill whatever the specific layout left open (notes, consent, a single phone column, ...).
    for i, h in enumerate(norm):
        target = _HEADER_TO_FIELD.get(h)
        if target is None:
            continue
        if target == "phone":
            several_allowed = layout in ("generic", "whatsapp_business", "klaros")
            if not plan.phones or (several_allowed and all(c != i for c, _l, _lc in plan.phones)):
                plan.phones.append((i, h, None))
        elif target == "name" and layout not in ("google",) and i not in plan.name:
            plan.name.append(i)
        elif target in ("given_name", "middle_name", "family_name") and layout == "generic":
            plan.name_parts.append(i)
        elif target == "tags" and not plan.tags:
            plan.tags.append(i)
        elif target == "notes" and not plan.notes:
            plan.notes.append(i)
        elif target in ("email", "company") and target not in plan.custom:
            plan.custom[target] = i
        elif target == "consent" and plan.consent is None:
            plan.consent = i
        elif target == "wa_id" and plan.wa_id is None:
            plan.wa_id = i

    if mapping:
        _apply_mapping(plan, norm, mapping)
    return plan


def parse_map_options(options: list[str] | None) -> dict[str, list[str]]:
    """``["phone=Handy", "custom.birthday=Geburtstag"]`` -> ``{"phone": ["Handy"], "custom.birthday": [...]}``."""
    mapping: dict[str, list[str]] = {}
    for option in options or []:
        name, sep, column = option.partition("=")
        name = name.strip().lower()
        column = column.strip()
        if not sep or not name or not column:
            raise ImportFileError(QT_TRANSLATE_NOOP(
                "Import", "--map {option!r}: write it as FIELD=COLUMN, e.g. --map phone=Handynummer").format(
                option=option))
        if name not in FIELDS and not (name.startswith("custom.") and len(name) > len("custom.")):
            raise ImportFileError(QT_TRANSLATE_NOOP(
                "Import", "--map {option!r}: unknown field {name!r}; fields are {fields}, or custom.NAME for a "
                "custom field").format(option=option, name=name, fields=", ".join(FIELDS)))
        mapping.setdefault(name, []).append(column)
    return mapping


def _apply_mapping(plan: ColumnPlan, norm: list[str], mapping: dict[str, list[str]]) -> None:
    def column(name: str) -> int:
        wanted = normalise_header(name)
        if wanted in norm:
            return norm.index(wanted)
        raise ImportFileError(QT_TRANSLATE_NOOP(
            "Import", "--map names the column {name!r}, which is not in the file; its columns are: {columns}").format(
            name=name, columns=", ".join(repr(h) for h in plan.header)))

    for name, columns in mapping.items():
        cols = [column(c) for c in columns]
        if name == "phone":
            plan.phones = [(c, "", None) for c in cols]
        elif name == "name":
            plan.name, plan.name_parts = cols, []
        elif name in ("given_name", "middle_name", "family_name"):
            plan.name = []
            plan.name_parts = [c for c in plan.name_parts if c not in cols] + cols
        elif name == "tags":
            plan.tags = cols
        elif name == "notes":
            plan.notes = cols
        elif name == "consent":
            plan.consent = cols[0]
        elif name == "wa_id":
            plan.wa_id = cols[0]
        else:
            plan.custom[name.removeprefix("custom.")] = cols[0]


def _cell(cells: list[str], index: int) -> str:
    return cells[index] if index < len(cells) else ""


def build_record(plan: ColumnPlan, cells: list[str], line: int) -> SourceRecord:
    """The record of one CSV row; values gathered in locals and the record made once (this runs per row, so
    ``_text`` is written out where a row has one cell for a field)."""
    count = len(cells)
    formula = _FORMULA_START
    name = ""
    for c in plan.name:
        if c < count:
            value = cells[c].strip()
            if value:
                if value[0] == "'" and value[1:2] in formula:
                    value = value[1:]
                name = " ".join(value.split())
                if name:
                    break
    if not name and plan.name_parts:
        name = " ".join(" ".join(_text(_cell(cells, c)) for c in plan.name_parts).split())
    phones: list[tuple[str, str]] = []
    for col, label, label_col in plan.phones:
        value = cells[col] if col < count else ""
        if not value or value.isspace():
            continue
        if label_col is not None:
            label = _cell(cells, label_col)
        if label:
            label = label.lstrip("* ").strip().lower()
        if ":::" in value:  # Google puts several numbers of one label in one cell, separated by " ::: "
            phones.extend((label, part.strip()) for part in value.split(":::") if part.strip())
        else:
            phones.append((label, value.strip()))
    tags: list[str] = []
    for c in plan.tags:
        if c < count and cells[c]:
            value = cells[c].strip()
            if value[:1] == "'" and value[1:2] in formula:
                value = value[1:]
            if value:
                tags.extend(_split_tags(value))
    notes = ""
    if len(plan.notes) == 1:
        c = plan.notes[0]
        if c < count:
            notes = cells[c].strip()
            if notes[:1] == "'" and notes[1:2] in formula:
                notes = notes[1:]
    elif plan.notes:
        notes = "\n".join(n for n in (_text(cells[c]) if c < count else "" for c in plan.notes) if n)
    custom: dict[str, object] = {}
    for key, c in plan.custom.items():
        value = _text(cells[c]) if c < count else ""
        if value:
            custom[key] = value
    if plan.custom_json is not None:
        raw = _cell(cells, plan.custom_json).strip()
        if raw:
            for key, value in custom_fields_from_json(raw).items():
                custom.setdefault(str(key), value)
    if not name and custom.get("company"):
        name = str(custom["company"])
    consent = _cell(cells, plan.consent).strip() if plan.consent is not None else ""
    wa_id = _cell(cells, plan.wa_id).strip().lstrip("+") if plan.wa_id is not None else ""
    return SourceRecord(line, name, phones, tags, notes, custom, consent, wa_id)


@dataclass
class CsvSource:
    """A CSV file ready to read: how it was understood, and its records (a generator, read once)."""

    encoding: str
    delimiter: str
    plan: ColumnPlan
    header_line: int
    records: Iterator[SourceRecord | RowProblem]


def _records(lines: Iterator[str], delimiter: str, base: int = 0
             ) -> Iterator[tuple[int, int, list[str] | None, str | None]]:
    """(first line, last line, cells or None, csv error or None) per record; blank lines skipped.

    Line numbers come from ``csv.reader.line_num`` (physical lines taken from ``lines``) plus ``base``, the
    lines consumed before; after a CSV error a fresh reader carries on with the next line.
    """
    while True:
        reader = csv.reader(lines, delimiter=delimiter)
        done = 0
        try:
            for cells in reader:
                now = reader.line_num
                if cells:
                    yield base + done + 1, base + now, cells, None
                done = now
            return
        except csv.Error as exc:
            yield base + done + 1, base + reader.line_num, None, str(exc)
            base += reader.line_num


def read_csv(
    decoded: DecodedText, *, mapping: dict[str, list[str]] | None = None, delimiter: str | None = None
) -> CsvSource:
    """Understand the header of a decoded CSV file; raises ``ImportFileError`` when it cannot be imported."""
    text = decoded.text
    lines = iter_physical_lines(text)
    base = 0
    first = text.lstrip("\ufeff").split("\n", 1)[0].strip()
    if first.lower().startswith("sep=") and len(first) == 5:  # Excel's "sep=;" hint line
        delimiter = delimiter or first[4]
        next(lines)
        base = 1
    delimiter = delimiter or sniff_delimiter(text)
    records = _records(lines, delimiter, base)
    header_line, header = 0, None
    for start, _end, cells, error in records:
        if error is None and any(c.strip() for c in cells):
            header_line, header = start, cells
            break
    if header is None:
        raise ImportFileError(QT_TRANSLATE_NOOP(
            "Import", "the file has no header row (expected column names such as Name and Phone)"))
    plan = plan_columns(header, mapping)
    if not plan.phones:
        raise ImportFileError(QT_TRANSLATE_NOOP(
            "Import", "no phone number column found; the columns are {columns}. Name the right one with "
            "--map phone=COLUMN").format(columns=", ".join(repr(h) for h in header)))
    return CsvSource(
        encoding=decoded.encoding,
        delimiter=delimiter,
        plan=plan,
        header_line=header_line,
        records=_rows(records, plan, decoded, sum(1 for _ in iter_physical_lines(text)), delimiter),
    )


def _quote_left_open(text: str, start: int, delimiter: str) -> bool:
    """Whether the record starting at line ``start`` ends the file inside a quoted value (strict re-read)."""
    lines = list(iter_physical_lines(text))[start - 1:]
    try:
        for _row in csv.reader(lines, delimiter=delimiter, strict=True):
            pass
    except csv.Error as exc:
        return "end of data" in str(exc) or "EOF" in str(exc)
    return False


def _rows(
    records, plan: ColumnPlan, decoded: DecodedText, total_lines: int, delimiter: str
) -> Iterator[SourceRecord | RowProblem]:
    width = len(plan.header)
    bad_lines = decoded.bad_lines
    for start, end, cells, error in records:
        if error is not None:
            yield RowProblem(start, QT_TRANSLATE_NOOP("Import", "unreadable CSV: {error}").format(error=error))
            continue
        if bad_lines:
            bad = next((n for n in range(start, end + 1) if n in bad_lines), None)
            if bad is not None:
                yield RowProblem(start, QT_TRANSLATE_NOOP(
                    "Import", "line {line} holds bytes that are not valid {encoding} text").format(
                    line=bad, encoding=decoded.encoding))
                continue
        if end > start and end == total_lines and _quote_left_open(decoded.text, start, delimiter):
            yield RowProblem(start, QT_TRANSLATE_NOOP(
                "Import", "a quoted value on line {line} is never closed, so the rest of the file (to line {end}) was "
                "read into it").format(line=start, end=end))
            continue
        if len(cells) != width:
            if (end > start and len(cells) < width) or end - start > 20:
                yield RowProblem(start, QT_TRANSLATE_NOOP(
                    "Import", "a quoted value is not closed: the row runs on to line {end} with {values} values for "
                    "{columns} columns").format(end=end, values=len(cells), columns=width))
                continue
            if len(cells) > width and any(c.strip() for c in cells[width:]):
                yield RowProblem(start, QT_TRANSLATE_NOOP(
                    "Import", "the row has {values} values but the header has {columns} columns (is there an "
                    "unquoted delimiter in a value?)").format(values=len(cells), columns=width))
                continue
        joined = "".join(cells)
        if not joined or joined.isspace():
            continue
        try:
            record = build_record(plan, cells, start)
        except UnreadableRecord as exc:
            yield RowProblem(start, exc.reason)
            continue
        except Exception as exc:  # any other surprise in one row stops that row, not the import
            yield RowProblem(start, QT_TRANSLATE_NOOP("Import", "the row cannot be read: {error}").format(
                error=f"{type(exc).__name__}: {exc}"[:300]))
            continue
        yield record
