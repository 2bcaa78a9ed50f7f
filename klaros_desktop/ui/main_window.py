"""The main window: navigation on the left, one page per area, the sync state in the status bar."""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from klaros_desktop import APP_NAME
from klaros_desktop.paths import resource_path
from klaros_desktop.services.reads import lookups
from klaros_desktop.ui.analytics_page import AnalyticsPage
from klaros_desktop.ui.backend import Backend
from klaros_desktop.ui.campaigns_page import CampaignsPage
from klaros_desktop.ui.contacts_page import ContactsPage
from klaros_desktop.ui.dead_letters import DeadLettersEntry
from klaros_desktop.ui.inbox import InboxPage
from klaros_desktop.ui.jump_dialog import JumpDialog
from klaros_desktop.ui.keyring_warning import KeyringWarning
from klaros_desktop.ui.navigation import (
    BadgeRole,
    IconRole,
    NavDelegate,
    NotificationSettings,
    UnreadCounter,
    badged_icon,
)
from klaros_desktop.ui.templates_page import TemplatesPage
from klaros_desktop.ui.update_notice import UpdateNotice

if TYPE_CHECKING:  # dialogs load when first opened: start-up imports only what the first paint needs
    from klaros_desktop.ui import privacy
    from klaros_desktop.ui.settings_dialog import SettingsDialog
    from klaros_desktop.ui.setup_wizard import SetupWizard

INBOX, CONTACTS, TEMPLATES, ANALYTICS, CAMPAIGNS = range(5)
_heap_frozen = False


def freeze_startup_heap() -> None:
    """Once per process, after the window is built: what is alive then (modules, classes, Qt wrappers, the
    first pages) lives as long as the app, so it leaves the cyclic GC's reach (``gc.freeze``, no collection
    first: that would cost start-up time). A full collection then walks only what was made since, so one in
    the middle of a scroll stays short (docs/ui.md, Performance)."""
    global _heap_frozen
    if not _heap_frozen:
        _heap_frozen = True
        gc.freeze()


class MainWindow(QMainWindow):
    def __init__(self, backend: Backend, parent: QWidget | None = None):
        super().__init__(parent)
        self.backend = backend
        self.profile = backend.profile
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
        self.inbox = InboxPage(backend, self.pages)
        self.contacts = ContactsPage(backend, self.pages)
        self.templates = TemplatesPage(backend, self.pages)
        self.analytics = AnalyticsPage(backend, self.pages)
        self.campaigns = CampaignsPage(backend, self.pages)
        for page in (self.inbox, self.contacts, self.templates, self.analytics, self.campaigns):
            self.pages.addWidget(page)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        column.addLayout(layout, 1)
        # a line of its own over the status bar: the bar's own messages would cover a widget placed in it
        self.keyring_warning = KeyringWarning(backend, central)
        column.addWidget(self.keyring_warning)
        self.update_notice = UpdateNotice(central)  # app.run_app starts the checks (ui/update_notice.py)
        column.addWidget(self.update_notice)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.setCurrentRow(INBOX)

        self.sync_label = QLabel(backend.status_text(), self)
        self.sync_label.setAccessibleName(self.tr("Sync state"))
        self.statusBar().addPermanentWidget(self.sync_label)
        backend.sync_status.connect(self.sync_label.setText)
        backend.messages_received.connect(self._messages_received)
        for page in (self.inbox, self.contacts, self.analytics):
            page.notice.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.contacts.open_conversation.connect(self.open_conversation)
        self.analytics.open_conversation.connect(self.open_conversation)
        self.campaigns.notice.connect(self._campaign_notice)
        self._build_menus()
        self._build_shortcuts()
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(self.windowIcon(), self)
            self.tray.setToolTip(APP_NAME)
            self.tray.activated.connect(lambda _reason: (self.showNormal(), self.activateWindow()))
            self.tray.show()
        self.notifications: list[tuple[str, str]] = []  # what was notified (kept for tests and the log)
        self.unread = UnreadCounter(backend, self)
        self.unread.changed.connect(self._show_unread)
        self.inbox.read_state_changed.connect(self.unread.refresh)
        self.inbox.contact_requested.connect(lambda cid: (self.show_page(CONTACTS), self.contacts.edit(cid)))
        self._restore_geometry()
        freeze_startup_heap()
        # due and left-running campaigns, after the first paint (the runner as context: no call once it is gone)
        QTimer.singleShot(0, self.campaigns.runner, self.campaigns.runner.start)

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
        self.dead_letters = DeadLettersEntry(self.backend, self)  # shown only while some exist; a count below
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
        for action in (imp, exp, export_all, self.dead_letters.action, None, settings_action, auto, setup, None,
                       erase_all,
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
        self.notification_settings = NotificationSettings(self.backend, self)
        notifications = go.addMenu(self.tr("Notifications"))
        notifications.addActions(self.notification_settings.menu_actions(self))
        jump = QAction(self.tr("Jump to contact…"), self)
        jump.setShortcut(QKeySequence("Ctrl+K"))
        jump.triggered.connect(self.jump)
        go.addAction(jump)
        new_chat = QAction(self.tr("New chat…"), self)
        new_chat.setShortcut(QKeySequence("Ctrl+N"))
        new_chat.triggered.connect(lambda: (self.show_page(INBOX), self.inbox.new_chat()))
        go.addAction(new_chat)

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

        dialog = SettingsDialog(self.backend, self)
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
                                     self.tr("Inbox, {n} unread chats").format(n=count) if count else self.tr("Inbox"))
        title = self.tr("{app} — WhatsApp Business CRM").format(app=APP_NAME)
        self.setWindowTitle(f"({count}) {title}" if count else title)
        if self.tray is not None:
            self.tray.setIcon(badged_icon(self.windowIcon(), count))
            self.tray.setToolTip(self.tr("{app}: {n} unread chats").format(app=APP_NAME, n=count) if count
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
                           self.tr("{n} messages are still waiting to be sent.").format(n=waiting)) + "\n\n" +
                          self.tr("If you quit now, they are kept and go out the next time you open Klaros, if "
                                  "the customer's 24-hour window is still open then."),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Quit anyway"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Keep Klaros open"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    def closeEvent(self, event) -> None:
        waiting = self.backend.outbox_counts[0]
        if waiting and not self.profile_erased and not self.confirm_quit(waiting):
            event.ignore()
            return
        if not self.profile_erased:  # QSettings would create the erased folder again
            self._settings().setValue("geometry", self.saveGeometry())
        if self.tray is not None:
            self.tray.hide()
        super().closeEvent(event)
