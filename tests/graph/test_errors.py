"""Every Meta error the simulator produces, as the client sees it: type, code, retry behaviour, explanation."""

from __future__ import annotations

import httpx
import pytest

from klaros_desktop.graph import (
    AuthError,
    GraphClient,
    GraphError,
    NetworkError,
    RateLimitError,
    RecipientError,
    ServerError,
    TemplateError,
    UnconfirmedSend,
)
from klaros_desktop.graph.errors import EXPLANATIONS, failure_reason
from klaros_sim.control import statuses_in
from klaros_sim.embedded import free_port_socket

from .conftest import CUSTOMER


def failed_status(sim, hooks, wamid: str) -> dict:
    sim.wait_idle()
    found = [s for b in hooks.bodies for s in statuses_in(b) if s["id"] == wamid]
    assert [s["status"] for s in found] == ["failed"]
    return found[0]


def graph_statuses(sim) -> list[int]:
    return [r["status"] for r in sim.requests()]


async def test_bad_token_is_auth_error_not_retried(sim, client):
    client._token = "wrong"
    with pytest.raises(AuthError) as caught:
        await client.send_text(CUSTOMER, "Hi")
    error = caught.value
    assert (error.code, error.http_status, error.retryable) == (190, 401, False)
    assert error.fbtrace_id and "access token" in error.explanation
    assert graph_statuses(sim) == [401]


async def test_expired_token_carries_subcode(sim, client):
    sim.expire_token()
    with pytest.raises(AuthError) as caught:
        await client.phone_number()
    assert caught.value.subcode == 463


async def test_missing_template_132001(sim, client):
    with pytest.raises(TemplateError) as caught:
        await client.send_template(CUSTOMER, "no_such_template", "de")
    error = caught.value
    assert (error.code, error.http_status, error.retryable) == (132001, 404, False)
    assert "no_such_template" in error.details and "approved" in error.explanation
    assert graph_statuses(sim) == [404]


async def test_unapproved_template_132001(sim, client):
    await client.create_template("wochenangebot", "de", "MARKETING",
                                 [{"type": "BODY", "text": "Diese Woche: frische Brötchen."}])
    sim.configure(template_review_delay=3600)  # keep the next one pending
    await client.create_template("pending_one", "de", "UTILITY", [{"type": "BODY", "text": "Abholung bereit."}])
    with pytest.raises(TemplateError) as caught:
        await client.send_template(CUSTOMER, "pending_one", "de")
    assert caught.value.code == 132001


async def test_wrong_parameter_count_132000(sim, client):
    with pytest.raises(TemplateError) as caught:
        await client.send_template(CUSTOMER, "order_ready", "de",
                                   [{"type": "body", "parameters": [{"type": "text", "text": "Anna"}]}])
    assert caught.value.code == 132000 and "(1)" in caught.value.details and "(2)" in caught.value.details
    assert not caught.value.retryable


async def test_wrong_parameter_format_132012(sim, client):
    with pytest.raises(TemplateError) as caught:
        await client.send_template(CUSTOMER, "spring_sale", "de", [
            {"type": "header", "parameters": [{"type": "text", "text": "not an image"}]},
            {"type": "body", "parameters": [{"type": "text", "text": "Anna"}, {"type": "text", "text": "20"}]}])
    assert caught.value.code == 132012 and "IMAGE" in caught.value.details


def simulated_waits(sim, client) -> list[float]:
    """Make the client's back-off pass on the simulator's frozen clock instead of the wall clock.

    Every wait is recorded and moves the simulated time by exactly that much, so whether a retry finds the
    throughput or pair-rate budget refilled depends only on the waits, never on how busy the machine is."""
    waits: list[float] = []

    async def wait(seconds: float) -> None:
        waits.append(seconds)
        sim.advance(seconds)

    sim.freeze_clock()
    client._sleep = wait
    return waits


async def test_throughput_130429_is_retried_with_backoff(sim, client):
    waits = simulated_waits(sim, client)
    # 2 messages per second: the customer's own message counts too (as at Meta), so the second send must wait
    sim.configure(throughput_mps=2, throughput_window=1.0)
    sim.say(CUSTOMER, "Hallo")
    client.backoff_base, client.backoff_max, client.max_retries = 0.2, 2.0, 6
    first = await client.send_text(CUSTOMER, "eins")
    second = await client.send_text(CUSTOMER, "zwei")
    assert first.wamid != second.wamid
    # exponential back-off with jitter: the n-th wait lies in [base * 2**n / 2, base * 2**n]
    assert waits and all(0.1 * 2**n <= wait <= 0.2 * 2**n for n, wait in enumerate(waits))
    # retried exactly until one second of simulated time had passed, then accepted
    assert sum(waits[:-1]) < 1.0 <= sum(waits)
    assert graph_statuses(sim) == [200] + [400] * len(waits) + [200]
    refused = [r for r in sim.requests() if r["status"] == 400]
    assert {r["correlation_id"] for r in refused} == {second.correlation_id}


async def test_backoff_is_capped(sim, client):
    waits = simulated_waits(sim, client)
    sim.inject_errors(130429, count=5)
    sim.say(CUSTOMER, "Hallo")
    client.backoff_base, client.backoff_max, client.max_retries = 1.0, 3.0, 5
    await client.send_text(CUSTOMER, "Hi")
    assert len(waits) == 5
    caps = [1.0, 2.0, 3.0, 3.0, 3.0]
    assert all(cap / 2 <= wait <= cap for wait, cap in zip(waits, caps, strict=True))


async def test_retry_after_header_is_honoured():
    """A ``Retry-After`` answer decides the wait (capped by ``backoff_max``). 130429 says the message was not sent,
    so even a send is tried again."""
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) == 1:
            return httpx.Response(400, headers={"Retry-After": "7"}, json={"error": {
                "message": "(#130429) Rate limit hit", "type": "OAuthException", "code": 130429}})
        return httpx.Response(200, json={"messaging_product": "whatsapp", "contacts": [
            {"input": CUSTOMER, "wa_id": "4915112345678"}], "messages": [{"id": "wamid.X"}]})

    waits: list[float] = []

    async def wait(seconds: float) -> None:
        waits.append(seconds)

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
        client = GraphClient(http, phone_number_id="1", waba_id="2", token="t", sleep=wait, backoff_max=30)
        assert (await client.send_text(CUSTOMER, "Hi")).wamid == "wamid.X"
    assert waits == [7.0] and len(calls) == 2


async def test_throughput_130429_gives_up_after_max_retries(sim, client):
    sim.inject_errors(130429, count=10)
    client.max_retries = 2
    with pytest.raises(RateLimitError) as caught:
        await client.send_text(CUSTOMER, "Hi")
    assert caught.value.code == 130429 and caught.value.retryable
    assert graph_statuses(sim) == [400, 400, 400]


async def test_pair_rate_131056_waits_then_succeeds(sim, client):
    waits = simulated_waits(sim, client)
    sim.configure(pair_rate_burst=1, pair_rate_interval=6.0)
    client.pair_rate_wait = 6.0
    sim.say(CUSTOMER, "Hallo")
    await client.send_text(CUSTOMER, "eins")
    second = await client.send_text(CUSTOMER, "zwei")
    assert second.wamid
    assert graph_statuses(sim) == [200, 400, 200]
    assert waits == [6.0]  # the pair-rate wait, not the exponential back-off


async def test_pair_rate_is_per_customer(sim, client):
    simulated_waits(sim, client)
    sim.configure(pair_rate_burst=1, pair_rate_interval=6.0)
    client.max_retries = 0
    for number in (CUSTOMER, "+4917012345678"):
        sim.say(number, "Hallo")
        await client.send_text(number, "Hi")  # one message each: nobody's pair limit is hit
    with pytest.raises(RateLimitError):
        await client.send_text(CUSTOMER, "Noch eins")


async def test_pair_rate_131056_without_retries_raises(sim, client):
    sim.freeze_clock()
    sim.configure(pair_rate_burst=1, pair_rate_interval=60)
    client.max_retries = 0
    sim.say(CUSTOMER, "Hallo")
    await client.send_text(CUSTOMER, "eins")
    with pytest.raises(RateLimitError) as caught:
        await client.send_text(CUSTOMER, "zwei")
    assert caught.value.code == 131056 and "waits" in caught.value.explanation


async def test_a_send_meta_says_failed_is_retried(sim, client):
    """131000 is Meta's "Message failed to send": trying again cannot deliver it twice (131016 and other server
    failures of a send are unconfirmed instead: tests/graph/test_unconfirmed_sends.py)."""
    sim.inject_errors(131000, count=2)
    sim.say(CUSTOMER, "Hallo")
    result = await client.send_text(CUSTOMER, "Hi")
    assert result.wamid and graph_statuses(sim) == [500, 500, 200]


@pytest.mark.parametrize(("code", "http_status"), [(131000, 500), (131016, 503)])
async def test_server_errors_retried(sim, client, code, http_status):
    sim.inject_errors(code, count=2)
    assert await client.list_templates()
    assert graph_statuses(sim) == [http_status, http_status, 200]


async def test_server_error_exhausted(sim, client):
    sim.inject_errors(131016, count=5)
    client.max_retries = 1
    with pytest.raises(ServerError) as caught:
        await client.list_templates()
    assert caught.value.http_status == 503 and caught.value.retryable


async def test_network_error_retried_then_raised():
    sock = free_port_socket()  # bound but never listening: connections are refused
    port = sock.getsockname()[1]
    try:
        async with httpx.AsyncClient(trust_env=False) as http:
            client = GraphClient(http, phone_number_id="1", waba_id="2", token="t",
                                 base_url=f"http://127.0.0.1:{port}", backoff_base=0.01, max_retries=2)
            with pytest.raises(NetworkError) as caught:
                await client.send_text(CUSTOMER, "Hi")
    finally:
        sock.close()
    assert caught.value.code is None and caught.value.retryable
    assert "internet" in caught.value.explanation


async def test_free_form_outside_window_fails_131047_by_webhook(sim, hooks, client):
    result = await client.send_text(CUSTOMER, "Neue Angebote!")  # the customer never wrote
    status = failed_status(sim, hooks, result.wamid)
    (item,) = status["errors"]
    assert item["code"] == 131047 and "pricing" not in status
    error = GraphError.from_status_error(item)
    assert isinstance(error, RecipientError) and not error.retryable and "template" in error.explanation


async def test_window_closes_when_clock_advances(sim, hooks, client):
    sim.say(CUSTOMER, "Hallo")
    inside = await client.send_text(CUSTOMER, "Gern")
    sim.advance(25 * 3600)
    outside = await client.send_text(CUSTOMER, "Noch da?")
    sim.wait_idle()
    assert next(s["status"] for b in hooks.bodies for s in statuses_in(b) if s["id"] == inside.wamid) == "sent"
    assert failed_status(sim, hooks, outside.wamid)["errors"][0]["code"] == 131047


async def test_not_on_whatsapp_131026_by_webhook(sim, hooks, client):
    sim.not_on_whatsapp("+4915900000000")
    result = await client.send_template("+4915900000000", "hello_world", "en_US")
    assert result.wamid  # accepted first, as Meta does
    (item,) = failed_status(sim, hooks, result.wamid)["errors"]
    assert item["code"] == 131026
    assert not GraphError.from_status_error(item).retryable


async def test_marketing_opt_out_131050_by_webhook_but_utility_still_goes(sim, hooks, client):
    sim.reply_stop(CUSTOMER)
    marketing = await client.send_template(CUSTOMER, "spring_sale", "de", [
        {"type": "header", "parameters": [{"type": "image", "image": {"link": "https://example.org/a.jpg"}}]},
        {"type": "body", "parameters": [{"type": "text", "text": "Anna"}, {"type": "text", "text": "20"}]}])
    utility = await client.send_template(CUSTOMER, "order_ready", "de", [
        {"type": "body", "parameters": [{"type": "text", "text": "Anna"}, {"type": "text", "text": "1"}]}])
    (item,) = failed_status(sim, hooks, marketing.wamid)["errors"]
    assert item["code"] == 131050
    error = GraphError.from_status_error(item)
    assert isinstance(error, RecipientError) and not error.retryable and "offers" in error.explanation
    assert next(s["status"] for b in hooks.bodies for s in statuses_in(b) if s["id"] == utility.wamid) == "sent"
    # the customer's opt-out arrived as Meta's user_preferences webhook
    prefs = [c["value"] for b in hooks.bodies for e in b["entry"] for c in e["changes"]
             if c["field"] == "user_preferences"]
    assert prefs[0]["user_preferences"][0]["value"] == "stop"


async def test_invalid_parameter_100_not_retried(sim, client):
    with pytest.raises(GraphError) as caught:
        await client.send_message(CUSTOMER, "interactive", {"type": "button", "body": {"text": "x"},
                                                            "action": {"buttons": []}})
    assert caught.value.code == 131009 and not caught.value.retryable
    assert graph_statuses(sim) == [400]


class _Hangup:
    """A loopback server that reads each request and closes the connection without answering."""

    def __init__(self):
        import socketserver
        import threading

        outer = self
        self.requests = 0

        class Handler(socketserver.BaseRequestHandler):
            def handle(self):
                self.request.recv(65536)
                outer.requests += 1

        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


async def test_lost_answer_to_a_send_is_not_resent_but_a_read_is_retried():
    hangup = _Hangup()
    try:
        async with httpx.AsyncClient(trust_env=False) as http:
            client = GraphClient(http, phone_number_id="1", waba_id="2", token="t", base_url=hangup.url,
                                 backoff_base=0.01, max_retries=2)
            with pytest.raises(UnconfirmedSend) as caught:
                await client.send_text(CUSTOMER, "Hi")
            assert not caught.value.retryable and hangup.requests == 1  # the customer may have it already
            with pytest.raises(NetworkError):
                await client.phone_number()
            assert hangup.requests == 1 + 3
    finally:
        hangup.close()


def test_the_bubble_and_the_send_answer_say_the_same_for_a_code():
    """A failed message's bubble and ``klaros send``'s answer (the audit's ``send_failed``) use one sentence."""
    for code in EXPLANATIONS:
        error = GraphError(code=code, title="t")
        assert failure_reason(code, "t", "d") == f"Not delivered: {error.explanation} (Meta error {code})"
    assert failure_reason(999999, "Meta's title", "Meta's details") == (
        "Not delivered: Meta's details (Meta error 999999)")


async def test_a_template_edit_meta_failed_to_answer_is_not_repeated():
    """Meta answers 500 to an edit it may have applied: repeating it could spend an approved template's one edit
    of the day (and be refused for that). The error goes back, once; reads are still retried."""
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) == 1:
            return httpx.Response(500, json={"error": {"message": "An unknown error occurred", "type": "OAuthException",
                                                       "code": 1}})
        return httpx.Response(200, json={"success": True, "id": "900", "name": "x", "status": "APPROVED"})

    async def wait(seconds: float) -> None:
        return None

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
        client = GraphClient(http, phone_number_id="1", waba_id="2", token="t", sleep=wait)
        with pytest.raises(GraphError) as caught:
            await client.edit_template("900", components=[{"type": "BODY", "text": "Hallo"}])
        assert caught.value.http_status == 500 and len(calls) == 1
        calls.clear()
        assert (await client.get_template("900"))["id"] == "900"  # a read is repeated after the 500
        assert len(calls) == 2
