"""The main window: navigation on the left, one page per area, the sync state in the status bar.

The inbox is built with the window; the other pages (and their modules) only after the chat list's first
paint, one per turn of the event loop, or at once when the shop owner goes to one before that: a start
shows the chats without waiting for analytics, campaigns and the rest.

At a normal start (``app.run_app``) the window is even built before the database is opened: it paints the
chat list's first page read without SQLAlchemy (``services.reads.first_page``), the database then opens on a
worker thread, and ``attach_in_steps`` adds the backend on the GUI thread one widget group per turn of the event
loop (the rest of the inbox, the status, the counters; then the other pages). Until then the window answers
with a busy pointer and keeps what it is asked for.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from klaros_desktop import APP_NAME
from klaros_desktop.paths import Profile, resource_path
from klaros_desktop.ui.fitting_label import FittingLabel
from klaros_desktop.ui.i18n import number
from klaros_desktop.ui.inbox import InboxPage
from klaros_desktop.ui.keyring_warning import KeyringWarning
from klaros_desktop.ui.lazy import lazy, load_all
from klaros_desktop.ui.navigation import (
    BadgeRole,
    IconRole,
    NavDelegate,
    NotificationSettings,
    UnreadCounter,
    badged_icon,
)
from klaros_desktop.ui.update_notice import UpdateNotice

# (the inbox's module hands ``navigation`` these lookups as a placeholder too: ``ui.lazy``)
lookups = lazy("klaros_desktop.services.reads.lookups")

if TYPE_CHECKING:  # pages and dialogs load when first built: start-up imports only what the first paint needs
    from klaros_desktop.services.reads.first_page import FirstPage
    from klaros_desktop.ui import privacy
    from klaros_desktop.ui.analytics_page import AnalyticsPage
    from klaros_desktop.ui.backend import Backend
    from klaros_desktop.ui.campaigns_page import CampaignsPage
    from klaros_desktop.ui.contacts_page import ContactsPage
    from klaros_desktop.ui.settings_dialog import SettingsDialog
    from klaros_desktop.ui.setup_wizard import SetupWizard
    from klaros_desktop.ui.templates_page import TemplatesPage

INBOX, CONTACTS, TEMPLATES, ANALYTICS, CAMPAIGNS = range(5)
# The modules of the pages built after the first paint (``_make_page``): ``app`` imports them on its worker thread
# with the database, so that building a page on the GUI thread is only building it.
PAGE_MODULES = {CONTACTS: "klaros_desktop.ui.contacts_page", TEMPLATES: "klaros_desktop.ui.templates_page",
                ANALYTICS: "klaros_desktop.ui.analytics_page", CAMPAIGNS: "klaros_desktop.ui.campaigns_page"}


_frozen_stages: set[str] = set()


def freeze_startup_heap(stage: str = "window") -> None:
    """Once per process and stage, after the window is built ("window") and after the pages built once the
    chats painted ("pages"): what is alive then (modules, classes, Qt wrappers, the pages) lives as long as
    the app, so it leaves the cyclic GC's reach (``gc.freeze``, no collection first: that would cost start-up
    time). A full collection then walks only what was made since, so one in the middle of a scroll stays short
    (docs/ui.md, Performance)."""
    if stage not in _frozen_stages:
        _frozen_stages.add(stage)
        gc.freeze()


class _FirstPaint(QObject):
    """Calls ``then`` once, on the first turn of the event loop after the watched widget first painted."""

    def __init__(self, watched: QWidget, then, parent: QObject):
        super().__init__(parent)
        self._watched, self._then = watched, then
        watched.installEventFilter(self)

    def eventFilter(self, _obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._then)
        return False


class MainWindow(QMainWindow):
    chats_shown = Signal()  # the chat list painted for the first time: what waits for the first paint may start
    backend_attached = Signal(object)  # the Backend: ``attach`` is done (the database opened after the paint)
    pages_built = Signal()  # every page is built: the start-up's work on the GUI thread is done

    def __init__(self, backend: Backend | None, parent: QWidget | None = None, *, profile: Profile | None = None,
                 first: FirstPage | None = None):
        """With a backend, the whole window. Without one (start-up): the frame, the menus (their actions off)
        and the chat list showing ``first``, the first page read without SQLAlchemy; ``attach`` adds the rest
        once the database is open."""
        super().__init__(parent)
        self.backend: Backend | None = None
        self.profile = backend.profile if backend is not None else profile
        self.profile_erased = False  # set when "Erase everything" starts: nothing may write to the folder again
        self.setWindowTitle(self.tr("{app} — WhatsApp Business CRM").format(app=APP_NAME))
        self.setMinimumSize(880, 560)  # a 900×600 window (or a small laptop's half screen) fits
        self.setWindowIcon(QIcon(str(resource_path("icons", "klaros.svg"))))
        self.setAccessibleName(self.tr("Klaros main window"))

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(160)
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setItemDelegate(NavDelegate(self.nav))
        self.nav.setMouseTracking(True)
        for label, icon in ((self.tr("Inbox"), "chats"), (self.tr("Contacts"), "people"),
                            (self.tr("Templates"), "templates"), (self.tr("Analytics"), "chart"),
                            (self.tr("Campaigns"), "campaigns")):
            item = QListWidgetItem(label)
            item.setData(IconRole, icon)
            self.nav.addItem(item)
        self.pages = QStackedWidget(self)
        self.inbox = InboxPage(None, self.pages, first=first)
        self.pages.addWidget(self.inbox)
        self._built: dict[int, QWidget] = {INBOX: self.inbox}
        self._closed = False
        self._page_building: tuple[int, QWidget] | None = None  # (index, page) built a section per turn
        for _page in range(CONTACTS, CAMPAIGNS + 1):  # stand-ins until the page is built (_page_at)
            self.pages.addWidget(QWidget(self.pages))
        central = QWidget(self)
        self._column = column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        column.addLayout(layout, 1)
        self.update_notice = UpdateNotice(central)  # app.run_app starts the checks (ui/update_notice.py)
        column.addWidget(self.update_notice)
        self.setCentralWidget(central)
        self._wanted_page = INBOX  # a page chosen before ``attach`` (shown then)
        self._jump_wanted = False  # "Jump to contact" asked for before ``attach`` (its chooser comes then)
        self.nav.currentRowChanged.connect(self._go_to)
        self.nav.setCurrentRow(INBOX)

        self.sync_label = FittingLabel(" ", self)  # (the status bar as high as with the text ``attach`` puts in)
        self.sync_label.setAccessibleName(self.tr("Sync state"))
        self.statusBar().addPermanentWidget(self.sync_label)
        self._build_menus()
        self._build_shortcuts()
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(self.windowIcon(), self)
            self.tray.setToolTip(APP_NAME)
            self.tray.activated.connect(lambda _reason: (self.showNormal(), self.activateWindow()))
            self.tray.show()
        self.notifications: list[tuple[str, str]] = []  # what was notified (kept for tests and the log)
        self.inbox.contact_requested.connect(lambda cid: (self.show_page(CONTACTS), self.contacts.edit(cid)))
        self._restore_geometry()
        if first is not None:
            self._show_unread(first.unread_chats)
        self._painted = False
        # the other pages after the chats are on screen; a window that never paints (minimised) gets them anyway
        self._first_paint = _FirstPaint(self.inbox.list.viewport(), self._chats_painted, self)
        QTimer.singleShot(2000, self, self._build_next_page)
        if backend is not None:
            self.attach(backend)
        else:  # the window answers meanwhile, but what it is asked for may wait a moment
            self.setCursor(Qt.CursorShape.BusyCursor)

    def attach(self, backend: Backend) -> None:
        """The database is open: the rest of the inbox, the sync state, the counters, the menus' actions; the
        other pages follow once the chats have painted (at once when they have already). All of it now; at
        start-up ``attach_in_steps`` spreads it over turns of the event loop."""
        for _step in self._attach_steps(backend):
            pass

    def attach_in_steps(self, backend: Backend, on_error=None) -> None:
        """``attach`` one widget group per turn of the event loop (the thread, the composer, the contact panel,
        the rest), so paints and input are handled in between instead of after all of it; ``backend_attached``
        comes with the last step. ``on_error(exc)`` hears a step that failed (else it is raised)."""
        steps = self._attach_steps(backend)

        def step() -> None:
            try:
                more = next(steps, None) is not None
            except Exception as exc:  # handed on, as a failed open is: the caller decides
                if on_error is None:
                    raise
                on_error(exc)
                return
            if more:
                QTimer.singleShot(0, self, step)

        step()

    def _attach_steps(self, backend: Backend):
        """``attach`` as a generator yielding (a true value) between its widget groups. The window counts as
        attached (``self.backend``) only in the last one: what is asked for until then is kept as before."""
        load_all()  # the modules the first paint only named (``ui.lazy``), unless the worker that opened it did
        from klaros_desktop.ui.dead_letters import DeadLettersEntry

        for _group in self.inbox.attach_steps(backend):
            yield True
        yield True
        # a line of its own over the status bar: the bar's own messages would cover a widget placed in it
        self.keyring_warning = KeyringWarning(backend, self.centralWidget())
        self._column.insertWidget(1, self.keyring_warning)
        self.dead_letters = DeadLettersEntry(backend, self)  # shown only while some exist; a count below
        self._file_menu.insertAction(self._settings_action, self.dead_letters.action)
        yield True
        self.backend = backend
        self._show_sync_state(backend.status_text())
        backend.sync_status.connect(self._show_sync_state)
        backend.messages_received.connect(self._messages_received)
        self.inbox.notice.connect(self._page_notice)
        self.notification_settings = NotificationSettings(backend, self)
        notifications = QMenu(self.tr("Notifications"), self._go_menu)
        notifications.addActions(self.notification_settings.menu_actions(self))
        self._go_menu.insertMenu(self._jump_action, notifications)
        for action in self._actions:
            action.setEnabled(True)
        self.unread = UnreadCounter(backend, self)
        self.unread.changed.connect(self._show_unread)
        self.inbox.read_state_changed.connect(self.unread.refresh)
        freeze_startup_heap()
        if self._wanted_page != INBOX:
            self._go_to(self._wanted_page)
        if self._jump_wanted:  # (on the next turn: its dialog runs an event loop of its own)
            self._jump_wanted = False
            QTimer.singleShot(0, self, self.jump)
        # the pages now when the chats have painted; else as a window that never paints gets them (minimised)
        QTimer.singleShot(0 if self._painted else 2000, self, self._build_next_page)
        self.unsetCursor()
        self.backend_attached.emit(backend)

    # ------------------------------------------------------------------ the pages
    @property
    def contacts(self) -> ContactsPage:
        return self._page_at(CONTACTS)

    @property
    def templates(self) -> TemplatesPage:
        return self._page_at(TEMPLATES)

    @property
    def analytics(self) -> AnalyticsPage:
        return self._page_at(ANALYTICS)

    @property
    def campaigns(self) -> CampaignsPage:
        return self._page_at(CAMPAIGNS)

    def _page_at(self, index: int, in_steps: bool = False) -> QWidget:
        """The page at ``index``, built (in place of its stand-in) when first asked for. ``in_steps`` (a start-up
        build): a page that can be built a section per turn (``build_steps``) is left to ``_build_next_page``
        to finish; asked for by the shop owner, it is finished at once. ``_built`` holds finished pages only."""
        page = self._built.get(index)
        if page is not None:
            return page
        if self._page_building is not None and self._page_building[0] == index:
            page = self._page_building[1]
            if not in_steps:
                self._page_building = None
                page.finish_building()
                self._built[index] = page
            return page
        page = self._make_page(index, in_steps)
        stand_in = self.pages.widget(index)
        self.pages.insertWidget(index, page)
        self.pages.removeWidget(stand_in)
        stand_in.deleteLater()
        if in_steps and hasattr(page, "build_steps"):
            self._page_building = (index, page)
        else:
            self._built[index] = page
        return page

    def _make_page(self, index: int, in_steps: bool = False) -> QWidget:
        if index == CONTACTS:
            from klaros_desktop.ui.contacts_page import ContactsPage

            page = ContactsPage(self.backend, self.pages, in_steps=in_steps)
            page.notice.connect(self._page_notice)
            page.open_conversation.connect(self.open_conversation)
        elif index == TEMPLATES:
            from klaros_desktop.ui.templates_page import TemplatesPage

            page = TemplatesPage(self.backend, self.pages, in_steps=in_steps)
        elif index == ANALYTICS:
            from klaros_desktop.ui.analytics_page import AnalyticsPage

            page = AnalyticsPage(self.backend, self.pages, in_steps=in_steps)
            page.notice.connect(self._page_notice)
            page.open_conversation.connect(self.open_conversation)
        else:
            from klaros_desktop.ui.campaigns_page import CampaignsPage

            page = CampaignsPage(self.backend, self.pages, in_steps=in_steps)
            page.notice.connect(self._campaign_notice)
            # due and left-running campaigns, on the next turn (the runner as context: no call once it is gone)
            QTimer.singleShot(0, page.runner, page.runner.start)
        return page

    def _chats_painted(self) -> None:
        self._painted = True
        self.chats_shown.emit()
        self._build_next_page()

    def _build_next_page(self) -> None:
        """Build one page not built yet (or one section of a page built in steps), and come back on the next
        turn of the event loop for what is left."""
        if self.profile_erased or self.backend is None or self._closed:  # (``attach`` starts them)
            return
        if self._page_building is not None:
            index, page = self._page_building
            if next(page.build_steps, None) is None:
                self._page_building = None
                self._built[index] = page
            QTimer.singleShot(0, self, self._build_next_page)
            return
        missing = [i for i in range(CONTACTS, CAMPAIGNS + 1) if i not in self._built]
        if missing:
            self._page_at(missing[0], in_steps=True)
        if len(missing) > 1 or self._page_building is not None:
            QTimer.singleShot(0, self, self._build_next_page)
        else:
            freeze_startup_heap("pages")
            self.pages_built.emit()

    def _go_to(self, index: int) -> None:
        if self.backend is None:  # before the database is open only the chats show: ``attach`` goes there
            self._wanted_page = index
            return
        self._page_at(index)
        self.pages.setCurrentIndex(index)

    def _show_sync_state(self, text: str) -> None:
        """The whole sentence, or its short form on a narrow window (the whole one then in the tooltip)."""
        self.sync_label.set_texts(text, self.backend.status_text(short=True) if self.backend is not None else None)

    def _page_notice(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    # ------------------------------------------------------------------ menus and keys
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        imp = QAction(self.tr("&Import contacts…"), self)
        imp.setShortcut(QKeySequence("Ctrl+I"))
        imp.triggered.connect(lambda: (self.show_page(CONTACTS), self.contacts.import_file(None)))
        exp = QAction(self.tr("&Export contacts…"), self)
        exp.triggered.connect(lambda: self.contacts.export())
        export_all = QAction(self.tr("Export &all data…"), self)
        export_all.setStatusTip(self.tr("Everything Klaros holds in one zip file: contacts, chats, consent, "
                                        "templates, audit trail and media"))
        export_all.triggered.connect(lambda: self.export_all())
        erase_all = QAction(self.tr("Erase everything on this PC…"), self)
        erase_all.triggered.connect(self.erase_everything)
        settings_action = QAction(self.tr("&Settings…"), self)
        settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        settings_action.triggered.connect(self.open_settings)
        auto = QAction(self.tr("&Greeting and away messages…"), self)
        auto.triggered.connect(self.open_auto_replies)
        setup = QAction(self.tr("Set &up connection…"), self)
        setup.triggered.connect(self.open_wizard)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self._file_menu, self._settings_action = file_menu, settings_action  # (``attach`` adds the dead letters)
        self._actions = [imp, exp, export_all, settings_action, auto, setup, erase_all]  # off until ``attach``
        for action in (imp, exp, export_all, None, settings_action, auto, setup, None, erase_all,
                       None, quit_action):
            if action is None:
                file_menu.addSeparator()
            else:
                file_menu.addAction(action)
        go = self.menuBar().addMenu(self.tr("&Go"))
        for i, (label, key) in enumerate(((self.tr("Inbox"), "Ctrl+1"), (self.tr("Contacts"), "Ctrl+2"),
                                          (self.tr("Templates"), "Ctrl+3"), (self.tr("Analytics"), "Ctrl+4"),
                                          (self.tr("Campaigns"), "Ctrl+5"))):
            action = QAction(label, self)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _checked=False, page=i: self.show_page(page))
            go.addAction(action)
        jump = QAction(self.tr("Jump to contact…"), self)
        jump.setShortcut(QKeySequence("Ctrl+K"))
        jump.triggered.connect(self.jump)
        go.addAction(jump)
        new_chat = QAction(self.tr("New chat…"), self)
        new_chat.setShortcut(QKeySequence("Ctrl+N"))
        new_chat.triggered.connect(lambda: (self.show_page(INBOX), self.inbox.new_chat()))
        go.addAction(new_chat)
        self._go_menu, self._jump_action = go, jump  # (``attach`` puts the notification settings before jump)
        # jump and new chat stay on before ``attach``: asked for meanwhile, their chooser comes with the backend
        for action in self._actions:
            action.setEnabled(False)

    def _build_shortcuts(self) -> None:
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.escape)

    def bring_to_front(self) -> None:
        """Another start of Klaros on this profile asked for the window (``ui.single_instance``)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def show_page(self, page: int) -> None:
        self.nav.setCurrentRow(page)

    def focus_search(self) -> None:
        target = {INBOX: self.inbox.search, CONTACTS: self.contacts.search}.get(self.pages.currentIndex())
        if target is not None:
            target.setFocus()
            target.selectAll()

    def escape(self) -> None:
        """Esc clears the search box you are in, else goes back to the inbox."""
        focused = QApplication.focusWidget()
        if isinstance(focused, QLineEdit) and focused.text():
            focused.clear()
        elif self.pages.currentIndex() != INBOX:
            self.show_page(INBOX)

    def jump(self) -> None:
        """Choose a contact by name or number and open their chat; asked for before the database is open, the
        chooser comes once it is (``attach``)."""
        if self.backend is None:
            self._jump_wanted = True
            return
        from klaros_desktop.ui.jump_dialog import JumpDialog

        dialog = JumpDialog(self.backend, self)
        if dialog.exec() and dialog.chosen is not None:
            self.open_contact(dialog.chosen)

    def open_contact(self, contact_id: int) -> None:
        """Open the contact's chat, started empty when they have none (the composer then offers templates)."""
        self.show_page(INBOX)
        self.inbox.open_contact(contact_id)

    def open_conversation(self, conversation_id: int) -> None:
        self.show_page(INBOX)
        self.inbox.select_conversation(conversation_id)

    def open_settings(self) -> SettingsDialog:
        from klaros_desktop.ui.settings_dialog import SettingsDialog
        from klaros_desktop.ui.settings_extras import HoursAndBudgetTab

        dialog = SettingsDialog(self.backend, self)
        dialog.add_tab(HoursAndBudgetTab(self.backend, dialog), self.tr("Hours, budget and campaigns"))
        dialog.run_setup.connect(self.open_wizard)
        dialog.export_requested.connect(lambda: self.export_all())
        dialog.erase_requested.connect(self.erase_everything)
        dialog.open()
        return dialog

    def open_auto_replies(self):
        """File → Greeting and away messages…"""
        from klaros_desktop.ui.auto_replies_dialog import AutoRepliesDialog

        dialog = AutoRepliesDialog(self.backend, self)
        dialog.open()
        return dialog

    def open_wizard(self) -> SetupWizard:
        from klaros_desktop.ui.setup_wizard import SetupWizard

        wizard = SetupWizard(self.backend, parent=self)
        wizard.finished.connect(lambda _result: self.backend.refresh_set_up())  # the status bar's "not set up"
        wizard.open()
        return wizard

    # ------------------------------------------------------------------ the shop's data
    def export_all(self, target=None) -> privacy.ExportDialog | None:
        """File → Export all data…: the whole profile as one zip archive (``target`` skips the file chooser)."""
        from klaros_desktop.ui import privacy

        return privacy.export_all(self.backend, self, target)

    def erase_everything(self) -> privacy.EraseEverythingDialog:
        from klaros_desktop.ui import privacy

        dialog = privacy.EraseEverythingDialog(self.backend, self)
        dialog.started.connect(self._stop_background_work)
        dialog.close_app.connect(self.quit_after_erasure)
        dialog.open()
        return dialog

    def _stop_background_work(self) -> None:
        """The profile is about to go: no timer may read the database or write into the folder again."""
        self.profile_erased = True
        for timer in self.findChildren(QTimer):
            timer.stop()

    def quit_after_erasure(self) -> None:
        from klaros_desktop.ui import privacy

        self.close()
        privacy.quit_application()

    # ------------------------------------------------------------------ live updates
    def _show_unread(self, count: int) -> None:
        """Unread chats on the Inbox item, in the window title and on the tray icon."""
        self.nav.item(INBOX).setData(BadgeRole, count)
        self.nav.item(INBOX).setData(Qt.ItemDataRole.AccessibleTextRole,
                                     self.tr("Inbox, {n} unread chats").format(n=number(count)) if count
                                     else self.tr("Inbox"))
        title = self.tr("{app} — WhatsApp Business CRM").format(app=APP_NAME)
        self.setWindowTitle(f"({count}) {title}" if count else title)
        if self.tray is not None:
            self.tray.setIcon(badged_icon(self.windowIcon(), count))
            self.tray.setToolTip(self.tr("{app}: {n} unread chats").format(app=APP_NAME, n=number(count)) if count
                                 else APP_NAME)

    def _messages_received(self, count: int) -> None:
        """Sync brought new messages: say so when the window is not in front (each page re-reads its own rows)."""
        if not self.isActiveWindow() and self.backend.notifications and lookups.any_unmuted(
                self.backend.sessions, self.backend.last_applied_conversations):
            self.notify(self.tr("Klaros"), self.tr("%n new WhatsApp message(s)", "", count))

    def _campaign_notice(self, text: str) -> None:
        """The background sender did something by itself (a scheduled campaign started): the campaigns page
        keeps the notice on screen; the status bar and the tray say it too."""
        self.statusBar().showMessage(text, 15000)
        if not self.isActiveWindow():
            self.notify(self.tr("Klaros campaigns"), text)

    def notify(self, title: str, text: str) -> None:
        if not self.notification_settings.tray:
            QApplication.alert(self)  # the taskbar entry still asks for attention
            return
        self.notifications.append((title, text))
        if self.notification_settings.sound:
            QApplication.beep()
        if self.tray is not None and QSystemTrayIcon.supportsMessages():
            self.tray.showMessage(title, text, self.windowIcon(), 5000)
        else:
            QApplication.alert(self)

    # ------------------------------------------------------------------ geometry
    def _settings(self) -> QSettings:
        return QSettings(str(self.profile.root / "window.ini"), QSettings.Format.IniFormat)

    def _restore_geometry(self) -> None:
        geometry = self._settings().value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 760)

    def confirm_quit(self, waiting: int) -> bool:
        """Messages still wait in the outbox: quitting keeps them, but they go out only once Klaros runs again
        (tests replace this)."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Messages still waiting"),
                          (self.tr("1 message is still waiting to be sent.") if waiting == 1 else
                           self.tr("{n} messages are still waiting to be sent.").format(n=number(waiting))) + "\n\n" +
                          self.tr("If you quit now, they are kept and go out the next time you open Klaros, if "
                                  "the customer's 24-hour window is still open then."),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Quit anyway"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Keep Klaros open"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    def closeEvent(self, event) -> None:
        waiting = self.backend.outbox_counts[0] if self.backend is not None else 0
        if waiting and not self.profile_erased and not self.confirm_quit(waiting):
            event.ignore()
            return
        if not self.profile_erased:  # QSettings would create the erased folder again
            self._settings().setValue("geometry", self.saveGeometry())
        if self.tray is not None:
            self.tray.hide()
        self._closed = True  # (no more pages built for a window that is gone)
        super().closeEvent(event)
