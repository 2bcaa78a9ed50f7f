"""The item models' reads: a page of a list, the rows a change report names, a stretch of a thread, each in one
short session of its own from the factory the UI hands in.

The UI never opens a session (``ui.item_models`` only holds what these return). The SQL stays in ``queries``;
these open the session around it and, for a thread, put the consent notices among the messages read in the
same session, so a page and its notices agree. Each is one indexed query or two, a few milliseconds, so the
models call them inside ``fetchMore`` and on a change report, as Qt's own SQL models read.

Page sizes are passed in (the models pass ``queries.PAGE`` as it is at the call, which tests shrink).
"""

from __future__ import annotations

import threading
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop.models import MessageTemplate
from klaros_desktop.services.messaging import templates as template_service
from klaros_desktop.services.people import consent
from klaros_desktop.services.reads import queries, search


# ---------------------------------------------------------------- questions a newer one makes useless
class Superseded(Exception):
    """The question was withdrawn (a newer key in the search box): its answer would only be dropped."""


class Question:
    """One search-as-you-type question, withdrawn from any thread by ``withdraw``: a read not yet begun is not
    begun, and a statement running in SQLite for it is stopped (``sqlite3.Connection.interrupt``, and a
    progress handler for a statement that starts just after), so a superseded search stops costing CPU."""

    _EVERY = 1000  # SQLite VM steps between looks at the flag

    def __init__(self) -> None:
        self.withdrawn = False
        self._lock = threading.Lock()
        self._running: set = set()  # the DB-API connections this question's statements run on now

    def withdraw(self) -> None:
        with self._lock:
            self.withdrawn = True
            for connection in self._running:
                connection.interrupt()

    def check(self) -> None:
        if self.withdrawn:
            raise Superseded

    @contextmanager
    def reading(self, session: Session) -> Iterator[None]:
        """Statements of ``session`` in this block stop when the question is withdrawn (raising ``Superseded``).
        The connection is let go before it returns to the pool, so no other reader's statement is stopped."""
        self.check()
        raw = session.connection().connection.dbapi_connection
        with self._lock:
            self._running.add(raw)
        raw.set_progress_handler(lambda: self.withdrawn, self._EVERY)
        try:
            yield
        except Exception as exc:
            if self.withdrawn:
                raise Superseded from exc
            raise
        finally:
            with self._lock:
                self._running.discard(raw)
            raw.set_progress_handler(None, 0)
        self.check()


@contextmanager
def _session(sessions: sessionmaker[Session], question: Question | None) -> Iterator[Session]:
    with sessions() as session:
        if question is None:
            yield session
        else:
            with question.reading(session):
                yield session


# ---------------------------------------------------------------- the chat list
def conversations(sessions: sessionmaker[Session], flt: queries.ConversationFilter, *, offset: int,
                  limit: int, question: Question | None = None) -> list[queries.ConversationRow]:
    """``limit`` rows of the chat list after the first ``offset``, newest first (``Superseded`` when
    ``question`` is withdrawn before or while they are read)."""
    with _session(sessions, question) as session:
        return queries.conversations(session, flt, offset=offset, limit=limit)


def conversation_rows(sessions: sessionmaker[Session], flt: queries.ConversationFilter, ids: Collection[int],
                      contact_ids: Collection[int] = ()) -> list[queries.ConversationRow]:
    """The chat list's rows of these conversations and of these contacts' conversations, those ``flt`` shows."""
    with sessions() as session:
        return queries.conversation_rows(session, flt, ids, contact_ids)


# ---------------------------------------------------------------- the contacts table
def contacts(sessions: sessionmaker[Session], flt: queries.ContactFilter, *, after: queries.ContactRow | None,
             limit: int) -> list[queries.ContactRow]:
    """``limit`` rows of the contacts table after ``after`` (the last row shown; None: from the top)."""
    with sessions() as session:
        return queries.contacts(session, flt, after=after, limit=limit)


def contact_rows(sessions: sessionmaker[Session], flt: queries.ContactFilter,
                 ids: Collection[int]) -> list[queries.ContactRow]:
    """The table's rows of these contacts, those ``flt`` shows."""
    with sessions() as session:
        return queries.contact_rows(session, flt, ids)


# ---------------------------------------------------------------- a thread
@dataclass
class ThreadPage:
    """A stretch of a thread in the order it shows: messages, with the contact's consent notices among them."""

    rows: list[queries.MessageRow]
    messages: int  # how many of ``rows`` are messages: as many as asked for means more may lie beyond


def latest_thread(sessions: sessionmaker[Session], conversation_id: int, contact_id: int | None, *,
                  limit: int) -> ThreadPage:
    """The newest ``limit`` messages, and every notice from the first of them on (later ones too)."""
    with sessions() as session:
        messages = queries.latest_messages(session, conversation_id, limit)
        notices = consent.thread_notices(session, contact_id)
    return ThreadPage(queries.with_notices(messages, notices, newest=True), len(messages))


def older_thread(sessions: sessionmaker[Session], conversation_id: int, contact_id: int | None,
                 before: queries.MessageRow, *, limit: int) -> ThreadPage:
    """The ``limit`` messages before ``before`` (the first message shown), with the notices among them."""
    with sessions() as session:
        messages = queries.older_messages(session, conversation_id, before, limit)
        notices = [n for n in consent.thread_notices(session, contact_id) if n.occurred_at < before.timestamp]
    return ThreadPage(queries.with_notices(messages, notices, newest=False), len(messages))


def newer_thread(sessions: sessionmaker[Session], conversation_id: int, contact_id: int | None,
                 after: queries.MessageRow, *, limit: int) -> ThreadPage:
    """The ``limit`` messages after ``after`` (the last message shown), with the notices among them; when they
    reach the newest message, the notices after it too. Nothing (no notice either) when no message is newer."""
    with sessions() as session:
        messages = queries.newer_messages(session, conversation_id, after, limit)
        notices = [n for n in consent.thread_notices(session, contact_id) if n.occurred_at > after.timestamp]
    if not messages:
        return ThreadPage([], 0)
    return ThreadPage(queries.with_notices(messages, notices, newest=len(messages) < limit), len(messages))


def thread_around(sessions: sessionmaker[Session], conversation_id: int, contact_id: int | None, message_id: int, *,
                  limit: int) -> tuple[ThreadPage, bool, bool] | None:
    """About ``limit`` messages around ``message_id`` (a search hit), with the notices among them, and whether
    older and newer messages lie beyond; None when the message is not in that conversation (any more)."""
    with sessions() as session:
        found = queries.message_by_id(session, conversation_id, message_id)
        if found is None:
            return None
        half = max(1, limit // 2)
        before = queries.older_messages(session, conversation_id, found, half)
        after = queries.newer_messages(session, conversation_id, found, half)
        messages = [*before, found, *after]
        notices = [n for n in consent.thread_notices(session, contact_id)
                   if n.occurred_at >= messages[0].timestamp
                   and (len(after) < half or n.occurred_at <= messages[-1].timestamp)]
    rows = queries.with_notices(messages, notices, newest=len(after) < half)
    return ThreadPage(rows, len(messages)), len(before) == half, len(after) == half


# ---------------------------------------------------------------- the chat list's search
MESSAGE_SEARCH_MIN = 2  # letters typed before message text is searched: one letter matches nearly every message


def message_hits(sessions: sessionmaker[Session], text: str, *, limit: int = 50,
                 question: Question | None = None) -> list[search.ChatMessageHit]:
    """Messages whose text matches what was typed in the chat list's search, newest first (from the second
    letter on: a one-letter prefix makes FTS5 merge the lists of every word starting with it); ``Superseded``
    as ``conversations``."""
    if len(text.strip()) < MESSAGE_SEARCH_MIN:
        return []
    with _session(sessions, question) as session:
        return search.chat_message_hits(session, text, limit=limit)


# ---------------------------------------------------------------- templates
def templates(sessions: sessionmaker[Session]) -> list[MessageTemplate]:
    """Every template, by name and language (detached rows: read their columns, not their relations)."""
    with sessions() as session:
        return template_service.all_templates(session)
