"""The main window: navigation on the left, one page per area, the sync state in the status bar."""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
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
from klaros_desktop.ui.backend import Backend
from klaros_desktop.ui.contacts_page import ContactsPage
from klaros_desktop.ui.dead_letters import DeadLettersEntry
from klaros_desktop.ui.inbox import InboxPage
from klaros_desktop.ui.keyring_warning import KeyringWarning
from klaros_desktop.ui.templates_page import TemplatesPage
from klaros_desktop.ui.update_notice import UpdateNotice

if TYPE_CHECKING:  # dialogs load when first opened: start-up imports only what the first paint needs
    from klaros_desktop.ui import privacy
    from klaros_desktop.ui.settings_dialog import SettingsDialog
    from klaros_desktop.ui.setup_wizard import SetupWizard

INBOX, CONTACTS, TEMPLATES = range(3)
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


class JumpDialog(QDialog):
    """Ctrl+K: type a few letters of a name or number, Enter opens that contact's conversation."""

    def __init__(self, backend: Backend, parent: QWidget | None = None):
        super().__init__(parent)
        self.backend = backend
        self.chosen: int | None = None
        self.setWindowTitle(self.tr("Jump to a contact"))
        self.setMinimumWidth(420)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Name or number…"))
        self.edit.setAccessibleName(self.tr("Contact to jump to"))
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Matching contacts"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.results)
        self.edit.textChanged.connect(self.update_results)
        self.edit.returnPressed.connect(self.choose)
        self.results.itemActivated.connect(lambda _item: self.choose())

    def update_results(self, text: str) -> None:
        hits = lookups.find_contacts(self.backend.sessions, text, limit=12)
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem(f"{hit.name}   {hit.phone_e164 or ''}")
            item.setData(Qt.ItemDataRole.UserRole, hit.contact_id)
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)

    def choose(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self.chosen = item.data(Qt.ItemDataRole.UserRole)
            self.accept()


class MainWindow(QMainWindow):
    def __init__(self, backend: Backend, parent: QWidget | None = None):
        super().__init__(parent)
        self.backend = backend
        self.profile = backend.profile
        self.profile_erased = False  # set when "Erase everything" starts: nothing may write to the folder again
        self.setWindowTitle(self.tr("{app} — WhatsApp Business CRM").format(app=APP_NAME))
        self.setMinimumSize(960, 620)
        self.setWindowIcon(QIcon(str(resource_path("icons", "klaros.svg"))))
        self.setAccessibleName(self.tr("Klaros main window"))

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(170)
        self.nav.setAccessibleName(self.tr("Sections"))
        for label in (self.tr("Inbox"), self.tr("Contacts"), self.tr("Templates")):
            self.nav.addItem(QListWidgetItem(label))
        self.pages = QStackedWidget(self)
        self.inbox = InboxPage(backend, self.pages)
        self.contacts = ContactsPage(backend, self.pages)
        self.templates = TemplatesPage(backend, self.pages)
        for page in (self.inbox, self.contacts, self.templates):
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
        for page in (self.inbox, self.contacts):
            page.notice.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.contacts.open_conversation.connect(self.open_conversation)
        self._build_menus()
        self._build_shortcuts()
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(self.windowIcon(), self)
            self.tray.setToolTip(APP_NAME)
            self.tray.activated.connect(lambda _reason: (self.showNormal(), self.activateWindow()))
            self.tray.show()
        self.notifications: list[tuple[str, str]] = []  # what was notified (kept for tests and the log)
        self._restore_geometry()
        freeze_startup_heap()

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
        setup = QAction(self.tr("Set &up connection…"), self)
        setup.triggered.connect(self.open_wizard)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (imp, exp, export_all, self.dead_letters.action, None, settings_action, setup, None, erase_all,
                       None, quit_action):
            if action is None:
                file_menu.addSeparator()
            else:
                file_menu.addAction(action)
        go = self.menuBar().addMenu(self.tr("&Go"))
        for i, (label, key) in enumerate(((self.tr("Inbox"), "Ctrl+1"), (self.tr("Contacts"), "Ctrl+2"),
                                          (self.tr("Templates"), "Ctrl+3"))):
            action = QAction(label, self)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _checked=False, page=i: self.show_page(page))
            go.addAction(action)
        jump = QAction(self.tr("Jump to contact…"), self)
        jump.setShortcut(QKeySequence("Ctrl+K"))
        jump.triggered.connect(self.jump)
        go.addAction(jump)

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
        conversation = lookups.conversation_of_contact(self.backend.sessions, contact_id)
        if conversation is not None:
            self.open_conversation(conversation)
        else:
            self.show_page(CONTACTS)
            self.contacts.edit(contact_id)

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
    def _messages_received(self, count: int) -> None:
        """Sync brought new messages: say so when the window is not in front (each page re-reads its own rows)."""
        if not self.isActiveWindow():
            self.notify(self.tr("Klaros"), self.tr("%n new WhatsApp message(s)", "", count))

    def notify(self, title: str, text: str) -> None:
        self.notifications.append((title, text))
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

    def closeEvent(self, event) -> None:
        if not self.profile_erased:  # QSettings would create the erased folder again
            self._settings().setValue("geometry", self.saveGeometry())
        if self.tray is not None:
            self.tray.hide()
        super().closeEvent(event)
