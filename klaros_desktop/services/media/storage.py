"""Where media files live below the profile's ``media/`` folder, under names Klaros makes.

Downloaded and sent files: ``YYYY-MM/<media row id>-<first 16 hex of sha256><ext>``; files waiting in the
outbox: ``outbox/<random>.<ext>``; thumbnails: ``thumbs/<media row id>.jpg``, or ``.png`` for a picture with
transparency (a sticker; every thumbnail Klaros made before was a ``.png``, so both names are looked for and
deleted). A sender's file name is kept only as a label in the database (and offered as the name in Save as…),
never used as a path.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import mimetypes
import os
import secrets
from pathlib import Path

from klaros_desktop.models import utcnow
from klaros_desktop.services.media import kinds

THUMBS = "thumbs"
OUTBOX = "outbox"


def extension(mime: str | None, filename: str | None = None) -> str:
    """A short, safe extension: the sender's own if it is plain (``.pdf``), else the mime type's."""
    if filename:
        suffix = Path(filename).suffix.lower()
        if 1 < len(suffix) <= 6 and suffix[1:].isalnum():
            return suffix
    base = (mime or "").split(";")[0].strip().lower()
    for ext, known in kinds._EXTENSIONS.items():
        if known == base:
            return ext
    return (mimetypes.guess_extension(base) if base else None) or ".bin"


def relative_for(media_file_id: int, digest_hex: str, mime: str | None, filename: str | None) -> str:
    return f"{utcnow().strftime('%Y-%m')}/{media_file_id}-{digest_hex[:16]}{extension(mime, filename)}"


THUMB_JPEG = ".jpg"  # photos: a tenth of a PNG's size and nothing lost at tile size
THUMB_PNG = ".png"  # a picture with transparency, which a JPEG would lose; and the thumbnails of older versions
THUMB_SUFFIXES = (THUMB_JPEG, THUMB_PNG)


def thumb_relative(media_file_id: int, *, transparent: bool = False) -> str:
    """Where a newly made thumbnail goes: JPEG, unless the picture has transparent parts."""
    return f"{THUMBS}/{media_file_id}{THUMB_PNG if transparent else THUMB_JPEG}"


def thumb_relatives(media_file_id: int) -> list[str]:
    """Every name a thumbnail of this file may have (to find it, or to delete it whatever made it)."""
    return [f"{THUMBS}/{media_file_id}{suffix}" for suffix in THUMB_SUFFIXES]


def outbox_relative(mime: str | None, filename: str | None) -> str:
    return f"{OUTBOX}/{secrets.token_hex(12)}{extension(mime, filename)}"


def inside(root: Path, relative: str) -> Path | None:
    """``root / relative`` if it stays inside ``root`` (a row can never point Klaros elsewhere)."""
    path = (root / relative).resolve()
    return path if root.resolve() in path.parents else None


def write_atomic(target: Path, data: bytes) -> None:
    """Write through a ``.part`` file and rename, so a crash never leaves half a file under the real name."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    with partial.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, target)


def digest_matches(data: bytes, expected: str | None) -> bool:
    """Whether ``data`` has the sha256 Meta (base64 in webhooks) or the relay (hex) announced; True when none
    was announced."""
    if not expected:
        return True
    digest = hashlib.sha256(data).digest()
    text = expected.strip()
    if len(text) == 64:
        try:
            return bytes.fromhex(text) == digest
        except ValueError:
            pass
    try:
        return base64.b64decode(text + "=" * (-len(text) % 4), validate=False) == digest
    except (binascii.Error, ValueError):
        return False
