"""Every recipient's variable values resolved a column at a time in SQLite, as ``variables.resolver`` resolves
them one recipient at a time (the preview and the test send still do).

A launch freezes the values of a whole audience: per recipient and per variable, Python object work costs more
than the rest of the plan together. Here each source becomes one SQL expression evaluated for all queued
recipients by one ``INSERT ... SELECT`` into a temporary table (``campaign_values``: the recipient's id, the
number it is sent to, one text column per variable); the checks (empty values, too-long titles) read that table
and the freeze copies it onto the recipients with one ``UPDATE``.

The expressions keep Python's meaning exactly: ``str.strip`` whitespace is Unicode whitespace (the characters
``WHITESPACE`` lists), not SQLite's space alone; a custom field stored as text is read by ``json_extract``, an
integer and true/false are written as Python writes them. What SQL cannot match exactly goes to the per-row getter
through a SQL function: any other JSON value (a fraction, a huge integer, an object), a key a JSON path cannot
name plainly, a row whose custom fields hold a NUL (SQLite's JSON functions cut the string there). A name's first
word is ``str.split`` in a SQL function too (as cheap as SQLite's own string functions, and one call instead of a
search for each of the 29 whitespace characters).
"""

from __future__ import annotations

import json
import re
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from klaros_desktop.models import CampaignRecipient, Contact
from klaros_desktop.services.campaigns import variables

# what ``str.isspace`` calls whitespace (``str.strip`` and ``str.split`` use the same set)
WHITESPACE = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
              "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
TABLE = "campaign_values"
_PLAIN_KEY = re.compile(r"[A-Za-z0-9_]+\Z")  # a key a JSON path names as is, whatever the stored escapes
_OLD_FN = "klaros_old_value"
_FIRST_WORD_FN = "klaros_first_word"
_NAME = "coalesce(nullif(c.display_name, ''), nullif(c.profile_name, ''), '')"  # a recipient's name (r, c)
_PHONE = "coalesce(nullif(r.phone_e164, ''), c.phone_e164)"  # the number it is sent to
_NUL = "instr(c.custom_fields, '\\u0000') > 0"  # SQLite's JSON functions cut a string at a NUL


def _old_value(source: str, custom: str | None, display_name: str | None, profile_name: str | None) -> str:
    """The old getter's value of ``source`` (a custom field or the first name) from the contact's columns, the
    custom fields as stored (JSON text)."""
    fields = variables.ContactFields(display_name, profile_name, None,
                                     json.loads(custom) if custom and custom != "{}" else None)
    return variables._getter(source)(fields, None)


def _first_word(name: str) -> str:
    words = name.split()
    return words[0] if words else ""


def _register(session: Session) -> None:
    raw = session.connection().connection.driver_connection
    raw.create_function(_OLD_FN, 4, _old_value, deterministic=True)
    raw.create_function(_FIRST_WORD_FN, 1, _first_word, deterministic=True)


class _Sql:
    """Builds the SELECT's expressions; literals go in as bound parameters (named ``p0``, ``p1`` ...)."""

    def __init__(self) -> None:
        self.params: dict[str, Any] = {"ws": WHITESPACE}

    def bind(self, value: Any) -> str:
        name = f"p{len(self.params)}"
        self.params[name] = value
        return ":" + name

    @staticmethod
    def strip(expr: str) -> str:
        return f"trim({expr}, :ws)"

    def old(self, source: str) -> str:
        return f"{_OLD_FN}({self.bind(source)}, c.custom_fields, c.display_name, c.profile_name)"

    def custom(self, key: str) -> str:
        """``custom.KEY`` before stripping: text as stored, "" when missing or null, else the old getter's."""
        if not _PLAIN_KEY.match(key):
            return self.old(variables.CUSTOM_PREFIX + key)
        path = self.bind(f'$."{key}"')
        value = f"json_extract(c.custom_fields, {path})"
        old = self.old(variables.CUSTOM_PREFIX + key)
        # (``CASE x WHEN``: the JSON parsed once for the type) an integer SQLite holds as one (64 bits) reads as
        # Python's str(int), true/false as str(bool); missing or null as ""
        return (f"(CASE WHEN {_NUL} THEN {old} ELSE CASE json_type(c.custom_fields, {path}) "
                f"WHEN 'text' THEN {value} WHEN 'null' THEN '' WHEN 'true' THEN 'True' WHEN 'false' THEN 'False' "
                f"WHEN 'integer' THEN CASE typeof({value}) WHEN 'integer' THEN CAST({value} AS TEXT) ELSE {old} END "
                f"WHEN 'real' THEN {old} WHEN 'object' THEN {old} WHEN 'array' THEN {old} ELSE '' END END)")

    def raw(self, source: str) -> str:
        """The value of ``source`` before stripping and fallback, as ``variables._getter`` reads it."""
        if source == "name":
            return _NAME
        if source == "first_name":
            # a stored first name that is text and not blank (stripped here: the value is stripped anyway)
            stored = ("CASE json_type(c.custom_fields, '$.first_name') WHEN 'text' "
                      "THEN json_extract(c.custom_fields, '$.first_name') END")
            return (f"(CASE WHEN {_NUL} THEN {self.old(source)} "
                    f"ELSE coalesce(nullif({self.strip(stored)}, ''), {_FIRST_WORD_FN}({_NAME})) END)")
        if source == "phone":
            return f"coalesce({_PHONE}, '')"
        if source.startswith(variables.CUSTOM_PREFIX):
            return self.custom(source[len(variables.CUSTOM_PREFIX):])
        if source.startswith(variables.TEXT_PREFIX):
            return self.bind(source[len(variables.TEXT_PREFIX):])
        variables._getter(source)  # raises VariableError for an unknown source
        raise AssertionError(source)

    def value(self, source: variables.Source) -> str:
        """``raw.strip() or fallback.strip()``."""
        fallback = (source.fallback or "").strip()
        return f"coalesce(nullif({self.strip(self.raw(source.source))}, ''), {self.bind(fallback)})"


def resolve_into(session: Session, campaign_id: int, state: str, sources: list[variables.Source]) -> int:
    """Fill ``temp.campaign_values`` (``id``, ``phone``, ``v0`` ... one column per source, in order) for the
    campaign's recipients in ``state``, ordered by their id; returns how many rows."""
    _register(session)
    sql = _Sql()
    columns = ", ".join(f"v{i} TEXT" for i in range(len(sources)))
    session.execute(text(f"DROP TABLE IF EXISTS temp.{TABLE}"))
    session.execute(text(f"CREATE TEMP TABLE {TABLE} (id INTEGER PRIMARY KEY, phone TEXT"
                         f"{', ' + columns if columns else ''})"))
    values = "".join(f", {sql.value(s)}" for s in sources)
    session.execute(text(
        f"INSERT INTO temp.{TABLE} SELECT r.id, {_PHONE}{values} FROM {CampaignRecipient.__tablename__} AS r "
        f"LEFT JOIN {Contact.__tablename__} AS c ON c.id = r.contact_id WHERE r.campaign_id = :campaign "
        f"AND r.state = :state ORDER BY r.id"), {**sql.params, "campaign": campaign_id, "state": state})
    return session.execute(text(f"SELECT count(*) FROM temp.{TABLE}")).scalar_one()


def read(session: Session, where: str = "", params: dict[str, Any] | None = None) -> list[tuple]:
    """Rows of ``temp.campaign_values`` (``where`` an SQL condition on its columns), in recipient order."""
    return [tuple(row) for row in session.execute(text(
        f"SELECT * FROM temp.{TABLE}{' WHERE ' + where if where else ''} ORDER BY id"), params or {})]


def drop(session: Session) -> None:
    session.execute(text(f"DROP TABLE IF EXISTS temp.{TABLE}"))
