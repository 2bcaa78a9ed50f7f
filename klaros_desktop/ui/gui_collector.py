"""Python's cyclic garbage collector, run on the GUI thread only.

Left automatic, a collection runs on whichever thread happens to allocate when a generation fills up: often a
worker thread reading the database. A Qt object Python owns that sits in a reference cycle (a window or dialog
whose signals' callbacks name it) is then deleted on that worker while the GUI thread may be painting it, and the
process crashes. So the automatic collector is switched off and this timer on the GUI thread collects the
generations that are due, as the automatic one would have (the approach Anki and other PyQt apps take).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500  # often enough that garbage in cycles never builds up; a check costs microseconds

_installed: GuiCollector | None = None


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


def collect_due() -> int:
    """The oldest generation whose count passed its threshold, collected here (nothing when none has)."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    if counts[0] <= thresholds[0]:
        return 0
    generation = 2 if counts[2] > thresholds[2] else 1 if counts[1] > thresholds[1] else 0
    return gc.collect(generation)
