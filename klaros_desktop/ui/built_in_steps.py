"""Pages built one group of widgets per event-loop turn, so that building them at start-up never holds the GUI
thread for long (the main window drives ``build_steps``; opening a page early finishes it at once)."""

from __future__ import annotations

from collections.abc import Iterator


class BuiltInSteps:
    """Mixed in before the Qt class: ``build_steps`` is the page's generator of groups; the page is not complete
    until it has run out."""

    build_steps: Iterator[object]

    def begin_building(self, steps: Iterator[object], *, in_steps: bool) -> None:
        """Keep ``steps`` for the main window to drive, or run them all now for a page not built in steps."""
        self.build_steps = steps
        if not in_steps:
            self.finish_building()

    def finish_building(self) -> None:
        """What is left of ``build_steps``, now."""
        for _step in self.build_steps:
            pass
