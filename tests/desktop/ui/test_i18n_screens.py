"""Sentences built by services reach real screens through Qt's translator (issue 7).

A fake translator ("Shouting") upper-cases every string of the service contexts, leaving placeholders
alone; with it installed, the composer's refusals, the thread's consent notice, the import dialog's error
report and Settings' connection check show the translated words around untranslated names and numbers.
"""

from __future__ import annotations

import importlib.util
import re
from datetime import timedelta
from pathlib import Path

import keyring.backends.null
import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QStyleOptionViewItem

from klaros_desktop import secrets
from klaros_desktop.ui import composer as composer_module

_spec = importlib.util.spec_from_file_location("ui_conftest", Path(__file__).with_name("conftest.py"))
_conf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_conf)
WAIT_MS, days_before_today = _conf.WAIT_MS, _conf.days_before_today

SERVICE_CONTEXTS = {"Policy", "Compose", "Consent", "Messages", "Import", "Phones", "ConnectionCheck", "Setup",
                    "ContactEdit", "QuickReplies", "CommandLine", "Screen", "Keyring", "Relay", "GraphErrors",
                    "Outbox"}


class Shouting(QTranslator):
    """Stands in for a .qm file: 'translates' every service sentence to upper case, placeholders kept."""

    def __init__(self):
        super().__init__()
        self.asked: set[str] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        if context not in SERVICE_CONTEXTS:
            return None
        self.asked.add(context)
        return re.sub(r"[^{}]+(?=\{|$)", lambda m: m.group(0).upper(), source)

    def isEmpty(self):
        return False


@pytest.fixture
def shouting(qapp):
    translator = Shouting()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def window(shouting, window):
    """conftest's main window, with the shouting translator installed first."""
    return window


def test_composer_refusal_for_an_opted_out_customer_is_translated(qtbot, window, shop):
    window.open_contact(shop["Thomas Müller"])
    composer = window.inbox.composer
    qtbot.waitUntil(lambda: composer.mode == composer_module.BLOCKED, timeout=WAIT_MS)
    text = composer.blocked_label.text()
    assert "Thomas Müller OPTED OUT OF ALL MESSAGES BY WRITING “STOP” " in text
    assert text.endswith(". KLAROS WILL NOT MESSAGE THEM UNTIL THEY WRITE START.")
    assert re.search(r"“STOP” (TODAY AT|YESTERDAY AT|ON [A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2} AT) \d\d:\d\d\. ", text)


def test_closed_window_banner_is_translated(qtbot, window, shop, now):
    window.open_contact(shop["Julia Wagner"])
    composer = window.inbox.composer
    qtbot.waitUntil(lambda: composer.mode == composer_module.TEMPLATE, timeout=WAIT_MS)
    text = composer.window_note.text()
    closed = {0: "TODAY AT ", 1: "YESTERDAY AT "}[days_before_today(now - timedelta(hours=6))]
    wrote = {1: "YESTERDAY AT ", 2: "ON "}[days_before_today(now - timedelta(hours=30))]
    assert text.startswith("THE 24-HOUR WINDOW CLOSED " + closed)
    assert " (Julia Wagner LAST WROTE " + wrote in text
    assert text.endswith("). UNTIL THEY WRITE AGAIN, WHATSAPP ONLY ALLOWS APPROVED TEMPLATES.")


def test_consent_notice_in_the_thread_is_translated(qtbot, window, shop):
    window.open_contact(shop["Thomas Müller"])
    thread = window.inbox.thread
    option = QStyleOptionViewItem()
    option.initFrom(thread.viewport())
    option.rect = thread.viewport().rect()
    model = window.inbox.messages
    notices = [thread.itemDelegate().bubble(model.index(i), option).body for i in range(model.rowCount())
               if model.rows[i].kind == "notice"]
    assert notices and notices[0].startswith("OPTED OUT OF ALL MESSAGES VIA STOP ")
    assert str(model.rows[[r.kind for r in model.rows].index("notice")].text).startswith(
        "Opted out of all messages via STOP ")  # the row itself stays English (logs, accessibility fallback)


def test_import_error_report_rows_are_translated(qtbot, qapp, sessions, tmp_path, shouting):
    from klaros_desktop.ui.import_dialog import ImportDialog

    path = tmp_path / "kunden.csv"
    path.write_text("Name;Telefon\nGreta Neumann;+49 151 23456789\nIda Keller;0151 2345\nOle;+49 160 9876543;x;y\n",
                    encoding="utf-8")
    dialog = ImportDialog(sessions, path)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    reasons = {dialog.errors.item(i, 0).text(): dialog.errors.item(i, 1).text()
               for i in range(dialog.errors.rowCount())}
    # no default country: the CLI's "use --region" becomes the screen's own (translated) hint
    assert reasons["3"] == "'0151 2345' HAS NO COUNTRY CODE; WRITE IT WITH + OR SET THE DEFAULT COUNTRY IN SETTINGS"
    assert reasons["4"] == ("THE ROW HAS 4 VALUES BUT THE HEADER HAS 2 COLUMNS "
                            "(IS THERE AN UNQUOTED DELIMITER IN A VALUE?)")
    assert {"Import", "Phones", "Screen"} <= shouting.asked


def test_connection_check_result_is_translated(qtbot, qapp, profile, sessions, shouting):
    from klaros_desktop.ui.backend import Backend
    from klaros_desktop.ui.settings_dialog import SettingsDialog

    backend = Backend(profile, sessions, secret_store=secrets.SecretStore(str(profile.root)))
    dialog = SettingsDialog(backend)
    qtbot.addWidget(dialog)
    dialog.test_connection()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=WAIT_MS)
    lines = dialog.test_result.text().splitlines()
    assert lines[0] == ("✗ Relay: THIS PROFILE IS NOT PAIRED WITH A RELAY YET; "
                        "PAIR IT WITH “SET UP CONNECTION…” IN THE FILE MENU.")
    assert lines[1] == ("✗ Meta: THIS PROFILE IS NOT CONNECTED TO META YET; "
                        "CONNECT IT WITH “SET UP CONNECTION…” IN THE FILE MENU.")


def test_wizard_keyring_refusal_is_translated(qtbot, qapp, profile, sessions, shouting):
    from klaros_desktop.ui.backend import Backend
    from klaros_desktop.ui.setup_wizard import SetupWizard

    store = secrets.SecretStore(str(profile.root), backend=keyring.backends.null.Keyring())
    wizard = SetupWizard(Backend(profile, sessions), store)
    qtbot.addWidget(wizard)
    wizard.show()
    text = wizard.keyring_page.label.text()
    assert text.startswith("KLAROS KEEPS YOUR META ACCESS TOKEN")
    assert "NONE IS USABLE HERE: THE KEYRING IS SWITCHED OFF (NULL BACKEND). KLAROS WILL NOT STORE" in text


def test_wizard_relay_failure_is_translated(qtbot, qapp, profile, sessions, shouting):
    from klaros_desktop.ui.backend import Backend
    from klaros_desktop.ui.setup_wizard import SetupWizard

    wizard = SetupWizard(Backend(profile, sessions), secrets.SecretStore(str(profile.root)))
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.relay_page
    page.url.setText("https://127.0.0.1:9")  # nothing listens on the discard port
    page.code.setText("ABCD-EFGH")
    page.run_check()
    qtbot.waitUntil(lambda: page.test_button.isEnabled(), timeout=WAIT_MS)
    assert page.result.text().startswith("✗ CANNOT REACH THE RELAY AT https://127.0.0.1:9 (")
    assert page.result.text().endswith("); CHECK THE ADDRESS AND YOUR INTERNET CONNECTION.")


def test_import_dialog_gives_the_screens_hint_not_the_command_lines(qtbot, qapp, sessions, tmp_path):
    """In English too: a file the CLI would re-read with --encoding gets advice the dialog's user can follow."""
    from klaros_desktop.ui.import_dialog import ImportDialog

    path = tmp_path / "broken.csv"
    path.write_bytes(b"\xef\xbb\xbfName,Phone\nA\xff\xfe,+4915123456789\n")
    dialog = ImportDialog(sessions, path)
    qtbot.addWidget(dialog)
    assert dialog.info.text() == ("✗ This file cannot be imported: the file is not valid utf-8 text (bad bytes at "
                                  "byte offset 12); save it again from the other program as UTF-8 and import that "
                                  "file")
    assert not dialog.import_button.isEnabled()


def test_held_outbox_reason_is_translated(qtbot, window, shop, backend):
    """Julia's window closed while Klaros was offline: the held bubble says why, made from the reason code now."""
    import asyncio

    box = backend.outbox
    box.add(shop["Julia Wagner"], "+4915112345603", "Ist fertig, bis morgen!")
    asyncio.run(box.flush(backend.messenger))
    [held] = box.items()
    assert held.reason_code == "outside_window"
    window.open_contact(shop["Julia Wagner"])
    qtbot.waitUntil(lambda: len(window.inbox.thread.held_bubbles()) == 1, timeout=WAIT_MS)
    bubble = window.inbox.thread.held_bubbles()[0]
    assert bubble.reason.text() == ("NOT SENT: THE 24-HOUR WINDOW HAD CLOSED BY THE TIME KLAROS WAS BACK ONLINE. SEND "
                                    "AN APPROVED TEMPLATE INSTEAD.")
    assert bubble.body.text() == "Ist fertig, bis morgen!"
