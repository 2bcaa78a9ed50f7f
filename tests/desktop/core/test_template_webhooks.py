"""Meta's template webhooks from the simulator through a real relay (sealed, pulled, opened with the device key)
into the desktop's database: ``message_template_components_update`` after an edit made outside Klaros,
``template_category_update`` (announced, then done) and ``message_template_quality_update``; each names the
template in the sync report, so the app fetches it whole (the webhooks carry no examples)."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from klaros_desktop.graph import GraphClient
from klaros_desktop.models import AuditEvent, MessageTemplate
from klaros_desktop.relay_client import DeviceKey, RelayClient
from klaros_desktop.services.inbound import templates as inbound_templates
from klaros_desktop.services.inbound.apply import ApplyStats, WebhookApplier
from klaros_desktop.services.inbound.sync import SyncService
from klaros_desktop.services.messaging import templates
from klaros_sim.embedded import running_simulator
from relay.embedded import RelayServer

TOKEN = "EAAG-template-webhooks"
FIXTURES = Path(__file__).parents[2] / "fixtures" / "meta"


@pytest.fixture
def relay(tmp_path):
    with RelayServer(tmp_path / "relay") as server:
        yield server


@pytest.fixture
async def stack(relay, sessions):
    """Simulator -> relay -> this device; the local templates loaded from the simulator first."""
    shop = relay.create_tenant("Bäckerei Sonne")
    key = DeviceKey.generate()
    with running_simulator(callback_url=relay.url + shop.webhook_path, app_secret=shop.app_secret, seed=3,
                           phone_number_id=shop.phone_number_id, waba_id=shop.waba_id,
                           access_token=TOKEN) as sim:
        async with httpx.AsyncClient(trust_env=False) as http:
            paired = await RelayClient(http, relay.url).pair(relay.add_device(shop.tenant_id).code, key.public_b64,
                                                             "Kasse")
            client = RelayClient(http, relay.url, token=paired.token, key=key, tenant_id=paired.tenant_id,
                                 device_id=paired.device_id)
            service = SyncService(sessions, client, device_id=paired.device_id, tenant_id=paired.tenant_id, key=key)
            graph = GraphClient(http, phone_number_id=shop.phone_number_id, waba_id=shop.waba_id, token=TOKEN,
                                base_url=sim.base_url, backoff_base=0.01, backoff_max=0.05)
            await templates.refresh(sessions, graph)
            yield sim, service, graph


def _row(sessions, name="order_ready", language="de") -> MessageTemplate:
    with sessions() as s:
        return s.scalar(select(MessageTemplate).where(MessageTemplate.name == name,
                                                      MessageTemplate.language == language))


def _field(name: str):
    return lambda body: any(c.get("field") == name for e in body.get("entry", []) for c in e.get("changes", []))


async def _through_the_relay(sim, service, field: str):
    """Wait until the simulator's webhook of ``field`` was taken by the relay, then sync it in."""
    sim.wait_for_webhook(_field(field), 20)
    return await service.sync_once()


async def test_an_edit_in_whatsapp_manager_reaches_the_stored_template(stack, sessions):
    sim, service, graph = stack
    sim.configure(template_review_delay=600)  # the edit's review outcome is not what this test is about
    row = _row(sessions)
    edited = [{"type": "HEADER", "format": "TEXT", "text": "Abholbereit"},
              {"type": "BODY", "text": "Hallo {{1}}, Ihre Bestellung {{2}} wartet bis {{3}} auf Sie.",
               "example": {"body_text": [["Anna", "4711", "Freitag"]]}},
              {"type": "FOOTER", "text": "Bäckerei Sonne"}]
    async with httpx.AsyncClient(trust_env=False) as meta:  # someone edits it in WhatsApp Manager
        answer = await meta.post(f"{sim.base_url}/v23.0/{row.meta_id}", json={"components": edited},
                                 headers={"Authorization": f"Bearer {TOKEN}"})
    assert answer.status_code == 200

    report = await _through_the_relay(sim, service, "message_template_components_update")
    assert report.stats.templates == 1 and report.changes.templates == {row.id}
    stored = _row(sessions).components
    assert [c["type"] for c in stored] == ["HEADER", "BODY", "FOOTER"]
    assert stored[0]["text"] == "Abholbereit" and stored[2]["text"] == "Bäckerei Sonne"
    assert stored[1]["text"] == edited[1]["text"] and "example" not in stored[1]  # the old example no longer fits

    refreshed = await templates.fetch_named(sessions, graph, report.changes.templates)  # as the app does then
    assert refreshed.changes.templates == {row.id}
    assert _row(sessions).components == edited


async def test_meta_recategorizing_a_template_is_kept_and_announced(stack, sessions):
    sim, service, _graph = stack
    sim.recategorize_template("order_ready", "MARKETING", language="de", impending=True)
    report = await _through_the_relay(sim, service, "template_category_update")
    assert report.changes.templates == {_row(sessions).id}
    assert _row(sessions).category == "UTILITY"  # only announced: the current category stays
    with sessions() as s:
        [announced] = s.scalars(select(AuditEvent).where(AuditEvent.action == inbound_templates.CATEGORY_ANNOUNCED))
        assert announced.subject == "order_ready" and announced.details["correct_category"] == "MARKETING"
        assert announced.details["language"] == "de" and announced.details["at"]

    sim.recategorize_template("order_ready", "MARKETING", language="de")
    sim.wait_for_webhook(lambda b: "previous_category" in json.dumps(b), 20)
    await service.sync_once()
    assert _row(sessions).category == "MARKETING"


async def test_a_quality_change_reaches_the_stored_template(stack, sessions):
    sim, service, _graph = stack
    sim.set_template_quality("order_ready", "RED", language="de")
    report = await _through_the_relay(sim, service, "message_template_quality_update")
    assert report.changes.templates == {_row(sessions).id}
    assert _row(sessions).quality_score == "RED"


def _bodies(name: str) -> dict:
    return json.loads((FIXTURES / "pywa" / name).read_text(encoding="utf-8"))


def test_meta_s_sample_components_update_is_applied(sessions):
    """pywa's recordings of Meta's webhook (the first is Meta's reference example): a template not known
    locally yet is created from it; one with link and call buttons gets their texts, links and numbers."""
    samples = _bodies("template_components_update.json")["element"]
    with sessions.begin() as s:
        s.add(MessageTemplate(name="order_confirmation", language="en_US", status="APPROVED", category="UTILITY",
                              meta_id="1315502779341834", components=[
                                  {"type": "BODY", "text": "Thanks, {{1}}!", "example": {"body_text": [["Pablo"]]}},
                                  {"type": "BUTTONS", "buttons": [
                                      {"type": "PHONE_NUMBER", "text": "Call", "phone_number": "+15550000000"},
                                      {"type": "URL", "text": "Help", "url": "https://example.com"}]}]))
    with sessions.begin() as s:
        stats = WebhookApplier(s).apply(samples["all"])
        stats.add(WebhookApplier(s).apply({k: v for k, v in samples.items() if k != "all"}))
    assert stats.templates == 2 and stats.ignored == []
    confirmation = _row(sessions, "order_confirmation", "en_US")
    assert confirmation.status == "APPROVED"
    header, body, footer, buttons = confirmation.components
    assert header == {"type": "HEADER", "format": "TEXT", "text": "Your order is confirmed!"}
    assert body["text"].startswith("Thank you for your order, {{1}}! Your order number is {{2}}.")
    assert "example" not in body and footer["text"] == "Lucky Shrub: the Succulent Specialists!"
    assert buttons["buttons"] == [
        {"type": "PHONE_NUMBER", "text": "Phone support", "phone_number": "+15550783881"},
        {"type": "URL", "text": "Email support", "url": "https://www.luckyshrub.com/support"}]
    created = _row(sessions, "my_message_template", "he")
    assert created.meta_id == "12345678"
    assert created.components == [{"type": "BODY", "text": "Hi {{1}}! Welcome to our service."}]


def test_a_text_header_and_footer_missing_from_the_update_are_gone(sessions):
    stats = ApplyStats()
    kept = inbound_templates.with_texts(
        [{"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["x"]}},
         {"type": "BODY", "text": "Hallo {{1}}", "example": {"body_text": [["Anna"]]}},
         {"type": "FOOTER", "text": "alt"}],
        {"message_template_element": "Guten Tag {{1}}"})
    assert kept == [{"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["x"]}},
                    {"type": "BODY", "text": "Guten Tag {{1}}", "example": {"body_text": [["Anna"]]}}]
    dropped = inbound_templates.with_texts([{"type": "HEADER", "format": "TEXT", "text": "alt"},
                                            {"type": "BODY", "text": "x"}], {"message_template_element": "x"})
    assert dropped == [{"type": "BODY", "text": "x"}] and stats.templates == 0


def test_meta_s_two_shapes_of_template_category_update(sessions):
    """An impending change keeps the category (``new_category`` is the current one there) and is audited with the
    coming category; the completed change stores it. The pywa sample's bare ``new_category`` is a completed one."""
    samples = json.loads((FIXTURES / "current" / "template_category_update.json").read_text(encoding="utf-8"))
    with sessions.begin() as s:
        s.add(MessageTemplate(name="welcome_template", language="en_US", status="APPROVED", category="UTILITY"))
    with sessions.begin() as s:
        WebhookApplier(s).apply(samples["impending"])
    assert _row(sessions, "welcome_template", "en_US").category == "UTILITY"
    with sessions() as s:
        [announced] = s.scalars(select(AuditEvent).where(AuditEvent.action == inbound_templates.CATEGORY_ANNOUNCED))
        assert announced.details == {"language": "en_US", "category": "UTILITY", "correct_category": "MARKETING",
                                     "at": "2025-10-17T14:30:33+00:00"}
    with sessions.begin() as s:
        WebhookApplier(s).apply(samples["completed"])
        WebhookApplier(s).apply(_bodies("template_category_update.json")["marketing"])
    assert _row(sessions, "welcome_template", "en_US").category == "MARKETING"
    assert _row(sessions, "my_message_template", "he").category == "MARKETING"


def _stored(data_dir: Path, name="order_ready", language="de") -> MessageTemplate:
    from klaros_desktop import db
    from klaros_desktop.paths import Profile

    engine, sessions = db.open_database(Profile(data_dir))
    try:
        return _row(sessions, name, language)
    finally:
        engine.dispose()


@pytest.mark.slow
def test_klaros_sync_fetches_whole_the_templates_its_webhooks_named(relay, tmp_path, monkeypatch, capsys):
    """``klaros sync --once`` does what the app does after a page that names templates: it fetches them whole
    from Meta (the components update carries no examples), through the same sync service."""
    from klaros_desktop.cli import main

    shop = relay.create_tenant("Bäckerei Sonne")
    with running_simulator(callback_url=relay.url + shop.webhook_path, app_secret=shop.app_secret, seed=3,
                           phone_number_id=shop.phone_number_id, waba_id=shop.waba_id, access_token=TOKEN,
                           template_review_delay=600) as sim:
        monkeypatch.setenv("KLAROS_META_TOKEN", TOKEN)
        data = ["--data-dir", str(tmp_path / "shop")]
        assert main([*data, "pair", "--relay", relay.url, "--code", relay.add_device(shop.tenant_id).code,
                     "--name", "Kasse"]) == 0
        assert main([*data, "connect", "--phone-number-id", shop.phone_number_id, "--waba-id", shop.waba_id,
                     "--graph-url", sim.base_url]) == 0
        meta_id = _stored(tmp_path / "shop").meta_id
        edited = [{"type": "BODY", "text": "Hallo {{1}}, Ihre Torte {{2}} ist fertig.",
                   "example": {"body_text": [["Anna", "Schwarzwälder"]]}}]
        with httpx.Client(trust_env=False) as meta:  # someone edits it in WhatsApp Manager
            assert meta.post(f"{sim.base_url}/v23.0/{meta_id}", json={"components": edited},
                             headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200
        sim.wait_for_webhook(_field("message_template_components_update"), 20)
        capsys.readouterr()
        assert main([*data, "sync", "--once"]) == 0
        out = capsys.readouterr().out
    assert "1 template update," in out and "Templates: 1 template fetched whole from Meta." in out
    assert _stored(tmp_path / "shop").components == edited  # with Meta's example, which the webhook lacks
