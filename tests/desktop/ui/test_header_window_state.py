"""The chat header's 24-hour window line in German and French: where the header is too narrow (contact panel open
at 1280 px, a small window) it drops the phone number first, then words, and never cuts a word without an
ellipsis; "closed" / "open" with the time left stays readable, the whole line is in the tooltip."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import update

from klaros_desktop.models import Conversation, utcnow
from klaros_desktop.ui import i18n
from klaros_desktop.ui.delegates import window_label
from klaros_desktop.ui.main_window import MainWindow

WAIT_MS = 10_000


def _open(qtbot, qapp, backend, language, size, contact_id, panel):
    i18n.use_language(qapp, language)
    w = MainWindow(backend)
    qtbot.addWidget(w)
    w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    w.open_contact(contact_id)
    w.inbox.panel_button.setChecked(panel)
    label = w.inbox.window_state
    qtbot.waitUntil(lambda: label.isVisible() and label.width() > 0, timeout=WAIT_MS)
    return w, label


def _fits(label) -> bool:
    return label.fontMetrics().horizontalAdvance(label.shown_text()) <= label.contentsRect().width()


@pytest.mark.parametrize("language, closed", [("de", "geschlossen"), ("fr", "fermée")])
@pytest.mark.parametrize("size, panel", [((1280, 800), True), ((860, 700), False), ((700, 600), False)])
def test_a_closed_window_stays_readable_in_a_narrow_header(qtbot, qapp, backend, shop, sessions,
                                                           language, closed, size, panel):
    julia = shop["Julia Wagner"]
    with sessions.begin() as s:
        s.execute(update(Conversation).where(Conversation.contact_id == julia)
                  .values(last_inbound_at=utcnow() - timedelta(hours=30)))
    _w, label = _open(qtbot, qapp, backend, language, size, julia, panel)
    full = label.text()
    assert closed in full and "+49" in full
    shown = label.shown_text()
    assert _fits(label), shown
    assert closed in shown or closed[:-1] in shown.rstrip("…")  # "closed" itself is never cut away
    if shown != full:
        assert label.toolTip() == full
        assert shown.endswith("…") or shown in label.texts()  # a whole shorter form, or an ellipsis where it stops


@pytest.mark.parametrize("language", ["de", "fr"])
def test_an_open_window_keeps_its_time_left_in_a_small_window(qtbot, qapp, backend, shop, language):
    w, label = _open(qtbot, qapp, backend, language, (860, 700), shop["Mehmet Yilmaz"], False)
    left = window_label(w.inbox.current).strip("◷ ")
    shown = label.shown_text()
    assert _fits(label), shown
    assert left and left in shown and not shown.endswith("…"), shown  # the time left, whole


def test_a_wide_header_shows_the_whole_line_without_a_tooltip(qtbot, qapp, backend, shop):
    _w, label = _open(qtbot, qapp, backend, "en", (1600, 900), shop["Mehmet Yilmaz"], False)
    assert label.shown_text() == label.text() and "+49" in label.text()
    assert label.toolTip() == ""
