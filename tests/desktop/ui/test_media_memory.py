"""Photos in a chat cost little memory: thumbnails decoded at the tile's size, never the photo's; a cache with a
byte budget; a broken file gets the placeholder tile."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter

from klaros_desktop.services.media import storage
from klaros_desktop.ui import media_view


def _photo(path: Path, width: int, height: int) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#c86432"))
    painter = QPainter(image)
    painter.fillRect(QRectF(width * .2, height * .2, width * .5, height * .5), QColor("#2050a0"))
    painter.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    assert image.save(str(path), "JPG", 80)
    return path


class _SpyReader(QImageReader):
    """``QImageReader`` that records the size of every image it decodes."""

    decoded: list[QSize] = []

    def read(self, *args):
        image = super().read(*args)
        _SpyReader.decoded.append(image.size())
        return image


@pytest.fixture
def spy(monkeypatch):
    _SpyReader.decoded = []
    monkeypatch.setattr(media_view, "QImageReader", _SpyReader)
    return _SpyReader.decoded


def test_a_phone_photo_is_never_decoded_at_its_own_size(qapp, tmp_path, spy):
    source = _photo(tmp_path / "media" / "in" / "big.jpg", 3000, 4000)
    thumb = media_view.make_thumbnail(source, tmp_path / "media" / "thumbs" / "1.png")
    assert thumb.size() == media_view.THUMB_SIZE
    assert spy, "the photo was decoded through QImageReader"
    largest = max(spy, key=lambda s: s.width() * s.height())
    # at most the size that covers the thumbnail (480x640 for a 3:4 photo), nothing near 3000x4000
    assert largest.width() * largest.height() <= 480 * 640, largest


def test_a_sticker_and_a_small_photo_are_read_no_larger_than_needed(qapp, tmp_path, spy):
    small = _photo(tmp_path / "small.jpg", 200, 120)
    thumb = media_view.make_thumbnail(small, tmp_path / "t" / "small.png")
    assert thumb.size() == media_view.THUMB_SIZE  # scaled up after decoding, never decoded bigger
    assert spy[-1] == QSize(200, 120)
    sticker = _photo(tmp_path / "sticker.jpg", 1024, 1024)
    media_view.make_thumbnail(sticker, tmp_path / "t" / "sticker.png", media_view.STICKER_SIZE, whole=True)
    assert spy[-1] == media_view.STICKER_SIZE


def test_the_thumbnail_cache_is_bounded_by_bytes(qapp, qtbot, tmp_path, monkeypatch):
    root = tmp_path / "media"
    _photo(root / "in" / "p.jpg", 1200, 900)
    library = media_view.MediaLibrary(root)
    tile_bytes = media_view.TILE_SIZE.width() * media_view.TILE_SIZE.height() * 4 * library.ratio ** 2
    monkeypatch.setattr(media_view, "CACHE_BYTES", int(tile_bytes * 5.5))
    for file_id in range(1, 16):
        with qtbot.waitSignal(library.updated, timeout=20_000):
            assert library.thumbnail(file_id, "in/p.jpg") is None
        assert library.thumbnail(file_id, "in/p.jpg") is not None  # the newest is always held
    held, held_bytes = library.held()
    assert held == 5 and held_bytes <= media_view.CACHE_BYTES
    assert library.thumbnail(1, "in/p.jpg") is None  # the oldest were let go (made again from disk if shown)
    assert (root / storage.thumb_relative(1)).is_file()
    library.wait()


def test_asks_for_rows_scrolled_past_are_dropped_when_many_wait(qapp, qtbot, tmp_path):
    root = tmp_path / "media"
    _photo(root / "in" / "p.jpg", 800, 600)
    library = media_view.MediaLibrary(root)
    library.max_queued = 3
    made: list[int] = []
    library.updated.connect(made.append)
    for file_id in range(1, 11):
        library.thumbnail(file_id, "in/p.jpg")
    library.wait()
    qtbot.waitUntil(lambda: {8, 9, 10} <= set(made), timeout=20_000)
    dropped = sorted(set(range(1, 11)) - set(made))
    assert len(dropped) >= 5  # only the newest asks (and what the worker had already begun) were made
    assert not any((root / storage.thumb_relative(i)).exists() for i in dropped)
    # a dropped one is asked again when its row is painted again
    with qtbot.waitSignal(library.updated, timeout=20_000):
        assert library.thumbnail(dropped[0], "in/p.jpg") is None
    assert library.thumbnail(dropped[0], "in/p.jpg") is not None


@pytest.mark.parametrize("content", [b"not a picture at all", b"\xff\xd8\xff\xe0" + b"\x00" * 64, b""])
def test_a_broken_photo_shows_the_placeholder_without_raising(qapp, qtbot, tmp_path, content):
    root = tmp_path / "media"
    (root / "in").mkdir(parents=True)
    (root / "in" / "broken.jpg").write_bytes(content)
    assert media_view.make_thumbnail(root / "in" / "broken.jpg", root / "thumbs" / "9.png").isNull()
    library = media_view.MediaLibrary(root)
    with qtbot.waitSignal(library.updated, timeout=20_000):
        assert library.thumbnail(9, "in/broken.jpg") is None
    assert library.thumbnail(9, "in/broken.jpg") is None and 9 in library.failed
    assert not (root / storage.thumb_relative(9)).exists()
