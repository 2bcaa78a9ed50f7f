"""File → Messages Klaros could not read…: shown only while there are some, in plain words, with Export… and
Try again doing the services' work off the GUI thread."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import select

from klaros_desktop.models import Message, SyncDeadLetter
from klaros_desktop.relay_client import PulledEvent, SealError
from klaros_desktop.services.core.changes import Changes
from klaros_desktop.services.inbound import dead_letters
from klaros_desktop.ui.phone_format import pretty_number

WA = "4915112345678"
TEXT = "Sind die Rosen für Samstag bestellt?"

TITLE = "Messages Klaros could not read…"


def _body(wamid: str) -> dict:
    return {"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": [{"field": "messages", "value": {
        "messaging_product": "whatsapp", "metadata": {"display_phone_number": "1", "phone_number_id": "106"},
        "contacts": [{"profile": {"name": "Rosa"}, "wa_id": WA}],
        "messages": [{"from": WA, "id": wamid, "timestamp": "1764057600", "type": "text", "text": {"body": TEXT}}]}}]}]}


@pytest.fixture
def set_aside(sessions):
    """A customer's message sync set aside (it would apply now) and one sealed for another computer."""
    with sessions.begin() as s:
        ids = [dead_letters.record(s, PulledEvent("00000011", "2026-11-25T08:00:00Z", "relay-11", {}),
                                   TypeError("x"), body=_body("wamid.ROSA")).id,
               dead_letters.record(s, PulledEvent("00000012", "2026-11-25T08:05:00Z", "relay-12", {"v": 1}),
                                   SealError("this device is not among the event's recipients")).id]
    return ids


def _action(window):
    return next(a for a in window.menuBar().actions()[0].menu().actions() if a.text() == TITLE)


def test_the_entry_and_the_count_show_only_while_there_are_some(qtbot, window, backend, sessions, wait_ops):
    wait_ops()
    assert not _action(window).isVisible()
    assert not window.dead_letters.button.isVisible()
    with sessions.begin() as s:  # what sync does: set one aside and report it in the page's changes
        dead_letters.record(s, PulledEvent("00000001", None, "relay-1", {}), TypeError("x"), body=_body("wamid.1"))
    backend.changed(Changes(dead_letters=True))
    wait_ops()
    assert _action(window).isVisible()
    assert window.dead_letters.button.isVisible()
    assert window.dead_letters.button.text() == "⚠ Messages Klaros could not read: 1"
    window.dead_letters.button.click()  # the count opens the screen too
    dialog = window.dead_letters.dialog
    qtbot.addWidget(dialog)
    wait_ops()
    assert dialog.isVisible() and dialog.table.rowCount() == 1


def test_the_screen_says_what_when_who_and_why_and_tries_again(qtbot, window, backend, sessions, set_aside,
                                                               wait_ops):
    rosa = set_aside[0]
    backend.changed(Changes(dead_letters=True))
    dialog = window.dead_letters.open()
    qtbot.addWidget(dialog)
    wait_ops()
    table = dialog.table
    assert table.rowCount() == 2
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(2)]
    assert [r[1] for r in rows] == ["Could not be opened", "A customer's message"]  # newest first
    assert rows[1][2] == f"Rosa\n{pretty_number('+' + WA)}" and "After an update, Try again may work" in rows[1][3]
    assert "another computer" in rows[0][3]
    assert TEXT not in json.dumps(rows)  # the list never shows the message itself
    assert table.item(1, 3).toolTip().startswith("TypeError: ")  # the technical reason, for whoever helps

    table.selectRow(0)
    assert not dialog.retry_button.isEnabled()  # trying again cannot open what was sealed for another computer
    table.selectRow(1)
    assert dialog.retry_button.isEnabled()
    with qtbot.waitSignal(backend.data_changed, timeout=10_000) as changed:
        dialog.retry_button.click()
        wait_ops()
    assert changed.args[0].conversations  # the inbox shows the message at once
    wait_ops()
    assert dialog.table.rowCount() == 1 and dialog.status.text() == "Added to your chats."
    with sessions() as s:
        assert s.scalar(select(Message.text).where(Message.wamid == "wamid.ROSA")) == TEXT
        assert s.get(SyncDeadLetter, rosa) is None
    assert window.dead_letters.button.text() == "⚠ Messages Klaros could not read: 1"


def test_export_writes_the_file_the_shop_owner_chose(qtbot, window, backend, set_aside, tmp_path, monkeypatch,
                                                     wait_ops):
    target = tmp_path / "Dokumente" / "nicht-gelesen"
    asked = []

    def choose(_parent, _title, default, _filter):
        asked.append(default)
        return str(target), "Spreadsheet (*.csv)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    dialog = window.dead_letters.open()
    qtbot.addWidget(dialog)
    wait_ops()
    dialog.export_button.click()
    wait_ops()
    written = target.with_name("nicht-gelesen.csv")
    assert asked[0].endswith(".csv") and "klaros-unread-" in asked[0]
    assert TEXT in written.read_text(encoding="utf-8-sig")  # the body is in the export: it is the only copy
    assert dialog.status.text() == f"Saved 2 to {written}."


def test_remove_asks_first_and_then_deletes_it(qtbot, window, sessions, set_aside, monkeypatch, wait_ops):
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *args, **kwargs: answers.pop(0)))
    dialog = window.dead_letters.open()
    qtbot.addWidget(dialog)
    wait_ops()
    dialog.table.selectRow(0)
    dialog.remove_button.click()
    wait_ops()
    assert dialog.table.rowCount() == 2
    dialog.remove_button.click()
    wait_ops()
    assert dialog.table.rowCount() == 1
    with sessions() as s:
        assert s.get(SyncDeadLetter, set_aside[1]) is None


def test_starting_the_window_loads_nothing_of_sync(tmp_path):
    """The status bar's dead-letter count is asked at every start: it must not pull in sync's relay client and
    its cryptography, which slow the first chat opened and grow the app (docs/ui.md, Performance)."""
    import os
    import subprocess
    import sys

    script = f"""
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from klaros_desktop.app import open_backend
from klaros_desktop.paths import Profile
from klaros_desktop.ui import ops
from klaros_desktop.ui.main_window import MainWindow
app = QApplication([])
window = MainWindow(open_backend(Profile(Path({str(tmp_path / "profile")!r})).ensure()))
window.show()
deadline = time.monotonic() + 30
app.processEvents()
while ops.pending() and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
assert not ops.pending(), "start-up work never finished"
print(sorted(m for m in ("klaros_desktop.relay_client", "klaros_desktop.services.inbound.sync") if m in sys.modules))
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().splitlines()[-1] == "[]"
