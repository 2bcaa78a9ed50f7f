"""The GUI thread's collector at start-up: what a worker thread imports and builds while the database opens (the
ORM, the models, the services and the pages' modules) lives as long as the app. Left young, the first collection
on the GUI thread after it walks all of it in one turn, so it is frozen out of the cyclic GC when the worker
hands the database over, and no collection runs while the worker is still building it."""

from __future__ import annotations

import gc
import importlib.util
from pathlib import Path

from klaros_desktop.ui import gui_collector

_spec = importlib.util.spec_from_file_location("ui_conftest_gc", Path(__file__).with_name("conftest.py"))
_conf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_conf)
WAIT_MS = _conf.WAIT_MS



def test_no_collection_is_due_while_held_and_the_next_one_comes_after(qapp):
    gc.collect()
    release = gui_collector.hold()
    try:
        keep = [[] for _ in range(3 * gc.get_threshold()[0])]
        assert gc.get_count()[0] > gc.get_threshold()[0]
        assert gui_collector.collect_due() == 0
        assert gc.get_count()[0] > gc.get_threshold()[0]  # nothing was walked
    finally:
        release()
        release()  # a second release changes nothing
    assert not gui_collector.held()
    gui_collector.collect_due()
    assert gc.get_count()[0] < gc.get_threshold()[0]
    del keep


def test_what_the_worker_built_while_opening_is_frozen_before_the_attach(qtbot, qapp, shop_profile, monkeypatch):
    """``attach_backend_in_background``: collections wait while the worker opens the database and imports the
    pages' modules; what it made is frozen out of the cyclic GC on the GUI thread before the first attach step,
    and the collector runs again after."""
    from klaros_desktop import app
    from klaros_desktop.ui import main_window
    from klaros_desktop.ui.main_window import MainWindow

    events: list[str] = []
    real_freeze, real_open, real_attach = main_window.freeze_startup_heap, app._open_in_background, \
        MainWindow.attach_in_steps

    def freeze(stage: str = "window") -> None:
        events.append(f"frozen {stage}")
        real_freeze(stage)

    def open_in_background(profile):
        events.append(f"open, collections held: {gui_collector.held()}")
        return real_open(profile)

    def attach_in_steps(window, backend, on_error=None):
        events.append(f"attach, collections held: {gui_collector.held()}")
        return real_attach(window, backend, on_error)

    monkeypatch.setattr(main_window, "_frozen_stages", set())
    monkeypatch.setattr(main_window, "freeze_startup_heap", freeze)
    monkeypatch.setattr(app, "_open_in_background", open_in_background)
    monkeypatch.setattr(MainWindow, "attach_in_steps", attach_in_steps)
    window = app.open_window(qapp, shop_profile)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window._painted, timeout=WAIT_MS)
    try:
        app.attach_backend_in_background(window)
        qtbot.waitUntil(lambda: window.backend is not None, timeout=WAIT_MS)
        assert events[:4] == ["open, collections held: True", "frozen backend", "attach, collections held: False",
                              "frozen window"]
    finally:
        qtbot.waitUntil(lambda: window.backend is not None, timeout=WAIT_MS)
        for close in reversed(window.backend.closers):
            close()


def test_a_failed_open_lets_the_collector_run_again(qtbot, qapp, shop_profile, monkeypatch):
    from klaros_desktop import app

    def broken(_profile):
        raise OSError("disk gone")

    monkeypatch.setattr(app, "_open_in_background", broken)
    window = app.open_window(qapp, shop_profile)
    qtbot.addWidget(window)
    failed: list[BaseException] = []
    app.attach_backend_in_background(window, failed.append)
    qtbot.waitUntil(lambda: bool(failed), timeout=WAIT_MS)
    assert isinstance(failed[0], OSError) and not gui_collector.held()
