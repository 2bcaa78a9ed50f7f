"""Python's cyclic garbage collector, run on the GUI thread only.

Left automatic, a collection runs on whichever thread happens to allocate when a generation fills up: often a
worker thread reading the database. A Qt object Python owns that sits in a reference cycle (a window or dialog
whose signals' callbacks name it) is then deleted on that worker while the GUI thread may be painting it, and the
process crashes. So the automatic collector is switched off and this timer on the GUI thread collects the
generations that are due, as the automatic one would have (the approach Anki and other PyQt apps take).

A worker thread that builds what the app keeps (the database's open importing the ORM, the models and the pages'
modules) fills the young generation with it between two ticks: a tick then walks all of it in one turn of the GUI
thread, tens of milliseconds on a big profile. ``hold`` keeps the ticks from collecting until such work is
handed over, and ``main_window.freeze_startup_heap`` then moves what it made out of the collector's reach.
"""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500  # often enough that garbage in cycles never builds up; a check costs microseconds

_installed: GuiCollector | None = None
_holds = 0  # how many ``hold`` are not released yet (GUI thread only)


class GuiCollector(QObject):
    """The timer, a child of the application; ``collect_due`` is what each tick runs."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()

    def collect_due(self) -> None:
        collect_due()


def install(app: QObject) -> None:
    """Switch the automatic collector off for good and collect from ``app``'s thread (once per process)."""
    global _installed
    if _installed is None:
        _installed = GuiCollector(app)
    gc.disable()


def hold() -> Callable[[], None]:
    """No collection until the returned ``release`` is called (on the GUI thread; calls after the first do
    nothing): for a worker building long-lived objects, frozen once it is done (``freeze_startup_heap``)."""
    global _holds
    _holds += 1
    released = False

    def release() -> None:
        global _holds
        nonlocal released
        if not released:
            released = True
            _holds -= 1

    return release


def held() -> bool:
    return _holds > 0


def collect_due() -> int:
    """The oldest generation whose count passed its threshold, collected here (nothing when none has, or while
    a ``hold`` is not released)."""
    if _holds:
        return 0
    counts, thresholds = gc.get_count(), gc.get_threshold()
    if counts[0] <= thresholds[0]:
        return 0
    generation = 2 if counts[2] > thresholds[2] else 1 if counts[1] > thresholds[1] else 0
    return gc.collect(generation)
