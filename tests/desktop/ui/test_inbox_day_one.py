"""What a shop owner expects of the inbox on day one (as in the WhatsApp Business app)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtCore import Qt

from klaros_desktop.services.core import settings
from klaros_desktop.ui import composer as composer_module
from klaros_desktop.ui.inbox import InboxPage

_spec = importlib.util.spec_from_file_location("ui_conftest", Path(__file__).with_name("conftest.py"))
_conf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_conf)
WAIT_MS = _conf.WAIT_MS


def _open(qtbot, backend, conversation_id) -> InboxPage:
    page = InboxPage(backend)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    assert page.select_conversation(conversation_id)
    qtbot.waitUntil(lambda: page.composer.mode == composer_module.TEXT, timeout=WAIT_MS)
    return page


def test_enter_sends_and_shift_enter_is_a_new_line_or_the_other_way_round(qtbot, backend, graph, customer,
                                                                           sessions, wait_ops):
    page = _open(qtbot, backend, customer[1])
    text = page.composer.text
    wait_ops()
    assert text.enter_sends and "Enter sends" in text.placeholderText()
    qtbot.keyClicks(text, "Ja,")
    qtbot.keyClick(text, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(text, "rote und gelbe.")
    assert text.toPlainText() == "Ja,\nrote und gelbe."
    qtbot.keyClick(text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(graph.sent) == 1, timeout=WAIT_MS)
    assert graph.sent[0][2] == "Ja,\nrote und gelbe."

    text.enter_sends_action(page).trigger()  # switched off in the text box's menu: kept in the profile
    wait_ops()
    with sessions() as s:
        assert settings.get(s, settings.ENTER_SENDS) is False
    qtbot.keyClicks(text, "Eine Zeile")
    qtbot.keyClick(text, Qt.Key.Key_Return)
    qtbot.keyClicks(text, "und noch eine")
    assert text.toPlainText() == "Eine Zeile\nund noch eine" and len(graph.sent) == 1
    qtbot.keyClick(text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(graph.sent) == 2, timeout=WAIT_MS)

    other = InboxPage(backend)  # a new window reads the choice back
    qtbot.addWidget(other)
    wait_ops()
    assert other.composer.text.enter_sends is False
