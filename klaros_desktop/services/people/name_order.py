"""The order people are listed in: by name as a reader expects it, "Ümit" between "Thomas" and "Vera", not after
"Zoe" where the bytes of "Ü" would put it.

The contacts table pages through SQL (keyset paging over 100,000 contacts), so the order must be an indexed
SQL expression: accented Latin letters are folded to their base letters (``Ü`` -> ``u``, ``ß`` -> ``ss``,
``æ`` -> ``ae``, as German phone books and Qt's ``QCollator`` order them), then ASCII case is folded, with
built-in ``CASE``, ``substr`` and ``lower`` only, so the index works from any SQLite. Other scripts keep their
code-point order, which is their alphabet's order.
"""

from __future__ import annotations

import unicodedata

_SPECIAL = {"ß": "ss", "ẞ": "ss", "Æ": "ae", "æ": "ae", "Œ": "oe", "œ": "oe", "Ø": "o", "ø": "o", "Đ": "d",
            "đ": "d", "Ł": "l", "ł": "l", "Þ": "th", "þ": "th", "Ð": "d", "ð": "d", "ı": "i", "Ŀ": "l", "ŀ": "l"}


def _fold_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for code in range(0xC0, 0x180):
        ch = chr(code)
        if ch in _SPECIAL:
            table[ch] = _SPECIAL[ch]
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        if base != ch and base.isascii() and base.isalpha():
            table[ch] = base.lower()
    return table


FOLD = _fold_table()

NAME = "coalesce(display_name, profile_name, phone_e164)"


FOLDED = 4  # the first letters folded in SQL; the rest of a name is compared with ASCII case folded only


def _letter(sql: str) -> str:
    whens = " ".join(f"WHEN '{ch}' THEN '{base}'" for ch, base in FOLD.items())
    return f"CASE {sql} {whens} ELSE lower({sql}) END"


def sql_key(expression: str = NAME) -> str:
    """The SQL that orders ``expression`` by name (the index of migration 0012 is on exactly this for ``NAME``).

    Flat ``CASE`` look-ups on the first ``FOLDED`` letters, not nested ``replace`` calls: SQLite's parser takes
    about 25 nested calls, far fewer than the letters to fold. Where names differ only after those letters
    ("Müllerová" and "Mullerova") accents order by code point, which readers rarely meet."""
    letters = [_letter(f"substr({expression}, {i}, 1)") for i in range(1, FOLDED + 1)]
    return "(" + " || ".join([*letters, f"lower(substr({expression}, {FOLDED + 1}))"]) + ")"
