"""A device key that cannot be sealed to stays its tenant's problem: refused at pairing, isolated per tenant
in a batch (thread writer and writer process), dropped from the writer's cache once revoked, and visible in
/healthz and /metrics."""

from __future__ import annotations

import asyncio
import base64

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import insert

from relay import crypto, db, store
from relay.embedded import RelayServer, create_tenant, prepare, relay_settings
from relay.models import devices
from relay.writer import GroupWriter, SealingFailed
from relay.writer_process import WriterProcess

from .conftest import incoming, post_webhook
from .test_operations import metric

ZERO_KEY = bytes(32)  # the all-zero X25519 point: every exchange with it yields the all-zero secret
ONE_KEY = bytes([1]) + bytes(31)  # u = 1, another point of small order


def plant_device(settings, tenant_id: str, public_key: bytes) -> str:
    """A paired device with ``public_key``, written straight into the database (what no API should allow)."""
    device_id = store.new_id()
    engines = db.make_engines(settings.database_url)
    try:
        with engines.write.begin() as conn:
            conn.execute(insert(devices).values(
                id=device_id, tenant_id=tenant_id, name="planted", code_expires_us=0, public_key=public_key,
                created_us=store.now_us(), paired_us=store.now_us(), acked_cursor=0))
    finally:
        engines.dispose()
    return device_id


def pair_key(settings, tenant_id: str) -> str:
    key = X25519PrivateKey.generate().public_key().public_bytes(serialization.Encoding.Raw,
                                                                serialization.PublicFormat.Raw)
    engines = db.make_engines(settings.database_url)
    try:
        master = crypto.MasterKey.load(settings.master_key_file)
        code = store.add_device(engines, tenant_id, "Good", ttl_seconds=60).code
        return store.pair(engines, master, code=code, public_key=key).device_id
    finally:
        engines.dispose()


@pytest.fixture
def settings(tmp_path, database_url):
    made = relay_settings(tmp_path / "seal", database_url)
    prepare(made)
    return made


def test_pairing_refuses_low_order_keys_with_400_and_keeps_the_code(relay, http):
    shop = relay.create_tenant()
    code = relay.add_device(shop.tenant_id, "Till")
    url = relay.url + "/v1/pair"
    for bad in (ZERO_KEY, ONE_KEY):
        response = http.post(url, json={"code": code.code, "public_key": base64.b64encode(bad).decode()})
        assert response.status_code == 400, response.text
        assert "X25519" in response.json()["error"]
    good = X25519PrivateKey.generate().public_key().public_bytes(serialization.Encoding.Raw,
                                                                 serialization.PublicFormat.Raw)
    assert http.post(url, json={"code": code.code, "public_key": base64.b64encode(good).decode()}).status_code == 201


def test_store_pair_refuses_a_low_order_key_too(settings):
    shop = create_tenant(settings)
    engines = db.make_engines(settings.database_url)
    try:
        code = store.add_device(engines, shop.tenant_id, "Till", ttl_seconds=60).code
        with pytest.raises(ValueError, match="X25519"):
            store.pair(engines, crypto.MasterKey.load(settings.master_key_file), code=code, public_key=ZERO_KEY)
    finally:
        engines.dispose()


def test_thread_writer_mixed_batch_fails_only_the_broken_tenant(settings):
    broken, healthy = create_tenant(settings, "Broken"), create_tenant(settings, "Healthy")
    plant_device(settings, broken.tenant_id, ZERO_KEY)
    good_device = pair_key(settings, healthy.tenant_id)
    engines = db.make_engines(settings.database_url)
    writer = GroupWriter(engines, crypto.MasterKey.load(settings.master_key_file))

    async def one_batch():
        writer.start()
        try:
            return await asyncio.gather(writer.submit(incoming(broken, "lost")), writer.submit(incoming(healthy, "ok")),
                                        return_exceptions=True)
        finally:
            await writer.stop()

    try:
        failed, stored = asyncio.run(one_batch())
        assert writer.batches == 1  # both webhooks were in the same group commit
        assert isinstance(failed, SealingFailed) and failed.tenant_id == broken.tenant_id
        assert stored.event_id is not None
        got = store.fetch_events(engines, store.DeviceAuth(good_device, healthy.tenant_id), after=0, limit=10)
        assert [e.cursor for e in got] == [stored.event_id]
        assert writer.sealing_failures == {broken.tenant_id: 1}
        assert set(writer.failing_tenants) == {broken.tenant_id}
    finally:
        engines.dispose()


def test_writer_process_mixed_batch_fails_only_the_broken_tenant(settings):
    broken, healthy = create_tenant(settings, "Broken"), create_tenant(settings, "Healthy")
    plant_device(settings, broken.tenant_id, ONE_KEY)
    pair_key(settings, healthy.tenant_id)
    writer = WriterProcess(settings)

    async def one_batch():
        await writer.start()
        try:
            return await asyncio.gather(writer.submit(incoming(broken, "lost")), writer.submit(incoming(healthy, "ok")),
                                        return_exceptions=True)
        finally:
            await writer.stop()

    failed, stored = asyncio.run(one_batch())
    assert writer.batches == 1 and writer.rows == 1
    assert isinstance(failed, SealingFailed) and failed.tenant_id == broken.tenant_id
    assert stored.event_id is not None
    assert writer.sealing_failures == {broken.tenant_id: 1}


@pytest.mark.parametrize("writer_process", [False, True], ids=["thread", "process"])
def test_broken_key_is_reported_and_revoking_it_recovers_without_restart(tmp_path, database_url, http,
                                                                         writer_process):
    with RelayServer(tmp_path / "r", database_url=database_url, writer_process=writer_process) as relay:
        broken, healthy = relay.create_tenant("Broken"), relay.create_tenant("Healthy")
        planted = plant_device(relay.settings, broken.tenant_id, ZERO_KEY)
        assert http.get(relay.url + "/healthz").json() == {"status": "ok"}

        assert post_webhook(relay.url, http, broken, text="cannot be sealed").status_code == 503
        assert post_webhook(relay.url, http, healthy, text="fine").status_code == 200
        health = http.get(relay.url + "/healthz")
        assert health.status_code == 200
        assert health.json() == {"status": "degraded", "sealing_failed_count": 1,
                                 "sealing_failed": [broken.tenant_id]}
        text = http.get(relay.url + "/metrics").text
        assert metric(text, "klaros_relay_sealing_failures_total", f'tenant="{broken.tenant_id}"') == 1
        assert metric(text, "klaros_relay_webhooks_refused_total", 'reason="sealing_failed"') == 1

        engines = db.make_engines(relay.settings.database_url)
        try:
            store.revoke_device(engines, planted)  # the writer had that device cached
        finally:
            engines.dispose()
        assert post_webhook(relay.url, http, broken, text="held again").status_code == 200
        assert http.get(relay.url + "/healthz").json() == {"status": "ok"}
        text = http.get(relay.url + "/metrics").text
        assert metric(text, "klaros_relay_sealing_failures_total", f'tenant="{broken.tenant_id}"') == 1
