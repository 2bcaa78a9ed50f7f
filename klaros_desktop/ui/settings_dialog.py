"""Settings: what this profile is connected to, the default region, quick replies, re-running set-up, and the
shop's data (export everything, erase everything: the main window runs them)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from klaros_desktop.secrets import NoSecureKeyring
from klaros_desktop.services.core import settings
from klaros_desktop.services.messaging import quick_replies
from klaros_desktop.ui import ops
from klaros_desktop.ui.backend import Backend
from klaros_desktop.ui.i18n import render
from klaros_desktop.ui.setup_wizard import keyring_name


class SettingsDialog(QDialog):
    run_setup = Signal()
    export_requested = Signal()
    erase_requested = Signal()

    def __init__(self, backend: Backend, parent: QWidget | None = None):
        super().__init__(parent)
        self.backend = backend
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumSize(620, 560)
        values = settings.read_many(backend.sessions, (
            settings.RELAY_URL, settings.DEVICE_ID, settings.PHONE_NUMBER_ID, settings.WABA_ID,
            settings.GRAPH_BASE_URL, settings.DEFAULT_REGION))

        connection = QGroupBox(self.tr("Connection"), self)
        cf = QFormLayout(connection)
        not_set = self.tr("not set up yet")
        cf.addRow(self.tr("Relay"), QLabel(values[settings.RELAY_URL] or not_set, connection))
        cf.addRow(self.tr("This device"), QLabel(values[settings.DEVICE_ID] or not_set, connection))
        cf.addRow(self.tr("Meta phone number ID"), QLabel(values[settings.PHONE_NUMBER_ID] or not_set, connection))
        cf.addRow(self.tr("WhatsApp Business account"), QLabel(values[settings.WABA_ID] or not_set, connection))
        cf.addRow(self.tr("Meta server"), QLabel(values[settings.GRAPH_BASE_URL] or "", connection))
        try:
            backend.secret_store.check()
            where = self.tr("Kept in {name}").format(name=keyring_name(backend.secret_store))
        except NoSecureKeyring as exc:
            where = render(exc)
        secrets_label = QLabel(where, connection)
        secrets_label.setWordWrap(True)
        cf.addRow(self.tr("Secrets"), secrets_label)
        sync_label = QLabel(backend.status_text(), connection)
        cf.addRow(self.tr("Sync"), sync_label)
        self.test_button = QPushButton(self.tr("Test connection"), connection)
        self.test_button.setObjectName("primary")
        self.test_button.setToolTip(self.tr("Ask the relay and Meta now whether they answer"))
        self.test_button.clicked.connect(self.test_connection)
        rerun = QPushButton(self.tr("Pair again / change Meta connection…"), connection)
        rerun.clicked.connect(self._rerun)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addWidget(rerun, 1)
        cf.addRow("", row)
        self.test_result = QLabel(connection)
        self.test_result.setWordWrap(True)
        self.test_result.setTextFormat(Qt.TextFormat.PlainText)
        self.test_result.setAccessibleName(self.tr("Connection test result"))
        self.test_result.hide()
        cf.addRow("", self.test_result)

        general = QGroupBox(self.tr("General"), self)
        gf = QFormLayout(general)
        self.region = QLineEdit(values[settings.DEFAULT_REGION] or "", general)
        self.region.setAccessibleName(self.tr("Default country"))
        self.region.setPlaceholderText(self.tr("DE, FR, ES… for numbers typed without +"))
        self.region.setMaxLength(2)
        gf.addRow(self.tr("Default country"), self.region)

        replies = QGroupBox(self.tr("Quick replies (type / in the composer)"), self)
        rl = QVBoxLayout(replies)
        self.replies = QTableWidget(0, 2, replies)
        self.replies.setHorizontalHeaderLabels([self.tr("Shortcut"), self.tr("Text")])
        self.replies.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.replies.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.replies.verticalHeader().hide()
        self.replies.setAccessibleName(self.tr("Quick replies"))
        for reply in quick_replies.load(backend.sessions):
            self.add_reply(reply.shortcut, reply.text)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add"), replies)
        add.clicked.connect(lambda: self.add_reply("", ""))
        remove = QPushButton(self.tr("Remove"), replies)
        remove.clicked.connect(lambda: self.replies.removeRow(self.replies.currentRow()))
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        rl.addWidget(self.replies)
        rl.addLayout(row)

        data = QGroupBox(self.tr("Your data"), self)
        dl = QHBoxLayout(data)
        data_note = QLabel(self.tr("Everything Klaros knows stays on this PC."), data)
        data_note.setObjectName("muted")
        data_note.setWordWrap(True)
        export_all = QPushButton(self.tr("Export all data…"), data)
        export_all.clicked.connect(lambda: (self.reject(), self.export_requested.emit()))
        erase_all = QPushButton(self.tr("Erase everything on this PC…"), data)
        erase_all.clicked.connect(lambda: (self.reject(), self.erase_requested.emit()))
        dl.addWidget(data_note, 1)
        dl.addWidget(export_all)
        dl.addWidget(erase_all)
        self.export_all_button, self.erase_all_button = export_all, erase_all

        self.error = QLabel(self)
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(connection)
        layout.addWidget(general)
        layout.addWidget(replies, 1)
        layout.addWidget(data)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def add_reply(self, shortcut: str, text: str) -> None:
        row = self.replies.rowCount()
        self.replies.insertRow(row)
        self.replies.setItem(row, 0, QTableWidgetItem(shortcut))
        self.replies.setItem(row, 1, QTableWidgetItem(text))

    def save(self) -> None:
        import phonenumbers

        region = self.region.text().strip().upper() or None
        if region and region not in phonenumbers.SUPPORTED_REGIONS:
            self.error.setText(self.tr("{region} is not a country code; use two letters such as DE.").format(
                region=region))
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
            self.error.setText(render(exc))
            return
        settings.save_changes(self.backend.sessions, {settings.DEFAULT_REGION: region})
        self.backend.changed(changes)  # the composer offers the new quick replies
        self.accept()

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

    def _rerun(self) -> None:
        self.run_setup.emit()
        self.reject()
