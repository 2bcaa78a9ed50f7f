"""Search over contacts and messages with FTS5: accents, prefixes, numbers, tags, and hostile input."""

from __future__ import annotations

import pytest

from klaros_desktop.models import Contact
from klaros_desktop.services.inbound.apply import WebhookApplier
from klaros_desktop.services.reads import search


@pytest.fixture
def data(sessions, wh):
    with sessions.begin() as s:
        from klaros_desktop.services.people.contacts import get_or_create_tag

        vip = get_or_create_tag(s, "Stammkunde")
        s.add_all([
            Contact(display_name="Jörg Müller", phone_e164="+4915112345678", notes="Allergie: Nüsse", tags=[vip]),
            Contact(display_name="Ana López", phone_e164="+34600123456", notes=""),
            Contact(display_name="Bob", phone_e164="+447700900123", notes="pays on Fridays"),
        ])
    with sessions.begin() as s:
        applier = WebhookApplier(s)
        applier.apply(wh.text_message("4915112345678", "wamid.1", "Haben Sie noch Käsekuchen?", 1000))
        applier.apply(wh.text_message("34600123456", "wamid.2", "¿Tienen pan sin gluten?", 1001))
        applier.apply(wh.text_message("4915112345678", "wamid.3", "Der Käsekuchen war super", 1002))


def names(hits):
    return [h.name for h in hits]


@pytest.mark.parametrize("query,expected", [
    ("jorg", ["Jörg Müller"]), ("mull", ["Jörg Müller"]), ("LOPEZ", ["Ana López"]),
    ("stammkunde", ["Jörg Müller"]), ("nusse", ["Jörg Müller"]), ("fridays", ["Bob"]),
    ("+49 151 1234", ["Jörg Müller"]), ("0151 12345678", ["Jörg Müller"]), ("447700", ["Bob"]),
    ("jörg stamm", ["Jörg Müller"]), ("jörg bob", []), ("zzz", []),
])
def test_contact_search(sessions, data, query, expected):
    with sessions() as s:
        assert names(search.search_contacts(s, query, region="DE")) == expected


def test_message_search_newest_first_with_snippet(sessions, data):
    with sessions() as s:
        hits = search.search_messages(s, "kasekuchen")
    assert [h.snippet for h in hits] == ["Der [Käsekuchen] war super", "Haben Sie noch [Käsekuchen]?"]
    assert hits[0].timestamp.timestamp() == 1002 and hits[0].direction == "in"
    with sessions() as s:
        assert [h.snippet for h in search.search_messages(s, "gluten")] == ["¿Tienen pan sin [gluten]?"]


@pytest.mark.parametrize("query", ['"', "*", "OR", "NOT jorg", "a AND (", "-", "NEAR(", "^", "", "   "])
def test_fts_syntax_typed_by_a_user_never_breaks_the_search(sessions, data, query):
    with sessions() as s:
        search.search(s, query)  # must not raise


def test_search_sees_writes_of_the_same_transaction(sessions, data):
    with sessions.begin() as s:
        s.add(Contact(display_name="Zoë Neu", phone_e164="+4917000000000", notes=""))
        s.flush()
        assert names(search.search_contacts(s, "zoe")) == ["Zoë Neu"]


def test_a_chat_list_question_answers_as_without_one_and_leaves_the_connection_clean(sessions, data):
    from sqlalchemy import text

    from klaros_desktop.services.reads import pages, queries

    flt = queries.ConversationFilter(text="kasekuchen")
    question = pages.Question()
    assert pages.message_hits(sessions, "kasekuchen", question=question) == pages.message_hits(sessions, "kasekuchen")
    assert (pages.conversations(sessions, flt, offset=0, limit=10, question=question)
            == pages.conversations(sessions, flt, offset=0, limit=10))
    question.withdraw()  # after the answer: the pooled connection is no longer this question's
    with sessions() as s:
        assert s.execute(text("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 100000) "
                              "SELECT count(*) FROM n")).scalar() == 100000


def test_a_withdrawn_question_is_not_read(sessions, data):
    from klaros_desktop.services.reads import pages, queries

    question = pages.Question()
    question.withdraw()
    with pytest.raises(pages.Superseded):
        pages.message_hits(sessions, "kasekuchen", question=question)
    with pytest.raises(pages.Superseded):
        pages.conversations(sessions, queries.ConversationFilter(text="jorg"), offset=0, limit=10, question=question)
