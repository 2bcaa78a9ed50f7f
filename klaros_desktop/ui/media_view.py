"""Showing a message's file: thumbnails made off the UI thread and cached, the photo viewer (zoom, save as),
voice messages and audio played in the bubble, and Open / Save as… for videos and documents.

``MediaLibrary`` (one per window) makes each thumbnail once, on its own small thread pool, from the kept file
with ``QImageReader`` scaled while decoding, saves it as ``media/thumbs/<id>.jpg`` (``.png`` when it has
see-through parts, as stickers do) and keeps the recent ones in memory; the bubble delegate asks it on paint
and gets ``None`` until ``updated`` fires, so painting never waits on disk. Durations of audio and video come
from the file's header (``services.media.probe``) on the same pool.

Playback: Qt Multimedia ships in PySide6-Addons, not in PySide6-Essentials, which Klaros depends on; with
Addons installed (``pip install klaros[player]``, and always in the bundle: ``build.spec``) voice messages play
inside the bubble with their progress, a video's tile shows a poster frame (``_PosterMaker``: a second in, or
the first frame of a shorter clip, decoded by Qt Multimedia's FFmpeg backend and kept as ``thumbs/<id>.jpg``
like a photo's thumbnail) and a click plays it in ``VideoViewer``. Without it the tile stays dark with the
length and a play mark, and Play hands the file to the computer's own player.
"""

from __future__ import annotations

import functools
import logging
import shutil
import weakref
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QSize, Qt, QThread, QThreadPool, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QImage,
    QImageIOHandler,
    QImageReader,
    QKeySequence,
    QPainter,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from klaros_desktop.services.media import probe, storage

log = logging.getLogger(__name__)

THUMB_SIZE = QSize(480, 300)  # twice the bubble's tile: sharp on high-DPI screens
STICKER_SIZE = QSize(300, 300)  # stickers keep their whole shape (fitted, not cropped)
TILE_SIZE = QSize(240, 150)  # the bubble's photo tile (``delegates.BubbleDelegate.TILE_W`` x ``TILE_H``)
CACHE_BYTES = 16 * 1024 * 1024  # tile pixmaps kept: ~115 tiles on a normal screen, ~29 at 200 %: screens of a chat
MAX_QUEUED = 24  # thumbnails waiting for the worker; older asks (rows scrolled past) are dropped
JPEG_QUALITY = 85  # a photo's thumbnail: no visible loss at the tile's size, a tenth of a PNG
POSTER_AT_MS = 1000  # a video's poster: a second in, past a fade from black; a shorter clip's first frame
POSTER_TIMEOUT_MS = 15000  # a video whose frame does not come by then keeps the dark tile


def cover(image: QImage, size: QSize) -> QImage:
    """``image`` scaled to fill ``size`` and cropped to it (centre), as the bubble's tile shows photos."""
    if image.isNull():
        return image
    scaled = image.scaled(size, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                          Qt.TransformationMode.SmoothTransformation)
    x = max(0, (scaled.width() - size.width()) // 2)
    y = max(0, (scaled.height() - size.height()) // 2)
    return scaled.copy(x, y, min(size.width(), scaled.width()), min(size.height(), scaled.height()))


def fit(image: QImage, size: QSize) -> QImage:
    """``image`` scaled to fit inside ``size`` and centred on a transparent square of that size."""
    scaled = image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    canvas = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    canvas.fill(Qt.GlobalColor.transparent)
    from PySide6.QtGui import QPainter

    painter = QPainter(canvas)
    painter.drawImage((size.width() - scaled.width()) // 2, (size.height() - scaled.height()) // 2, scaled)
    painter.end()
    return canvas


def cover_size(full: QSize, size: QSize) -> QSize:
    """The smallest size with ``full``'s shape that covers ``size`` (never larger than ``full`` itself)."""
    if not full.isValid() or full.isEmpty():
        return QSize()
    scale = min(1.0, max(size.width() / full.width(), size.height() / full.height()))
    return QSize(max(1, round(full.width() * scale)), max(1, round(full.height() * scale)))


def read_scaled(source: Path, size: QSize, *, whole: bool = False) -> QImage:
    """``source`` decoded straight to the size the thumbnail needs, never at the photo's own size.

    A phone photo is 12 megapixels, 48 MB once decoded; ``QImageReader.setScaledSize`` lets the JPEG decoder
    produce 1/2, 1/4 or 1/8 of it in its DCT and hand back only the small picture, several times faster too.
    ``whole``: fit inside ``size`` (stickers) instead of covering it (photo tiles). A file whose size cannot be
    read first is not decoded at all: it could be any size.
    """
    reader = QImageReader(str(source))
    reader.setAutoTransform(True)
    full = reader.size()
    if not full.isValid() or full.isEmpty():
        return QImage()
    if reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90:
        size = size.transposed()  # the size read and the scaled size are the file's, before an EXIF rotation
    target = full.scaled(size, Qt.AspectRatioMode.KeepAspectRatio).boundedTo(full) if whole else \
        cover_size(full, size)
    if target != full:
        reader.setScaledSize(target)
    return reader.read()


def has_transparency(image: QImage) -> bool:
    """Whether any pixel of ``image`` is not fully opaque (an alpha channel alone says nothing: a decoded PNG
    screenshot has one with every pixel at 255)."""
    if not image.hasAlphaChannel():
        return False
    alpha = image.convertToFormat(QImage.Format.Format_Alpha8)
    rows = bytes(alpha.constBits())
    width, stride = alpha.width(), alpha.bytesPerLine()
    return any(rows[y * stride:y * stride + width].count(255) != width for y in range(alpha.height()))


def save_thumbnail(thumb: QImage, target: Path) -> Path | None:
    """Save ``thumb`` beside ``target``'s name as a JPEG, or as a PNG if it has see-through parts: a sticker
    or a logo on the bubble (their colour differs between light and dark, so a JPEG cannot flatten onto it).
    Written through a ``.part`` file, so a stop never leaves half a thumbnail under the real name."""
    transparent = has_transparency(thumb)
    final = target.with_suffix(storage.THUMB_PNG if transparent else storage.THUMB_JPEG)
    final.parent.mkdir(parents=True, exist_ok=True)
    partial = final.with_name(final.name + ".part")
    if transparent:  # flat-coloured art compresses well; middling zlib effort keeps it quick
        saved = thumb.save(str(partial), "PNG", 50)
    else:
        saved = thumb.convertToFormat(QImage.Format.Format_RGB32).save(str(partial), "JPG", JPEG_QUALITY)
    if not saved:
        partial.unlink(missing_ok=True)
        return None
    partial.replace(final)
    return final


def make_thumbnail(source: Path, target: Path, size: QSize = THUMB_SIZE, *, whole: bool = False) -> QImage:
    """The thumbnail kept under ``target``'s name (``.jpg`` or ``.png``, whichever exists) if it was made before,
    else ``source`` decoded scaled down while reading and saved there (``save_thumbnail`` picks the suffix).

    Older versions saved every thumbnail as an uncompressed PNG; one without see-through parts is saved again
    as a JPEG when read, and the PNG removed, so a profile's thumbnails shrink as its chats are looked at."""
    for suffix in storage.THUMB_SUFFIXES:
        kept = target.with_suffix(suffix)
        if not kept.is_file():
            continue
        cached = QImage(str(kept))
        if cached.isNull():
            continue
        if suffix == storage.THUMB_PNG and not has_transparency(cached) and save_thumbnail(cached, target):
            kept.unlink(missing_ok=True)
        return cached
    image = read_scaled(source, size, whole=whole)
    if image.isNull():
        return image
    thumb = fit(image, size) if whole else cover(image, size).convertToFormat(
        QImage.Format.Format_ARGB32_Premultiplied)
    del image
    save_thumbnail(thumb, target)
    return thumb


class _Signals(QObject):
    thumb = Signal(int, QImage)
    duration = Signal(int, float)
    poster_needed = Signal(int, str)  # file id, the video's path: no poster kept yet, decode one


class _ThumbJob(QRunnable):
    """Everything on the worker: finding the file, decoding, the cached thumbnail, scaling to the tile's pixels; the
    UI thread only wraps the result in a pixmap."""

    def __init__(self, signals: _Signals, file_id: int, root: Path, relative: str, whole: bool, ratio: float,
                 stale: set[int], video: bool = False):
        super().__init__()
        self.signals, self.file_id, self.root, self.relative = signals, file_id, root, relative
        self.whole, self.ratio, self.stale, self.video = whole, ratio, stale, video

    def run(self) -> None:
        if self.file_id in self.stale:  # scrolled past before its turn came: asked again if shown again
            return
        image = QImage()
        try:
            source = storage.inside(self.root, self.relative)
            if source is not None and source.is_file():
                target = self.root / storage.thumb_relative(self.file_id)  # or its .png: make_thumbnail
                if self.video:
                    made = _kept_thumbnail(target)
                    if made.isNull():  # the poster is decoded by Qt Multimedia, whose player lives on the UI thread
                        self.signals.poster_needed.emit(self.file_id, str(source))
                        return
                else:
                    made = make_thumbnail(source, target, STICKER_SIZE if self.whole else THUMB_SIZE,
                                          whole=self.whole)
                if not made.isNull():
                    image = _tile_image(made, self.whole, self.ratio)
        except Exception:  # a broken file: the tile keeps its icon
            log.exception("thumbnail failed")
        self.signals.thumb.emit(self.file_id, image)


def _tile_image(made: QImage, whole: bool, ratio: float) -> QImage:
    tile = QSize(TILE_SIZE.height(), TILE_SIZE.height()) if whole else TILE_SIZE
    return made.scaled(tile * ratio, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)


def _kept_thumbnail(target: Path) -> QImage:
    for suffix in storage.THUMB_SUFFIXES:
        kept = target.with_suffix(suffix)
        if kept.is_file():
            image = QImage(str(kept))
            if not image.isNull():
                return image
    return QImage()


class _PosterJob(QRunnable):
    """A decoded video frame made into the tile's poster on the worker: converted, cropped to the thumbnail's
    shape, saved as ``thumbs/<id>.jpg`` (so the next start reads it instead of decoding the video) and scaled."""

    def __init__(self, signals: _Signals, file_id: int, frame, target: Path, ratio: float):
        super().__init__()
        self.signals, self.file_id, self.frame, self.target, self.ratio = signals, file_id, frame, target, ratio

    def run(self) -> None:
        image = QImage()
        try:
            decoded = self.frame.toImage()
            self.frame = None  # the decoded picture's memory goes back now, not when the job object does
            if not decoded.isNull():
                poster = cover(decoded, THUMB_SIZE).convertToFormat(QImage.Format.Format_RGB32)  # a JPEG, always
                del decoded
                save_thumbnail(poster, self.target)
                image = _tile_image(poster, False, self.ratio)
        except Exception:
            log.exception("video poster failed")
        self.signals.thumb.emit(self.file_id, image)


class _PosterMaker(QObject):
    """Decodes one frame of one video at a time with a silent ``QMediaPlayer`` into a ``QVideoSink``, on the UI
    thread's event loop but without waiting on it: loading, seeking and decoding run on Qt Multimedia's own
    threads and arrive as signals. ``done(file_id, frame)``: the ``QVideoFrame``, or None when the file cannot
    be decoded (the tile stays dark)."""

    done = Signal(int, object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        from PySide6.QtMultimedia import QMediaPlayer, QVideoSink

        self._queue: OrderedDict[int, str] = OrderedDict()
        self._current: int | None = None
        self._target_us: int | None = None
        self._player = QMediaPlayer(self)
        self._sink = QVideoSink(self)
        self._player.setVideoSink(self._sink)
        self._player.mediaStatusChanged.connect(self._status)
        self._player.errorOccurred.connect(lambda *_a: self._finish(None))
        self._sink.videoFrameChanged.connect(self._frame)
        self._give_up = QTimer(self, singleShot=True, interval=POSTER_TIMEOUT_MS)
        self._give_up.timeout.connect(lambda: self._finish(None))

    def ask(self, file_id: int, path: str) -> None:
        if file_id != self._current:
            self._queue[file_id] = path
        self._next()

    def busy(self) -> bool:
        return self._current is not None or bool(self._queue)

    def _next(self) -> None:
        if self._current is not None:
            return
        if not self._queue:
            self._player.setSource(QUrl())  # lets go of the last file (Windows could not delete it otherwise)
            return
        self._current, path = self._queue.popitem(last=False)
        self._target_us = None
        self._give_up.start()
        self._player.setSource(QUrl.fromLocalFile(path))

    def _status(self, status) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if self._current is None:
            return
        if status == QMediaPlayer.MediaStatus.LoadedMedia and self._target_us is None:
            if not self._player.hasVideo():  # a header with a length and no picture stream
                self._finish(None)
                return
            at = POSTER_AT_MS if self._player.duration() >= 2 * POSTER_AT_MS else 0
            self._target_us = at * 1000
            if at:
                self._player.setPosition(at)
            self._player.pause()  # paused, the backend decodes the frame at the position and shows it
        elif status == QMediaPlayer.MediaStatus.InvalidMedia:
            self._finish(None)

    def _frame(self, frame) -> None:
        if self._current is None or self._target_us is None or not frame.isValid():
            return
        if 0 <= frame.endTime() <= self._target_us and self._target_us:  # one that ended before the position
            return
        self._finish(frame)

    def _finish(self, frame) -> None:
        if self._current is None:
            return
        file_id, self._current = self._current, None
        self._give_up.stop()
        self._player.stop()
        self.done.emit(file_id, frame)
        QTimer.singleShot(0, self, self._next)  # not inside the player's own signal


class _DurationJob(QRunnable):
    def __init__(self, signals: _Signals, file_id: int, root: Path, relative: str):
        super().__init__()
        self.signals, self.file_id, self.root, self.relative = signals, file_id, root, relative

    def run(self) -> None:
        source = storage.inside(self.root, self.relative)
        seconds = probe.duration_seconds(source) if source is not None else None
        self.signals.duration.emit(self.file_id, seconds or -1.0)


def _cost(pixmap: QPixmap) -> int:
    return pixmap.width() * pixmap.height() * max(1, pixmap.depth() // 8)


_LIBRARIES: weakref.WeakSet = weakref.WeakSet()


def wait_all(msecs: int = 30000) -> None:
    """Wait until every library made its pending thumbnails (the screenshots, before they grab a window)."""
    import shiboken6

    for library in list(_LIBRARIES):
        if shiboken6.isValid(library):  # a closed window's library: its Python side may outlive it until a gc
            library.wait(msecs)


class MediaLibrary(QObject):
    """Thumbnails and durations for the bubbles (see the module docstring). ``updated(file_id)``: repaint."""

    updated = Signal(int)

    def __init__(self, media_root: Path, parent: QObject | None = None, *, threads: int = 1):
        super().__init__(parent)
        _LIBRARIES.add(self)
        self.media_root = Path(media_root)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        # below the UI thread: on a busy two-core PC decoding photos must not take the UI's turn
        self.pool.setThreadPriority(QThread.Priority.LowestPriority)
        self._signals = _Signals(self)
        self._signals.thumb.connect(self._thumb_ready)
        self._signals.duration.connect(self._duration_ready)
        self._signals.poster_needed.connect(self._make_poster)
        self._posters: _PosterMaker | None = None  # made at the first video without a kept poster
        self._thumbs: OrderedDict[int, QPixmap] = OrderedDict()  # scaled to the tile once: painting is a copy
        self._bytes = 0  # of the pixmaps in ``_thumbs``
        self._durations: dict[int, float] = {}
        self._asked: set[int] = set()
        self._queued: OrderedDict[int, None] = OrderedDict()  # asked, oldest first
        self._stale: set[int] = set()  # dropped asks the worker skips (read there; set membership is atomic)
        self._asked_duration: set[int] = set()
        self.max_queued = MAX_QUEUED  # a caller making thumbnails in bulk (the benchmark) raises it
        self.failed: set[int] = set()
        from PySide6.QtGui import QGuiApplication

        screen = QGuiApplication.primaryScreen()
        self.ratio = screen.devicePixelRatio() if screen is not None else 1.0

    def path(self, relative: str | None) -> Path | None:
        if not relative:
            return None
        found = storage.inside(self.media_root, relative)
        return found if found is not None and found.is_file() else None

    def thumbnail(self, file_id: int | None, relative: str | None, *, whole: bool = False,
                  video: bool = False) -> QPixmap | None:
        """The tile's picture if made; else None, and it is made in the background (``updated`` follows).
        ``video``: the poster frame, made only when Qt Multimedia is there to decode it."""
        if file_id is None or (video and not multimedia_available()):
            return None
        image = self._thumbs.get(file_id)
        if image is not None:
            self._thumbs.move_to_end(file_id)
            return image
        if relative and file_id not in self._asked and file_id not in self.failed:  # no disk access here
            self._asked.add(file_id)
            self._stale.discard(file_id)
            self._queued[file_id] = None
            while len(self._queued) > self.max_queued:  # fast scrolling: rows long scrolled past are not made now
                dropped = self._queued.popitem(last=False)[0]
                self._stale.add(dropped)
                self._asked.discard(dropped)
            self.pool.start(_ThumbJob(self._signals, file_id, self.media_root, relative, whole, self.ratio,
                                      self._stale, video))
        return None

    def held(self) -> tuple[int, int]:
        """(pixmaps, bytes) in the memory cache."""
        return len(self._thumbs), self._bytes

    def duration(self, file_id: int | None, relative: str | None) -> float | None:
        if file_id is None:
            return None
        known = self._durations.get(file_id)
        if known is not None:
            return known if known >= 0 else None
        if relative and file_id not in self._asked_duration:
            self._asked_duration.add(file_id)
            self.pool.start(_DurationJob(self._signals, file_id, self.media_root, relative))
        return None

    def _thumb_ready(self, file_id: int, image: QImage) -> None:
        self._asked.discard(file_id)
        self._queued.pop(file_id, None)
        if image.isNull():
            self.failed.add(file_id)
        else:
            pixmap = QPixmap.fromImage(image)  # already the tile's pixels (made on the worker)
            pixmap.setDevicePixelRatio(self.ratio)
            old = self._thumbs.pop(file_id, None)
            if old is not None:
                self._bytes -= _cost(old)
            self._thumbs[file_id] = pixmap
            self._bytes += _cost(pixmap)
            while self._bytes > CACHE_BYTES and len(self._thumbs) > 1:  # least recently painted first
                self._bytes -= _cost(self._thumbs.popitem(last=False)[1])
        self.updated.emit(file_id)

    def _make_poster(self, file_id: int, path: str) -> None:
        if self._posters is None:
            self._posters = _PosterMaker(self)
            self._posters.done.connect(self._poster_decoded)
        self._posters.ask(file_id, path)

    def _poster_decoded(self, file_id: int, frame) -> None:
        if frame is None:
            self._thumb_ready(file_id, QImage())
            return
        target = self.media_root / storage.thumb_relative(file_id)
        self.pool.start(_PosterJob(self._signals, file_id, frame, target, self.ratio))

    def _duration_ready(self, file_id: int, seconds: float) -> None:
        self._durations[file_id] = seconds
        self.updated.emit(file_id)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the pool is idle and every poster asked for is decoded (tests, the benchmark and the
        screenshots)."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop

        deadline = QDeadlineTimer(msecs)
        while True:
            if not self.pool.waitForDone(max(0, deadline.remainingTime())):
                return False
            if self._posters is None or not self._posters.busy():
                QCoreApplication.sendPostedEvents()  # the finished jobs' signals
                if self.pool.activeThreadCount() == 0 and (self._posters is None or not self._posters.busy()):
                    return True
            if deadline.hasExpired():
                return False
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)


# ---------------------------------------------------------------- opening, saving
def open_file(path: Path) -> bool:
    """Hand the file to the computer's own program for it (a video player, a PDF reader)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def save_as(parent: QWidget, path: Path, suggested: str | None) -> Path | None:
    """Ask where, then copy the kept file there (the sender's name is only the suggestion)."""
    name = Path(suggested).name if suggested else path.name
    target, _ = QFileDialog.getSaveFileName(parent, parent.tr("Save as"), str(Path.home() / name))
    if not target:
        return None
    shutil.copyfile(path, target)
    return Path(target)


class ImageViewer(QDialog):
    """A photo or sticker at full size: zoom with the buttons, Ctrl + wheel, Ctrl +/-; Fit; Save as…."""

    STEPS = (0.1, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0, 8.0)

    def __init__(self, path: Path, suggested_name: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Photo"))
        self.path, self.suggested = path, suggested_name
        self.resize(900, 680)
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)
        self.image = reader.read()
        self.zoom = 1.0
        self.auto_fit = True  # follows the window's size until the shop owner zooms
        layout = QVBoxLayout(self)
        self.area = QScrollArea(self)
        self.area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.area.setWidgetResizable(False)
        self.label = QLabel(self.area)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.area.setWidget(self.label)
        layout.addWidget(self.area, 1)
        bar = QHBoxLayout()
        self.zoom_out = QPushButton(self.tr("Zoom out"), self)
        self.zoom_in = QPushButton(self.tr("Zoom in"), self)
        self.fit_button = QPushButton(self.tr("Fit"), self)
        self.actual = QPushButton(self.tr("100 %"), self)
        self.level = QLabel(self)
        self.save_button = QPushButton(self.tr("Save as…"), self)
        for w in (self.zoom_out, self.zoom_in, self.fit_button, self.actual, self.level):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        layout.addLayout(bar)
        for button in (self.zoom_out, self.zoom_in, self.fit_button, self.actual, self.save_button):
            button.setAutoDefault(False)
        self.zoom_in.clicked.connect(lambda: self.step(+1))
        self.zoom_out.clicked.connect(lambda: self.step(-1))
        self.fit_button.clicked.connect(self.fit)
        self.actual.clicked.connect(lambda: self.set_zoom(1.0, manual=True))
        self.save_button.clicked.connect(lambda: save_as(self, self.path, self.suggested))
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self.step(+1))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self.step(-1))
        if self.image.isNull():
            self.label.setText(self.tr("This picture cannot be shown."))
        self.fit()

    def fit(self) -> None:
        if self.image.isNull():
            return
        self.auto_fit = True
        room = self.area.size() - QSize(12, 12)
        scale = min(room.width() / max(1, self.image.width()), room.height() / max(1, self.image.height()), 1.0)
        self.set_zoom(scale)

    def step(self, direction: int) -> None:
        bigger = [s for s in self.STEPS if s > self.zoom + 1e-6]
        smaller = [s for s in self.STEPS if s < self.zoom - 1e-6]
        if direction > 0 and bigger:
            self.set_zoom(bigger[0], manual=True)
        elif direction < 0 and smaller:
            self.set_zoom(smaller[-1], manual=True)

    def set_zoom(self, zoom: float, *, manual: bool = False) -> None:
        if self.image.isNull():
            return
        if manual:
            self.auto_fit = False
        self.zoom = zoom
        size = self.image.size() * zoom
        self.label.setPixmap(QPixmap.fromImage(self.image.scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)))
        self.label.resize(self.label.pixmap().size())
        self.level.setText(f"{round(zoom * 100)} %")

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.step(1 if event.angleDelta().y() > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.auto_fit:
            self.fit()


@functools.cache
def multimedia_available() -> bool:
    """Whether Qt Multimedia loads (asked once: the bubbles ask on every paint, and a failed import is retried
    by Python each time)."""
    try:
        from PySide6 import QtMultimedia  # noqa: F401  (PySide6-Addons)
    except ImportError:
        return False
    return True


class AudioPlayer(QObject):
    """One voice message or audio file playing at a time, inside its bubble (Qt Multimedia when installed,
    else the computer's player). ``changed(file_id)``: repaint that bubble's progress."""

    changed = Signal(int)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.file_id: int | None = None
        self.position = 0.0  # seconds
        self.length = 0.0
        self.playing = False
        self._player = None
        self._output = None

    def progress(self, file_id: int | None) -> float | None:
        """0..1 for the file playing (or paused) now; None for any other."""
        if file_id is None or file_id != self.file_id or not self.length:
            return None
        return max(0.0, min(1.0, self.position / self.length))

    def toggle(self, file_id: int, path: Path) -> None:
        if not multimedia_available():
            open_file(path)
            return
        from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

        if self._player is None:
            self._player = QMediaPlayer(self)
            self._output = QAudioOutput(self)
            self._player.setAudioOutput(self._output)
            self._player.positionChanged.connect(self._moved)
            self._player.durationChanged.connect(self._length)
            self._player.playbackStateChanged.connect(self._state)
        if self.file_id == file_id and self.playing:
            self._player.pause()
            return
        if self.file_id != file_id:
            self.file_id, self.position, self.length = file_id, 0.0, 0.0
            self._player.setSource(QUrl.fromLocalFile(str(path)))
        self._player.play()

    def _moved(self, ms: int) -> None:
        self.position = ms / 1000
        if self.file_id is not None:
            self.changed.emit(self.file_id)

    def _length(self, ms: int) -> None:
        self.length = ms / 1000

    def _state(self, state) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        self.playing = state == QMediaPlayer.PlaybackState.PlayingState
        if self.file_id is not None:
            self.changed.emit(self.file_id)


class VideoScreen(QWidget):
    """The newest frame of ``sink`` fitted on black. Painted by the widget itself (not ``QVideoWidget``, whose
    native child window a window grab cannot see and which needs the QtMultimediaWidgets module too)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        from PySide6.QtMultimedia import QVideoSink

        self.frame_image: QImage | None = None
        self.sink = QVideoSink(self)
        self.sink.videoFrameChanged.connect(self._frame)
        self.setMinimumSize(320, 180)

    def _frame(self, frame) -> None:
        if frame.isValid():
            self.frame_image = frame.toImage()
            self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#000000"))
        if self.frame_image is not None and not self.frame_image.isNull():
            size = self.frame_image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
            x, y = (self.width() - size.width()) // 2, (self.height() - size.height()) // 2
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(self.rect().adjusted(x, y, -x, -y), self.frame_image)
        painter.end()


class VideoViewer(QDialog):
    """A video played in Klaros: the picture, Play/Pause, a position slider, where it is and how long it lasts;
    "Open in your video player" and "Save as…" as before. Starts playing when opened."""

    def __init__(self, path: Path, suggested_name: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

        self.setWindowTitle(self.tr("Video"))
        self.path, self.suggested = path, suggested_name
        self.resize(820, 560)
        layout = QVBoxLayout(self)
        self.screen_widget = VideoScreen(self)
        layout.addWidget(self.screen_widget, 1)
        controls = QHBoxLayout()
        self.play_button = QPushButton(self.tr("Pause"), self)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, 0)
        self.time_label = QLabel("0:00 / 0:00", self)
        for widget, stretch in ((self.play_button, 0), (self.slider, 1), (self.time_label, 0)):
            controls.addWidget(widget, stretch)
        layout.addLayout(controls)
        bar = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open in your video player"), self)
        self.save_button = QPushButton(self.tr("Save as…"), self)
        bar.addWidget(self.open_button)
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        layout.addLayout(bar)
        for button in (self.play_button, self.open_button, self.save_button):
            button.setAutoDefault(False)
        self.player = QMediaPlayer(self)
        self.audio = QAudioOutput(self)
        self.player.setAudioOutput(self.audio)
        self.player.setVideoSink(self.screen_widget.sink)
        self.player.durationChanged.connect(self._length)
        self.player.positionChanged.connect(self._moved)
        self.player.playbackStateChanged.connect(self._state)
        self.player.errorOccurred.connect(self._failed)
        self.play_button.clicked.connect(self.toggle)
        self.slider.sliderMoved.connect(self.player.setPosition)
        self.open_button.clicked.connect(self._open_outside)
        self.save_button.clicked.connect(lambda: save_as(self, self.path, self.suggested))
        QShortcut(QKeySequence(Qt.Key.Key_Space), self, self.toggle)
        self.player.setSource(QUrl.fromLocalFile(str(path)))
        self.player.play()

    def toggle(self) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
            return
        if self.player.mediaStatus() == QMediaPlayer.MediaStatus.EndOfMedia:
            self.player.setPosition(0)
        self.player.play()

    def _length(self, ms: int) -> None:
        self.slider.setRange(0, ms)
        self._show_time()

    def _moved(self, ms: int) -> None:
        if not self.slider.isSliderDown():
            self.slider.setValue(ms)
        self._show_time()

    def _show_time(self) -> None:
        self.time_label.setText(f"{probe.clock(self.player.position() / 1000)} / "
                                f"{probe.clock(self.player.duration() / 1000)}")

    def _state(self, state) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        playing = state == QMediaPlayer.PlaybackState.PlayingState
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))

    def _failed(self, _error, message: str) -> None:
        log.warning("video playback failed: %s", message)
        self.time_label.setText(self.tr("This video cannot be played here."))

    def _open_outside(self) -> None:
        self.player.pause()
        open_file(self.path)

    def done(self, result: int) -> None:
        self.player.stop()
        self.player.setSource(QUrl())  # lets go of the file
        super().done(result)

    def closeEvent(self, event) -> None:
        self.player.stop()
        self.player.setSource(QUrl())
        super().closeEvent(event)


class MediaActions(QObject):
    """What a click on a file in the thread does: a photo or sticker opens the viewer, a voice message plays
    in its bubble, a video plays in ``VideoViewer`` (in the computer's player without Qt Multimedia), a document
    offers Open and Save as…."""

    def __init__(self, view, library: MediaLibrary, player: AudioPlayer):
        super().__init__(view)
        self.view, self.library, self.player = view, library, player
        self.viewers: list[QDialog] = []

    def activate(self, row) -> None:
        info = row.media
        if info is None or info.state != "ready":
            return
        path = self.library.path(info.path)
        if path is None:
            return
        kind = row.media_kind or row.type
        if kind in ("image", "sticker") or (kind == "video" and multimedia_available()):
            if kind == "video" and self.player.playing:
                self.player.toggle(self.player.file_id, path)  # one sound at a time: the voice message pauses
            viewer = (VideoViewer if kind == "video" else ImageViewer)(path, info.filename, self.view.window())
            viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            viewer.destroyed.connect(lambda *_a, v=viewer: self.viewers.remove(v) if v in self.viewers else None)
            self.viewers.append(viewer)
            viewer.show()
        elif kind == "audio":
            self.player.toggle(info.file_id, path)
        elif kind == "video":
            open_file(path)
        else:
            from PySide6.QtGui import QCursor
            from PySide6.QtWidgets import QMenu

            menu = QMenu(self.view)
            menu.addAction(self.tr("Open"), lambda: open_file(path))
            menu.addAction(self.tr("Save as…"), lambda: save_as(self.view, path, info.filename))
            menu.exec(QCursor.pos())
            menu.deleteLater()


def install(view, media_root: Path, backend=None) -> MediaActions:
    """Give a thread view's bubble delegate its thumbnails, durations, player and the backend's upload progress,
    and handle clicks on files."""
    library = MediaLibrary(media_root, view)
    player = AudioPlayer(view)
    delegate = view.itemDelegate()
    delegate.library, delegate.player = library, player
    if backend is not None:
        delegate.uploads = backend.uploads
        backend.upload_progress.connect(lambda *_a: view.viewport().update())
    library.updated.connect(lambda _id: view.viewport().update())
    player.changed.connect(lambda _id: view.viewport().update())
    actions = MediaActions(view, library, player)
    delegate.media_clicked.connect(actions.activate)
    return actions
