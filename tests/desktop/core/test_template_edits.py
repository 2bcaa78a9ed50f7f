"""Editing an existing template (``services/messaging/template_edits.py``) against the simulator: Meta's rules
said before anything is sent, the edit posted to ``POST /{template-id}``, the template back in review, the audit
row under the request's correlation id, Meta's own refusal told through the error catalogue."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import select

from klaros_desktop.graph import GraphClient
from klaros_desktop.graph import errors as graph_errors
from klaros_desktop.graph.errors import GraphError
from klaros_desktop.models import AuditEvent, MessageTemplate, utcnow
from klaros_desktop.services.core import audit
from klaros_desktop.services.core.audit import GraphAuditWriter
from klaros_desktop.services.inbound.apply import WebhookApplier
from klaros_desktop.services.messaging import template_drafts, template_edits, templates

SECRET = "edit-app-secret"
TOKEN = "EAAG-edit-token"
NEW_TEXT = "Hallo {{1}}, Ihre Bestellung {{2}} wartet im Laden auf Sie."


@pytest.fixture
def sim(recorded_simulator):
    return recorded_simulator(secret=SECRET, token=TOKEN, seed=3)


@pytest.fixture
def writer(sessions):
    w = GraphAuditWriter(sessions)
    yield w
    w.close()


@pytest.fixture
async def graph(sim, writer, sessions):
    async with httpx.AsyncClient(trust_env=False) as http:
        client = GraphClient(http, phone_number_id=sim.config.phone_number_id, waba_id=sim.config.waba_id,
                             token=TOKEN, base_url=sim.base_url, backoff_base=0.01, backoff_max=0.05, audit=writer)
        await templates.refresh(sessions, client)  # the local copy of what Meta has, as the screen shows it
        yield client


def _edits(sim) -> list[dict]:
    return [r for r in sim.requests() if r["method"] == "POST" and "/message_templates" not in r["path"]
            and r["path"].count("/") == 2]


def _row(sessions, name="order_ready", language="de") -> MessageTemplate:
    with sessions() as s:
        return s.scalar(select(MessageTemplate).where(MessageTemplate.name == name,
                                                      MessageTemplate.language == language))


def _apply_hooks(sim, sessions, since: int) -> None:
    with sessions.begin() as s:
        for body in sim.hooks.bodies[since:]:
            WebhookApplier(s).apply(body, correlation_id="relay-test")


async def test_an_approved_template_is_edited_goes_back_to_review_and_the_edit_is_audited(sim, sessions, graph,
                                                                                         writer):
    sim.configure(template_review_delay=600)
    editing = template_edits.prepare(sessions, "order_ready", "de")
    assert editing.blocked is None and editing.category_fixed
    assert editing.draft.body == "Hallo {{1}}, Ihre Bestellung {{2}} liegt zur Abholung bereit."
    assert editing.draft.examples == ["Anna", "4711"] and editing.draft.name == "order_ready"
    draft = replace(editing.draft, body=NEW_TEXT)
    assert template_edits.problems(editing, draft) == [] and template_edits.changed(editing, draft)

    changes = await template_edits.edit(sessions, graph, draft)
    writer.flush()
    row = _row(sessions)
    assert changes.templates == {row.id}
    assert row.status == "PENDING" and row.components[0]["text"] == NEW_TEXT and row.category == "UTILITY"
    [request] = _edits(sim)
    assert request["path"] == f"/v23.0/{row.meta_id}" and request["status"] == 200
    with sessions() as s:
        [edited] = s.scalars(select(AuditEvent).where(AuditEvent.action == "template_edited")).all()
        [posted] = s.scalars(select(AuditEvent).where(AuditEvent.action == audit.GRAPH_REQUEST,
                                                      AuditEvent.subject == f"POST /v23.0/{row.meta_id}")).all()
    assert edited.subject == "order_ready" and edited.actor == "user"
    assert edited.details == {"language": "de", "meta_id": row.meta_id, "status_before": "APPROVED",
                              "category": "UTILITY"}
    assert edited.correlation_id == posted.correlation_id == request["correlation_id"]

    before = len(sim.hooks.bodies)
    sim.decide_template("order_ready", "APPROVED", language="de")  # Meta's review, told by webhook
    sim.wait_until(lambda: len(sim.hooks.bodies) > before, 10, "the review's webhook")
    _apply_hooks(sim, sessions, before)
    assert _row(sessions).status == "APPROVED"


async def test_meta_s_rules_are_said_before_anything_is_sent(sim, sessions, graph):
    sim.configure(template_review_delay=600)
    sim.freeze_clock()
    editing = template_edits.prepare(sessions, "order_ready", "de")
    marketing = replace(editing.draft, category="MARKETING", body=NEW_TEXT)
    [said] = template_edits.problems(editing, marketing)
    assert "category of an approved template" in said
    with pytest.raises(template_edits.EditRefused, match="category"):
        await template_edits.edit(sessions, graph, marketing)
    with pytest.raises(template_edits.EditRefused, match="Nothing has changed"):
        await template_edits.edit(sessions, graph, editing.draft)
    assert _edits(sim) == []

    await template_edits.edit(sessions, graph, replace(editing.draft, body=NEW_TEXT))
    pending = template_edits.prepare(sessions, "order_ready", "de")
    assert "still reviewing" in pending.blocked
    with pytest.raises(template_edits.EditRefused, match="still reviewing"):
        await template_edits.edit(sessions, graph, replace(pending.draft, body=NEW_TEXT + " Danke!"))
    sim.decide_template("order_ready", "APPROVED", language="de")
    with sessions.begin() as s:  # the webhook's outcome, as sync stores it
        s.scalar(select(MessageTemplate).where(MessageTemplate.name == "order_ready")).status = "APPROVED"

    again = template_edits.prepare(sessions, "order_ready", "de")
    assert "once a day" in again.blocked  # the first edit was less than 24 hours ago
    later = utcnow() + timedelta(hours=25)
    assert template_edits.prepare(sessions, "order_ready", "de", now=later).blocked is None
    sim.advance(25 * 3600)
    await template_edits.edit(sessions, graph, replace(again.draft, body=NEW_TEXT + " Danke!"), now=later)
    assert len(_edits(sim)) == 2


async def test_ten_edits_of_an_approved_template_in_thirty_days_are_all_meta_allows(sim, sessions, graph):
    with sessions.begin() as s:  # nine earlier edits in the last 29 days, as the trail keeps them
        row = s.scalar(select(MessageTemplate).where(MessageTemplate.name == "order_ready"))
        for day in range(2, 12):
            event = audit.record(s, "template_edited", subject="order_ready",
                                 details={"language": "de", "meta_id": row.meta_id, "status_before": "APPROVED",
                                          "category": "UTILITY"})
            event.at = utcnow() - timedelta(days=day)
    editing = template_edits.prepare(sessions, "order_ready", "de")
    assert "10 times in 30 days" in editing.blocked
    assert template_edits.prepare(sessions, "order_ready", "de", now=utcnow() + timedelta(days=20)).blocked is None
    with sessions.begin() as s:  # edits of a rejected template do not count
        row = s.scalar(select(MessageTemplate).where(MessageTemplate.name == "order_ready"))
        row.status = "REJECTED"
    assert template_edits.prepare(sessions, "order_ready", "de").blocked is None


async def test_a_rejected_template_may_change_its_category(sim, sessions, graph):
    sim.configure(template_review_delay=600)
    sim.decide_template("order_ready", "REJECTED", language="de", reason="INCORRECT_CATEGORY")
    with sessions.begin() as s:
        s.scalar(select(MessageTemplate).where(MessageTemplate.name == "order_ready")).status = "REJECTED"
    editing = template_edits.prepare(sessions, "order_ready", "de")
    assert not editing.category_fixed
    await template_edits.edit(sessions, graph, replace(editing.draft, category="MARKETING"))
    row = _row(sessions)
    assert row.category == "MARKETING" and row.status == "PENDING" and row.rejected_reason is None
    node = httpx.get(f"{sim.base_url}/v23.0/{row.meta_id}", headers={"Authorization": f"Bearer {TOKEN}"},
                     trust_env=False).json()
    assert node["category"] == "MARKETING" and node["status"] == "PENDING"


async def test_meta_s_own_refusal_is_told_through_the_catalogue_and_audited(sim, sessions, graph):
    """Someone edited the template in WhatsApp Manager meanwhile: Klaros's own count cannot know, Meta refuses."""
    sim.configure(template_review_delay=600)
    row = _row(sessions)
    with httpx.Client(base_url=sim.base_url, trust_env=False, headers={"Authorization": f"Bearer {TOKEN}"}) as meta:
        assert meta.post(f"/v23.0/{row.meta_id}", json={"components": [
            {"type": "BODY", "text": "Ihre Bestellung ist da, bis bald."}]}).status_code == 200
    sim.decide_template("order_ready", "APPROVED", language="de")
    editing = template_edits.prepare(sessions, "order_ready", "de")
    with pytest.raises(GraphError) as refused:
        await template_edits.edit(sessions, graph, replace(editing.draft, body=NEW_TEXT))
    assert refused.value.code == 100 and "24-hour" in refused.value.user_message
    said = graph_errors.template_refusal(refused.value)
    assert "Meta did not accept the template" in said and refused.value.user_message in said
    assert _row(sessions).status == "APPROVED" and _row(sessions).components == row.components
    with sessions() as s:
        [failed] = s.scalars(select(AuditEvent).where(AuditEvent.action == "template_edit_refused")).all()
    assert failed.details["code"] == 100 and failed.correlation_id == refused.value.correlation_id


async def test_templates_klaros_cannot_write_whole_are_not_edited_half(sim, sessions, graph):
    """An edit replaces every component: a part the editor cannot hold (a catalogue button here) would be lost."""
    await graph.create_template("code_sale", "de", "MARKETING", [
        {"type": "BODY", "text": "Hallo {{1}}, unser Sortiment wartet.", "example": {"body_text": [["Anna"]]}},
        {"type": "BUTTONS", "buttons": [{"type": "CATALOG", "text": "View catalog"}]}])
    sim.decide_template("code_sale", "APPROVED", language="de")
    await templates.refresh(sessions, graph)
    editing = template_edits.prepare(sessions, "code_sale", "de")
    assert "WhatsApp Manager" in editing.blocked
    with pytest.raises(template_edits.EditRefused, match="WhatsApp Manager"):
        await template_edits.edit(sessions, graph, replace(editing.draft, body="Hallo {{1}}, neu."))
    with pytest.raises(template_edits.EditRefused, match="no template"):
        template_edits.prepare(sessions, "gibt_es_nicht", "de")


PICTURE = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
NEWS = [{"type": "BODY", "text": "Hallo {{1}}, neu im Laden: {{2}} und mehr.",
         "example": {"body_text": [["Anna", "Tulpen"]]}},
        {"type": "FOOTER", "text": "Bäckerei Sonne"},
        {"type": "BUTTONS", "buttons": [
            {"type": "URL", "text": "Zum Shop", "url": "https://example.com/shop/{{1}}",
             "example": ["https://example.com/shop/tulpen"]},
            {"type": "PHONE_NUMBER", "text": "Anrufen", "phone_number": "+4930123456"},
            {"type": "QUICK_REPLY", "text": "Stopp"}]}]


async def _picture_template(sim, sessions, graph) -> None:
    """shop_news as WhatsApp Manager would have made it: a picture on top (uploaded with the Resumable Upload
    API), a link with a value, a call button and a quick reply; approved, and read into Klaros."""
    handle = await graph.upload_handle(PICTURE, "image/png", "laden.png")
    await graph.create_template("shop_news", "de", "MARKETING", [
        {"type": "HEADER", "format": "IMAGE", "example": {"header_handle": [handle]}}, *NEWS])
    sim.decide_template("shop_news", "APPROVED", language="de")
    await templates.refresh(sessions, graph)


def _node(sim, meta_id: str) -> dict:
    return httpx.get(f"{sim.base_url}/v23.0/{meta_id}", headers={"Authorization": f"Bearer {TOKEN}"},
                     trust_env=False).json()


async def test_a_template_with_a_picture_link_and_call_buttons_is_edited_whole(sim, sessions, graph):
    sim.configure(template_review_delay=600)
    await _picture_template(sim, sessions, graph)
    editing = template_edits.prepare(sessions, "shop_news", "de")
    assert editing.blocked is None
    draft = editing.draft
    assert draft.header_format == "IMAGE" and draft.header_example.startswith("http")
    assert draft.buttons == ["Stopp"] and draft.actions_first
    assert [(a.kind, a.text, a.target, a.example) for a in draft.actions] == [
        ("URL", "Zum Shop", "https://example.com/shop/{{1}}", "https://example.com/shop/tulpen"),
        ("PHONE_NUMBER", "Anrufen", "+4930123456", "")]
    assert draft.examples == ["Anna", "Tulpen"]
    assert not template_edits.changed(editing, draft)
    old_url = draft.header_example

    await template_edits.edit(sessions, graph, replace(draft, body="Hallo {{1}}, diese Woche neu: {{2}} und mehr."))
    row = _row(sessions, "shop_news")
    node = _node(sim, row.meta_id)
    header, body, footer, buttons = node["components"]
    assert body["text"] == "Hallo {{1}}, diese Woche neu: {{2}} und mehr." and body["example"] == NEWS[0]["example"]
    assert footer == NEWS[1] and buttons == NEWS[2]  # the buttons as they were, in Meta's order
    new_url = header["example"]["header_handle"][0]
    assert header["format"] == "IMAGE" and new_url != old_url  # uploaded again: an edit needs a fresh handle
    assert httpx.get(new_url, trust_env=False).content == PICTURE
    assert [r["path"] for r in sim.requests() if r["path"].endswith("/uploads")] == [
        f"/v23.0/{sim.config.app_id}/uploads"] * 2  # the test's own upload, then the edit's
    assert row.status == "PENDING" and row.components[0]["example"]["header_handle"][0].startswith("4::")


async def test_a_new_picture_chosen_is_uploaded_as_the_example(sim, sessions, graph, tmp_path):
    sim.configure(template_review_delay=600)
    await _picture_template(sim, sessions, graph)
    editing = template_edits.prepare(sessions, "shop_news", "de")
    chosen = tmp_path / "fruehling.jpg"
    chosen.write_bytes(b"\xff\xd8\xff\xe0 a spring picture " * 50)
    draft = replace(editing.draft, header_file=str(chosen))
    assert template_edits.changed(editing, draft) and template_edits.problems(editing, draft) == []
    await template_edits.edit(sessions, graph, draft)
    header = _node(sim, _row(sessions, "shop_news").meta_id)["components"][0]
    assert httpx.get(header["example"]["header_handle"][0], trust_env=False).content == chosen.read_bytes()
    wrong = tmp_path / "bild.gif"
    wrong.write_bytes(b"GIF89a")
    assert "JPEG or PNG" in template_drafts.file_problem("IMAGE", str(wrong))


async def test_named_values_are_edited_with_their_examples(sim, sessions, graph):
    sim.configure(template_review_delay=600)
    await graph.create_template("pickup_named", "de", "UTILITY", [
        {"type": "BODY", "text": "Hallo {{first_name}}, Ihre Bestellung {{order_id}} ist da.",
         "example": {"body_text_named_params": [{"param_name": "first_name", "example": "Anna"},
                                                {"param_name": "order_id", "example": "4711"}]}}],
        parameter_format="NAMED")
    sim.decide_template("pickup_named", "APPROVED", language="de")
    await templates.refresh(sessions, graph)
    editing = template_edits.prepare(sessions, "pickup_named", "de")
    assert editing.blocked is None and editing.draft.named()
    assert editing.draft.variables() == ["first_name", "order_id"] and editing.draft.examples == ["Anna", "4711"]
    numbered = replace(editing.draft, body="Hallo {{1}}, Ihre Bestellung ist da.")
    assert any("lowercase letters" in p for p in template_edits.problems(editing, numbered))
    draft = replace(editing.draft, body="Guten Tag {{first_name}}, Bestellung {{order_id}} wartet auf Sie.",
                    examples=["Berta", "4712"])
    assert template_edits.problems(editing, draft) == []
    await template_edits.edit(sessions, graph, draft)
    [body] = _node(sim, _row(sessions, "pickup_named").meta_id)["components"]
    assert body == {"type": "BODY", "text": "Guten Tag {{first_name}}, Bestellung {{order_id}} wartet auf Sie.",
                    "example": {"body_text_named_params": [{"param_name": "first_name", "example": "Berta"},
                                                           {"param_name": "order_id", "example": "4712"}]}}


def test_meta_s_rules_for_link_and_call_buttons_are_said_before_sending():
    from klaros_desktop.services.messaging.template_drafts import Action, Draft

    base = Draft(name="x", body="Hallo {{1}}, da.", examples=["Anna"])

    def said(*actions):
        return " ".join(template_drafts.problems(replace(base, actions=list(actions))))

    assert said(Action("URL", "Shop", "https://example.com/{{1}}", "https://example.com/a"),
                Action("PHONE_NUMBER", "Anrufen", "+49 30 123-4567")) == ""
    assert "two link buttons" in said(*[Action("URL", "S", "https://example.com")] * 3)
    assert "only at its very end" in said(Action("URL", "S", "https://example.com/{{1}}/x", "https://e.com/a/x"))
    assert "whole link" in said(Action("URL", "S", "https://example.com/{{1}}"))
    assert "https://" in said(Action("URL", "S", "example.com"))
    assert "country code" in said(Action("PHONE_NUMBER", "Anrufen", "030 1234567"))
    assert "label" in said(Action("PHONE_NUMBER", "", "+49301234567"))
    assert Action("PHONE_NUMBER", "Anrufen", "+49 30 123-4567").component()["phone_number"] == "+49301234567"


async def test_a_new_template_with_a_picture_and_named_values_is_submitted_whole(sim, sessions, graph, tmp_path):
    from klaros_desktop.services.messaging.template_drafts import Action, Draft

    picture = tmp_path / "laden.png"
    picture.write_bytes(PICTURE)
    draft = Draft(name="shop_open", category="MARKETING", language="de", parameter_format="NAMED",
                  header_format="IMAGE", header_file=str(picture),
                  body="Hallo {{first_name}}, unser Laden ist ab {{day}} wieder offen.", examples=["Anna", "Montag"],
                  actions=[Action("PHONE_NUMBER", "Anrufen", "+49 30 1234567")])
    assert template_drafts.problems(draft) == []
    await template_drafts.submit(sessions, graph, draft)
    row = _row(sessions, "shop_open")
    node = _node(sim, row.meta_id)
    assert node["parameter_format"] == "NAMED" and row.parameter_format == "NAMED"
    header, body, buttons = node["components"]
    assert httpx.get(header["example"]["header_handle"][0], trust_env=False).content == PICTURE
    assert body["example"]["body_text_named_params"][1] == {"param_name": "day", "example": "Montag"}
    assert buttons["buttons"] == [{"type": "PHONE_NUMBER", "text": "Anrufen", "phone_number": "+49301234567"}]
