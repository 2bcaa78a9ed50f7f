"""The inbox: conversation list on the left (filters, search), the open thread and its composer on the right."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QPainter, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from klaros_desktop.services.core.changes import Changes
from klaros_desktop.services.reads import first_page
from klaros_desktop.ui import ops
from klaros_desktop.ui.delegates import (
    TEMPLATE_INSTEAD_CODES,
    BubbleDelegate,
    ConversationDelegate,
    MessageHitDelegate,
    window_label,
)
from klaros_desktop.ui.i18n import number, render
from klaros_desktop.ui.item_models import ConversationListModel, MessageHitModel, MessageModel, RowRole
from klaros_desktop.ui.lazy import lazy

if TYPE_CHECKING:
    from klaros_desktop.services.reads import queries
    from klaros_desktop.ui.backend import Backend
    from klaros_desktop.ui.outbox_bubble import HeldBubble

# The chat list paints before SQLAlchemy is imported (``ui.lazy``; ``InboxPage.attach`` builds the rest):
# these load when first used.
conversations = lazy("klaros_desktop.services.messaging.conversations")
compose = lazy("klaros_desktop.services.messaging.compose")
lookups = lazy("klaros_desktop.services.reads.lookups")
pages = lazy("klaros_desktop.services.reads.pages")
queries = lazy("klaros_desktop.services.reads.queries")
media_view = lazy("klaros_desktop.ui.media_view")
attachments = lazy("klaros_desktop.ui.attachments")
composer = lazy("klaros_desktop.ui.composer")
contact_panel = lazy("klaros_desktop.ui.contact_panel")
outbox_bubble = lazy("klaros_desktop.ui.outbox_bubble")
phone_format = lazy("klaros_desktop.ui.phone_format")

FILTERS = (("all", QT_TRANSLATE_NOOP("InboxPage", "All chats")), ("unread", QT_TRANSLATE_NOOP("InboxPage", "Unread")),
           ("window", QT_TRANSLATE_NOOP("InboxPage", "Window open")),
           ("archived", QT_TRANSLATE_NOOP("InboxPage", "Archived")))


class ThreadView(QListView):
    """Bubbles, newest at the bottom; scrolling to the top loads the older page.

    Held outbox items get a ``HeldBubble`` widget on their row (its buttons emit ``held_action``)."""

    held_action = Signal(str, object)  # send_again | edit | copy | delete, and the QueuedText
    templates_instead = Signal()  # "Send as template instead" on a message Meta refused with 131047
    message_action = Signal(str, object)  # reply | react | forward, and the MessageRow

    def __init__(self, model: MessageModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("thread")
        self.setModel(model)
        self.setItemDelegate(BubbleDelegate(model, self))
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setAccessibleName(self.tr("Conversation messages"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._loading = False
        self.verticalScrollBar().valueChanged.connect(self._maybe_older)
        self._align = QTimer(self, singleShot=True, interval=0)
        self._align.timeout.connect(self._bottom_align)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.dataChanged):
            signal.connect(lambda *_args: self._align.start())
        for signal in (model.modelReset, model.rowsInserted, model.dataChanged):
            signal.connect(lambda *_args: self._sync_held())
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.clicked.connect(self._clicked)
        self._unmark = QTimer(self, singleShot=True, interval=4000)
        self._unmark.timeout.connect(lambda: self.mark(None))

    def row_actions(self, index: QModelIndex, parent: QWidget) -> list[QAction]:
        """What a right-click (or the menu key) offers on a row: a message waiting in the outbox can be
        edited, copied or deleted before it goes (held ones have these as buttons); any text can be copied."""
        model: MessageModel = self.model()
        if not index.isValid() or index.row() >= len(model.rows):
            return []
        row = model.rows[index.row()]
        actions: list[QAction] = []

        def add(label: str, slot) -> None:
            action = QAction(label, parent)
            action.triggered.connect(slot)
            actions.append(action)

        if row.kind == "queued" and row.outbox is not None:
            item = row.outbox
            add(self.tr("Edit before it goes"), lambda: self.held_action.emit("edit", item))
            add(self.tr("Copy text"), lambda: self.held_action.emit("copy", item))
            add(self.tr("Delete…"), lambda: self.held_action.emit("delete", item))
        else:
            if self.offers_template(row):
                add(self.tr("Send as template instead"), self.templates_instead.emit)
            real = row.kind == "message" and row.wamid and row.type != "reaction"
            if real:
                add(self.tr("Reply"), lambda: self.message_action.emit("reply", row))
            if real and row.direction == "in":
                add(self.tr("React…"), lambda: self.message_action.emit("react", row))
            if row.text:
                text = render(row.text)
                add(self.tr("Copy text"), lambda: QGuiApplication.clipboard().setText(text))
            if real and row.text:
                add(self.tr("Forward…"), lambda: self.message_action.emit("forward", row))
        return actions

    @staticmethod
    def offers_template(row) -> bool:
        """A message of ours Meta refused because its 24-hour window had closed: a template may still go."""
        return row.kind == "message" and row.status == "failed" and row.error_code in TEMPLATE_INSTEAD_CODES

    def _clicked(self, index: QModelIndex) -> None:
        model: MessageModel = self.model()
        if index.isValid() and index.row() < len(model.rows) and self.offers_template(model.rows[index.row()]):
            self.templates_instead.emit()

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.addActions(self.row_actions(self.indexAt(pos), menu))
        if not menu.isEmpty():
            menu.exec(self.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def held_bubbles(self) -> list[HeldBubble]:
        model: MessageModel = self.model()
        found = [self.indexWidget(model.index(i)) for i, r in enumerate(model.rows) if r.kind == "held"]
        return [w for w in found if isinstance(w, outbox_bubble.HeldBubble)]

    def _sync_held(self) -> None:
        """Give each held row its widget (or the widget the row's current item)."""
        model: MessageModel = self.model()
        added = False
        for i, row in enumerate(model.rows):
            if row.kind != "held":
                continue
            index = model.index(i)
            widget = self.indexWidget(index)
            if isinstance(widget, outbox_bubble.HeldBubble):
                if widget.item != row.outbox:
                    widget.set_item(row.outbox)
                    added = True
                continue
            widget = outbox_bubble.HeldBubble(row.outbox, self.viewport())
            for name in ("send_again", "edit", "copy", "delete"):
                getattr(widget, name).connect(lambda item, n=name: self.held_action.emit(n, item))
            self.setIndexWidget(index, widget)
            added = True
        if added:
            self.scheduleDelayedItemsLayout()
            self._align.start()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._align.start()

    def _bottom_align(self) -> None:
        """A short chat sits at the bottom next to the composer, as in WhatsApp (a top margin fills the gap)."""
        model: MessageModel = self.model()
        free = 0
        if 0 < model.rowCount() <= 60 and not model.has_older:
            available = self.viewport().height() + self.viewportMargins().top()
            used = sum(self.sizeHintForRow(i) for i in range(model.rowCount()))
            free = max(0, available - used - 4)
        if free != self.viewportMargins().top():
            self.setViewportMargins(0, free, 0, 0)

    def _maybe_older(self, value: int) -> None:
        """At the top, load the older page; at the bottom after reading far back, the newer one.

        The message at the top of the view stays where it was, whatever was added or dropped around it.
        """
        model: MessageModel = self.model()
        bar = self.verticalScrollBar()
        if self._loading:
            return  # the position set after a load must not load the next page at once
        self._loading = True
        try:
            if value == 0 and model.has_older:
                self._keeping_place(model.fetch_older)
            elif value == bar.maximum() and model.has_newer:
                self._keeping_place(model.fetch_newer)
        finally:
            self._loading = False

    def _keeping_place(self, load) -> None:
        model: MessageModel = self.model()
        anchor = self.indexAt(QPoint(0, 0))
        if not anchor.isValid():
            load()
            return
        row, offset = model.rows[anchor.row()], self.visualRect(anchor).top()
        if not load():
            return
        self.doItemsLayout()
        try:
            moved = next(i for i, r in enumerate(model.rows) if r is row)
        except StopIteration:
            return
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.visualRect(model.index(moved)).top() - offset)

    def mark(self, message_id: int | None) -> None:
        """Set one message apart (a search hit just opened) until the thread is read on."""
        self.itemDelegate().marked = message_id
        self.viewport().update()
        if message_id is not None:
            self._unmark.start()

    def scroll_to_newest(self) -> None:
        model: MessageModel = self.model()
        if model.has_newer:
            model.show_latest()
        self.scrollToBottom()


class FittingLabel(QLabel):
    """One line that is never cut mid-word: it shows the first of its texts (most detail first) that fits its
    width, else the last one with an ellipsis where it stops, and then the whole first one in its tooltip.
    ``text()`` is the whole first text; the layout may give it any width (the header's other parts come first)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("", parent)
        self._texts: tuple[str, ...] = ()
        self._shown = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_texts(self, *texts: str) -> None:
        self._texts = tuple(t for t in texts if t)
        super().setText(self._texts[0] if self._texts else "")
        self._fit()

    def setText(self, text: str) -> None:
        self.set_texts(text)

    def texts(self) -> tuple[str, ...]:
        return self._texts

    def shown_text(self) -> str:
        return self._shown

    def minimumSizeHint(self):
        hint = super().minimumSizeHint()
        hint.setWidth(0)
        return hint

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event) -> None:  # a new font or style: measure anew
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()

    def _fit(self) -> None:
        width, metrics = self.contentsRect().width(), self.fontMetrics()
        shown = next((t for t in self._texts if metrics.horizontalAdvance(t) <= width), None)
        if shown is None:
            shown = metrics.elidedText(self._texts[-1], Qt.TextElideMode.ElideRight, width) if self._texts else ""
        self._shown = shown
        self.setToolTip(self.text() if shown != self.text() else "")
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        self.style().drawItemText(painter, self.contentsRect(), int(self.alignment()), self.palette(),
                                  self.isEnabled(), self._shown, self.foregroundRole())


class InboxPage(QWidget):
    conversation_opened = Signal(int)
    notice = Signal(str)
    read_state_changed = Signal()  # a chat was marked read or unread here (the navigation's count)
    contact_requested = Signal(int)  # "Contact details…" on a chat
    search_shown = Signal(str)  # the answer to what was typed in the search box is on screen

    def __init__(self, backend: Backend | None, parent: QWidget | None = None, *,
                 first: first_page.FirstPage | None = None):
        """With a backend, the whole page. Without one (start-up), the chat list with ``first``, the first page
        read without SQLAlchemy, and an empty chat pane: ``attach`` adds the rest once the database is open."""
        super().__init__(parent)
        self.backend: Backend | None = None
        self.conversations = (ConversationListModel.starting(first, self) if first is not None
                              else ConversationListModel(None, self))
        self.current: queries.ConversationRow | None = None
        self._started_with_page = first is not None
        self._new_chat_wanted = False  # "New chat" clicked before the database was open

        splitter = QSplitter(self)
        left = QWidget(splitter)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(8, 8, 0, 0)
        self.search = QLineEdit(left)
        self.search.setPlaceholderText(self.tr("Search chats"))
        self.search.setAccessibleName(self.tr("Search conversations"))
        self.search.setClearButtonEnabled(True)
        self.filter_box = QComboBox(left)
        self.filter_box.setAccessibleName(self.tr("Conversation filter"))
        self.new_chat_button = QPushButton(self.tr("New chat"), left)
        self.new_chat_button.setObjectName("primary")
        self.new_chat_button.setToolTip(self.tr("Write to a contact (Ctrl+N)"))
        self.new_chat_button.clicked.connect(self.new_chat)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.new_chat_button)
        lv.addLayout(row)
        lv.addWidget(self.filter_box)
        self.list = QListView(left)
        self.list.setObjectName("conversations")
        self.list.setModel(self.conversations)
        self.list.setItemDelegate(ConversationDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setAccessibleName(self.tr("Conversations"))
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # rows elide, never scroll
        self.list.setMouseTracking(True)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._chat_menu)
        self.chats_label = QLabel(self.tr("Chats"), left)
        self.chats_label.setObjectName("sectionLabel")
        self.chats_label.hide()
        lv.addWidget(self.chats_label)
        lv.addWidget(self.list, 2)
        # the search's second half: messages whose text matches, the hit set apart; a click opens it in its chat
        self.hits_label = QLabel(left)
        self.hits_label.setObjectName("sectionLabel")
        self.hits_label.hide()
        self.message_hits = MessageHitModel(None, self)
        self.hits = QListView(left)
        self.hits.setObjectName("messageHits")
        self.hits.setModel(self.message_hits)
        self.hits.setItemDelegate(MessageHitDelegate(self.hits))
        self.hits.setUniformItemSizes(True)
        self.hits.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.hits.setAccessibleName(self.tr("Messages that match the search"))
        self.hits.hide()
        self.hits.clicked.connect(lambda index: self.open_message(index.data(RowRole)))
        self.hits.activated.connect(lambda index: self.open_message(index.data(RowRole)))
        lv.addWidget(self.hits_label)
        lv.addWidget(self.hits, 3)
        self.list_empty = QLabel(self.list.viewport())
        self.list_empty.setObjectName("muted")
        self.list_empty.setWordWrap(True)
        self.list_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_empty.setMargin(18)
        for signal in (self.conversations.modelReset, self.conversations.rowsInserted, self.conversations.rowsRemoved):
            signal.connect(self._update_list_empty)
        self.list.viewport().installEventFilter(self)

        right = QWidget(splitter)
        right_row = QHBoxLayout(right)
        right_row.setContentsMargins(0, 0, 0, 0)
        right_row.setSpacing(0)
        chat_column = QWidget(right)
        rv = QVBoxLayout(chat_column)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.setSpacing(0)
        header = QFrame(right)
        header.setObjectName("threadHeader")
        header_row = QHBoxLayout(header)
        header_row.setContentsMargins(14, 8, 10, 8)
        hl = QVBoxLayout()
        hl.setContentsMargins(0, 0, 0, 0)
        header_row.addLayout(hl, 1)
        self.panel_button = QPushButton(self.tr("Contact info"), header)
        self.panel_button.setCheckable(True)
        self.panel_button.setToolTip(self.tr("Show or hide the contact beside the chat"))
        self.panel_button.toggled.connect(self._panel_toggled)
        self.panel_button.hide()
        header_row.addWidget(self.panel_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.title = QLabel(self.tr("No conversation open"), header)
        self.title.setObjectName("threadTitle")
        self.window_state = FittingLabel(header)
        self.window_state.setObjectName("windowState")
        hl.addWidget(self.title)
        hl.addWidget(self.window_state)
        self.stack = QStackedWidget(right)
        empty = QLabel(self.tr("Choose a conversation on the left.\nNew messages appear here by themselves."), right)
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setObjectName("muted")
        self.stack.addWidget(empty)
        rv.addWidget(header)
        rv.addWidget(self.stack, 1)
        right_row.addWidget(chat_column, 1)
        self.chat_column = chat_column
        self._right_row, self._chat_rows, self._right = right_row, rv, right
        self._panel_chosen: bool | None = None  # the shop owner's own choice, once made; else by the width
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        left.setMinimumWidth(250)
        right.setMinimumWidth(340)
        splitter.setSizes([320, 760])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._search_timer = QTimer(self, singleShot=True, interval=200)
        self._search_timer.timeout.connect(self.search_now)
        self._asked = 0  # which search question is the newest: older answers are dropped
        self._asking = False  # a question is out (a data change meanwhile asks it again)
        self._question: pages.Question | None = None  # the newest search question out, withdrawn by the next
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        for key, label in FILTERS:  # the tags follow in ``attach`` (``reload_filters``)
            self.filter_box.addItem(self.tr(label), key)
        if backend is not None:
            self.attach(backend)

    def attach(self, backend: Backend) -> None:
        """The database is open: the thread, composer and contact panel, the list's paging and live updates.
        A chat list that shows the first page read at start-up keeps its rows, its scroll position and its
        selection; a chat chosen before now opens."""
        for _step in self.attach_steps(backend):
            pass

    def attach_steps(self, backend: Backend):
        """``attach`` as a generator that yields between its widget groups (the thread, the composer's groups,
        the contact panel, then the list's paging and what was asked for meanwhile), so a caller can run each on
        a turn of the event loop of its own (``MainWindow.attach_in_steps``). The page counts as attached
        (``self.backend``) only at the last step: a click in between is kept as before the database."""
        self.messages = MessageModel(backend.sessions, self, queued=self._queued_rows)
        right, rv, right_row = self._right, self._chat_rows, self._right_row
        self.thread = ThreadView(self.messages, right)
        self.thread.held_action.connect(self._held_action)
        self.stack.addWidget(self.thread)
        self.media = media_view.install(self.thread, backend.profile.media, backend)
        yield
        self.composer = composer.Composer(backend, right, in_steps=True)  # (hidden until a chat opens)
        self.composer.sent.connect(self._after_send)
        self.thread.templates_instead.connect(self.composer.offer_templates)
        self.thread.message_action.connect(self._message_action)
        self.composer.notice.connect(self.notice)
        rv.addWidget(self.composer)
        for _group in self.composer.build_steps:  # its text box, then its template picker, a turn each
            yield
        self.attachments = attachments.Attachments(self.composer, self.thread, backend)  # with its last group
        yield
        self.panel = contact_panel.ContactPanel(backend, right)
        self.panel.back.connect(lambda: self.panel_button.setChecked(False))
        self.panel.changed.connect(backend.changed)
        self.panel.open_contact.connect(self.contact_requested)
        self.panel.hide()
        right_row.addWidget(self.panel)
        yield
        self.backend = backend
        self.conversations.attach(backend.sessions)
        self.message_hits.sessions = backend.sessions
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.filter_box.currentIndexChanged.connect(lambda _i: self.apply_filter())
        backend.data_changed.connect(self.on_data_changed)
        backend.outbox_result.connect(self._outbox_result)
        self._clock = QTimer(self, interval=60_000)  # window countdowns and the open/closed state age
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        self.reload_filters()
        if not (self._started_with_page and self.conversations.filter == self._filter()):
            self.apply_filter()  # (a page read at start-up under the same filter stays as it is)
        elif self.list.currentIndex().isValid():
            self._current_changed(self.list.currentIndex(), QModelIndex())
        if self._new_chat_wanted:  # (on the next turn: its dialog runs an event loop of its own)
            self._new_chat_wanted = False
            QTimer.singleShot(0, self, self.new_chat)

    # ------------------------------------------------------------------ list
    def eventFilter(self, watched, event) -> bool:
        if watched is self.list.viewport():
            kind = event.type()
            if kind == QEvent.Type.Resize:
                self.list_empty.setGeometry(self.list.viewport().rect())
                if event.size().width() != event.oldSize().width():  # rows as wide as the list (a scroll bar came)
                    self.list.doItemsLayout()
            elif kind == QEvent.Type.Enter:  # no row moves under the pointer (a click would open the wrong chat)
                self.conversations.hold()
            elif kind == QEvent.Type.Leave:
                self._release_list()
        return super().eventFilter(watched, event)

    def _release_list(self) -> None:
        """Put the rows held while the pointer was over the list where they belong."""
        if not self.conversations.holding:
            return
        selection = self.list.selectionModel()
        selection.blockSignals(True)
        try:
            self.conversations.release()
        finally:
            selection.blockSignals(False)
        self._reselect()

    def _update_list_empty(self, *_args) -> None:
        """Say why the list is empty: nothing matches the search or filter, or nobody has written yet."""
        if self.conversations.rowCount():
            self.list_empty.hide()
            return
        if self.search.text().strip() or self.filter_box.currentIndex() > 0:
            self.list_empty.setText(self.tr("No chats match. Clear the search or choose “All chats”."))
        else:
            self.list_empty.setText(self.tr("No chats yet. When a customer writes to your WhatsApp Business "
                                            "number, the chat appears here by itself."))
        self.list_empty.setGeometry(self.list.viewport().rect())
        self.list_empty.show()

    def reload_filters(self) -> None:
        tags = lookups.tags(self.backend.sessions)
        current = self.filter_box.currentData()
        self.filter_box.blockSignals(True)
        self.filter_box.clear()
        for key, label in FILTERS:
            self.filter_box.addItem(self.tr(label), key)
        for tag_id, name in tags:
            self.filter_box.addItem(self.tr("Tag: {name}").format(name=name), tag_id)
        i = self.filter_box.findData(current)
        self.filter_box.setCurrentIndex(max(i, 0))
        self.filter_box.blockSignals(False)

    def _filter(self) -> queries.ConversationFilter:
        key = self.filter_box.currentData()
        return queries.ConversationFilter(text=self.search.text(), unread=key == "unread", window_open=key == "window",
                                          tag_id=key if isinstance(key, int) else None, archived=key == "archived")

    def apply_filter(self) -> None:
        """Show the list under the filter and search now, read on the GUI thread (a filter chosen, a chat to
        select); an answer to a search still out is dropped."""
        self._asked += 1
        self._asking = False
        self._withdraw()
        flt = self._filter()
        self.conversations.set_filter(flt)
        self._reselect()
        self.message_hits.search(flt.text)
        self._show_search_halves(flt.text)

    def search_now(self) -> None:
        """Ask for what the search box holds, off the GUI thread, so typing never waits for the database. Only
        the newest question's answer is shown: one that comes back after a later question was asked is dropped,
        so a slow search for an older text never replaces what a newer one showed. The older question is
        withdrawn too: not read if it has not started, its statement stopped if it is running."""
        self._asked += 1
        asked, self._asking = self._asked, True
        self._withdraw()
        question = self._question = pages.Question()
        flt, sessions = self._filter(), self.backend.sessions
        # the rows the list shows, and a few more: scrolling on loads the pages after them
        limit = min(queries.PAGE, max(16, self.list.viewport().height() // ConversationDelegate.HEIGHT + 8))

        def ask() -> tuple[list[queries.ConversationRow], list] | None:
            try:
                question.check()
                return (pages.conversations(sessions, flt, offset=0, limit=limit, question=question),
                        pages.message_hits(sessions, flt.text, question=question) if flt.text.strip() else [])
            except pages.Superseded:
                return None  # a newer question is out: this answer would be dropped anyway

        ops.run_sync(ask, lambda answer: self._answered(asked, flt, limit, answer))

    def _withdraw(self) -> None:
        if self._question is not None:
            self._question.withdraw()
            self._question = None

    def _answered(self, asked: int, flt: queries.ConversationFilter, limit: int, answer) -> None:
        if asked != self._asked or answer is None:
            return  # a newer question is out, or the list was read since
        self._asking = False
        self._question = None
        chats, hits = answer
        selection = self.list.selectionModel()
        selection.blockSignals(True)  # the open chat filtered out moves the current index: that opens nothing
        try:
            self.conversations.show(flt, chats, limit)
        finally:
            selection.blockSignals(False)
        self._reselect()
        self.message_hits.show(hits)
        self._show_search_halves(flt.text)
        self.search_shown.emit(flt.text)

    def _show_search_halves(self, text: str) -> None:
        """While searching: the chats that match, then the messages that match (both halves labelled)."""
        searching = bool(text.strip())
        count = self.message_hits.rowCount()
        self.hits_label.setText(self.tr("Messages ({n})").format(n=number(count)) if count < 50
                                else self.tr("Messages (the newest 50)"))
        for widget in (self.chats_label, self.hits_label):
            widget.setVisible(searching)
        self.hits.setVisible(searching and count > 0)
        no_chats = searching and count > 0 and self.conversations.rowCount() == 0
        self.list.setVisible(not no_chats)  # only messages match: they get the room
        self.chats_label.setText(self.tr("No chat name or number matches") if no_chats else self.tr("Chats"))

    def open_message(self, hit) -> None:
        """Open a message the search found in its chat, scrolled to it and marked for a moment."""
        if hit is None:
            return
        if self.current is None or self.current.id != hit.conversation_id:
            row = self.conversations.row_of(hit.conversation_id)
            if row is not None:
                self._select_row(row)
                found = self.conversations.rows[row]
            else:
                found = lookups.conversation(self.backend.sessions, hit.conversation_id)
                self._select_row(None)
            if found is None:
                return
            self.open_conversation(found)
        at = self.messages.open_at(hit.conversation_id, hit.contact_id, hit.message_id)
        if at is not None:
            self.thread.mark(hit.message_id)
            self.thread.doItemsLayout()
            self.thread.scrollTo(self.messages.index(at), QAbstractItemView.ScrollHint.PositionAtCenter)

    def _reselect(self) -> None:
        """Select the open chat's row again (nothing, when the list does not show it), without reopening it."""
        if self.current is not None:
            self._select_row(self.conversations.row_of(self.current.id))

    def _select_row(self, row: int | None) -> None:
        """Mark ``row`` of the list as the current one (None: none), without the signal that opens a chat."""
        selection = self.list.selectionModel()
        selection.blockSignals(True)
        if row is not None:
            selection.setCurrentIndex(self.conversations.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        else:
            selection.clearCurrentIndex()
            selection.clearSelection()
        selection.blockSignals(False)
        self.list.viewport().update()

    def _current_changed(self, index: QModelIndex, _previous: QModelIndex) -> None:
        if self.backend is None:  # chosen before the database is open: ``attach`` opens it
            return
        row = index.data(RowRole) if index.isValid() else None
        if row is not None:
            self.open_conversation(row)

    def select_conversation(self, conversation_id: int) -> bool:
        """Open a conversation by id (from the contacts screen or Ctrl+K).

        Selected in the list when it is loaded there (filters cleared if they hide it); a conversation far
        down a 100k-row list is opened directly instead of paging the whole list in.
        """
        row = self.conversations.row_of(conversation_id)
        if row is None and (self.search.text() or self.filter_box.currentIndex() > 0):
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.filter_box.blockSignals(True)
            self.filter_box.setCurrentIndex(0)
            self.filter_box.blockSignals(False)
            self.apply_filter()
            row = self.conversations.row_of(conversation_id)
        if row is not None:
            self.list.setCurrentIndex(self.conversations.index(row))
            self.list.scrollTo(self.conversations.index(row))
            return True
        found = lookups.conversation(self.backend.sessions, conversation_id)
        if found is None:
            return False
        self._select_row(None)
        self.open_conversation(found)
        return True

    def new_chat(self) -> None:
        """Choose a contact by name or number and open their chat (started empty if they have none). Asked for
        before the database is open, the choice comes once it is (``attach``)."""
        if self.backend is None:
            self._new_chat_wanted = True
            return
        from klaros_desktop.ui.jump_dialog import JumpDialog

        dialog = JumpDialog(self.backend, self, new_chat=True)
        if self.run_dialog(dialog) and dialog.chosen is not None:
            self.open_contact(dialog.chosen)

    def run_dialog(self, dialog) -> bool:
        """Run a modal chooser (tests replace this)."""
        return bool(dialog.exec())

    def open_contact(self, contact_id: int) -> None:
        """The contact's chat, started when they have none (the composer then offers the templates)."""
        conversation = lookups.conversation_of_contact(self.backend.sessions, contact_id)
        if conversation is None:
            opened = conversations.open_with(self.backend.sessions, contact_id)
            self.backend.changed(opened.changes)
            conversation = opened.conversation_id
        self.select_conversation(conversation)

    # ------------------------------------------------------------------ a message's actions
    def _message_action(self, action: str, row: queries.MessageRow) -> None:
        if action == "reply":
            self.composer.set_reply(row.wamid, render(row.text or queries.preview_text(row.type, None)))
        elif action == "react":
            self.react_picker(row)
        elif action == "forward":
            self.forward(render(row.text))

    def react_picker(self, row: queries.MessageRow):
        """The quick reactions over the message; the chosen one goes out through ``may_send`` like any message."""
        from klaros_desktop.ui.emoji_picker import EmojiPicker

        picker = EmojiPicker(self, quick_only=True)
        picker.chosen.connect(lambda emoji: self.composer.send_reaction(row.wamid, emoji))
        index = self.messages.index(next((i for i, r in enumerate(self.messages.rows) if r is row), 0))
        rect = self.thread.visualRect(index)
        picker.popup_at(self.thread.viewport().mapToGlobal(rect.topLeft() + QPoint(12, 0)))
        return picker

    def forward(self, text: str) -> None:
        """Choose someone and put the text into their chat's composer: it goes only if their chat allows free text
        now (``may_send``), and the shop owner sees it before sending."""
        from klaros_desktop.ui.jump_dialog import JumpDialog

        dialog = JumpDialog(self.backend, self, new_chat=True)
        dialog.setWindowTitle(self.tr("Forward to…"))
        if self.run_dialog(dialog) and dialog.chosen is not None:
            self.composer.pending_text = text
            self.open_contact(dialog.chosen)
            self.composer.recheck()  # their chat may be the one already open

    # ------------------------------------------------------------------ a chat's menu
    def chat_actions(self, row: queries.ConversationRow, parent: QWidget) -> list[QAction]:
        """What a right-click on a chat offers (and the tests press)."""
        actions: list[QAction] = []

        def add(label: str, slot) -> None:
            action = QAction(label, parent)
            action.triggered.connect(slot)
            actions.append(action)

        sessions = self.backend.sessions
        add(self.tr("Open chat"), lambda: self.select_conversation(row.id))
        if row.unread:
            add(self.tr("Mark as read"), lambda: self._mark_read(row.id))
        else:
            add(self.tr("Mark as unread"), lambda: ops.run_sync(lambda: conversations.mark_unread(sessions, row.id),
                                                                self._read_state_done))
        add(self.tr("Unpin chat") if row.pinned_at else self.tr("Pin chat"),
            lambda: ops.run_sync(lambda: conversations.set_pinned(sessions, row.id, row.pinned_at is None),
                                 self.backend.changed))
        add(self.tr("Turn notifications on") if row.muted else self.tr("Mute notifications"),
            lambda: ops.run_sync(lambda: conversations.set_muted(sessions, row.id, not row.muted),
                                 self.backend.changed))
        if row.archived:
            add(self.tr("Take out of the archive"),
                lambda: ops.run_sync(lambda: conversations.set_archived(sessions, row.id, False), self._archived))
        else:
            add(self.tr("Archive chat"),
                lambda: ops.run_sync(lambda: conversations.set_archived(sessions, row.id, True), self._archived))
        add(self.tr("Copy number"), lambda: QGuiApplication.clipboard().setText(row.phone or ""))
        add(self.tr("Contact details…"), lambda: self.contact_requested.emit(row.contact_id))
        return actions

    def _chat_menu(self, pos: QPoint) -> None:
        if self.backend is None:  # (its actions need the database; the pointer says it is still opening)
            return
        index = self.list.indexAt(pos)
        row = index.data(RowRole) if index.isValid() else None
        if row is None:
            return
        menu = QMenu(self)
        menu.addActions(self.chat_actions(row, menu))
        menu.exec(self.list.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _read_state_done(self, changes: Changes) -> None:
        if self.current is not None and self.current.id in changes.conversations:
            self.close_chat()  # marked unread: left for later, as WhatsApp does (open, it would be read at once)
        self.backend.changed(changes)
        self.read_state_changed.emit()

    def _archived(self, changes: Changes) -> None:
        self.backend.changed(changes)
        self.read_state_changed.emit()
        self.notice.emit(self.tr("Chat archived. “Archived” in the filter shows it.")
                         if self.filter_box.currentData() != "archived" else self.tr("Chat taken out of the archive."))

    # ------------------------------------------------------------------ thread
    # ------------------------------------------------------------------ the contact beside the chat
    PANEL_MIN_WIDTH = 1050  # below this the panel waits for "Contact info" (the thread needs the room)

    def _panel_toggled(self, on: bool) -> None:
        if on != self._panel_wanted():
            self._panel_chosen = on
        self._place_panel()

    def _panel_wanted(self) -> bool:
        return self._panel_chosen if self._panel_chosen is not None else self.width() >= self.PANEL_MIN_WIDTH

    def _place_panel(self) -> None:
        show = self.current is not None and self._panel_wanted()
        if (show and self.panel.form is None) or (show and self.panel.form.id != self.current.contact_id):
            self.panel.show_contact(self.current.contact_id)
        narrow = self.width() < self.PANEL_MIN_WIDTH  # no room for both: the panel takes the chat's place
        self.panel.set_in_place_of_chat(show and narrow)
        self.chat_column.setVisible(not (show and narrow))
        self.panel.setVisible(show)
        self.panel_button.setVisible(self.current is not None)
        self.panel_button.blockSignals(True)
        self.panel_button.setChecked(show)
        self.panel_button.blockSignals(False)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if hasattr(self, "panel"):
            self._place_panel()

    def open_conversation(self, row: queries.ConversationRow) -> None:
        self.current = row
        self.title.setText(row.name)
        self._update_window_state()
        self.messages.open(row.id, row.contact_id)
        self.stack.setCurrentIndex(1)
        self.thread.scrollToBottom()
        self.composer.set_contact(row.contact_id)
        self.panel.form = None
        self._place_panel()
        if row.unread:
            self._mark_read(row.id)
        self.conversation_opened.emit(row.id)

    def _mark_read(self, conversation_id: int) -> None:
        """Clear the badge. Only this list shows unread counts, and it patches its row in place rather than
        re-reading it: under the "Unread" filter the chat being read stays listed until the filter or the chat
        changes again."""
        sessions = self.backend.sessions

        def done(changes: Changes) -> None:
            for read in changes.conversations:
                if self.current is not None and self.current.id == read:
                    self.current.unread = 0
                r = self.conversations.row_of(read)
                if r is not None:
                    self.conversations.rows[r].unread = 0
                    idx = self.conversations.index(r)
                    self.conversations.dataChanged.emit(idx, idx)
            self.read_state_changed.emit()

        ops.run_sync(lambda: conversations.mark_read(sessions, conversation_id), done)

    def _update_window_state(self) -> None:
        row = self.current
        if row is None:
            self.window_state.setText("")
            return
        label = window_label(row)
        if row.opted_out:
            state = short = self.tr("Opted out · cannot be messaged")
        elif label:
            left = label.strip("◷ ")
            state = self.tr("24-hour window open · {left} left").format(left=left)
            short = self.tr("Window open · {left} left").format(left=left)
        elif row.last_inbound_at is None:
            state = short = self.tr("Has not written yet · templates only")
        else:
            state = self.tr("24-hour window closed · templates only")
            short = self.tr("Window closed · templates only")
        number = phone_format.pretty_number(row.phone)
        self.window_state.set_texts(f"{number}  ·  {state}" if number else state, state, short)

    def _queued_rows(self, contact_id: int) -> list[queries.MessageRow]:
        """The contact's outbox items after the thread's messages: waiting ones with a clock, held ones with
        their reason and actions (ids apart from messages' and notices', stable per item)."""
        rows = []
        items = self.backend.outbox.items(contact_id)
        for item in sorted(items, key=lambda i: i.held):  # held ones last, next to the composer
            kind = "template" if item.template_name else "text"  # a template's bubble names it, as when sent
            if item.held:
                rows.append(queries.MessageRow(-20_000_000 - item.id, "held", "out", kind, item.text,
                                               item.held_at or item.queued_at, "failed",
                                               template_name=item.template_name, outbox=item))
            else:
                rows.append(queries.MessageRow(-10_000_000 - item.id, "queued", "out", kind, item.text,
                                               item.queued_at, "queued", template_name=item.template_name,
                                               outbox=item))
        return rows

    # ------------------------------------------------------------------ held outbox items
    def confirm(self, title: str, question: str) -> bool:
        """Ask before something that cannot be undone (tests replace this)."""
        box = QMessageBox(QMessageBox.Icon.Question, title, question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _held_action(self, action: str, item) -> None:
        outbox = self.backend.outbox
        if action == "copy":
            QGuiApplication.clipboard().setText(item.text)
            self.notice.emit(self.tr("Message text copied."))
        elif action == "send_again":
            ops.run_sync(lambda: outbox.send_again(item.id), self._sent_again)
        elif action == "edit" and getattr(item, "template_name", None):  # its values stay as they were previewed
            self.notice.emit(self.tr("A template cannot be edited here: send it again, or delete it and choose the "
                                     "template anew."))
        elif action == "edit" and getattr(item, "media_kind", None):  # a file stays; only "Send again" or delete
            self.notice.emit(self.tr("A file cannot be edited here: send it again, or delete it and attach it anew."))
        elif action == "edit":
            sessions = self.backend.sessions

            def take():  # only when the composer can take free text now; else the item stays where it is
                if compose.composer_state(sessions, item.contact_id).mode != composer.TEXT:
                    return None
                return outbox.remove(item.id, how="edited") or False

            ops.run_sync(take, self._edit_taken)
        elif action == "delete" and self.confirm(
                self.tr("Delete message?"), self.tr("Delete this unsent message? Its text cannot be brought back.")):
            ops.run_sync(lambda: outbox.remove(item.id), lambda _item: self._outbox_touched())

    def _sent_again(self, item) -> None:
        if item is not None and not (self.backend.online and self.backend.messenger is not None):
            self.notice.emit(self.tr("The message goes out when Klaros is back online."))
        self._outbox_touched()
        self.backend.flush_outbox()

    def _edit_taken(self, item) -> None:
        if item is None:
            self.notice.emit(self.tr("The 24-hour window is closed, so this text cannot go as a free message; "
                                     "the composer offers the approved templates. Copy the text if you need it."))
        elif item:
            editor = self.composer.text
            current = editor.toPlainText()
            editor.setPlainText(f"{current.rstrip()}\n{item.text}" if current.strip() else item.text)
            editor.moveCursor(QTextCursor.MoveOperation.End)
            editor.setFocus()
        self._outbox_touched()

    def _outbox_touched(self) -> None:
        """A held or queued item of the open chat was sent again, taken back or deleted."""
        self._open_chat_changed(Changes())
        self.backend.refresh_outbox_counts()

    def _after_send(self, changes: Changes) -> None:
        self._open_chat_changed(changes)
        self.thread.scroll_to_newest()

    def _open_chat_changed(self, changes: Changes) -> None:
        """Report what a send or an outbox action changed, with the open chat named: whatever the service
        reported, its thread, list row and composer decision are to be read again (a queued item, a refusal)."""
        if self.current is not None:
            changes = Changes(conversations={self.current.id}).merge(changes)
        self.backend.changed(changes)

    def _outbox_result(self, item, outcome) -> None:
        if getattr(item, "held", False):
            self.notice.emit(self.tr("A queued message to {number} was not sent: {reason}").format(
                number=phone_format.pretty_number(item.number) or item.number, reason=render(item.reason)))
        elif getattr(item, "attempts", 0) and not getattr(outcome, "sent", False):
            self.notice.emit(self.tr("A queued message could not go out yet; Klaros tries again by itself."))

    def on_data_changed(self, changes: Changes) -> None:
        """An operation changed data (``Backend.data_changed``): re-read the chat rows it names, the open thread
        if it names that chat, its contact or its messages, and ask ``may_send`` again when the open chat or
        the templates changed. Anything else leaves this screen alone."""
        bar = self.thread.verticalScrollBar()
        at_bottom = bar.value() >= bar.maximum() - 4
        selection = self.list.selectionModel()
        selection.blockSignals(True)  # removing the open chat's row moves the current index: that opens nothing
        try:
            listed = self.conversations.apply_changes(changes)
        finally:
            selection.blockSignals(False)
        if listed and self._asking:
            self.search_now()  # the answer on its way may have been read before this change
        if changes.settings or changes.everything:
            self.composer.reload_quick_replies()
        if self.current is None:
            return
        if listed:
            self._reselect()
        open_chat = changes.everything or self.current.id in changes.conversations \
            or self.current.contact_id in changes.contacts
        if open_chat:
            r = self.conversations.row_of(self.current.id)
            if r is not None:
                self.current = self.conversations.rows[r]
                self.title.setText(self.current.name)  # renamed (the contact panel, the contacts screen)
                self._update_window_state()
            self._close_if_gone()
            if self.current is None:
                return
        if self.messages.apply_changes(changes) and at_bottom and not self.messages.has_newer:
            self.thread.scrollToBottom()
        if open_chat or changes.touches_templates():
            self.composer.recheck()
        if self.panel.isVisible() and (changes.everything or self.current.contact_id in changes.contacts) \
                and not self.panel.isAncestorOf(QApplication.focusWidget()):  # not while being typed in
            self.panel.show_contact(self.current.contact_id)
        if open_chat and self.isVisible() and self.current.unread:
            self._mark_read(self.current.id)

    def _close_if_gone(self) -> None:
        """The open conversation no longer exists (its contact was erased): show the empty page, not a dead chat."""
        if self.current is None or self.conversations.row_of(self.current.id) is not None:
            return
        if lookups.conversation(self.backend.sessions, self.current.id) is not None:
            return  # only filtered out of the list
        self.close_chat()

    def close_chat(self) -> None:
        """No chat open: the empty page, nothing selected."""
        self._select_row(None)
        self.current = None
        self.panel.show_contact(None)
        self._place_panel()
        self.messages.open(None, None)
        self.title.setText("")
        self._update_window_state()
        self.composer.set_contact(None)
        self.stack.setCurrentIndex(0)

    def _tick(self) -> None:
        self.list.viewport().update()
        before = self.window_state.text()
        self._update_window_state()
        if before != self.window_state.text():
            self.composer.recheck()
