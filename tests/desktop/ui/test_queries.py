"""The paged queries behind the lists: keyset pages of contacts give exactly the one-query order (ties on the
name, contacts without a name or number), and the conversation page keeps its newest-first order."""

from __future__ import annotations

from sqlalchemy import text

from klaros_desktop.models.name_keys import name_key
from klaros_desktop.services.reads import queries


def test_contact_pages_continue_exactly_where_the_last_ended(sessions):
    with sessions.begin() as s:
        for i in range(450):
            name = None if i % 45 == 0 else ("Anna Müller" if i % 3 == 0 else f"kunde {i % 97:02d}")
            phone = None if name is None and i % 90 == 0 else f"+49151{30_000_000 + i}"
            s.execute(text("INSERT INTO contacts(display_name, name_key, phone_e164, notes, custom_fields, "
                           "created_at, updated_at) VALUES (:n, :k, :p, '', '{}', '2026-01-01', '2026-01-01')"),
                      {"n": name, "k": name_key(name, None, phone), "p": phone})
    with sessions() as s:
        everything = [r.id for r in queries.contacts(s, queries.ContactFilter(), limit=10_000)]
        paged: list[int] = []
        last = None
        while True:
            page = queries.contacts(s, queries.ContactFilter(), after=last, limit=40)
            if not page:
                break
            paged += [r.id for r in page]
            last = page[-1]
    assert len(everything) == 450 and paged == everything
    with sessions() as s:
        first = queries.contacts(s, queries.ContactFilter(), limit=3)
    assert [r.sort_key for r in first] == [None, None, None]  # no name and no number (5 of them) sort first


def test_conversation_page_is_newest_first(sessions, apply, now):
    import importlib.util
    from datetime import timedelta
    from pathlib import Path

    spec = importlib.util.spec_from_file_location("ui_conftest", Path(__file__).with_name("conftest.py"))
    conf = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(conf)
    for i in range(5):
        apply(conf.text_message(f"49151123456{i:02d}", f"wamid.Q.{i}", f"Hallo {i}", now - timedelta(minutes=10 * i),
                                f"Kunde {i}"))
    with sessions() as s:
        rows = queries.conversations(s, queries.ConversationFilter())
        second = queries.conversations(s, queries.ConversationFilter(), offset=2, limit=2)
    assert [r.name for r in rows] == [f"Kunde {i}" for i in range(5)]
    assert [r.preview for r in rows] == [f"Hallo {i}" for i in range(5)]
    assert [r.name for r in second] == ["Kunde 2", "Kunde 3"]



def test_contacts_pages_use_the_name_order_index(sessions):
    """The order column is indexed with the id (migration 0020): no page sorts the whole table (100k contacts:
    85 to 100 ms per page without it, 1 to 2 ms with it)."""
    from sqlalchemy import event

    with sessions.begin() as s:
        s.execute(text("INSERT INTO contacts(display_name, name_key, phone_e164, notes, custom_fields, created_at, "
                       "updated_at) VALUES ('Anna', 'anna', '+4915130000001', '', '{}', '2026-01-01', '2026-01-01')"))
    statements: list[tuple[str, object]] = []

    def grab(_conn, _cursor, statement, params, _context, _many):
        if "WITH page" in statement:
            statements.append((statement, params))

    engine = sessions.kw["bind"]
    event.listen(engine, "before_cursor_execute", grab)
    try:
        with sessions() as s:
            first = queries.contacts(s, queries.ContactFilter())
            queries.contacts(s, queries.ContactFilter(), after=first[-1])
    finally:
        event.remove(engine, "before_cursor_execute", grab)
    assert len(statements) == 2
    with engine.connect() as conn:
        for statement, params in statements:
            plan = " | ".join(str(row[-1]) for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params))
            assert "USING COVERING INDEX ix_contacts_name_key" in plan, plan


def test_a_search_many_match_walks_the_list_and_finds_what_sorting_finds(sessions, monkeypatch):
    """When many contacts match (a letter typed), the chat list walks its own order instead of sorting every
    matching chat: the same chats in the same order, pages included (pinned first, ties on the time by id, chats
    without a message last, archived ones apart)."""
    with sessions.begin() as s:
        for i in range(1, 61):
            name = f"{'Rosa' if i % 3 else 'Sven'} Kunde {i}"
            s.execute(text("INSERT INTO contacts(id, display_name, name_key, phone_e164, notes, custom_fields, "
                           "created_at, updated_at) VALUES (:i, :n, :k, :p, '', '{}', '2026-01-01', '2026-01-01')"),
                      {"i": i, "n": name, "k": name_key(name, None, None), "p": f"+49151{40_000_000 + i}"})
            last = None if i % 11 == 0 else f"2026-11-{1 + i % 7:02d} 10:00:00.000000"  # ties on the time
            s.execute(text("INSERT INTO conversations(id, contact_id, phone_number_id, last_message_at, unread_count, "
                           "archived, pinned_at, created_at) VALUES (:i, :i, '1', :last, 0, :archived, :pinned, "
                           "'2026-01-01')"),
                      {"i": i, "last": last, "archived": int(i % 13 == 0),
                       "pinned": "2026-11-20 10:00:00.000000" if i in (4, 9) else None})

    def pages_of(flt: queries.ConversationFilter) -> list[list[int]]:
        with sessions() as s:
            return [[r.id for r in queries.conversations(s, flt, offset=o, limit=7)] for o in range(0, 70, 7)]

    searches = [queries.ConversationFilter(text="r"), queries.ConversationFilter(text="kunde"),
                queries.ConversationFilter(text="ro", archived=True), queries.ConversationFilter(text="s k")]
    sorted_pages = [pages_of(flt) for flt in searches]
    monkeypatch.setattr(queries, "MANY_MATCHES", 2)
    walked: list[bool] = []
    real = queries._many_match
    monkeypatch.setattr(queries, "_many_match", lambda *a: walked.append(real(*a)) or walked[-1])
    assert [pages_of(flt) for flt in searches] == sorted_pages
    assert True in walked  # the walk was taken (the archived list keeps sorting)
    assert sum(map(len, sorted_pages[1])) == 56 and sorted_pages[1][0][:2] == [9, 4]
