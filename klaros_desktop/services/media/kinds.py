"""Meta's media kinds, their file types and size limits, and the check a file passes before it is uploaded.

Figures from Meta's "Supported media types" table as AWS End User Messaging copies it (Meta's own page with the
table was not found in the stored copies, December 2026): images JPEG/PNG up to 5 MB; audio AAC, AMR, MP3,
M4A, OGG (Opus) up to 16 MB; video MP4/3GPP (H.264 + AAC) up to 16 MB; documents (text, PDF, Word, Excel,
PowerPoint) up to 100 MB; stickers WebP, 100 KB static and 500 KB animated. A file is refused here, with the
limit it broke, before a byte is uploaded.
"""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from pathlib import Path

from klaros_desktop.phrases import QT_TRANSLATE_NOOP, Number, Phrase

KB, MB = 1024, 1024 * 1024
IMAGE, AUDIO, VIDEO, DOCUMENT, STICKER = "image", "audio", "video", "document", "sticker"
KINDS = (IMAGE, AUDIO, VIDEO, DOCUMENT, STICKER)

# mime type -> kind; a sticker is image/webp (a WebP the shop picks is sent as a sticker)
TYPES: dict[str, str] = {
    "image/jpeg": IMAGE, "image/png": IMAGE,
    "audio/aac": AUDIO, "audio/amr": AUDIO, "audio/mpeg": AUDIO, "audio/mp4": AUDIO, "audio/ogg": AUDIO,
    "video/mp4": VIDEO, "video/3gpp": VIDEO,
    "image/webp": STICKER,
    "text/plain": DOCUMENT, "application/pdf": DOCUMENT, "application/msword": DOCUMENT,
    "application/vnd.ms-excel": DOCUMENT, "application/vnd.ms-powerpoint": DOCUMENT,
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": DOCUMENT,
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": DOCUMENT,
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": DOCUMENT,
}
LIMITS = {IMAGE: 5 * MB, AUDIO: 16 * MB, VIDEO: 16 * MB, DOCUMENT: 100 * MB, STICKER: 500 * KB}
STATIC_STICKER_LIMIT = 100 * KB
MAX_BYTES = max(LIMITS.values())
_EXTENSIONS = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".webp": "image/webp",
               ".aac": "audio/aac", ".amr": "audio/amr", ".mp3": "audio/mpeg", ".m4a": "audio/mp4",
               ".ogg": "audio/ogg", ".opus": "audio/ogg", ".mp4": "video/mp4", ".3gp": "video/3gpp",
               ".txt": "text/plain", ".pdf": "application/pdf", ".doc": "application/msword",
               ".xls": "application/vnd.ms-excel", ".ppt": "application/vnd.ms-powerpoint",
               ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
               ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
               ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation"}

NOUNS: dict[str, Phrase] = {
    IMAGE: QT_TRANSLATE_NOOP("Media", "photo"),
    AUDIO: QT_TRANSLATE_NOOP("Media", "voice message"),
    VIDEO: QT_TRANSLATE_NOOP("Media", "video"),
    DOCUMENT: QT_TRANSLATE_NOOP("Media", "document"),
    STICKER: QT_TRANSLATE_NOOP("Media", "sticker"),
}
_LIMIT_WORDS: dict[str, Phrase] = {
    IMAGE: QT_TRANSLATE_NOOP("Media", "WhatsApp takes photos up to 5 MB"),
    AUDIO: QT_TRANSLATE_NOOP("Media", "WhatsApp takes voice messages and audio up to 16 MB"),
    VIDEO: QT_TRANSLATE_NOOP("Media", "WhatsApp takes videos up to 16 MB"),
    DOCUMENT: QT_TRANSLATE_NOOP("Media", "WhatsApp takes documents up to 100 MB"),
    STICKER: QT_TRANSLATE_NOOP("Media", "WhatsApp takes stickers up to 500 KB (100 KB if not animated)"),
}


def limit_words(kind: str) -> Phrase:
    """Meta's size limit for ``kind`` in words ("WhatsApp takes photos up to 5 MB")."""
    return _LIMIT_WORDS[kind]


class AttachmentRefused(ValueError):
    """The file cannot go to WhatsApp; ``reason`` says which rule, in words (a Phrase)."""

    def __init__(self, reason: Phrase, *, limit: str):
        super().__init__(reason)
        self.reason = reason
        self.limit = limit  # type | size | empty


@dataclass(frozen=True)
class Attachment:
    kind: str
    mime: str
    size: int
    filename: str


def size_words(size: int) -> Phrase:
    """1.2 MB, 340 KB, 12 bytes (the screens write the number their reader's way: 1,2 MB)."""
    if size >= MB:
        return QT_TRANSLATE_NOOP("Media", "{n} MB").format(n=Number(size / MB, ".1f"))
    if size >= KB:
        return QT_TRANSLATE_NOOP("Media", "{n} KB").format(n=Number(size / KB, ".0f"))
    return QT_TRANSLATE_NOOP("Media", "{n} bytes").format(n=Number(size, ""))


def sniff(head: bytes) -> str | None:
    """The mime type the first bytes of a file show, for the types where the name may lie."""
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head.startswith(b"%PDF"):
        return "application/pdf"
    if head.startswith(b"OggS"):
        return "audio/ogg"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand.startswith(b"3gp"):
            return "video/3gpp"
        return "audio/mp4" if brand in (b"M4A ", b"M4B ") else "video/mp4"
    return None


def mime_of(filename: str, head: bytes = b"") -> str | None:
    """The file's type: what its first bytes say, else its extension."""
    sniffed = sniff(head)
    if sniffed:
        return sniffed
    suffix = Path(filename).suffix.lower()
    return _EXTENSIONS.get(suffix) or mimetypes.guess_type(filename)[0]


def kind_of(mime: str | None) -> str | None:
    return TYPES.get((mime or "").split(";")[0].strip().lower())


def _webp_animated(head: bytes) -> bool:
    return head[12:16] == b"VP8X" and len(head) > 20 and bool(head[20] & 0x02)


def check(filename: str, size: int, head: bytes = b"", *, mime: str | None = None) -> Attachment:
    """The attachment as Meta will take it, or ``AttachmentRefused`` naming the limit it broke."""
    name = Path(filename).name
    if size <= 0:
        raise AttachmentRefused(QT_TRANSLATE_NOOP("Media", "“{name}” is empty.").format(name=name), limit="empty")
    mime = mime or mime_of(name, head)
    kind = kind_of(mime)
    if kind is None:
        raise AttachmentRefused(QT_TRANSLATE_NOOP(
            "Media", "WhatsApp does not take this kind of file (“{name}”). It takes photos (JPEG, PNG), videos "
            "(MP4, 3GP), audio (MP3, M4A, OGG, AAC, AMR), stickers (WebP) and documents (PDF, Word, Excel, "
            "PowerPoint, text).").format(name=name), limit="type")
    limit = LIMITS[kind]
    if kind == STICKER and head and not _webp_animated(head):
        limit = STATIC_STICKER_LIMIT
    if size > limit:
        raise AttachmentRefused(QT_TRANSLATE_NOOP(
            "Media", "“{name}” is {size}, too large: {rule}.").format(
                name=name, size=size_words(size), rule=_LIMIT_WORDS[kind]), limit="size")
    return Attachment(kind, mime.split(";")[0].strip().lower(), size, name)


def check_file(path: Path) -> Attachment:
    """``check`` for a file on disk (reads only its first bytes)."""
    size = path.stat().st_size
    with path.open("rb") as handle:
        head = handle.read(32)
    return check(path.name, size, head)
