"""The contacts screen: search as you type, tag filter, the lazy table, add/edit, import (also by drop), export,
and erasing a person on request (button, context menu, or the contact's dialog).

Built at start-up (``in_steps``), the page is made one group per turn of the event loop (the tool row, the
table) and its tags and first rows are read off the GUI thread; built when the shop owner asks for it, all of
it at once, the rows read at once too.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from klaros_desktop.services.core.changes import Changes
from klaros_desktop.services.messaging import conversations
from klaros_desktop.services.people import contact_edit
from klaros_desktop.services.reads import lookups, pages, queries
from klaros_desktop.ui import file_drop, ops
from klaros_desktop.ui.backend import Backend
from klaros_desktop.ui.built_in_steps import BuiltInSteps
from klaros_desktop.ui.i18n import render
from klaros_desktop.ui.item_models import ContactsTableModel, IdRole

log = logging.getLogger(__name__)

if TYPE_CHECKING:  # the dialogs load when first opened: start-up imports only what the first paint needs
    from klaros_desktop.ui.contact_dialog import ContactDialog
    from klaros_desktop.ui.import_dialog import ImportDialog
    from klaros_desktop.ui.privacy import EraseContactDialog


class ContactsPage(BuiltInSteps, QWidget):
    open_conversation = Signal(int)
    notice = Signal(str)

    def __init__(self, backend: Backend, parent: QWidget | None = None, *, in_steps: bool = False):
        super().__init__(parent)
        self.backend = backend
        # built in steps, the model gets the database with its first rows (read off the GUI thread): until then
        # the table cannot fetch a page of its own on the GUI thread
        self.model = ContactsTableModel(None if in_steps else backend.sessions, self)
        self.setAcceptDrops(True)
        self.result_box = None  # the last erasure's result (kept for tests)
        self._first_read: object | None = None  # the start-up read under way (its answer shows unless replaced)
        self.begin_building(self._build_steps(in_steps), in_steps=in_steps)

    # ------------------------------------------------------------------ building
    def _build_steps(self, in_steps: bool):
        """The page's widgets, yielding (a true value) between its groups (the tool row, then the table), so that
        the main window can build it at start-up one group per turn of the event loop. Every widget is made
        with the parent it is shown in: under the app's style sheet a widget moved to another re-styles itself
        and all its children. Then the tags and the first rows: read off the GUI thread for a page built in
        steps (shown when they are there), at once otherwise."""
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search contacts: name, number, tag or note…"))
        self.search.setAccessibleName(self.tr("Search contacts"))
        self.search.setClearButtonEnabled(True)
        self.tag_box = QComboBox(self)
        self.tag_box.setAccessibleName(self.tr("Tag filter"))
        self.add_button = QPushButton(self.tr("New contact"), self)
        self.add_button.setObjectName("primary")
        self.edit_button = QPushButton(self.tr("Edit"), self)
        self.chat_button = QPushButton(self.tr("Open conversation"), self)
        self.import_button = QPushButton(self.tr("Import…"), self)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.erase_button = QPushButton(self.tr("Erase…"), self)
        self.erase_button.setToolTip(self.tr("Erase the selected person on their request: messages, notes, media "
                                             "and consent history"))
        for button in (self.add_button, self.edit_button, self.chat_button, self.import_button, self.export_button):
            button.setAccessibleName(button.text().rstrip("…"))
        self.erase_button.setAccessibleName(self.tr("Erase contact"))
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.tag_box)
        top.addWidget(self.add_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.chat_button)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        top.addWidget(self.erase_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 4)
        layout.addLayout(top)

        yield True
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(32)
        self.table.setShowGrid(False)
        self.table.setAccessibleName(self.tr("Contacts"))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for col, width in enumerate((220, 150, 200, 90)):
            self.table.setColumnWidth(col, width)
        layout.addWidget(self.table, 1)

        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.tag_box.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.add_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(lambda: self.edit(self.current_id()) if self.current_id() else None)
        self.table.doubleClicked.connect(lambda index: self.edit(index.data(IdRole)))
        self.chat_button.clicked.connect(self.chat)
        self.import_button.clicked.connect(lambda: self.import_file(None))
        self.export_button.clicked.connect(lambda: self.export())
        self.erase_button.clicked.connect(lambda: self.erase(self.current_id()) if self.current_id() else None)
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.empty = QLabel(self.table.viewport())
        self.empty.setObjectName("muted")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(24)
        self.empty.hide()  # (until the first rows say whether there are any)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._update_empty)
        self.table.viewport().installEventFilter(self)
        self._update_buttons()
        self.backend.data_changed.connect(self._data_changed)
        if in_steps:
            self._read_first_page()
        else:
            self.reload_tags()
            self.apply_filter()

    def _read_first_page(self) -> None:
        """The tags and the first rows under the current filter, read off the GUI thread; shown when they come
        unless the filter or the contacts changed meanwhile (what did that reads them itself)."""
        self._first_read = read = object()
        sessions, flt = self.backend.sessions, self._filter()

        def shown(result: tuple[list[tuple[int, str]], list[queries.ContactRow]]) -> None:
            if self._first_read is read:
                self._read_here()
                self._show_tags(result[0])
                self.model.show(flt, result[1], queries.PAGE)

        def failed(exc: BaseException) -> None:  # (the table must not stay without its database)
            log.warning("contacts: the first read off the GUI thread failed, reading here: %s", exc)
            if self._first_read is read:
                self.refresh()

        ops.run_sync(lambda: (lookups.tags(sessions), pages.contacts(sessions, flt, after=None, limit=queries.PAGE)),
                     shown, failed)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.empty.setGeometry(self.table.viewport().rect())
        return super().eventFilter(watched, event)

    def _update_empty(self, *_args) -> None:
        """Say why the table is empty: nothing matches, or no contacts yet (and how to get some)."""
        if self.model.rowCount():
            self.empty.hide()
            return
        if self.search.text().strip() or self.tag_box.currentIndex() > 0:
            self.empty.setText(self.tr("No contacts match. Clear the search or choose “All tags”."))
        else:
            self.empty.setText(self.tr("No contacts yet. Customers who write to you appear here by themselves; "
                                       "add one with “New contact”, or import a CSV or vCard file with "
                                       "“Import…” (or drop it here)."))
        self.empty.setGeometry(self.table.viewport().rect())
        self.empty.show()

    def _update_buttons(self) -> None:
        """Edit and Open conversation act on the selected contact; without one they are off."""
        chosen = self.table.selectionModel().hasSelection()
        self.edit_button.setEnabled(chosen)
        self.chat_button.setEnabled(chosen)
        self.erase_button.setEnabled(chosen)

    def reload_tags(self) -> None:
        self._show_tags(lookups.tags(self.backend.sessions))

    def _show_tags(self, tags: list[tuple[int, str]]) -> None:
        current = self.tag_box.currentData()
        self.tag_box.blockSignals(True)
        self.tag_box.clear()
        self.tag_box.addItem(self.tr("All tags"), None)
        for tag_id, name in tags:
            self.tag_box.addItem(name, tag_id)
        self.tag_box.setCurrentIndex(max(0, self.tag_box.findData(current)))
        self.tag_box.blockSignals(False)

    def _filter(self) -> queries.ContactFilter:
        return queries.ContactFilter(self.search.text(), self.tag_box.currentData())

    def _read_here(self) -> None:
        """From now on the model reads through the database itself; a start-up read still under way is out of
        date (its answer is dropped)."""
        self._first_read = None
        self.model.sessions = self.backend.sessions

    def apply_filter(self) -> None:
        self._read_here()
        self.model.set_filter(self._filter())

    def refresh(self) -> None:
        self._read_here()
        self.reload_tags()
        self.model.reload()

    def _data_changed(self, changes: Changes) -> None:
        """Re-read the contacts an operation named (all, and the tag list, when it reports everything). While
        the start-up read is under way, its answer may be out of date: it is read again instead."""
        if self._first_read is not None:
            self._read_first_page()
            return
        if changes.everything:
            self.reload_tags()
        self.model.apply_changes(changes)

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def edit(self, contact_id: int | None) -> ContactDialog:
        from klaros_desktop.ui.contact_dialog import ContactDialog

        dialog = ContactDialog(self.backend.sessions, contact_id, self)
        dialog.open_conversation.connect(self.open_conversation)
        dialog.erase_requested.connect(lambda cid: self.erase(cid, over=dialog))
        dialog.accepted.connect(lambda: (self.reload_tags(), self.backend.changed(dialog.changes)))
        dialog.consent_changed.connect(self.backend.changed)
        dialog.open()
        return dialog

    def _context_menu(self, pos) -> QMenu | None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return None
        self.table.selectRow(index.row())
        contact_id = index.data(IdRole)
        menu = QMenu(self)
        menu.addAction(self.tr("Edit…"), lambda: self.edit(contact_id))
        menu.addAction(self.tr("Open conversation"), self.chat)
        menu.addSeparator()
        menu.addAction(self.tr("Erase contact…"), lambda: self.erase(contact_id))
        menu.popup(self.table.viewport().mapToGlobal(pos))
        return menu

    def erase(self, contact_id: int, over: QDialog | None = None) -> EraseContactDialog | None:
        """Ask, erase (off the GUI thread), then close ``over`` (the contact's dialog), refresh every view and
        show what went."""
        try:
            from klaros_desktop.ui.privacy import EraseContactDialog

            dialog = EraseContactDialog(self.backend, contact_id, over or self)
        except contact_edit.ContactError as exc:  # erased or deleted meanwhile
            self.notice.emit(render(exc))
            self.refresh()
            return None

        def erased(report) -> None:
            if over is not None:
                over.reject()
            self.backend.changed(report.changes)  # the inbox drops the conversation, the table the row
            self.result_box = dialog.show_result(self)

        dialog.erased.connect(erased)
        dialog.open()
        return dialog

    def chat(self) -> None:
        contact_id = self.current_id()
        if contact_id is None:
            return
        conversation = lookups.conversation_of_contact(self.backend.sessions, contact_id)
        if conversation is None:
            self.notice.emit(self.tr("No conversation with this contact yet; start one with a template."))
            conversation = self._start_conversation(contact_id)
        self.open_conversation.emit(conversation)

    def _start_conversation(self, contact_id: int) -> int:
        opened = conversations.open_with(self.backend.sessions, contact_id)
        self.backend.changed(opened.changes)
        return opened.conversation_id

    # ------------------------------------------------------------------ import / export
    def dragEnterEvent(self, event) -> None:
        file_drop.accept_files(event)

    def dropEvent(self, event) -> None:
        path = file_drop.dropped_file(event)
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path | None) -> ImportDialog:
        from klaros_desktop.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.backend.sessions, path, self)
        dialog.imported.connect(lambda report: self.backend.changed(report.changes))
        dialog.open()
        return dialog

    def export(self, path: Path | None = None) -> None:
        """Write every contact to CSV or vCard (by the file's extension), off the GUI thread."""
        chosen = ""
        if path is None:
            name, chosen = QFileDialog.getSaveFileName(self, self.tr("Export contacts"), "contacts.csv",
                                                       self.tr("CSV (*.csv);;vCard (*.vcf)"))
            if not name:
                return
            path = Path(name)
        fmt = "vcard" if path.suffix.lower() in (".vcf", ".vcard") or "vcf" in chosen else "csv"
        from klaros_desktop.services.dataio.contacts_export import export_contacts

        ops.run_sync(lambda: export_contacts(self.backend.sessions, path, fmt),
                     lambda n: self.notice.emit(self.tr("%n contacts written to {file}", "", n).format(file=path)),
                     lambda exc: self.notice.emit(self.tr("Export failed: {error}").format(error=render(exc))))
