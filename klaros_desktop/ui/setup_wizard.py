"""First run: relay address and pairing code, then the Meta ids and access token, each verified live.

The wizard collects and shows; the work is ``services.setup.pairing.pair`` and
``services.setup.meta_connection.connect`` (``klaros pair`` / ``klaros connect`` run the same), on the
window's database and audited as the shop owner (``user``): a step stores nothing until its live check
passed, and secrets go only to the OS keyring. Without a usable keyring the first page explains why and
the wizard cannot continue (Klaros never stores secrets as plain text).
"""

from __future__ import annotations

import platform

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from klaros_desktop.phrases import reason_of
from klaros_desktop.secrets import NoSecureKeyring, SecretStore
from klaros_desktop.ui import ops
from klaros_desktop.ui.backend import Backend
from klaros_desktop.ui.i18n import render


def keyring_name(store: SecretStore) -> str:
    """The password store's own name (``SecretStore.where`` adds the Python class for the log)."""
    backend = store.backend
    return getattr(backend, "name", None) or type(backend).__name__


def _explain(exc: BaseException) -> str:
    return render(reason_of(exc))


class KeyringPage(QWizardPage):
    def __init__(self, store: SecretStore, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setTitle(self.tr("Welcome to Klaros"))
        self.setSubTitle(self.tr("Three short steps connect Klaros to your shop's WhatsApp Business number."))
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAccessibleName(self.tr("What you need, or why Klaros cannot continue"))
        self.icon = QLabel(self)
        self.icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(32, 32))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.icon.hide()
        row = QHBoxLayout()
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addStretch(1)
        self.usable = False
        self.problem: str | None = None

    def initializePage(self) -> None:
        try:
            self.store.check()
        except NoSecureKeyring as exc:
            self.usable, self.problem = False, str(exc)
            self.icon.show()
            self.label.setText(render(exc))
        else:
            self.usable, self.problem = True, None
            self.icon.hide()
            self.label.setText(self.tr(
                "You need:\n"
                "  1. the address of your Klaros relay and a one-time pairing code (from whoever runs the relay),\n"
                "  2. your Meta phone number ID, WhatsApp Business account ID and a permanent access token "
                "(Meta Business Suite → WhatsApp Manager → API setup).\n\n"
                "Secrets are kept only in your computer's secure password store ({where}).").format(
                where=keyring_name(self.store)))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.usable

    def validatePage(self) -> bool:
        return self.usable


class _LiveCheckPage(QWizardPage):
    """A form with a "Test connection" button; the page is complete once the check passed.

    The check is a set-up use case on the window's session factory and the wizard's keyring."""

    def __init__(self, backend: Backend, store: SecretStore, parent: QWidget | None = None):
        super().__init__(parent)
        self.sessions = backend.sessions
        self.store = store
        self.form = QFormLayout()
        self.test_button = QPushButton(self.tr("Test connection"), self)
        self.test_button.setObjectName("primary")
        self.test_button.clicked.connect(self.run_check)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setAccessibleName(self.tr("Connection test result"))
        self.passed = False
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.test_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addStretch(1)

    def field_edit(self, label: str, placeholder: str = "", *, secret: bool = False) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(label)
        edit.setPlaceholderText(placeholder)
        if secret:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.textChanged.connect(self._edited)
        self.form.addRow(label, edit)
        return edit

    def _edited(self) -> None:
        if self.passed:
            self.passed = False
            self.result.setText(self.tr("Changed: test the connection again."))
            self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.passed

    def validatePage(self) -> bool:
        return self.passed

    def make_check(self):
        raise NotImplementedError

    def run_check(self) -> None:
        try:
            make = self.make_check()
        except ValueError as exc:
            self.result.setText("✗ " + render(exc))
            return
        self.test_button.setEnabled(False)
        self.result.setText(self.tr("Checking…"))
        ops.run_async(make, self._passed, self._failed)

    def _passed(self, message: str) -> None:
        self.test_button.setEnabled(True)
        self.passed = True
        self.result.setText("✓ " + render(message))
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        self.passed = False
        self.result.setText("✗ " + _explain(exc))
        self.completeChanged.emit()


class RelayPage(_LiveCheckPage):
    def __init__(self, backend: Backend, store: SecretStore, parent: QWidget | None = None):
        super().__init__(backend, store, parent)
        self.setTitle(self.tr("Connect to your relay"))
        self.setSubTitle(self.tr("The relay receives WhatsApp messages for your shop while this computer is off."))
        self.url = self.field_edit(self.tr("Relay address"), "https://relay.example.com")
        self.code = self.field_edit(self.tr("Pairing code"), self.tr("one-time code"))
        self.device_name = self.field_edit(self.tr("This computer's name"))
        self.device_name.setText(platform.node() or "Klaros desktop")

    def make_check(self):
        from klaros_desktop.services.setup import pairing  # the relay client and httpx: loaded when first used

        url, code, name = self.url.text().strip(), self.code.text().strip(), self.device_name.text().strip()
        pairing.check_relay_url(url)  # https:// only, but for a relay on this computer
        if not code:
            raise ValueError(self.tr("Enter the pairing code."))
        sessions, store = self.sessions, self.store
        return lambda: pairing.pair(sessions, store, url, code, name or "Klaros desktop", actor="user")


class MetaPage(_LiveCheckPage):
    def __init__(self, backend: Backend, store: SecretStore, parent: QWidget | None = None):
        super().__init__(backend, store, parent)
        self.setTitle(self.tr("Connect to Meta"))
        self.setSubTitle(self.tr("Klaros sends through Meta's official WhatsApp Cloud API with your own account."))
        self.phone_number_id = self.field_edit(self.tr("Phone number ID"), "106540352242922")
        self.waba_id = self.field_edit(self.tr("WhatsApp Business account ID"), "102290129340398")
        self.token = self.field_edit(self.tr("Access token"), self.tr("EAAG…"), secret=True)
        self.graph_url = self.field_edit(self.tr("Meta server (advanced)"),
                                         self.tr("leave empty for https://graph.facebook.com"))
        where = QLabel(self.tr("You find these in Meta Business Suite → WhatsApp Manager → API setup. Use a "
                               "permanent (system user) access token; temporary ones stop working after a day."), self)
        where.setWordWrap(True)
        where.setObjectName("muted")
        self.form.addRow("", where)

    def make_check(self):
        from klaros_desktop.services.setup import meta_connection  # the Graph client and httpx: loaded when first used

        pid, waba, token = self.phone_number_id.text().strip(), self.waba_id.text().strip(), self.token.text().strip()
        if not (pid.isdigit() and waba.isdigit()):
            raise ValueError(self.tr("The phone number ID and the account ID are numbers from WhatsApp Manager."))
        if not token:
            raise ValueError(self.tr("Enter the access token."))
        graph = self.graph_url.text().strip() or None
        sessions, store = self.sessions, self.store
        return lambda: meta_connection.connect(sessions, store, token, pid, waba, graph_url=graph, actor="user")


class DonePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("All set"))
        label = QLabel(self.tr("Klaros now fetches your messages in the background. New messages appear in the "
                               "inbox by themselves; you can change these settings any time under Settings."), self)
        label.setWordWrap(True)
        QVBoxLayout(self).addWidget(label)


class SetupWizard(QWizard):
    """On the window's backend (its database and keyring); ``store`` replaces the keyring (tests, screenshots)."""

    def __init__(self, backend: Backend, store: SecretStore | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.backend = backend
        self.store = store or backend.secret_store
        self.setWindowTitle(self.tr("Set up Klaros"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(640, 480)
        self.keyring_page = KeyringPage(self.store, self)
        self.relay_page = RelayPage(backend, self.store, self)
        self.meta_page = MetaPage(backend, self.store, self)
        self.done_page = DonePage(self)
        for page in (self.keyring_page, self.relay_page, self.meta_page, self.done_page):
            self.addPage(page)
