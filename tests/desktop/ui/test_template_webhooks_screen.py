"""An edited template's webhook (``message_template_components_update``) reaches the Templates screen: its texts
show at once from the change report, and the template is then fetched whole from Meta (the webhook has no
examples), which the screen shows too."""

from __future__ import annotations

import asyncio
import importlib.util
from pathlib import Path

from klaros_desktop.phrases import local_time
from klaros_desktop.relay_client import DeviceKey
from klaros_desktop.services.inbound.sync import SyncService
from klaros_desktop.ui import i18n
from klaros_desktop.ui.item_models import RowRole
from klaros_desktop.ui.templates_page import TemplatesPage

_spec = importlib.util.spec_from_file_location("ui_conftest_tw", Path(__file__).with_name("conftest.py"))
_conf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_conf)
WAIT_MS, envelope, OnePageRelay = _conf.WAIT_MS, _conf.envelope, _conf.OnePageRelay


def test_an_edited_template_shows_its_new_text_then_meta_s_whole_copy(qtbot, backend, graph, sessions,
                                                                     approved_template):
    """The page comes through the sync service the app runs (``Backend.attach_sync``), which then fetches the
    template whole; each step reaches the screen as a change report."""
    page = TemplatesPage(backend)
    qtbot.addWidget(page)
    row = next(i for i, t in enumerate(page.model.rows) if t.name == "order_ready")
    page.table.selectRow(row)
    assert "ist da" in page.preview.text()
    whole = [{"type": "HEADER", "format": "TEXT", "text": "Abholbereit"},
             {"type": "BODY", "text": "Hallo {{1}}, Ihre Bestellung {{2}} wartet auf Sie.",
              "example": {"body_text": [["Anna", "4711"]]}}]
    graph.meta_templates["1"] = {"id": "1", "name": "order_ready", "language": "de", "status": "APPROVED",
                                 "category": "UTILITY", "components": whole, "parameter_format": "POSITIONAL"}
    key = DeviceKey.generate()
    relay = OnePageRelay(key)
    service = SyncService(sessions, relay, device_id=relay.device_id, tenant_id=relay.tenant_id, key=key)
    backend.attach_sync(service)
    relay.add(envelope({"message_template_id": 1, "message_template_name": "order_ready",
                        "message_template_language": "de", "message_template_title": "Abholbereit",
                        "message_template_element": "Hallo {{1}}, Ihre Bestellung {{2}} wartet auf Sie."},
                       field="message_template_components_update"))
    shown = []
    backend.data_changed.connect(lambda _changes: shown.append(page.preview.text()))
    report = asyncio.run(service.sync_once())
    assert report.templates_fetched == 1 and graph.fetched == ["1"]
    first, then = shown
    assert "wartet auf Sie" in first and "Abholbereit" in first
    assert "[1]" in first  # no example yet: the webhook carries none
    assert "[Anna]" in then
    assert page.table.currentIndex().data(RowRole).components == whole


def test_a_low_quality_rating_is_said_on_the_templates_screen(qtbot, backend, apply, approved_template):
    page = TemplatesPage(backend)
    qtbot.addWidget(page)
    page.table.selectRow(next(i for i, t in enumerate(page.model.rows) if t.name == "order_ready"))
    assert "reactions" not in page.details.text()
    for score, said in (("RED", "as low"), ("YELLOW", "as medium"), ("GREEN", None)):
        stats = apply(envelope({"previous_quality_score": "GREEN", "new_quality_score": score,
                                "message_template_id": 1, "message_template_name": "order_ready",
                                "message_template_language": "de"}, field="message_template_quality_update"))
        backend.changed(stats.changes)
        assert (said in page.details.text()) if said else "reactions" not in page.details.text()


def test_a_category_change_meta_announced_is_said_until_it_happens(qtbot, backend, sessions):
    """Meta's advance notice (``template_category_update`` with ``correct_category``) from the simulator: the
    template's detail says what will change, when, and what it means for the price; the change itself ends it."""
    import httpx

    from klaros_desktop.graph import GraphClient
    from klaros_desktop.services.inbound.apply import ApplyStats, WebhookApplier
    from klaros_desktop.services.messaging import templates
    from klaros_sim.embedded import running_simulator, webhook_recorder

    secret, token = "category-secret", "EAAG-category-token"
    with webhook_recorder(secret) as hooks, running_simulator(callback_url=hooks.url, app_secret=secret, seed=3,
                                                              access_token=token) as sim:
        async def load():
            async with httpx.AsyncClient(trust_env=False) as http:
                await templates.refresh(sessions, GraphClient(http, phone_number_id=sim.config.phone_number_id,
                                                              waba_id=sim.config.waba_id, token=token,
                                                              base_url=sim.base_url))

        asyncio.run(load())
        page = TemplatesPage(backend)
        qtbot.addWidget(page)
        page.table.selectRow(next(i for i, t in enumerate(page.model.rows)
                                  if (t.name, t.language) == ("order_ready", "de")))
        assert "will change" not in page.details.text()

        def meta_says(**change) -> None:
            before = len(hooks.bodies)
            sim.recategorize_template("order_ready", "MARKETING", language="de", **change)
            sim.wait_until(lambda: len(hooks.bodies) > before, 10, "the category webhook")
            stats = ApplyStats()
            with sessions.begin() as s:
                for body in hooks.bodies[before:]:
                    stats.add(WebhookApplier(s).apply(body, correlation_id="relay-test"))
            backend.changed(stats.changes)

        meta_says(impending=True)
        said = page.details.text()
        coming = page.table.currentIndex().data(RowRole).category_coming_at
        assert "Meta will change this template's category from Utility to Marketing " in said
        assert i18n.render(local_time(coming)) in said
        assert "charged even while" in said  # what marketing means for the price
        assert "Utility" in page.model.data(page.model.index(page.table.currentIndex().row(), 2))

        meta_says()
        assert "will change" not in page.details.text()
        assert page.table.currentIndex().data(RowRole).category == "MARKETING"
