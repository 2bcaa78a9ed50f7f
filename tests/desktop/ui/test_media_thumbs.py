"""Thumbnails on disk: photos as small JPEGs that still look like the photo, PNG only where a picture has
transparent parts (stickers, a logo), and the PNG thumbnails older versions made still shown."""

from __future__ import annotations

import math
import random
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

from klaros_desktop.demo import media_samples
from klaros_desktop.services.media import storage
from klaros_desktop.ui import media_view

JPEG_MAGIC = b"\xff\xd8\xff"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def _phone_photo(path: Path, width: int, height: int) -> Path:
    """A drawn scene under a camera's fine grain (brightness noise): detail a PNG cannot squeeze, as in a photo."""
    image = QImage.fromData(media_samples.photo(width, height, hue=30, fmt="PNG"))
    grain = QImage(random.Random(7).randbytes(256 * 256), 256, 256, QImage.Format.Format_Grayscale8).copy()
    painter = QPainter(image)
    painter.setOpacity(0.1)
    painter.drawTiledPixmap(QRectF(0, 0, width, height), QPixmap.fromImage(grain.scaled(256 * 6, 256 * 6)))
    painter.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    assert image.save(str(path), "JPG", 92)
    return path


def _psnr(a: QImage, b: QImage) -> float:
    """Peak signal-to-noise ratio of ``b`` against ``a`` in dB (RGB); above ~35 dB the eye sees no difference."""
    assert a.size() == b.size()
    first = bytes(a.convertToFormat(QImage.Format.Format_RGB888).constBits())
    second = bytes(b.convertToFormat(QImage.Format.Format_RGB888).constBits())
    squared = sum((x - y) ** 2 for x, y in zip(first, second, strict=True))
    return math.inf if not squared else 10 * math.log10(255 ** 2 * len(first) / squared)


def _logo(path: Path, *, transparent: bool) -> Path:
    """A shop's logo as a PNG: a round badge on a transparent ground (or on white)."""
    image = QImage(800, 600, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent if transparent else Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#2050a0"))
    painter.drawEllipse(QPointF(400, 300), 200, 200)
    painter.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    assert image.save(str(path), "PNG")
    return path


def test_a_phone_photo_thumbnail_is_a_small_jpeg_that_keeps_the_detail(qapp, tmp_path):
    source = _phone_photo(tmp_path / "in" / "big.jpg", 3000, 4000)
    thumbs = tmp_path / "thumbs"
    made = media_view.make_thumbnail(source, thumbs / "1.jpg")
    assert sorted(p.name for p in thumbs.iterdir()) == ["1.jpg"]  # no .part left, no PNG beside it
    data = (thumbs / "1.jpg").read_bytes()
    assert data.startswith(JPEG_MAGIC)
    assert len(data) < 60_000, len(data)  # a PNG of the same 480x300 pixels is several times this
    kept = QImage(str(thumbs / "1.jpg"))
    assert kept.size() == media_view.THUMB_SIZE and not kept.hasAlphaChannel()
    assert _psnr(made, kept) > 35  # the grain survives: the tile still looks sharp


def test_a_picture_with_transparent_parts_keeps_them_in_a_png(qapp, tmp_path):
    thumbs = tmp_path / "thumbs"
    media_view.make_thumbnail(_logo(tmp_path / "in" / "logo.png", transparent=True), thumbs / "2.jpg")
    assert not (thumbs / "2.jpg").exists()
    assert (thumbs / "2.png").read_bytes().startswith(PNG_MAGIC)
    kept = QImage(str(thumbs / "2.png"))
    assert kept.pixelColor(2, 2).alpha() == 0  # the corner stays see-through on the bubble
    assert kept.pixelColor(kept.width() // 2, kept.height() // 2) == QColor("#2050a0")

    # a PNG that has an alpha channel but nothing see-through (a screenshot) is a photo like any other
    media_view.make_thumbnail(_logo(tmp_path / "in" / "flat.png", transparent=False), thumbs / "3.jpg")
    assert (thumbs / "3.jpg").read_bytes().startswith(JPEG_MAGIC) and not (thumbs / "3.png").exists()

    # a sticker is fitted whole on a transparent square: PNG
    sticker = tmp_path / "in" / "sticker.webp"
    sticker.write_bytes(media_samples.sticker())
    made = media_view.make_thumbnail(sticker, thumbs / "4.jpg", media_view.STICKER_SIZE, whole=True)
    assert made.size() == media_view.STICKER_SIZE
    assert not (thumbs / "4.jpg").exists()
    assert QImage(str(thumbs / "4.png")).pixelColor(2, 2).alpha() == 0


def _old_thumbnail(path: Path, colour: str, *, transparent: bool = False) -> None:
    """A thumbnail as earlier versions saved every one: a PNG of premultiplied ARGB pixels."""
    image = QImage(media_view.THUMB_SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(colour))
    if transparent:
        painter = QPainter(image)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
        painter.fillRect(QRectF(0, 0, 40, 40), Qt.GlobalColor.transparent)
        painter.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    assert image.save(str(path), "PNG", 90)


def test_thumbnails_older_versions_made_are_still_shown_and_photos_become_jpegs(qapp, qtbot, tmp_path):
    root = tmp_path / "media"
    source = root / "in" / "p.jpg"
    source.parent.mkdir(parents=True)
    source.write_bytes(media_samples.solid_jpeg(800, 600, "#2050a0"))
    _old_thumbnail(root / "thumbs" / "7.png", "#20a050")
    _old_thumbnail(root / "thumbs" / "8.png", "#a02050", transparent=True)
    library = media_view.MediaLibrary(root)
    for file_id in (7, 8):
        with qtbot.waitSignal(library.updated, timeout=20_000):
            assert library.thumbnail(file_id, "in/p.jpg") is None
    shown = {file_id: library.thumbnail(file_id, "in/p.jpg").toImage() for file_id in (7, 8)}
    library.wait()
    middle = shown[7].pixelColor(shown[7].width() // 2, shown[7].height() // 2)
    assert (middle.red(), middle.green(), middle.blue()) == (0x20, 0xa0, 0x50)  # the kept one, not made again
    # the photo's old PNG is now a JPEG (a tenth of the disk); the one with see-through parts stays a PNG
    assert sorted(p.name for p in (root / "thumbs").iterdir()) == ["7.jpg", "8.png"]
    assert (root / "thumbs" / "7.jpg").read_bytes().startswith(JPEG_MAGIC)
    assert shown[8].pixelColor(1, 1).alpha() == 0
    assert storage.thumb_relatives(7) == ["thumbs/7.jpg", "thumbs/7.png"]
    assert QSize(shown[7].width(), shown[7].height()) == media_view.TILE_SIZE * library.ratio
