"""The status bar on a narrow window: the sync state fits the room it has, in every language, as a short form
("Verbunden · 1 Nachricht wartet · ⚠ 1 Nachricht nicht gesendet") or cut with "…", never cut mid-word by the
window's edge; the whole sentence is then in its tooltip."""

from __future__ import annotations

import pytest

from klaros_desktop.models.base import utcnow
from klaros_desktop.ui import i18n
from klaros_desktop.ui.fitting_label import FittingLabel


def _fits(label) -> bool:
    return label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()


@pytest.mark.parametrize("language", ["de", "fr", "tr", "en"])
def test_the_sync_state_fits_a_narrow_window_with_the_whole_of_it_in_the_tooltip(qtbot, qapp, backend, shop,
                                                                                 language):
    from klaros_desktop.ui.main_window import MainWindow

    i18n.use_language(qapp, language)
    window = MainWindow(backend)
    qtbot.addWidget(window)
    window.confirm_quit = lambda waiting: True  # the outbox below is made up: closing asks nothing
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    backend.online, backend.last_event_at, backend.outbox_counts = True, utcnow(), (1, 1)
    backend.sync_status.emit(backend.status_text())
    full, label = backend.status_text(), window.sync_label
    assert label.full_text() == full
    window.resize(window.minimumSize())  # as narrow as it goes (the screenshots' 860 px window is this)
    qtbot.waitUntil(lambda: window.width() == window.minimumWidth())
    assert label.geometry().right() < window.statusBar().width()  # inside the window, not cut by its edge
    assert _fits(label)
    shown = label.text()
    assert shown in (full, backend.status_text(short=True))  # the short form fits where the whole does not
    assert label.toolTip() == ("" if shown == full else full) and label.accessibleDescription() == full
    if language == "de":  # the sentence the window used to cut mid-word
        assert shown == backend.status_text(short=True)


def test_the_short_form_keeps_what_matters(qapp, backend, wait_ops):
    i18n.use_language(qapp, "en")  # the English plural forms, as the app starts
    wait_ops()  # whether the profile is set up is read on a worker thread
    backend.online, backend.last_event_at, backend.outbox_counts = True, utcnow(), (2, 1)
    assert backend.status_text(short=True) == "Connected  ·  2 messages waiting  ·  ⚠ 1 message not sent"
    backend.online, backend.offline_since, backend.outbox_counts = False, utcnow(), (0, 0)
    assert backend.status_text(short=True) == "Not connected yet"  # this profile was never set up


def test_the_label_shows_the_whole_text_short_text_or_an_elided_one_by_its_room(qtbot):
    label = FittingLabel()
    qtbot.addWidget(label)
    label.set_texts("Connected · last event 12:00  ·  1 message waiting to be sent", "Connected  ·  1 waiting")
    label.resize(label.sizeHint())
    label.show()
    assert label.text() == label.full_text() and label.toolTip() == ""
    label.resize(label.fontMetrics().horizontalAdvance("Connected  ·  1 waiting") + 12, label.height())
    assert label.text() == "Connected  ·  1 waiting" and label.toolTip() == label.full_text()
    label.resize(label.fontMetrics().horizontalAdvance("Connected") + 6, label.height())
    assert label.text().endswith("…") and _fits(label) and label.toolTip() == label.full_text()
    assert label.minimumSizeHint().width() < label.fontMetrics().horizontalAdvance("Connected")


def test_the_sync_state_reads_whether_the_profile_is_set_up_off_the_gui_thread(qtbot, qapp, profile, sessions,
                                                                               monkeypatch, wait_ops):
    """The status bar's text is asked on the GUI thread at every change of state: whether the profile is set up
    is read on a worker thread when the backend starts and again when settings change (a wizard finished), never
    while the text is made."""
    import threading

    from klaros_desktop.services.core import settings
    from klaros_desktop.services.core.changes import Changes
    from klaros_desktop.services.setup import status
    from klaros_desktop.ui.backend import Backend

    i18n.use_language(qapp, "en")
    on_gui_thread: list[bool] = []
    real = status.is_set_up

    def is_set_up(sessions_):
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return real(sessions_)

    monkeypatch.setattr(status, "is_set_up", is_set_up)
    backend = Backend(profile, sessions)
    shown: list[str] = []
    backend.sync_status.connect(shown.append)
    wait_ops()
    assert backend.status_text(short=True) == "Not connected yet"
    settings.save_changes(sessions, {settings.RELAY_URL: "https://relay.example"})
    backend.changed(Changes(settings=True))
    wait_ops()
    assert backend.status_text(short=True).startswith("Offline since")
    assert shown[-1] == backend.status_text()  # the status bar heard of it
    assert on_gui_thread and not any(on_gui_thread)


def test_closing_the_set_up_wizard_reads_again_whether_the_profile_is_set_up(qtbot, qapp, profile, sessions,
                                                                              wait_ops):
    from klaros_desktop.services.core import settings
    from klaros_desktop.ui.backend import Backend
    from klaros_desktop.ui.main_window import MainWindow

    i18n.use_language(qapp, "en")
    window = MainWindow(Backend(profile, sessions))
    qtbot.addWidget(window)
    wait_ops()
    assert window.backend.set_up is False
    wizard = window.open_wizard()
    settings.save_changes(sessions, {settings.RELAY_URL: "https://relay.example"})  # as pairing does
    wizard.reject()
    qtbot.waitUntil(lambda: window.sync_label.full_text().startswith("Offline since"), timeout=5000)
