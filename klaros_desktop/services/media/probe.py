"""How long a voice message, audio file or video lasts, read from the file's own header (no codec needed).

Ogg (WhatsApp's voice messages: Opus; also Vorbis): the last page's granule position over the sample rate.
MP4 / M4A / 3GP: the ``mvhd`` box's duration over its timescale. Anything else: unknown (None).
"""

from __future__ import annotations

import struct
from pathlib import Path

_TAIL = 256 * 1024


def duration_seconds(path: Path) -> float | None:
    try:
        with Path(path).open("rb") as handle:
            head = handle.read(64 * 1024)
            if head.startswith(b"OggS"):
                return _ogg(handle, head)
            if head[4:8] == b"ftyp":
                return _mp4(handle, head)
    except (OSError, struct.error, ValueError):
        return None
    return None


def _ogg(handle, head: bytes) -> float | None:
    if b"OpusHead" in head[:200]:
        rate = 48000  # Opus granule positions always count 48 kHz samples
    elif b"\x01vorbis" in head[:200]:
        at = head.index(b"\x01vorbis") + 7
        rate = struct.unpack_from("<I", head, at + 5)[0]
    else:
        return None
    handle.seek(0, 2)
    size = handle.tell()
    handle.seek(max(0, size - _TAIL))
    tail = handle.read()
    last = tail.rfind(b"OggS")
    if last < 0 or last + 14 > len(tail) or not rate:
        return None
    granule = struct.unpack_from("<q", tail, last + 6)[0]
    return granule / rate if granule > 0 else None


def _mp4(handle, head: bytes) -> float | None:
    data = head
    at = data.find(b"mvhd")
    if at < 0:  # moov at the end (as many phones write it)
        handle.seek(0, 2)
        size = handle.tell()
        handle.seek(max(0, size - 4 * _TAIL))
        data = handle.read()
        at = data.find(b"mvhd")
    if at < 0 or at + 32 > len(data):
        return None
    version = data[at + 4]
    if version == 1:
        timescale, duration = struct.unpack_from(">IQ", data, at + 4 + 4 + 16)
    else:
        timescale, duration = struct.unpack_from(">II", data, at + 4 + 4 + 8)
    return duration / timescale if timescale else None


def clock(seconds: float | None) -> str:
    """0:07, 1:23, 1:02:03."""
    if seconds is None:
        return ""
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
