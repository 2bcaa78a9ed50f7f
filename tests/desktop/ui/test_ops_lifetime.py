"""An operation's result carrier (a QObject on the GUI thread) is deleted on the GUI thread once it has reported:
left to the garbage collector, it could be freed on a worker thread, where Qt must not delete it."""

from __future__ import annotations

import shiboken6

from klaros_desktop.ui import ops


def _relays_made(monkeypatch) -> list:
    made = []
    real = ops._relay

    def spy(on_done, on_error):
        relay = real(on_done, on_error)
        made.append(relay)
        return relay

    monkeypatch.setattr(ops, "_relay", spy)
    return made


def test_a_finished_operation_deletes_its_relay_on_the_gui_thread(qtbot, monkeypatch):
    made = _relays_made(monkeypatch)
    seen = []
    ops.run_sync(lambda: 42, seen.append)
    qtbot.waitUntil(lambda: seen == [42], timeout=5000)
    qtbot.waitUntil(lambda: not shiboken6.isValid(made[0]), timeout=5000)


def test_a_failed_operation_deletes_its_relay_too_even_when_its_callback_raises(qtbot, monkeypatch):
    made = _relays_made(monkeypatch)
    errors = []

    def broken_callback(exc):
        errors.append(exc)
        raise RuntimeError("the screen's own bug")

    def work():
        raise ValueError("no database")

    with qtbot.captureExceptions() as raised:
        ops.run_sync(work, None, broken_callback)
        qtbot.waitUntil(lambda: len(errors) == 1, timeout=5000)
    assert [str(exc) for _type, exc, _tb in raised] == ["the screen's own bug"]
    assert isinstance(errors[0], ValueError)
    qtbot.waitUntil(lambda: not shiboken6.isValid(made[0]), timeout=5000)
