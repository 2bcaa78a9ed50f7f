"""First run in three numbered steps: 1) the Klaros relay, 2) the WhatsApp Business account, 3) check and finish.

The wizard collects and shows; the work is the set-up use cases (``services.setup.pairing.pair`` or
``pairing.sign_up``, ``meta_connection.connect``, ``webhook.webhook_state``; ``klaros pair`` / ``klaros
connect`` run the same), on the window's database and audited as the shop owner (``user``): a step stores
nothing until its live check passed, and secrets go only to the OS keyring.

Before step 1 a welcome page checks the password store. Without a usable one it says what to install on this
system and offers "Try again" (the wizard never ends in a dead end, and never stores secrets as plain text).

Step 1 either pairs this PC with a code from the relay's operator (or from another PC of the shop), or, on a
relay that allows it, creates the shop there: the e-mail address is confirmed with a mailed code, and the shop
is created in step 2, once Meta accepted the ids and token, together with the Meta app secret. Step 3 shows the
callback URL and verify token to enter in Meta's App Dashboard, with Copy buttons, and "Test connection" asks
the relay whether Meta's handshake and a first webhook arrived.
"""

from __future__ import annotations

import platform

from PySide6.QtCore import QRectF, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QFont, QGuiApplication, QPainter, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from klaros_desktop.phrases import reason_of
from klaros_desktop.secrets import NoSecureKeyring, SecretStore, friendly_name
from klaros_desktop.services.setup import guidance
from klaros_desktop.ui import ops, theme
from klaros_desktop.ui.backend import Backend
from klaros_desktop.ui.i18n import render


def keyring_name(store: SecretStore) -> str:
    """The password store's name in the screen's language (``SecretStore.where`` adds the Python class for the
    log)."""
    return render(friendly_name(store.backend))


def _explain(exc: BaseException) -> str:
    return render(reason_of(exc))


def open_link(url: str) -> bool:
    """Open ``url`` in the browser (a hook tests replace)."""
    return QDesktopServices.openUrl(QUrl(url))


class StepBar(QWidget):
    """The progress indicator: three numbered circles with their names, the current one filled, done ones ticked."""

    def __init__(self, current: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.current = current
        self.names = [self.tr("Your relay"), self.tr("WhatsApp Business account"), self.tr("Check and finish")]
        self.setAccessibleName(self.tr("Step {n} of 3: {name}").format(n=current, name=self.names[current - 1]))
        self.setMinimumHeight(54)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def paintEvent(self, event) -> None:
        c = theme.colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = self.width() / 3
        for index, name in enumerate(self.names, start=1):
            centre_x = width * (index - 0.5)
            if index < 3:
                painter.setPen(QPen(QColor(c.accent if index < self.current else c.muted), 2))
                painter.drawLine(int(centre_x + 16), 16, int(centre_x + width - 16), 16)
            circle = QRectF(centre_x - 13, 3, 26, 26)
            done, now = index < self.current, index == self.current
            painter.setPen(QPen(QColor(c.accent if (done or now) else c.muted), 2))
            painter.setBrush(QColor(c.accent) if (done or now) else QColor(c.base))
            painter.drawEllipse(circle)
            font = QFont(self.font())
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor(c.accent_text if (done or now) else c.muted))
            painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, "✓" if done else str(index))
            font.setBold(now)
            painter.setFont(font)
            painter.setPen(QColor(c.text if now else c.muted))
            painter.drawText(QRectF(centre_x - width / 2, 32, width, 20), Qt.AlignmentFlag.AlignCenter, name)
        painter.end()


def _muted(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setObjectName("muted")
    return label


def _link_button(text: str, url: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text + " ↗", parent)
    button.setToolTip(url)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.clicked.connect(lambda: open_link(url))
    return button


class KeyringPage(QWizardPage):
    """Welcome: what the three steps need, and whether the password store works (what to install if not)."""

    def __init__(self, store: SecretStore, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setTitle(self.tr("Welcome to Klaros"))
        self.setSubTitle(self.tr("Three short steps connect Klaros to your shop's WhatsApp Business number."))
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAccessibleName(self.tr("What you need, or why Klaros cannot continue yet"))
        self.install = QLabel(self)
        self.install.setWordWrap(True)
        self.install.setTextFormat(Qt.TextFormat.PlainText)
        self.install.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.install.setAccessibleName(self.tr("What to install"))
        self.retry = QPushButton(self.tr("Try again"), self)
        self.retry.setObjectName("primary")
        self.retry.clicked.connect(self.initializePage)
        self.icon = QLabel(self)
        self.icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(32, 32))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.addWidget(self.label)
        text.addWidget(self.install)
        retry_row = QHBoxLayout()
        retry_row.addWidget(self.retry)
        retry_row.addStretch(1)
        text.addLayout(retry_row)
        row = QHBoxLayout()
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addStretch(1)
        self.usable = False
        self.problem: str | None = None
        self._show(False)

    def _show(self, problem: bool) -> None:
        for widget in (self.icon, self.install, self.retry):
            widget.setVisible(problem)

    def initializePage(self) -> None:
        try:
            self.store.check()
        except NoSecureKeyring as exc:
            self.usable, self.problem = False, str(exc)
            self.label.setText(render(exc))
            self.install.setText(render(guidance.keyring_install_help()))
            self._show(True)
        else:
            self.usable, self.problem = True, None
            self._show(False)
            self.label.setText(self.tr(
                "You need:\n"
                "  1. the address of your Klaros relay, and a pairing code or your e-mail address,\n"
                "  2. your WhatsApp Business account in Meta's Business Suite (we show you where to click),\n"
                "  3. five minutes in Meta's App Dashboard to send your messages to the relay.\n\n"
                "Your access key is kept only in this computer's secure password store ({where}).").format(
                where=keyring_name(self.store)))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.usable

    def validatePage(self) -> bool:
        return self.usable


class _LiveCheckPage(QWizardPage):
    """A numbered step: the step bar, a "why" sentence, a form, a button that runs the step's live check, and
    its result in words. The page is complete once the check passed."""

    step = 0
    button_text = ""

    def __init__(self, backend: Backend, store: SecretStore, parent: QWidget | None = None):
        super().__init__(parent)
        self.sessions = backend.sessions
        self.store = store
        self.bar = StepBar(self.step, self)
        self.why = _muted("", self)
        self.form = QFormLayout()
        self.test_button = QPushButton(self.button_text or self.tr("Test connection"), self)
        self.test_button.setObjectName("primary")
        self.test_button.clicked.connect(self.run_check)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setAccessibleName(self.tr("Result of this step"))
        self.passed = False
        self.button_row = QHBoxLayout()
        self.button_row.addStretch(1)
        self.button_row.addWidget(self.test_button)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.bar)
        self.body.addWidget(self.why)
        self.body.addSpacing(6)
        self.body.addLayout(self.form)
        self.body.addLayout(self.button_row)
        self.body.addWidget(self.result)
        self.body.addStretch(1)

    def field_edit(self, label: str, placeholder: str = "", *, secret: bool = False,
                   form: QFormLayout | None = None) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(label)
        edit.setPlaceholderText(placeholder)
        if secret:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.textChanged.connect(self._edited)
        (form or self.form).addRow(label, edit)
        return edit

    def _edited(self) -> None:
        if self.passed:
            self.passed = False
            self.result.setText(self.tr("Changed: check again."))
            self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.passed

    def validatePage(self) -> bool:
        return self.passed

    def make_check(self):
        """The step's use case as a coroutine function; ValueError (in words) for input it cannot use."""
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

    def _passed(self, message) -> None:
        self.test_button.setEnabled(True)
        self.passed = True
        self.result.setText("✓ " + render(getattr(message, "message", message)))
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        self.passed = False
        self.result.setText("✗ " + _explain(exc))
        self.completeChanged.emit()


class RelayPage(_LiveCheckPage):
    """Step 1: pair with a code, or create the shop on the relay (its e-mail address confirmed by a code)."""

    step = 1

    def __init__(self, backend: Backend, store: SecretStore, parent: QWidget | None = None):
        super().__init__(backend, store, parent)
        self.test_button.setText(self.tr("Pair this PC"))
        self.setTitle(self.tr("Step 1: your Klaros relay"))
        self.setSubTitle(self.tr("The relay keeps your shop's WhatsApp messages safe while this computer is off."))
        self.why.setText(self.tr("Meta delivers your customers' messages to the relay; this computer fetches "
                                 "them from there, sealed so that only your own computers can read them."))
        self.url = self.field_edit(self.tr("Relay address"), "https://relay.example.com")
        self.url.setText(guidance.default_relay_url())
        self.have_code = QRadioButton(self.tr("I have a pairing code"), self)
        self.create_shop = QRadioButton(self.tr("Create my shop on this relay"), self)
        self.have_code.setChecked(True)
        choice = QButtonGroup(self)
        choice.addButton(self.have_code)
        choice.addButton(self.create_shop)
        ways = QVBoxLayout()
        ways.addWidget(self.have_code)
        ways.addWidget(self.create_shop)
        self.form.addRow(self.tr("How"), ways)
        self.code = self.field_edit(self.tr("Pairing code"), "ABCD-EFGH-JKLM-NPQR")
        self.code_hint = _muted(self.tr("From whoever runs your relay, or from Settings → “Pair another PC” on a "
                                        "computer of your shop that is already set up."), self)
        self.form.addRow("", self.code_hint)
        self.device_name = self.field_edit(self.tr("This computer's name"))
        self.device_name.setText(platform.node() or "Klaros desktop")
        self.email = self.field_edit(self.tr("Your e-mail address"), "laden@example.com")
        self.send_code = QPushButton(self.tr("Send me a code"), self)
        self.send_code.clicked.connect(self.request_code)
        self.form.addRow("", self.send_code)
        self.email_code = self.field_edit(self.tr("Code from the e-mail"), "123456")
        self.email_code.textChanged.connect(self.completeChanged)
        self.code_sent = False
        self.have_code.toggled.connect(self._mode_changed)
        self._mode_changed()

    @property
    def signing_up(self) -> bool:
        return self.create_shop.isChecked()

    def _mode_changed(self) -> None:
        pairing = not self.signing_up
        for widget in (self.code, self.code_hint):
            self.form.setRowVisible(widget, pairing)
        for widget in (self.email, self.send_code, self.email_code):
            self.form.setRowVisible(widget, not pairing)
        self.test_button.setVisible(pairing)
        self.result.clear()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if self.signing_up:
            from klaros_desktop.services.setup.inputs import clean_code

            return self.code_sent and len(clean_code(self.email_code.text())) == 6
        return self.passed

    def validatePage(self) -> bool:
        return self.isComplete()

    def request_code(self) -> None:
        from klaros_desktop.services.setup import pairing

        url, email = self.url.text().strip(), self.email.text().strip()
        try:
            pairing.check_relay_url(url)
        except ValueError as exc:
            self.result.setText("✗ " + render(exc))
            return
        self.send_code.setEnabled(False)
        self.result.setText(self.tr("Sending…"))
        ops.run_async(lambda: pairing.request_signup_code(url, email), self._code_sent, self._code_failed)

    def _code_sent(self, message) -> None:
        self.send_code.setEnabled(True)
        self.code_sent = True
        self.result.setText("✓ " + render(message))
        self.email_code.setFocus()
        self.completeChanged.emit()

    def _code_failed(self, exc: BaseException) -> None:
        self.send_code.setEnabled(True)
        self.result.setText("✗ " + _explain(exc))

    def make_check(self):
        from klaros_desktop.services.setup import pairing  # the relay client and httpx: loaded when first used
        from klaros_desktop.services.setup.inputs import clean_code

        url, name = self.url.text().strip(), self.device_name.text().strip()
        code = clean_code(self.code.text())
        pairing.check_relay_url(url)  # https:// only, but for a relay on this computer
        if not code:
            raise ValueError(self.tr("Enter the pairing code."))
        sessions, store = self.sessions, self.store
        return lambda: pairing.pair(sessions, store, url, code, name or "Klaros desktop", actor="user")


class MetaPage(_LiveCheckPage):
    """Step 2: the phone number ID, the WhatsApp Business account ID and a permanent token, checked with Meta;
    when the shop is being created on the relay, also the Meta app secret, and then the shop is created."""

    step = 2

    def __init__(self, backend: Backend, store: SecretStore, relay_page: RelayPage, parent: QWidget | None = None):
        super().__init__(backend, store, parent)
        self.relay_page = relay_page
        self.test_button.setText(self.tr("Connect"))
        self.setTitle(self.tr("Step 2: your WhatsApp Business account"))
        self.setSubTitle(self.tr("Klaros sends through Meta's official WhatsApp Cloud API with your own account."))
        self.why.setText(self.tr("Klaros needs your number's two IDs and a permanent access key (a “system user "
                                 "token”) to send messages in your shop's name. Meta shows the IDs in the App "
                                 "Dashboard under WhatsApp → API Setup."))
        links = QHBoxLayout()
        links.addWidget(_link_button(self.tr("Open API Setup (IDs)"), guidance.APP_DASHBOARD_URL, self))
        links.addWidget(_link_button(self.tr("Open System users (token)"), guidance.SYSTEM_USERS_URL, self))
        self.guide_button = QPushButton(self.tr("Show me how…"), self)
        self.guide_button.clicked.connect(self.show_guide)
        links.addWidget(self.guide_button)
        links.addStretch(1)
        self.body.insertLayout(3, links)
        self.phone_number_id = self.field_edit(self.tr("Phone number ID"), "106540352242922")
        self.waba_id = self.field_edit(self.tr("WhatsApp Business account ID"), "102290129340398")
        self.token = self.field_edit(self.tr("Access token"), self.tr("EAAG… (paste the whole token)"), secret=True)
        self.app_secret = self.field_edit(self.tr("Meta app secret"), self.tr("App settings → Basic → App secret"),
                                          secret=True)
        self.advanced = QCheckBox(self.tr("Advanced"), self)
        self.form.addRow("", self.advanced)
        self.graph_url = self.field_edit(self.tr("Meta server"), self.tr("leave empty for https://graph.facebook.com"))
        self.advanced.toggled.connect(lambda on: self.form.setRowVisible(self.graph_url, on))
        self.form.setRowVisible(self.graph_url, False)
        self.signed_up = None  # pairing.SignedUp once the shop was created on the relay

    def initializePage(self) -> None:
        self.form.setRowVisible(self.app_secret, self.relay_page.signing_up)
        self.test_button.setText(self.tr("Create my shop and connect") if self.relay_page.signing_up
                                 else self.tr("Connect"))

    def show_guide(self) -> None:
        from klaros_desktop.ui.token_guide import TokenGuide

        TokenGuide(self).open()

    def make_check(self):
        from klaros_desktop.services.setup import meta_connection, pairing  # Graph, relay client: loaded when used
        from klaros_desktop.services.setup.inputs import clean_code, clean_id, clean_token

        pid = clean_id(self.phone_number_id.text(), self.tr("phone number ID"))
        waba = clean_id(self.waba_id.text(), self.tr("WhatsApp Business account ID"))
        token = clean_token(self.token.text())
        if not token:
            raise ValueError(self.tr("Enter the access token."))
        graph = self.graph_url.text().strip() or None
        sessions, store, relay = self.sessions, self.store, self.relay_page
        if not relay.signing_up:
            return lambda: meta_connection.connect(sessions, store, token, pid, waba, graph_url=graph, actor="user")
        secret = clean_token(self.app_secret.text())
        if not secret:
            raise ValueError(self.tr("Enter the Meta app secret (App Dashboard → App settings → Basic)."))
        url, email, code = relay.url.text().strip(), relay.email.text().strip(), clean_code(relay.email_code.text())
        name = relay.device_name.text().strip() or "Klaros desktop"

        async def connect_and_sign_up():
            connected = await meta_connection.connect(sessions, store, token, pid, waba, graph_url=graph,
                                                      actor="user")
            self.signed_up = await pairing.sign_up(
                sessions, store, url, email=email, code=code, shop_name=None, waba_id=waba, phone_number_id=pid,
                app_secret=secret, name=name, actor="user")
            return render(connected) + "\n" + render(self.signed_up.message)

        return connect_and_sign_up


class CheckPage(_LiveCheckPage):
    """Step 3: the callback URL and verify token for Meta's App Dashboard, and the end-to-end webhook check."""

    step = 3

    def __init__(self, backend: Backend, store: SecretStore, parent: QWidget | None = None):
        super().__init__(backend, store, parent)
        self.setTitle(self.tr("Step 3: check and finish"))
        self.setSubTitle(self.tr("Tell Meta where to deliver your messages, then test it."))
        self.why.setText(self.tr("Meta only sends your customers' messages to the relay once the callback URL and "
                                 "verify token below are saved in the App Dashboard under WhatsApp → "
                                 "Configuration, with the “messages” field subscribed."))
        self.callback = self._copyable(self.tr("Callback URL"))
        self.verify_token = self._copyable(self.tr("Verify token"))
        link = QHBoxLayout()
        link.addWidget(_link_button(self.tr("Open the App Dashboard"), guidance.APP_DASHBOARD_URL, self))
        link.addStretch(1)
        self.body.insertLayout(4, link)
        self.later = _muted(self.tr("You can finish now and test later under Settings → Test connection."), self)
        self.body.insertWidget(self.body.count() - 1, self.later)
        self.state = None

    def _copyable(self, label: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setReadOnly(True)
        edit.setAccessibleName(label)
        copy = QPushButton(self.tr("Copy"), self)
        copy.setAccessibleName(self.tr("Copy {what}").format(what=label))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(edit.text()))
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(copy)
        self.form.addRow(label, row)
        return edit

    def initializePage(self) -> None:
        signed_up = getattr(self.wizard(), "meta_page", None) and self.wizard().meta_page.signed_up
        if signed_up:
            self.callback.setText(signed_up.webhook_url)
            self.verify_token.setText(signed_up.verify_token)
        self.run_check()

    def isComplete(self) -> bool:  # finishing without the proof is allowed (test later)
        return True

    def validatePage(self) -> bool:
        return True

    def make_check(self):
        from klaros_desktop.services.setup import webhook

        sessions, store = self.sessions, self.store
        return lambda: webhook.webhook_state(sessions, store)

    def _passed(self, state) -> None:
        self.test_button.setEnabled(True)
        self.state = state
        self.callback.setText(state.webhook_url)
        self.verify_token.setText(state.verify_token)
        self.passed = state.proven
        self.result.setText(("✓ " if state.proven else "… ") + render(state.summary()))
        self.completeChanged.emit()


class SetupWizard(QWizard):
    """On the window's backend (its database and keyring); ``store`` replaces the keyring (tests, screenshots)."""

    def __init__(self, backend: Backend, store: SecretStore | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.backend = backend
        self.store = store or backend.secret_store
        self.setWindowTitle(self.tr("Set up Klaros"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(760, 600)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Finish"))
        self.keyring_page = KeyringPage(self.store, self)
        self.relay_page = RelayPage(backend, self.store, self)
        self.meta_page = MetaPage(backend, self.store, self.relay_page, self)
        self.check_page = CheckPage(backend, self.store, self)
        for page in (self.keyring_page, self.relay_page, self.meta_page, self.check_page):
            self.addPage(page)
