"""What every contacts reader (CSV layouts, vCard) hands the importer: one record per source row or card.

Readers only split and label the file's content; numbers are normalised and duplicates merged by the
importer, so every reader gets the same rules and the same error wording.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from klaros_desktop.phrases import QT_TRANSLATE_NOOP, Phrase

# Klaros's own custom fields are a flat object of texts (and the list ``other_phones``); a generous limit
# still keeps a hostile file from storing values that later code would recurse through.
MAX_CUSTOM_DEPTH = 8


@dataclass(slots=True)
class SourceRecord:
    """One person as the file describes them. ``line`` is the physical line where the row or card starts."""

    line: int
    name: str = ""
    phones: list[tuple[str, str]] = field(default_factory=list)  # (label such as "mobile", raw text)
    tags: list[str] = field(default_factory=list)
    notes: str = ""
    custom: dict[str, str] = field(default_factory=dict)
    consent: str = ""  # the raw consent cell ("yes", "opt-in", ...); empty when the file has none
    wa_id: str = ""


@dataclass(frozen=True, slots=True)
class RowProblem:
    """A row or card that cannot be imported, and why (shown to the user with its line number)."""

    line: int
    reason: str


class UnreadableRecord(ValueError):
    """One row or card cannot be taken; ``reason`` says why. The reader reports it as a ``RowProblem``."""

    def __init__(self, reason: Phrase):
        super().__init__(reason)
        self.reason = reason


def _depth(value: Any) -> int:
    """How deeply lists and objects nest in ``value`` (without recursion: the value may come from anyone)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, level)
            stack.extend((child, level + 1) for child in (item.values() if isinstance(item, dict) else item))
    return deepest


def custom_fields_from_json(raw: str) -> dict[str, Any]:
    """The custom fields a Klaros export wrote as one JSON object; ``UnreadableRecord`` for anything else."""
    try:
        value = json.loads(raw)
    except RecursionError:
        value = None
        problem: Phrase | None = QT_TRANSLATE_NOOP("Import", "nested too deeply")
    except ValueError as exc:
        problem = QT_TRANSLATE_NOOP("Import", "not JSON: {error}").format(
            error=getattr(exc, "msg", None) or str(exc))
    else:
        problem = None
        if not isinstance(value, dict):
            problem = QT_TRANSLATE_NOOP("Import", "not a JSON object")
        elif _depth(value) > MAX_CUSTOM_DEPTH:
            problem = QT_TRANSLATE_NOOP("Import", "nested too deeply")
    if problem is not None:
        raise UnreadableRecord(QT_TRANSLATE_NOOP(
            "Import", "the custom fields cannot be read ({problem})").format(problem=problem))
    return value
