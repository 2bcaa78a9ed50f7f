"""The S3 backend of media keeping against a real S3-compatible server the test starts itself: moto's
standalone server (``moto[server]``, from PyPI: pure Python, so CI installs it with the test extra and needs
no binary; it speaks the S3 REST protocol over HTTP as MinIO or R2 do, and boto3 talks to it exactly as to
them, through ``AWS_ENDPOINT_URL``)."""

from __future__ import annotations

import hashlib

import boto3
import pytest
from moto.server import ThreadedMotoServer

from relay import crypto, db, store
from relay.embedded import MediaGraph, RelayServer, free_port, media_webhook_body, sign

TOKEN = "EAAG-s3-media-token"
PHOTO = b"\x89PNG\r\n\x1a\n a price list photographed by a customer " * 300
BUCKET = "klaros-media"


@pytest.fixture
def s3(monkeypatch):
    """A running S3 server and the standard variables pointing every boto3 client at it."""
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port)
    server.start()
    for name, value in {"AWS_ENDPOINT_URL": f"http://127.0.0.1:{port}", "AWS_ACCESS_KEY_ID": "klaros-test",
                        "AWS_SECRET_ACCESS_KEY": "klaros-test-secret", "AWS_DEFAULT_REGION": "us-east-1"}.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("AWS_PROFILE", raising=False)
    client = boto3.client("s3")
    client.create_bucket(Bucket=BUCKET)
    yield client
    server.stop()


def objects(client, prefix: str) -> list[str]:
    return [o["Key"] for o in client.list_objects_v2(Bucket=BUCKET, Prefix=prefix).get("Contents", [])]


def test_media_kept_in_an_s3_bucket_reach_the_device_and_leave_the_bucket(tmp_path, s3, http, pair_on):
    with MediaGraph(TOKEN) as graph, RelayServer(tmp_path / "relay", graph_url=graph.graph_url,
                                                 media_url=f"s3://{BUCKET}/shop-media") as relay:
        shop = relay.create_tenant("S3 shop")
        engines = db.make_engines(relay.settings.database_url)
        try:
            store.set_media_token(engines, crypto.MasterKey.load(relay.settings.master_key_file), shop.tenant_id,
                                  TOKEN)
        finally:
            engines.dispose()
        desk = pair_on(relay, shop.tenant_id)
        body = media_webhook_body(shop, graph.add(PHOTO, "image/png"), mime="image/png")
        assert http.post(relay.url + shop.webhook_path, content=body,
                         headers={"X-Hub-Signature-256": sign(body, shop.app_secret)}).status_code == 200
        assert relay.app.state.relay.keeper.wait_settled(1, 30)

        (event,) = desk.pull(http)["events"]
        ref = event["media"][0]["klaros_media"]
        assert ref["sha256"] == hashlib.sha256(PHOTO).hexdigest()
        key_name = f"shop-media/{shop.tenant_id}/{ref['id']}"
        assert objects(s3, "shop-media/") == [key_name]
        stored = s3.get_object(Bucket=BUCKET, Key=key_name)["Body"].read()
        assert PHOTO[:40] not in stored  # the bucket holds ciphertext only

        info = http.post(f"{relay.url}/v1/media/{ref['id']}/link", headers=desk.auth).json()
        blob = http.get(relay.url + info["url"], headers=desk.auth)
        assert blob.content == stored
        data_key = crypto.unwrap_key(info["key"], device_id=desk.device_id, private_key=desk.private_key)
        assert crypto.open_media(blob.content, data_key, shop.tenant_id, ref["id"]) == PHOTO

        assert http.post(f"{relay.url}/v1/media/{ref['id']}/ack", headers=desk.auth).json() == {"deleted": True}
        assert objects(s3, "shop-media/") == []


def test_an_unreachable_bucket_is_retried_not_lost(tmp_path, s3, http, pair_on):
    """Storage errors other than a full store are tried again: once the bucket exists, the file is kept."""
    with MediaGraph(TOKEN) as graph, RelayServer(tmp_path / "relay", graph_url=graph.graph_url,
                                                 media_url="s3://not-yet-made/m", media_retry_seconds=0.05) as relay:
        shop = relay.create_tenant("Early")
        engines = db.make_engines(relay.settings.database_url)
        try:
            store.set_media_token(engines, crypto.MasterKey.load(relay.settings.master_key_file), shop.tenant_id,
                                  TOKEN)
        finally:
            engines.dispose()
        desk = pair_on(relay, shop.tenant_id)
        graph.hold()
        body = media_webhook_body(shop, graph.add(PHOTO))
        assert http.post(relay.url + shop.webhook_path, content=body,
                         headers={"X-Hub-Signature-256": sign(body, shop.app_secret)}).status_code == 200
        graph.release()
        metrics = relay.app.state.relay.metrics
        keeper = relay.app.state.relay.keeper
        with keeper._settled:
            assert keeper._settled.wait_for(lambda: metrics.media_retries >= 1, 30)
        s3.create_bucket(Bucket="not-yet-made")
        assert keeper.wait_settled(1, 30)
        (event,) = desk.pull(http)["events"]
        assert set(event["media"][0]["klaros_media"]) == {"id", "sha256", "size"}
