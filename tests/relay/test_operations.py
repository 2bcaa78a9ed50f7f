"""Operations on both engines: metric names and values, OpenAPI, health check, the server's retention sweep."""

from __future__ import annotations

import asyncio
import re
import time

import pytest
from sqlalchemy import func, select

from relay import db, store
from relay.embedded import RelayServer, sign, webhook_body
from relay.models import events


def metric(text: str, name: str, labels: str = "") -> float:
    """The value of one sample line, e.g. ``metric(t, "klaros_relay_queue_depth", 'tenant="x"')``."""
    pattern = "^" + re.escape(name + (f"{{{labels}}}" if labels else "")) + r" (\S+)$"
    found = re.search(pattern, text, re.MULTILINE)
    assert found is not None, f"no sample {name}{{{labels}}} in:\n{text}"
    return float(found.group(1))


def test_metrics_count_outcomes_reasons_depth_and_latency(relay, http, post, pair):
    shop, other = relay.create_tenant("A"), relay.create_tenant("B")
    desk = pair(shop.tenant_id)
    body = webhook_body(shop, wamid="wamid.metrics")
    assert post(shop, body).status_code == 200
    assert post(shop, body).json()["duplicate"] is True
    assert post(shop, text="second").status_code == 200
    assert post(other, text="waits for B's device").status_code == 200
    assert http.post(relay.url + shop.webhook_path, content=b"{}",
                     headers={"X-Hub-Signature-256": sign(b"{}", shop.app_secret)}).status_code == 400
    assert http.post(relay.url + shop.webhook_path, content=body).status_code == 401

    text = http.get(relay.url + "/metrics").text
    assert metric(text, "klaros_relay_webhooks_accepted_total", 'outcome="stored"') == 3
    assert metric(text, "klaros_relay_webhooks_accepted_total", 'outcome="duplicate"') == 1
    assert metric(text, "klaros_relay_webhooks_refused_total", 'reason="wrong_object"') == 1
    assert metric(text, "klaros_relay_webhooks_refused_total", 'reason="bad_signature"') == 1
    assert metric(text, "klaros_relay_queue_depth", f'tenant="{shop.tenant_id}"') == 2
    assert metric(text, "klaros_relay_queue_depth", f'tenant="{other.tenant_id}"') == 1
    assert metric(text, "klaros_relay_delivery_latency_seconds_count") == 0

    desk.ack(http, desk.pull(http)["next_cursor"])
    text = http.get(relay.url + "/metrics").text
    assert metric(text, "klaros_relay_delivery_latency_seconds_count") == 2
    assert metric(text, "klaros_relay_delivery_latency_seconds_bucket", 'le="+Inf"') == 2
    assert metric(text, "klaros_relay_pull_duration_seconds_count") == 1
    assert f'tenant="{shop.tenant_id}"' not in text  # acknowledged by its only device: queue empty
    assert metric(text, "klaros_relay_queue_depth", f'tenant="{other.tenant_id}"') == 1
    assert metric(text, "klaros_relay_writer_rows_total") >= 3
    for family, kind in (("klaros_relay_webhooks_accepted_total", "counter"),
                         ("klaros_relay_webhooks_refused_total", "counter"),
                         ("klaros_relay_queue_depth", "gauge"),
                         ("klaros_relay_delivery_latency_seconds", "histogram"),
                         ("klaros_relay_pull_duration_seconds", "histogram")):
        assert f"# TYPE {family} {kind}" in text


def test_queue_depth_is_read_once_a_period_not_on_every_scrape(relay, http, post, pair, monkeypatch):
    """Counting the queued events reads every stored event: a scrape once a second (the soak's sampler), or
    Prometheus on a relay holding weeks of events, cost the serving process a table scan each time. Scrapes
    within ``Relay.depth_seconds`` of the last read reuse it; an ack in this process reads it anew."""
    shop = relay.create_tenant("A")
    desk = pair(shop.tenant_id)
    assert post(shop, text="one").status_code == 200
    reads = []
    counted = store.queue_depths
    monkeypatch.setattr(store, "queue_depths", lambda engines: reads.append(1) or counted(engines))
    state = relay.app.state.relay
    now = [1000.0]
    state.clock = lambda: now[0]

    text = http.get(relay.url + "/metrics").text
    assert metric(text, "klaros_relay_queue_depth", f'tenant="{shop.tenant_id}"') == 1
    assert post(shop, text="two").status_code == 200
    text = http.get(relay.url + "/metrics").text
    assert len(reads) == 1  # the same period: the depth read before
    assert metric(text, "klaros_relay_queue_depth", f'tenant="{shop.tenant_id}"') == 1
    assert metric(text, "klaros_relay_webhooks_accepted_total", 'outcome="stored"') == 2  # counters are live

    now[0] += state.depth_seconds
    text = http.get(relay.url + "/metrics").text
    assert len(reads) == 2
    assert metric(text, "klaros_relay_queue_depth", f'tenant="{shop.tenant_id}"') == 2

    desk.ack(http, desk.pull(http)["next_cursor"])
    text = http.get(relay.url + "/metrics").text
    assert len(reads) == 3  # acknowledged here: read again at once
    assert f'tenant="{shop.tenant_id}"' not in text


def deref(spec: dict, node: dict) -> dict:
    """``node`` itself, or the component its ``$ref`` points to."""
    while "$ref" in node:
        target = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def test_openapi_lists_every_route_with_its_methods(relay, http):
    spec = http.get(relay.url + "/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    paths = spec["paths"]
    expected = {
        "/webhooks/meta/{tenant_id}": {"get", "post"},
        "/webhooks/meta": {"get", "post"},
        "/v1/pair": {"post"},
        "/v1/events": {"get"},
        "/v1/events/ack": {"post"},
        "/v1/webhook": {"get"},
        "/v1/devices": {"post"},
        "/v1/signup/code": {"post"},
        "/v1/signup": {"post"},
        "/healthz": {"get"},
        "/metrics": {"get"},
        "/v1/media/delete": {"post"},
        "/v1/media/{media_id}/link": {"post"},
        "/v1/media/{media_id}/ack": {"post"},
        "/v1/media/{media_id}": {"get"},
        "/v1/media-token": {"get", "put", "delete"},
    }
    assert set(paths) == set(expected)
    for path, methods in expected.items():
        assert set(paths[path]) == methods, path
        for method in methods:
            responses = paths[path][method]["responses"]
            assert responses, (path, method)
            for status, response in responses.items():  # a comma in a YAML flow mapping once split a description
                response = deref(spec, response)
                assert set(response) <= {"description", "content", "headers"}, (path, method, status, response)
                assert isinstance(response["description"], str), (path, method, status)
    assert "413" in paths["/webhooks/meta/{tenant_id}"]["post"]["responses"]


def test_openapi_documents_parameters_security_bodies_and_answers(relay, http):
    """What a generated client (or a property-based test) needs: every path parameter, the device token
    scheme, each request body and the shape of every answer."""
    spec = http.get(relay.url + "/openapi.json").json()

    def resolved(node: dict) -> dict:
        return deref(spec, node)

    schemes = spec["components"]["securitySchemes"]
    assert schemes["deviceToken"]["type"] == "http" and schemes["deviceToken"]["scheme"] == "bearer"
    assert schemes["metricsToken"]["type"] == "http" and schemes["metricsToken"]["scheme"] == "bearer"
    assert spec["paths"]["/metrics"]["get"]["security"] == [{}, {"metricsToken": []}]  # only when configured
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            where = f"{method.upper()} {path}"
            declared = {p["name"] for p in map(resolved, operation.get("parameters", [])) if p["in"] == "path"}
            assert declared == set(re.findall(r"{(\w+)}", path)), where
            for parameter in map(resolved, operation.get("parameters", [])):
                assert "schema" in parameter and (parameter["in"] != "path" or parameter["required"]), where
            device_route = path in ("/v1/events", "/v1/events/ack", "/v1/webhook", "/v1/devices") or path.startswith(
                ("/v1/media", "/v1/media-token"))
            assert (operation.get("security") == [{"deviceToken": []}]) == device_route, where
            if device_route:
                assert "401" in operation["responses"], where
            if method == "post" and path not in ("/v1/media/{media_id}/link", "/v1/media/{media_id}/ack"):  # verbs
                body = resolved(operation["requestBody"])
                assert body["required"] is True and "schema" in body["content"]["application/json"], where
            for status, response in operation["responses"].items():
                content = resolved(response).get("content")
                assert content, f"{where} {status}: no content schema"
                for media in content.values():
                    assert "schema" in media, f"{where} {status}"


def test_wait_over_the_documented_maximum_is_400(tmp_path, http, pair_on):
    with RelayServer(tmp_path / "w", max_wait_seconds=0.01) as server:
        desk = pair_on(server, server.create_tenant().tenant_id)
        spec = http.get(server.url + "/openapi.json").json()
        (wait,) = [p for p in spec["paths"]["/v1/events"]["get"]["parameters"] if p["name"] == "wait"]
        assert wait["schema"]["maximum"] == 30
        for value in ("30", "0", "29.99"):
            assert desk.pull(http, wait=value)["events"] == []
        for value in ("30.001", "31", "1e3"):
            answer = http.get(server.url + "/v1/events", params={"wait": value}, headers=desk.auth)
            assert answer.status_code == 400, value


def test_up_to_is_a_string_cursor_in_the_document_and_the_code(relay, http, pair):
    spec = http.get(relay.url + "/openapi.json").json()
    body = deref(spec, spec["paths"]["/v1/events/ack"]["post"]["requestBody"]["content"]["application/json"]["schema"])
    up_to = deref(spec, body["properties"]["up_to"])
    assert up_to["type"] == "string" and body["required"] == ["up_to"]
    desk = pair(relay.create_tenant().tenant_id)
    assert desk.ack(http, "0").json() == {"acked": "0"}
    answer = http.post(relay.url + "/v1/events/ack", json={"up_to": 0}, headers=desk.auth)
    assert answer.status_code == 400


@pytest.mark.parametrize("path", ["/webhooks/meta/{tenant}", "/webhooks/meta"])
def test_options_on_a_webhook_path_names_both_its_methods(relay, http, path):
    shop = relay.create_tenant()
    answer = http.options(relay.url + path.format(tenant=shop.tenant_id))
    assert answer.status_code == 405
    assert {m.strip() for m in answer.headers["allow"].split(",")} >= {"GET", "POST"}


def test_healthz_reports_an_unreachable_database(relay, http, monkeypatch):
    assert http.get(relay.url + "/healthz").json() == {"status": "ok"}

    def down(engine):
        raise OSError("connection refused")

    monkeypatch.setattr(db, "check", down)
    response = http.get(relay.url + "/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "unreachable"}


def test_server_sweeps_events_past_retention(tmp_path, database_url, http, pair_on):
    """The serve process prunes by itself: unacknowledged events and dedupe tombstones both go."""
    retention_days = 1 / 86400  # one second
    with RelayServer(tmp_path / "sweep", database_url=database_url, retention_days=retention_days,
                     prune_interval_seconds=0.1) as relay:
        shop = relay.create_tenant()
        desk = pair_on(relay, shop.tenant_id)
        body = webhook_body(shop, wamid="wamid.retained")
        headers = {"X-Hub-Signature-256": sign(body, shop.app_secret)}
        first = http.post(relay.url + shop.webhook_path, content=body, headers=headers)
        assert first.json() == {"stored": True, "duplicate": False}
        engines = db.make_engines(relay.settings.database_url)
        try:
            deadline = time.monotonic() + 60
            while True:
                with engines.read.connect() as conn:
                    left = conn.execute(select(func.count()).select_from(events)).scalar_one()
                if left == 0 or time.monotonic() > deadline:
                    break
                time.sleep(0.05)
        finally:
            engines.dispose()
        assert left == 0, "the server never pruned the expired event"
        assert desk.pull(http)["events"] == []
        again = http.post(relay.url + shop.webhook_path, content=body, headers=headers)
        # past retention its dedupe row is gone, and so is the webhook's welcome: older than the horizon
        assert again.status_code == 200 and again.json() == {"stored": False, "stale": True}


def test_concurrent_scrapes_share_one_depth_read_and_an_ack_during_it_is_not_lost(monkeypatch):
    """Scrapes arriving while the depth is being read wait for that read; an ack while it runs means what it
    returns may predate the ack, so it is answered but not kept: the next scrape reads again."""
    from types import SimpleNamespace

    from relay.web import Relay

    settings = SimpleNamespace(pair_attempts_per_minute=0, signup_per_ip_per_hour=0, signup_per_email_per_hour=0)
    relay = Relay(settings=settings, engines=None, master=None, writer=None, hub=None)
    relay.clock = lambda: 0.0
    reads: list[asyncio.Event] = []

    async def scenario() -> tuple[list[dict], int]:
        loop = asyncio.get_running_loop()
        proceed = asyncio.Event()

        def counted(_engines) -> dict[str, int]:
            reads.append(proceed)
            asyncio.run_coroutine_threadsafe(proceed.wait(), loop).result()
            return {"t": len(reads)}

        monkeypatch.setattr(store, "queue_depths", counted)
        first = [asyncio.ensure_future(relay.queue_depths()) for _ in range(3)]
        while not reads:
            await asyncio.sleep(0)
        relay.depths_changed()  # an ack while the read runs
        proceed.set()
        answers = list(await asyncio.gather(*first))
        answers.append(await relay.queue_depths())  # not the read that began before the ack
        answers.append(await relay.queue_depths())  # the one after it is kept
        return answers, len(reads)

    answers, count = asyncio.run(scenario())
    assert answers == [{"t": 1}, {"t": 1}, {"t": 1}, {"t": 2}, {"t": 2}]
    assert count == 2
