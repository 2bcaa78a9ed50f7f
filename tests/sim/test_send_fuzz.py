"""Whatever a client posts, the simulator answers like Meta: a success body or Meta's error envelope, never a crash."""

from __future__ import annotations

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from klaros_sim.embedded import running_simulator

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 5) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)
kinds = st.sampled_from(["text", "template", "image", "audio", "video", "document", "sticker", "location",
                         "contacts", "reaction", "interactive", "hologram"])
templates = st.fixed_dictionaries({}, optional={
    "name": st.sampled_from(["hello_world", "order_ready", "spring_sale", "nope"]) | json_values,
    "language": st.fixed_dictionaries({"code": st.sampled_from(["de", "en_US"]) | json_values}) | json_values,
    "components": st.lists(st.fixed_dictionaries(
        {"type": st.sampled_from(["header", "body", "button"])},
        optional={"parameters": st.lists(st.fixed_dictionaries(
            {"type": st.sampled_from(["text", "image", "currency"])}, optional={"text": json_values,
                                                                              "image": json_values}), max_size=3)
            | json_values, "index": json_values}), max_size=3) | json_values,
})
interactives = st.fixed_dictionaries({}, optional={
    "type": st.sampled_from(["button", "list", "flow"]) | json_values,
    "body": st.fixed_dictionaries({"text": st.text(max_size=5)}) | json_values,
    "action": st.fixed_dictionaries({}, optional={
        "buttons": st.lists(st.fixed_dictionaries({"type": st.just("reply"), "reply": st.fixed_dictionaries(
            {"id": st.text(max_size=3), "title": st.text(max_size=25)}) | json_values}) | json_values, max_size=4),
        "button": st.text(max_size=5) | json_values,
        "sections": st.lists(st.fixed_dictionaries({}, optional={"rows": st.lists(json_values, max_size=12)
                                                              | json_values}) | json_values, max_size=3),
    }) | json_values,
})
bodies = st.fixed_dictionaries(
    {"messaging_product": st.sampled_from(["whatsapp", "other"]),
     "to": st.sampled_from(["+4915112345678", "4915112345678", "", "abc", "+1 (555) 010-9999"]),
     "type": kinds},
    optional={"text": json_values, "template": templates | json_values, "image": json_values,
              "location": json_values, "contacts": json_values, "reaction": json_values,
              "interactive": interactives | json_values,
              "context": json_values, "status": st.sampled_from(["read", "x"]), "message_id": json_values},
) | json_values

SIM = None


def setup_module():
    global SIM
    SIM = running_simulator(callback_url=None, read_delay=None)
    SIM.handle = SIM.__enter__()


def teardown_module():
    SIM.__exit__(None, None, None)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=bodies, endpoint=st.sampled_from(["messages", "marketing_messages"]))
def test_any_body_gets_success_or_meta_error(body, endpoint):
    sim = SIM.handle
    response = httpx.post(f"{sim.base_url}/v23.0/{sim.config.phone_number_id}/{endpoint}", json=body,
                          headers={"Authorization": f"Bearer {sim.config.access_token}"}, trust_env=False)
    data = response.json()
    if response.status_code == 200:
        assert data.get("success") is True or data["messages"][0]["id"].startswith("wamid.")
    else:
        assert response.status_code in (400, 404)
        error = data["error"]
        assert isinstance(error["code"], int) and error["message"] and error["fbtrace_id"]
        assert error["type"] == "OAuthException" and isinstance(error["error_data"]["details"], str)
