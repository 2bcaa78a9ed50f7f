"""The desktop's relay client and the media the relay keeps, against a real relay (``relay.embedded``) and a
stand-in for Meta's media endpoints: the file arrives from the relay after Meta forgot it, a tampered blob is
refused, erasure deletes the relay's copy, the media token is set from this PC, and sync puts the references
into the opened webhooks."""

from __future__ import annotations

import asyncio
import hashlib
import json
from pathlib import Path

import httpx
import pytest

from klaros_desktop import secrets
from klaros_desktop.models import AuditEvent
from klaros_desktop.relay_client import DeviceKey, RelayClient, RelayMediaUnavailable, SealError, open_sealed
from klaros_desktop.services.core import settings
from klaros_desktop.services.inbound.sync import SyncService
from klaros_desktop.services.setup import relay_media
from relay.embedded import MediaGraph, RelayServer, media_webhook_body, sign

TOKEN = "EAAG-desktop-media-token"
VOICE = b"OggS\x00\x02 a customer's voice note asking about opening hours " * 400


@pytest.fixture
def graph():
    with MediaGraph(TOKEN) as server:
        yield server


@pytest.fixture
def relay(tmp_path, graph):
    with RelayServer(tmp_path / "relay", graph_url=graph.graph_url, media_retry_seconds=0.05) as server:
        yield server


@pytest.fixture
async def paired(relay):
    """A RelayClient of a freshly paired device (its key, tenant and device id known), and the shop."""
    shop = relay.create_tenant("Bakery")
    key = DeviceKey.generate()
    async with httpx.AsyncClient() as http:
        result = await RelayClient(http, relay.url).pair(relay.add_device(shop.tenant_id).code, key.public_b64,
                                                         "Till")
        yield RelayClient(http, relay.url, token=result.token, key=key, tenant_id=result.tenant_id,
                          device_id=result.device_id), shop


def pair_profile(profile, sessions, relay, client: RelayClient) -> secrets.SecretStore:
    """The profile paired as ``client``'s device (as `klaros pair` leaves it); its secret store."""
    store = secrets.SecretStore(str(profile.root))
    store.set(secrets.RELAY_DEVICE_TOKEN, client.token)
    store.set(secrets.DEVICE_PRIVATE_KEY, client.key.to_secret())
    with sessions.begin() as s:
        settings.set_many(s, {settings.RELAY_URL: relay.url, settings.DEVICE_ID: client.device_id,
                              settings.TENANT_ID: client.tenant_id})
    return store


def post_media(relay, shop, media_id: str) -> None:
    body = media_webhook_body(shop, media_id, kind="audio", mime="audio/ogg")
    answer = httpx.post(relay.url + shop.webhook_path, content=body,
                        headers={"X-Hub-Signature-256": sign(body, shop.app_secret)})
    assert answer.status_code == 200, answer.text


def opened(client: RelayClient, event) -> dict:
    from klaros_desktop.relay_client import attach_media_refs

    body = json.loads(open_sealed(event.sealed, tenant_id=client.tenant_id, device_id=client.device_id,
                                  key=client.key))
    return attach_media_refs(body, event.media)


def voice_object(body: dict) -> dict:
    return body["entry"][0]["changes"][0]["value"]["messages"][0]["audio"]


async def test_with_a_token_the_file_arrives_from_the_relay_after_meta_forgot_it(relay, graph, paired):
    client, shop = paired
    assert await client.set_media_token(TOKEN) is True
    media_id = graph.add(VOICE, "audio/ogg")
    post_media(relay, shop, media_id)
    assert relay.app.state.relay.keeper.wait_settled(1, 30)
    graph.forget(media_id)  # the PC was off for more than Meta's 7 days: Meta no longer has the file

    (event,) = (await client.pull(None)).events
    kept = voice_object(opened(client, event))["klaros_media"]
    assert kept == {"id": kept["id"], "sha256": hashlib.sha256(VOICE).hexdigest(), "size": len(VOICE)}
    assert await client.fetch_media(kept["id"]) == VOICE
    with pytest.raises(RelayMediaUnavailable) as gone:  # acknowledged: the relay deleted its only copy
        await client.fetch_media(kept["id"])
    assert gone.value.reason == "gone"


async def test_fetch_waits_for_a_file_the_relay_is_still_downloading(relay, graph, paired):
    client, shop = paired
    await client.set_media_token(TOKEN)
    graph.hold()
    post_media(relay, shop, graph.add(VOICE, "audio/ogg"))
    (event,) = (await client.pull(None)).events
    pending = voice_object(opened(client, event))["klaros_media"]
    assert pending["pending"] is True
    graph.release()
    assert await client.fetch_media(pending["id"], ack=False) == VOICE
    assert await client.ack_media(pending["id"]) is True


@pytest.fixture
async def counted(relay, monkeypatch):
    """A paired RelayClient whose link requests are counted, against a relay that hears of a pending file only
    from its keeper (its own re-reads of the row pushed far beyond the wait): an answer within the wait came
    from the keeper's news, not from asking again."""
    monkeypatch.setattr("relay.media_api.RECHECK_SECONDS", 3600.0)
    shop = relay.create_tenant("Bakery")
    key = DeviceKey.generate()
    links: list[str] = []

    async def count(request):
        if request.url.path.endswith("/link"):
            links.append(request.url.params.get("wait", ""))

    async with httpx.AsyncClient(event_hooks={"request": [count]}) as http:
        result = await RelayClient(http, relay.url).pair(relay.add_device(shop.tenant_id).code, key.public_b64,
                                                         "Till")
        yield RelayClient(http, relay.url, token=result.token, key=key, tenant_id=result.tenant_id,
                          device_id=result.device_id), shop, links


def _told_when_waiting(relay, monkeypatch):
    """A threading.Event set once a link request waits on the keeper for its file."""
    import threading

    keeper = relay.app.state.relay.keeper
    waiting, watch = threading.Event(), keeper.watch

    async def watched(media_id, timeout):
        waiting.set()
        return await watch(media_id, timeout)

    monkeypatch.setattr(keeper, "watch", watched)
    return waiting


async def test_a_pending_copy_comes_the_moment_the_relay_has_kept_it(relay, graph, counted, monkeypatch):
    """One link request, held by the relay while it downloads, answered when the keeper has the file."""
    client, shop, links = counted
    await client.set_media_token(TOKEN)
    graph.hold()
    post_media(relay, shop, graph.add(VOICE, "audio/ogg"))
    (event,) = (await client.pull(None)).events
    pending = voice_object(opened(client, event))["klaros_media"]
    assert pending["pending"] is True
    waiting = _told_when_waiting(relay, monkeypatch)
    fetch = asyncio.ensure_future(client.fetch_media(pending["id"], ack=False))
    assert await asyncio.to_thread(waiting.wait, 10)  # the relay holds the request...
    graph.release()  # ...and Meta's download goes through
    assert await fetch == VOICE
    assert len(links) == 1 and 0 < float(links[0]) <= 20


async def test_a_copy_the_relay_must_try_again_later_is_left_to_meta_at_once(relay, graph, counted):
    """Meta failed the relay's download (it tries again later, within Meta's 7 days): the device hears so in the
    same request and fetches from Meta itself instead of waiting for the relay's next attempt."""
    client, shop, links = counted
    await client.set_media_token(TOKEN)
    graph.fail_next(1000)  # Meta answers the relay's lookups with 500 for now
    post_media(relay, shop, graph.add(VOICE, "audio/ogg"))
    (event,) = (await client.pull(None)).events
    pending = voice_object(opened(client, event))["klaros_media"]
    with pytest.raises(RelayMediaUnavailable) as caught:
        await client.fetch_media(pending["id"], ack=False)
    assert caught.value.reason == "retrying" and "try again later" in str(caught.value)
    assert len(links) == 1


async def test_a_tampered_blob_is_refused(relay, graph, paired):
    client, shop = paired
    await client.set_media_token(TOKEN)
    post_media(relay, shop, graph.add(VOICE, "audio/ogg"))
    assert relay.app.state.relay.keeper.wait_settled(1, 30)
    (event,) = (await client.pull(None)).events
    ref_id = event.media[0]["klaros_media"]["id"]
    blob = Path(relay.settings.media_url) / client.tenant_id / ref_id
    data = bytearray(blob.read_bytes())
    data[len(data) // 2] ^= 0x01  # one bit changed in storage
    blob.write_bytes(bytes(data))
    with pytest.raises(SealError, match="authentication"):
        await client.fetch_media(ref_id)
    assert blob.exists()  # not acknowledged: a refused file is not the device's


async def test_a_file_the_relay_could_not_keep_says_why(relay, graph, paired):
    client, shop = paired
    await client.set_media_token(TOKEN)
    huge = graph.add(b"x" * 10, "audio/ogg")
    graph.declare(huge, file_size=17 * 1024 * 1024)  # over Meta's 16 MB for audio
    post_media(relay, shop, huge)
    assert relay.app.state.relay.keeper.wait_settled(1, 30)
    (event,) = (await client.pull(None)).events
    assert voice_object(opened(client, event))["klaros_media"] == {"error": "too_large"}


async def test_erasure_deletes_the_relay_copies(relay, graph, paired):
    client, shop = paired
    await client.set_media_token(TOKEN)
    post_media(relay, shop, graph.add(VOICE, "audio/ogg"))
    post_media(relay, shop, graph.add(VOICE + b"!", "audio/ogg"))
    assert relay.app.state.relay.keeper.wait_settled(2, 30)
    ids = [e.media[0]["klaros_media"]["id"] for e in (await client.pull(None)).events]
    assert await client.delete_media(ids) == 2
    assert await client.delete_media(ids) == 0
    for ref_id in ids:
        with pytest.raises(RelayMediaUnavailable):
            await client.fetch_media(ref_id)


async def test_sync_puts_the_references_into_the_opened_webhook(relay, graph, paired, sessions):
    client, shop = paired
    await client.set_media_token(TOKEN)
    body = media_webhook_body(shop, graph.add(VOICE, "audio/ogg"), kind="audio", mime="audio/ogg",
                              sender="4915112345678")
    assert httpx.post(relay.url + shop.webhook_path, content=body,
                      headers={"X-Hub-Signature-256": sign(body, shop.app_secret)}).status_code == 200
    assert relay.app.state.relay.keeper.wait_settled(1, 30)
    service = SyncService(sessions, client, device_id=client.device_id, tenant_id=client.tenant_id, key=client.key)
    (event,) = (await client.pull(None)).events
    item = service.open_event(event)
    assert item.error is None
    assert voice_object(item.body)["klaros_media"]["size"] == len(VOICE)


async def test_settings_turn_media_keeping_on_and_off_without_keeping_the_token(relay, paired, sessions, profile):
    client, _shop = paired
    store = pair_profile(profile, sessions, relay, client)
    with pytest.raises(ValueError):
        await relay_media.set_media_keeping(sessions, store, "   ", actor="user")
    said = await relay_media.set_media_keeping(sessions, store, f" {TOKEN} ", actor="user")
    assert "even if it is off for more than a week" in said
    assert await relay_media.media_keeping_on(sessions, store) is True
    assert await relay_media.set_media_keeping(sessions, store, None, actor="user")
    assert await relay_media.media_keeping_on(sessions, store) is False
    with sessions() as s:
        rows = s.query(AuditEvent).filter(AuditEvent.action.like("relay_media_keeping_%")).all()
        assert [r.action for r in rows] == ["relay_media_keeping_on", "relay_media_keeping_off"]
        assert all(TOKEN not in json.dumps(r.details or {}) for r in rows)
    for path in profile.root.rglob("*"):
        if path.is_file():
            assert TOKEN.encode() not in path.read_bytes(), path


async def test_erasing_a_person_deletes_the_relay_copies_of_their_files(relay, graph, paired, sessions, profile):
    client, shop = paired
    store = pair_profile(profile, sessions, relay, client)
    await client.set_media_token(TOKEN)
    post_media(relay, shop, graph.add(VOICE, "audio/ogg"))
    assert relay.app.state.relay.keeper.wait_settled(1, 30)
    (event,) = (await client.pull(None)).events
    message = opened(client, event)["entry"][0]["changes"][0]["value"]["messages"][0]  # what Message.raw holds
    text_only = {"type": "text", "text": {"body": "hello"}}
    assert await relay_media.erase_relay_copies(sessions, store, [message, text_only], actor="user") == 1
    with pytest.raises(RelayMediaUnavailable):
        await client.fetch_media(voice_object({"entry": [{"changes": [{"value": {"messages": [message]}}]}]})
                                 ["klaros_media"]["id"])
    assert await relay_media.erase_relay_copies(sessions, store, [text_only], actor="user") == 0


async def test_klaros_erase_deletes_the_relay_copies_of_the_persons_files(relay, graph, paired, sessions, profile,
                                                                          capsys):
    """The command's erasure ends at the relay: the synced voice note's kept copy is gone for every device."""
    from klaros_desktop import cli

    client, shop = paired
    pair_profile(profile, sessions, relay, client)
    await client.set_media_token(TOKEN)
    body = media_webhook_body(shop, graph.add(VOICE, "audio/ogg"), kind="audio", mime="audio/ogg",
                              sender="4915112345678")
    assert httpx.post(relay.url + shop.webhook_path, content=body,
                      headers={"X-Hub-Signature-256": sign(body, shop.app_secret)}).status_code == 200
    assert relay.app.state.relay.keeper.wait_settled(1, 30)
    service = SyncService(sessions, client, device_id=client.device_id, tenant_id=client.tenant_id, key=client.key)
    report = await service.sync_once()
    assert report.stats.messages == 1
    ref = kept_ref(sessions)
    number = customer_number(sessions)

    argv = ["--data-dir", str(profile.root), "erase", "--contact", number, "--yes"]
    assert await asyncio.to_thread(cli.main, argv) == 0
    assert "The relay deleted 1 of 1 kept file." in capsys.readouterr().out
    with pytest.raises(RelayMediaUnavailable):
        await client.fetch_media(ref)


def kept_ref(sessions) -> str:
    from klaros_desktop.models import Message

    with sessions() as s:
        (raw,) = [m.raw for m in s.query(Message).all() if m.raw]
    return raw["audio"]["klaros_media"]["id"]


def customer_number(sessions) -> str:
    from klaros_desktop.models import Contact

    with sessions() as s:
        (contact,) = s.query(Contact).all()
        return contact.phone_e164
