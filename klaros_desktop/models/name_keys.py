"""A contact's name key, ``contacts.name_key``: what the contacts list orders and pages by (``services.people.
name_order`` says why it folds what it folds). A column the writers fill, not an index on an SQL expression, so
the key is computed once per written row in Python, not by SQLite for every index update.
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

FOLDED = 4  # the first letters folded; the rest of a name is compared with ASCII case folded only
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")  # SQLite's lower()
_FIRST = {**{chr(c): chr(c).translate(_ASCII_LOWER) for c in range(128)}, **FOLD}
_FIRST_TABLE = str.maketrans(_FIRST)  # the same mapping for ``str.translate``: one C call per name


def name_key(display_name: str | None, profile_name: str | None, phone_e164: str | None) -> str | None:
    """The stored ``contacts.name_key`` of a contact with these names: of the first one that is not None (SQL's
    ``coalesce``: an empty name counts), None when all are. Every writer of any of the three columns writes it."""
    name = display_name if display_name is not None else profile_name if profile_name is not None else phone_e164
    if name is None:
        return None
    if len(name) <= FOLDED:
        return name.translate(_FIRST_TABLE)
    return name[:FOLDED].translate(_FIRST_TABLE) + name[FOLDED:].translate(_ASCII_LOWER)
