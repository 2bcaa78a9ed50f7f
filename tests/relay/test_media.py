"""Media keeping: a tenant with a media token gets each inbound file downloaded beside the 200, sealed for its
devices and stored until every device has it; signed links; failures reported in the event; the token never
logged. The directory backend on SQLite and PostgreSQL (the ``database_url`` fixture)."""

from __future__ import annotations

import asyncio
import hashlib
import io
import logging
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from relay import cli, crypto, db, media_api, store
from relay.embedded import MediaGraph, RelayServer, media_webhook_body, sign
from relay.models import tenants

PHOTO = b"\xff\xd8\xff\xe0 a customer's photo of the dress she wants " * 500
TOKEN = "EAAG-media-token-secret-0123456789"


@pytest.fixture
def graph():
    with MediaGraph(TOKEN) as server:
        yield server


@pytest.fixture
def media_relay(tmp_path, database_url, graph):
    with RelayServer(tmp_path / "relay", database_url=database_url, graph_url=graph.graph_url,
                     media_retry_seconds=0.05) as server:
        yield server


def keeper(server: RelayServer):
    return server.app.state.relay.keeper


def state(server: RelayServer):
    return server.app.state.relay


def set_token(server: RelayServer, tenant_id: str, token: str = TOKEN) -> None:
    engines = db.make_engines(server.settings.database_url)
    try:
        store.set_media_token(engines, crypto.MasterKey.load(server.settings.master_key_file), tenant_id, token)
    finally:
        engines.dispose()


def post_media(server, http, shop, media_id: str, **kwargs) -> httpx.Response:
    body = media_webhook_body(shop, media_id, **kwargs)
    return http.post(server.url + shop.webhook_path, content=body,
                     headers={"X-Hub-Signature-256": sign(body, shop.app_secret), "Content-Type": "application/json"})


def media_ref(desk, http) -> dict:
    (event,) = desk.pull(http)["events"]
    (ref,) = event["media"]
    return ref


def link(desk, http, media_id: str) -> httpx.Response:
    return http.post(f"{desk.base_url}/v1/media/{media_id}/link", headers=desk.auth)


def fetch(desk, http, media_id: str) -> bytes:
    """What a device does: link, download, unwrap its key, open, check."""
    answer = link(desk, http, media_id)
    assert answer.status_code == 200, answer.text
    info = answer.json()
    blob = http.get(desk.base_url + info["url"], headers=desk.auth)
    assert blob.status_code == 200, blob.text
    assert len(blob.content) == info["stored_size"]
    key = crypto.unwrap_key(info["key"], device_id=desk.device_id, private_key=desk.private_key)
    data = crypto.open_media(blob.content, key, desk.tenant_id, media_id)
    assert hashlib.sha256(data).hexdigest() == info["sha256"] and len(data) == info["size"]
    return data


def test_a_kept_photo_reaches_the_device_sealed_and_goes_once_it_has_it(media_relay, graph, http, pair_on):
    shop = media_relay.create_tenant("Flowers")
    set_token(media_relay, shop.tenant_id)
    desk = pair_on(media_relay, shop.tenant_id)
    media_id = graph.add(PHOTO)
    assert post_media(media_relay, http, shop, media_id).status_code == 200
    assert keeper(media_relay).wait_settled(1, 30)

    ref = media_ref(desk, http)
    assert ref["media_id"] == media_id
    kept = ref["klaros_media"]
    assert kept == {"id": kept["id"], "sha256": hashlib.sha256(PHOTO).hexdigest(), "size": len(PHOTO)}
    blob_file = media_relay.settings.media_url + f"/{shop.tenant_id}/{kept['id']}"
    with open(blob_file, "rb") as handle:
        stored = handle.read()
    assert PHOTO[:64] not in stored  # only ciphertext at rest
    assert fetch(desk, http, kept["id"]) == PHOTO

    acked = http.post(f"{media_relay.url}/v1/media/{kept['id']}/ack", headers=desk.auth)
    assert acked.json() == {"deleted": True}
    with pytest.raises(FileNotFoundError):
        open(blob_file, "rb")  # noqa: SIM115
    assert link(desk, http, kept["id"]).status_code == 404
    metrics = http.get(media_relay.url + "/metrics").text
    assert "klaros_relay_media_kept_total 1" in metrics
    assert f"klaros_relay_media_kept_bytes_total {len(PHOTO)}" in metrics
    assert "klaros_relay_media_deleted_total 1" in metrics


def test_the_blob_stays_until_every_device_has_it(media_relay, graph, http, pair_on):
    shop = media_relay.create_tenant("Two tills")
    set_token(media_relay, shop.tenant_id)
    first, second = pair_on(media_relay, shop.tenant_id, "A"), pair_on(media_relay, shop.tenant_id, "B")
    post_media(media_relay, http, shop, graph.add(PHOTO))
    assert keeper(media_relay).wait_settled(1, 30)
    ref_id = media_ref(first, http)["klaros_media"]["id"]
    assert fetch(first, http, ref_id) == PHOTO
    assert http.post(f"{media_relay.url}/v1/media/{ref_id}/ack", headers=first.auth).json() == {"deleted": False}
    assert fetch(second, http, ref_id) == PHOTO
    assert http.post(f"{media_relay.url}/v1/media/{ref_id}/ack", headers=second.auth).json() == {"deleted": True}


def test_the_200_to_meta_does_not_wait_for_the_download(media_relay, graph, http, pair_on):
    shop = media_relay.create_tenant("Busy")
    set_token(media_relay, shop.tenant_id)
    desk = pair_on(media_relay, shop.tenant_id)
    graph.hold()  # Meta's file server hangs
    answer = post_media(media_relay, http, shop, graph.add(PHOTO))
    assert answer.status_code == 200 and answer.json() == {"stored": True, "duplicate": False}
    ref = media_ref(desk, http)["klaros_media"]
    assert ref == {"id": ref["id"], "pending": True}  # the event is there at once; its file is on its way
    pending = link(desk, http, ref["id"])
    assert pending.status_code == 202 and pending.headers["Retry-After"]
    graph.release()
    assert keeper(media_relay).wait_settled(1, 30)
    assert fetch(desk, http, ref["id"]) == PHOTO


def test_without_a_media_token_nothing_is_kept(media_relay, graph, http, pair_on):
    shop = media_relay.create_tenant("No opt-in")
    desk = pair_on(media_relay, shop.tenant_id)
    assert post_media(media_relay, http, shop, graph.add(PHOTO)).status_code == 200
    (event,) = desk.pull(http)["events"]
    assert "media" not in event
    assert graph.lookups == 0


def test_signed_links_are_for_one_device_one_id_and_a_few_minutes(media_relay, graph, http, pair_on, caplog):
    shop, other_shop = media_relay.create_tenant("Shop"), media_relay.create_tenant("Other shop")
    set_token(media_relay, shop.tenant_id)
    desk, colleague = pair_on(media_relay, shop.tenant_id, "A"), pair_on(media_relay, shop.tenant_id, "B")
    stranger = pair_on(media_relay, other_shop.tenant_id, "C")
    post_media(media_relay, http, shop, graph.add(PHOTO))
    post_media(media_relay, http, shop, graph.add(PHOTO + b"2"))
    assert keeper(media_relay).wait_settled(2, 30)
    events = desk.pull(http)["events"]
    ref_id, other_id = (e["media"][0]["klaros_media"]["id"] for e in events)
    url = link(desk, http, ref_id).json()["url"]
    key = state(media_relay).master.derive("media-link")
    past = int(time.time()) - 1
    expired = media_api.signature(key, tenant_id=shop.tenant_id, device_id=desk.device_id, media_id=ref_id,
                                  expires=past)
    attempts = {
        "by another device of the shop": (url, colleague),
        "by another shop's device": (url, stranger),
        "with a changed id": (url.replace(ref_id, other_id), desk),
        "after expiry": (f"/v1/media/{ref_id}?exp={past}&sig={expired}", desk),
        "with a longer expiry": (url.replace("exp=", "exp=9"), desk),
        "without a signature": (f"/v1/media/{ref_id}?exp={past}", desk),
    }
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="relay.http"):
        for what, (target, who) in attempts.items():
            answer = http.get(media_relay.url + target, headers=who.auth)
            assert answer.status_code == 403, what
            assert answer.json() == {"error": "this link is not valid for this device, or it has expired"}
    refusals = [r for r in caplog.records if r.getMessage() == "media link refused"]
    assert len(refusals) == len(attempts) and all(r.status == 403 for r in refusals)
    assert http.get(media_relay.url + url).status_code == 401  # a link alone opens nothing
    assert http.get(media_relay.url + url, headers=desk.auth).status_code == 200  # the real one still works
    assert link(stranger, http, ref_id).status_code == 404  # another tenant's media does not exist for it


def test_storage_full_still_stores_and_acks_the_event_and_tells_the_device(tmp_path, database_url, graph, http,
                                                                            pair_on):
    with RelayServer(tmp_path / "relay", database_url=database_url, graph_url=graph.graph_url,
                     media_max_bytes=1000) as server:
        shop = server.create_tenant("Full")
        set_token(server, shop.tenant_id)
        desk = pair_on(server, shop.tenant_id)
        answer = post_media(server, http, shop, graph.add(PHOTO))
        assert answer.status_code == 200 and answer.json()["stored"] is True
        assert keeper(server).wait_settled(1, 30)
        (event,) = desk.pull(http)["events"]
        assert desk.open(event)  # the message itself is there
        assert event["media"][0]["klaros_media"] == {"error": "storage_full"}
        assert desk.ack(http, event["cursor"]).status_code == 200
        assert 'klaros_relay_media_failures_total{reason="storage_full"} 1' in http.get(server.url + "/metrics").text


@pytest.mark.parametrize("declared", [True, False], ids=["declared by Meta", "found while reading"])
def test_a_file_larger_than_meta_allows_is_refused(media_relay, graph, http, pair_on, declared):
    shop = media_relay.create_tenant("Big")
    set_token(media_relay, shop.tenant_id)
    desk = pair_on(media_relay, shop.tenant_id)
    sticker = graph.add(b"x" * (500 * 1024 + 1), "image/webp")  # stickers: at most 500 KB
    if not declared:
        graph.declare(sticker, file_size=None, sha256=None)
    post_media(media_relay, http, shop, sticker, kind="sticker", mime="image/webp")
    assert keeper(media_relay).wait_settled(1, 30)
    assert media_ref(desk, http)["klaros_media"] == {"error": "too_large"}
    assert graph.downloads == (0 if declared else 1)


def test_failed_downloads_are_retried_with_back_off(media_relay, graph, http, pair_on):
    shop = media_relay.create_tenant("Flaky")
    set_token(media_relay, shop.tenant_id)
    desk = pair_on(media_relay, shop.tenant_id)
    graph.fail_next(2, 503)
    post_media(media_relay, http, shop, graph.add(PHOTO))
    assert keeper(media_relay).wait_settled(1, 30)
    assert graph.lookups == 3
    ref_id = media_ref(desk, http)["klaros_media"]["id"]
    assert fetch(desk, http, ref_id) == PHOTO
    assert "klaros_relay_media_retries_total 2" in http.get(media_relay.url + "/metrics").text


def test_a_checksum_that_never_matches_ends_as_a_failure_not_a_wrong_file(media_relay, graph, http, pair_on,
                                                                          monkeypatch):
    from relay import keeper as keeper_module

    monkeypatch.setattr(keeper_module, "META_MEDIA_SECONDS", 1)  # Meta's lifetime of the id, shortened
    shop = media_relay.create_tenant("Damaged")
    set_token(media_relay, shop.tenant_id)
    desk = pair_on(media_relay, shop.tenant_id)
    media_id = graph.add(PHOTO)
    graph.declare(media_id, sha256="00" * 32)
    post_media(media_relay, http, shop, media_id)
    assert keeper(media_relay).wait_settled(1, 30)
    assert media_ref(desk, http)["klaros_media"] == {"error": "checksum_mismatch"}


def test_a_file_meta_no_longer_has_is_reported(media_relay, graph, http, pair_on):
    shop = media_relay.create_tenant("Late")
    set_token(media_relay, shop.tenant_id)
    desk = pair_on(media_relay, shop.tenant_id)
    media_id = graph.add(PHOTO)
    graph.forget(media_id)
    post_media(media_relay, http, shop, media_id)
    assert keeper(media_relay).wait_settled(1, 30)
    assert media_ref(desk, http)["klaros_media"] == {"error": "meta_gone"}
    assert graph.lookups == 3


def test_media_kept_before_the_first_device_pairs_are_its(media_relay, graph, http, pair_on):
    shop = media_relay.create_tenant("New shop")
    set_token(media_relay, shop.tenant_id)
    post_media(media_relay, http, shop, graph.add(PHOTO))
    assert keeper(media_relay).wait_settled(1, 30)
    desk = pair_on(media_relay, shop.tenant_id)
    ref_id = media_ref(desk, http)["klaros_media"]["id"]
    assert fetch(desk, http, ref_id) == PHOTO


def test_erasure_deletes_the_relay_copy_for_every_device(media_relay, graph, http, pair_on):
    shop = media_relay.create_tenant("Forget me")
    set_token(media_relay, shop.tenant_id)
    desk, other = pair_on(media_relay, shop.tenant_id, "A"), pair_on(media_relay, shop.tenant_id, "B")
    post_media(media_relay, http, shop, graph.add(PHOTO))
    assert keeper(media_relay).wait_settled(1, 30)
    ref_id = media_ref(desk, http)["klaros_media"]["id"]
    answer = http.post(media_relay.url + "/v1/media/delete", json={"ids": [ref_id, "f" * 32]}, headers=desk.auth)
    assert answer.json() == {"deleted": 1}
    assert link(other, http, ref_id).status_code == 404
    assert not state(media_relay).blobs.exists(f"{shop.tenant_id}/{ref_id}")


def test_revoking_the_last_device_lets_the_sweep_delete_the_blob(media_relay, graph, http, pair_on):
    shop = media_relay.create_tenant("Closing")
    set_token(media_relay, shop.tenant_id)
    desk = pair_on(media_relay, shop.tenant_id)
    post_media(media_relay, http, shop, graph.add(PHOTO))
    assert keeper(media_relay).wait_settled(1, 30)
    ref_id = media_ref(desk, http)["klaros_media"]["id"]
    engines = db.make_engines(media_relay.settings.database_url)
    try:
        store.revoke_device(engines, desk.device_id)
    finally:
        engines.dispose()
    relay = state(media_relay)
    assert asyncio.run(relay.keeper.sweep()) == 1
    assert not relay.blobs.exists(f"{shop.tenant_id}/{ref_id}")


def test_the_media_token_is_encrypted_removable_and_never_logged(media_relay, http, pair_on, caplog, capsys,
                                                                 monkeypatch):
    shop = media_relay.create_tenant("Private")
    desk = pair_on(media_relay, shop.tenant_id)
    monkeypatch.setattr("relay.config.Settings.from_env", classmethod(lambda cls, env=None: media_relay.settings))
    with caplog.at_level(logging.DEBUG):
        monkeypatch.setattr("sys.stdin", io.StringIO(TOKEN + "\n"))
        assert cli.main(["tenant", "media-token", shop.tenant_id]) == 0
        assert http.get(media_relay.url + "/v1/media-token", headers=desk.auth).json() == {"set": True}
        assert http.delete(media_relay.url + "/v1/media-token", headers=desk.auth).json() == {"set": False}
        answer = http.put(media_relay.url + "/v1/media-token", json={"token": TOKEN + "2"}, headers=desk.auth)
        assert answer.json() == {"set": True}
        refused = http.put(media_relay.url + "/v1/media-token", json={"token": "two\nlines"}, headers=desk.auth)
        assert refused.status_code == 400 and "two" not in refused.text
        monkeypatch.setattr("sys.stdin", io.StringIO(""))
        assert cli.main(["tenant", "show", shop.tenant_id, "--json"]) == 0
    out = capsys.readouterr()
    assert '"media_keeping": true' in out.out
    logged = "\n".join(f"{r.getMessage()} {r.__dict__}" for r in caplog.records)
    assert "media token set" in logged and "media token removed" in logged
    assert TOKEN not in logged and TOKEN not in out.out + out.err
    engines = db.make_engines(media_relay.settings.database_url)
    try:
        with engines.read.connect() as conn:
            stored = conn.execute(select(tenants.c.media_token_enc).where(tenants.c.id == shop.tenant_id)).scalar()
        assert TOKEN.encode() not in stored
        assert cli.main(["tenant", "media-token", shop.tenant_id, "--remove"]) == 0
        with engines.read.connect() as conn:
            assert conn.execute(select(tenants.c.media_token_enc)
                                .where(tenants.c.id == shop.tenant_id)).scalar() is None
    finally:
        engines.dispose()


def test_the_writer_process_records_the_media_with_the_event(tmp_path, graph, http, pair_on):
    """Under ``serve`` webhooks are stored by a writer process over a pipe: the media travel with them."""
    with RelayServer(tmp_path / "relay", graph_url=graph.graph_url, writer_process=True) as server:
        shop = server.create_tenant("Process")
        set_token(server, shop.tenant_id)
        desk = pair_on(server, shop.tenant_id)
        assert post_media(server, http, shop, graph.add(PHOTO)).status_code == 200
        assert keeper(server).wait_settled(1, 30)
        ref_id = media_ref(desk, http)["klaros_media"]["id"]
        assert fetch(desk, http, ref_id) == PHOTO


def test_retention_and_tenant_deletion_remove_the_blobs(media_relay, graph, http, pair_on, monkeypatch):
    shop = media_relay.create_tenant("Old")
    set_token(media_relay, shop.tenant_id)
    pair_on(media_relay, shop.tenant_id)
    for n in range(2):
        post_media(media_relay, http, shop, graph.add(PHOTO + bytes([n])))
    assert keeper(media_relay).wait_settled(2, 30)
    relay = state(media_relay)
    monkeypatch.setattr(relay.keeper, "retention_seconds", 0)
    folder = Path(media_relay.settings.media_url) / shop.tenant_id
    assert asyncio.run(relay.keeper.sweep()) == 2  # past retention: deleted though no device fetched them
    assert list(folder.glob("*")) == []

    monkeypatch.setattr(relay.keeper, "retention_seconds", 86400)
    post_media(media_relay, http, shop, graph.add(PHOTO + b"kept"))
    assert keeper(media_relay).wait_settled(3, 30)
    assert len(list(folder.glob("*"))) == 1
    monkeypatch.setattr("relay.config.Settings.from_env", classmethod(lambda cls, env=None: media_relay.settings))
    assert cli.main(["tenant", "delete", shop.tenant_id, "--yes"]) == 0
    assert list(folder.glob("*")) == []
