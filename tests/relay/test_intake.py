"""Both webhook routes verify through one pipeline: a bad signature or a bad envelope is refused identically.

The tenant route and the operator route are given the same app secret, then sent the same bad requests. Each
refusal is compared between the two routes (status, body, headers, log record, refusal counter) as well as
against what it should be, so a check that changes on one route only fails here.
"""

from __future__ import annotations

import logging

import pytest
from starlette.routing import Route

from relay import intake
from relay.embedded import RelayServer, sign, webhook_body

SECRET = "one-secret-for-both-routes"
LIMIT = 4096

NOT_JSON = b"not json at all"
WRONG_OBJECT = b'{"object":"page","entry":[{"id":"1"}]}'
NO_ENTRIES = b'{"object":"whatsapp_business_account","entry":[]}'
ENTRY_WITHOUT_ID = b'{"object":"whatsapp_business_account","entry":[{"changes":[]}]}'
BAD_CHANGES = b'{"object":"whatsapp_business_account","entry":[{"id":"1","changes":"x"}]}'


@pytest.fixture
def server(tmp_path, database_url):
    with RelayServer(tmp_path / "intake", database_url=database_url, operator_app_secret=SECRET,
                     operator_verify_token="t", max_body_bytes=LIMIT) as running:
        yield running


def refusal(server, http, caplog, path: str, body: bytes, signature: str | None) -> tuple:
    """What one refused request produced: answer, headers, the ``webhook refused`` log record, the counter."""
    metrics = server.app.state.relay.metrics
    before = dict(metrics.refused)
    caplog.clear()
    headers = {"Content-Type": "application/json"}
    if signature is not None:
        headers["X-Hub-Signature-256"] = signature
    response = http.post(server.url + path, content=body, headers=headers)
    logged = [(r.levelname, r.getMessage(), r.reason, r.status) for r in caplog.records
              if r.name == "relay.http"]
    counted = {k: v - before.get(k, 0) for k, v in metrics.refused.items() if v != before.get(k, 0)}
    assert response.headers["x-correlation-id"].startswith("relay-")
    return response.status_code, response.headers["content-type"], response.json(), logged, counted


CASES = {
    "no signature": (webhook_body, None, 401, "bad_signature", "missing or invalid X-Hub-Signature-256"),
    "wrong secret": (webhook_body, "other-secret", 401, "bad_signature", "missing or invalid X-Hub-Signature-256"),
    "not hex": (webhook_body, "sha256=zz", 401, "bad_signature", "missing or invalid X-Hub-Signature-256"),
    # the signature is checked on the raw bytes before anything parses them
    "unsigned garbage": (NOT_JSON, "other-secret", 401, "bad_signature", "missing or invalid X-Hub-Signature-256"),
    "not json": (NOT_JSON, SECRET, 400, "not_json", "the body is not JSON"),
    "wrong object": (WRONG_OBJECT, SECRET, 400, "wrong_object", "not a whatsapp_business_account webhook"),
    "no entries": (NO_ENTRIES, SECRET, 400, "no_entries", "the webhook has no entry list"),
    "entry without id": (ENTRY_WITHOUT_ID, SECRET, 400, "bad_entry", "an entry has no WABA id"),
    "bad changes": (BAD_CHANGES, SECRET, 400, "bad_entry", "an entry's changes are not a list of objects"),
    "too large": (lambda shop: webhook_body(shop, text="x" * LIMIT), SECRET, 413, "too_large", "body too large"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_both_routes_refuse_alike(server, http, caplog, case):
    make, secret, status, reason, message = CASES[case]
    shop = server.create_tenant("Shop", app_secret=SECRET)
    body = make(shop) if callable(make) else make
    signature = secret if secret is None or secret.startswith("sha256=") else sign(body, secret)
    caplog.set_level(logging.INFO, logger="relay.http")
    tenant = refusal(server, http, caplog, shop.webhook_path, body, signature)
    operator = refusal(server, http, caplog, "/webhooks/meta", body, signature)
    assert tenant == operator
    assert tenant == (status, "application/json", {"error": message},
                      [("INFO", "webhook refused", reason, status)], {reason: 1})
    assert server.app.state.relay.metrics.accepted == {}


def test_both_post_routes_are_the_shared_pipeline(server):
    posts = [r.endpoint.webhook for r in server.app.routes if isinstance(r, Route) and "POST" in r.methods
             and r.path.startswith("/webhooks/meta")]
    assert len(posts) == 2 and all(isinstance(p, intake.WebhookIntake) for p in posts)
    assert {type(p).handle for p in posts} == {intake.WebhookIntake.handle}  # neither route has its own


def test_a_client_gone_before_its_body_gets_no_answer_on_either_route(tmp_path):
    """Both routes read the body through the pipeline: a disconnect mid-body stores nothing and sends nothing."""
    import asyncio
    from types import SimpleNamespace

    from relay import crypto, db
    from relay.embedded import create_tenant, prepare, relay_settings
    from relay.wake import WakeHub
    from relay.web import Relay
    from relay.writer import GroupWriter

    settings = relay_settings(tmp_path, operator_app_secret=SECRET)
    prepare(settings)
    shop = create_tenant(settings, app_secret=SECRET)
    engines = db.make_engines(settings.database_url)
    master = crypto.MasterKey.load(settings.master_key_file)
    relay = Relay(settings, engines, master, GroupWriter(engines, master), WakeHub())  # never started: unused
    app = SimpleNamespace(state=SimpleNamespace(relay=relay))

    async def post(endpoint, path_params) -> list:
        chunks = [{"type": "http.request", "body": b'{"object":', "more_body": True}, {"type": "http.disconnect"}]
        sent = []

        async def receive():
            return chunks.pop(0)

        async def send(message):
            sent.append(message)

        scope = {"type": "http", "method": "POST", "app": app, "path_params": path_params,
                 "headers": [(b"x-hub-signature-256", b"sha256=00")]}
        await endpoint(scope, receive, send)
        return sent

    try:
        assert asyncio.run(post(intake.TenantWebhook(), {"tenant_id": shop.tenant_id})) == []
        assert asyncio.run(post(intake.OperatorWebhook(), {})) == []
        assert relay.metrics.refused == {} and relay.metrics.accepted == {}
    finally:
        engines.dispose()
