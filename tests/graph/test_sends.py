"""Every send type through GraphClient against the running simulator, with the status webhooks it causes."""

from __future__ import annotations

import pytest

from klaros_desktop import correlation
from klaros_desktop.graph import SendResult
from klaros_sim.control import statuses_in

from .conftest import CUSTOMER


def statuses_for(hooks, wamid: str) -> list[dict]:
    return [s for body in hooks.bodies for s in statuses_in(body) if s["id"] == wamid]


def sent_payload(sim, wamid: str) -> dict:
    return next(m for m in sim.outbound() if m["id"] == wamid)


async def test_text_reply_inside_window(sim, hooks, client):
    inbound = sim.say(CUSTOMER, "Haben Sie Dinkelbrot?")
    result = await client.send_text(CUSTOMER, "Ja, frisch!", reply_to=inbound["id"], correlation_id="ui-abc")
    assert isinstance(result, SendResult)
    assert result.wamid.startswith("wamid.") and result.wa_id == "4915112345678" and result.input == CUSTOMER
    assert result.message_status is None and result.correlation_id == "ui-abc"
    payload = sent_payload(sim, result.wamid)["payload"]
    assert payload["context"] == {"message_id": inbound["id"]}
    assert payload["text"] == {"body": "Ja, frisch!", "preview_url": False}
    sim.wait_idle()
    statuses = statuses_for(hooks, result.wamid)
    assert [s["status"] for s in statuses] == ["sent", "delivered", "read"]
    assert statuses[0]["pricing"] == {"billable": False, "pricing_model": "PMP", "type": "free_customer_service",
                                      "category": "service"}
    assert statuses[0]["recipient_id"] == "4915112345678" and statuses[0]["recipient_user_id"].startswith("US.")


async def test_template_send_is_accepted_and_billed_by_category(sim, hooks, client):
    result = await client.send_template(
        CUSTOMER, "spring_sale", "de",
        [{"type": "header", "parameters": [{"type": "image", "image": {"link": "https://example.org/a.jpg"}}]},
         {"type": "body", "parameters": [{"type": "text", "text": "Anna"}, {"type": "text", "text": "20"}]}],
    )
    assert result.message_status == "accepted"
    sim.wait_idle()
    statuses = statuses_for(hooks, result.wamid)
    assert statuses[0]["status"] == "sent"
    assert statuses[0]["pricing"] == {"billable": True, "pricing_model": "PMP", "type": "regular",
                                      "category": "marketing"}


async def test_utility_template_inside_window_is_free(sim, hooks, client):
    sim.say(CUSTOMER, "Ist meine Bestellung fertig?")
    result = await client.send_template(
        CUSTOMER, "order_ready", "de",
        [{"type": "body", "parameters": [{"type": "text", "text": "Anna"}, {"type": "text", "text": "4711"}]}],
    )
    sim.wait_idle()
    assert statuses_for(hooks, result.wamid)[0]["pricing"]["type"] == "free_customer_service"
    assert statuses_for(hooks, result.wamid)[0]["pricing"]["category"] == "utility"


@pytest.mark.parametrize(
    ("kind", "extra"),
    [
        ("image", {"caption": "Neu im Laden"}),
        ("video", {"caption": "So backen wir"}),
        ("audio", {}),
        ("sticker", {}),
        ("document", {"caption": "Preisliste", "filename": "preise.pdf"}),
    ],
)
async def test_media_by_uploaded_id(sim, hooks, client, kind, extra):
    sim.say(CUSTOMER, "Zeigen Sie mal")
    media_id = await client.upload_media(b"\x89PNG fake bytes", "image/png", "x.png")
    result = await client.send_media(CUSTOMER, kind, media_id=media_id, **extra)
    payload = sent_payload(sim, result.wamid)["payload"]
    assert payload["type"] == kind and payload[kind] == {"id": media_id, **extra}
    sim.wait_idle()
    assert statuses_for(hooks, result.wamid)[0]["status"] == "sent"


@pytest.mark.parametrize("kind", ["image", "audio", "video", "document", "sticker"])
async def test_media_by_link_as_reply(sim, hooks, client, kind):
    asked = sim.say(CUSTOMER, "Haben Sie das?")
    link = f"https://example.org/datei.{kind}"
    result = await client.send_media(CUSTOMER, kind, link=link, reply_to=asked["id"])
    payload = sent_payload(sim, result.wamid)["payload"]
    assert payload[kind] == {"link": link} and payload["context"] == {"message_id": asked["id"]}
    sim.wait_idle()
    assert statuses_for(hooks, result.wamid)[0]["status"] == "sent"


async def test_media_arguments_checked_before_sending(sim, client):
    with pytest.raises(ValueError, match="exactly one"):
        await client.send_media(CUSTOMER, "image")
    with pytest.raises(ValueError, match="caption"):
        await client.send_media(CUSTOMER, "audio", link="https://example.org/a.ogg", caption="no")
    assert sim.outbound() == []


async def test_reaction_location_contacts_interactive(sim, hooks, client):
    inbound = sim.say(CUSTOMER, "Danke!")
    reaction = await client.send_reaction(CUSTOMER, inbound["id"], "👍")
    location = await client.send_message(CUSTOMER, "location", {"latitude": 52.52, "longitude": 13.405,
                                                                "name": "Bäckerei Sonne"})
    contacts = await client.send_message(CUSTOMER, "contacts", [{"name": {"formatted_name": "Bäckerei Sonne"},
                                                                 "phones": [{"phone": "+4930123456"}]}])
    buttons = await client.send_message(CUSTOMER, "interactive", {
        "type": "button", "body": {"text": "Abholen oder liefern?"},
        "action": {"buttons": [{"type": "reply", "reply": {"id": "pickup", "title": "Abholen"}},
                               {"type": "reply", "reply": {"id": "deliver", "title": "Liefern"}}]}})
    rows = await client.send_message(CUSTOMER, "interactive", {
        "type": "list", "body": {"text": "Welche Torte?"},
        "action": {"button": "Auswahl", "sections": [{"title": "Torten", "rows": [
            {"id": "t1", "title": "Schwarzwälder"}, {"id": "t2", "title": "Käsekuchen"}]}]}})
    sim.wait_idle()
    for result in (reaction, location, contacts, buttons, rows):
        assert statuses_for(hooks, result.wamid)[0]["status"] == "sent"
    # reactions are never "read" by Meta's account; everything else is
    assert "read" not in [s["status"] for s in statuses_for(hooks, reaction.wamid)]
    assert "read" in [s["status"] for s in statuses_for(hooks, rows.wamid)]


async def test_mark_read(sim, client):
    inbound = sim.say(CUSTOMER, "Hallo")
    assert await client.mark_read(inbound["id"]) is None
    assert sim.simulator.inbound[inbound["id"]]["read"] is True


async def test_every_request_carries_correlation_id_and_is_audited(sim, client, audit_calls):
    sim.say(CUSTOMER, "Hallo")
    with correlation.correlated("ui-fromcontext"):
        result = await client.send_text(CUSTOMER, "Hi")
    explicit = await client.send_text(CUSTOMER, "Hi again", correlation_id="ui-explicit")
    fresh = await client.phone_number()
    assert result.correlation_id == "ui-fromcontext" and explicit.correlation_id == "ui-explicit"
    seen = [r["correlation_id"] for r in sim.requests()]
    assert seen[:2] == ["ui-fromcontext", "ui-explicit"]
    assert seen[2].startswith("graph-")
    assert fresh["id"] == sim.config.phone_number_id
    assert [c.correlation_id for c in audit_calls] == seen
    assert audit_calls[0].http_status == 200 and audit_calls[0].path.endswith("/messages")
    assert next(m for m in sim.outbound() if m["id"] == result.wamid)["correlation_id"] == "ui-fromcontext"


async def test_status_order_can_be_scrambled_and_batched(sim, hooks, client):
    sim.configure(out_of_order=True, batch_window=0.3)
    sim.say(CUSTOMER, "Hallo")
    result = await client.send_text(CUSTOMER, "Hi")
    sim.wait_idle()
    assert [s["status"] for s in statuses_for(hooks, result.wamid)] == ["sent", "read", "delivered"]
