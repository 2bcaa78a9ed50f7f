"""Import dialog with a CSV that has errors; the pairing wizard against a real in-process relay with the test
keyring, and refusing a keyring that would store plain text; the contact dialog's live number check."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import keyring.backends.null
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from klaros_desktop import secrets
from klaros_desktop.models import Contact
from klaros_desktop.services.core import settings
from klaros_desktop.ui.backend import Backend
from klaros_desktop.ui.contact_dialog import ContactDialog
from klaros_desktop.ui.import_dialog import ImportDialog
from klaros_desktop.ui.setup_wizard import SetupWizard

_spec = importlib.util.spec_from_file_location("ui_conftest", Path(__file__).with_name("conftest.py"))
_conf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_conf)
WAIT_MS = _conf.WAIT_MS

CSV = ("Name;Telefon;Labels\n"
       "Greta Neumann;+49 151 23456789;Newsletter\n"
       "Ida Keller;12345;\n"
       "Oskar Lange;+49 160 9876543;Newsletter, Stammkunde\n"
       "Mia Schröder;;Stammkunde\n")


def test_import_csv_with_errors_via_the_dialog(qtbot, qapp, sessions, tmp_path):
    path = tmp_path / "kunden.csv"
    path.write_text(CSV, encoding="utf-8")
    dialog = ImportDialog(sessions, path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.preview is not None and dialog.preview.format == "csv"
    assert dialog.combos["phone"].currentText() == "Detected: Telefon"
    assert dialog.table.rowCount() == 4
    assert dialog.table.item(1, 2).text() == "✗ 12345 (not a valid number; skipped)"
    assert dialog.table.item(3, 2).text() == "✗ no number (skipped)"
    assert dialog.table.item(0, 2).text() == "+49 151 23456789"
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS) as done:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    report = done.args[0]
    assert (report.imported, len(report.skipped)) == (2, 2)
    assert dialog.stack.currentIndex() == 2
    assert dialog.errors.rowCount() == 2
    assert [dialog.errors.item(i, 0).text() for i in range(2)] == ["3", "5"]
    assert "2 imported" in dialog.summary.text() and "2 skipped" in dialog.summary.text()
    with sessions() as s:
        assert s.scalar(select(func.count(Contact.id))) == 2
    out = tmp_path / "errors.csv"
    dialog.save_error_report(out)
    assert out.read_text(encoding="utf-8").splitlines()[0] == "line,reason"
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3


def test_import_dialog_mapping_override(qtbot, qapp, sessions, tmp_path):
    path = tmp_path / "sheet.csv"
    path.write_text("Kunde,Handy,Festnetz\nAnna,+49 151 23456789,+49 30 1234567\n", encoding="utf-8")
    dialog = ImportDialog(sessions, path)
    qtbot.addWidget(dialog)
    combo = dialog.combos["phone"]
    combo.setCurrentIndex(combo.findData("Festnetz"))
    assert dialog.mapping()["phone"] == ["Festnetz"]
    assert dialog.table.item(0, 2).text() == "+49 30 1234567"


def test_import_dialog_explains_a_file_it_cannot_read(qtbot, qapp, sessions, tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    dialog = ImportDialog(sessions, path)
    qtbot.addWidget(dialog)
    assert dialog.info.text().startswith("✗ This file cannot be imported: the file is empty")
    assert not dialog.import_button.isEnabled()


def test_contact_dialog_validates_the_number_live(qtbot, qapp, sessions):
    dialog = ContactDialog(sessions)
    qtbot.addWidget(dialog)
    dialog.name.setText("Paula")
    qtbot.keyClicks(dialog.phone, "+49 151")
    assert not dialog.save_button.isEnabled() and dialog.phone_hint.text().startswith("✗")
    qtbot.keyClicks(dialog.phone, " 23456789")
    assert dialog.save_button.isEnabled()
    assert dialog.phone_hint.text() == "✓ Valid number: +49 1512 3456789 (Germany)"
    dialog.tags.setText("Stammkunde, Hochzeit")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    with sessions() as s:
        contact = s.scalar(select(Contact))
        assert (contact.display_name, contact.phone_e164) == ("Paula", "+4915123456789")
        assert sorted(t.name for t in contact.tags) == ["Hochzeit", "Stammkunde"]
    assert (dialog.saved_id, dialog.changes.contacts) == (contact.id, {contact.id})  # what the screens re-read
    again = ContactDialog(sessions)
    qtbot.addWidget(again)
    again.phone.setText("+4915123456789")
    again.save()
    assert "already belongs to Paula" in again.error.text()


@pytest.fixture
def relay(tmp_path):
    from relay.embedded import RelayServer

    server = RelayServer(tmp_path / "relay").start()
    yield server
    server.stop()


def test_pairing_wizard_stores_secrets_only_in_the_keyring(qtbot, qapp, profile, sessions, relay):
    tenant = relay.create_tenant("Blumen Becker")
    code = relay.add_device(tenant.tenant_id, "Laden-PC").code
    store = secrets.SecretStore(str(profile.root))
    wizard = SetupWizard(Backend(profile, sessions), store)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.keyring_page.isComplete(), wizard.keyring_page.label.text()
    wizard.next()
    page = wizard.relay_page
    assert wizard.currentPage() is page and not page.isComplete()
    page.url.setText("not a url")
    page.code.setText(code)
    page.run_check()
    assert page.result.text().startswith("✗ The relay address starts with https://")
    page.url.setText("http://relay.example.com")  # the device token would travel in clear
    page.run_check()
    assert page.result.text().startswith("✗ The relay address must start with https://"), page.result.text()
    assert not page.isComplete()
    page.url.setText(relay.url)
    page.code.setText("WRONG-CODE")
    page.run_check()
    qtbot.waitUntil(lambda: page.result.text().startswith("✗"), timeout=WAIT_MS)
    assert not page.isComplete()
    page.code.setText(code)
    page.run_check()
    qtbot.waitUntil(page.isComplete, timeout=WAIT_MS)
    assert page.result.text().startswith("✓ Paired as device")
    assert store.get(secrets.RELAY_DEVICE_TOKEN) and store.get(secrets.DEVICE_PRIVATE_KEY)
    with sessions() as s:
        assert settings.get(s, settings.RELAY_URL) == relay.url
        assert settings.get(s, settings.TENANT_ID) == tenant.tenant_id
        stored = {str(row) for row in s.execute(select(settings.AppSetting.value)).scalars()}
    assert store.get(secrets.RELAY_DEVICE_TOKEN) not in stored  # never in the database
    wizard.next()
    assert wizard.currentPage() is wizard.meta_page


def test_wizard_refuses_a_keyring_that_is_not_secure(qtbot, qapp, profile, sessions):
    store = secrets.SecretStore(str(profile.root), backend=keyring.backends.null.Keyring())
    wizard = SetupWizard(Backend(profile, sessions), store)
    qtbot.addWidget(wizard)
    wizard.show()
    assert not wizard.keyring_page.isComplete()
    text = wizard.keyring_page.label.text()
    assert "will not store them as plain text" in text and "null backend" in text
    wizard.next()
    assert wizard.currentPage() is wizard.keyring_page  # cannot go on
