"""Settings in the shop owner's words, on tabs: the shop's WhatsApp connection (business name, the number as
people write it, whether it works, a pairing code for another PC; the ids under "Advanced"), general choices
(default country from a searchable list, theme, language, notifications), quick replies, and the shop's data
(export everything, erase everything: the main window runs them). Other screens add tabs of their own
(``add_tab``)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from klaros_desktop.secrets import NoSecureKeyring
from klaros_desktop.services.core import settings
from klaros_desktop.services.messaging import quick_replies
from klaros_desktop.ui import ops, theme
from klaros_desktop.ui.backend import Backend
from klaros_desktop.ui.country_picker import CountryPicker
from klaros_desktop.ui.i18n import LANGUAGES, render
from klaros_desktop.ui.phone_format import pretty_number
from klaros_desktop.ui.setup_wizard import keyring_name


def _note(text: str, parent: QWidget) -> QLabel:
    """A muted explanation under a setting."""
    label = _selectable(text, parent)
    label.setObjectName("muted")
    return label


def _selectable(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SettingsDialog(QDialog):
    run_setup = Signal()
    export_requested = Signal()
    erase_requested = Signal()

    def __init__(self, backend: Backend, parent: QWidget | None = None):
        super().__init__(parent)
        self.backend = backend
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumSize(660, 560)
        self.values = settings.read_many(backend.sessions, (
            settings.RELAY_URL, settings.DEVICE_ID, settings.PHONE_NUMBER_ID, settings.WABA_ID,
            settings.GRAPH_BASE_URL, settings.DEFAULT_REGION, settings.BUSINESS_NAME, settings.DISPLAY_PHONE_NUMBER,
            settings.THEME, settings.LANGUAGE, settings.NOTIFICATIONS, settings.TENANT_ID))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._shop_tab(), self.tr("Your shop"))
        self.tabs.addTab(self._general_tab(), self.tr("General"))
        self.tabs.addTab(self._replies_tab(), self.tr("Quick replies"))
        self.tabs.addTab(self._data_tab(), self.tr("Your data"))

        self.error = QLabel(self)
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def add_tab(self, widget: QWidget, title: str) -> None:
        """A tab another part of Klaros contributes (it saves its own values)."""
        self.tabs.insertTab(self.tabs.count() - 1, widget, title)

    # ------------------------------------------------------------------ the shop's connection
    def connection_state(self) -> str:
        """Whether the shop's WhatsApp connection works, in one phrase (no ids)."""
        v = self.values
        if not (v[settings.RELAY_URL] or v[settings.PHONE_NUMBER_ID]):
            return self.tr("Not set up yet")
        if getattr(self.backend, "cannot_connect", False):
            return self.tr("Cannot connect: no secure password store on this computer")
        if self.backend.online:
            return self.tr("Connected")
        return self.tr("Not connected right now (Klaros keeps trying)")

    def _shop_tab(self) -> QWidget:
        tab = QWidget(self)
        v = self.values
        not_set = self.tr("not set up yet")
        shop = QGroupBox(self.tr("WhatsApp"), tab)
        form = QFormLayout(shop)
        self.business_name = _selectable(v[settings.BUSINESS_NAME] or not_set, shop)
        form.addRow(self.tr("Business name"), self.business_name)
        number = v[settings.DISPLAY_PHONE_NUMBER]
        self.number = _selectable(pretty_number("+" + number.lstrip("+")) if number else not_set, shop)
        form.addRow(self.tr("Number"), self.number)
        self.state = _selectable(self.connection_state(), shop)
        form.addRow(self.tr("Connection"), self.state)
        self.test_button = QPushButton(self.tr("Test connection"), shop)
        self.test_button.setObjectName("primary")
        self.test_button.setToolTip(self.tr("Ask the relay and Meta now whether they answer"))
        self.test_button.clicked.connect(self.test_connection)
        rerun = QPushButton(self.tr("Set up again…"), shop)
        rerun.clicked.connect(self._rerun)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addWidget(rerun)
        row.addStretch(1)
        form.addRow("", row)
        self.test_result = QLabel(shop)
        self.test_result.setWordWrap(True)
        self.test_result.setTextFormat(Qt.TextFormat.PlainText)
        self.test_result.setAccessibleName(self.tr("Connection test result"))
        self.test_result.hide()
        form.addRow("", self.test_result)

        second = QGroupBox(self.tr("Another PC for this shop"), tab)
        sl = QVBoxLayout(second)
        sl.addWidget(_note(self.tr("Create a one-time code here, then type it into Klaros on the other PC "
                                         "(set-up, step 1: “I have a pairing code”). The code works once, for "
                                         "one hour."), second))
        self.pair_button = QPushButton(self.tr("Pair another PC"), second)
        self.pair_button.clicked.connect(self.pair_another_pc)
        self.pair_button.setEnabled(bool(v[settings.RELAY_URL]))
        self.pair_code = _selectable("", second)
        self.pair_code.setObjectName("pairingCode")
        font = self.pair_code.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.pair_code.setFont(font)
        self.pair_code.hide()
        self.pair_note = _selectable("", second)
        self.pair_note.hide()
        row = QHBoxLayout()
        row.addWidget(self.pair_button)
        row.addWidget(self.pair_code)
        row.addStretch(1)
        sl.addLayout(row)
        sl.addWidget(self.pair_note)

        self.advanced = QCheckBox(self.tr("Advanced: show the technical details"), tab)
        details = QGroupBox(self.tr("Technical details"), tab)
        df = QFormLayout(details)
        df.addRow(self.tr("Relay address"), _selectable(v[settings.RELAY_URL] or not_set, details))
        df.addRow(self.tr("This PC's device id"), _selectable(v[settings.DEVICE_ID] or not_set, details))
        df.addRow(self.tr("Phone number ID"), _selectable(v[settings.PHONE_NUMBER_ID] or not_set, details))
        df.addRow(self.tr("WhatsApp Business account ID"), _selectable(v[settings.WABA_ID] or not_set, details))
        df.addRow(self.tr("Meta server"), _selectable(v[settings.GRAPH_BASE_URL] or "", details))
        try:
            self.backend.secret_store.check()
            where = self.tr("Kept in {name}").format(name=keyring_name(self.backend.secret_store))
        except NoSecureKeyring as exc:
            where = render(exc)
        df.addRow(self.tr("Access key"), _selectable(where, details))
        df.addRow(self.tr("Sync"), _selectable(self.backend.status_text(), details))
        details.setVisible(False)
        self.details = details
        self.advanced.toggled.connect(details.setVisible)

        layout = QVBoxLayout(tab)
        layout.addWidget(shop)
        layout.addWidget(second)
        layout.addWidget(self.advanced)
        layout.addWidget(details)
        layout.addStretch(1)
        return tab

    # ------------------------------------------------------------------ general
    def _general_tab(self) -> QWidget:
        tab = QWidget(self)
        form = QFormLayout(tab)
        self.region = CountryPicker(tab)
        self.region.setAccessibleName(self.tr("Default country"))
        self.region.set_region(self.values[settings.DEFAULT_REGION])
        form.addRow(self.tr("Default country"), self.region)
        form.addRow("", _note(self.tr("Used for numbers typed without + (a customer's 0151 12345678)."), tab))
        self.theme = QComboBox(tab)
        for text, value in ((self.tr("Like the system"), "system"), (self.tr("Light"), theme.LIGHT),
                            (self.tr("Dark"), theme.DARK)):
            self.theme.addItem(text, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(self.values[settings.THEME] or "system")))
        self.theme.setAccessibleName(self.tr("Theme"))
        form.addRow(self.tr("Theme"), self.theme)
        self.language = QComboBox(tab)
        self.language.addItem(self.tr("Like the system"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.values[settings.LANGUAGE] or "")))
        self.language.setAccessibleName(self.tr("Language"))
        form.addRow(self.tr("Language"), self.language)
        self.language_note = _note(self.tr("A new language shows from the next start of Klaros."), tab)
        form.addRow("", self.language_note)
        self.notifications = QCheckBox(self.tr("Tell me about new messages while Klaros is in the background"), tab)
        self.notifications.setChecked(bool(self.values[settings.NOTIFICATIONS]))
        form.addRow(self.tr("Notifications"), self.notifications)
        return tab

    # ------------------------------------------------------------------ quick replies
    def _replies_tab(self) -> QWidget:
        tab = QWidget(self)
        rl = QVBoxLayout(tab)
        rl.addWidget(_note(self.tr("Type / in the message box to insert one of these."), tab))
        self.replies = QTableWidget(0, 2, tab)
        self.replies.setHorizontalHeaderLabels([self.tr("Shortcut"), self.tr("Text")])
        self.replies.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.replies.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.replies.verticalHeader().hide()
        self.replies.setAccessibleName(self.tr("Quick replies"))
        for reply in quick_replies.load(self.backend.sessions):
            self.add_reply(reply.shortcut, reply.text)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add"), tab)
        add.clicked.connect(lambda: self.add_reply("", ""))
        remove = QPushButton(self.tr("Remove"), tab)
        remove.clicked.connect(lambda: self.replies.removeRow(self.replies.currentRow()))
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        rl.addWidget(self.replies)
        rl.addLayout(row)
        return tab

    def add_reply(self, shortcut: str, text: str) -> None:
        row = self.replies.rowCount()
        self.replies.insertRow(row)
        self.replies.setItem(row, 0, QTableWidgetItem(shortcut))
        self.replies.setItem(row, 1, QTableWidgetItem(text))

    # ------------------------------------------------------------------ the shop's data
    def _data_tab(self) -> QWidget:
        tab = QWidget(self)
        dl = QVBoxLayout(tab)
        dl.addWidget(_note(self.tr("Everything Klaros knows stays on this PC."), tab))
        export_all = QPushButton(self.tr("Export all data…"), tab)
        export_all.clicked.connect(lambda: (self.reject(), self.export_requested.emit()))
        erase_all = QPushButton(self.tr("Erase everything on this PC…"), tab)
        erase_all.clicked.connect(lambda: (self.reject(), self.erase_requested.emit()))
        row = QHBoxLayout()
        row.addWidget(export_all)
        row.addWidget(erase_all)
        row.addStretch(1)
        dl.addLayout(row)
        dl.addStretch(1)
        self.export_all_button, self.erase_all_button = export_all, erase_all
        return tab

    # ------------------------------------------------------------------ saving
    def save(self) -> None:
        try:
            region = self.region.region()
        except ValueError as exc:
            self.tabs.setCurrentIndex(1)
            self.error.setText(self.tr("“{text}” is not a country in the list; type part of its name and pick it "
                                       "from the list.").format(text=str(exc)))
            return
        replies = []
        for row in range(self.replies.rowCount()):
            shortcut = self.replies.item(row, 0).text() if self.replies.item(row, 0) else ""
            text = self.replies.item(row, 1).text() if self.replies.item(row, 1) else ""
            if shortcut.strip() or text.strip():
                replies.append(quick_replies.QuickReply(shortcut, text))
        try:
            changes = quick_replies.save(self.backend.sessions, replies)
        except ValueError as exc:
            self.tabs.setCurrentIndex(2)
            self.error.setText(render(exc))
            return
        chosen_theme = self.theme.currentData()
        settings.save_changes(self.backend.sessions, {
            settings.DEFAULT_REGION: region, settings.THEME: chosen_theme,
            settings.LANGUAGE: self.language.currentData() or None,
            settings.NOTIFICATIONS: self.notifications.isChecked()})
        self.backend.notifications = self.notifications.isChecked()
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if app is not None and chosen_theme != (self.values[settings.THEME] or "system"):
            theme.apply(app, None if chosen_theme == "system" else chosen_theme)
            theme.forced = None if chosen_theme == "system" else chosen_theme
        self.backend.changed(changes)  # the composer offers the new quick replies
        self.accept()

    # ------------------------------------------------------------------ live checks
    def test_connection(self) -> None:
        """Live check of the relay and Meta with the stored settings (``services.connection_check``)."""
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Checking…"))
        self.test_result.show()
        from klaros_desktop.services.setup import connection_check  # httpx and the clients: loaded when first used

        store, sessions = self.backend.secret_store, self.backend.sessions
        ops.run_async(lambda: connection_check.check_connection(sessions, store), self._tested, self._test_failed)

    def _tested(self, results) -> None:
        self.test_button.setEnabled(True)
        names = {"relay": self.tr("Relay"), "meta": self.tr("Meta")}
        self.test_result.setText("\n".join(
            ("✓ " if r.ok else "✗ ") + names.get(r.part, r.part) + ": " + render(r.message) for r in results))

    def _test_failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setText("✗ " + render(exc))

    def pair_another_pc(self) -> None:
        """A one-time code from the relay for the shop's next PC (``services.setup.webhook.code_for_next_pc``)."""
        from klaros_desktop.services.setup import webhook

        self.pair_button.setEnabled(False)
        store, sessions = self.backend.secret_store, self.backend.sessions
        name = self.tr("Another PC")
        ops.run_async(lambda: webhook.code_for_next_pc(sessions, store, name), self._paired_code,
                      self._pair_failed)

    def _paired_code(self, made) -> None:
        self.pair_button.setEnabled(True)
        self.pair_code.setText(made.code)
        self.pair_code.show()
        from klaros_desktop.ui.i18n import local_date

        until = local_date(made.expires_at, "HH:mm") if made.expires_at else ""
        self.pair_note.setText(self.tr("Type this code into Klaros on the other PC before {time}. It works "
                                       "once.").format(time=until))
        self.pair_note.show()

    def _pair_failed(self, exc: BaseException) -> None:
        self.pair_button.setEnabled(True)
        self.pair_note.setText("✗ " + render(exc))
        self.pair_note.show()

    def _rerun(self) -> None:
        self.run_setup.emit()
        self.reject()


