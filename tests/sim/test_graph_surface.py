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


def _template(name: str, language: str, *body_params: dict) -> dict:
    template: dict = {"name": name, "language": {"code": language}}
    if body_params:
        template["components"] = [{"type": "body", "parameters": list(body_params)}]
    return {"messaging_product": "whatsapp", "to": CUSTOMER, "type": "template", "template": template}


def _text(body: str = "Hallo") -> dict:
    return {"messaging_product": "whatsapp", "to": CUSTOMER, "type": "text", "text": {"body": body}}


def _pending_template(sim, graph) -> dict:
    sim.configure(template_review_delay=600)
    graph.post(f"/v23.0/{sim.config.waba_id}/message_templates", json={
        "name": "noch_in_pruefung", "language": "de", "category": "UTILITY",
        "components": [{"type": "BODY", "text": "Ihre Bestellung ist da."}]})
    return _template("noch_in_pruefung", "de")


def _throughput(sim, graph) -> dict:
    sim.freeze_clock()  # the limit counts simulated seconds: no message can age out of the window
    sim.configure(throughput_mps=1, throughput_window=1.0)
    sim.say(CUSTOMER, "Hallo")  # inbound messages use the number's throughput too
    return _text()


def _pair_rate(sim, graph) -> dict:
    sim.freeze_clock()
    sim.configure(pair_rate_burst=1, pair_rate_interval=6.0)
    sim.say(CUSTOMER, "Hallo")
    assert graph.post(f"/v23.0/{sim.config.phone_number_id}/messages", json=_text("eins")).status_code == 200
    return _text("zwei")


def _title_too_long(sim, graph) -> dict:
    """A text header's value that makes the title longer than Meta's 60 characters."""
    from klaros_sim.templates import Template

    sim.simulator.templates["9901"] = Template(
        "bestellung_titel", "de", "UTILITY", [{"type": "HEADER", "format": "TEXT", "text": "Bestellung {{1}}"},
                                              {"type": "BODY", "text": "Ihr Strauß ist fertig."}],
        status="APPROVED", id="9901")
    body = _template("bestellung_titel", "de")
    body["template"]["components"] = [{"type": "header", "parameters": [{"type": "text", "text": "B" * 50}]}]
    return body


# (name, how to provoke it, headers override, code, HTTP status) - every synchronous refusal the issue lists
REFUSALS = [
    ("missing token", lambda sim, graph: _text(), {"Authorization": ""}, 190, 401),
    ("bad token", lambda sim, graph: _text(), {"Authorization": "Bearer wrong"}, 190, 401),
    ("template missing", lambda sim, graph: _template("gibt_es_nicht", "de"), None, 132001, 404),
    ("template in other language", lambda sim, graph: _template("order_ready", "fr"), None, 132001, 404),
    ("template not approved", _pending_template, None, 132001, 404),
    ("parameter count", lambda sim, graph: _template("order_ready", "de", {"type": "text", "text": "Anna"}), None,
     132000, 400),
    ("parameter format", lambda sim, graph: _template("order_ready", "de", {"type": "image", "image": {}},
                                                      {"type": "text", "text": "1"}), None, 132012, 400),
    ("title over 60 characters", _title_too_long, None, 132005, 400),
    ("throughput", _throughput, None, 130429, 400),
    ("pair rate", _pair_rate, None, 131056, 400),
]


@pytest.mark.parametrize(("provoke", "headers", "code", "http_status"), [r[1:] for r in REFUSALS],
                         ids=[r[0] for r in REFUSALS])
def test_every_listed_refusal_has_meta_envelope_and_status(sim, graph, provoke, headers, code, http_status):
    body = provoke(sim, graph)
    before = len(sim.outbound())
    response = graph.post(f"/v23.0/{sim.config.phone_number_id}/messages", json=body, headers=headers or {})
    assert response.status_code == http_status
    assert set(response.json()) == {"error"}
    error = response.json()["error"]
    assert error["code"] == code and error["type"] == "OAuthException"
    assert isinstance(error["fbtrace_id"], str) and len(error["fbtrace_id"]) > 10
    assert isinstance(error.get("error_subcode", 0), int)
    if code == 190:
        # Graph's token errors carry no WhatsApp error_data, and say how to authenticate
        assert "access token" in error["message"] and response.headers["www-authenticate"] == "OAuth"
    else:
        assert error["message"].startswith(f"(#{code}) ")
        assert error["error_data"]["messaging_product"] == "whatsapp"
        assert isinstance(error["error_data"]["details"], str) and error["error_data"]["details"]
    assert len(sim.outbound()) == before  # refused at once: no wamid, no webhook


def test_expired_token_subcode(sim, graph):
    sim.expire_token()
    error = graph.get(f"/v23.0/{sim.config.phone_number_id}").json()["error"]
    assert (error["code"], error["error_subcode"]) == (190, 463)


def test_frozen_clock_moves_only_by_advance(sim):
    frozen = sim.freeze_clock()
    assert frozen["frozen"] is True
    assert sim.clock()["now"] == frozen["now"]
    assert sim.advance(90)["now"] == frozen["now"] + 90
    running = sim.freeze_clock(False)
    assert running["frozen"] is False and running["now"] >= frozen["now"] + 90
