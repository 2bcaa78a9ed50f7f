"""What the inbound batch writes: only the columns a status moved (each column in an UPDATE's SET list fires
the triggers that watch it, whatever its value)."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from sqlalchemy import event, select

from klaros_desktop.models import Contact, Conversation, Message

WA = "4915112345678"


def _outbound(sessions, wamid: str, **columns) -> None:
    with sessions.begin() as s:
        contact = s.scalar(select(Contact).where(Contact.wa_id == WA))
        if contact is None:
            contact = Contact(phone_e164="+" + WA, wa_id=WA)
            s.add(contact)
            s.flush()
            s.add(Conversation(contact_id=contact.id, phone_number_id="x"))
            s.flush()
        conv = s.scalar(select(Conversation.id).where(Conversation.contact_id == contact.id))
        s.add(Message(wamid=wamid, conversation_id=conv, contact_id=contact.id, direction="out", type="text",
                      text="Ihre Bestellung", timestamp=datetime(2026, 11, 1, tzinfo=UTC), **columns))


def _message_updates(sessions, apply, *bodies) -> list[list[str]]:
    """The SET columns of each UPDATE of messages while ``bodies`` are applied."""
    engine = sessions.kw["bind"]
    seen: list[list[str]] = []

    def listen(_conn, _cursor, statement, _params, _context, _executemany):
        found = re.match(r"\s*UPDATE messages SET (.*) WHERE", statement, re.S)
        if found:
            seen.append(sorted(part.split("=")[0].strip() for part in found.group(1).split(",")))

    event.listen(engine, "before_cursor_execute", listen)
    try:
        apply(*bodies)
    finally:
        event.remove(engine, "before_cursor_execute", listen)
    return seen


def test_a_status_writes_only_the_columns_it_moved(apply, sessions, wh):
    delivered = datetime(2026, 11, 1, 10, tzinfo=UTC)
    _outbound(sessions, "wamid.out", status="delivered", status_at=delivered, sent_at=delivered,
              delivered_at=delivered, pricing_category="service", pricing_type="free_customer_service",
              pricing_billable=False, pricing_model="PMP")
    read = wh.status("wamid.out", "read", int(datetime(2026, 11, 1, 11, tzinfo=UTC).timestamp()), WA)
    assert _message_updates(sessions, apply, read) == [["read_at", "status", "status_at"]]
    with sessions() as s:
        m = s.scalar(select(Message).where(Message.wamid == "wamid.out"))
        assert (m.status, m.read_at.hour, m.delivered_at, m.pricing_model) == ("read", 11, delivered, "PMP")
    late_delivered = wh.status("wamid.out", "delivered", int(datetime(2026, 11, 1, 12, tzinfo=UTC).timestamp()), WA)
    assert _message_updates(sessions, apply, late_delivered) == []  # moved nothing: not written at all


def _customers_writing(wh, count: int, start: int = 0) -> list[tuple[dict, str]]:
    return [(wh.text_message(f"49151{1000000 + n:07d}", f"wamid.in.{n}", f"Bestellung nummer{n:03d} bitte", 1000 + n),
             f"relay-{n}") for n in range(start, start + count)]


def _inserts_of_messages(session, work) -> int:
    """How many times an INSERT into messages ran while ``work()`` ran (an executemany runs it once a row)."""
    engine = session.get_bind()
    ran: list[int] = []

    def listen(_conn, _cursor, statement, params, _context, executemany):
        if statement.lstrip().startswith("INSERT OR IGNORE INTO messages "):
            ran.append(len(params) if executemany else 1)

    event.listen(engine, "before_cursor_execute", listen)
    try:
        work()
    finally:
        event.remove(engine, "before_cursor_execute", listen)
    return sum(ran)


def _found_by_search(sessions, count: int) -> list[int]:
    from klaros_desktop.services.reads.search import search_messages

    with sessions() as s:
        return [n for n in range(count) if len(search_messages(s, f"nummer{n:03d}")) == 1]


def _search_index_checks(sessions) -> None:
    """FTS5's own check that the index holds exactly the messages' text (raises when it does not)."""
    with sessions.begin() as s:
        s.connection().exec_driver_sql("INSERT INTO messages_fts (messages_fts, rank) VALUES ('integrity-check', 1)")


def test_a_batch_inserts_its_messages_with_one_statement(sessions, wh):
    """One statement, not one per message: the search index (FTS5) writes what it gathered to disk at the start of
    each statement that follows a write to it, so a statement per message wrote a segment per message."""
    from klaros_desktop.services.inbound.apply import WebhookApplier

    with sessions.begin() as s:
        assert _inserts_of_messages(s, lambda: WebhookApplier(s).apply_batch(_customers_writing(wh, 30))) == 1
    assert _found_by_search(sessions, 30) == list(range(30))
    _search_index_checks(sessions)


def test_a_batch_larger_than_sqlites_parameter_limit_is_inserted_in_parts(sessions, wh):
    import sqlite3

    from klaros_desktop.services.inbound.apply import WebhookApplier

    with sessions.begin() as s:
        raw = s.connection().connection.driver_connection
        before = raw.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 100)  # 5 rows of a message's 17 values
        try:
            parts = _inserts_of_messages(s, lambda: WebhookApplier(s).apply_batch(_customers_writing(wh, 30)))
        finally:
            raw.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, before)
    assert parts == 6
    assert _found_by_search(sessions, 30) == list(range(30))
    with sessions.begin() as s:  # the same batch again (a page after a crash before its ack) changes nothing
        stats = WebhookApplier(s).apply_batch(_customers_writing(wh, 30))
    assert (stats.messages, stats.duplicates) == (0, 30)
    with sessions() as s:
        assert len(s.scalars(select(Message.id)).all()) == 30
    _search_index_checks(sessions)


def test_a_batch_inserts_its_first_time_customers_with_one_statement(sessions, wh):
    """The contacts' search index (FTS5, kept by the contacts' insert trigger) writes a segment per statement too."""
    from klaros_desktop.services.inbound.apply import WebhookApplier
    from klaros_desktop.services.reads.search import search_contacts

    engine = sessions.kw["bind"]
    ran: list[int] = []

    def listen(_conn, _cursor, statement, params, _context, executemany):
        if statement.lstrip().startswith("INSERT INTO contacts "):
            ran.append(len(params) if executemany else 1)

    batch = [(wh.text_message(f"49151{3000000 + n:07d}", f"wamid.new.{n}", "Hallo", 1000 + n, name=f"Kundin{n:03d}"),
              f"relay-{n}") for n in range(30)]
    event.listen(engine, "before_cursor_execute", listen)
    try:
        with sessions.begin() as s:
            WebhookApplier(s).apply_batch(batch)
    finally:
        event.remove(engine, "before_cursor_execute", listen)
    assert sum(ran) == 1
    with sessions() as s:
        assert [[h.name for h in search_contacts(s, f"Kundin{n:03d}")] for n in range(30)] == [
            [f"Kundin{n:03d}"] for n in range(30)]
        rows = s.execute(select(Contact.phone_e164, Contact.country, Contact.custom_fields, Contact.notes,
                                Contact.created_at).order_by(Contact.id)).all()
    assert [r.phone_e164 for r in rows] == [f"+49151{3000000 + n:07d}" for n in range(30)]
    assert {(r.country, repr(r.custom_fields), r.notes, r.created_at.tzinfo is not None) for r in rows} == {
        ("DE", "{}", "", True)}
    with sessions.begin() as s:
        s.connection().exec_driver_sql("INSERT INTO contacts_fts (contacts_fts, rank) VALUES ('integrity-check', 1)")


def test_a_batch_writes_what_meta_told_it_of_known_contacts_with_one_statement(sessions, wh):
    """Contacts typed in or imported have no wa_id: their first message writes it (and the profile name), which
    the contacts' update trigger puts in the search index; a statement per contact wrote a segment per contact."""
    from klaros_desktop.services.inbound.apply import WebhookApplier
    from klaros_desktop.services.reads.search import search_contacts

    numbers = [f"49151{4000000 + n:07d}" for n in range(30)]
    with sessions.begin() as s:
        s.add_all([Contact(phone_e164="+" + number, display_name=f"Import {n:03d}")
                   for n, number in enumerate(numbers)])
    engine = sessions.kw["bind"]
    ran: list[int] = []

    def listen(_conn, _cursor, statement, params, _context, executemany):
        if statement.lstrip().startswith("UPDATE contacts "):
            ran.append(len(params) if executemany else 1)

    batch = [(wh.text_message(number, f"wamid.known.{n}", "Hallo", 1000 + n, name=f"Profil{n:03d}"), f"relay-{n}")
             for n, number in enumerate(numbers)]
    event.listen(engine, "before_cursor_execute", listen)
    try:
        with sessions.begin() as s:
            stats = WebhookApplier(s).apply_batch(batch)
    finally:
        event.remove(engine, "before_cursor_execute", listen)
    assert stats.messages == 30 and sum(ran) == 1
    with sessions() as s:
        assert [[h.name for h in search_contacts(s, f"Profil{n:03d}")] for n in range(30)] == [
            [f"Import {n:03d}"] for n in range(30)]
        rows = s.execute(select(Contact.wa_id, Contact.profile_name, Contact.display_name, Contact.updated_at)
                         .order_by(Contact.id)).all()
    assert [(r.wa_id, r.profile_name, r.display_name) for r in rows] == [
        (number, f"Profil{n:03d}", f"Import {n:03d}") for n, number in enumerate(numbers)]
    assert all(r.updated_at.tzinfo is not None for r in rows)
    with sessions.begin() as s:
        s.connection().exec_driver_sql("INSERT INTO contacts_fts (contacts_fts, rank) VALUES ('integrity-check', 1)")
