"""``POST /{template-id}``: editing a template as Meta's template-management page describes it.

Only APPROVED, REJECTED or PAUSED templates; category and components only (name and language stay); an approved
template's category stays; an approved template once per 24 hours and ten times per 30 days, a rejected or
paused one without limit; the edit goes back to review and its outcome arrives as a
``message_template_status_update`` webhook, as for a new template."""

from __future__ import annotations

import httpx
import pytest

DAY = 24 * 3600
NEW_BODY = [{"type": "BODY", "text": "Hallo {{1}}, Ihre Bestellung {{2}} wartet im Laden auf Sie.",
             "example": {"body_text": [["Anna", "4711"]]}}]


@pytest.fixture
def graph(sim):
    with httpx.Client(base_url=sim.base_url, trust_env=False,
                      headers={"Authorization": f"Bearer {sim.config.access_token}"}) as client:
        yield client


def _template(sim, graph, name: str) -> dict:
    listed = graph.get(f"/v23.0/{sim.config.waba_id}/message_templates", params={"name": name}).json()["data"]
    return next(t for t in listed if t["name"] == name)


def _status_update(body: dict, template_id: str) -> dict | None:
    for entry in body.get("entry", []):
        for change in entry.get("changes", []):
            value = change.get("value", {})
            if change.get("field") == "message_template_status_update" and str(
                    value.get("message_template_id")) == template_id:
                return value
    return None


def _edit(graph, template_id: str, **body) -> httpx.Response:
    return graph.post(f"/v23.0/{template_id}", json=body)


def _refusal(response: httpx.Response) -> dict:
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["code"] == 100 and error["type"] == "OAuthException" and error["fbtrace_id"]
    return error


def test_an_approved_template_edit_goes_back_to_review_and_its_outcome_comes_by_webhook(sim, hooks, graph):
    template = _template(sim, graph, "order_ready")
    assert template["status"] == "APPROVED"
    sim.configure(template_review_delay=600)  # the review waits until the test looks at the pending state
    response = _edit(graph, template["id"], components=NEW_BODY)
    assert response.status_code == 200 and response.json() == {"success": True}
    node = graph.get(f"/v23.0/{template['id']}").json()
    assert node["status"] == "PENDING" and node["components"] == NEW_BODY
    assert node["name"] == "order_ready" and node["language"] == "de" and node["category"] == "UTILITY"
    sim.decide_template("order_ready", "APPROVED", language="de")
    value = hooks.wait_for(lambda body: _status_update(body, template["id"]) is not None)
    update = _status_update(value, template["id"])
    assert update["event"] == "APPROVED" and update["message_template_name"] == "order_ready"


def test_an_edit_is_reviewed_by_itself_like_a_new_template(sim, hooks, graph):
    template = _template(sim, graph, "order_ready")
    assert _edit(graph, template["id"], components=NEW_BODY).status_code == 200
    body = hooks.wait_for(lambda b: _status_update(b, template["id"]) is not None)
    assert _status_update(body, template["id"])["event"] == "APPROVED"
    assert graph.get(f"/v23.0/{template['id']}").json()["status"] == "APPROVED"


def test_an_approved_template_is_edited_once_a_day_and_ten_times_in_thirty_days(sim, graph):
    sim.freeze_clock()
    sim.configure(template_review_delay=600)  # the test decides each review itself
    template = _template(sim, graph, "order_ready")
    for n in range(10):
        assert _edit(graph, template["id"], components=NEW_BODY).status_code == 200, f"edit {n + 1}"
        sim.decide_template("order_ready", "APPROVED", language="de")
        if n == 0:
            error = _refusal(_edit(graph, template["id"], components=NEW_BODY))
            assert "24" in error["error_user_msg"]
        sim.advance(DAY + 60)
    error = _refusal(_edit(graph, template["id"], components=NEW_BODY))  # the 11th within 30 days
    assert "30" in error["error_user_msg"] and error["error_user_title"]
    sim.advance(20 * DAY)  # the first edits age out of the 30 days
    assert _edit(graph, template["id"], components=NEW_BODY).status_code == 200


def test_rejected_templates_are_edited_without_limit_and_may_change_category(sim, graph):
    sim.freeze_clock()
    sim.configure(template_review_delay=600)
    template = _template(sim, graph, "order_ready")
    sim.decide_template("order_ready", "REJECTED", language="de", reason="INVALID_FORMAT")
    for _ in range(3):
        assert _edit(graph, template["id"], components=NEW_BODY, category="MARKETING").status_code == 200
        assert graph.get(f"/v23.0/{template['id']}").json()["category"] == "MARKETING"
        sim.decide_template("order_ready", "REJECTED", language="de", reason="PROMOTIONAL")


@pytest.mark.parametrize(("status", "editable"), [("APPROVED", True), ("REJECTED", True), ("PAUSED", True),
                                                  ("PENDING", False), ("DISABLED", False)])
def test_only_approved_rejected_or_paused_templates_are_edited(sim, graph, status, editable):
    template = _template(sim, graph, "order_ready")
    if status != "APPROVED":
        sim.decide_template("order_ready", status, language="de")
    response = _edit(graph, template["id"], components=NEW_BODY)
    if editable:
        assert response.status_code == 200
    else:
        assert "APPROVED, REJECTED or PAUSED" in _refusal(response)["error_user_msg"]


def test_what_an_edit_may_not_change(sim, graph):
    template = _template(sim, graph, "order_ready")
    error = _refusal(_edit(graph, template["id"], category="MARKETING", components=NEW_BODY))
    assert "category" in error["error_user_msg"].lower()
    for field, value in (("name", "order_done"), ("language", "en_US")):
        assert _refusal(_edit(graph, template["id"], **{field: value}, components=NEW_BODY))
    assert _refusal(_edit(graph, template["id"]))  # nothing to change
    assert _refusal(_edit(graph, template["id"], components=[{"type": "FOOTER", "text": "ohne Text"}]))
    assert graph.get(f"/v23.0/{template['id']}").json()["status"] == "APPROVED"  # none of it counted


def test_editing_an_unknown_node_is_meta_s_unsupported_post(sim, graph):
    error = _refusal(_edit(graph, "1234567890123456", components=NEW_BODY))
    assert error["error_subcode"] == 33


def _change(body: dict, field: str, template_id: str) -> dict | None:
    for entry in body.get("entry", []):
        for change in entry.get("changes", []):
            value = change.get("value", {})
            if change.get("field") == field and str(value.get("message_template_id")) == template_id:
                return value
    return None


WHOLE = [{"type": "HEADER", "format": "TEXT", "text": "Ihre Bestellung"},
         {"type": "BODY", "text": "Hallo {{1}}, Ihre Bestellung {{2}} wartet im Laden auf Sie.",
          "example": {"body_text": [["Anna", "4711"]]}},
         {"type": "FOOTER", "text": "Bäckerei Sonne"},
         {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "Danke"},
                                         {"type": "URL", "text": "Öffnungszeiten",
                                          "url": "https://example.com/zeiten"},
                                         {"type": "PHONE_NUMBER", "text": "Anrufen",
                                          "phone_number": "+4930123456"}]}]


def test_an_edit_posts_message_template_components_update_in_meta_s_shape(sim, hooks, graph):
    """Meta's webhook reference (message_template_components_update): the body as ``message_template_element``,
    a text header as ``message_template_title``, the footer, and the buttons when there is a link or call
    button; the id is a number, as in the status update."""
    sim.configure(template_review_delay=600)
    template = _template(sim, graph, "order_ready")
    assert _edit(graph, template["id"], components=WHOLE).status_code == 200
    body = hooks.wait_for(lambda b: _change(b, "message_template_components_update", template["id"]) is not None)
    value = _change(body, "message_template_components_update", template["id"])
    assert body["entry"][0]["id"] == sim.config.waba_id and isinstance(body["entry"][0]["time"], int)
    assert value == {
        "message_template_id": int(template["id"]), "message_template_name": "order_ready",
        "message_template_language": "de",
        "message_template_element": "Hallo {{1}}, Ihre Bestellung {{2}} wartet im Laden auf Sie.",
        "message_template_title": "Ihre Bestellung", "message_template_footer": "Bäckerei Sonne",
        "message_template_buttons": [
            {"message_template_button_type": "QUICK_REPLY", "message_template_button_text": "Danke"},
            {"message_template_button_type": "URL", "message_template_button_text": "Öffnungszeiten",
             "message_template_button_url": "https://example.com/zeiten"},
            {"message_template_button_type": "PHONE_NUMBER", "message_template_button_text": "Anrufen",
             "message_template_button_phone_number": "+4930123456"}]}


def test_a_category_only_edit_posts_no_components_update(sim, hooks, graph):
    sim.configure(template_review_delay=600)
    template = _template(sim, graph, "order_ready")
    sim.decide_template("order_ready", "REJECTED", language="de", reason="INCORRECT_CATEGORY")
    assert _edit(graph, template["id"], category="MARKETING").status_code == 200
    sim.decide_template("order_ready", "APPROVED", language="de")
    hooks.wait_for(lambda b: (_status_update(b, template["id"]) or {}).get("event") == "APPROVED")
    assert not [b for b in hooks.bodies if _change(b, "message_template_components_update", template["id"])]


def test_meta_recategorizing_a_template_is_announced_then_done_by_webhook(sim, hooks, graph):
    """Meta's template_category_update reference: an impending change names the current category as
    ``new_category``, the coming one as ``correct_category`` and when; the completed change names both."""
    sim.freeze_clock()
    template = _template(sim, graph, "order_ready")
    sim.recategorize_template("order_ready", "MARKETING", language="de", impending=True)
    body = hooks.wait_for(lambda b: _change(b, "template_category_update", template["id"]) is not None)
    now = int(sim.clock()["now"])
    assert _change(body, "template_category_update", template["id"]) == {
        "message_template_id": int(template["id"]), "message_template_name": "order_ready",
        "message_template_language": "de", "correct_category": "MARKETING", "new_category": "UTILITY",
        "category_update_timestamp": now + 24 * 3600}
    assert graph.get(f"/v23.0/{template['id']}").json()["category"] == "UTILITY"
    sim.recategorize_template("order_ready", "MARKETING", language="de")
    body = hooks.wait_for(lambda b: "previous_category" in (_change(b, "template_category_update", template["id"])
                                                            or {}))
    assert _change(body, "template_category_update", template["id"]) == {
        "message_template_id": int(template["id"]), "message_template_name": "order_ready",
        "message_template_language": "de", "previous_category": "UTILITY", "new_category": "MARKETING"}
    assert graph.get(f"/v23.0/{template['id']}").json()["category"] == "MARKETING"


def test_a_template_quality_change_posts_message_template_quality_update(sim, hooks, graph):
    template = _template(sim, graph, "order_ready")
    sim.set_template_quality("order_ready", "YELLOW", language="de")
    body = hooks.wait_for(lambda b: _change(b, "message_template_quality_update", template["id"]) is not None)
    assert _change(body, "message_template_quality_update", template["id"]) == {
        "previous_quality_score": "GREEN", "new_quality_score": "YELLOW",
        "message_template_id": int(template["id"]), "message_template_name": "order_ready",
        "message_template_language": "de"}
    listed = graph.get(f"/v23.0/{sim.config.waba_id}/message_templates",
                       params={"name": "order_ready", "fields": "name,quality_score"}).json()["data"]
    assert listed[0]["quality_score"] == {"score": "YELLOW"}


PICTURE = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20


def test_a_file_sent_through_the_resumable_upload_api_is_a_template_s_media_example(sim, graph):
    """Meta's Resumable Upload API (``POST /{app-id}/uploads``, then the bytes to ``upload:<id>`` from
    ``file_offset``; ``GET`` says where it stands) answers a handle; the template node then shows the example as
    a URL of the file, as Meta's does."""
    app = graph.get("/v23.0/app").json()["id"]
    assert app == sim.config.app_id
    session = graph.post(f"/v23.0/{app}/uploads", params={"file_name": "laden.png", "file_length": len(PICTURE),
                                                           "file_type": "image/png"}).json()["id"]
    assert session.startswith("upload:")
    oauth = {"Authorization": f"OAuth {sim.config.access_token}"}
    part = graph.post(f"/v23.0/{session}", content=PICTURE[:1000], headers={**oauth, "file_offset": "0"})
    assert part.json() == {"id": session, "file_offset": 1000}
    assert graph.get(f"/v23.0/{session}").json()["file_offset"] == 1000
    assert graph.post(f"/v23.0/{session}", content=b"x", headers={**oauth, "file_offset": "0"}).status_code == 400
    handle = graph.post(f"/v23.0/{session}", content=PICTURE[1000:], headers={**oauth, "file_offset": "1000"}
                        ).json()["h"]
    created = graph.post(f"/v23.0/{sim.config.waba_id}/message_templates", json={
        "name": "new_shop", "language": "de", "category": "MARKETING",
        "components": [{"type": "HEADER", "format": "IMAGE", "example": {"header_handle": [handle]}},
                       {"type": "BODY", "text": "Unser neuer Laden ist offen."}]}).json()
    node = graph.get(f"/v23.0/{created['id']}").json()
    url = node["components"][0]["example"]["header_handle"][0]
    assert url.startswith("http://") and handle not in url
    assert httpx.get(url, trust_env=False).content == PICTURE
    refused = graph.post(f"/v23.0/{app}/uploads", params={"file_name": "a.gif", "file_length": 3,
                                                           "file_type": "image/gif"})
    assert refused.status_code == 400
