"""Set-up verified live: the wizard's Meta step against the Meta simulator, and Settings' "Test connection"
against a real in-process relay and the simulator (then a relay that does not answer)."""

from __future__ import annotations

import importlib.util
import socket
from pathlib import Path

import pytest

from klaros_desktop import secrets
from klaros_desktop.services.core import settings
from klaros_desktop.ui.backend import Backend
from klaros_desktop.ui.settings_dialog import SettingsDialog
from klaros_desktop.ui.setup_wizard import SetupWizard

_spec = importlib.util.spec_from_file_location("ui_conftest", Path(__file__).with_name("conftest.py"))
_conf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_conf)
WAIT_MS, PHONE_NUMBER_ID, WABA_ID = _conf.WAIT_MS, _conf.PHONE_NUMBER_ID, _conf.WABA_ID


@pytest.fixture
def relay(tmp_path):
    from relay.embedded import RelayServer

    server = RelayServer(tmp_path / "relay").start()
    yield server
    server.stop()


@pytest.fixture
def sim():
    from klaros_sim.embedded import running_simulator

    with running_simulator(phone_number_id=PHONE_NUMBER_ID, waba_id=WABA_ID, verified_name="Blumen Becker",
                           display_phone_number="4930123456") as handle:
        yield handle


def _dead_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}"


def _paired(qtbot, wizard: SetupWizard, relay):
    """Show the wizard, pair on its relay step with a fresh code, go on to the Meta step and fill in the ids."""
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    tenant = relay.create_tenant("Blumen Becker", waba_id=WABA_ID, phone_number_id=PHONE_NUMBER_ID)
    wizard.relay_page.url.setText(relay.url)
    wizard.relay_page.code.setText(relay.add_device(tenant.tenant_id, "Laden-PC").code)
    wizard.relay_page.run_check()
    qtbot.waitUntil(wizard.relay_page.isComplete, timeout=WAIT_MS)
    wizard.next()
    meta = wizard.meta_page
    meta.phone_number_id.setText(PHONE_NUMBER_ID)
    meta.waba_id.setText(WABA_ID)
    return meta


def test_wizard_then_settings_test_connection(qtbot, qapp, profile, sessions, relay, sim):
    store = secrets.SecretStore(str(profile.root))
    wizard = SetupWizard(Backend(profile, sessions), store)
    meta = _paired(qtbot, wizard, relay)
    assert wizard.currentPage() is meta and not meta.isComplete()
    meta.graph_url.setText(sim.base_url)
    meta.token.setText("not-the-token")
    meta.run_check()
    qtbot.waitUntil(lambda: meta.result.text().startswith("✗"), timeout=WAIT_MS)
    assert not meta.isComplete() and store.get(secrets.META_ACCESS_TOKEN) is None  # nothing stored on failure
    meta.token.setText(sim.config.access_token)
    meta.run_check()
    qtbot.waitUntil(meta.isComplete, timeout=WAIT_MS)
    assert meta.result.text().startswith("✓ Connected to")
    assert store.get(secrets.META_ACCESS_TOKEN) == sim.config.access_token
    wizard.next()
    assert wizard.currentPage() is wizard.check_page

    backend = Backend(profile, sessions, secret_store=store)
    dialog = SettingsDialog(backend)
    qtbot.addWidget(dialog)
    dialog.test_connection()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=WAIT_MS)
    lines = dialog.test_result.text().splitlines()
    assert lines[0].startswith("✓ Relay: The relay at ") and "knows this device" in lines[0]
    assert lines[1].startswith("✓ Meta: Meta answers for ") and "Blumen Becker" in lines[1]

    with sessions.begin() as s:
        settings.set_value(s, settings.RELAY_URL, _dead_url())
    dialog.test_connection()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=WAIT_MS)
    lines = dialog.test_result.text().splitlines()
    assert lines[0].startswith("✗ Relay: The relay at ") and "did not answer" in lines[0]
    assert lines[1].startswith("✓ Meta")


def test_the_wizard_pairs_and_connects_as_the_user(qtbot, qapp, profile, sessions, relay, sim):
    """The wizard's steps are the shop owner's actions: audited as ``user`` under the click's ``ui-`` id, on the
    window's database (the same rows ``klaros pair`` / ``klaros connect`` leave as ``cli``)."""
    from sqlalchemy import select

    from klaros_desktop.models import AuditEvent

    store = secrets.SecretStore(str(profile.root))
    wizard = SetupWizard(Backend(profile, sessions, secret_store=store))  # the window's backend, as File → Set up
    meta = _paired(qtbot, wizard, relay)
    meta.graph_url.setText(sim.base_url)
    meta.token.setText(sim.config.access_token)
    meta.run_check()
    qtbot.waitUntil(meta.isComplete, timeout=WAIT_MS)
    with sessions() as s:
        rows = {r.action: r for r in s.scalars(select(AuditEvent).where(
            AuditEvent.action.in_(("device_paired", "meta_connected"))))}
        graph = [r.correlation_id for r in s.scalars(select(AuditEvent).where(AuditEvent.action == "graph_request"))]
    assert {action: row.actor for action, row in rows.items()} == {"device_paired": "user", "meta_connected": "user"}
    assert all(row.correlation_id.startswith("ui-") for row in rows.values())
    assert graph and set(graph) == {rows["meta_connected"].correlation_id}


def test_settings_test_connection_when_not_set_up(qtbot, qapp, profile, sessions):
    backend = Backend(profile, sessions, secret_store=secrets.SecretStore(str(profile.root)))
    dialog = SettingsDialog(backend)
    qtbot.addWidget(dialog)
    dialog.test_connection()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=WAIT_MS)
    lines = dialog.test_result.text().splitlines()
    assert lines[0].startswith("✗ Relay: This profile is not paired with a relay yet")
    assert lines[1].startswith("✗ Meta: This profile is not connected to Meta yet")
