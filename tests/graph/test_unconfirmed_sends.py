"""A message send is tried again only when it certainly did not reach Meta: the customer gets every message once.

The simulator accepts (and delivers) a message and then fails its answer (HTTP 500, or the connection breaks
mid-answer): the client must not send it again, and says the outcome is unconfirmed. Meta's answers that say the
message was not sent (131000, the rate limits) are tried again; requests that send nothing keep their retries.
"""

from __future__ import annotations

import httpx
import pytest

from klaros_desktop.graph import GraphClient, GraphError, UnconfirmedSend

from .conftest import CUSTOMER


def delivered(sim, cid: str) -> list[dict]:
    """The simulator's record of the messages it accepted for the customer under this correlation id."""
    return [m for m in sim.outbound() if m["correlation_id"] == cid]


def send_requests(sim, cid: str) -> list[dict]:
    return [r for r in sim.requests() if r["correlation_id"] == cid and r["path"].endswith("/messages")]


@pytest.mark.parametrize("fault", ["500", "drop"])
async def test_a_failed_answer_after_meta_accepted_is_unconfirmed_and_not_sent_again(sim, client, fault):
    sim.say(CUSTOMER, "Hallo")
    sim.fail_after_accept(fault)
    with pytest.raises(UnconfirmedSend) as caught:
        await client.send_text(CUSTOMER, "Ihre Bestellung ist fertig", correlation_id=f"ui-once-{fault}")
    assert [m["payload"]["text"]["body"] for m in delivered(sim, f"ui-once-{fault}")] == ["Ihre Bestellung ist fertig"]
    assert len(send_requests(sim, f"ui-once-{fault}")) == 1
    error = caught.value
    assert not error.retryable and error.correlation_id == f"ui-once-{fault}"
    assert error.http_status == (500 if fault == "500" else None)
    assert "may have reached the customer" in str(error.explanation)


async def test_a_template_send_through_the_marketing_api_is_not_repeated_either(sim, client):
    sim.fail_after_accept("500")
    with pytest.raises(UnconfirmedSend):
        await client.send_template(CUSTOMER, "spring_sale", "de", [
            {"type": "header", "parameters": [{"type": "image", "image": {"link": "https://example.org/a.jpg"}}]},
            {"type": "body", "parameters": [{"type": "text", "text": "Anna"}, {"type": "text", "text": "20"}]}],
            marketing_messages_api=True, correlation_id="ui-mm-once")
    assert len(delivered(sim, "ui-mm-once")) == 1


async def test_meta_saying_the_message_was_not_sent_is_tried_again_and_delivered_once(sim, client):
    sim.say(CUSTOMER, "Hallo")
    sim.inject_errors(131000)  # "Message failed to send due to an unknown error" (HTTP 500): not sent
    result = await client.send_text(CUSTOMER, "Noch einmal", correlation_id="ui-not-sent")
    assert [m["id"] for m in delivered(sim, "ui-not-sent")] == [result.wamid]
    assert [r["status"] for r in send_requests(sim, "ui-not-sent")] == [500, 200]


async def test_meta_failing_without_saying_the_message_was_not_sent_is_unconfirmed(sim, client):
    sim.say(CUSTOMER, "Hallo")
    sim.inject_errors(131016)  # "Service unavailable" (HTTP 503): Meta does not say whether it queued the message
    with pytest.raises(UnconfirmedSend) as caught:
        await client.send_text(CUSTOMER, "Hallo zurück", correlation_id="ui-503")
    assert caught.value.code == 131016 and caught.value.http_status == 503
    assert len(send_requests(sim, "ui-503")) == 1


async def test_requests_that_send_nothing_keep_their_retries(sim, client):
    sim.inject_errors(131016)
    node = await client.phone_number(correlation_id="ui-get")
    assert node["verified_name"]
    assert [r["status"] for r in sim.requests() if r["correlation_id"] == "ui-get"] == [503, 200]


async def test_a_connection_that_cannot_be_made_is_not_unconfirmed(client):
    client.base_url = "http://127.0.0.1:9"  # nothing listens on the discard port: refused before anything is sent
    client.max_retries = 1
    with pytest.raises(GraphError) as caught:
        await client.send_text(CUSTOMER, "Hallo", correlation_id="ui-refused")
    assert not isinstance(caught.value, UnconfirmedSend) and caught.value.retryable


async def test_every_message_send_names_its_correlation_id_for_the_status_webhooks(sim, client):
    sim.say(CUSTOMER, "Hallo")
    result = await client.send_text(CUSTOMER, "Danke", correlation_id="ui-callback")
    [message] = delivered(sim, "ui-callback")
    assert message["id"] == result.wamid and message["payload"]["biz_opaque_callback_data"] == "ui-callback"


@pytest.mark.parametrize("broken", [httpx.ReadTimeout, httpx.RemoteProtocolError, httpx.WriteTimeout])
async def test_a_send_that_broke_after_it_left_is_unconfirmed_and_tried_once(broken):
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        raise broken("after the request went out", request=request)

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
        client = GraphClient(http, phone_number_id="1", waba_id="2", token="t", backoff_base=0.01, max_retries=3)
        with pytest.raises(UnconfirmedSend):
            await client.send_text(CUSTOMER, "Hi")
        assert len(calls) == 1
        with pytest.raises(GraphError) as caught:  # a read is tried again
            await client.phone_number()
        assert not isinstance(caught.value, UnconfirmedSend) and len(calls) == 1 + 4
