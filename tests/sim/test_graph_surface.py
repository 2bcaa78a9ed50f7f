"""Graph API surface details the client does not exercise: ids, versions, tokens, uploads, refusals."""

from __future__ import annotations

import httpx
import pytest

CUSTOMER = "+4915112345678"


@pytest.fixture
def graph(sim):
    with httpx.Client(base_url=sim.base_url, trust_env=False,
                      headers={"Authorization": f"Bearer {sim.config.access_token}"}) as client:
        yield client


def test_any_version_prefix_but_not_garbage(sim, graph):
    for version in ("v18.0", "v23.0", "v99.9"):
        assert graph.get(f"/{version}/{sim.config.phone_number_id}").status_code == 200
    response = graph.get(f"/latest/{sim.config.phone_number_id}")
    assert response.status_code == 400 and "error" in response.json()


def test_token_as_query_parameter(sim):
    response = httpx.get(f"{sim.base_url}/v23.0/{sim.config.phone_number_id}",
                         params={"access_token": sim.config.access_token}, trust_env=False)
    assert response.status_code == 200


def test_unknown_phone_number_id(sim, graph):
    response = graph.post("/v23.0/999/messages", json={"messaging_product": "whatsapp", "to": CUSTOMER,
                                                      "type": "text", "text": {"body": "x"}})
    error = response.json()["error"]
    assert response.status_code == 400 and error["code"] == 100 and error["error_subcode"] == 33


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"to": CUSTOMER, "type": "text", "text": {"body": "x"}}, 100),  # messaging_product missing
        ({"messaging_product": "whatsapp", "type": "text", "text": {"body": "x"}}, 100),
        ({"messaging_product": "whatsapp", "to": CUSTOMER, "type": "text", "text": {"body": " "}}, 100),
        ({"messaging_product": "whatsapp", "to": CUSTOMER, "type": "hologram", "hologram": {}}, 100),
        ({"messaging_product": "whatsapp", "to": "call me", "type": "text", "text": {"body": "x"}}, 100),
        ({"messaging_product": "whatsapp", "to": CUSTOMER, "type": "image", "image": {"id": "1", "link": "x"}}, 100),
        ({"messaging_product": "whatsapp", "to": CUSTOMER, "type": "sticker",
          "sticker": {"link": "https://x/s.webp", "caption": "no"}}, 100),
        ({"messaging_product": "whatsapp", "to": CUSTOMER, "type": "location", "location": {"latitude": "n"}}, 100),
        ({"messaging_product": "whatsapp", "to": CUSTOMER, "type": "interactive", "interactive": {
            "type": "button", "body": {"text": "x"}, "action": {"buttons": [
                {"type": "reply", "reply": {"id": "1", "title": "A title far too long for it"}}]}}}, 131009),
        ({"messaging_product": "whatsapp", "status": "read", "message_id": "wamid.unknown"}, 100),
    ],
)
def test_malformed_sends_refused_with_meta_envelope(sim, graph, body, code):
    response = graph.post(f"/v23.0/{sim.config.phone_number_id}/messages", json=body)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == code and error["type"] == "OAuthException"
    assert error["message"].startswith(f"(#{code})") and error["error_data"]["messaging_product"] == "whatsapp"
    assert error["fbtrace_id"]
    assert sim.outbound() == []


def test_not_json_is_refused(sim, graph):
    response = graph.post(f"/v23.0/{sim.config.phone_number_id}/messages", content=b"{nope",
                          headers={"Content-Type": "application/json"})
    assert response.status_code == 400 and response.json()["error"]["code"] == 100


def test_upload_needs_multipart_file_and_product(sim, graph):
    url = f"/v23.0/{sim.config.phone_number_id}/media"
    ok = graph.post(url, files={"file": ("a.png", b"png", "image/png")},
                    data={"messaging_product": "whatsapp", "type": "image/png"})
    assert ok.status_code == 200 and ok.json()["id"] in sim.simulator.media
    assert sim.simulator.media[ok.json()["id"]].filename == "a.png"
    missing = graph.post(url, files={"other": ("a.png", b"png", "image/png")}, data={"messaging_product": "whatsapp"})
    assert missing.status_code == 400
    no_product = graph.post(url, files={"file": ("a.png", b"png", "image/png")})
    assert no_product.status_code == 400
    assert graph.post(url, json={"file": "x"}).status_code == 400


@pytest.mark.parametrize(
    ("mime", "size", "accepted"),
    [("image/jpeg", 5 * 1024 * 1024, True), ("image/jpeg", 5 * 1024 * 1024 + 1, False),
     ("application/x-msdownload", 10, False), ("audio/ogg; codecs=opus", 10, True)],
)
def test_upload_type_and_size_limits(sim, graph, mime, size, accepted):
    response = graph.post(f"/v23.0/{sim.config.phone_number_id}/media", files={"file": ("f", b"x" * size, mime)},
                          data={"messaging_product": "whatsapp", "type": mime})
    assert (response.status_code == 200) is accepted
    if not accepted:
        assert response.json()["error"]["code"] == 131053


def test_delete_media(sim, graph):
    media_id = graph.post(f"/v23.0/{sim.config.phone_number_id}/media", files={"file": ("a", b"x", "text/plain")},
                          data={"messaging_product": "whatsapp", "type": "text/plain"}).json()["id"]
    assert graph.delete(f"/v23.0/{media_id}").json() == {"success": True}
    assert graph.get(f"/v23.0/{media_id}").status_code == 400


def test_template_lookup_by_id(sim, graph):
    listed = graph.get(f"/v23.0/{sim.config.waba_id}/message_templates", params={"limit": 1}).json()
    assert len(listed["data"]) == 1 and "next" in listed["paging"]
    template = graph.get(f"/v23.0/{listed['data'][0]['id']}").json()
    assert template["name"] == listed["data"][0]["name"]
    assert graph.get(f"/v23.0/{sim.config.waba_id}/message_templates", params={"after": "%%%"}).status_code == 400


def test_biz_opaque_callback_data_is_echoed(sim, hooks, graph):
    from klaros_sim.control import statuses_in

    sim.say(CUSTOMER, "Hallo")
    graph.post(f"/v23.0/{sim.config.phone_number_id}/messages", json={
        "messaging_product": "whatsapp", "to": CUSTOMER, "type": "text", "text": {"body": "x"},
        "biz_opaque_callback_data": "campaign-7"})
    sim.wait_idle()
    assert {s.get("biz_opaque_callback_data") for b in hooks.bodies for s in statuses_in(b)} == {"campaign-7"}


def test_referral_opens_free_entry_point_window(sim, hooks, graph):
    from klaros_sim.control import statuses_in

    def send(body: dict) -> str:
        response = graph.post(f"/v23.0/{sim.config.phone_number_id}/messages",
                              json={"messaging_product": "whatsapp", "to": CUSTOMER, **body})
        return response.json()["messages"][0]["id"]

    sim.say(CUSTOMER, "Vom Inserat", referral={"headline": "Ostern"})
    reply = send({"type": "text", "text": {"body": "Gern!"}})
    sim.advance(48 * 3600)  # past the 24-hour window, inside the 72-hour free entry point window
    template = send({"type": "template", "template": {"name": "hello_world", "language": {"code": "en_US"}}})
    late_text = send({"type": "text", "text": {"body": "Noch Fragen?"}})
    sim.wait_idle()
    last = {s["id"]: s for b in hooks.bodies for s in statuses_in(b)}  # each message's latest status
    free_entry = {"billable": False, "pricing_model": "PMP", "type": "free_entry_point",
                  "category": "referral_conversion"}
    assert last[reply]["pricing"] == last[template]["pricing"] == free_entry
    assert last[late_text]["status"] == "failed" and last[late_text]["errors"][0]["code"] == 131047
