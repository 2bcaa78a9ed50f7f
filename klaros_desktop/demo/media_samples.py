"""Demo and test media made on the spot with Qt (no files from the internet): product photos drawn with
QPainter, a WebP sticker, a minimal PDF, the headers of a voice message (Ogg Opus) and a video (MP4) that
carry their length (no sound or picture: enough for the bubbles and durations), and real playable videos
(``movie``: an MP4 of uncompressed RGB frames written box by box, which Qt Multimedia's FFmpeg decodes
without any encoder on the machine; ``clip``: the demo's)."""

from __future__ import annotations

import struct

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QLinearGradient, QPainter, QPainterPath


def _encode(image: QImage, fmt: str, quality: int = 85) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, fmt, quality)
    buffer.close()
    return bytes(data.data())


def photo(width: int = 1600, height: int = 1200, *, hue: int = 20, label: str = "", fmt: str = "JPG") -> bytes:
    """A product photo: a warm gradient table, a round cake with icing and candles, a caption card."""
    hue %= 360
    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    background = QLinearGradient(0, 0, 0, height)
    background.setColorAt(0, QColor.fromHsv(hue, 60, 245))
    background.setColorAt(1, QColor.fromHsv((hue + 20) % 360, 120, 170))
    painter.fillRect(image.rect(), background)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor.fromHsv((hue + 180) % 360, 40, 230))
    painter.drawEllipse(QRectF(width * .18, height * .62, width * .64, height * .22))  # plate
    body = QRectF(width * .28, height * .38, width * .44, height * .34)
    painter.setBrush(QColor.fromHsv((hue + 330) % 360, 150, 200))
    painter.drawRoundedRect(body, width * .04, width * .04)
    painter.setBrush(QColor("#fff6ec"))
    icing = QPainterPath(QPointF(body.left(), body.top() + height * .05))
    for i in range(9):
        x = body.left() + body.width() * (i + .5) / 9
        icing.quadTo(x, body.top() + height * (.12 if i % 2 else .08), body.left() + body.width() * (i + 1) / 9,
                     body.top() + height * .05)
    icing.lineTo(body.right(), body.top())
    icing.lineTo(body.left(), body.top())
    painter.drawPath(icing)
    for i in range(5):
        x = body.left() + body.width() * (i + 1) / 6
        painter.setBrush(QColor.fromHsv((hue + 60 * i) % 360, 160, 240))
        painter.drawRect(QRectF(x - width * .006, body.top() - height * .09, width * .012, height * .09))
        painter.setBrush(QColor("#ffcc33"))
        painter.drawEllipse(QPointF(x, body.top() - height * .105), width * .009, height * .018)
    if label:
        font = QFont()
        font.setPixelSize(max(12, height // 14))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(255, 255, 255))
        painter.drawText(QRectF(0, height * .06, width, height * .16), Qt.AlignmentFlag.AlignCenter, label)
    painter.end()
    return _encode(image, fmt)


def solid_jpeg(width: int, height: int, colour: str) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    return _encode(image, "JPG", 95)


def sticker() -> bytes:
    """A 512x512 WebP sticker: a smiling sun on a transparent ground."""
    image = QImage(512, 512, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#ffb300"))
    painter.drawEllipse(QRectF(96, 96, 320, 320))
    painter.setBrush(QColor("#5d4037"))
    painter.drawEllipse(QRectF(190, 200, 36, 48))
    painter.drawEllipse(QRectF(286, 200, 36, 48))
    smile = QPainterPath(QPointF(180, 300))
    smile.quadTo(256, 380, 332, 300)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    from PySide6.QtGui import QPen

    painter.setPen(QPen(QColor("#5d4037"), 18, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawPath(smile)
    painter.end()
    return _encode(image, "WEBP", 80)


def _ogg_page(header_type: int, granule: int, sequence: int, payload: bytes) -> bytes:
    segments = [255] * (len(payload) // 255) + [len(payload) % 255]
    return (b"OggS" + bytes([0, header_type]) + struct.pack("<qIII", granule, 0x4B4C, sequence, 0)
            + bytes([len(segments)]) + bytes(segments) + payload)


def voice_note(seconds: float) -> bytes:
    """The pages of an Ogg Opus voice message whose last granule position gives its length."""
    head = b"OpusHead" + bytes([1, 1]) + struct.pack("<HIhB", 312, 48000, 0, 0)
    tags = b"OpusTags" + struct.pack("<I", 6) + b"Klaros" + struct.pack("<I", 0)
    return (_ogg_page(2, 0, 0, head) + _ogg_page(0, 0, 1, tags)
            + _ogg_page(4, int(seconds * 48000), 2, b"\xfc" * 40))


def video(seconds: float) -> bytes:
    """An MP4's ftyp and moov/mvhd boxes (timescale 1000) giving its length."""
    ftyp = struct.pack(">I", 24) + b"ftypmp42" + struct.pack(">I", 0) + b"mp42isom"
    mvhd_body = bytes(4) + struct.pack(">IIII", 0, 0, 1000, int(seconds * 1000)) + bytes(80)
    mvhd = struct.pack(">I", 8 + len(mvhd_body)) + b"mvhd" + mvhd_body
    moov = struct.pack(">I", 8 + len(mvhd)) + b"moov" + mvhd
    return ftyp + moov


def pdf(title: str) -> bytes:
    """A one-page PDF with ``title`` (hand-written objects; any PDF reader opens it)."""
    text = title.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = f"BT /F1 24 Tf 72 720 Td ({text}) Tj ET".encode("latin-1", "replace")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer << /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _box(kind: bytes, *parts: bytes) -> bytes:
    body = b"".join(parts)
    return struct.pack(">I", 8 + len(body)) + kind + body


def _full(kind: bytes, flags: int, *parts: bytes) -> bytes:
    return _box(kind, struct.pack(">I", flags), *parts)


def movie(frames: list[tuple[bytes, int]], width: int, height: int) -> bytes:
    """A playable MP4 (ISO base media file) of uncompressed RGB frames: ``frames`` is (``width`` x ``height`` x 3
    bytes of RGB, how long it shows in milliseconds). Every FFmpeg (Qt Multimedia's backend) decodes it
    without an encoder on the machine that made it; ``width`` a multiple of 4 keeps the rows unpadded."""
    assert width % 4 == 0 and all(len(f) == width * height * 3 for f, _ in frames)
    total = sum(ms for _, ms in frames)
    matrix = struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)
    entry = (bytes(6) + struct.pack(">H", 1) + bytes(16) + struct.pack(">HHIIIH", width, height, 0x480000,
                                                                        0x480000, 0, 1)
             + bytes(32) + struct.pack(">Hh", 24, -1))
    stsd = _full(b"stsd", 0, struct.pack(">I", 1), _box(b"raw ", entry))
    runs: list[list[int]] = []
    for _, ms in frames:  # stts: runs of equal durations
        if runs and runs[-1][1] == ms:
            runs[-1][0] += 1
        else:
            runs.append([1, ms])
    stts = _full(b"stts", 0, struct.pack(">I", len(runs)), *(struct.pack(">II", n, ms) for n, ms in runs))
    stsc = _full(b"stsc", 0, struct.pack(">IIII", 1, 1, len(frames), 1))
    stsz = _full(b"stsz", 0, struct.pack(">II", width * height * 3, len(frames)))

    def moov(offset: int) -> bytes:
        stbl = _box(b"stbl", stsd, stts, stsc, stsz, _full(b"stco", 0, struct.pack(">II", 1, offset)))
        minf = _box(b"minf", _full(b"vmhd", 1, bytes(8)),
                    _box(b"dinf", _full(b"dref", 0, struct.pack(">I", 1), _full(b"url ", 1))), stbl)
        mdia = _box(b"mdia", _full(b"mdhd", 0, struct.pack(">IIIIHH", 0, 0, 1000, total, 0x55C4, 0)),
                    _full(b"hdlr", 0, bytes(4), b"vide", bytes(12), b"Klaros\0"), minf)
        tkhd = _full(b"tkhd", 7, struct.pack(">IIIII", 0, 0, 1, 0, total), bytes(8), struct.pack(">hhhh", 0, 0, 0, 0),
                     matrix, struct.pack(">II", width << 16, height << 16))
        mvhd = _full(b"mvhd", 0, struct.pack(">IIIIIH", 0, 0, 1000, total, 0x10000, 0x100), bytes(10), matrix,
                     bytes(24), struct.pack(">I", 2))
        return _box(b"moov", mvhd, _box(b"trak", tkhd, mdia))

    ftyp = _box(b"ftyp", b"isom", struct.pack(">I", 512), b"isomiso2mp41")
    head = len(ftyp) + len(moov(0)) + 8
    return ftyp + moov(head) + _box(b"mdat", *(f for f, _ in frames))


def solid_frame(width: int, height: int, colour: str) -> bytes:
    c = QColor(colour)
    return bytes((c.red(), c.green(), c.blue())) * (width * height)


def image_frame(image: QImage) -> bytes:
    """``image``'s pixels as the RGB rows ``movie`` takes."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    row = rgb.width() * 3
    bits = bytes(rgb.constBits())
    return b"".join(bits[y * rgb.bytesPerLine():y * rgb.bytesPerLine() + row] for y in range(rgb.height()))


def clip(seconds: float = 21.0, width: int = 320, height: int = 200, *, hue: int = 140) -> bytes:
    """The demo's video: half a second of black (as a phone's clip fades in), then two product photos held for
    the rest; a real, playable MP4 of three frames (``movie``), small enough to seed into every demo profile."""
    black = QImage(width, height, QImage.Format.Format_RGB32)
    black.fill(QColor("#000000"))
    rest = max(2, int(seconds * 1000) - 500)
    frames = [(image_frame(black), 500)]
    for step, shown in ((0, rest // 2), (40, rest - rest // 2)):
        frames.append((image_frame(QImage.fromData(photo(width, height, hue=hue + step, label="", fmt="PNG"))), shown))
    return movie(frames, width, height)
