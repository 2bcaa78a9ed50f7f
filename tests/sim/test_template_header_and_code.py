"""``POST /{waba-id}/message_templates`` with a value in the text header, a location header or a copy-code button,
as Meta's template components reference and its location and coupon code templates describe them: the shapes Meta
takes are created, malformed ones refused with code 100 and Meta's title and sentence for people; a copy-code
button then takes the customer's code at send time as a ``copy_code`` button component."""

from __future__ import annotations

import httpx
import pytest

BODY = {"type": "BODY", "text": "Hallo {{1}}, diese Woche 20 % auf alles.", "example": {"body_text": [["Anna"]]}}
TITLE = {"type": "HEADER", "format": "TEXT", "text": "Angebot {{1}}", "example": {"header_text": ["Tulpen"]}}
CODE = {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "Stopp"},
                                       {"type": "COPY_CODE", "example": "SPRING25"}]}


@pytest.fixture
def graph(sim):
    with httpx.Client(base_url=sim.base_url, trust_env=False,
                      headers={"Authorization": f"Bearer {sim.config.access_token}"}) as client:
        yield client


def _create(sim, graph, name: str, category: str, *components, **extra) -> httpx.Response:
    return graph.post(f"/v23.0/{sim.config.waba_id}/message_templates",
                      json={"name": name, "language": "de", "category": category, "components": list(components),
                            **extra})


def _refused(response: httpx.Response) -> str:
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["code"] == 100 and error["message"] == "(#100) Invalid parameter"
    assert error["error_user_title"] and error["error_user_msg"]
    return error["error_user_msg"]


def test_meta_s_shapes_are_created(sim, graph):
    assert _create(sim, graph, "titled", "MARKETING", TITLE, BODY, CODE).status_code == 200
    named = {"type": "HEADER", "format": "TEXT", "text": "Angebot {{blume}}",
             "example": {"header_text_named_params": [{"param_name": "blume", "example": "Tulpen"}]}}
    body = {"type": "BODY", "text": "Hallo {{kunde}}, neu da.",
            "example": {"body_text_named_params": [{"param_name": "kunde", "example": "Anna"}]}}
    assert _create(sim, graph, "named", "UTILITY", named, body, parameter_format="NAMED").status_code == 200
    assert _create(sim, graph, "mapped", "UTILITY", {"type": "HEADER", "format": "LOCATION"},
                   BODY).status_code == 200


@pytest.mark.parametrize(("category", "components", "words"), [
    ("MARKETING", [{**TITLE, "example": {}}, BODY], "example"),
    ("MARKETING", [{"type": "HEADER", "format": "TEXT", "text": "Angebot {{1}}"}, BODY], "example"),
    ("MARKETING", [{**TITLE, "text": "Angebot {{1}} und {{2}}"}, BODY], "one parameter"),
    ("MARKETING", [{**TITLE, "text": "A" * 55 + " {{1}}"}, BODY], "60 characters"),
    ("UTILITY", [BODY, CODE], "marketing templates"),
    ("MARKETING", [BODY, {"type": "BUTTONS", "buttons": [{"type": "COPY_CODE", "example": "A1"}] * 2}],
     "one copy code button"),
    ("MARKETING", [BODY, {"type": "BUTTONS", "buttons": [{"type": "COPY_CODE", "example": "X" * 16}]}],
     "15 characters"),
    ("MARKETING", [BODY, {"type": "BUTTONS", "buttons": [{"type": "COPY_CODE"}]}], "example code"),
    ("AUTHENTICATION", [{"type": "HEADER", "format": "LOCATION"}, BODY], "location header"),
])
def test_malformed_parts_are_refused_with_meta_s_error(sim, graph, category, components, words):
    assert words in _refused(_create(sim, graph, "broken", category, *components))


def test_an_edit_is_held_to_the_same_rules(sim, graph):
    assert _create(sim, graph, "editable", "MARKETING", BODY).status_code == 200
    sim.decide_template("editable", "REJECTED", language="de")
    template_id = next(t["id"] for t in graph.get(f"/v23.0/{sim.config.waba_id}/message_templates",
                                                  params={"name": "editable"}).json()["data"])
    response = graph.post(f"/v23.0/{template_id}", json={"components": [
        {"type": "HEADER", "format": "TEXT", "text": "Angebot {{1}}"}, BODY]})
    assert "example" in _refused(response)


def _send(sim, graph, components) -> httpx.Response:
    return graph.post(f"/v23.0/{sim.config.phone_number_id}/messages", json={
        "messaging_product": "whatsapp", "to": "4915112345678", "type": "template",
        "template": {"name": "coded", "language": {"code": "de"}, "components": components}})


def test_a_copy_code_button_takes_the_customer_s_code_at_send_time(sim, graph):
    assert _create(sim, graph, "coded", "MARKETING", BODY, CODE).status_code == 200
    sim.decide_template("coded", "APPROVED", language="de")
    body = {"type": "body", "parameters": [{"type": "text", "text": "Anna"}]}
    code = {"type": "button", "sub_type": "copy_code", "index": "1",
            "parameters": [{"type": "coupon_code", "coupon_code": "ANNA-20"}]}
    assert _send(sim, graph, [body, code]).status_code == 200
    assert _send(sim, graph, [body]).json()["error"]["code"] == 132000
    wrong = {**code, "parameters": [{"type": "text", "text": "ANNA-20"}]}
    assert _send(sim, graph, [body, wrong]).json()["error"]["code"] == 132012
    long = {**code, "parameters": [{"type": "coupon_code", "coupon_code": "X" * 16}]}
    assert _send(sim, graph, [body, long]).json()["error"]["code"] == 132012
