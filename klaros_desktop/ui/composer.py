"""The composer under a thread: free text inside the 24-hour window, approved templates outside it,
and a clear "why not" when the contact must not be messaged. The decision is always ``policy.may_send``.

A template that shows a picture, video or document at the top takes a file: chosen and checked against Meta's
type and size limits (``media.header_media``, as a campaign's header is), uploaded when sent. A link button whose
address ends in a variable takes that end for this customer (``messaging.buttons``: checked as Meta takes it, the
same check ``klaros send --button-var`` gets). A title at the top with a variable takes its value (the title within
Meta's 60 characters with it), a map at the top takes the place: latitude, longitude, name and address
(``messaging.template_header``, the check ``klaros send --header-var/--header-location`` gets).
"""

from __future__ import annotations

import asyncio
import html
import re
from pathlib import Path

from PySide6.QtCore import QPoint, QStringListModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from klaros_desktop.services.core import settings
from klaros_desktop.services.core.changes import Changes
from klaros_desktop.services.media import header_media, kinds
from klaros_desktop.services.messaging import buttons, quick_replies, template_header
from klaros_desktop.services.messaging import outbox as outbox_rules
from klaros_desktop.services.messaging.compose import (
    BLOCKED,
    NONE,
    TEMPLATE,
    TEXT,
    ComposerState,
    TemplateChoice,
    composer_state,
    fill,
)
from klaros_desktop.services.messaging.sending import render_template_text
from klaros_desktop.ui import ops, template_bubble, theme
from klaros_desktop.ui.backend import Backend
from klaros_desktop.ui.built_in_steps import BuiltInSteps
from klaros_desktop.ui.i18n import number, render
from klaros_desktop.ui.item_models import template_word
from klaros_desktop.ui.place_fields import PlaceEdits, place_edits, split_pasted_pair
from klaros_desktop.ui.templates_page import language_name

__all__ = ["BLOCKED", "NONE", "TEMPLATE", "TEXT", "Composer", "ComposerState", "TemplateChoice"]

BUBBLE_MAX_WIDTH = 420  # the template's preview bubble, as wide as on the templates page
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum"

class PageSwitcher(QWidget):
    """Like QStackedWidget, but only the page shown counts for the size, so the composer stays compact."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._pages: list[QWidget] = []
        self._current = -1

    def addWidget(self, page: QWidget) -> None:
        self._pages.append(page)
        self._layout.addWidget(page)
        page.setVisible(False)

    def setCurrentIndex(self, index: int) -> None:
        self._current = index
        for i, page in enumerate(self._pages):
            page.setVisible(i == index)

    def currentIndex(self) -> int:
        return self._current

    def count(self) -> int:
        return len(self._pages)

    def widget(self, index: int) -> QWidget:
        return self._pages[index]


class ComposerText(QPlainTextEdit):
    """Enter sends and Shift+Enter is a new line, as in WhatsApp (``enter_sends`` False: Enter is a new line and
    Ctrl+Enter sends; Ctrl+Enter always sends); ``/word`` offers the quick replies."""

    submit = Signal()
    enter_sends_changed = Signal(bool)  # the shop owner switched it in the text box's menu

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.enter_sends = True
        self.replies: list[quick_replies.QuickReply] = []
        self.completer = QCompleter(self)
        self.completer.setWidget(self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.activated.connect(self.insert_reply)
        self._model = QStringListModel(self)
        self.completer.setModel(self._model)
        self.textChanged.connect(self._maybe_complete)

    def _slash_word(self) -> tuple[int, str] | None:
        cursor = self.textCursor()
        before = self.toPlainText()[: cursor.position()]
        match = re.search(r"(?:^|\s)(/\w*)$", before)
        return (match.start(1), match.group(1)) if match else None

    def _maybe_complete(self) -> None:
        found = self._slash_word()
        if not found or not self.replies:
            self.completer.popup().hide()
            return
        hits = quick_replies.matching(self.replies, found[1])
        if not hits:
            self.completer.popup().hide()
            return
        self._model.setStringList([f"/{r.shortcut} — {r.text[:60]}" for r in hits])
        self.completer.setCompletionPrefix("")
        rect = self.cursorRect()
        rect.setWidth(360)
        self.completer.complete(rect)

    def insert_reply(self, label: str) -> None:
        shortcut = label.split(" — ", 1)[0].lstrip("/")
        reply = next((r for r in self.replies if r.shortcut == shortcut), None)
        found = self._slash_word()
        if reply is None or found is None:
            return
        cursor = self.textCursor()
        cursor.setPosition(found[0])
        cursor.setPosition(self.textCursor().position(), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(reply.text)
        self.setTextCursor(cursor)
        self.completer.popup().hide()

    def keyPressEvent(self, event) -> None:
        popup = self.completer.popup()
        if popup.isVisible() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab):
            index = popup.currentIndex()
            if not index.isValid():  # nothing highlighted: Enter takes the best match
                index = popup.model().index(0, 0)
            if index.isValid():
                self.insert_reply(index.data())
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if modifiers & Qt.KeyboardModifier.ControlModifier or \
                    (self.enter_sends and modifiers == Qt.KeyboardModifier.NoModifier):
                self.submit.emit()
                event.accept()
                return
            if modifiers & Qt.KeyboardModifier.ShiftModifier:  # a plain new line, not Qt's line separator
                self.insertPlainText("\n")
                event.accept()
                return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event) -> None:
        menu = self.createStandardContextMenu()
        menu.addSeparator()
        menu.addAction(self.enter_sends_action(menu))
        menu.exec(event.globalPos())
        menu.deleteLater()

    def enter_sends_action(self, parent) -> QAction:
        action = QAction(self.tr("Enter sends the message (Shift+Enter: new line)"), parent)
        action.setCheckable(True)
        action.setChecked(self.enter_sends)
        action.toggled.connect(self.enter_sends_changed.emit)
        return action


HEADER_FILTERS = {  # the file dialog's types for each kind of template header (``media.kinds``' types)
    kinds.IMAGE: "*.jpg *.jpeg *.png",
    kinds.VIDEO: "*.mp4 *.3gp",
    kinds.DOCUMENT: "*.pdf *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.txt",
}


class Composer(BuiltInSteps, QFrame):
    """Built at start-up (``in_steps``), its pages are made one group per turn of the event loop (the text box,
    the template picker, the rest) by whoever drives ``build_steps`` (``InboxPage.attach_steps``); it stays
    hidden until a chat is opened in it, which comes after the last group."""

    sent = Signal(object)  # something was stored (sent, queued or failed): the service's Changes report
    notice = Signal(str)
    header_upload = Signal(float)  # share of the template's header file uploaded (0..1)

    def __init__(self, backend: Backend, parent: QWidget | None = None, *, in_steps: bool = False):
        super().__init__(parent)
        self.hide()  # (before a layout takes it: the layout would show it on the next turn)
        self.setObjectName("composer")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.backend = backend
        self.state = ComposerState(NONE)
        self.templates_only = False
        self._asked: int | None = None  # the contact of the last ``set_contact``
        self._token = 0
        self.header_file: header_media.HeaderMedia | None = None  # the file chosen for the template's top
        self._header_refused: str | None = None  # why the last file chosen cannot be it
        self._header_token = 0
        self.stack = PageSwitcher(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        self.banner = QLabel(self)
        self.banner.setObjectName("muted")
        self.banner.setWordWrap(True)
        self.banner.hide()
        layout.addWidget(self.banner)
        layout.addWidget(self.stack)
        self.begin_building(self._build_steps(), in_steps=in_steps)

    def _build_steps(self):
        """The pages in the stack's order, yielding (a true value) between the text box, the template picker
        and the rest; the quick replies and the Enter setting are read with the last."""
        self._build_text()
        yield True
        self._build_template()
        yield True
        self._build_blocked()
        self.stack.addWidget(QWidget(self))  # NONE
        self.stack.setCurrentIndex(3)
        self.backend.online_changed.connect(lambda _online: self._show_offline_hint())
        self.reload_quick_replies()

    # ------------------------------------------------------------------ pages
    def _build_text(self) -> None:
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        # "Reply": the quoted message above the text box, with a way to drop it
        self.reply_bar = QFrame(page)
        self.reply_bar.setObjectName("replyBar")
        bar = QHBoxLayout(self.reply_bar)
        bar.setContentsMargins(10, 4, 4, 4)
        self.reply_label = QLabel(self.reply_bar)
        self.reply_label.setObjectName("muted")
        self.reply_label.setTextFormat(Qt.TextFormat.PlainText)
        self.reply_cancel = QToolButton(self.reply_bar)
        self.reply_cancel.setText("✕")
        self.reply_cancel.setAutoRaise(True)
        self.reply_cancel.setAccessibleName(self.tr("Do not reply to this message"))
        self.reply_cancel.clicked.connect(self.clear_reply)
        bar.addWidget(self.reply_label, 1)
        bar.addWidget(self.reply_cancel)
        self.reply_bar.hide()
        column.addWidget(self.reply_bar)
        row = QHBoxLayout()
        column.addLayout(row)
        self.reply_to: str | None = None  # the wamid a reply quotes
        self.pending_text: str | None = None  # a forwarded text, put in once the composer may take text
        self.emoji_button = QToolButton(page)
        self.emoji_button.setText("☺")
        self.emoji_button.setAutoRaise(True)
        self.emoji_button.setAccessibleName(self.tr("Insert an emoji"))
        self.emoji_button.clicked.connect(self.pick_emoji)
        row.addWidget(self.emoji_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.text = ComposerText(page)
        self.text.setObjectName("composerText")
        self.text.enter_sends_changed.connect(self.set_enter_sends)
        self.text.setAccessibleName(self.tr("Message text"))
        self.text.setFixedHeight(64)
        self.text.submit.connect(self.send_text)
        self.send_button = QPushButton(self.tr("Send"), page)
        self.send_button.setObjectName("primary")
        self.send_button.setAccessibleName(self.tr("Send message"))

        self.send_button.clicked.connect(self.send_text)
        row.addWidget(self.text, 1)
        row.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.stack.addWidget(page)

    def changeEvent(self, event) -> None:  # light or dark: the preview bubble takes the theme's colours
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange and hasattr(self, "preview") and self.state.mode == TEMPLATE:
            self._update_preview()

    def set_reply(self, wamid: str, preview: str) -> None:
        """Reply to one message: the customer sees it quoted above the answer."""
        self.reply_to = wamid
        fm = self.reply_label.fontMetrics()
        self.reply_label.setText(fm.elidedText(self.tr("Replying to: {text}").format(text=" ".join(preview.split())),
                                               Qt.TextElideMode.ElideRight, max(200, self.width() - 80)))
        self.reply_bar.show()
        self.text.setFocus()

    def clear_reply(self) -> None:
        self.reply_to = None
        self.reply_bar.hide()

    def pick_emoji(self):
        """The emoji picker over the text box; the chosen one goes in at the cursor."""
        from klaros_desktop.ui.emoji_picker import EmojiPicker

        picker = EmojiPicker(self)
        picker.chosen.connect(lambda emoji: (self.text.insertPlainText(emoji), self.text.setFocus()))
        picker.popup_at(self.emoji_button.mapToGlobal(self.emoji_button.rect().topLeft()) - QPoint(0, 320))
        return picker

    def _build_template(self) -> None:
        """Compact: the reason on one line, the chooser and the send button on the next, the values two to a
        row, then the preview; the thread keeps most of the height."""
        page = QWidget(self)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        self.window_note = QLabel(page)
        self.window_note.setWordWrap(True)
        self.window_note.setObjectName("muted")
        outer.addWidget(self.window_note)
        row = QHBoxLayout()
        self.template_box = QComboBox(page)
        self.template_box.setAccessibleName(self.tr("Approved template"))
        self.template_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.template_box.setMinimumContentsLength(18)
        self.template_box.currentIndexChanged.connect(self._template_chosen)
        self.template_send = QPushButton(self.tr("Send template"), page)
        self.template_send.setObjectName("primary")
        self.template_send.clicked.connect(self.send_template)
        row.addWidget(QLabel(self.tr("Template:"), page))
        row.addWidget(self.template_box, 1)
        row.addWidget(self.template_send)
        outer.addLayout(row)
        self.header_row = QWidget(page)
        header_row = QHBoxLayout(self.header_row)
        header_row.setContentsMargins(0, 0, 0, 0)
        self.header_label = QLabel(self.header_row)
        self.header_label.setWordWrap(True)
        self.header_label.setTextFormat(Qt.TextFormat.PlainText)
        self.header_label.setAccessibleName(self.tr("The file at the top of the template"))
        self.header_button = QPushButton(self.tr("Choose file…"), self.header_row)
        self.header_button.clicked.connect(self.choose_header_file)
        header_row.addWidget(self.header_label, 1)
        header_row.addWidget(self.header_button, 0, Qt.AlignmentFlag.AlignTop)
        self.header_row.hide()
        outer.addWidget(self.header_row)
        outer.addWidget(self._build_title(page))
        outer.addWidget(self._build_place(page))
        self.upload_bar = QProgressBar(page)
        self.upload_bar.setRange(0, 100)
        self.upload_bar.setTextVisible(False)
        self.upload_bar.setFixedHeight(6)
        self.upload_bar.setAccessibleName(self.tr("Uploading the file"))
        self.upload_bar.hide()
        self.header_upload.connect(self._upload_share)  # queued: the upload reports from its own thread
        self._sending_item: int | None = None  # the queued template being tried at once (its upload's progress)
        self.backend.upload_progress.connect(self._header_uploaded)
        outer.addWidget(self.upload_bar)
        self.fields_host = QWidget(page)
        self.fields = QGridLayout(self.fields_host)
        self.fields.setContentsMargins(0, 0, 0, 0)
        self.fields.setHorizontalSpacing(8)
        self.fields.setVerticalSpacing(4)
        outer.addWidget(self.fields_host)
        self.links_host = QWidget(page)
        self.links = QGridLayout(self.links_host)
        self.links.setContentsMargins(0, 0, 0, 0)
        self.links.setHorizontalSpacing(8)
        self.links.setVerticalSpacing(0)
        self.links.setColumnStretch(1, 1)
        outer.addWidget(self.links_host)
        self.link_note = QLabel(page)
        self.link_note.setObjectName("fieldProblem")
        self.link_note.setWordWrap(True)
        self.link_note.setTextFormat(Qt.TextFormat.PlainText)
        self.link_note.hide()
        outer.addWidget(self.link_note)
        self.preview_panel = QFrame(page)  # the chat's background behind the bubble, as on the templates page
        self.preview_panel.setObjectName("templatePreviewPanel")
        panel = QVBoxLayout(self.preview_panel)
        panel.setContentsMargins(0, 0, 0, 0)
        self.preview = QLabel(self.preview_panel)  # the bubble the customer will see (``template_bubble``), or a hint
        self.preview.setWordWrap(True)
        self.preview.setObjectName("banner")
        self.preview.setMargin(6)
        self.preview.setAccessibleName(self.tr("Template preview"))
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        panel.addWidget(self.preview)
        outer.addWidget(self.preview_panel)
        self.preview_note = QLabel(page)  # why the chosen template may not go to this contact, under the bubble
        self.preview_note.setObjectName("fieldProblem")
        self.preview_note.setWordWrap(True)
        self.preview_note.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_note.hide()
        outer.addWidget(self.preview_note)
        self.variable_edits: list[QLineEdit] = []
        self.link_edits: dict[str, QLineEdit] = {}  # link button index -> its value's field
        self.link_addresses: dict[str, QLabel] = {}  # link button index -> its address with … for the value
        self.stack.addWidget(page)

    def _build_title(self, page: QWidget) -> QWidget:
        """The value for the title's variable, the title shown with "…" for it, and why a value cannot be it."""
        self.title_host = QWidget(page)
        grid = QGridLayout(self.title_host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(0)
        grid.setColumnStretch(1, 1)
        self.title_caption = QLabel(self.title_host)
        self.title_caption.setTextFormat(Qt.TextFormat.PlainText)
        self.title_edit = QLineEdit(self.title_host)
        self.title_edit.setAccessibleName(self.tr("Value in the title at the top"))
        self.title_edit.textChanged.connect(self._update_preview)
        self.title_caption.setBuddy(self.title_edit)
        self.title_note = QLabel(self.title_host)
        self.title_note.setObjectName("fieldProblem")
        self.title_note.setWordWrap(True)
        self.title_note.setTextFormat(Qt.TextFormat.PlainText)
        self.title_note.hide()
        grid.addWidget(self.title_caption, 0, 0)
        grid.addWidget(self.title_edit, 0, 1)
        grid.addWidget(self.title_note, 1, 1)
        self.title_host.hide()
        return self.title_host

    def _build_place(self, page: QWidget) -> QWidget:
        """The place for a map at the top: the coordinates on one row, name and address on the next, and why the
        place cannot be sent yet under them."""
        self.place_host = QWidget(page)
        grid = QGridLayout(self.place_host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        intro = QLabel(self.tr("This template shows a map at the top. Give the place; your map app shows its "
                               "coordinates (you may paste both into the first field)."), self.place_host)
        intro.setWordWrap(True)
        grid.addWidget(intro, 0, 0, 1, 4)
        self.place_edits = place_edits(self.place_host)
        self.place_latitude, self.place_longitude, self.place_name, self.place_address = self.place_edits
        for row, column, caption, edit in ((1, 0, self.tr("Latitude:"), self.place_latitude),
                                           (1, 2, self.tr("Longitude:"), self.place_longitude),
                                           (2, 0, self.tr("Name:"), self.place_name),
                                           (2, 2, self.tr("Address:"), self.place_address)):
            label = QLabel(caption, self.place_host)
            label.setBuddy(edit)
            grid.addWidget(label, row, column)
            grid.addWidget(edit, row, column + 1)
            edit.textChanged.connect(self._place_edited)
        grid.setColumnStretch(1, 2)  # a name wants room too; the address a little more
        grid.setColumnStretch(3, 3)
        self.place_note = QLabel(self.place_host)
        self.place_note.setObjectName("fieldProblem")
        self.place_note.setWordWrap(True)
        self.place_note.setTextFormat(Qt.TextFormat.PlainText)
        self.place_note.hide()
        grid.addWidget(self.place_note, 3, 0, 1, 4)
        self.place_host.hide()
        return self.place_host

    def place_fields(self) -> PlaceEdits:
        return self.place_edits

    def set_place(self, latitude: str, longitude: str, name: str, address: str) -> None:
        for edit, value in zip(self.place_fields(), (latitude, longitude, name, address), strict=True):
            edit.setText(value)

    def _place_edited(self) -> None:
        if split_pasted_pair(self.place_edits):  # "52.5292, 13.4012" pasted from a map app
            return
        self._update_preview()

    def place(self) -> template_header.Location | None:
        """The place as typed, if Meta would take it."""
        try:
            return template_header.Location.of(*(e.text() for e in self.place_fields()))
        except template_header.LocationRefused:
            return None

    def _place_problem(self) -> str | None:
        """Why the place typed cannot go (nothing typed yet is not wrong: Send just waits)."""
        if not any(e.text().strip() for e in self.place_fields()):
            return None
        try:
            template_header.Location.of(*(e.text() for e in self.place_fields()))
        except template_header.LocationRefused as exc:
            return render(exc.args[0])
        return None

    def title_value(self) -> str:
        return self.title_edit.text().strip()

    def _title_problem(self, choice: TemplateChoice) -> str | None:
        """Why the typed value cannot fill the title (an empty field is not wrong yet)."""
        if choice.title_variable is None or not self.title_value():
            return None
        why = template_header.title_too_long(choice.template, self.title_value())
        return render(why) if why is not None else None

    def _build_blocked(self) -> None:
        page = QWidget(self)
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        self.blocked_label = QLabel(page)
        self.blocked_label.setObjectName("banner")
        self.blocked_label.setWordWrap(True)
        self.blocked_label.setMargin(10)
        self.blocked_label.setAccessibleName(self.tr("Why you cannot message this contact"))
        row.addWidget(self.blocked_label)
        self.stack.addWidget(page)

    # ------------------------------------------------------------------ state
    @property
    def mode(self) -> str:
        return self.state.mode

    def reload_quick_replies(self) -> None:
        ops.run_sync(lambda: quick_replies.load(self.backend.sessions), self._set_replies)
        ops.run_sync(lambda: settings.read_many(self.backend.sessions, (settings.ENTER_SENDS,)),
                     lambda values: self._show_enter_sends(bool(values[settings.ENTER_SENDS])))

    def set_enter_sends(self, on: bool) -> None:
        """Enter sends (Shift+Enter new line), or the other way round; kept in the profile's settings."""
        self._show_enter_sends(on)
        sessions = self.backend.sessions
        ops.run_sync(lambda: settings.save_changes(sessions, {settings.ENTER_SENDS: on}),
                     lambda _keys: self.backend.changed(Changes(settings=True)))

    def _show_enter_sends(self, on: bool) -> None:
        self.text.enter_sends = on
        self.text.setPlaceholderText(
            self.tr("Type a message  ·  Enter sends, Shift+Enter new line  ·  / for quick replies") if on else
            self.tr("Type a message  ·  Ctrl+Enter sends  ·  / for quick replies"))
        self.send_button.setToolTip(self.tr("Send (Enter)") if on else self.tr("Send (Ctrl+Enter)"))

    def _set_replies(self, replies: list[quick_replies.QuickReply]) -> None:
        self.text.replies = replies

    def set_contact(self, contact_id: int | None) -> None:
        if contact_id != self._asked:
            self.templates_only = False  # "send as template instead" was for the chat that was open
        self._asked = contact_id
        self._token += 1
        token = self._token
        if contact_id is None:
            self._apply(ComposerState(NONE), token)
            return
        only = self.templates_only
        ops.run_sync(lambda: composer_state(self.backend.sessions, contact_id, templates_only=only),
                     lambda state: self._apply(state, token))

    def recheck(self) -> None:
        """Ask ``may_send`` again (a message arrived, time passed, a consent event came in), for the contact last
        asked for (its answer may not be back yet)."""
        self.set_contact(self._asked)

    def offer_templates(self) -> None:
        """"Send as template instead" (Meta refused a free message with 131047: its clock closed the window before
        ours did): the template page, each template still asked of ``may_send``, until a template went out or
        another chat is opened."""
        if self._asked is None:
            return
        self.templates_only = True
        self.recheck()

    def _apply(self, state: ComposerState, token: int) -> None:
        if token != self._token:
            return  # a newer contact was chosen meanwhile
        self.state = state
        self.setVisible(state.mode != NONE)  # no chat open: no empty strip under the placeholder
        if state.mode != TEXT:
            self.clear_reply()
        if self.pending_text is not None and state.mode != NONE:
            forwarded, self.pending_text = self.pending_text, None
            if state.mode == TEXT:
                self.text.setPlainText(forwarded)
                self.text.moveCursor(QTextCursor.MoveOperation.End)
                self.text.setFocus()
            else:
                self.notice.emit(self.tr("Not forwarded: {reason}").format(reason=render(state.reason)))
        if state.mode == TEXT:
            self.stack.setCurrentIndex(0)
        elif state.mode == TEMPLATE:
            self._fill_templates(state)
            self.stack.setCurrentIndex(1)
        elif state.mode == BLOCKED:
            self.blocked_label.setText(self.tr("You cannot message this contact.") + "\n" + render(state.reason))
            self.stack.setCurrentIndex(2)
        else:
            self.stack.setCurrentIndex(3)
        self._show_offline_hint()

    def _show_offline_hint(self) -> None:
        if self.state.mode == NONE:
            self.banner.hide()
            return
        queued = len(self.backend.outbox.items(self.state.contact_id)) if self.state.contact_id else 0
        if not self.backend.online and self.backend.cannot_connect:
            self.banner.setText(self.tr("Klaros cannot send from this computer: no secure password store is usable "
                                        "here, so it cannot open your WhatsApp connection. Nothing you write can be "
                                        "sent until that is fixed; File → Set up connection… says what to install."))
            self.banner.show()
        elif not self.backend.online:
            self.banner.setText(self.tr("Offline: messages you write now wait in the outbox ({n} queued) and go "
                                        "out when Klaros reconnects, if the 24-hour window is still open then.")
                                .format(n=number(queued)))
            self.banner.show()
        else:
            self.banner.hide()
        self.template_send.setEnabled(self._template_ready())

    def _fill_templates(self, state: ComposerState) -> None:
        """The templates in the contact's language first; one is chosen for the shop owner only when it is the
        only one that may go (a list is not a choice made)."""
        self.window_note.setText(render(state.reason))
        self.template_box.blockSignals(True)
        self.template_box.clear()
        self.template_box.addItem(self.tr("Choose a template…"))
        for choice in state.templates:
            label = f"{choice.name} · {language_name(choice.language)} · {template_word(choice.category)}"
            if choice.refused:
                label += " — " + self.tr("not allowed")
            self.template_box.addItem(label)
        allowed = [i for i, c in enumerate(state.templates) if c.refused is None]
        self.template_box.setCurrentIndex(allowed[0] + 1 if len(allowed) == 1 else 0)
        self.template_box.blockSignals(False)
        self._template_chosen(self.template_box.currentIndex())

    def _current_choice(self) -> TemplateChoice | None:
        i = self.template_box.currentIndex() - 1  # the first item asks to choose
        if self.state.mode != TEMPLATE or i < 0 or i >= len(self.state.templates):
            return None
        return self.state.templates[i]

    def _template_chosen(self, _index: int) -> None:
        for grid in (self.fields, self.links):
            while grid.count():
                item = grid.takeAt(0)
                if item.widget() is not None:
                    item.widget().deleteLater()
        self.variable_edits, self.link_edits, self.link_addresses = [], {}, {}
        self.link_note.hide()
        choice = self._current_choice()
        self.header_file, self._header_refused = None, None
        self._header_token += 1
        self.header_row.setVisible(choice is not None and choice.header_kind is not None)
        self._show_header()
        self.links_host.setVisible(choice is not None and bool(choice.links))
        self._show_title_and_place(choice)
        if choice is None:
            self.fields_host.hide()
            if not self.state.templates:
                self._show_prompt(self.tr("No approved templates yet. Create one under Templates; it appears "
                                          "here as soon as Meta approves it."))
            else:
                proposed = next((c for c in self.state.templates if c.proposed), None)
                self._show_prompt(
                    self.tr("Choose a template to see what {name} will receive. Templates in {language} come "
                            "first.").format(name=self.state.name, language=language_name(proposed.language,
                                                                                      in_sentence=True))
                    if proposed else self.tr("Choose a template to see what {name} will receive.").format(
                        name=self.state.name))
            self.template_send.setEnabled(False)
            return
        self.fields_host.setVisible(bool(choice.variables))
        for i, var in enumerate(choice.variables):
            edit = QLineEdit(self.fields_host)
            label = choice.labels[i] if i < len(choice.labels) else var
            edit.setAccessibleName(self.tr("Template value: {label}").format(label=label))
            example = choice.examples.get(var, "")
            edit.setPlaceholderText(self.tr("for example: {example}").format(example=example) if example
                                    else self.tr("fill in"))
            edit.setText(choice.prefill.get(var, ""))
            edit.textChanged.connect(self._update_preview)
            caption = QLabel(label, self.fields_host)
            caption.setBuddy(edit)
            r, c = divmod(i, 2)
            self.fields.addWidget(caption, r, c * 2)
            self.fields.addWidget(edit, r, c * 2 + 1)
            self.variable_edits.append(edit)
        for column in (1, 3):
            self.fields.setColumnStretch(column, 1)
        for row, link in enumerate(choice.links):
            self._add_link_field(row, link, choice.link_prefill.get(link.index, ""))
        self._update_preview()

    def _show_title_and_place(self, choice: TemplateChoice | None) -> None:
        """The title's field (pre-filled from the contact) and the place's fields, for the template chosen."""
        titled = choice is not None and choice.title_variable is not None
        self.title_host.setVisible(titled)
        self.title_note.hide()
        self.title_edit.blockSignals(True)
        self.title_edit.setText(choice.title_prefill if titled else "")
        self.title_edit.blockSignals(False)
        if titled:
            shown = re.sub(r"\{\{\s*\w+\s*\}\}", "…", choice.title, count=1)
            self.title_caption.setText(self.tr("Title “{title}”:").format(title=shown))
            room = template_header.title_room(choice.template)
            self.title_edit.setPlaceholderText(
                self.tr("for example: {example}").format(example=choice.title_example) if choice.title_example
                else self.tr("fill in"))
            tip = self.tr("The title at the top reads “{title}”, with “…” replaced by what you type here. WhatsApp "
                          "allows {max} characters for the whole title, which leaves {room} for this value.").format(
                title=shown, max=template_header.TITLE_MAX, room=room)
            for widget in (self.title_caption, self.title_edit):
                widget.setToolTip(tip)
        self.place_host.setVisible(choice is not None and choice.location)
        self.place_note.hide()
        for edit in self.place_fields():
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)

    def _add_link_field(self, row: int, link: buttons.LinkButton, value: str) -> None:
        """The button's label and the field, with the button's address under it, the customer's part shown as
        "…" (``https://shop.example/track/…``)."""
        code = link.copies_code  # a copy-code button: the customer's own code, copied with one tap
        caption = QLabel(self.tr("Code “{text}”:").format(text=link.text) if code else
                         self.tr("Link “{text}”:").format(text=link.text), self.links_host)
        caption.setTextFormat(Qt.TextFormat.PlainText)
        edit = QLineEdit(self.links_host)
        edit.setAccessibleName(self.tr("Code of the button “{text}”").format(text=link.text) if code else
                               self.tr("End of the link of the button “{text}”").format(text=link.text))
        edit.setPlaceholderText(self.tr("for example: {example}").format(example=link.example) if link.example
                                else self.tr("fill in"))
        edit.setMaxLength(buttons.CODE_MAX if code else buttons.URL_MAX)
        edit.setText(value)
        edit.textChanged.connect(self._update_preview)
        address = QLabel(self.links_host)
        address.setObjectName("muted")
        address.setTextFormat(Qt.TextFormat.PlainText)
        shown = self.tr("The customer copies this code with the button (up to {n} characters).").format(
            n=number(buttons.CODE_MAX)) if code else link.shown_url
        address.setText(address.fontMetrics().elidedText(shown, Qt.TextElideMode.ElideMiddle, 420))
        tip = self.tr("The button “{text}” copies the code you type here; WhatsApp takes up to {n} characters."
                      ).format(text=link.text, n=number(buttons.CODE_MAX)) if code else \
            self.tr("The button “{text}” opens {url}, with “…” replaced by what you type here.").format(
                text=link.text, url=link.shown_url)
        for widget in (caption, edit, address):
            widget.setToolTip(tip)
        caption.setBuddy(edit)
        self.links.addWidget(caption, 2 * row, 0)
        self.links.addWidget(edit, 2 * row, 1)
        self.links.addWidget(address, 2 * row + 1, 1)
        self.link_edits[link.index] = edit
        self.link_addresses[link.index] = address

    def link_values(self) -> dict[str, str]:
        """What each link button takes, by its index, as ``messaging.buttons`` cleans it."""
        choice = self._current_choice()
        links = {b.index: b for b in choice.links} if choice is not None else {}
        return {i: buttons.clean(links[i], e.text()) for i, e in self.link_edits.items() if i in links}

    def _link_problems(self, *, typed_only: bool = False) -> list[str]:
        """Why a link value would be refused, per link button (only those typed into, with ``typed_only``)."""
        choice = self._current_choice()
        if choice is None:
            return []
        values = self.link_values()
        return [render(why) for b in choice.links
                if (values.get(b.index) or not typed_only) and (why := buttons.problem(b, values.get(b.index, "")))]

    def template_params(self) -> list[str]:
        return [e.text().strip() for e in self.variable_edits]

    def template_values(self) -> list[str] | dict[str, str]:
        """What goes to Meta: the values in order for ``{{1}}``, ``{{2}}``; by name for named variables."""
        choice = self._current_choice()
        params = self.template_params()
        if choice is not None and choice.named:
            return dict(zip(choice.variables, params, strict=True))
        return params

    def _show_prompt(self, text: str) -> None:
        """What to do before there is a message to show, in the banner's look (not a bubble)."""
        if self.preview.styleSheet():
            self.preview.setStyleSheet("")
            self.preview_panel.setStyleSheet("")
            self.preview_panel.layout().setContentsMargins(0, 0, 0, 0)
        self.preview.setText(html.escape(text).replace("\n", "<br>"))
        self.preview.setMaximumWidth(QWIDGETSIZE_MAX)
        self.preview_note.hide()

    def preview_text(self) -> str:
        """The preview as plain text, a line per paragraph (what the customer reads, for tests and screen readers)."""
        document = QTextDocument()
        document.setHtml(self.preview.text())
        return document.toPlainText()

    def _update_preview(self) -> None:
        """The message as the customer will see it, in the bubble the templates page and the thread draw
        (``template_bubble``); a value not filled in yet shows as its example in brackets (never as ``{{1}}``)."""
        choice = self._current_choice()
        if choice is None:
            return
        c = theme.colours()
        wanted: dict[str, str] = {}  # a value not typed yet: its example or label, marked after escaping
        values = {v: p for v, p in zip(choice.variables, self.template_params(), strict=True) if p}
        for i, var in enumerate(choice.variables):
            if var not in values:
                hint = choice.examples.get(var) or (choice.labels[i] if i < len(choice.labels) else var)
                mark = f"\x01{len(wanted)}\x02"
                wanted[mark] = f"[{hint.rstrip(' …')}]"
                values[var] = mark
        body = fill(choice.body, values) if choice.body else \
            (render_template_text(choice.template, self.template_values()) or choice.name)

        def shown(text: str) -> str:
            text = html.escape(text).replace("\n", "<br>")
            for mark, hint in wanted.items():
                text = text.replace(mark, f"<span style='color:{c.accent}'>{html.escape(hint)}</span>")
            return text

        header = ""
        if choice.title_variable is not None:
            value = self.title_value() or f"[{(choice.title_example or choice.title_variable).rstrip(' …')}]"
            header = f"<b>{html.escape(template_header.filled_title(choice.template, value))}</b>"
        elif choice.title:
            header = f"<b>{html.escape(choice.title)}</b>"
        elif choice.location:
            place = self.place()
            header = self._muted(self.tr("[Map: {place}]").format(
                place=place.shown if place is not None else self.tr("not given yet")), c)
        elif choice.header_kind:
            header = self._muted(self.tr("[{kind}: {name}]").format(
                kind=render(kinds.NOUNS[choice.header_kind]).capitalize(),
                name=self.header_file.shown_name if self.header_file else self.tr("not chosen yet")), c)
        values = self.link_values()
        under = {link.index: html.escape(values.get(link.index) or "…") if link.copies_code
                 else html.escape(link.link(values.get(link.index) or "…")) for link in choice.links}
        if self.preview.styleSheet() != (look := template_bubble.bubble_style(c)):  # not re-polished per key
            self.preview.setStyleSheet(look)
            self.preview_panel.setStyleSheet(f"#templatePreviewPanel {{ background: {c.thread_bg}; "
                                             "border-radius: 8px; }")
            self.preview_panel.layout().setContentsMargins(10, 8, 10, 8)
        self.preview.setMaximumWidth(BUBBLE_MAX_WIDTH)
        self.preview.setText(template_bubble.draft_html(choice.template, c, header=header, body=shown(body),
                                                        under=under, background=c.bubble_in))
        self.preview_note.setText(self.tr("Not allowed: {reason}").format(reason=render(choice.refused))
                                  if choice.refused else "")
        self.preview_note.setVisible(bool(choice.refused))
        typed = self._link_problems(typed_only=True)  # an empty field is not wrong yet: Send just waits
        for link in choice.links:  # the field with a value Meta would refuse gets the theme's red border
            edit = self.link_edits.get(link.index)
            wrong = bool(values.get(link.index)) and buttons.problem(link, values[link.index]) is not None
            if edit is not None and edit.property("valid") != (not wrong):
                edit.setProperty("valid", not wrong)
                edit.style().unpolish(edit)
                edit.style().polish(edit)
        self.link_note.setText("\n".join(typed))
        self.link_note.setVisible(bool(typed))
        title_wrong, place_wrong = self._title_problem(choice), self._place_problem() if choice.location else None
        for note, why in ((self.title_note, title_wrong), (self.place_note, place_wrong)):
            note.setText(why or "")
            note.setVisible(bool(why))
        wrong = {self.title_edit: title_wrong is not None}  # the field Meta would refuse gets the red border
        for edit, read in ((self.place_latitude, template_header.read_latitude),
                           (self.place_longitude, template_header.read_longitude)):
            wrong[edit] = choice.location and bool(edit.text().strip()) and not _reads(read, edit.text())
        for edit, bad in wrong.items():
            if edit.property("valid") != (not bad):
                edit.setProperty("valid", not bad)
                edit.style().unpolish(edit)
                edit.style().polish(edit)
        self.template_send.setEnabled(self._template_ready())

    @staticmethod
    def _muted(text: str, c) -> str:
        return f"<span style='color:{c.muted}'>{html.escape(text)}</span>"

    def _template_ready(self) -> bool:
        """An allowed template chosen (offline, it waits in the outbox), every variable and link value filled in
        as Meta takes it, and its header's file chosen, the title's value fitting and the map's place given."""
        choice = self._current_choice()
        return (choice is not None and choice.refused is None
                and all(self.template_params()) and not self._link_problems()
                and (choice.header_kind is None or self.header_file is not None)
                and (choice.title_variable is None
                     or template_header.title_problem(choice.template, self.title_value()) is None)
                and (not choice.location or self.place() is not None))

    # ------------------------------------------------------------------ the template's header file
    def _upload_share(self, share: float) -> None:
        self.upload_bar.setValue(round(share * 100))

    def _header_wanted(self, kind: str) -> str:
        """What the template shows at the top and the file it takes, with Meta's limit for that kind."""
        rule = render(kinds.limit_words(kind))
        if kind == kinds.VIDEO:
            return self.tr("This template shows a video at the top. Choose the video before sending ({rule}, "
                           "MP4 or 3GP).").format(rule=rule)
        if kind == kinds.DOCUMENT:
            return self.tr("This template shows a document at the top. Choose the document before sending "
                           "({rule}: PDF, Word, Excel, PowerPoint or text).").format(rule=rule)
        return self.tr("This template shows a picture at the top. Choose the picture before sending ({rule}, "
                       "JPEG or PNG).").format(rule=rule)

    def _show_header(self) -> None:
        choice = self._current_choice()
        if choice is None or choice.header_kind is None:
            return
        if self.header_file is not None:
            try:
                size = render(kinds.size_words(Path(self.header_file.path or "").stat().st_size))
            except OSError:
                size = "?"
            self.header_label.setText(self.tr("At the top: {name} ({size}).").format(
                name=self.header_file.shown_name, size=size))
            self.header_button.setText(self.tr("Choose another file…"))
        elif self._header_refused:
            self.header_label.setText(self.tr("Not this file: {reason}").format(reason=self._header_refused)
                                      + "\n" + self._header_wanted(choice.header_kind))
            self.header_button.setText(self.tr("Choose file…"))
        else:
            self.header_label.setText(self._header_wanted(choice.header_kind))
            self.header_button.setText(self.tr("Choose file…"))

    def choose_header_file(self) -> None:
        choice = self._current_choice()
        if choice is None or choice.header_kind is None:
            return
        kind = choice.header_kind
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the file for the top of the template"), str(Path.home()),
            render(kinds.NOUNS[kind]).capitalize() + f" ({HEADER_FILTERS[kind]});;" + self.tr("All files") + " (*)")
        if path:
            self.set_header_file(Path(path))

    def set_header_file(self, path: Path) -> None:
        """Check the file (off the UI thread) against the template's header kind and Meta's limits."""
        choice = self._current_choice()
        if choice is None or choice.header_kind is None:
            return
        self._header_token += 1
        token, kind = self._header_token, choice.header_kind

        def done(header: header_media.HeaderMedia) -> None:
            if token == self._header_token:
                self.header_file, self._header_refused = header, None
                self._show_header()
                self._update_preview()

        def refused(exc: BaseException) -> None:
            if token == self._header_token:
                self.header_file, self._header_refused = None, render(exc)
                self._show_header()
                self._update_preview()

        ops.run_sync(lambda: header_media.parse(str(path), kind), done, refused)

    # ------------------------------------------------------------------ sending
    def send_text(self) -> None:
        body = self.text.toPlainText().strip()
        if not body or self.state.mode != TEXT or not self.state.number:
            return
        self.text.clear()
        if not self.backend.online or self.backend.messenger is None:
            contact_id, number = self.state.contact_id, self.state.number
            ops.run_sync(lambda: self.backend.outbox.add(contact_id, number, body), self._queued)
            return
        number, messenger, reply_to = self.state.number, self.backend.messenger, self.reply_to
        self.clear_reply()
        self.send_button.setEnabled(False)
        ops.run_async(lambda: messenger.send_text(number, body, reply_to=reply_to), self._sent, self._send_error)

    def send_reaction(self, wamid: str, emoji: str) -> None:
        """React to the customer's message (a reaction is a message: the window must be open)."""
        if self.backend.messenger is None or not self.state.number:
            self.notice.emit(self.tr("Reactions need a connection to WhatsApp; try again when Klaros is online."))
            return
        number, messenger = self.state.number, self.backend.messenger
        ops.run_async(lambda: messenger.send_reaction(number, wamid, emoji), self._sent, self._send_error)

    def send_template(self) -> None:
        """The template goes into the outbox with everything filled in, then (online) is tried at once: a
        connection that fails before the request leaves, or Klaros being offline, keeps it queued, and it goes
        when Klaros is back online, ``may_send`` asked again then."""
        choice = self._current_choice()
        if choice is None or not self.state.number or not self.state.contact_id:
            return
        params, number, contact_id = self.template_values(), self.state.number, self.state.contact_id
        links = self.link_values() if choice.links else None
        heading = {"header_text": self.title_value()} if choice.title_variable is not None else \
            {"header_location": self.place()} if choice.location else {}
        self.template_send.setEnabled(False)
        header = self.header_file if choice.header_kind else None
        outbox, root = self.backend.outbox, self.backend.profile.media
        messenger = self.backend.messenger if self.backend.online else None

        def queue():
            keywords = header_media.send_keywords(header)  # the file read and checked again
            return outbox.add_template(contact_id, number, choice.name, choice.language, params, link_values=links,
                                       media_root=root, **heading, **keywords)

        if messenger is None:
            ops.run_sync(queue, self._template_queued, self._send_error)
            return

        async def queue_and_send():
            item = await asyncio.to_thread(queue)
            self._sending_item = item.id
            return item, await outbox.send_now(messenger, item.id)

        if header is not None and header.media_id is None:
            self.upload_bar.setValue(0)
            self.upload_bar.show()
        ops.run_async(queue_and_send, self._template_tried, self._send_error)

    def _header_uploaded(self, item_id: int, share: float) -> None:
        if item_id == self._sending_item:
            self.header_upload.emit(share)

    def _template_queued(self, item) -> None:
        self.header_file = None  # kept with the queued item; the next template starts without a file
        self.template_send.setEnabled(self._template_ready())
        self._queued(item)

    def _template_tried(self, result) -> None:
        """What the first attempt of a queued template came to (see ``send_template``)."""
        item, attempt = result
        self._sending_item = None
        self.upload_bar.hide()
        self.backend.flush_outbox()  # the retry timer starts from its next due time; a flush it kept waiting goes
        if attempt is None or attempt.result == outbox_rules.RETRY:  # waits its turn, or WhatsApp was unreachable
            self._template_queued(item)
            return
        self.backend.refresh_outbox_counts()
        outcome = attempt.outcome
        if attempt.result == outbox_rules.HELD and attempt.item.reason_code not in outbox_rules.REFUSALS:
            self.header_file = None
            self.notice.emit(self.tr("Not sent: {reason}").format(reason=render(attempt.item.reason)))
            self.template_send.setEnabled(self._template_ready())
            self.sent.emit(attempt.changes)
            return
        if isinstance(outcome, BaseException):
            self._send_error(outcome)
            return
        outcome.changes.merge(attempt.changes)
        self._sent(outcome)

    def _queued(self, item) -> None:
        self._show_offline_hint()
        self.backend.refresh_outbox_counts()
        self.notice.emit(self.tr("Queued in the outbox; it goes out when Klaros is back online."))
        self.sent.emit(Changes(outbox={item.id}))

    def _sent(self, outcome) -> None:
        self.send_button.setEnabled(True)
        self.upload_bar.hide()
        if getattr(outcome, "sent", False):
            self.header_file = None  # the next template starts without a file
        if not getattr(outcome, "sent", True) and getattr(outcome, "decision", None) is not None \
                and not outcome.decision.allowed:
            self.notice.emit(self.tr("Not sent: {reason}").format(reason=render(outcome.decision.reason)))
            self.recheck()
        changes = getattr(outcome, "changes", None)
        self.sent.emit(changes if isinstance(changes, Changes) else Changes())
        if self.state.mode == TEMPLATE:
            self.templates_only = False
            self.recheck()

    def _send_error(self, exc: BaseException) -> None:
        self.send_button.setEnabled(True)
        self.upload_bar.hide()
        self.template_send.setEnabled(self._template_ready())
        self.notice.emit(self.tr("Could not send: {error}").format(error=render(exc)))
        self.sent.emit(Changes())


def _reads(read, text: str) -> bool:
    try:
        read(text)
    except template_header.LocationRefused:
        return False
    return True


def install_send_shortcut(widget: QWidget, composer: Composer) -> QShortcut:
    shortcut = QShortcut(QKeySequence("Ctrl+Return"), widget)
    shortcut.activated.connect(composer.send_text)
    return shortcut
