"""Add/edit a contact: live number validation, tags, notes, custom fields, the consent history, and the way to
erase the person (the contacts page runs ``ui.privacy.EraseContactDialog`` on ``erase_requested``)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop.services.core.changes import Changes
from klaros_desktop.services.people import consent, contact_edit, phones
from klaros_desktop.ui.i18n import country as country_name
from klaros_desktop.ui.i18n import number, render
from klaros_desktop.ui.phone_format import pretty_number


class ConsentForm(QWidget):
    """Record an opt-in or opt-out given outside WhatsApp, with its evidence and the day it was given."""

    recorded = Signal(object)  # the Changes

    def __init__(self, sessions: sessionmaker[Session], contact_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.sessions = sessions
        self.contact_id = contact_id
        box = QFormLayout(self)
        box.setContentsMargins(0, 8, 0, 0)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Consent given or withdrawn"))
        for label, kind, scope in ((self.tr("Opted in to all messages"), consent.OPT_IN, consent.SCOPE_ALL),
                                   (self.tr("Opted in to marketing messages"), consent.OPT_IN, consent.SCOPE_MARKETING),
                                   (self.tr("Opted out of all messages"), consent.OPT_OUT, consent.SCOPE_ALL),
                                   (self.tr("Stopped marketing messages"), consent.OPT_OUT, consent.SCOPE_MARKETING)):
            self.kind.addItem(label, (kind, scope))
        self.when = QDateEdit(QDate.currentDate(), self)
        self.when.setCalendarPopup(True)
        self.when.setMaximumDate(QDate.currentDate())
        self.when.setAccessibleName(self.tr("Day the consent was given"))
        self.evidence = QLineEdit(self)
        self.evidence.setAccessibleName(self.tr("Evidence"))
        self.evidence.setPlaceholderText(self.tr("For example: signed form in the shop, kept in the folder"))
        self.record_button = QPushButton(self.tr("Record consent"), self)
        self.record_button.clicked.connect(self.record)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("muted")
        box.addRow(self.tr("What"), self.kind)
        box.addRow(self.tr("When"), self.when)
        box.addRow(self.tr("Evidence"), self.evidence)
        box.addRow("", self.record_button)
        box.addRow("", self.message)

    def record(self) -> None:
        if self.contact_id is None:
            return
        kind, scope = self.kind.currentData()
        day = self.when.date()
        now = datetime.now().astimezone()
        local = datetime(day.year(), day.month(), day.day(), now.hour, now.minute, tzinfo=now.tzinfo) \
            if day == QDate.currentDate() else datetime(day.year(), day.month(), day.day(), 12, tzinfo=now.tzinfo)
        try:
            changes = contact_edit.record_consent(self.sessions, self.contact_id, kind=kind, scope=scope,
                                                  occurred_at=local.astimezone(UTC), evidence=self.evidence.text())
        except contact_edit.ContactError as exc:
            self.message.setText(render(exc))
            return
        self.evidence.clear()
        self.message.setText(self.tr("Recorded, with its evidence, in the consent history."))
        self.recorded.emit(changes)


class ContactDialog(QDialog):
    open_conversation = Signal(int)
    erase_requested = Signal(int)  # the contact's id
    consent_changed = Signal(object)  # consent was recorded by hand (a Changes), before Save or Cancel

    def __init__(self, sessions: sessionmaker[Session], contact_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.sessions = sessions
        self.region = contact_edit.default_region(sessions)
        self.form = contact_edit.load(sessions, contact_id) if contact_id else contact_edit.ContactForm()
        self.saved_id: int | None = None
        self.changes = Changes()  # what saving changed, for the screens (``Backend.changed``)
        self.setWindowTitle(self.tr("Edit contact") if contact_id else self.tr("New contact"))
        self.setMinimumSize(560, 520)
        tabs = self.tabs = QTabWidget(self)

        details = QWidget(tabs)
        form = QFormLayout(details)
        self.name = QLineEdit(self.form.display_name, details)
        self.name.setAccessibleName(self.tr("Name"))
        if self.form.profile_name:
            self.name.setPlaceholderText(self.tr("WhatsApp name: {name}").format(name=self.form.profile_name))
        self.phone = QLineEdit(pretty_number(self.form.phone), details)
        self.phone.setAccessibleName(self.tr("Phone number"))
        self.phone.setPlaceholderText(self.tr("+49 151 1234567"))
        self.phone_hint = QLabel(details)
        self.phone_hint.setObjectName("muted")
        self.phone_hint.setWordWrap(True)
        self.tags = QLineEdit(", ".join(self.form.tags), details)
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("regular, wholesale (comma separated)"))
        self.notes = QPlainTextEdit(self.form.notes, details)
        self.notes.setAccessibleName(self.tr("Notes"))
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow("", self.phone_hint)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(self.tr("Notes"), self.notes)
        tabs.addTab(details, self.tr("Details"))

        custom = QWidget(tabs)
        cl = QVBoxLayout(custom)
        self.custom = QTableWidget(0, 2, custom)
        self.custom.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Value")])
        self.custom.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.custom.verticalHeader().hide()
        self.custom.setAccessibleName(self.tr("Custom fields"))
        for key, value in self.form.custom_fields.items():
            self._add_field(key, value)
        add_field = QPushButton(self.tr("Add field"), custom)
        add_field.clicked.connect(lambda: self._add_field("", ""))
        cl.addWidget(self.custom)
        cl.addWidget(add_field, 0, Qt.AlignmentFlag.AlignLeft)
        tabs.addTab(custom, self.tr("Custom fields"))

        consent = self.consent_tab = QWidget(tabs)
        vl = QVBoxLayout(consent)
        self.consent_list = QListWidget(consent)
        self.consent_list.setAccessibleName(self.tr("Consent history"))
        self.consent_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.consent_list.setWordWrap(True)
        for notice in self.form.consent:
            line = render(notice.sentence())
            if notice.evidence_text:
                line += "\n" + self.tr("Evidence: their message “{text}”").format(text=notice.evidence_text)
            elif notice.detail:
                line += "\n" + self.tr("Evidence: {detail}").format(detail=notice.detail)
            self.consent_list.addItem(line)
        if not self.form.consent:
            self.consent_list.addItem(self.tr("No opt-in or opt-out recorded. Customers who write STOP are "
                                              "opted out automatically; START opts them back in."))
        vl.addWidget(self.consent_list)
        self.consent_form = ConsentForm(sessions, self.form.id, consent)
        self.consent_form.recorded.connect(self._consent_recorded)
        self.consent_form.setVisible(self.form.id is not None)
        vl.addWidget(self.consent_form)
        tabs.addTab(consent, self.tr("Consent history ({n})").format(n=number(len(self.form.consent))))

        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: palette(bright-text);")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        self.chat_button = QPushButton(self.tr("Open conversation"), self)
        self.chat_button.setEnabled(self.form.conversation_id is not None)
        self.chat_button.clicked.connect(self._open_chat)
        bottom.addWidget(self.chat_button)
        self.erase_button = QPushButton(self.tr("Erase contact…"), self)
        self.erase_button.setAccessibleName(self.tr("Erase contact"))
        self.erase_button.setVisible(contact_id is not None)
        self.erase_button.setToolTip(
            self.tr("Delete everything Klaros has on this person, keeping only a salted hash so they are never "
                    "messaged again") if self.form.phone else
            self.tr("Delete everything Klaros has on this person (they have no phone number, so nothing is kept)"))
        self.erase_button.clicked.connect(lambda: self.erase_requested.emit(self.form.id))
        bottom.addWidget(self.erase_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.error)
        layout.addLayout(bottom)
        self.phone.textChanged.connect(self.validate_phone)
        self.validate_phone()

    def _add_field(self, key: str, value: str) -> None:
        row = self.custom.rowCount()
        self.custom.insertRow(row)
        self.custom.setItem(row, 0, QTableWidgetItem(key))
        self.custom.setItem(row, 1, QTableWidgetItem(value))

    def validate_phone(self) -> bool:
        raw = self.phone.text()
        ok = True
        if not raw.strip():
            self.phone_hint.setText(self.tr("No number: this contact cannot be messaged."))
        else:
            try:
                e164 = contact_edit.check_number(raw, self.region)
            except phones.InvalidNumber as exc:
                ok = False
                self.phone_hint.setText("✗ " + render(exc))
            else:
                region = phones.region_of(e164)
                country = country_name(region) if region else ""
                text = self.tr("Valid number: {number}").format(number=pretty_number(e164))
                self.phone_hint.setText("✓ " + text + (f" ({country})" if country else ""))
        self.phone.setProperty("valid", "true" if ok else "false")
        self.phone.style().unpolish(self.phone)
        self.phone.style().polish(self.phone)
        self.save_button.setEnabled(ok)
        return ok

    def collect(self) -> contact_edit.ContactForm:
        fields = {}
        for row in range(self.custom.rowCount()):
            key = self.custom.item(row, 0).text() if self.custom.item(row, 0) else ""
            value = self.custom.item(row, 1).text() if self.custom.item(row, 1) else ""
            if key.strip():
                fields[key.strip()] = value
        return contact_edit.ContactForm(id=self.form.id, display_name=self.name.text(), phone=self.phone.text(),
                                        tags=contact_edit.split_tags(self.tags.text()),
                                        notes=self.notes.toPlainText(), custom_fields=fields)

    def save(self) -> None:
        try:
            saved = contact_edit.save(self.sessions, self.collect())
        except contact_edit.ContactError as exc:
            self.error.setText(render(exc))
            return
        self.saved_id, self.changes = saved.contact_id, saved.changes
        self.accept()

    def _consent_recorded(self, changes: Changes) -> None:
        """Show the history again with the new event, and let the screens re-read the contact at once."""
        self.changes.merge(changes)
        self.form.consent = contact_edit.load(self.sessions, self.form.id).consent
        self.consent_list.clear()
        for notice in self.form.consent:
            line = render(notice.sentence())
            if notice.evidence_text:
                line += "\n" + self.tr("Evidence: their message “{text}”").format(text=notice.evidence_text)
            elif notice.detail:
                line += "\n" + self.tr("Evidence: {detail}").format(detail=notice.detail)
            self.consent_list.addItem(line)
        self.tabs.setTabText(self.tabs.indexOf(self.consent_tab),
                             self.tr("Consent history ({n})").format(n=number(len(self.form.consent))))
        self.consent_changed.emit(changes)

    def _open_chat(self) -> None:
        if self.form.conversation_id is not None:
            self.open_conversation.emit(self.form.conversation_id)
            self.accept()
