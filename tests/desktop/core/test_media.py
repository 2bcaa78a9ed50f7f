"""Media of a message is downloaded once into the profile, under a name Klaros chooses."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import select

from klaros_desktop.models import MediaFile, Message
from klaros_desktop.services.media.downloads import MediaError, fetch_media

WA = "4915112345678"


class FakeGraph:
    def __init__(self, data=b"%PDF-1.7 invoice", mime="application/pdf"):
        self.data, self.mime, self.calls = data, mime, []

    async def download_media(self, media_id, *, correlation_id=None):
        self.calls.append(media_id)
        return self.data, self.mime


def _document(wh, filename):
    return wh.envelope({"contacts": [{"profile": {"name": "K"}, "wa_id": WA}],
                        "messages": [{"from": WA, "id": "wamid.doc", "timestamp": "1000", "type": "document",
                                      "document": {"id": "media-77", "mime_type": "application/pdf",
                                                   "sha256": "x", "filename": filename}}]})


async def test_document_is_stored_once_with_a_safe_name(apply, sessions, wh, profile):
    apply(_document(wh, "../../evil/Rechnung 2026.pdf"))
    with sessions() as s:
        message_id = s.scalar(select(Message.id))
    graph = FakeGraph()
    media = await fetch_media(sessions, graph, profile.media, message_id)
    path = profile.media / media.local_path
    assert path.read_bytes() == b"%PDF-1.7 invoice"
    assert profile.media.resolve() in path.resolve().parents and path.suffix == ".pdf"
    assert media.sha256 == hashlib.sha256(b"%PDF-1.7 invoice").hexdigest() and media.filename == "Rechnung 2026.pdf"
    again = await fetch_media(sessions, graph, profile.media, message_id)
    assert again.id == media.id and graph.calls == ["media-77"]
    with sessions() as s:
        assert s.get(Message, message_id).media_file_id == media.id
        assert s.scalar(select(MediaFile.meta_media_id)) == "media-77"


async def test_text_message_has_no_media(apply, sessions, wh, profile):
    apply(wh.text_message(WA, "wamid.t", "Hallo", 1000))
    with sessions() as s:
        message_id = s.scalar(select(Message.id))
    with pytest.raises(MediaError, match="no media"):
        await fetch_media(sessions, FakeGraph(), profile.media, message_id)
