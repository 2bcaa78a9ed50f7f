"""Meta's failure reasons come from the one catalogue below the UI (``graph/errors.py``) and reach the screen
through Qt's translation machinery, like every other sentence."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QTranslator

from klaros_desktop.graph.errors import failure_reason
from klaros_desktop.ui.i18n import render

CONTEXT = "GraphErrors"


class Shouting(QTranslator):
    """Stands in for a .qm file: 'translates' every GraphErrors string to upper case."""

    def translate(self, context, source, disambiguation=None, n=-1):
        if context != CONTEXT:
            return None
        return re.sub(r"[^{}]+(?=\{|$)", lambda m: m.group(0).upper(), source)  # placeholders stay

    def isEmpty(self):
        return False


def test_failure_reasons_go_through_the_installed_translator(qapp):
    translator = Shouting()
    QCoreApplication.installTranslator(translator)
    try:
        known = render(failure_reason(131047, None, None))
        unknown = render(failure_reason(None, None, None))
    finally:
        QCoreApplication.removeTranslator(translator)
    assert known.startswith("NOT DELIVERED: MORE THAN 24 HOURS") and known.endswith("(META ERROR 131047)")
    assert unknown == "NOT DELIVERED: META DID NOT SAY WHY."
    assert render(failure_reason(131047, None, None)).startswith("Not delivered: More than 24 hours")


def test_a_held_outbox_items_meta_refusal_is_the_catalogues_sentence(qapp):
    """The outbox words no Meta refusal of its own: known codes, and Meta's details for unknown ones."""
    from datetime import UTC, datetime

    from klaros_desktop.services.messaging.outbox import HELD, META_ERROR, QueuedText

    def held(code, title, details):
        return QueuedText(1, 1, "+4915112345678", "Hallo", datetime.now(UTC), HELD, reason_code=META_ERROR,
                          error_code=code, error_title=title, error_text=details)

    cases = [(131026, "Message undeliverable", None), (131999, "Something new", "Meta's own details"),
             (None, "Bad request", None)]
    for code, title, details in cases:
        assert held(code, title, details).reason == failure_reason(code, title, details)
    translator = Shouting()
    QCoreApplication.installTranslator(translator)
    try:
        shown = render(held(131999, "Something new", "Meta's own details").reason)
    finally:
        QCoreApplication.removeTranslator(translator)
    assert shown == "NOT DELIVERED: Meta's own details (META ERROR 131999)"

