"""Qt item models over the database: pages of ``queries.PAGE`` rows fetched as the view scrolls.

A page is one indexed query of a few milliseconds, so pages load on demand inside ``fetchMore`` the way
Qt's own SQL models do; everything slower (sending, importing, syncing) goes through ``ui.ops``. The models
open no session: they hand the backend's session factory to the read functions of ``services.reads.pages``.
``RowRole`` hands the delegate the row's dataclass.

After an operation each model's ``apply_changes(changes)`` (``services.core.changes.Changes``) re-reads only
the rows the operation named and tells its views row by row (repaint, move, insert, remove), so a sync page
that touched three chats of a hundred thousand costs three rows, and selection and scroll position stay.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from klaros_desktop.services.core.changes import Changes
from klaros_desktop.services.reads import first_page
from klaros_desktop.ui.i18n import number, render
from klaros_desktop.ui.lazy import lazy

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

# the chat list shows its first page before SQLAlchemy is imported (``ui.lazy``): these load when first read
pages = lazy("klaros_desktop.services.reads.pages")
queries = lazy("klaros_desktop.services.reads.queries")
phone_format = lazy("klaros_desktop.ui.phone_format")

RowRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class _Paged:
    """Rows appended a page at a time (``canFetchMore``/``fetchMore``); ``reload`` keeps as many as shown.

    Mixed into a Qt item model (list or table); the model says how to read a page in ``_page``, where a row
    stands in ``_order`` (as its query sorts), and which rows a change report names in ``_reread``.
    """

    rows: list[Any]
    filter: Any
    _more: bool
    _last_column = 0

    sessions: sessionmaker[Session]

    def _page(self, loaded: list[Any], limit: int) -> list[Any]:
        """The ``limit`` rows that follow ``loaded`` (the rows already shown, oldest page first)."""
        raise NotImplementedError

    def _order(self, row: Any) -> tuple:
        """The row's sort key, ordered as ``_page`` orders its rows."""
        raise NotImplementedError

    def _reread(self, changes: Changes) -> tuple[set[int], list[Any]]:
        """The ids of the loaded rows ``changes`` names, and the current rows for it under the filter (loaded or
        not; a named row that is missing is gone or filtered out)."""
        raise NotImplementedError

    def _named(self, changes: Changes) -> int:
        """How many ids ``changes`` hands this model (0: nothing here to re-read)."""
        raise NotImplementedError

    def row_of(self, row_id: int) -> int | None:
        for i, row in enumerate(self.rows):
            if row.id == row_id:
                return i
        return None

    def apply_changes(self, changes: Changes) -> bool:
        """Re-read the rows an operation changed, and only those (``_put`` says what the views hear); returns
        whether ``changes`` named anything here.

        A report of everything, or of more ids than a page holds, reloads the rows shown instead: one page
        query is cheaper than that many single placements."""
        named = self._named(changes)
        if changes.everything or named > queries.PAGE or (named and self._more and len(self.rows) <= named):
            self.reload()
            return True
        if not named:
            return False
        asked, fresh = self._reread(changes)
        self._put(asked, fresh)
        return True

    def _put(self, asked: set[int], fresh: list[Any]) -> None:
        """Merge re-read rows into the loaded ones, row by row as views want to hear it.

        A loaded row in ``asked`` that did not come back goes (erased, or the filter now hides it). A fresh
        row that still fits between its neighbours is repainted in place (``dataChanged``); one whose place in
        the order changed moves there (``beginMoveRows``: selection and the current index go with it); a row
        not loaded yet is inserted at its place. A place past the loaded rows while more pages wait is left to
        the page that holds it, so the loaded rows stay the first rows of the query and paging goes on right.
        """
        fresh_ids = {row.id for row in fresh}
        for i in reversed(range(len(self.rows))):
            if self.rows[i].id in asked and self.rows[i].id not in fresh_ids:
                self._remove(i)
        settled = sorted((self._order(r), r.id) for r in self.rows if r.id not in fresh_ids)
        repaint: list[int] = []
        for row in sorted(fresh, key=self._order):
            key = self._order(row)
            at = bisect.bisect_left(settled, (key, row.id))
            current = self.row_of(row.id)
            if at == len(settled) and self._more:  # past the loaded rows: a later page brings it
                if current is not None:
                    self._remove(current)
                continue
            target = self.row_of(settled[at - 1][1]) + 1 if at else 0
            if current is None:
                self.beginInsertRows(QModelIndex(), target, target)
                self.rows.insert(target, row)
                self.endInsertRows()
            else:
                self.rows[current] = row
                if target not in (current, current + 1):
                    self.beginMoveRows(QModelIndex(), current, current, QModelIndex(), target)
                    self.rows.insert(target if target < current else target - 1, self.rows.pop(current))
                    self.endMoveRows()
                repaint.append(row.id)
            bisect.insort(settled, (key, row.id))
        for row_id in repaint:
            i = self.row_of(row_id)
            self.dataChanged.emit(self.index(i, 0), self.index(i, self._last_column))

    def _remove(self, i: int) -> None:
        self.beginRemoveRows(QModelIndex(), i, i)
        del self.rows[i]
        self.endRemoveRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid() or not self._more or self.sessions is None:  # (no database yet: ``attach``)
            return
        page = self._page(self.rows, queries.PAGE)
        self._more = len(page) == queries.PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def set_filter(self, flt: Any) -> None:
        self.filter = flt
        self.beginResetModel()
        self.rows, self._more = [], True
        self.endResetModel()
        self.fetchMore()

    def show(self, flt: Any, rows: list[Any], asked: int) -> None:
        """Show ``rows``, the first ``asked`` rows under ``flt`` read elsewhere (off the GUI thread); the pages
        after them load as the view scrolls, as usual. The same rows as shown (a key that changed no result)
        rebuild nothing, so the view has nothing to repaint."""
        self.filter = flt
        more = len(rows) == asked
        if rows == self.rows and more == self._more:
            return
        self.beginResetModel()
        self.rows, self._more = rows, more
        self.endResetModel()

    def reload(self) -> None:
        keep = max(queries.PAGE, len(self.rows))
        rows = self._page([], keep)
        self.beginResetModel()
        self.rows, self._more = rows, len(rows) == keep
        self.endResetModel()


class _PagedListModel(_Paged, QAbstractListModel):
    def __init__(self, sessions: sessionmaker[Session] | None, parent=None):
        super().__init__(parent)
        self.sessions = sessions
        self.rows: list[Any] = []
        self._more = True

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == RowRole:
            return row
        if role == IdRole:
            return row.id
        return self._data(row, role)

    def _data(self, row: Any, role: int) -> Any:
        return None


class ConversationListModel(_PagedListModel):
    """The chat list. At start-up it may show the first page read without a session (``starting``) and get
    the session factory once the database is open (``attach``); its rows stay as they are."""

    def __init__(self, sessions: sessionmaker[Session] | None, parent=None):
        super().__init__(sessions, parent)
        self.filter = first_page.ConversationFilter()

    @classmethod
    def starting(cls, page: first_page.FirstPage, parent=None) -> ConversationListModel:
        """The plain list's first page, read at start-up (``services.reads.first_page``); no paging until
        ``attach``."""
        model = cls(None, parent)
        model.show(first_page.ConversationFilter(), page.rows, page.asked)
        return model

    def attach(self, sessions: sessionmaker[Session]) -> None:
        """The database is open: page and re-read through it from now on."""
        self.sessions = sessions

    def _page(self, loaded: list[queries.ConversationRow], limit: int) -> list[queries.ConversationRow]:
        return pages.conversations(self.sessions, self.filter, offset=len(loaded), limit=limit)

    def _order(self, row: queries.ConversationRow) -> tuple:
        return first_page.conversation_order(row)

    def _named(self, changes: Changes) -> int:
        return len(changes.conversations) + len(changes.contacts)

    # While the pointer is over the list (``hold``), a change repaints the rows in place and moves none: a chat
    # that jumped to the top under the mouse made a click open the wrong chat. ``release`` puts every row held
    # back where it belongs.
    _held: Changes | None = None

    def hold(self) -> None:
        if self._held is None:
            self._held = Changes()

    def release(self) -> None:
        held, self._held = self._held, None
        if held:
            self.apply_changes(held)

    @property
    def holding(self) -> bool:
        return self._held is not None

    def apply_changes(self, changes: Changes) -> bool:
        if self._held is None:
            return super().apply_changes(changes)
        if not self._named(changes) and not changes.everything:
            return False
        self._held.merge(changes)
        if changes.everything:
            return True
        _asked, fresh = self._reread(changes)
        for row in fresh:
            i = self.row_of(row.id)
            if i is not None:  # in place; a new chat or a move waits for ``release``
                self.rows[i] = row
                self.dataChanged.emit(self.index(i, 0), self.index(i, 0))
        return True

    def _reread(self, changes: Changes) -> tuple[set[int], list[queries.ConversationRow]]:
        """The named conversations, and the chats of named contacts (their name, consent or held count)."""
        asked = set(changes.conversations) | {r.id for r in self.rows if r.contact_id in changes.contacts}
        return asked, pages.conversation_rows(self.sessions, self.filter, changes.conversations, changes.contacts)

    def _data(self, row: queries.ConversationRow, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return row.name
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if row.unread:
                text = self.tr("{name}, {unread} unread: {preview}").format(
                    name=row.name, unread=number(row.unread), preview=render(row.preview))
            else:
                text = self.tr("{name}: {preview}").format(name=row.name, preview=render(row.preview))
            if row.held:
                text += " " + self.tr("(messages not sent: {n})").format(n=number(row.held))
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.phone
        return None


class MessageModel(QAbstractListModel):
    """One conversation's thread, oldest at the top. Opens on the newest page.

    Scrolling up prepends older pages (``fetch_older``), scrolling back down appends newer ones
    (``fetch_newer``); at most ``WINDOW`` messages are held, the far end is dropped, so a conversation of any
    length costs the same memory and layout time as a 1,000-message one.
    """

    WINDOW = 5 * first_page.PAGE

    def __init__(self, sessions: sessionmaker[Session], parent=None,
                 queued: Callable[[int], list[queries.MessageRow]] | None = None):
        super().__init__(parent)
        self.sessions = sessions
        self.conversation_id: int | None = None
        self.contact_id: int | None = None
        self.rows: list[queries.MessageRow] = []
        self.has_older = False
        self.has_newer = False  # the newest messages were dropped while reading far back
        self._queued = queued  # outbox items of a contact, shown at the end with a clock

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == RowRole:
            return row
        if role == IdRole:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            who = {"in": self.tr("Customer"), "out": self.tr("You")}.get(row.direction, self.tr("Notice"))
            return self.tr("{who}: {text} ({status})").format(
                who=who, text=render(row.text or queries.preview_text(row.type, None)), status=row.status)
        return None

    def messages_loaded(self) -> int:
        return sum(1 for r in self.rows if r.kind == "message")

    def _load_latest(self, count: int) -> list[queries.MessageRow]:
        page = pages.latest_thread(self.sessions, self.conversation_id, self.contact_id, limit=count)
        self.has_older = page.messages == count
        self.has_newer = False
        rows = page.rows
        if self._queued is not None:
            rows.extend(self._queued(self.contact_id))
        return rows

    def open(self, conversation_id: int | None, contact_id: int | None) -> None:
        self.beginResetModel()
        self.conversation_id, self.contact_id = conversation_id, contact_id
        self.rows = []
        self.has_older = self.has_newer = False
        if conversation_id is not None:
            self.rows = self._load_latest(queries.PAGE)
        self.endResetModel()

    def open_at(self, conversation_id: int, contact_id: int | None, message_id: int) -> int | None:
        """Open the conversation on the stretch around ``message_id`` (a search hit); returns its row, None when
        the message is not there (then the newest page is shown)."""
        found = pages.thread_around(self.sessions, conversation_id, contact_id, message_id, limit=queries.PAGE)
        if found is None:
            self.open(conversation_id, contact_id)
            return None
        page, older, newer = found
        rows = page.rows
        if not newer and self._queued is not None:
            rows.extend(self._queued(contact_id))
        self.beginResetModel()
        self.conversation_id, self.contact_id = conversation_id, contact_id
        self.rows, self.has_older, self.has_newer = rows, older, newer
        self.endResetModel()
        return next((i for i, r in enumerate(self.rows) if r.kind == "message" and r.id == message_id), None)

    def show_latest(self) -> None:
        """Back to the newest page (after reading far back, a send or "jump to newest")."""
        self.open(self.conversation_id, self.contact_id)

    def fetch_older(self) -> int:
        if not self.has_older or self.conversation_id is None:
            return 0
        first = next((r for r in self.rows if r.kind == "message"), None)
        if first is None:
            return 0
        page = pages.older_thread(self.sessions, self.conversation_id, self.contact_id, first, limit=queries.PAGE)
        self.has_older = page.messages == queries.PAGE
        rows = page.rows
        if rows:
            if self.rows:
                self.rows[0].layout = None  # it may no longer be the first message of its day
            self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
            self.rows[:0] = rows
            self.endInsertRows()
            self._trim(from_top=False)
        return len(rows)

    def fetch_newer(self) -> int:
        if not self.has_newer or self.conversation_id is None:
            return 0
        last = next((r for r in reversed(self.rows) if r.kind == "message"), None)
        if last is None:
            return 0
        page = pages.newer_thread(self.sessions, self.conversation_id, self.contact_id, last, limit=queries.PAGE)
        self.has_newer = page.messages == queries.PAGE
        rows = page.rows
        if not self.has_newer and self._queued is not None:
            rows.extend(self._queued(self.contact_id))
        if rows:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()
            self._trim(from_top=True)
        return len(rows)

    def _trim(self, *, from_top: bool) -> None:
        """Drop rows at the far end until at most ``WINDOW`` messages are held."""
        extra = self.messages_loaded() - self.WINDOW
        if extra <= 0:
            return
        if from_top:
            cut, seen = 0, 0
            while seen < extra:
                seen += self.rows[cut].kind == "message"
                cut += 1
            # a reset, not removeRows: QListView re-lays every remaining row after a removal at the top
            # anyway, and the reset is several times cheaper (the view keeps its place by an anchor row)
            self.beginResetModel()
            del self.rows[:cut]
            self.endResetModel()
            self.has_older = True
            if self.rows:
                self.rows[0].layout = None
        else:
            cut, seen = len(self.rows), 0
            while seen < extra:
                cut -= 1
                seen += self.rows[cut].kind == "message"
            while cut > 0 and self.rows[cut - 1].kind != "message":
                cut -= 1  # notices after the last kept message go with the dropped ones
            self.beginRemoveRows(QModelIndex(), cut, len(self.rows) - 1)
            del self.rows[cut:]
            self.endRemoveRows()
            self.has_newer = True

    def concerned(self, changes: Changes) -> bool:
        """Whether ``changes`` names what this thread shows: its conversation, its contact (consent notices),
        one of its messages or outbox items."""
        if self.conversation_id is None:
            return False
        if changes.everything or self.conversation_id in changes.conversations or self.contact_id in changes.contacts:
            return True
        return any((r.kind == "message" and r.id in changes.messages)
                   or (r.outbox is not None and r.outbox.id in changes.outbox) for r in self.rows)

    def apply_changes(self, changes: Changes) -> bool:
        """Refresh if ``changes`` concerns this thread; returns whether it did."""
        if not self.concerned(changes):
            return False
        self.refresh()
        return True

    def refresh(self) -> None:
        """Pick up new messages and status changes without losing the scroll position when possible.

        While reading far back (``has_newer``) the loaded rows stay as they are; new messages show when the
        reader comes back down.
        """
        if self.conversation_id is None or self.has_newer:
            return
        loaded = self.messages_loaded()
        fresh = self._load_latest(max(queries.PAGE, loaded))
        old_keys = [(r.kind, r.id) for r in self.rows]
        new_keys = [(r.kind, r.id) for r in fresh]
        if new_keys[: len(old_keys)] == old_keys:
            self.rows[: len(old_keys)] = fresh[: len(old_keys)]
            if old_keys:
                self.dataChanged.emit(self.index(0), self.index(len(old_keys) - 1))
            if len(new_keys) > len(old_keys):
                self.beginInsertRows(QModelIndex(), len(old_keys), len(new_keys) - 1)
                self.rows.extend(fresh[len(old_keys):])
                self.endInsertRows()
            return
        self.beginResetModel()
        self.rows = fresh
        self.endResetModel()


class ContactsTableModel(_Paged, QAbstractTableModel):
    COLUMNS = (QT_TRANSLATE_NOOP("ContactsTableModel", "Name"), QT_TRANSLATE_NOOP("ContactsTableModel", "Phone"),
               QT_TRANSLATE_NOOP("ContactsTableModel", "Tags"), QT_TRANSLATE_NOOP("ContactsTableModel", "Consent"),
               QT_TRANSLATE_NOOP("ContactsTableModel", "Notes"))

    _last_column = len(COLUMNS) - 1

    def __init__(self, sessions: sessionmaker[Session], parent=None):
        super().__init__(parent)
        self.sessions = sessions
        self.rows: list[queries.ContactRow] = []
        self.filter = queries.ContactFilter()
        self._more = True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def _page(self, loaded: list[queries.ContactRow], limit: int) -> list[queries.ContactRow]:
        return pages.contacts(self.sessions, self.filter, after=loaded[-1] if loaded else None, limit=limit)

    def _order(self, row: queries.ContactRow) -> tuple:
        return queries.contact_order(row)

    def _named(self, changes: Changes) -> int:
        return len(changes.contacts)

    def _reread(self, changes: Changes) -> tuple[set[int], list[queries.ContactRow]]:
        return set(changes.contacts), pages.contact_rows(self.sessions, self.filter, changes.contacts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == RowRole:
            return row
        if role == IdRole:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            col = index.column()
            if col == 0:
                return row.name
            if col == 1:
                return phone_format.pretty_number(row.phone)
            if col == 2:
                return ", ".join(row.tags)
            if col == 3:
                return self.consent_text(row)
            return " ".join(row.notes.split())[:120]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 3:
            from PySide6.QtGui import QColor

            from klaros_desktop.ui import theme

            c = theme.colours()
            if row.opted_out:
                return QColor(c.danger)
            return QColor(c.accent if row.consent == "opt_in" else c.muted)
        return None

    def consent_text(self, row: queries.ContactRow) -> str:
        """Every contact's consent in a word or two: opted in, opted out, no marketing, or not asked yet."""
        if row.opted_out:
            return self.tr("Opted out")
        if row.marketing == "opt_out":
            return self.tr("No marketing")
        if row.consent == "opt_in" or row.marketing == "opt_in":
            return self.tr("Opted in")
        return self.tr("Not asked yet")


# Meta's template statuses and categories as the screen names them.
TEMPLATE_WORDS = {
    "APPROVED": QT_TRANSLATE_NOOP("TemplatesModel", "Approved"),
    "PENDING": QT_TRANSLATE_NOOP("TemplatesModel", "In review"),  # WhatsApp Manager's word for it
    "REJECTED": QT_TRANSLATE_NOOP("TemplatesModel", "Rejected"),
    "PAUSED": QT_TRANSLATE_NOOP("TemplatesModel", "Paused"),
    "DISABLED": QT_TRANSLATE_NOOP("TemplatesModel", "Disabled"),
    "MARKETING": QT_TRANSLATE_NOOP("TemplatesModel", "Marketing"),
    "UTILITY": QT_TRANSLATE_NOOP("TemplatesModel", "Utility"),
    "AUTHENTICATION": QT_TRANSLATE_NOOP("TemplatesModel", "Authentication"),
}


def template_word(value: str) -> str:
    """A template status or category in the reader's language (unknown ones as Meta spells them, title-cased)."""
    word = TEMPLATE_WORDS.get(value.upper())
    return QCoreApplication.translate("TemplatesModel", word) if word else value.title()


class TemplatesModel(QAbstractTableModel):
    COLUMNS = (QT_TRANSLATE_NOOP("TemplatesModel", "Name"), QT_TRANSLATE_NOOP("TemplatesModel", "Language"),
               QT_TRANSLATE_NOOP("TemplatesModel", "Category"), QT_TRANSLATE_NOOP("TemplatesModel", "Status"))

    def __init__(self, sessions: sessionmaker[Session] | None, parent=None):
        super().__init__(parent)
        self.sessions = sessions
        self.rows: list[Any] = []

    def reload(self) -> None:
        rows = pages.templates(self.sessions)
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        t = self.rows[index.row()]
        if role == RowRole:
            return t
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 1:
                from klaros_desktop.ui.templates_page import language_name

                return language_name(t.language)
            return (t.name, t.language, template_word(t.category or ""), template_word(t.status))[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 3:
            from PySide6.QtGui import QColor

            from klaros_desktop.ui import theme

            c = theme.colours()
            return QColor({"APPROVED": c.accent, "REJECTED": c.danger}.get(t.status, c.muted))
        return None


class MessageHitModel(QAbstractListModel):
    """The messages the chat list's search found (``search.ChatMessageHit``), newest first; one short list per
    keystroke, so it is read whole."""

    def __init__(self, sessions: sessionmaker[Session] | None, parent=None):
        super().__init__(parent)
        self.sessions = sessions
        self.rows: list[Any] = []

    def search(self, text: str) -> None:
        self.show(pages.message_hits(self.sessions, text) if text.strip() else [])

    def show(self, rows: list[Any]) -> None:
        """Show hits read elsewhere (off the GUI thread); the same hits as shown rebuild nothing."""
        if rows == self.rows:
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        hit = self.rows[index.row()]
        if role == RowRole:
            return hit
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            plain = hit.snippet.replace("\x02", "").replace("\x03", "")
            return self.tr("{name}: {text}").format(name=hit.name, text=plain)
        return None
