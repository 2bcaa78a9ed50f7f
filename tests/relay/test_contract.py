"""The relay keeps its OpenAPI contract: schemathesis generates requests for every operation from
``/openapi.json`` (documented and undocumented data, boundary values, other methods) and checks each answer:
never a 500, and always a documented status, content type, body schema and header.

It runs against the ASGI app in-process (schemathesis starts the app's lifespan on its own event loop), on
SQLite and on PostgreSQL. So that requests get past authentication too, there is a real tenant with a real
device: its token is the ``deviceToken`` bearer, and half of the schema-valid webhooks are signed with the
tenant's (or the operator's) app secret, some of them naming the tenant's WABA, so they are stored and
pulled. Generation is deterministic (same examples each run, for a stable CI); set
``KLAROS_RELAY_CONTRACT_EXAMPLES`` and ``KLAROS_RELAY_CONTRACT_RANDOM=1`` to explore further.
"""

from __future__ import annotations

import json
import os
from collections import Counter

import pytest
import schemathesis
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from hypothesis import strategies as st
from schemathesis.config import SchemathesisConfig
from schemathesis.generation import GenerationMode
from schemathesis.pytest.lazy import get_all_tests
from schemathesis.python.asgi import shutdown_lifespans

from relay import crypto, db, store
from relay.app import create_app
from relay.embedded import add_device, create_tenant, prepare, relay_settings, sign

OPERATOR_SECRET = "operator-app-secret"
EXAMPLES = int(os.environ.get("KLAROS_RELAY_CONTRACT_EXAMPLES", "50"))
RANDOM = os.environ.get("KLAROS_RELAY_CONTRACT_RANDOM", "") == "1"


@pytest.fixture
def contract_relay(tmp_path, database_url):
    """An app with one tenant and one paired device: ``(app, tenant, device token)``."""
    settings = relay_settings(tmp_path / "contract", database_url, max_wait_seconds=0.01,
                              operator_app_secret=OPERATOR_SECRET, operator_verify_token="operator-token")
    prepare(settings)
    shop = create_tenant(settings, "Contract shop")
    code = add_device(settings, shop.tenant_id, "Contract till")
    engines = db.make_engines(settings.database_url)
    try:
        public_key = X25519PrivateKey.generate().public_key().public_bytes_raw()
        token = store.pair(engines, crypto.MasterKey.load(settings.master_key_file), code=code.code,
                           public_key=public_key).token
    finally:
        engines.dispose()
    app = create_app(settings)
    try:
        yield app, shop, token
    finally:
        shutdown_lifespans()  # stop the app (writer, engines) before its database goes


@pytest.fixture
def relay_contract(contract_relay):
    app, shop, token = contract_relay
    config = SchemathesisConfig.from_dict({
        "generation": {"max-examples": EXAMPLES, "deterministic": not RANDOM},
        "auth": {"openapi": {"deviceToken": {"bearer": token}}},
    })
    schema = schemathesis.openapi.from_asgi("/openapi.json", app, config=config)

    def own_entry(entry: dict) -> dict:
        """The entry as Meta would send it for the shop: its WABA, and its number in every change's metadata."""
        changes = entry.get("changes")
        if isinstance(changes, list):
            changes = [{**c, "value": {**c["value"], "metadata": {**c["value"]["metadata"],
                                                                   "phone_number_id": shop.phone_number_id}}}
                       if isinstance(c, dict) and isinstance(c.get("value"), dict)
                       and isinstance(c["value"].get("metadata"), dict) else c for c in changes]
            entry = {**entry, "changes": changes}
        return {**entry, "id": shop.waba_id}

    def signed(case, own_waba: bool):
        body = case.body
        if own_waba and isinstance(body, dict) and isinstance(body.get("entry"), list):
            body = {**body, "entry": [own_entry(e) if isinstance(e, dict) else e for e in body["entry"]]}
        raw = json.dumps(body).encode("utf-8")  # what the transport sends (as requests does with json=)
        if "tenant_id" in case.path_parameters:
            case.path_parameters["tenant_id"] = shop.tenant_id
            secret = shop.app_secret
        else:
            secret = OPERATOR_SECRET
        case.body = body
        case.headers = {**(case.headers or {}), "X-Hub-Signature-256": sign(raw, secret)}
        return case

    @schema.hook
    def flatmap_case(context, case):
        meta = getattr(case, "_meta", None)  # only a case valid in every part may be signed: it stays valid
        modes = [meta.generation.mode, *(c.mode for c in meta.components.values())] if meta is not None else []
        positive = bool(modes) and all(mode == GenerationMode.POSITIVE for mode in modes)
        if not (positive and case.method == "POST" and case.path.startswith("/webhooks/meta")):
            return st.just(case)
        # every valid webhook is signed (unsigned and unknown-tenant requests come from the negative cases): how
        # many valid ones Hypothesis draws shifts with its state; it favours the first choice: stored
        return st.sampled_from(["signed, own WABA", "signed"]).map(
            lambda how: signed(case, own_waba=how.endswith("WABA")))

    return schema


def test_every_operation_keeps_the_contract(relay_contract):
    """Each operation's generated test (examples, coverage and fuzzing phases) runs; all failures are reported.

    The answers seen are kept too, to prove the run got past authentication: webhooks stored and events
    pulled (whose answers are checked against the event schema)."""
    seen: Counter = Counter()

    def check(case) -> None:
        response = case.call_and_validate()
        events = response.status_code == 200 and case.path == "/v1/events" and bool(response.json()["events"])
        seen[case.method, case.path, response.status_code, events] += 1

    failures, ran = [], []
    for result in get_all_tests(schema=relay_contract, test_func=check, settings=None, given_kwargs=None):
        operation, run = result.ok()  # a schema error is itself a failure of the contract
        ran.append(operation.label)
        try:
            run()
        except Exception as exc:  # hypothesis and schemathesis report their failures as exception groups
            failures.append(f"{operation.label}:\n{exc}")
    assert not failures, "\n\n".join(failures)
    assert len(ran) == 20, ran
    assert seen["POST", "/webhooks/meta/{tenant_id}", 200, False], sorted(i for i in seen.items() if i[0][0] == "POST")
    assert seen["GET", "/v1/events", 200, True], seen
    assert seen["PUT", "/v1/media-token", 200, False], seen  # the media API was reached past authentication
    assert seen["POST", "/v1/media/delete", 200, False], seen
