"""Media upload/download, template listing and creation, and the phone number's details via GraphClient."""

from __future__ import annotations

import base64
import hashlib

import httpx
import pytest

from klaros_desktop.graph import GraphError, TemplateError
from klaros_sim.control import statuses_in

from .conftest import CUSTOMER


async def test_upload_then_download_round_trip(sim, client):
    data = bytes(range(256)) * 40
    media_id = await client.upload_media(data, "image/jpeg", "brot.jpg")
    assert media_id.isdigit()
    info = await client.media_info(media_id)
    assert info["mime_type"] == "image/jpeg" and info["file_size"] == len(data)
    assert info["sha256"] == base64.b64encode(hashlib.sha256(data).digest()).decode()
    content, mime = await client.download_media(media_id)
    assert content == data and mime == "image/jpeg"


async def test_download_customer_photo_from_webhook(sim, hooks, client):
    inbound = sim.send_media(CUSTOMER, "image", b"\xff\xd8\xffcustomer-photo", caption="So eins")
    content, mime = await client.download_media(inbound["image"]["id"])
    assert content == b"\xff\xd8\xffcustomer-photo" and mime == "image/jpeg"


async def test_media_url_needs_token_and_expires(sim, client):
    media_id = await client.upload_media(b"abc", "application/pdf", "a.pdf")
    url = (await client.media_info(media_id))["url"]
    async with httpx.AsyncClient(trust_env=False) as http:
        assert (await http.get(url)).status_code == 401
        authorised = {"Authorization": f"Bearer {sim.config.access_token}"}
        assert (await http.get(url, headers=authorised)).content == b"abc"
        sim.advance(6 * 60)  # media URLs live five minutes
        assert (await http.get(url, headers=authorised)).status_code == 404
    # a fresh URL from the media id works again
    assert (await client.download_media(media_id))[0] == b"abc"


async def test_unknown_media_id(sim, client):
    with pytest.raises(GraphError) as caught:
        await client.download_media("1234567890")
    assert caught.value.code == 100 and caught.value.subcode == 33 and not caught.value.retryable


async def test_send_with_unknown_media_id_is_refused(sim, client):
    sim.say(CUSTOMER, "Hallo")
    with pytest.raises(GraphError) as caught:
        await client.send_media(CUSTOMER, "image", media_id="999")
    assert caught.value.code == 131053 and "attachment" in caught.value.explanation


async def test_list_templates_follows_every_page(sim, client):
    sim.configure(template_review_delay=3600)
    client.template_page_size = 5
    for i in range(8):  # with the three demo templates: pages of 5, 5 and 1
        await client.create_template(f"angebot_{i:03d}", "de", "MARKETING",
                                     [{"type": "BODY", "text": f"Angebot Nummer {i}."}])
    templates = await client.list_templates()
    names = [t["name"] for t in templates]
    assert len(names) == len(set(names)) == 11
    page_requests = [r for r in sim.requests() if r["path"].endswith("/message_templates") and r["status"] == 200]
    assert len(page_requests) == 8 + 3
    approved = await client.list_templates(status="APPROVED")
    assert {t["name"] for t in approved} == {"hello_world", "order_ready", "spring_sale"}
    assert all(set(t) >= {"id", "name", "status", "category", "language", "components"} for t in approved)


async def test_create_template_pending_then_approved_or_rejected_by_webhook(sim, hooks, client):
    good = await client.create_template("abholung", "de", "UTILITY",
                                        [{"type": "BODY", "text": "Hallo {{1}}, Ihre Bestellung ist abholbereit."}])
    bad = await client.create_template("doppelt", "de", "MARKETING",
                                       [{"type": "BODY", "text": "Hallo {{1}}{{2}} heute."}])
    assert good["status"] == bad["status"] == "PENDING" and good["category"] == "UTILITY"

    def changes_for(template_id):
        return [(e, c["value"]) for b in hooks.bodies for e in b["entry"] for c in e["changes"]
                if c["field"] == "message_template_status_update"
                and str(c["value"]["message_template_id"]) == template_id]

    # both reviews may end in the same webhook body (Meta batches changes), so look at every change
    hooks.wait_for(lambda b: bool(changes_for(good["id"]) and changes_for(bad["id"])))
    ((entry, approved),) = changes_for(good["id"])
    ((_, rejected),) = changes_for(bad["id"])
    assert approved["event"] == "APPROVED" and isinstance(entry["time"], int)
    assert rejected["event"] == "REJECTED" and rejected["reason"] == "INVALID_FORMAT"
    assert rejected["rejection_info"]["reason"]
    sent = await client.send_template(CUSTOMER, "abholung", "de",
                                      [{"type": "body", "parameters": [{"type": "text", "text": "Anna"}]}])
    assert sent.message_status == "accepted"
    with pytest.raises(TemplateError):
        await client.send_template(CUSTOMER, "doppelt", "de")


async def test_forced_review_outcome_and_duplicate_name(sim, hooks, client):
    sim.configure(template_review_delay=3600)
    created = await client.create_template("ostern", "de", "MARKETING", [{"type": "BODY", "text": "Frohe Ostern!"}])
    sim.decide_template("ostern", "REJECTED", reason="PROMOTIONAL")
    body = hooks.wait_for(lambda b: b["entry"][0]["changes"][0]["field"] == "message_template_status_update")
    assert body["entry"][0]["changes"][0]["value"]["message_template_id"] == int(created["id"])
    with pytest.raises(GraphError) as caught:
        await client.create_template("ostern", "de", "MARKETING", [{"type": "BODY", "text": "Nochmal"}])
    assert caught.value.code == 100 and caught.value.subcode == 2388024


async def test_create_template_rejects_bad_input(sim, client):
    with pytest.raises(GraphError) as caught:
        await client.create_template("Bad Name", "de", "MARKETING", [{"type": "BODY", "text": "x"}])
    assert caught.value.code == 100 and "lowercase" in caught.value.details


async def test_marketing_template_through_marketing_messages_api(sim, hooks, client):
    components = [
        {"type": "header", "parameters": [{"type": "image", "image": {"link": "https://example.org/a.jpg"}}]},
        {"type": "body", "parameters": [{"type": "text", "text": "Anna"}, {"type": "text", "text": "20"}]}]
    result = await client.send_template(CUSTOMER, "spring_sale", "de", components, marketing_messages_api=True)
    assert result.message_status == "accepted"
    assert sim.requests()[-1]["path"].endswith(f"/{sim.config.phone_number_id}/marketing_messages")
    sim.wait_idle()
    (sent,) = [s for b in hooks.bodies for s in statuses_in(b) if s["id"] == result.wamid and s["status"] == "sent"]
    assert sent["pricing"] == {"billable": True, "pricing_model": "PMP", "type": "regular",
                               "category": "marketing_lite"}
    with pytest.raises(GraphError) as caught:  # utility templates stay on the Cloud API
        await client.send_template(CUSTOMER, "order_ready", "de", [{"type": "body", "parameters": [
            {"type": "text", "text": "Anna"}, {"type": "text", "text": "1"}]}], marketing_messages_api=True)
    assert caught.value.code == 131055 and "MARKETING" in caught.value.details  # docs/simulator.md: Method not allowed


async def test_authentication_template_abroad_is_authentication_international(sim, hooks, client):
    await client.create_template("login_code", "en_US", "AUTHENTICATION", [
        {"type": "BODY", "text": "Your code is {{1}}. Do not share it."},
        {"type": "BUTTONS", "buttons": [{"type": "OTP", "otp_type": "COPY_CODE", "text": "Copy code"}]}])
    sim.decide_template("login_code", "APPROVED")
    params = [{"type": "body", "parameters": [{"type": "text", "text": "482913"}]}]
    india = await client.send_template("+919812345678", "login_code", "en_US", params)  # market with its own rate
    germany = await client.send_template(CUSTOMER, "login_code", "en_US", params)
    sim.wait_idle()
    first = {s["id"]: s for b in reversed(hooks.bodies) for s in reversed(statuses_in(b))}
    assert first[india.wamid]["pricing"]["category"] == "authentication_international"
    assert first[germany.wamid]["pricing"]["category"] == "authentication"
    assert first[india.wamid]["pricing"]["type"] == "regular"


async def test_phone_number_details(sim, client):
    details = await client.phone_number()
    assert details["id"] == sim.config.phone_number_id
    assert details["verified_name"] == "Klaros Demo Shop" and details["quality_rating"] == "GREEN"


async def test_api_version_and_base_url_are_configurable(sim, client):
    client.api_version = "v19.0"
    assert client.url("x") == f"{sim.base_url}/v19.0/x"
    assert (await client.phone_number())["id"] == sim.config.phone_number_id
    assert sim.requests()[-1]["path"] == f"/v19.0/{sim.config.phone_number_id}"


async def test_default_base_url_is_meta():
    async with httpx.AsyncClient() as http:
        from klaros_desktop.graph import GraphClient

        client = GraphClient(http, phone_number_id="1", waba_id="2", token="t")
        assert client.url("1/messages") == "https://graph.facebook.com/v23.0/1/messages"


async def test_upload_reports_its_progress_and_the_simulator_reads_the_streamed_form(sim, client):
    data = bytes(range(256)) * 4000  # 1 MB: four pieces
    heard = []
    media_id = await client.upload_media(data, "image/jpeg", 'Torte "groß".jpg',
                                         progress=lambda sent, total: heard.append((sent, total)))
    content, mime = await client.download_media(media_id)
    assert content == data and mime == "image/jpeg"
    assert len(heard) >= 4 and heard[-1][0] == heard[-1][1] and [s for s, _ in heard] == sorted(s for s, _ in heard)
