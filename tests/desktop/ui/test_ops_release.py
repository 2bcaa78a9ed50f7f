"""A finished background operation lets go of its callbacks: a screen's bound method (and the screen behind it,
or a large result it captured) must not be kept alive by the object that carried the answer across threads."""

from __future__ import annotations

import asyncio
import gc
import weakref

from klaros_desktop.ui import ops


class Screen:
    def __init__(self) -> None:
        self.answers: list[object] = []

    def shown(self, value: object) -> None:
        self.answers.append(value)

    def failed(self, exc: BaseException) -> None:
        self.answers.append(exc)


def _released(qtbot, start) -> bool:
    screen = Screen()
    alive, answers = weakref.ref(screen), screen.answers
    start(screen)
    del screen
    qtbot.waitUntil(lambda: bool(answers) and ops.pending() == 0, timeout=5000)
    gc.collect()
    return alive() is None


def test_a_finished_sync_operation_keeps_no_callback_alive(qtbot):
    assert _released(qtbot, lambda s: ops.run_sync(lambda: "rows", s.shown, s.failed))


def test_a_failed_sync_operation_keeps_no_callback_alive(qtbot):
    def broken() -> None:
        raise LookupError("gone")

    assert _released(qtbot, lambda s: ops.run_sync(broken, s.shown, s.failed))


def test_a_finished_async_operation_keeps_no_callback_alive(qtbot):
    async def work() -> str:
        await asyncio.sleep(0)
        return "rows"

    assert _released(qtbot, lambda s: ops.run_async(work, s.shown, s.failed))


def test_an_answer_for_a_screen_closed_meanwhile_is_dropped_not_raised(qtbot):
    """A window closed while its read still runs: the answer finds its widgets deleted. It is dropped (one
    debug line), not turned into an error in the event loop."""
    import threading

    import shiboken6
    from PySide6.QtWidgets import QLabel

    gate = threading.Event()
    label = QLabel()
    shown: list[str] = []

    def fill(text: str) -> None:
        shown.append(text)
        label.setText(text)

    ops.run_sync(lambda: gate.wait(5) and "rows", fill)
    ops.run_sync(lambda: gate.wait(5) and "rows", label.setText)
    shiboken6.delete(label)
    gate.set()
    qtbot.waitUntil(lambda: ops.pending() == 0, timeout=5000)
    assert shown == []
