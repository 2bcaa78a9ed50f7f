"""The defects a shop owner hit within minutes in the inbox, contacts and templates screens; each test failed on
the code before its fix."""

from __future__ import annotations

import importlib.util
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from klaros_desktop.models import MessageTemplate
from klaros_desktop.services.inbound.sync import SyncReport
from klaros_desktop.ui import composer as composer_module
from klaros_desktop.ui.inbox import InboxPage

_spec = importlib.util.spec_from_file_location("ui_conftest", Path(__file__).with_name("conftest.py"))
_conf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_conf)
WAIT_MS, envelope, text_message = _conf.WAIT_MS, _conf.envelope, _conf.text_message


def _page(qtbot, backend, width=1100, height=700) -> InboxPage:
    page = InboxPage(backend)
    qtbot.addWidget(page)
    page.resize(width, height)
    page.show()
    return page


# ---------------------------------------------------------------- templates: approved means fetched
def test_an_approved_template_is_fetched_whole_when_its_status_webhook_arrives(qtbot, backend, graph, apply,
                                                                                sessions, wait_ops):
    body = [{"type": "BODY", "text": "Hallo {{1}}, Ihre Tulpen sind da.", "example": {"body_text": [["Anna"]]}}]
    graph.meta_templates["777"] = {"id": "777", "name": "tulips_ready", "language": "de", "status": "APPROVED",
                                   "category": "UTILITY", "components": body, "parameter_format": "POSITIONAL"}
    stats = apply(envelope({"event": "APPROVED", "message_template_id": 777, "message_template_name": "tulips_ready",
                            "message_template_language": "de", "reason": "NONE",
                            "message_template_category": "UTILITY"}, field="message_template_status_update"))
    heard = []
    backend.data_changed.connect(heard.append)
    backend.applied(SyncReport(stats=stats))
    wait_ops()
    assert graph.fetched == ["777"]
    with sessions() as s:
        template = s.scalar(select(MessageTemplate).where(MessageTemplate.name == "tulips_ready"))
        assert template.status == "APPROVED" and template.components == body
    assert len(heard) == 2 and heard[1].templates == {template.id}  # the screens hear of the fetch too
