"""Ctrl+K and "New chat": type a few letters of a name or a number, Enter opens (or starts) that chat.

Matches names and numbers only: a word in someone's notes or tags does not bring them up here (the contacts
screen's search covers those)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from klaros_desktop.services.reads import lookups
from klaros_desktop.ui.backend import Backend
from klaros_desktop.ui.phone_format import pretty_number


class JumpDialog(QDialog):
    def __init__(self, backend: Backend, parent: QWidget | None = None, *, new_chat: bool = False):
        super().__init__(parent)
        self.backend = backend
        self.chosen: int | None = None
        self.setWindowTitle(self.tr("New chat") if new_chat else self.tr("Jump to a contact"))
        self.setMinimumWidth(420)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Name or number…"))
        self.edit.setAccessibleName(self.tr("Contact to jump to"))
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Matching contacts"))
        self.hint = QLabel(self)
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.results)
        layout.addWidget(self.hint)
        self.edit.textChanged.connect(self.update_results)
        self.edit.returnPressed.connect(self.choose)
        self.results.itemActivated.connect(lambda _item: self.choose())
        self.update_results("")

    def update_results(self, text: str) -> None:
        hits = lookups.find_people(self.backend.sessions, text, limit=12)
        self.results.clear()
        for hit in hits:
            number = pretty_number(hit.phone_e164)
            item = QListWidgetItem(f"{hit.name}    {number}" if number and number != hit.name else hit.name)
            item.setData(Qt.ItemDataRole.UserRole, hit.contact_id)
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
            self.hint.setText(self.tr("Enter opens the chat; someone you have not written to yet gets a new one."))
        elif text.strip():
            self.hint.setText(self.tr("Nobody by that name or number. Add them under Contacts first."))
        else:
            self.hint.setText(self.tr("Type a name or a phone number."))

    def choose(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self.chosen = item.data(Qt.ItemDataRole.UserRole)
            self.accept()
