"""Inbound media: every kind downloaded from the simulator, checked against its sha256 and kept under a name
Klaros makes; dead URLs renewed; a file Meta forgot, a tampered file, retries, restarts and relay copies."""

from __future__ import annotations

import base64
import hashlib
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import select

from klaros_desktop.graph import GraphClient
from klaros_desktop.models import MediaFile, MediaState, Message, utcnow
from klaros_desktop.services.media import downloads
from klaros_desktop.services.media.downloads import MediaError, MediaFetcher, fetch_media, unavailable_reason
from klaros_sim.embedded import running_simulator, webhook_recorder

WA = "4915112345678"
KINDS = {  # kind -> bytes the customer sends
    "image": b"\xff\xd8\xff\xe0 a photo of a cake",
    "video": b"\x00\x00\x00\x18ftypmp42 a short video",
    "document": b"%PDF-1.7 an invoice",
    "voice": b"OggS a voice message",
    "sticker": b"RIFF\x00\x00\x00\x00WEBPVP8 a sticker",
}


@pytest.fixture
def sim():
    with webhook_recorder("media-secret") as hooks, \
            running_simulator(callback_url=hooks.url, app_secret="media-secret", seed=5) as handle:
        yield handle


@pytest.fixture
async def graph(sim):
    async with httpx.AsyncClient(trust_env=False) as http:
        yield GraphClient(http, phone_number_id=sim.config.phone_number_id, waba_id=sim.config.waba_id,
                          token=sim.config.access_token, base_url=sim.base_url, max_retries=0)


def _inbound(wh, message: dict) -> dict:
    return wh.envelope({"contacts": [{"profile": {"name": "Kundin"}, "wa_id": WA}], "messages": [message]})


def _receive(sim, apply, wh, kind: str, data: bytes, **fields) -> dict:
    message = sim.send_media("+" + WA, kind, data, **fields)
    apply(_inbound(wh, message))
    return message


def _state(sessions, wamid: str) -> tuple[MediaState, Message, MediaFile | None]:
    with sessions() as s:
        message = s.scalar(select(Message).where(Message.wamid == wamid))
        media = s.get(MediaFile, message.media_file_id) if message.media_file_id else None
        return s.get(MediaState, message.id), message, media


async def test_every_inbound_kind_is_downloaded_checked_and_kept_under_a_klaros_name(sim, graph, apply, wh,
                                                                                     sessions, profile):
    sent = {kind: _receive(sim, apply, wh, kind, data, filename="../../Rechnung März.pdf")
            for kind, data in KINDS.items()}
    fetcher = MediaFetcher(sessions, profile.media, graph)
    assert fetcher.discover() == len(KINDS)
    report = await fetcher.drain()
    assert (report.ready, report.unavailable) == (len(KINDS), 0)
    for kind, message in sent.items():
        state, _row, media = _state(sessions, message["id"])
        assert state.state == "ready" and state.source == "meta"
        path = profile.media / media.local_path
        assert path.read_bytes() == KINDS[kind]
        assert profile.media.resolve() in path.resolve().parents
        assert "Rechnung" not in media.local_path and ".." not in media.local_path
        assert media.sha256 == hashlib.sha256(KINDS[kind]).hexdigest()
    assert _state(sessions, sent["document"]["id"])[2].filename == "Rechnung März.pdf"
    assert fetcher.discover() == 0 and (await fetcher.drain()).ready == 0  # once only


async def test_an_expired_webhook_url_is_renewed_from_meta(sim, graph, apply, wh, sessions, profile):
    message = _receive(sim, apply, wh, "image", KINDS["image"])
    sim.advance(301)  # the URL in the webhook lived five minutes; the media id lives on
    asked = []

    class Counting(FlakyGraph):
        async def media_info(self, media_id, *, correlation_id=None):
            asked.append(media_id)
            return await self.real.media_info(media_id, correlation_id=correlation_id)

    fetcher = MediaFetcher(sessions, profile.media, Counting(graph, 0))
    fetcher.discover()
    assert (await fetcher.drain()).ready == 1
    assert asked == [message["image"]["id"]]  # the dead URL was answered 404, so a fresh one was asked for
    assert _state(sessions, message["id"])[0].state == "ready"


async def test_a_live_webhook_url_is_used_without_asking_meta_again(sim, graph, apply, wh, sessions, profile):
    _receive(sim, apply, wh, "image", KINDS["image"])
    asked = []

    class Counting(FlakyGraph):
        async def media_info(self, media_id, *, correlation_id=None):
            asked.append(media_id)
            return await self.real.media_info(media_id, correlation_id=correlation_id)

    fetcher = MediaFetcher(sessions, profile.media, Counting(graph, 0))
    fetcher.discover()
    assert (await fetcher.drain()).ready == 1 and asked == []


async def test_offline_for_eight_days_without_a_relay_copy_says_why_in_plain_words(sim, graph, apply, wh, sessions,
                                                                                   profile):
    message = _receive(sim, apply, wh, "image", KINDS["image"])
    sim.advance(8 * 24 * 3600)  # the shop's PC was off; Meta forgot the id after 7 days
    fetcher = MediaFetcher(sessions, profile.media, graph, clock=lambda: utcnow() + timedelta(days=8))
    fetcher.discover()
    report = await fetcher.drain()
    assert (report.ready, report.unavailable) == (0, 1)
    state, row, media = _state(sessions, message["id"])
    assert state.state == "unavailable" and state.reason_code == "expired" and media is None
    assert str(unavailable_reason(state.reason_code, row.type)).startswith(
        "Meta no longer has this photo: Klaros was offline for more than 7 days.")


async def test_a_file_that_does_not_match_its_sha256_is_refused(sim, graph, apply, wh, sessions, profile):
    message = sim.send_media("+" + WA, "document", KINDS["document"])
    message["document"]["sha256"] = base64.b64encode(hashlib.sha256(b"another file").digest()).decode()
    apply(_inbound(wh, message))
    fetcher = MediaFetcher(sessions, profile.media, graph)
    fetcher.discover()
    assert (await fetcher.drain()).unavailable == 1
    state, _row, media = _state(sessions, message["id"])
    assert state.reason_code == "tampered" and media is None
    assert not any(p.is_file() for p in profile.media.rglob("*"))
    assert "not the one the customer sent" in unavailable_reason("tampered", "document")


class FlakyGraph:
    """Fails ``failures`` times with a network error, then answers from the simulator's client."""

    def __init__(self, real, failures):
        self.real, self.failures, self.calls = real, failures, 0

    def may_get_token(self, url):
        return self.real.may_get_token(url)

    async def media_info(self, media_id, *, correlation_id=None):
        return await self.real.media_info(media_id, correlation_id=correlation_id)

    async def fetch_url(self, url, *, correlation_id=None):
        self.calls += 1
        if self.calls <= self.failures:
            raise httpx.ConnectError("no network")
        return await self.real.fetch_url(url, correlation_id=correlation_id)


async def test_network_failures_are_retried_with_back_off(sim, graph, apply, wh, sessions, profile):
    message = _receive(sim, apply, wh, "image", KINDS["image"])
    now = [utcnow()]
    waits = []

    async def sleep(seconds):
        waits.append(seconds)
        now[0] += timedelta(seconds=seconds)

    fetcher = MediaFetcher(sessions, profile.media, FlakyGraph(graph, 2), clock=lambda: now[0], sleep=sleep)
    fetcher.discover()
    assert (await fetcher.drain()).ready == 1
    assert waits == [20.0, 40.0]
    assert _state(sessions, message["id"])[0].attempts == 2


async def test_a_bounded_drain_stops_waiting_at_its_limit_and_counts_what_is_left_to_retry(sim, graph, apply, wh,
                                                                                           sessions, profile):
    """``klaros sync --once`` must not sit out ten minutes of back-offs: it waits only for retries due within its
    limit and reports the rest, which stay pending for the app or the next sync."""
    message = _receive(sim, apply, wh, "image", KINDS["image"])
    now = [utcnow()]
    waits = []

    async def sleep(seconds):
        waits.append(seconds)
        now[0] += timedelta(seconds=seconds)

    fetcher = MediaFetcher(sessions, profile.media, FlakyGraph(graph, 99), clock=lambda: now[0], sleep=sleep)
    fetcher.discover()
    report = await fetcher.drain(within=50)
    assert (report.ready, report.unavailable, report.retrying) == (0, 0, 1)
    assert waits == [20.0]  # the retry at 20 s fits in 50 s; the next, 40 s after it, does not
    state = _state(sessions, message["id"])[0]
    assert (state.state, state.attempts) == ("pending", 2)
    fetcher.graph = graph
    now[0] += timedelta(minutes=5)
    assert (await fetcher.drain(within=50)).ready == 1


async def test_after_max_attempts_it_is_unavailable_and_comes_back_at_the_next_start(sim, graph, apply, wh,
                                                                                     sessions, profile):
    message = _receive(sim, apply, wh, "image", KINDS["image"])
    now = [utcnow()]

    async def sleep(seconds):
        now[0] += timedelta(seconds=seconds)

    fetcher = MediaFetcher(sessions, profile.media, FlakyGraph(graph, 99), clock=lambda: now[0], sleep=sleep,
                           max_attempts=3)
    fetcher.discover()
    assert (await fetcher.drain()).unavailable == 1
    assert _state(sessions, message["id"])[0].reason_code == "failed"
    again = MediaFetcher(sessions, profile.media, graph)
    again.discover(restart=True)
    assert (await again.drain()).ready == 1


async def test_a_download_cut_short_by_a_stop_resumes_at_the_next_start(sim, graph, apply, wh, sessions, profile):
    message = _receive(sim, apply, wh, "image", KINDS["image"])
    fetcher = MediaFetcher(sessions, profile.media, graph)
    fetcher.discover()
    assert len(fetcher._claim_due(10)) == 1  # claimed, then Klaros stopped
    assert (await fetcher.run()).ready == 0  # nothing due while it is "downloading"
    restarted = MediaFetcher(sessions, profile.media, graph)
    restarted.discover(restart=True)
    assert (await restarted.drain()).ready == 1
    assert _state(sessions, message["id"])[0].state == "ready"


class FakeRelay:
    def __init__(self, blobs):
        self.blobs, self.asked = blobs, []

    async def fetch_media(self, ref_id):
        self.asked.append(ref_id)
        if ref_id not in self.blobs:
            raise RuntimeError("the relay has no such copy")
        return self.blobs[ref_id]


def _with_relay_ref(message: dict, kind: str, data: bytes, ref: str = "blob-1") -> dict:
    message[kind]["klaros_media"] = {"id": ref, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
    return message


async def test_a_relay_copy_is_used_first_even_when_meta_forgot_the_file(sim, graph, apply, wh, sessions, profile):
    message = _with_relay_ref(sim.send_media("+" + WA, "image", KINDS["image"]), "image", KINDS["image"])
    apply(_inbound(wh, message))
    sim.advance(8 * 24 * 3600)
    relay = FakeRelay({"blob-1": KINDS["image"]})
    fetcher = MediaFetcher(sessions, profile.media, graph, relay=relay,
                           clock=lambda: utcnow() + timedelta(days=8))
    fetcher.discover()
    assert (await fetcher.drain()).ready == 1
    state, _, media = _state(sessions, message["id"])
    assert relay.asked == ["blob-1"] and state.source == "relay"
    assert (profile.media / media.local_path).read_bytes() == KINDS["image"]


async def test_a_bad_relay_copy_falls_back_to_meta(sim, graph, apply, wh, sessions, profile):
    message = _with_relay_ref(sim.send_media("+" + WA, "image", KINDS["image"]), "image", KINDS["image"])
    apply(_inbound(wh, message))
    relay = FakeRelay({"blob-1": b"tampered on the relay"})
    fetcher = MediaFetcher(sessions, profile.media, graph, relay=relay)
    fetcher.discover()
    assert (await fetcher.drain()).ready == 1
    assert _state(sessions, message["id"])[0].source == "meta"


async def test_a_relay_that_reported_a_failure_leaves_it_to_meta(sim, graph, apply, wh, sessions, profile):
    message = sim.send_media("+" + WA, "image", KINDS["image"])
    message["image"]["klaros_media"] = {"error": "storage full"}
    apply(_inbound(wh, message))
    relay = FakeRelay({})
    fetcher = MediaFetcher(sessions, profile.media, graph, relay=relay)
    fetcher.discover()
    assert (await fetcher.drain()).ready == 1 and relay.asked == []


async def test_concurrency_is_bounded(sim, graph, apply, wh, sessions, profile):
    for i in range(7):
        _receive(sim, apply, wh, "image", KINDS["image"] + bytes([i]))
    running, peak = [0], [0]

    class Counting(FlakyGraph):
        async def fetch_url(self, url, *, correlation_id=None):
            running[0] += 1
            peak[0] = max(peak[0], running[0])
            try:
                import asyncio

                await asyncio.sleep(0)
                return await self.real.fetch_url(url, correlation_id=correlation_id)
            finally:
                running[0] -= 1

    fetcher = MediaFetcher(sessions, profile.media, Counting(graph, 0), concurrency=2)
    fetcher.discover()
    assert (await fetcher.drain()).ready == 7
    assert peak[0] == 2


async def test_fetch_media_for_one_message_and_text_has_none(sim, graph, apply, wh, sessions, profile):
    message = _receive(sim, apply, wh, "document", KINDS["document"], filename="Rechnung.pdf")
    apply(wh.text_message(WA, "wamid.t", "Hallo", 1000))
    with sessions() as s:
        doc_id = s.scalar(select(Message.id).where(Message.wamid == message["id"]))
        text_id = s.scalar(select(Message.id).where(Message.wamid == "wamid.t"))
    media = await fetch_media(sessions, graph, profile.media, doc_id)
    assert (profile.media / media.local_path).read_bytes() == KINDS["document"]
    assert (await fetch_media(sessions, graph, profile.media, doc_id)).id == media.id
    with pytest.raises(MediaError, match="no media"):
        await fetch_media(sessions, graph, profile.media, text_id)


def test_sha256_is_compared_in_hex_and_in_base64():
    data = b"abc"
    assert downloads.storage.digest_matches(data, hashlib.sha256(data).hexdigest())
    assert downloads.storage.digest_matches(data, base64.b64encode(hashlib.sha256(data).digest()).decode())
    assert not downloads.storage.digest_matches(data, hashlib.sha256(b"abd").hexdigest())
    assert not downloads.storage.digest_matches(data, "not a digest")


async def test_erasing_a_person_deletes_their_files_thumbnails_queued_files_and_names_relay_copies(
        sim, graph, apply, wh, sessions, profile):
    from klaros_desktop.models import Contact
    from klaros_desktop.services.media import kinds, relay_copies, storage
    from klaros_desktop.services.messaging.outbox import Outbox
    from klaros_desktop.services.privacy.erasure import erase_contact

    theirs = _with_relay_ref(sim.send_media("+" + WA, "image", KINDS["image"]), "image", KINDS["image"], "blob-9")
    apply(_inbound(wh, theirs))
    other = sim.send_media("+4917612345678", "document", KINDS["document"])
    apply(wh.envelope({"contacts": [{"profile": {"name": "Other"}, "wa_id": "4917612345678"}], "messages": [other]}))
    fetcher = MediaFetcher(sessions, profile.media, graph, relay=FakeRelay({"blob-9": KINDS["image"]}))
    fetcher.discover()
    assert (await fetcher.drain()).ready == 2
    _, _, their_media = _state(sessions, theirs["id"])
    _, _, other_media = _state(sessions, other["id"])
    # a JPEG thumbnail, a PNG one (a sticker's, or made by an older version): both go
    thumbs = [profile.media / relative for relative in storage.thumb_relatives(their_media.id)]
    assert {t.suffix for t in thumbs} == {".jpg", ".png"}
    thumbs[0].parent.mkdir(parents=True, exist_ok=True)
    for thumb in thumbs:
        thumb.write_bytes(b"thumbnail")
    other_thumb = profile.media / storage.thumb_relative(other_media.id)
    other_thumb.write_bytes(b"not theirs")
    with sessions() as s:
        contact_id = s.scalar(select(Contact.id).where(Contact.wa_id == WA))
    queued = Outbox(sessions, media_root=profile.media).add_media(
        contact_id, "+" + WA, kinds.check("a.pdf", 20, b"%PDF"), b"%PDF queued for them", profile.media)

    report = erase_contact(sessions, "+" + WA, profile=profile)
    assert not (profile.media / their_media.local_path).exists()
    assert not any(thumb.exists() for thumb in thumbs)
    assert report.media_files == 2  # the photo and the queued file; thumbnails are not counted as files
    assert other_thumb.read_bytes() == b"not theirs"
    assert not (profile.media / queued.media_path).exists()
    assert (profile.media / other_media.local_path).read_bytes() == KINDS["document"]
    assert report.relay_media_refs == ["blob-9"]

    class Relay:
        deleted: list[str] = []

        async def delete_media(self, refs):
            self.deleted.extend(refs)
            return len(refs)

    relay = Relay()
    assert await relay_copies.forget(relay, report.relay_media_refs) == 1 and relay.deleted == ["blob-9"]
    assert await relay_copies.forget(object(), ["blob-9"]) == 0  # a relay client without media keeping


async def test_the_export_holds_each_file_under_media_named_by_its_message(sim, graph, apply, wh, sessions, profile,
                                                                           tmp_path):
    import json
    import zipfile

    from klaros_desktop.services.dataio.export_archive import write_archive

    photo = _receive(sim, apply, wh, "image", KINDS["image"])
    fetcher = MediaFetcher(sessions, profile.media, graph)
    fetcher.discover()
    await fetcher.drain()
    (profile.media / "thumbs").mkdir(exist_ok=True)
    (profile.media / "thumbs" / "1.png").write_bytes(b"derived")
    (profile.media / "thumbs" / "1.jpg").write_bytes(b"derived")
    lost = _receive(sim, apply, wh, "document", KINDS["document"])
    sim.advance(8 * 24 * 3600)
    later = MediaFetcher(sessions, profile.media, graph, clock=lambda: utcnow() + timedelta(days=8))
    later.discover()
    await later.drain()

    def rows(archive_path):
        with zipfile.ZipFile(archive_path) as zf:
            names = zf.namelist()
            messages = {r["wamid"]: r for r in map(json.loads, zf.read("messages.jsonl").decode().splitlines())}
            return names, messages

    names, messages = rows(write_archive(sessions, tmp_path / "a.zip", media_root=profile.media).path)
    row = messages[photo["id"]]
    assert row["media_file"] in names and row["media_state"] == "ready"
    with zipfile.ZipFile(tmp_path / "a.zip") as zf:
        assert zf.read(row["media_file"]) == KINDS["image"]
    assert not any(n.startswith("media/thumbs/") for n in names)
    assert messages[lost["id"]]["media_unavailable_reason"] == "expired" and messages[lost["id"]]["media_file"] is None
    names, messages = rows(write_archive(sessions, tmp_path / "b.zip", media_root=None).path)  # --no-media
    assert messages[photo["id"]]["media_file"] is None and not any(n.startswith("media/") for n in names)
