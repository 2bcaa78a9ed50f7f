"""The order people are listed in: by name as a reader expects it, "Ümit" between "Thomas" and "Vera", not after
"Zoe" where the bytes of "Ü" would put it.

The contacts table pages through SQL (keyset paging over 100,000 contacts), so the order is an indexed column,
``contacts.name_key``, which every writer of a contact's names fills with ``name_key`` (migration 0020): accented
Latin letters of the first ``FOLDED`` letters are folded to their base letters (``Ü`` -> ``u``, ``ß`` -> ``ss``,
``æ`` -> ``ae``, as German phone books and Qt's ``QCollator`` order them), then ASCII case is folded. Other scripts
keep their code-point order, which is their alphabet's order.

Until migration 0020 the same key was an index on the SQL expression ``sql_key`` (built-in ``CASE``, ``substr``
and ``lower`` only; no function of our own registered on the connection). ``name_key`` gives exactly what that
expression gave, so the order did not change; ``sql_key`` stays for migrations 0012 and 0020 (and the test that
compares the two).
"""

from __future__ import annotations

from klaros_desktop.models.name_keys import FOLD, FOLDED, name_key

__all__ = ["FOLD", "FOLDED", "NAME", "name_key", "sql_key"]

NAME = "coalesce(display_name, profile_name, phone_e164)"


def _letter(sql: str) -> str:
    whens = " ".join(f"WHEN '{ch}' THEN '{base}'" for ch, base in FOLD.items())
    return f"CASE {sql} {whens} ELSE lower({sql}) END"


def sql_key(expression: str = NAME) -> str:
    """The SQL that gave what ``name_key`` gives (the index of migrations 0012 to 0019 was on exactly this for
    ``NAME``).

    Flat ``CASE`` look-ups on the first ``FOLDED`` letters, not nested ``replace`` calls: SQLite's parser takes
    about 25 nested calls, far fewer than the letters to fold. Where names differ only after those letters
    ("Müllerová" and "Mullerova") accents order by code point, which readers rarely meet."""
    letters = [_letter(f"substr({expression}, {i}, 1)") for i in range(1, FOLDED + 1)]
    return "(" + " || ".join([*letters, f"lower(substr({expression}, {FOLDED + 1}))"]) + ")"
