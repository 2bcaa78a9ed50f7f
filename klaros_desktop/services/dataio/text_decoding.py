"""Turning the bytes of a contacts file into text, whatever program wrote it.

Shops bring files from Excel on Windows (cp1252, or UTF-16 for "Unicode text"), Google (UTF-8), Outlook
(UTF-8 with a byte order mark) and old phones (latin-1). Detection order: a byte order mark decides; NUL
bytes at alternating positions mean UTF-16 without a mark; then strict UTF-8; then cp1252, then latin-1.

A UTF-8 file with a few broken bytes (one row pasted from elsewhere) is still read as UTF-8: the lines
holding the broken bytes are listed in ``bad_lines`` so each row on them is skipped with its line number,
instead of reading the whole file as cp1252 and garbling every accented name.
"""

from __future__ import annotations

import io
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from klaros_desktop.phrases import QT_TRANSLATE_NOOP, Number, Phrase

# The largest contacts file Klaros reads (the whole file is held in memory, decoded, while it is imported).
# Generous for a shop: a CSV of 100,000 contacts with notes is about 15 MB.
MAX_IMPORT_BYTES = 50 * 1024 * 1024

SUPPORTED_ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "latin-1")

_SURROGATE = re.compile("[\udc80-\udcff]")
RESAVE = QT_TRANSLATE_NOOP("CommandLine", "save it again as UTF-8 or name the encoding with --encoding")


class ImportFileError(ValueError):
    """The file as a whole cannot be imported; the message says why and what to do."""


def _size(count: int) -> Phrase:
    mib = 1024 * 1024
    if count < mib:
        return QT_TRANSLATE_NOOP("Media", "{n} bytes").format(n=Number(count, ""))
    return QT_TRANSLATE_NOOP("Media", "{n} MB").format(
        n=Number(count // mib, "") if count % mib == 0 else Number(count / mib, ".1f"))


def read_import_file(path: Path, max_bytes: int = MAX_IMPORT_BYTES) -> bytes:
    """The bytes of a contacts file, never more than ``max_bytes`` (a bigger file, or one that keeps growing
    like a device or a pipe, is refused with the limit in the message)."""
    try:
        with open(path, "rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            data = b"" if size > max_bytes else stream.read(max_bytes + 1)
    except OSError as exc:
        raise ImportFileError(QT_TRANSLATE_NOOP("Import", "cannot read {path}: {error}").format(
            path=str(path), error=exc.strerror or str(exc))) from exc
    if size > max_bytes or len(data) > max_bytes:
        raise ImportFileError(QT_TRANSLATE_NOOP(
            "Import", "the file is larger than {limit}, the most Klaros imports at once; split it into smaller "
            "files, or export only the contacts you need").format(limit=_size(max_bytes)))
    return data


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str
    bad_lines: frozenset[int] = field(default_factory=frozenset)  # 1-based physical lines with undecodable bytes


def iter_physical_lines(text: str):
    """Lines as the CSV reader sees them (``\\n``, ``\\r\\n`` and ``\\r`` all end a line), endings kept."""
    return iter(io.StringIO(text, newline=""))


def _utf16_without_bom(sample: bytes) -> str | None:
    if len(sample) < 4:
        return None
    even = sample[0::2]
    odd = sample[1::2]
    even_nuls = even.count(0) / len(even)
    odd_nuls = odd.count(0) / len(odd)
    if odd_nuls > 0.3 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.3 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _decode_strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ImportFileError(QT_TRANSLATE_NOOP(
            "Import", "the file is not valid {encoding} text (bad bytes at byte offset {offset}); {fix}").format(
            encoding=encoding, offset=exc.start, fix=RESAVE)) from exc
    except LookupError as exc:
        raise ImportFileError(QT_TRANSLATE_NOOP(
            "Import", "unknown encoding {encoding!r}; use one of {encodings}").format(
            encoding=encoding, encodings=", ".join(SUPPORTED_ENCODINGS))) from exc


def decode_bytes(data: bytes, encoding: str | None = None) -> DecodedText:
    """Decode a whole file, detecting the encoding unless one is given."""
    if not data.strip():
        raise ImportFileError(QT_TRANSLATE_NOOP("Import", "the file is empty"))
    if encoding:
        text = _decode_strict(data, encoding)
        return DecodedText(text.lstrip("\ufeff"), encoding)
    if data.startswith(b"\xef\xbb\xbf"):
        return DecodedText(_decode_strict(data[3:], "utf-8"), "utf-8-sig")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return DecodedText(_decode_strict(data, "utf-16"), "utf-16")
    utf16 = _utf16_without_bom(data[:4096])
    if utf16:
        return DecodedText(_decode_strict(data, utf16), utf16)
    if b"\x00" in data:
        raise ImportFileError(QT_TRANSLATE_NOOP(
            "Import", "the file holds binary data (NUL bytes), so it is not a CSV or vCard text file; "
            "export the contacts from the other program as CSV or vCard"))
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    loose = data.decode("utf-8", errors="surrogateescape")
    broken = len(_SURROGATE.findall(loose))
    valid_multibyte = sum(1 for ch in loose if ord(ch) > 0x7F) - broken
    if valid_multibyte > 0 and valid_multibyte >= broken:
        bad = frozenset(
            number for number, line in enumerate(iter_physical_lines(loose), start=1) if _SURROGATE.search(line)
        )
        return DecodedText(loose, "utf-8", bad)
    try:
        return DecodedText(data.decode("cp1252"), "cp1252")
    except UnicodeDecodeError:
        return DecodedText(data.decode("latin-1"), "latin-1")
