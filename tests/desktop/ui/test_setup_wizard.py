"""The first run as a shop owner meets it: three numbered steps against a real relay and the Meta simulator,
each error in words with its fix, pasted ids and tokens with spaces, no usable keyring, the callback URL and
verify token with Copy buttons, and "Test connection" proving Meta's handshake and a first webhook end to end;
and the path that creates the shop on a relay that allows sign-up (a local SMTP server receives the code)."""

from __future__ import annotations

import importlib.util
import socket
from pathlib import Path

import keyring.backends.null
import pytest
from PySide6.QtGui import QGuiApplication

from klaros_desktop import secrets
from klaros_desktop.services.core import settings
from klaros_desktop.ui import setup_wizard
from klaros_desktop.ui.backend import Backend
from klaros_desktop.ui.setup_wizard import SetupWizard

_spec = importlib.util.spec_from_file_location("ui_conftest", Path(__file__).with_name("conftest.py"))
_conf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_conf)
WAIT_MS, PHONE_NUMBER_ID, WABA_ID = _conf.WAIT_MS, _conf.PHONE_NUMBER_ID, _conf.WABA_ID
APP_SECRET = "shop-app-secret"


@pytest.fixture
def relay(tmp_path):
    from relay.embedded import RelayServer

    server = RelayServer(tmp_path / "relay").start()
    yield server
    server.stop()


@pytest.fixture
def shop(relay):
    return relay.create_tenant("Blumen Becker", waba_id=WABA_ID, phone_number_id=PHONE_NUMBER_ID,
                               app_secret=APP_SECRET)


@pytest.fixture
def sim(relay, shop):
    """The simulator, delivering its webhooks to the shop's address on the relay, signed with its app secret."""
    from klaros_sim.embedded import running_simulator

    with running_simulator(phone_number_id=PHONE_NUMBER_ID, waba_id=WABA_ID, verified_name="Blumen Becker",
                           display_phone_number="4930123456", app_secret=APP_SECRET,
                           callback_url=relay.url + shop.webhook_path) as handle:
        yield handle


@pytest.fixture
def store(profile):
    return secrets.SecretStore(str(profile.root))


@pytest.fixture
def wizard(qtbot, qapp, profile, sessions, store):
    made = SetupWizard(Backend(profile, sessions, secret_store=store), store)
    qtbot.addWidget(made)
    made.show()
    return made


@pytest.fixture
def opened(monkeypatch):
    """The links the wizard opened in the browser."""
    urls: list[str] = []
    monkeypatch.setattr(setup_wizard, "open_link", lambda url: urls.append(url) or True)
    return urls


def _dead_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}"


def check(qtbot, page) -> str:
    page.run_check()
    qtbot.waitUntil(lambda: page.test_button.isEnabled() and page.result.text() not in ("", "Checking…"),
                    timeout=WAIT_MS)
    return page.result.text()


def pair_step(qtbot, wizard, relay, shop, code: str | None = None) -> str:
    wizard.next()
    page = wizard.relay_page
    assert wizard.currentPage() is page and page.bar.current == 1
    page.url.setText(relay.url)
    page.code.setText(code if code is not None else relay.add_device(shop.tenant_id).code)
    return check(qtbot, page)


def test_three_numbered_steps_from_pairing_to_the_proof_that_messages_arrive(qtbot, wizard, relay, shop, sim,
                                                                             store, sessions, opened):
    code = relay.add_device(shop.tenant_id).code
    read_aloud = " " + code.lower().replace("-", " ") + " "  # as typed after hearing it on the phone
    assert pair_step(qtbot, wizard, relay, shop, read_aloud).startswith("✓ Paired as device")
    wizard.next()
    meta = wizard.meta_page
    assert wizard.currentPage() is meta and meta.bar.current == 2
    assert not meta.form.isRowVisible(meta.app_secret) and not meta.form.isRowVisible(meta.graph_url)
    meta.advanced.setChecked(True)
    meta.graph_url.setText(sim.base_url)
    meta.phone_number_id.setText("1065 4035 2242 922")  # pasted with the spaces Meta's page shows
    meta.waba_id.setText(" 102290129340398\n")
    token = sim.config.access_token
    meta.token.setText(token[:5] + " \n" + token[5:] + "\u200b")  # a line break and a zero-width space inside
    assert check(qtbot, meta).startswith("✓ Connected to +4930123456 (Blumen Becker)")
    assert store.get(secrets.META_ACCESS_TOKEN) == token
    with sessions() as s:
        assert settings.get(s, settings.PHONE_NUMBER_ID) == PHONE_NUMBER_ID

    for button in meta.findChildren(setup_wizard.QPushButton):
        if button.text().startswith("Open System users"):
            button.click()
    assert opened == ["https://business.facebook.com/latest/settings/system_users"]

    wizard.next()
    last = wizard.check_page
    assert wizard.currentPage() is last and last.bar.current == 3
    qtbot.waitUntil(lambda: last.callback.text() != "", timeout=WAIT_MS)
    assert last.callback.text() == relay.url + shop.webhook_path
    assert last.verify_token.text() == shop.verify_token
    copy = [b for b in last.findChildren(setup_wizard.QPushButton) if b.accessibleName() == "Copy Verify token"]
    copy[0].click()
    assert QGuiApplication.clipboard().text() == shop.verify_token
    assert last.result.text().startswith("… Meta has not checked the address yet.")

    assert sim.verify_callback(last.verify_token.text())["ok"]  # Meta's "Verify and save"
    assert "no message has arrived yet" in check(qtbot, last)
    sim.say("+4915112345678", "Haben Sie Tulpen?")
    sim.wait_idle()
    assert check(qtbot, last).startswith("✓ Everything works: Meta checked the address today at ")
    assert last.isComplete()


@pytest.mark.parametrize("code, words", [
    (190, "WhatsApp no longer accepts Klaros's access key (it is wrong or has expired). Open the WhatsApp "
          "connection settings in Klaros and enter a new access token."),
    (200, "The access token may not use this WhatsApp account"),
    (10, "Klaros's access key lacks the permission for this. Give the access token the WhatsApp permissions"),
    (133010, "This phone number is not registered with the WhatsApp Cloud API yet. In WhatsApp Manager, open "
             "Phone numbers"),
    (100, "Meta does not know the phone number ID 106540352242922 or the WhatsApp Business account ID"),
])
def test_meta_refusals_in_words_with_the_fix(qtbot, wizard, relay, shop, sim, store, code, words):
    pair_step(qtbot, wizard, relay, shop)
    wizard.next()
    meta = wizard.meta_page
    meta.graph_url.setText(sim.base_url)
    meta.phone_number_id.setText(PHONE_NUMBER_ID)
    meta.waba_id.setText(WABA_ID)
    meta.token.setText(sim.config.access_token)
    sim.inject_errors(code)
    text = check(qtbot, meta)
    assert text.startswith("✗ " + words), text
    assert not meta.isComplete() and store.get(secrets.META_ACCESS_TOKEN) is None


def test_a_wrong_token_is_refused_and_a_token_pasted_in_the_id_box_is_named(qtbot, wizard, relay, shop, sim):
    pair_step(qtbot, wizard, relay, shop)
    wizard.next()
    meta = wizard.meta_page
    meta.graph_url.setText(sim.base_url)
    meta.phone_number_id.setText("EAAGm0PX4ZCps")
    meta.waba_id.setText(WABA_ID)
    meta.token.setText("not-the-token")
    assert check(qtbot, meta).startswith("✗ The phone number ID is a number of about 15 digits; “EAAGm0PX4ZCps” "
                                         "is not one.")
    meta.phone_number_id.setText(PHONE_NUMBER_ID)
    assert check(qtbot, meta).startswith("✗ WhatsApp no longer accepts Klaros's access key")


def test_pairing_code_used_or_expired_and_relay_unreachable(qtbot, wizard, relay, shop, store):
    used = relay.add_device(shop.tenant_id).code
    assert pair_step(qtbot, wizard, relay, shop, used).startswith("✓")
    page = wizard.relay_page
    page.code.setText(used)
    assert check(qtbot, page).startswith("✗ The relay did not accept this pairing code: it is mistyped, was "
                                         "already used, or has expired")
    page.code.setText(relay.add_device(shop.tenant_id, ttl_seconds=-1).code)
    assert "Settings → “Pair another PC”" in check(qtbot, page)
    page.url.setText(_dead_url())
    page.code.setText("ABCD")
    assert check(qtbot, page).endswith("check the address and your internet connection.")


def test_no_keyring_says_what_to_install_and_try_again_continues(qtbot, qapp, profile, sessions, monkeypatch):
    store = secrets.SecretStore(str(profile.root), backend=keyring.backends.null.Keyring())
    wizard = SetupWizard(Backend(profile, sessions), store)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.keyring_page
    assert not page.isComplete() and page.retry.isVisible()
    assert "sudo apt install gnome-keyring" in page.install.text() or "Credential Manager" in page.install.text() \
        or "Keychain" in page.install.text()
    monkeypatch.setattr(store, "_backend", None)  # the shop owner installed a keyring; Try again
    page.retry.click()
    assert page.isComplete() and not page.retry.isVisible()
    assert page.label.text().startswith("You need:")


def test_keyring_help_per_system():
    from klaros_desktop.services.setup.guidance import keyring_install_help

    assert "kwalletmanager" in keyring_install_help("linux", "KDE")
    assert "gnome-keyring" in keyring_install_help("linux", "GNOME")
    assert "Credential Manager" in keyring_install_help("win32")
    assert "Keychain Access" in keyring_install_help("darwin")


def test_the_hosted_relay_is_prefilled_from_the_builds_configuration(qtbot, qapp, profile, sessions, store,
                                                                     monkeypatch, tmp_path):
    from klaros_desktop.services.setup import guidance

    config = tmp_path / "build.json"
    config.write_text('{"default_relay_url": "https://relay.klaros.example"}', encoding="utf-8")
    assert guidance.default_relay_url(config) == "https://relay.klaros.example"
    monkeypatch.setenv(guidance.DEFAULT_RELAY_ENV, "https://relay.other.example")
    wizard = SetupWizard(Backend(profile, sessions, secret_store=store), store)
    qtbot.addWidget(wizard)
    assert wizard.relay_page.url.text() == "https://relay.other.example"


def test_the_token_guide_draws_five_pictures(qtbot, qapp):
    from klaros_desktop.ui.token_guide import TokenGuide

    guide = TokenGuide()
    qtbot.addWidget(guide)
    guide.show()
    pictures = set()
    for step in range(5):
        guide.show_step(step)
        pictures.add(guide.sketch.grab().toImage().bits().tobytes())
    assert len(pictures) == 5
    guide.show_step(3)
    assert "whatsapp_business_messaging and whatsapp_business_management" in guide.caption.text()


def test_create_my_shop_on_the_relay(qtbot, qapp, tmp_path, profile, sessions, store):
    """The sign-up path against a relay process that allows it: the code arrives by mail, Meta accepts the token,
    the shop is created with its app secret and this PC paired; step 3 shows the shop's own address and token."""
    from klaros_sim.embedded import running_simulator
    from relay.embedded import RelayProcess, prepare, relay_settings
    from tests.relay.mailbox import Mailbox

    box = Mailbox()
    box.controller.start()
    relay_config = relay_settings(tmp_path / "relay", signup_enabled=True, **box.settings)
    prepare(relay_config)
    try:  # the relay as `klaros-relay serve` runs it, in a process of its own
        with RelayProcess(relay_config, env={"KLAROS_RELAY_WRITER": "thread"}) as relay, running_simulator(
                phone_number_id=PHONE_NUMBER_ID, waba_id=WABA_ID, verified_name="Blumen Becker") as sim:
            wizard = SetupWizard(Backend(profile, sessions, secret_store=store), store)
            qtbot.addWidget(wizard)
            wizard.show()
            wizard.next()
            page = wizard.relay_page
            page.url.setText(relay.url)
            page.create_shop.setChecked(True)
            assert not page.form.isRowVisible(page.code) and page.form.isRowVisible(page.email)
            page.email.setText("laden@example.com")
            page.send_code.click()
            qtbot.waitUntil(lambda: page.code_sent, timeout=WAIT_MS)
            assert not page.isComplete()
            page.email_code.setText(" ".join(box.code_for("laden@example.com")))
            assert page.isComplete()
            wizard.next()
            meta = wizard.meta_page
            assert meta.form.isRowVisible(meta.app_secret)
            meta.graph_url.setText(sim.base_url)
            meta.phone_number_id.setText(PHONE_NUMBER_ID)
            meta.waba_id.setText(WABA_ID)
            meta.token.setText(sim.config.access_token)
            assert check(qtbot, meta).startswith("✗ Enter the Meta app secret")
            meta.app_secret.setText(APP_SECRET)
            text = check(qtbot, meta)
            assert "Your shop is created on the relay and this PC is paired." in text, text
            wizard.next()
            last = wizard.check_page
            assert last.callback.text().startswith(relay.url + "/webhooks/meta/")
            qtbot.waitUntil(lambda: last.test_button.isEnabled() and last.result.text() != "Checking…",
                            timeout=WAIT_MS)
            assert last.result.text().startswith("… Meta has not checked the address yet.")
            with sessions() as s:
                assert settings.get(s, settings.DEVICE_ID) and settings.get(s, settings.TENANT_ID)
            assert store.get(secrets.RELAY_DEVICE_TOKEN)
    finally:
        box.controller.stop()


def test_signup_refused_where_the_relay_does_not_allow_it(qtbot, wizard, relay):
    wizard.next()
    page = wizard.relay_page
    page.url.setText(relay.url)
    page.create_shop.setChecked(True)
    page.email.setText("laden@example.com")
    page.send_code.click()
    qtbot.waitUntil(lambda: page.send_code.isEnabled() and page.result.text() != "Sending…", timeout=WAIT_MS)
    assert page.result.text().startswith("✗ This relay does not let shops sign up by themselves.")
    assert not page.isComplete()


def test_without_a_keyring_the_app_does_not_promise_the_outbox(qtbot, qapp, profile, sessions):
    """Set up once, then started where no password store works: the status says why nothing can be sent,
    never that messages wait in the outbox to go out later."""
    import asyncio

    from klaros_desktop.app import connect_live

    with sessions.begin() as s:
        settings.set_many(s, {settings.PHONE_NUMBER_ID: PHONE_NUMBER_ID, settings.WABA_ID: WABA_ID,
                              settings.RELAY_URL: "https://relay.example.com"})
    store = secrets.SecretStore(str(profile.root), backend=keyring.backends.null.Keyring())
    backend = Backend(profile, sessions, secret_store=store)
    assert "wait in the outbox" in backend.status_text()  # what it said before it knew
    assert asyncio.run(connect_live(backend, None)) is False
    text = backend.status_text()
    assert text.startswith("Cannot connect: no secure password store on this computer")
    assert "outbox" not in text
