"""Sentences built below the UI (services, commands, Graph errors, the keyring) that the UI shows: English as a
plain ``str``, translatable on screen (no Qt here, so every layer may use it).

A ``Phrase`` *is* its English text, so the audit log, log lines, the CLI and existing comparisons keep
working on English. It also keeps its Qt translation context, its source template and its arguments, so
``ui.i18n.render`` can look the template up in the installed translators and fill in the arguments,
rendered the same way (nested phrases; times in the reader's locale).

Mark every template with this module's ``QT_TRANSLATE_NOOP("Context", "literal")`` and fill it with
``.format(name=value)``. Qt's ``lupdate`` collects the call by its name alone, so both arguments must be
string literals (``tests/desktop/ui/test_i18n_marked.py`` checks it). lupdate marks no plural forms for
Python's ``QT_TRANSLATE_NOOP``, so sentences with counts are worded to read right with any number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any


def _english(value: Any) -> Any:
    """An argument as the English sentence shows it (everything else formats itself)."""
    if isinstance(value, datetime):  # stored times are UTC; a naive one is UTC too
        return (value.astimezone(UTC) if value.tzinfo else value).strftime("%Y-%m-%d %H:%M UTC")
    return value


class Phrase(str):
    """An English sentence that also carries ``context``, ``source`` (the template) and ``args``."""

    context: str
    source: str
    args: dict[str, Any]

    def __new__(cls, context: str, source: str, args: dict[str, Any] | None = None) -> Phrase:
        args = dict(args or {})
        text = source.format(**{k: _english(v) for k, v in args.items()}) if args else source
        self = super().__new__(cls, text)
        self.context, self.source, self.args = context, source, args
        return self

    def format(self, *positional: Any, **args: Any) -> Phrase:  # type: ignore[override]
        """The same template with ``args`` filled in (named placeholders only)."""
        if positional:
            raise TypeError("phrases take named arguments only, so translators can reorder them")
        return Phrase(self.context, self.source, args)

    def __reduce__(self):  # worker processes hand reasons back pickled
        return (Phrase, (self.context, self.source, self.args))

    def __repr__(self) -> str:
        return f"Phrase({self.context!r}, {str(self)!r})"


def counted(n: int, singular: str, plural: str | None = None) -> str:
    """``n`` with the English noun that agrees with it ("1 event", "2 events"); irregular words pass ``plural``.
    For the English-only lines (the command line, reports it prints, the log), not for translated phrases."""
    return f"{n} {singular if n == 1 else plural or singular + 's'}"


def QT_TRANSLATE_NOOP(context: str, source: str) -> Phrase:  # the name Qt's lupdate looks for
    """Mark ``source`` for translation in ``context``; returns it as a Phrase to ``.format`` (no Qt needed)."""
    return Phrase(context, source)


@dataclass(frozen=True)
class LocalTime:
    """A moment in the reader's local time, as a part of a sentence.

    ``clock`` 14:05, ``day`` Mon 23 Nov, ``date`` 23 Nov 2025. ``str()`` is the English form; the UI
    shows day and month names in the reader's language.
    """

    at: datetime
    style: str  # clock | day | date

    _ENGLISH = {"clock": "%H:%M", "day": "%a %d %b", "date": "%d %b %Y"}

    def __str__(self) -> str:
        return self.at.astimezone().strftime(self._ENGLISH[self.style])

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


NUMBER_SPEC = re.compile(r"(,)?(?:\.(\d+))?([df%]?)")


@dataclass(frozen=True)
class Number:
    """A number as a part of a sentence, with the English format ``spec`` (``,``, ``.1f``, ``,.2f``, ``.0%``).

    ``str()`` is the English form the CLI and the log show; the UI reads the same spec (grouping, decimals,
    percent) and writes the number the reader's way (``4,8``, ``1.234``, ``48 %``)."""

    value: int | float | Decimal
    spec: str = ","

    def __post_init__(self) -> None:
        if NUMBER_SPEC.fullmatch(self.spec) is None:
            raise ValueError(f"not a number format Klaros reads on screen: {self.spec!r}")

    def __str__(self) -> str:
        return format(self.value, self.spec)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


def reason_of(exc: BaseException) -> str:
    """What an exception says, kept as a Phrase when it was raised with one (``str(exc)`` drops that)."""
    first = exc.args[0] if len(exc.args) == 1 else None
    if isinstance(first, Phrase):
        return first
    return getattr(exc, "explanation", None) or str(exc) or type(exc).__name__

def local_time(when: datetime, now: datetime | None = None) -> Phrase:
    """When, in local time, as it reads in a sentence: ``today at 14:05``, ``yesterday at 09:12``,
    ``on Mon 23 Nov at 14:05``, ``on 23 Nov 2025 at 14:05``."""
    local = when.astimezone()
    today = (now or datetime.now(UTC)).astimezone().date()
    days = (today - local.date()).days
    clock = LocalTime(local, "clock")
    if days == 0:
        return QT_TRANSLATE_NOOP("Compose", "today at {clock}").format(clock=clock)
    if days == 1:
        return QT_TRANSLATE_NOOP("Compose", "yesterday at {clock}").format(clock=clock)
    if days == -1:
        return QT_TRANSLATE_NOOP("Compose", "tomorrow at {clock}").format(clock=clock)
    if local.year == today.year:
        return QT_TRANSLATE_NOOP("Compose", "on {day} at {clock}").format(day=LocalTime(local, "day"), clock=clock)
    return QT_TRANSLATE_NOOP("Compose", "on {date} at {clock}").format(date=LocalTime(local, "date"), clock=clock)
