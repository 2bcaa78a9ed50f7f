"""Details other people's WhatsApp client libraries rely on, checked against Meta's current reference pages.

Each test names the Meta page it follows; docs/simulator.md lists them with their URLs.
"""

from __future__ import annotations

import asyncio

import httpx
import pytest

from klaros_sim import payloads
from klaros_sim.config import FAST, SimConfig
from klaros_sim.control import SimControlError, messages_in
from klaros_sim.webhooks import Delivery, WebhookDispatcher

from .conftest import APP_SECRET

CUSTOMER = "+4915112345678"


def _headers(sim) -> dict[str, str]:
    return {"Authorization": f"Bearer {sim.config.access_token}"}


def _send(sim, body: dict) -> str:
    response = httpx.post(f"{sim.base_url}/v23.0/{sim.config.phone_number_id}/messages", headers=_headers(sim),
                          trust_env=False, json={"messaging_product": "whatsapp", "to": CUSTOMER, **body})
    assert response.status_code == 200, response.text
    return response.json()["messages"][0]["id"]


def _status_values(hooks, wamid: str) -> dict[str, dict]:
    """``status name -> the change value that carried it`` for one outbound message."""
    found = {}
    for body in hooks.bodies:
        for entry in body["entry"]:
            for change in entry["changes"]:
                for status in change["value"].get("statuses", []):
                    if status["id"] == wamid:
                        found[status["status"]] = change["value"]
    return found


# ----- status webhooks: contacts (Meta's business-scoped user IDs page, status messages webhooks) ----------------
def test_sent_delivered_read_statuses_carry_the_recipient_in_contacts(sim, hooks):
    sim.say(CUSTOMER, "Hallo", name="Anna Becker")
    wamid = _send(sim, {"type": "text", "text": {"body": "Gern"}})  # fast timings: sent, delivered, read
    sim.wait_idle()
    values = _status_values(hooks, wamid)
    assert set(values) == {"sent", "delivered", "read"}
    user_id = values["sent"]["statuses"][0]["recipient_user_id"]
    for value in values.values():
        (contact,) = value["contacts"]
        assert contact == {"profile": {"name": "Anna Becker"}, "wa_id": "4915112345678", "user_id": user_id}
        assert list(value) == ["messaging_product", "metadata", "contacts", "statuses"]


def test_failed_status_has_no_contacts(sim, hooks):
    wamid = _send(sim, {"type": "text", "text": {"body": "Fenster zu"}})  # no window: 131047
    sim.wait_idle()
    values = _status_values(hooks, wamid)
    assert set(values) == {"failed"} and "contacts" not in values["failed"]


# ----- taps reply to the message tapped (Meta's button and interactive messages webhook references) ------------
BUTTONS = {"type": "interactive", "interactive": {
    "type": "button", "body": {"text": "Abholen oder liefern?"},
    "action": {"buttons": [{"type": "reply", "reply": {"id": "pickup", "title": "Abholen"}},
                           {"type": "reply", "reply": {"id": "delivery", "title": "Liefern"}}]}}}
LIST = {"type": "interactive", "interactive": {
    "type": "list", "body": {"text": "Welche Torte?"},
    "action": {"button": "Auswahl", "sections": [{"title": "Torten", "rows": [
        {"id": "sacher", "title": "Sachertorte"}, {"id": "linzer", "title": "Linzer Torte"}]}]}}}
SALE = {"type": "template", "template": {"name": "spring_sale", "language": {"code": "de"}, "components": [
    {"type": "header", "parameters": [{"type": "image", "image": {"link": "https://example.org/a.jpg"}}]},
    {"type": "body", "parameters": [{"type": "text", "text": "Anna"}, {"type": "text", "text": "20"}]},
    {"type": "button", "sub_type": "quick_reply", "index": "1", "parameters": [{"type": "payload",
                                                                                "payload": "STOP_SALE"}]}]}}


def test_button_and_list_replies_carry_the_context_of_the_tapped_message(sim, hooks):
    sim.say(CUSTOMER, "Hallo")
    buttons = _send(sim, BUTTONS)
    rows = _send(sim, LIST)
    _send(sim, {"type": "text", "text": {"body": "Sagen Sie einfach Bescheid."}})  # newer, but not tapped
    business = sim.config.display_phone_number
    assert sim.choose(CUSTOMER, "pickup", "Abholen")["context"] == {"from": business, "id": buttons}
    assert sim.choose(CUSTOMER, "linzer", "Linzer Torte", list_row=True)["context"] == {"from": business, "id": rows}
    sim.wait_idle()
    tapped = [m for b in hooks.bodies for m in messages_in(b) if m["type"] == "interactive"]
    assert [m["context"]["id"] for m in tapped] == [buttons, rows]


def test_template_quick_reply_carries_the_context_of_the_template_message(sim, hooks):
    sale = _send(sim, SALE)
    other = _send(sim, {"type": "template", "template": {"name": "hello_world", "language": {"code": "en_US"}}})
    by_text = sim.press_button(CUSTOMER, "Interessiert")
    by_payload = sim.press_button(CUSTOMER, "Stopp", payload="STOP_SALE")
    business = sim.config.display_phone_number
    assert by_text["context"] == by_payload["context"] == {"from": business, "id": sale}
    assert other != sale


def test_a_tap_without_a_known_message_still_replies_to_one(sim):
    """A scripted tap on a message the simulator never sent still has the context every real tap has."""
    tap = sim.choose(CUSTOMER, "pickup", "Abholen")
    assert tap["context"]["from"] == sim.config.display_phone_number
    assert tap["context"]["id"].startswith("wamid.")
    assert sim.choose(CUSTOMER, "x", "X", reply_to="wamid.GIVEN")["context"]["id"] == "wamid.GIVEN"


# ----- one change per POST unless batching is asked for ---------------------------------------------------------
def test_changes_queued_together_still_go_out_one_per_post(hooks):
    """Without batch_window, hold or a scripted batch, each change is its own POST, as with Meta: clients that
    read entry[0].changes[0] (most of them) would otherwise lose the rest, e.g. a STOP's user_preferences."""
    config = SimConfig(callback_url=hooks.url, app_secret=APP_SECRET, **FAST)

    async def scenario() -> list[Delivery]:
        dispatcher = WebhookDispatcher(lambda: config)
        await dispatcher.start()
        try:
            for n in range(3):  # queued before the worker runs: today's worker merged them into one body
                dispatcher.emit(config.waba_id, [payloads.change("messages", {"n": n})])
            while not dispatcher.idle:
                await asyncio.sleep(0.01)
            return dispatcher.deliveries
        finally:
            await dispatcher.stop()

    deliveries = asyncio.run(scenario())
    assert [[c["value"]["n"] for e in d.body["entry"] for c in e["changes"]] for d in deliveries] == [[0], [1], [2]]
    assert len(hooks.bodies) == 3


def test_a_stop_reply_arrives_as_two_posts_each_with_one_change(sim, hooks):
    sim.reply_stop(CUSTOMER)
    sim.wait_idle()
    assert [len(b["entry"]) * len(b["entry"][0]["changes"]) for b in hooks.bodies] == [1, 1]
    assert [b["entry"][0]["changes"][0]["field"] for b in hooks.bodies] == ["messages", "user_preferences"]


# ----- template listing (Graph API reference: WhatsApp Business Account message_templates) ----------------------
def _templates(sim, **params) -> httpx.Response:
    return httpx.get(f"{sim.base_url}/v23.0/{sim.config.waba_id}/message_templates", params=params,
                     headers=_headers(sim), trust_env=False)


def test_template_listing_has_the_summary_object(sim):
    listed = _templates(sim).json()
    assert listed["summary"] == {"total_count": 3, "message_template_count": 3, "message_template_limit": 250,
                                 "are_translations_complete": True}
    assert _templates(sim, category="MARKETING").json()["summary"]["total_count"] == 1
    assert _templates(sim, summary="total_count").json()["summary"] == {"total_count": 3}


def test_template_listing_filters(sim):
    def names(**params) -> list[str]:
        response = _templates(sim, **params)
        assert response.status_code == 200, response.text
        return sorted(t["name"] for t in response.json()["data"])

    assert names(category="utility") == ["hello_world", "order_ready"]
    assert names(category="MARKETING,AUTHENTICATION") == ["spring_sale"]
    assert names(language="de") == ["order_ready", "spring_sale"]
    assert names(language="en_US,fr") == ["hello_world"]
    assert names(name="order") == ["order_ready"]
    assert names(status="APPROVED", category="UTILITY", language="de") == ["order_ready"]
    assert names(status="REJECTED") == []
    assert names(content="Bestellung") == ["order_ready"]
    assert names(name_or_content="congratulations") == ["hello_world"]
    assert names(name_or_content="spring") == ["spring_sale"]
    assert names(quality_score="GREEN") == ["hello_world", "order_ready", "spring_sale"]
    assert names(quality_score="RED") == []
    for bad in ({"category": "SWEETS"}, {"status": "FINE"}, {"quality_score": "BLUE"}, {"limit": "0"}):
        response = _templates(sim, **bad)
        assert response.status_code == 400 and response.json()["error"]["code"] == 100, bad


def test_template_listing_pages_both_ways(sim):
    first = _templates(sim, limit=2).json()
    assert len(first["data"]) == 2 and "previous" not in first["paging"] and first["paging"]["next"]
    second = httpx.get(first["paging"]["next"], headers=_headers(sim), trust_env=False).json()
    assert len(second["data"]) == 1 and "next" not in second["paging"] and second["paging"]["previous"]
    back = _templates(sim, limit=2, before=second["paging"]["cursors"]["before"]).json()
    assert [t["id"] for t in back["data"]] == [t["id"] for t in first["data"]]
    again = httpx.get(second["paging"]["previous"], headers=_headers(sim), trust_env=False).json()
    assert [t["id"] for t in again["data"]] == [t["id"] for t in first["data"]]
    assert second["summary"]["total_count"] == 3


def test_posting_a_json_list_as_template_is_metas_400(sim):
    for body in ([{"name": "x"}], "text", None, 7):
        response = httpx.post(f"{sim.base_url}/v23.0/{sim.config.waba_id}/message_templates", json=body,
                              headers=_headers(sim), trust_env=False)
        error = response.json()["error"]
        assert response.status_code == 400 and error["code"] == 100 and error["type"] == "OAuthException", body
        assert error["fbtrace_id"] and error["message"].startswith("(#100)")


# ----- control API: settings are checked before they reach a background task ----------------------------------
def test_settings_of_the_wrong_type_are_refused_and_nothing_stalls(sim, hooks):
    before = sim.settings()
    for bad in ({"sent_delay": "0.5"}, {"delivery_delay": "fast"}, {"out_of_order": "yes"},
                {"throughput_mps": 1.5}, {"webhook_max_attempts": True}, {"failure_rate": 2},
                {"sent_delay": -1}, {"callback_url": 7}, {"batch_window": None}):
        response = httpx.post(f"{sim.base_url}/_sim/settings", json=bad, trust_env=False)
        assert response.status_code == 400, bad
        assert next(iter(bad)) in response.json()["error"]
    assert sim.settings() == before
    assert sim.configure(read_delay=None, delivery_delay=0.05, failure_rate=0.5)["read_delay"] is None
    sim.configure(failure_rate=0)
    sim.say(CUSTOMER, "Hallo")
    wamid = _send(sim, {"type": "text", "text": {"body": "Gern"}})
    sim.wait_idle()
    assert set(_status_values(hooks, wamid)) == {"sent", "delivered"}


# ----- reactions: only `sent` (Meta's reaction messages page, Limitations) ---------------------------------------
def test_a_reaction_is_only_ever_sent(sim, hooks):
    liked = sim.say(CUSTOMER, "Danke!")["id"]
    wamid = _send(sim, {"type": "reaction", "reaction": {"message_id": liked, "emoji": "👍"}})
    text = _send(sim, {"type": "text", "text": {"body": "Gern"}})
    sim.wait_idle()
    assert list(_status_values(hooks, wamid)) == ["sent"]
    assert set(_status_values(hooks, text)) == {"sent", "delivered", "read"}
    assert [m["statuses"] for m in sim.outbound() if m["id"] == wamid] == [["sent"]]


# ----- null optional parameters are as good as absent, as with Graph ---------------------------------------------
def test_null_optional_fields_are_accepted(sim):
    sim.say(CUSTOMER, "Hallo")
    media = httpx.post(f"{sim.base_url}/v23.0/{sim.config.phone_number_id}/media", headers=_headers(sim),
                       files={"file": ("a.jpg", b"\xff\xd8\xff", "image/jpeg")}, trust_env=False,
                       data={"messaging_product": "whatsapp", "type": "image/jpeg"}).json()["id"]
    _send(sim, {"type": "image", "image": {"id": media, "caption": None, "link": None}})
    _send(sim, {"type": "document", "document": {"link": "https://example.org/a.pdf", "filename": None,
                                                 "caption": None}})
    _send(sim, {"type": "text", "text": {"body": "Hi", "preview_url": None}, "context": None,
                "biz_opaque_callback_data": None, "recipient_type": None})
    _send(sim, {"type": "template", "template": {"name": "hello_world", "language": {"code": "en_US"},
                                                 "components": None}})
    refused = httpx.post(f"{sim.base_url}/v23.0/{sim.config.phone_number_id}/messages", headers=_headers(sim),
                         trust_env=False, json={"messaging_product": "whatsapp", "to": CUSTOMER, "type": "text",
                                                "text": {"body": None}})
    assert refused.status_code == 400 and refused.json()["error"]["code"] == 100


# ----- GET /{waba-id} (Graph API reference: WhatsApp Business Account) ------------------------------------------
def test_the_waba_node_answers_with_metas_fields(sim):
    url = f"{sim.base_url}/v23.0/{sim.config.waba_id}"
    waba = httpx.get(url, headers=_headers(sim), trust_env=False).json()
    assert set(waba) == {"id", "name", "currency", "timezone_id", "message_template_namespace"}
    assert waba["id"] == sim.config.waba_id and waba["name"] == sim.config.verified_name
    assert waba == httpx.get(url, headers=_headers(sim), trust_env=False).json()  # a stable namespace
    picked = httpx.get(url, params={"fields": "name,account_review_status,business_verification_status,status"},
                       headers=_headers(sim), trust_env=False).json()
    assert picked == {"id": sim.config.waba_id, "name": sim.config.verified_name, "account_review_status": "APPROVED",
                      "business_verification_status": "verified", "status": "ACTIVE"}
    unknown = httpx.get(url, params={"fields": "name,colour"}, headers=_headers(sim), trust_env=False)
    assert unknown.status_code == 400 and unknown.json()["error"]["code"] == 100
    assert "colour" in unknown.json()["error"]["message"]


# ----- inbound media carry a download url (Meta's image/video/audio/document/sticker webhook references) --------
def test_inbound_media_objects_carry_a_url_that_downloads_them(sim, hooks):
    import base64
    import hashlib

    data = b"\xff\xd8\xff\xe0 a photo of a cake"
    sent = [sim.send_media(CUSTOMER, "image", data, caption="So eins"),
            sim.send_media(CUSTOMER, "document", filename="bestellung.pdf"),
            sim.send_media(CUSTOMER, "voice"), sim.send_media(CUSTOMER, "video"), sim.send_media(CUSTOMER, "sticker")]
    for message in sent:
        media = message[message["type"]]
        assert list(media)[:4] == ["mime_type", "sha256", "id", "url"]
        assert media["url"].startswith(sim.base_url + "/whatsapp_business/attachments/?mid=" + media["id"])
        download = httpx.get(media["url"], headers=_headers(sim), trust_env=False)
        assert download.status_code == 200
        assert base64.b64encode(hashlib.sha256(download.content).digest()).decode() == media["sha256"]
        assert httpx.get(media["url"], trust_env=False).status_code == 401  # the token is needed, as at Meta
    assert httpx.get(sent[0]["image"]["url"], headers=_headers(sim), trust_env=False).content == data
    sim.wait_idle()
    assert [m["image"]["url"] for b in hooks.bodies for m in messages_in(b) if m["type"] == "image"] == [
        sent[0]["image"]["url"]]


# ----- background failures are logged and shown, never a silent stall --------------------------------------------
def test_a_failing_status_task_is_logged_and_shown_in_sim_state(sim, hooks, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise RuntimeError("injected status failure")

    assert sim.health()["background_errors"] == {"count": 0, "recent": []}
    sim.say(CUSTOMER, "Hallo")
    monkeypatch.setattr(sim.simulator, "_emit_status", broken)
    wamid = _send(sim, {"type": "text", "text": {"body": "Gern"}})
    with pytest.raises(SimControlError, match="injected status failure"):
        sim.wait_idle()
    errors = sim.health()["background_errors"]
    assert errors["count"] == 1
    (error,) = errors["recent"]
    assert error["error"] == "RuntimeError: injected status failure" and wamid in error["task"]
    assert sim.idle_state()["background_errors"] == 1
    assert any("injected status failure" in r.getMessage() or "injected status failure" in str(r.exc_info)
               for r in caplog.records)


def test_a_failing_webhook_body_is_shown_and_later_webhooks_still_go_out(sim, hooks, monkeypatch):
    dispatcher = sim.simulator.dispatcher
    real = dispatcher._make_delivery
    monkeypatch.setattr(dispatcher, "_make_delivery", lambda items: 1 / 0)
    sim.say(CUSTOMER, "geht verloren")
    sim.wait_until(lambda: sim.health()["background_errors"]["count"] == 1, 30, "the failure to show")
    assert sim.health()["background_errors"]["recent"][0]["error"] == "ZeroDivisionError: division by zero"
    monkeypatch.setattr(dispatcher, "_make_delivery", real)
    later = sim.say(CUSTOMER, "kommt an")
    hooks.wait_for(lambda b: messages_in(b)[0]["id"] == later["id"])


def test_a_dead_webhook_worker_is_shown_and_replaced(sim, hooks, monkeypatch):
    dispatcher = sim.simulator.dispatcher
    monkeypatch.setattr(dispatcher, "_busy", None)  # the worker's bookkeeping itself breaks: the task dies
    sim.say(CUSTOMER, "eins")
    sim.wait_until(lambda: sim.health()["background_errors"]["count"] >= 1, 30, "the failure to show")
    assert "webhook worker" in sim.health()["background_errors"]["recent"][0]["task"]
    monkeypatch.setattr(dispatcher, "_busy", 0)
    later = sim.say(CUSTOMER, "zwei")
    hooks.wait_for(lambda b: messages_in(b)[0]["id"] == later["id"])
