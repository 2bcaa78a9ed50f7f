"""The shop's data rights from the window: File → Export all data…, Erase contact… (GDPR art. 17) and Erase
everything on this PC, each through its confirmation, off the GUI thread, with the services doing the work."""

from __future__ import annotations

import asyncio
import importlib.util
import json
import logging
import threading
import zipfile
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from klaros_desktop import secrets
from klaros_desktop.models import AuditEvent, ConsentEvent, Contact, Conversation, Message
from klaros_desktop.phrases import Phrase
from klaros_desktop.services.dataio import export_archive
from klaros_desktop.services.privacy.erasure import ContactErasure
from klaros_desktop.ui import privacy
from klaros_desktop.ui.i18n import render
from klaros_desktop.ui.privacy import EraseContactDialog, EraseEverythingDialog, ExportDialog

_spec = importlib.util.spec_from_file_location("ui_conftest", Path(__file__).with_name("conftest.py"))
_conf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_conf)
WAIT_MS = _conf.WAIT_MS

ANNA = "+4915112345601"  # the demo shop's Anna Schmidt


@pytest.fixture
def opened(monkeypatch):
    """Folders the app asked the system to show (instead of opening a file manager)."""
    folders: list[Path] = []
    monkeypatch.setattr(privacy, "open_folder", lambda folder: folders.append(folder) or True)
    return folders


def _action(window, text: str):
    return next(a for a in window.menuBar().actions()[0].menu().actions() if a.text() == text)


def _count(sessions, column, *where) -> int:
    with sessions() as s:
        return s.scalar(select(func.count(column)).where(*where))


# ---------------------------------------------------------------- export
def test_export_all_from_the_file_menu_matches_the_database_and_keeps_the_ui_responsive(
        qtbot, window, sessions, tmp_path, monkeypatch, opened, wait_ops):
    target = tmp_path / "Sicherung" / "alles"
    suggested = []

    def choose(_parent, _title, default, _filter):
        suggested.append(default)
        return str(target), ""

    monkeypatch.setattr(privacy.QFileDialog, "getSaveFileName", choose)
    release = threading.Event()
    real_readme = export_archive.readme_text

    def slow_readme(*args, **kwargs):  # holds the worker until the GUI thread has shown it stays alive
        assert release.wait(WAIT_MS / 1000)
        return real_readme(*args, **kwargs)

    monkeypatch.setattr(export_archive, "readme_text", slow_readme)
    _action(window, "Export &all data…").trigger()
    assert suggested[0].endswith(f"klaros-export-{date.today().isoformat()}.zip")
    dialog = next(d for d in window.findChildren(ExportDialog))
    assert dialog.busy() and dialog.progress.maximum() == 0 and not dialog.cancel_button.isEnabled()
    ticks = []
    timer = QTimer(window, interval=10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=WAIT_MS)  # the event loop runs while the archive is written
    window.contacts.search.setText("Anna")  # and the window takes input
    assert dialog.busy()
    dialog.reject()  # Esc waits for the end
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.exported, timeout=WAIT_MS) as done:
        release.set()
    timer.stop()
    wait_ops()
    archive = target.with_name("alles.zip")
    assert done.args[0].path == archive and archive.is_file()
    with zipfile.ZipFile(archive) as z:
        lines = {name: len(z.read(name).decode("utf-8").splitlines()) for name in z.namelist()
                 if name.endswith(".jsonl")}
    assert lines["contacts.jsonl"] == _count(sessions, Contact.id) == 16
    assert lines["messages.jsonl"] == _count(sessions, Message.id) > 0
    assert lines["conversations.jsonl"] == _count(sessions, Conversation.id)
    assert lines["consent.jsonl"] == _count(sessions, ConsentEvent.id)
    shown = {dialog.counts.itemAt(i, dialog.counts.ItemRole.LabelRole).widget().text():
             dialog.counts.itemAt(i, dialog.counts.ItemRole.FieldRole).widget().text()
             for i in range(dialog.counts.rowCount())}
    assert shown["Contacts"] == "16" and shown["Messages"] == str(lines["messages.jsonl"])
    assert str(archive) in dialog.where.text()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened == [archive.parent]
    with sessions() as s:
        audit = s.scalars(select(AuditEvent).where(AuditEvent.action == "export.archive")).one()
    assert audit.actor == "user" and audit.correlation_id.startswith("ui-") and audit.details["contacts.jsonl"] == 16


def test_a_failed_export_says_why_in_plain_words_and_leaves_nothing_behind(
        qtbot, window, tmp_path, monkeypatch, wait_ops):
    def broken(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_archive, "readme_text", broken)
    folder = tmp_path / "stick"
    dialog = window.export_all(folder / "klaros.zip")
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == ExportDialog.FAILED, timeout=WAIT_MS)
    wait_ops()
    assert dialog.failure.text().startswith(f"Klaros could not write to {folder}: No space left on device.")
    assert "No half-written archive was left behind." in dialog.failure.text()
    assert list(folder.iterdir()) == []
    assert dialog.close_button.isVisible() and not dialog.open_button.isVisible()


# ---------------------------------------------------------------- one person
def test_erase_contact_from_the_contact_dialog(qtbot, window, backend, sessions, shop, wait_ops):
    anna = shop["Anna Schmidt"]
    window.open_contact(anna)
    assert window.inbox.current is not None and window.inbox.current.name == "Anna Schmidt"
    messages = _count(sessions, Message.id, Message.contact_id == anna)
    assert messages > 0
    window.show_page(1)
    details = window.contacts.edit(anna)
    assert details.erase_button.isVisible() and details.erase_button.isEnabled()

    # Cancel erases nothing
    qtbot.mouseClick(details.erase_button, Qt.MouseButton.LeftButton)
    confirm = details.findChildren(EraseContactDialog)[-1]
    assert confirm.isVisible() and "Erase Anna Schmidt from Klaros?" in [
        label.text() for label in confirm.findChildren(privacy.QLabel)]
    confirm.confirm.setText("9999")
    assert not confirm.erase_button.isEnabled()
    qtbot.keyClick(confirm.confirm, Qt.Key.Key_Return)  # wrong digits: Enter does nothing
    qtbot.mouseClick(confirm.cancel_button, Qt.MouseButton.LeftButton)
    wait_ops()
    assert not confirm.isVisible() and details.isVisible()
    assert _count(sessions, Contact.id, Contact.id == anna) == 1
    assert _count(sessions, Message.id, Message.contact_id == anna) == messages

    # the last 4 digits, then Enter
    qtbot.mouseClick(details.erase_button, Qt.MouseButton.LeftButton)
    confirm = details.findChildren(EraseContactDialog)[-1]
    assert confirm.confirm.accessibleName() == "Last 4 digits of the number"
    qtbot.keyClicks(confirm.confirm, ANNA[-4:])
    assert confirm.erase_button.isEnabled()
    with qtbot.waitSignal(confirm.erased, timeout=WAIT_MS) as done:
        qtbot.keyClick(confirm.confirm, Qt.Key.Key_Return)
    wait_ops()
    report = done.args[0]
    assert (report.contacts, report.messages) == (1, messages)
    assert not confirm.isVisible() and not details.isVisible()

    # gone from the database ...
    assert _count(sessions, Contact.id, Contact.id == anna) == 0
    assert _count(sessions, Conversation.id, Conversation.contact_id == anna) == 0
    assert _count(sessions, Message.id, Message.contact_id == anna) == 0
    # ... and from the models on screen
    assert "Anna Schmidt" not in [r.name for r in window.contacts.model.rows]
    assert "Anna Schmidt" not in [r.name for r in window.inbox.conversations.rows]
    assert window.inbox.current is None and window.inbox.messages.rowCount() == 0
    # the result, built by the service
    box = window.contacts.result_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text() == "Anna Schmidt is erased from Klaros."
    assert box.informativeText().startswith(f"Erased contacts: 1; messages: {messages};")
    assert "salted hash" in box.informativeText()
    box.accept()
    # the number is suppressed: a send to it is refused
    outcome = asyncio.run(backend.messenger.send_text(ANNA, "Hallo Anna"))
    assert not outcome.sent and not outcome.decision.allowed
    # one audit row, under the click's correlation id, naming no number
    with sessions() as s:
        audit = s.scalars(select(AuditEvent).where(AuditEvent.action == "contact.erase")).one()
    assert audit.actor == "user" and audit.correlation_id.startswith("ui-")
    assert audit.subject.startswith("suppressed:") and ANNA not in json.dumps(audit.details)



def test_erase_a_contact_without_a_phone_number_asks_for_erase(qtbot, window, sessions, shop, wait_ops):
    """A customer known only by their WhatsApp username (Meta's BSUID) can be erased too."""
    with sessions.begin() as s:
        user = Contact(profile_name="Nimbus", bsuid="US.13491208655302741918", notes="", custom_fields={})
        s.add(user)
        s.flush()
        user_id = user.id
    window.show_page(1)
    details = window.contacts.edit(user_id)
    assert details.erase_button.isEnabled()
    qtbot.mouseClick(details.erase_button, Qt.MouseButton.LeftButton)
    confirm = details.findChildren(EraseContactDialog)[-1]
    texts = [label.text() for label in confirm.findChildren(privacy.QLabel)]
    assert "No phone number" in texts and any(t.startswith("What stays: nothing.") for t in texts)
    assert confirm.confirm.accessibleName() == "Confirmation word"
    qtbot.keyClicks(confirm.confirm, "1234")
    assert not confirm.erase_button.isEnabled()
    confirm.confirm.clear()
    qtbot.keyClicks(confirm.confirm, "erase")
    assert confirm.erase_button.isEnabled()
    with qtbot.waitSignal(confirm.erased, timeout=WAIT_MS) as done:
        qtbot.mouseClick(confirm.erase_button, Qt.MouseButton.LeftButton)
    wait_ops()
    assert done.args[0].contacts == 1 and done.args[0].number_hash is None
    assert _count(sessions, Contact.id, Contact.id == user_id) == 0

def test_erase_from_the_contacts_page_button_and_context_menu(qtbot, window, sessions, shop, wait_ops):
    page = window.contacts
    window.show_page(1)
    assert not page.erase_button.isEnabled()  # nothing selected
    row = next(i for i, r in enumerate(page.model.rows) if r.name == "Hotel Krone")
    page.table.setCurrentIndex(page.model.index(row, 0))
    assert page.erase_button.isEnabled() and page.erase_button.accessibleName() == "Erase contact"
    qtbot.mouseClick(page.erase_button, Qt.MouseButton.LeftButton)
    confirm = page.findChildren(EraseContactDialog)[-1]
    assert confirm.name == "Hotel Krone" and confirm.isVisible()
    confirm.reject()
    menu = page._context_menu(page.table.visualRect(page.model.index(row, 0)).center())
    action = next(a for a in menu.actions() if a.text() == "Erase contact…")
    menu.close()
    action.trigger()
    confirm = page.findChildren(EraseContactDialog)[-1]
    assert confirm.name == "Hotel Krone"
    confirm.confirm.setText(confirm.digits)
    with qtbot.waitSignal(confirm.erased, timeout=WAIT_MS):
        qtbot.mouseClick(confirm.erase_button, Qt.MouseButton.LeftButton)
    wait_ops()
    assert "Hotel Krone" not in [r.name for r in page.model.rows]
    assert _count(sessions, Contact.id, Contact.id == shop["Hotel Krone"]) == 0
    page.result_box.accept()


def test_erasure_summary_and_problems_are_phrases_the_screen_translates(qapp):
    report = ContactErasure(number_hash="ab" * 32, contacts=1, messages=1, conversations=1, consent_events=0,
                            media_files=2, audit_entries_scrubbed=3)
    summary = report.summary()
    assert isinstance(summary, Phrase)
    assert summary == ("Erased contacts: 1; messages: 1; conversations: 1; consent events: 0; media files: 2. "
                       "Audit entries scrubbed: 3. The number is kept only as a salted hash.")

    class Shouting(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return source.upper().replace("{COUNT}", "{count}") if context == "Erasure" and "{" not in \
                source.replace("{count}", "") else None

        def isEmpty(self):
            return False

    translator = Shouting()
    QCoreApplication.installTranslator(translator)
    try:
        shown = render(summary)
    finally:
        QCoreApplication.removeTranslator(translator)
    assert "AUDIT ENTRIES SCRUBBED: 3." in shown and "THE NUMBER IS KEPT ONLY AS A SALTED HASH." in shown
    assert shown.startswith("Erased contacts: 1;")  # a sentence without a translation stays English


# ---------------------------------------------------------------- everything
def test_erase_everything_from_settings_wipes_the_profile_and_keyring_and_quits(
        qtbot, window, backend, profile, tmp_path, monkeypatch, wait_ops):
    monkeypatch.setenv("KLAROS_ERASURE_LOG", str(tmp_path / "erasures.jsonl"))
    quit_calls = []
    monkeypatch.setattr(privacy, "quit_application", lambda: quit_calls.append(1))
    store = backend.secret_store
    store.set(secrets.META_ACCESS_TOKEN, "EAAG-test-token")
    store.set(secrets.RELAY_DEVICE_TOKEN, "device-token")
    window.close()  # window.ini is written, as on every close; it belongs to the profile
    assert (profile.root / "window.ini").is_file()
    window.show()

    settings_dialog = window.open_settings()
    qtbot.mouseClick(settings_dialog.erase_all_button, Qt.MouseButton.LeftButton)
    dialog = window.findChildren(EraseEverythingDialog)[-1]
    assert dialog.isVisible() and not settings_dialog.isVisible()
    text = " ".join(label.text() for label in dialog.findChildren(privacy.QLabel))
    assert str(profile.root) in text and "WhatsApp Manager" in text and "relay" in text
    dialog.confirm.setText("erase it")
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    assert profile.root.is_dir() and dialog.pages.currentIndex() == EraseEverythingDialog.CONFIRM
    dialog.confirm.setText("ERASE")
    assert dialog.erase_button.isEnabled()
    with qtbot.waitSignal(dialog.erased, timeout=WAIT_MS) as done:
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    wait_ops()
    result = done.args[0]
    assert not isinstance(result, BaseException), result
    assert not profile.root.exists()
    assert "window.ini" in result.removed and result.left == []
    assert store.get(secrets.META_ACCESS_TOKEN) is None and store.get(secrets.RELAY_DEVICE_TOKEN) is None
    record = json.loads((tmp_path / "erasures.jsonl").read_text(encoding="utf-8").splitlines()[-1])
    assert record["actor"] == "user" and record["correlation_id"].startswith("ui-")
    assert dialog.done_title.text() == "Everything is erased" and dialog.quit_button.isVisible()
    qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    assert quit_calls == [1] and not window.isVisible()
    assert not profile.root.exists()  # closing the window did not write its geometry back


def test_erase_everything_cancelled_keeps_everything(qtbot, window, profile, monkeypatch):
    quit_calls = []
    monkeypatch.setattr(privacy, "quit_application", lambda: quit_calls.append(1))
    action = _action(window, "Erase everything on this PC…")
    action.trigger()
    dialog = window.findChildren(EraseEverythingDialog)[-1]
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and window.isVisible() and quit_calls == []
    assert profile.database.is_file()


def test_erase_everything_in_the_running_app_ends_it_cleanly(qapp, tmp_path, monkeypatch):
    """``klaros`` itself (``app.run_app`` on its qasync loop, logging to the profile): after "Close Klaros" the
    app returns normally, having closed its backend and HTTP client; the folder, its log and the keyring
    entries are gone."""
    from klaros_desktop import logging_setup
    from klaros_desktop.app import run_app
    from klaros_desktop.db import open_database
    from klaros_desktop.demo.seed import seed_demo_shop
    from klaros_desktop.paths import Profile

    monkeypatch.setenv("KLAROS_ERASURE_LOG", str(tmp_path / "erasures.jsonl"))
    profile = Profile(tmp_path / "throw-away").ensure()
    engine, sessions = open_database(profile)
    seed_demo_shop(sessions)
    engine.dispose()
    root_logger = logging.getLogger()
    level = root_logger.level
    logging_setup.configure(profile.logs)
    seen = {}

    async def on_ready(window, backend, _http):
        backend.secret_store.set(secrets.META_ACCESS_TOKEN, "EAAG-test-token")
        seen["store"] = backend.secret_store
        dialog = window.erase_everything()
        dialog.confirm.setText("ERASE")
        dialog.erased.connect(lambda result: (seen.setdefault("result", result), dialog.quit_button.click()))
        dialog.erase()

    watchdog = QTimer(singleShot=True, interval=WAIT_MS)  # a hang fails the test instead of blocking the suite
    watchdog.timeout.connect(lambda: [w.close() for w in qapp.topLevelWidgets() if w.isVisible()])
    watchdog.start()
    try:
        assert run_app(profile, on_ready=on_ready) == 0
    finally:
        watchdog.stop()
        qapp.setQuitOnLastWindowClosed(True)
        asyncio.set_event_loop(None)
        for handler in [h for h in root_logger.handlers if getattr(h, "_klaros", False)]:
            root_logger.removeHandler(handler)  # already gone when the erasure closed it
            handler.close()
        root_logger.setLevel(level)
    assert not isinstance(seen.get("result"), BaseException | None), seen.get("result")
    assert not profile.root.exists()
    assert seen["store"].get(secrets.META_ACCESS_TOKEN) is None
