"""Downloading a message's media (image, voice note, document, ...) into the profile's ``media/`` folder.

Meta keeps inbound media for a limited time (7 days) and the download URL lives five minutes, so the
file is fetched with the Graph client and kept locally. Each message gets its own ``media_files`` row and
file (never shared), so erasing one person's messages can delete their files without touching anyone
else's. File names are made by Klaros (row id + hash), never taken from the sender.
"""

from __future__ import annotations

import asyncio
import hashlib
import mimetypes
import os
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop import correlation
from klaros_desktop.models import MediaFile, Message, utcnow
from klaros_desktop.services.core import audit

MAX_BYTES = 100 * 1024 * 1024  # Meta's largest media (documents)


class MediaError(RuntimeError):
    """The message has no media, or the file cannot be fetched or stored; the message says which."""


def _extension(mime: str | None, filename: str | None) -> str:
    if filename and Path(filename).suffix and len(Path(filename).suffix) <= 6:
        suffix = Path(filename).suffix.lower()
        if suffix[1:].isalnum():
            return suffix
    guessed = mimetypes.guess_extension((mime or "").split(";")[0].strip()) if mime else None
    return guessed or ".bin"


def local_file(media_root: Path, media: MediaFile) -> Path | None:
    """The file of a downloaded media row, if it is still there."""
    if not media.local_path:
        return None
    path = media_root / media.local_path
    return path if path.is_file() else None


async def fetch_media(sessions: sessionmaker[Session], graph: Any, media_root: Path, message_id: int) -> MediaFile:
    """Download the media of ``message_id`` (once; later calls return the stored file). The Graph requests
    and the ``media_downloaded`` row share the caller's correlation id, or a new ``media-…`` one."""
    with correlation.correlated(correlation.current(), prefix="media"):
        return await _fetch(sessions, graph, media_root, message_id)


async def _fetch(sessions: sessionmaker[Session], graph: Any, media_root: Path, message_id: int) -> MediaFile:
    def _lookup() -> tuple[str, str | None, str | None, MediaFile | None]:
        with sessions() as session:
            message = session.get(Message, message_id)
            if message is None or not message.media_id:
                raise MediaError("this message has no media to download")
            existing = session.get(MediaFile, message.media_file_id) if message.media_file_id else None
            filename = ((message.raw or {}).get(message.meta_type or "", {}) or {}).get("filename")
            return message.media_id, message.media_mime, filename, existing

    media_id, mime, filename, existing = await asyncio.to_thread(_lookup)
    if existing is not None and local_file(media_root, existing) is not None:
        return existing
    try:
        data, served_mime = await graph.download_media(media_id)
    except Exception as exc:
        raise MediaError(getattr(exc, "explanation", None) or f"the media could not be downloaded ({exc})") from exc
    if len(data) > MAX_BYTES:
        raise MediaError(f"the media is {len(data)} bytes, more than WhatsApp allows; not stored")
    return await asyncio.to_thread(_store, sessions, media_root, message_id, media_id, data,
                                   served_mime or mime, filename)


def _store(sessions: sessionmaker[Session], media_root: Path, message_id: int, media_id: str, data: bytes,
           mime: str | None, filename: str | None) -> MediaFile:
    digest = hashlib.sha256(data).hexdigest()
    with sessions.begin() as session:
        message = session.get(Message, message_id)
        media = session.get(MediaFile, message.media_file_id) if message.media_file_id else None
        if media is None:
            media = MediaFile(meta_media_id=media_id, direction=message.direction)
            session.add(media)
            session.flush()
        month = utcnow().strftime("%Y-%m")
        relative = f"{month}/{media.id}-{digest[:16]}{_extension(mime, filename)}"
        target = media_root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".part")
        partial.write_bytes(data)
        os.replace(partial, target)
        media.mime_type, media.sha256, media.size = mime, digest, len(data)
        media.filename = Path(filename).name if filename else None
        media.local_path = relative
        media.downloaded_at = utcnow()
        message.media_file_id = media.id
        audit.record(session, "media_downloaded", actor="system", subject=f"message:{message_id}",
                     details={"media_file_id": media.id, "size": len(data), "mime_type": mime})
        return media
