"""The inbox: conversation list on the left (filters, search), the open thread and its composer on the right."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from klaros_desktop.services.core.changes import Changes
from klaros_desktop.services.messaging import conversations
from klaros_desktop.services.messaging.compose import composer_state
from klaros_desktop.services.reads import lookups, queries
from klaros_desktop.ui import media_view, ops
from klaros_desktop.ui.attachments import Attachments
from klaros_desktop.ui.backend import Backend
from klaros_desktop.ui.composer import TEXT, Composer
from klaros_desktop.ui.delegates import BubbleDelegate, ConversationDelegate, window_label
from klaros_desktop.ui.i18n import render
from klaros_desktop.ui.item_models import ConversationListModel, MessageModel, RowRole
from klaros_desktop.ui.outbox_bubble import HeldBubble
from klaros_desktop.ui.phone_format import pretty_number

FILTERS = (("all", QT_TRANSLATE_NOOP("InboxPage", "All chats")), ("unread", QT_TRANSLATE_NOOP("InboxPage", "Unread")),
           ("window", QT_TRANSLATE_NOOP("InboxPage", "Window open")))


class ThreadView(QListView):
    """Bubbles, newest at the bottom; scrolling to the top loads the older page.

    Held outbox items get a ``HeldBubble`` widget on their row (its buttons emit ``held_action``)."""

    held_action = Signal(str, object)  # send_again | edit | copy | delete, and the QueuedText

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
        elif row.text:
            text = render(row.text)
            add(self.tr("Copy text"), lambda: QGuiApplication.clipboard().setText(text))
        return actions

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.addActions(self.row_actions(self.indexAt(pos), menu))
        if not menu.isEmpty():
            menu.exec(self.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def held_bubbles(self) -> list[HeldBubble]:
        model: MessageModel = self.model()
        found = [self.indexWidget(model.index(i)) for i, r in enumerate(model.rows) if r.kind == "held"]
        return [w for w in found if isinstance(w, HeldBubble)]

    def _sync_held(self) -> None:
        """Give each held row its widget (or the widget the row's current item)."""
        model: MessageModel = self.model()
        added = False
        for i, row in enumerate(model.rows):
            if row.kind != "held":
                continue
            index = model.index(i)
            widget = self.indexWidget(index)
            if isinstance(widget, HeldBubble):
                if widget.item != row.outbox:
                    widget.set_item(row.outbox)
                    added = True
                continue
            widget = HeldBubble(row.outbox, self.viewport())
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

    def scroll_to_newest(self) -> None:
        model: MessageModel = self.model()
        if model.has_newer:
            model.show_latest()
        self.scrollToBottom()


class InboxPage(QWidget):
    conversation_opened = Signal(int)
    notice = Signal(str)

    def __init__(self, backend: Backend, parent: QWidget | None = None):
        super().__init__(parent)
        self.backend = backend
        self.conversations = ConversationListModel(backend.sessions, self)
        self.messages = MessageModel(backend.sessions, self, queued=self._queued_rows)
        self.current: queries.ConversationRow | None = None

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
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.filter_box)
        lv.addLayout(row)
        self.list = QListView(left)
        self.list.setObjectName("conversations")
        self.list.setModel(self.conversations)
        self.list.setItemDelegate(ConversationDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setAccessibleName(self.tr("Conversations"))
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        lv.addWidget(self.list)
        self.list_empty = QLabel(self.list.viewport())
        self.list_empty.setObjectName("muted")
        self.list_empty.setWordWrap(True)
        self.list_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_empty.setMargin(18)
        for signal in (self.conversations.modelReset, self.conversations.rowsInserted, self.conversations.rowsRemoved):
            signal.connect(self._update_list_empty)
        self.list.viewport().installEventFilter(self)

        right = QWidget(splitter)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.setSpacing(0)
        header = QFrame(right)
        header.setObjectName("threadHeader")
        hl = QVBoxLayout(header)
        hl.setContentsMargins(14, 8, 14, 8)
        self.title = QLabel(self.tr("No conversation open"), header)
        self.title.setObjectName("threadTitle")
        self.window_state = QLabel("", header)
        self.window_state.setObjectName("windowState")
        hl.addWidget(self.title)
        hl.addWidget(self.window_state)
        self.stack = QStackedWidget(right)
        empty = QLabel(self.tr("Choose a conversation on the left.\nNew messages appear here by themselves."), right)
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setObjectName("muted")
        self.thread = ThreadView(self.messages, right)
        self.thread.held_action.connect(self._held_action)
        self.stack.addWidget(empty)
        self.stack.addWidget(self.thread)
        self.media = media_view.install(self.thread, backend.profile.media, backend)
        self.composer = Composer(backend, right)
        self.attachments = Attachments(self.composer, self.thread, backend)
        self.composer.sent.connect(self._after_send)
        self.composer.notice.connect(self.notice)
        rv.addWidget(header)
        rv.addWidget(self.stack, 1)
        rv.addWidget(self.composer)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 760])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._search_timer = QTimer(self, singleShot=True, interval=200)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.filter_box.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        backend.data_changed.connect(self.on_data_changed)
        backend.outbox_result.connect(self._outbox_result)
        self._clock = QTimer(self, interval=60_000)  # window countdowns and the open/closed state age
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        self.reload_filters()
        self.apply_filter()

    # ------------------------------------------------------------------ list
    def eventFilter(self, watched, event) -> bool:
        if watched is self.list.viewport() and event.type() == QEvent.Type.Resize:
            self.list_empty.setGeometry(self.list.viewport().rect())
        return super().eventFilter(watched, event)

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

    def apply_filter(self) -> None:
        key = self.filter_box.currentData()
        flt = queries.ConversationFilter(text=self.search.text(), unread=key == "unread", window_open=key == "window",
                                         tag_id=key if isinstance(key, int) else None)
        self.conversations.set_filter(flt)
        self._reselect()

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

    # ------------------------------------------------------------------ thread
    def open_conversation(self, row: queries.ConversationRow) -> None:
        self.current = row
        self.title.setText(row.name)
        self._update_window_state()
        self.messages.open(row.id, row.contact_id)
        self.stack.setCurrentIndex(1)
        self.thread.scrollToBottom()
        self.composer.set_contact(row.contact_id)
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

        ops.run_sync(lambda: conversations.mark_read(sessions, conversation_id), done)

    def _update_window_state(self) -> None:
        row = self.current
        if row is None:
            self.window_state.setText("")
            return
        label = window_label(row)
        if row.opted_out:
            state = self.tr("Opted out · cannot be messaged")
        elif label:
            state = self.tr("24-hour window open · {left} left").format(left=label.strip("◷ "))
        elif row.last_inbound_at is None:
            state = self.tr("Has not written yet · templates only")
        else:
            state = self.tr("24-hour window closed · templates only")
        number = pretty_number(row.phone)
        self.window_state.setText(f"{number}  ·  {state}" if number else state)

    def _queued_rows(self, contact_id: int) -> list[queries.MessageRow]:
        """The contact's outbox items after the thread's messages: waiting ones with a clock, held ones with
        their reason and actions (ids apart from messages' and notices', stable per item)."""
        rows = []
        items = self.backend.outbox.items(contact_id)
        for item in sorted(items, key=lambda i: i.held):  # held ones last, next to the composer
            if item.held:
                rows.append(queries.MessageRow(-20_000_000 - item.id, "held", "out", "text", item.text,
                                               item.held_at or item.queued_at, "failed", outbox=item))
            else:
                rows.append(queries.MessageRow(-10_000_000 - item.id, "queued", "out", "text", item.text,
                                               item.queued_at, "queued", outbox=item))
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
        elif action == "edit" and getattr(item, "media_kind", None):  # a file stays; only "Send again" or delete
            self.notice.emit(self.tr("A file cannot be edited here: send it again, or delete it and attach it anew."))
        elif action == "edit":
            sessions = self.backend.sessions

            def take():  # only when the composer can take free text now; else the item stays where it is
                if composer_state(sessions, item.contact_id).mode != TEXT:
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
                number=pretty_number(item.number) or item.number, reason=render(item.reason)))
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
                self._update_window_state()
            self._close_if_gone()
            if self.current is None:
                return
        if self.messages.apply_changes(changes) and at_bottom and not self.messages.has_newer:
            self.thread.scrollToBottom()
        if open_chat or changes.touches_templates():
            self.composer.recheck()
        if open_chat and self.isVisible() and self.current.unread:
            self._mark_read(self.current.id)

    def _close_if_gone(self) -> None:
        """The open conversation no longer exists (its contact was erased): show the empty page, not a dead chat."""
        if self.current is None or self.conversations.row_of(self.current.id) is not None:
            return
        if lookups.conversation(self.backend.sessions, self.current.id) is not None:
            return  # only filtered out of the list
        self.current = None
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
