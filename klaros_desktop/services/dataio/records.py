"""What every contacts reader (CSV layouts, vCard) hands the importer: one record per source row or card.

Readers only split and label the file's content; numbers are normalised and duplicates merged by the
importer, so every reader gets the same rules and the same error wording.
"""

from __future__ import annotations

from dataclasses import dataclass, field


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
