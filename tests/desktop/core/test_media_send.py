"""Outbound media: Meta's type and size limits checked before upload, upload then send, and media messages in
the outbox like text (offline, retries without a second upload, held with Meta's words)."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest
from sqlalchemy import select, update

from klaros_desktop.graph import GraphClient
from klaros_desktop.models import Contact, Conversation, MediaFile, Message, utcnow
from klaros_desktop.services.inbound.apply import WebhookApplier
from klaros_desktop.services.media import kinds
from klaros_desktop.services.media.kinds import AttachmentRefused
from klaros_desktop.services.messaging.outbox import HELD, Outbox
from klaros_desktop.services.messaging.sending import SendService

SECRET, TOKEN, CUSTOMER = "media-send-secret", "EAAG-media-token", "+4915112345678"
JPEG = b"\xff\xd8\xff\xe0" + b"cake" * 100
PDF = b"%PDF-1.7 " + b"price list " * 50


class Faults(httpx.AsyncBaseTransport):
    """Forwards to the simulator; each entry of ``plan`` makes the next request fail before it leaves."""

    def __init__(self):
        self.inner = httpx.AsyncHTTPTransport()
        self.plan: list[str] = []

    async def handle_async_request(self, request):
        if self.plan and request.url.path.endswith(self.plan[0]):
            self.plan.pop(0)
            raise httpx.ConnectError("connection refused", request=request)
        return await self.inner.handle_async_request(request)

    async def aclose(self):
        await self.inner.aclose()


@pytest.fixture
def sim(recorded_simulator):
    return recorded_simulator(secret=SECRET, token=TOKEN, seed=9, fast=True)


@pytest.fixture
async def faults():
    transport = Faults()
    yield transport
    await transport.aclose()


@pytest.fixture
async def sender(sim, sessions, faults):
    async with httpx.AsyncClient(transport=faults, trust_env=False) as http:
        graph = GraphClient(http, phone_number_id=sim.config.phone_number_id, waba_id=sim.config.waba_id, token=TOKEN,
                            base_url=sim.base_url, max_retries=0)
        yield SendService(sessions, graph, phone_number_id=sim.config.phone_number_id)


def _customer_wrote(sim, sessions) -> int:
    before = len(sim.hooks.bodies)
    sim.say(CUSTOMER, "Haben Sie die Preisliste?")
    sim.wait_until(lambda: len(sim.hooks.bodies) > before, 10, "the customer's webhook")
    with sessions.begin() as s:
        for body in sim.hooks.bodies[before:]:
            WebhookApplier(s).apply(body, correlation_id="relay-test")
    with sessions() as s:
        return s.scalar(select(Contact.id).where(Contact.phone_e164 == CUSTOMER))


def _requests(sim, suffix):
    return [r for r in sim.requests() if r["method"] == "POST" and r["path"].endswith(suffix)]


# ---------------------------------------------------------------- limits, before any upload
@pytest.mark.parametrize(("name", "size", "head", "words"), [
    ("torte.jpg", 6 * kinds.MB, b"\xff\xd8\xff", "WhatsApp takes photos up to 5 MB"),
    ("preise.pdf", 101 * kinds.MB, b"%PDF", "WhatsApp takes documents up to 100 MB"),
    ("gruss.ogg", 17 * kinds.MB, b"OggS", "WhatsApp takes voice messages and audio up to 16 MB"),
    ("laden.mp4", 17 * kinds.MB, b"\x00\x00\x00\x18ftypmp42", "WhatsApp takes videos up to 16 MB"),
    ("smile.webp", 101 * kinds.KB, b"RIFF\x00\x00\x00\x00WEBPVP8 ", "100 KB if not animated"),
])
def test_each_kind_is_refused_over_its_limit_naming_the_limit(name, size, head, words):
    with pytest.raises(AttachmentRefused) as refused:
        kinds.check(name, size, head)
    assert refused.value.limit == "size" and words in refused.value.reason and name in refused.value.reason
    assert kinds.check(name, 1000, head).size == 1000  # the same file, small enough, passes


def test_a_type_whatsapp_does_not_take_is_refused_and_the_kind_comes_from_the_bytes():
    with pytest.raises(AttachmentRefused) as refused:
        kinds.check("backup.zip", 1000, b"PK\x03\x04")
    assert refused.value.limit == "type" and "does not take this kind of file" in refused.value.reason
    assert kinds.check("foto.pdf", 10, b"\xff\xd8\xff").kind == "image"  # a JPEG named .pdf is a photo
    assert kinds.check("gruss.m4a", 10).kind == "audio" and kinds.check("x.docx", 10).kind == "document"
    with pytest.raises(AttachmentRefused):
        kinds.check("leer.pdf", 0)


# ---------------------------------------------------------------- upload, then send
async def test_a_photo_is_uploaded_then_sent_with_its_caption_and_shown_from_its_own_file(sim, sessions, sender,
                                                                                           profile):
    _customer_wrote(sim, sessions)
    attachment = kinds.check("torte.jpg", len(JPEG), JPEG)
    outcome = await sender.send_media(CUSTOMER, attachment, JPEG, caption="So sieht sie aus",
                                      media_root=profile.media)
    assert outcome.sent and outcome.media_id
    assert len(_requests(sim, "/media")) == 1
    [post] = sim.outbound()
    assert post["type"] == "image" and post["payload"]["image"] == {"id": outcome.media_id,
                                                                     "caption": "So sieht sie aus"}
    with sessions() as s:
        message = s.get(Message, outcome.message_id)
        media = s.get(MediaFile, message.media_file_id)
    assert (message.type, message.text, message.media_id) == ("image", "So sieht sie aus", outcome.media_id)
    assert media.direction == "out" and (profile.media / media.local_path).read_bytes() == JPEG


async def test_a_document_keeps_its_name_for_the_customer(sim, sessions, sender, profile):
    _customer_wrote(sim, sessions)
    attachment = kinds.check("Preisliste 2027.pdf", len(PDF), PDF)
    assert (await sender.send_media(CUSTOMER, attachment, PDF, media_root=profile.media)).sent
    [post] = sim.outbound()
    assert post["payload"]["document"]["filename"] == "Preisliste 2027.pdf"


async def test_a_voice_message_takes_no_caption(sim, sessions, sender, profile):
    attachment = kinds.check("gruss.ogg", 10, b"OggS")
    with pytest.raises(ValueError, match="no caption"):
        await sender.send_media(CUSTOMER, attachment, b"OggS data!", caption="Hallo", media_root=profile.media)


async def test_meta_refusing_an_upload_fails_the_message_with_metas_words(sim, sessions, sender, profile):
    _customer_wrote(sim, sessions)
    big = b"\xff\xd8\xff" + b"x" * (5 * kinds.MB)  # past the local check (mime given), Meta refuses it: 131053
    attachment = kinds.Attachment("image", "image/jpeg", len(big), "gross.jpg")
    outcome = await sender.send_media(CUSTOMER, attachment, big, media_root=profile.media)
    assert not outcome.sent and outcome.error_code == 131053 and _requests(sim, "/messages") == []


# ---------------------------------------------------------------- the outbox
async def test_a_queued_photo_survives_a_reconnect_and_is_uploaded_once(sim, sessions, sender, profile, faults):
    contact_id = _customer_wrote(sim, sessions)
    box = Outbox(sessions, media_root=profile.media)
    attachment = kinds.check("torte.jpg", len(JPEG), JPEG)
    item = box.add_media(contact_id, CUSTOMER, attachment, JPEG, profile.media, caption="Für Samstag")
    assert (profile.media / item.media_path).read_bytes() == JPEG  # kept in the profile while offline
    faults.plan = ["/media"]  # offline: the upload never leaves
    first = await box.flush(sender)
    assert [a.result for a in first.attempts] == ["retry"]
    faults.plan = ["/messages"]  # back online for the upload, the send's connection fails
    with sessions.begin() as s:
        from klaros_desktop.models import OutboxItem

        s.execute(update(OutboxItem).values(next_attempt_at=None))
    second = await box.flush(sender)
    assert [a.result for a in second.attempts] == ["retry"]
    [waiting] = box.items()
    assert waiting.meta_media_id  # uploaded; a retry sends it without uploading again
    with sessions.begin() as s:
        s.execute(update(OutboxItem).values(next_attempt_at=None))
    third = await box.flush(sender)
    assert [a.result for a in third.attempts] == ["sent"] and box.items() == []
    assert len(_requests(sim, "/media")) == 1 and len(_requests(sim, "/messages")) == 1
    with sessions() as s:
        [message] = s.scalars(select(Message).where(Message.direction == "out")).all()
        media = s.get(MediaFile, message.media_file_id)
        assert s.scalar(select(MediaFile.id).where(MediaFile.id != media.id)) is None  # no orphan rows
    assert (message.type, message.text, media.local_path) == ("image", "Für Samstag", item.media_path)


async def test_a_queued_file_is_held_by_may_send_without_uploading(sim, sessions, sender, profile):
    contact_id = _customer_wrote(sim, sessions)
    box = Outbox(sessions, media_root=profile.media)
    item = box.add_media(contact_id, CUSTOMER, kinds.check("p.pdf", len(PDF), PDF), PDF, profile.media)
    with sessions.begin() as s:
        s.execute(update(Conversation).values(last_inbound_at=utcnow() - timedelta(hours=25)))
    report = await box.flush(sender)
    assert [a.result for a in report.attempts] == [HELD] and box.items()[0].reason_code == "outside_window"
    assert _requests(sim, "/media") == []
    box.remove(item.id)
    assert not (profile.media / item.media_path).exists()  # deleting the item deletes its kept copy


async def test_a_template_with_an_image_header_takes_a_file(sim, sessions, sender, profile):
    from klaros_desktop.services.messaging import templates

    with sessions.begin() as s:
        templates.store(s, [{"id": "t1", "name": "spring_sale", "language": "de", "status": "APPROVED",
                             "category": "MARKETING",
                             "components": [{"type": "HEADER", "format": "IMAGE"},
                                            {"type": "BODY", "text": "Hallo {{1}}, diese Woche {{2}} % auf alles!"}]}])
    _customer_wrote(sim, sessions)
    attachment = kinds.check("tulpen.jpg", len(JPEG), JPEG)
    outcome = await sender.send_template(CUSTOMER, "spring_sale", "de", ["Anna", "20"], header=(attachment, JPEG))
    assert outcome.sent, outcome.error
    [post] = sim.outbound()
    header = post["payload"]["template"]["components"][0]
    assert header["type"] == "header" and header["parameters"][0]["type"] == "image"
    assert header["parameters"][0]["image"]["id"]
    assert len(_requests(sim, "/media")) == 1
    with pytest.raises(ValueError, match="header takes"):
        from klaros_desktop.services.messaging.sending import header_component

        header_component(kinds.check("g.ogg", 5, b"OggS"), "x")


async def test_a_header_file_is_kept_on_the_template_message_for_its_bubble(sim, sessions, sender, profile):
    """The header's file is stored with the template message (its bubble shows the picture), uploaded once with
    progress heard, and named in the header component by Meta's id; the message stays a template."""
    from klaros_desktop.services.media import header_media
    from klaros_desktop.services.messaging import templates

    with sessions.begin() as s:
        templates.store(s, [{"id": "t1", "name": "spring_sale", "language": "de", "status": "APPROVED",
                             "category": "MARKETING",
                             "components": [{"type": "HEADER", "format": "IMAGE"},
                                            {"type": "BODY", "text": "Hallo {{1}}, diese Woche {{2}} % auf alles!"}]}])
    _customer_wrote(sim, sessions)
    photo = profile.root / "tulpen.jpg"
    photo.write_bytes(JPEG)
    header = header_media.parse(str(photo), kinds.IMAGE)
    heard: list[tuple[int, int]] = []
    outcome = await sender.send_template(CUSTOMER, "spring_sale", "de", ["Anna", "20"],
                                         **header_media.send_keywords(header), media_root=profile.media,
                                         progress=lambda n, total: heard.append((n, total)))
    assert outcome.sent, outcome.error
    assert len(_requests(sim, "/media")) == 1
    [post] = sim.outbound()
    media_id = post["payload"]["template"]["components"][0]["parameters"][0]["image"]["id"]
    assert heard and heard[-1] == (heard[-1][1], heard[-1][1])
    with sessions() as s:
        message = s.get(Message, outcome.message_id)
        assert (message.type, message.template_name, message.media_mime) == ("template", "spring_sale", "image/jpeg")
        assert message.media_id == media_id
        kept = s.get(MediaFile, message.media_file_id)
        assert kept.direction == "out" and kept.filename == "tulpen.jpg"
        assert (profile.media / kept.local_path).read_bytes() == JPEG
