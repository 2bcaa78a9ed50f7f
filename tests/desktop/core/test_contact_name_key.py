"""The contacts' stored name key (migration 0020): the list orders and pages by it exactly as it did by the SQL
expression it replaces, every writer of a contact's name keeps it in step, and the migration fills it in."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest
from alembic import command
from sqlalchemy import text

from klaros_desktop import db
from klaros_desktop.models import Contact
from klaros_desktop.services.people import name_order
from klaros_desktop.services.reads import queries

NOW = "2026-12-01 10:00:00.000000"

# names as shops in the app's languages type them: accents, capitals, ß, ligatures, dotless i, other scripts
NAMES = [
    "Ümit Yılmaz", "ümit", "Umut", "Thomas", "Vera", "Zoe", "Ärger", "Ångström", "Œuvre", "Æbelø", "Øresund",
    "Straße", "STRASSE", "Strasse", "ß", "Élodie", "élodie", "Eloise", "ÉLODIE", "Ñandú", "Nadia", "Çelik",
    "Cem", "İsmail", "Işık", "Ismail", "ışık", "Şule", "Sule", "Ğül", "João", "JOÃO", "Joao", "Łukasz", "Lukas",
    "Đorđe", "Þór", "Ðuro", "Müllerová", "Mullerova", "MÜLLER", "müller", "Müller", "Mueller", "de la Cruz",
    "De La Cruz", "Δημήτρης", "Ζωή", "Алексей", "анна", "Анна", "中村", "😀 Emoji", "", " Anna", "anna",
    "ANNA", "Anna", "a", "A", "Àà", "ÀÀ", "àà", "zz", "Z", "Ŀlorenç", "ŀ", "ĳsselmeer", "Ĳ", "ſ", "Ÿvonne",
]


def _sql_keys(conn, names: list[str | None]) -> list[str | None]:
    """What the SQL expression of migration 0012 gives for each name."""
    key = name_order.sql_key(":n")
    return [conn.execute(text(f"SELECT {key}"), {"n": n}).scalar() for n in names]


def _stale(sessions) -> list[tuple]:
    """Contacts whose stored key is not the one their names give."""
    with sessions() as s:
        rows = s.execute(text("SELECT id, display_name, profile_name, phone_e164, name_key FROM contacts")).all()
    return [tuple(r) for r in rows if r[4] != name_order.name_key(r[1], r[2], r[3])]


def test_the_key_is_what_the_sql_expression_gave_for_names_in_many_languages(database):
    engine, _ = database
    rng = random.Random(20)
    pool = ("abcXYZ 09-'" + "".join(chr(c) for c in range(0xC0, 0x180)) + "ΔδЖж中ıİſẞ😀")
    fuzz = ["".join(rng.choice(pool) for _ in range(rng.randrange(0, 9))) for _ in range(3000)]
    names = [*NAMES, *fuzz, None]
    with engine.connect() as conn:
        expected = _sql_keys(conn, names)
    assert [name_order.name_key(n, None, None) for n in names] == expected


def test_the_key_takes_the_first_name_given_as_the_list_shows_it():
    """``coalesce``: an empty name is a name (it is not skipped as Python's ``or`` would), None is not."""
    assert name_order.name_key(None, "Ümit", "+4915112345678") == "umit"
    assert name_order.name_key("", "Ümit", "+4915112345678") == ""
    assert name_order.name_key(None, None, "+4915112345678") == "+4915112345678"
    assert name_order.name_key(None, None, None) is None


def _insert_raw(conn, rows: list[tuple[int, str | None, str | None, str | None]]) -> None:
    conn.execute(text("INSERT INTO contacts (id, display_name, profile_name, phone_e164, notes, custom_fields, "
                      "created_at, updated_at) VALUES (:id, :d, :p, :ph, '', '{}', :now, :now)"),
                 [{"id": i, "d": d, "p": p, "ph": ph, "now": NOW} for i, d, p, ph in rows])


def _people(count: int, seed: int = 3) -> list[tuple[int, str | None, str | None, str | None]]:
    rng = random.Random(seed)
    rows = []
    for i in range(count):
        name = rng.choice(NAMES)
        shape = i % 7
        display, profile = (name, None) if shape < 3 else (None, name) if shape < 5 else ("", name) if shape == 5 \
            else (None, None)
        phone = None if i % 50 == 0 else f"+49151{10_000_000 + i}"
        rows.append((i * 3 + 1, display, profile, phone))  # ids with gaps
    return rows


def test_the_list_orders_and_pages_as_the_expression_did(sessions):
    with sessions.begin() as s:
        for _id, display, profile, phone in _people(400):
            s.add(Contact(display_name=display, profile_name=profile, phone_e164=phone, notes="", custom_fields={}))
    expression = name_order.sql_key("coalesce(c.display_name, c.profile_name, c.phone_e164)")
    with sessions() as s:
        before = [tuple(r) for r in s.execute(text(f"SELECT c.id, {expression} AS k FROM contacts c ORDER BY k, c.id"))]
        everything = queries.contacts(s, queries.ContactFilter(), limit=10_000)
        paged, last = [], None
        while page := queries.contacts(s, queries.ContactFilter(), after=last, limit=37):
            paged += page
            last = page[-1]
    assert [(r.id, r.sort_key) for r in everything] == before
    assert [r.id for r in paged] == [r.id for r in everything]
    assert _stale(sessions) == []


def test_the_list_reads_the_key_from_its_index_from_where_the_last_page_ended(database):
    engine, sessions = database
    with sessions.begin() as s:
        s.add_all([Contact(display_name=n, phone_e164=f"+49151200000{i:02d}") for i, n in enumerate(NAMES[:20])])
    with sessions() as s:
        first = queries.contacts(s, queries.ContactFilter(), limit=5)
    statements: list[tuple[str, object]] = []

    def grab(_conn, _cursor, statement, params, _context, _many):
        if "WITH page" in statement:
            statements.append((statement, params))

    from sqlalchemy import event

    event.listen(engine, "before_cursor_execute", grab)
    try:
        with sessions() as s:
            queries.contacts(s, queries.ContactFilter(), after=first[-1], limit=5)
    finally:
        event.remove(engine, "before_cursor_execute", grab)
    with engine.connect() as conn:
        index_sql = conn.execute(text("SELECT sql FROM sqlite_master WHERE name = 'ix_contacts_name_key'")).scalar()
        plan = " | ".join(str(r[-1]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statements[0][0],
                                                                     statements[0][1]))
    assert "(name_key, id)" in index_sql.replace('"', "")
    # the next page starts where the last ended (a range of the index), not at the top of the index
    assert "SEARCH c USING COVERING INDEX ix_contacts_name_key" in plan, plan


# ------------------------------------------------------------------ every writer of a name keeps the key


def test_orm_writers_keep_the_key_in_step(sessions):
    """A contact made or renamed through the ORM (the editor, a send to a new number, ``upsert_from_meta``)."""
    from klaros_desktop.services.people import contacts

    with sessions.begin() as s:
        c = Contact(phone_e164="+4915112345678", notes="", custom_fields={})
        s.add(c)
        s.flush()
        assert c.name_key == "+4915112345678"
        c.profile_name = "Ümit"
    with sessions.begin() as s:
        c = s.get(Contact, c.id)
        assert c.name_key == "umit"
        c.display_name = "Özlem Çelik"
        met = contacts.upsert_from_meta(s, wa_id="4915199999999", profile_name="Élodie")
    with sessions.begin() as s:
        assert s.get(Contact, c.id).name_key == "ozlem Çelik"  # accents folded in the first letters
        assert s.get(Contact, met.id).name_key == "elodie"
        contacts.upsert_from_meta(s, wa_id="4915199999999", profile_name="Zoë")
    assert _stale(sessions) == []


def test_the_contact_editor_keeps_the_key_in_step(sessions):
    from klaros_desktop.services.people import contact_edit

    saved = contact_edit.save(sessions, contact_edit.ContactForm(display_name="Ärger", phone="+4915112345678"))
    for change in ({"display_name": "ÉLODIE"}, {"display_name": ""}, {"display_name": "", "phone": "+4915187654321"}):
        form = contact_edit.ContactForm(id=saved.contact_id, **{"display_name": "ÉLODIE",
                                                                "phone": "+4915112345678", **change})
        contact_edit.save(sessions, form)
        assert _stale(sessions) == []
    with sessions() as s:
        assert s.get(Contact, saved.contact_id).name_key == "+4915187654321"


def test_inbound_messages_keep_the_key_in_step(sessions, apply, wh):
    ts = int(datetime(2026, 12, 1, 10, tzinfo=UTC).timestamp())
    apply(wh.text_message("4915112345678", "wamid.K1", "Hallo", ts, "Ümit"),
          wh.text_message("4915187654321", "wamid.K2", "Hallo", ts, "Vera"))
    with sessions() as s:
        keys = dict(s.execute(text("SELECT phone_e164, name_key FROM contacts")).all())
    assert keys == {"+4915112345678": "umit", "+4915187654321": "vera"}
    with sessions.begin() as s:  # the shop names one of them; their profile name no longer decides
        s.execute(text("UPDATE contacts SET display_name = 'Anna', name_key = 'anna' WHERE phone_e164 = :p"),
                  {"p": "+4915187654321"})
    apply(wh.text_message("4915112345678", "wamid.K3", "Hallo", ts + 5, "ÖMER"),
          wh.text_message("4915187654321", "wamid.K4", "Hallo", ts + 5, "Zoe"))
    with sessions() as s:
        keys = dict(s.execute(text("SELECT phone_e164, name_key FROM contacts")).all())
    assert keys == {"+4915112345678": "omer", "+4915187654321": "anna"}
    assert _stale(sessions) == []


def test_a_contact_known_by_a_number_only_gets_its_profile_name_key_from_a_message(sessions, apply, wh):
    """The inbound batch updates a known contact (read without its display name) with executemany."""
    with sessions.begin() as s:
        s.add(Contact(phone_e164="+4915112345678", notes="", custom_fields={}))
    ts = int(datetime(2026, 12, 1, 10, tzinfo=UTC).timestamp())
    apply(wh.text_message("4915112345678", "wamid.K5", "Hallo", ts, "Şule"))
    with sessions() as s:
        assert s.execute(text("SELECT name_key FROM contacts")).scalar() == "sule"
    assert _stale(sessions) == []


def test_the_check_finds_a_writer_that_forgets_the_key(database):
    """What the suite's guard (``tests/conftest.py``) and the tests above rely on: a row written without its key
    is found."""
    engine, sessions = database
    with engine.begin() as conn:
        _insert_raw(conn, [(1, "Anna", None, "+4915112345678")])
    assert _stale(sessions) == [(1, "Anna", None, "+4915112345678", None)]
    with engine.begin() as conn:
        conn.execute(text("UPDATE contacts SET name_key = 'anna'"))
    assert _stale(sessions) == []


# ------------------------------------------------------------------ migration 0020


def _migrate(engine, to: str) -> None:
    cfg = db.alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        (command.upgrade if to == "head" else command.downgrade)(cfg, to)


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index:sqlalchemy.exc.SAWarning")
def test_0020_fills_in_the_key_of_every_contact_and_goes_back_down(profile):
    engine, sessions = db.open_database(profile)
    people = _people(12_345)  # more than one batch of the backfill
    try:
        _migrate(engine, "0019")
        with engine.begin() as conn:
            _insert_raw(conn, people)
            before = [r[0] for r in conn.execute(text(
                f"SELECT id FROM contacts INDEXED BY ix_contacts_name_key ORDER BY {name_order.sql_key()}, id"))]
        _migrate(engine, "head")
        with engine.connect() as conn:
            index_sql = conn.execute(text("SELECT sql FROM sqlite_master WHERE name = 'ix_contacts_name_key'")).scalar()
            assert "(name_key, id)" in index_sql.replace('"', "")
        assert _stale(sessions) == []
        with sessions() as s:
            assert [r.id for r in queries.contacts(s, queries.ContactFilter(), limit=100_000)] == before
        _migrate(engine, "0019")
        with engine.connect() as conn:
            columns = [r[1] for r in conn.execute(text("PRAGMA table_info(contacts)"))]
            after = [r[0] for r in conn.execute(text(
                f"SELECT id FROM contacts INDEXED BY ix_contacts_name_key ORDER BY {name_order.sql_key()}, id"))]
        assert "name_key" not in columns and after == before
        _migrate(engine, "head")  # and up again
        assert _stale(sessions) == []
    finally:
        engine.dispose()
