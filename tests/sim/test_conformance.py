"""Every kind of webhook the simulator emits has the shape of Meta's recorded samples.

Same keys, same JSON value types, same nesting. The only differences allowed are the fields Meta documents
as newer than some samples (``tests/fixtures/meta/README.md``): business-scoped user ids, PMP pricing's
``type``; and fields the samples show but that are optional (captions, the CBP ``conversation`` object, ...).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from klaros_sim.control import messages_in, statuses_in

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "meta"
# Documented in tests/fixtures/meta/README.md as newer than some samples: business-scoped user ids.
NEWER_FIELDS = {"user_id", "parent_user_id", "recipient_user_id"}
# Not newer, but in another of Meta's samples of the same webhook: a status error's ``href`` (pywa's
# ``failed`` sample has it, the PMP-era ``failed_marketing_opt_out`` sample does not).
NEWER_FIELDS |= {"href"}
# Meta's current status syntax (business-scoped user IDs page) names the recipient in a contacts array on
# sent, delivered and read statuses; current/status_pmp.json was recorded without it.
NEWER_FIELDS |= {"contacts"}
# Meta's media webhook references add the download url to inbound media objects (since November 2025).
NEWER_FIELDS |= {"url"}
OPTIONAL_FIELDS = {"conversation", "parent_user_id", "caption", "url", "signup_id", "frequently_forwarded",
                   "href", "contacts", "description", "name", "address", "rejection_info", "user_id",
                   # Meta sends image_url for image ads and video_url for video ads; the sample shows both.
                   "image_url", "video_url"}
CUSTOMER = "+4915112345678"


def shape_errors(ours: Any, theirs: Any, path: str = "$") -> list[str]:
    if isinstance(theirs, bool) or isinstance(ours, bool):
        return [] if isinstance(ours, bool) and isinstance(theirs, bool) else [f"{path}: {ours!r} vs {theirs!r}"]
    if isinstance(theirs, int | float) and isinstance(ours, int | float):
        if type(ours) is type(theirs) or path.endswith(("latitude", "longitude")):  # coordinates may be whole
            return []
        return [f"{path}: {type(ours).__name__} where Meta sends {type(theirs).__name__}"]
    if type(ours) is not type(theirs):
        return [f"{path}: {type(ours).__name__} where Meta sends {type(theirs).__name__}"]
    if isinstance(ours, dict):
        problems = []
        for key in ours.keys() - theirs.keys():
            if key not in NEWER_FIELDS:
                problems.append(f"{path}.{key}: not in Meta's sample")
        for key in theirs.keys() - ours.keys():
            if key not in OPTIONAL_FIELDS:
                problems.append(f"{path}.{key}: missing (Meta sends it)")
        for key in ours.keys() & theirs.keys():
            problems += shape_errors(ours[key], theirs[key], f"{path}.{key}")
        return problems
    if isinstance(ours, list):
        if not theirs:
            return []
        return [p for i, item in enumerate(ours) for p in shape_errors(item, theirs[0], f"{path}[{i}]")]
    return []


@pytest.fixture(scope="module")
def samples():

    def load(name: str) -> dict:
        return json.loads((FIXTURES / name).read_text(encoding="utf-8"))

    return {name: load(name) for name in (
        "pywa/message.json", "pywa/message_status.json", "pywa/callback_button.json",
        "pywa/callback_selection.json", "pywa/system.json", "pywa/template_status_update.json",
        "pywa/user_marketing_preferences.json", "current/status_pmp.json")}


def new_body(hooks, before: int) -> dict:
    hooks.wait_for(lambda b: len(hooks.bodies) > before)
    return hooks.bodies[before]


INBOUND = [
    # (what the customer does, sample file, sample name)
    ({"type": "text", "body": "Hallo"}, "pywa/message.json", "text"),
    ({"type": "image"}, "pywa/message.json", "image"),
    ({"type": "video", "caption": "x", "forwarded": True}, "pywa/message.json", "video"),
    ({"type": "document", "caption": "x", "filename": "a.pdf", "forwarded": True}, "pywa/message.json", "document"),
    ({"type": "audio", "forwarded": True}, "pywa/message.json", "audio"),
    ({"type": "voice"}, "pywa/message.json", "voice"),
    ({"type": "sticker"}, "pywa/message.json", "static_sticker"),
    ({"type": "location", "latitude": 52.5, "longitude": 13.4, "forwarded": True}, "pywa/message.json",
     "current_location"),
    ({"type": "location", "latitude": 52.5, "longitude": 13.4, "name": "Laden", "address": "Hauptstr. 1",
      "url": "https://example.org", "forwarded": True}, "pywa/message.json", "chosen_location"),
    ({"type": "contacts"}, "pywa/message.json", "contacts"),
    ({"type": "reaction", "message_id": "wamid.X", "emoji": "👍"}, "pywa/message.json", "reaction"),
    ({"type": "reaction", "message_id": "wamid.X"}, "pywa/message.json", "unreaction_no_emoji"),
    ({"type": "unsupported", "unsupported_type": "poll"}, "pywa/message.json", "unsupported_with_type"),
    ({"type": "text", "body": "Antwort", "reply_to": "wamid.Y"}, "pywa/message.json", "reply"),
    ({"type": "text", "body": "weiter", "forwarded": True}, "pywa/message.json", "forwarded"),
    ({"type": "text", "body": "vom Ad", "referral": True}, "pywa/message.json", "referral"),
    ({"type": "button_reply", "id": "b1", "title": "Ja", "reply_to": "wamid.Z"}, "pywa/callback_button.json",
     "button"),
    ({"type": "list_reply", "id": "r1", "title": "Torte", "description": "lecker", "reply_to": "wamid.Z"},
     "pywa/callback_selection.json", "description"),
    ({"type": "button", "text": "Interessiert", "reply_to": "wamid.Z"}, "pywa/callback_button.json",
     "quick_reply"),
    ({"type": "system", "new_number": "+4915199999999"}, "pywa/system.json", "phone_number_change"),
    ({"type": "system"}, "pywa/system.json", "identity_change"),
]


@pytest.mark.parametrize(("spec", "file", "name"), INBOUND, ids=[f"{f}:{n}" for _, f, n in INBOUND])
def test_inbound_message_webhooks_match_samples(sim, hooks, samples, spec, file, name):
    before = len(hooks.bodies)
    sim.message(CUSTOMER, **spec)
    ours = new_body(hooks, before)
    problems = shape_errors(ours, samples[file][name])
    assert problems == [], problems
    assert messages_in(ours)[0]["type"] == messages_in(samples[file][name])[0]["type"]


def _send(sim, body: dict) -> str:
    response = httpx.post(f"{sim.base_url}/v23.0/{sim.config.phone_number_id}/messages", json=body,
                          headers={"Authorization": f"Bearer {sim.config.access_token}"}, trust_env=False)
    assert response.status_code == 200, response.text
    return response.json()["messages"][0]["id"]


@pytest.mark.parametrize(
    ("status", "sample"),
    [("sent", "sent_marketing_template"), ("delivered", "delivered_free_service"), ("read", "delivered_free_service")],
)
def test_status_webhooks_match_pmp_samples(sim, hooks, samples, status, sample):
    sim.say(CUSTOMER, "Hallo")
    wamid = _send(sim, {"messaging_product": "whatsapp", "to": CUSTOMER, "type": "text", "text": {"body": "Hi"}})
    sim.wait_idle()
    body = next(b for b in hooks.bodies if any(s["id"] == wamid and s["status"] == status for s in statuses_in(b)))
    assert shape_errors(body, samples["current/status_pmp.json"][sample]) == []
    # and against the older (CBP) sample of the same status: only the documented differences
    old = samples["pywa/message_status.json"][status]
    assert shape_errors(body, old) in ([], ["$.entry[0].changes[0].value.statuses[0].pricing.type: not in Meta's "
                                            "sample"])


def test_failed_status_matches_samples(sim, hooks, samples):
    wamid = _send(sim, {"messaging_product": "whatsapp", "to": CUSTOMER, "type": "text", "text": {"body": "Hi"}})
    sim.wait_idle()
    body = next(b for b in hooks.bodies if any(s["id"] == wamid for s in statuses_in(b)))
    assert statuses_in(body)[0]["status"] == "failed"
    assert shape_errors(body, samples["current/status_pmp.json"]["failed_marketing_opt_out"]) == []
    assert shape_errors(body, samples["pywa/message_status.json"]["failed"]) == []


@pytest.mark.parametrize("event", ["APPROVED", "REJECTED"])
def test_template_status_update_matches_samples(sim, hooks, samples, event):
    text = "Hallo {{1}}, neu: {{2}}{{3}}" if event == "REJECTED" else "Hallo {{1}}, Ihre Bestellung ist da."
    response = httpx.post(f"{sim.base_url}/v23.0/{sim.config.waba_id}/message_templates",
                          headers={"Authorization": f"Bearer {sim.config.access_token}"}, trust_env=False,
                          json={"name": "t_" + event.lower(), "language": "de", "category": "MARKETING",
                                "components": [{"type": "BODY", "text": text}]})
    assert response.json()["status"] == "PENDING"
    body = hooks.wait_for(lambda b: b["entry"][0]["changes"][0]["field"] == "message_template_status_update")
    assert body["entry"][0]["changes"][0]["value"]["event"] == event
    assert shape_errors(body, samples["pywa/template_status_update.json"][event.lower()]) == []


def test_user_preferences_matches_sample(sim, hooks, samples):
    sim.set_marketing(CUSTOMER, "stop")
    body = hooks.wait_for(lambda b: b["entry"][0]["changes"][0]["field"] == "user_preferences")
    assert shape_errors(body, samples["pywa/user_marketing_preferences.json"]["resume"]) == []


def test_checker_catches_a_wrong_shape(samples):
    """The comparison itself must be able to fail."""
    good = samples["pywa/message.json"]["text"]
    bad = json.loads(json.dumps(good))
    bad["entry"][0]["changes"][0]["value"]["messages"][0]["timestamp"] = 1697043223
    del bad["entry"][0]["changes"][0]["value"]["metadata"]
    bad["entry"][0]["changes"][0]["value"]["messages"][0]["extra"] = 1
    problems = shape_errors(bad, good)
    assert len(problems) == 3


PRICING_TYPES = {"regular", "free_customer_service", "free_entry_point"}
PRICING_CATEGORIES = {"marketing", "utility", "authentication", "authentication_international", "marketing_lite",
                      "service", "referral_conversion"}


def test_every_pricing_variant_has_the_pmp_shape(sim, hooks, samples):
    """Each pricing the simulator can report (PMP categories and types) keeps the shape of Meta's PMP sample."""
    headers = {"Authorization": f"Bearer {sim.config.access_token}"}
    base = f"{sim.base_url}/v23.0/{sim.config.phone_number_id}"
    create = httpx.post(f"{sim.base_url}/v23.0/{sim.config.waba_id}/message_templates", headers=headers,
                        trust_env=False, json={"name": "login_code", "language": "en_US", "category": "AUTHENTICATION",
                                               "components": [{"type": "BODY", "text": "Code {{1}}, geheim."}]})
    assert create.status_code == 200
    sim.decide_template("login_code", "APPROVED")
    # Its template_status_update (an entry with "time") goes out on its own: batched with the statuses below
    # (it was, now and then) it made the body differ from the status sample although each entry was right.
    sim.wait_idle()
    sale = {"name": "spring_sale", "language": {"code": "de"}, "components": [
        {"type": "header", "parameters": [{"type": "image", "image": {"link": "https://example.org/a.jpg"}}]},
        {"type": "body", "parameters": [{"type": "text", "text": "Anna"}, {"type": "text", "text": "20"}]}]}
    ready = {"name": "order_ready", "language": {"code": "de"}, "components": [
        {"type": "body", "parameters": [{"type": "text", "text": "Anna"}, {"type": "text", "text": "1"}]}]}
    login = {"name": "login_code", "language": {"code": "en_US"}, "components": [
        {"type": "body", "parameters": [{"type": "text", "text": "123456"}]}]}
    ad_customer = "+4917012345678"
    sim.say(CUSTOMER, "Hallo")
    sim.say(ad_customer, "Vom Inserat", referral=True)
    sends = [
        (base + "/messages", CUSTOMER, {"type": "text", "text": {"body": "Gern"}},
         ("service", "free_customer_service")),
        (base + "/messages", CUSTOMER, {"type": "template", "template": ready}, ("utility", "free_customer_service")),
        (base + "/messages", "+4915200000000", {"type": "template", "template": ready}, ("utility", "regular")),
        (base + "/messages", CUSTOMER, {"type": "template", "template": sale}, ("marketing", "regular")),
        (base + "/marketing_messages", CUSTOMER, {"type": "template", "template": sale}, ("marketing_lite", "regular")),
        (base + "/messages", "+4915200000000", {"type": "template", "template": login}, ("authentication", "regular")),
        (base + "/messages", "+6281234567890", {"type": "template", "template": login},
         ("authentication_international", "regular")),
        (base + "/messages", ad_customer, {"type": "text", "text": {"body": "Gern"}},
         ("referral_conversion", "free_entry_point")),
    ]
    expected = {}
    for url, to, body, pricing in sends:
        response = httpx.post(url, headers=headers, trust_env=False,
                              json={"messaging_product": "whatsapp", "to": to, **body})
        assert response.status_code == 200, response.text
        expected[response.json()["messages"][0]["id"]] = pricing
    sim.wait_idle()
    seen = {}
    for body in hooks.bodies:
        for status in statuses_in(body):
            if status["id"] in expected:
                assert shape_errors(body, samples["current/status_pmp.json"]["sent_marketing_template"]) == []
                pricing = status["pricing"]
                assert pricing["type"] in PRICING_TYPES and pricing["category"] in PRICING_CATEGORIES
                assert pricing["billable"] is (pricing["type"] == "regular")
                seen[status["id"]] = (pricing["category"], pricing["type"])
    assert seen == expected


def test_status_with_callback_data_matches_tracker_sample(sim, hooks, samples):
    sim.say(CUSTOMER, "Hallo")
    wamid = _send(sim, {"messaging_product": "whatsapp", "to": CUSTOMER, "type": "text", "text": {"body": "Hi"},
                        "biz_opaque_callback_data": "bestellung-4711"})
    sim.wait_idle()
    body = next(b for b in hooks.bodies if any(s["id"] == wamid and s["status"] == "sent" for s in statuses_in(b)))
    assert statuses_in(body)[0]["biz_opaque_callback_data"] == "bestellung-4711"
    assert shape_errors(body, samples["pywa/message_status.json"]["with_tracker"]) in (
        [], ["$.entry[0].changes[0].value.statuses[0].pricing.type: not in Meta's sample"])


def test_batched_body_keeps_the_envelope(sim, hooks, samples):
    """Several changes in one POST: every change still has the sample's shape."""
    sim.batch([{"from": CUSTOMER, "type": "text", "body": "eins"}, {"from": "+4917012345678", "type": "image"}])
    body = hooks.wait_for(lambda b: bool(messages_in(b)))
    assert len(body["entry"][0]["changes"]) == 2
    for change, name in zip(body["entry"][0]["changes"], ("text", "image"), strict=True):
        single = {"object": body["object"], "entry": [{"id": body["entry"][0]["id"], "changes": [change]}]}
        assert shape_errors(single, samples["pywa/message.json"][name]) == []
