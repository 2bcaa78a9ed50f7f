"""Media on screen (pytest-qt): every inbound kind downloaded, checked and shown in its bubble (the photo's
thumbnail painted, the voice message's length, the document's name), a file Meta forgot says why, the viewer
zooms and saves, and the attach flow (button, drop, paste) checks limits, takes captions and sends through
the outbox."""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import itertools
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QStyleOptionViewItem
from sqlalchemy import select

from klaros_desktop.demo import media_samples
from klaros_desktop.models import Message, OutboxItem, utcnow
from klaros_desktop.services.media import kinds, storage
from klaros_desktop.services.media.downloads import MediaFetcher
from klaros_desktop.ui import media_view
from klaros_desktop.ui.inbox import InboxPage

_spec = importlib.util.spec_from_file_location("klaros_ui_conftest_media", Path(__file__).with_name("conftest.py"))
_conf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_conf)
WAIT_MS, envelope, FakeGraph = _conf.WAIT_MS, _conf.envelope, _conf.FakeGraph
WA = "4915112345678"
RED = "#d02020"


class MediaGraph(FakeGraph):
    """Meta's media endpoints as the fetcher and the send service use them, from an in-memory store."""

    def __init__(self):
        super().__init__()
        self.files: dict[str, tuple[bytes, str]] = {}
        self.forgotten: set[str] = set()
        self.uploads: list[tuple[str, str, int]] = []
        self._media_ids = itertools.count(1)

    def may_get_token(self, url):
        return url.startswith("https://lookaside.fbsbx.com/")

    async def media_info(self, media_id, *, correlation_id=None):
        if media_id in self.forgotten or media_id not in self.files:
            raise SimpleNamespaceError()
        return {"url": f"https://lookaside.fbsbx.com/?mid={media_id}", "mime_type": self.files[media_id][1]}

    async def fetch_url(self, url, *, correlation_id=None):
        data, mime = self.files[url.rsplit("=", 1)[1]]
        return data, mime

    async def upload_media(self, data, mime_type, filename, *, correlation_id=None, progress=None):
        self.uploads.append((filename, mime_type, len(data)))
        if progress is not None:
            progress(len(data) // 2, len(data))
            progress(len(data), len(data))
        media_id = f"up-{next(self._media_ids)}"
        self.files[media_id] = (data, mime_type)
        return media_id

    async def send_media(self, to, kind, *, media_id=None, caption=None, filename=None, correlation_id=None):
        self.sent.append(("media", to, kind, media_id, caption, filename))
        return SimpleNamespace(wamid=f"wamid.FAKE.M{next(self._ids)}", message_status=None)


class SimpleNamespaceError(Exception):
    """Meta's answer to GET /{media-id} for an id it no longer has (code 100)."""

    code = 100
    http_status = 400


@pytest.fixture
def graph():
    return MediaGraph()


SAMPLES = {
    "image": ("image/jpeg", lambda: media_samples.solid_jpeg(800, 600, RED), {}),
    "sticker": ("image/webp", media_samples.sticker, {}),
    "audio": ("audio/ogg; codecs=opus", lambda: media_samples.voice_note(7.4), {"voice": True}),
    "video": ("video/mp4", lambda: media_samples.video(12.5), {}),
    "document": ("application/pdf", lambda: media_samples.pdf("Preisliste"), {"filename": "Preisliste 2027.pdf"}),
}


def _receive(apply, graph, kind, when, *, wamid=None, data=None, mime=None):
    sample_mime, make, extra = SAMPLES[kind]
    mime = mime or sample_mime
    data = make() if data is None else data
    media_id = f"in-{kind}-{wamid or ''}"
    graph.files[media_id] = (data, mime)
    body = {"id": media_id, "mime_type": mime,
            "sha256": base64.b64encode(hashlib.sha256(data).digest()).decode(), **extra}
    wamid = wamid or f"wamid.{kind}"
    apply(envelope({"contacts": [{"profile": {"name": "Anna"}, "wa_id": WA}],
                    "messages": [{"from": WA, "id": wamid, "timestamp": str(int(when.timestamp())),
                                  "type": kind, kind: body}]}))
    return wamid, data


async def _download(sessions, profile, graph, clock=utcnow):
    fetcher = MediaFetcher(sessions, profile.media, graph, clock=clock)
    fetcher.discover()
    return await fetcher.drain()


def _open(qtbot, backend, sessions, *, composing: bool = False) -> InboxPage:
    from klaros_desktop.models import Conversation
    from klaros_desktop.ui.composer import TEXT

    page = InboxPage(backend)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    with sessions() as s:
        assert page.select_conversation(s.scalar(select(Conversation.id)))
    if composing:  # the composer has decided the window is open
        qtbot.waitUntil(lambda: page.composer.state.mode == TEXT, timeout=WAIT_MS)
    return page


def _row(page, wamid):
    for i, row in enumerate(page.messages.rows):
        if row.wamid == wamid:
            return i, row
    raise AssertionError(f"{wamid} is not in the thread")


def _option(page, i):
    option = QStyleOptionViewItem()
    option.rect = page.thread.visualRect(page.messages.index(i))
    option.font = page.thread.font()
    return option


async def test_every_inbound_kind_is_downloaded_checked_and_shown(qtbot, backend, graph, apply, sessions, profile,
                                                                 now):
    received = {kind: _receive(apply, graph, kind, now - timedelta(minutes=30 - i)) for i, kind in
                enumerate(SAMPLES)}
    report = await _download(sessions, profile, graph)
    assert (report.ready, report.unavailable) == (len(SAMPLES), 0)
    page = _open(qtbot, backend, sessions)
    delegate = page.thread.itemDelegate()
    library = delegate.library
    for wamid, _data in received.values():
        i, _ = _row(page, wamid)
        page.thread.scrollTo(page.messages.index(i))
    qtbot.waitUntil(lambda: len(library._thumbs) == 2 and len(library._durations) >= 2, timeout=WAIT_MS)
    for kind, (wamid, data) in received.items():
        i, row = _row(page, wamid)
        assert row.media.state == "ready"
        assert (profile.media / row.media.path).read_bytes() == data  # checked and kept
        if kind in ("image", "sticker"):
            # made once, cached: the photo's a JPEG, the sticker's a PNG (it has see-through parts)
            assert (profile.media / storage.thumb_relative(row.media.file_id, transparent=kind == "sticker")
                    ).is_file()
        if kind in ("audio", "video"):
            assert library.duration(row.media.file_id, row.media.path) == pytest.approx(
                7.4 if kind == "audio" else 12.5)
    # the photo's thumbnail is what the bubble paints: the tile's middle is the photo's red
    i, _ = _row(page, received["image"][0])
    page.thread.scrollTo(page.messages.index(i))
    qtbot.wait(50)
    rect = delegate.media_rect(page.messages.index(i), _option(page, i))
    shot = page.thread.viewport().grab().toImage()
    ratio = shot.devicePixelRatio()
    pixel = QColor(shot.pixel(int(rect.center().x() * ratio), int(rect.center().y() * ratio)))
    assert abs(pixel.red() - 0xd0) < 24 and pixel.green() < 60 and pixel.blue() < 60
    i, row = _row(page, received["document"][0])
    assert row.media.filename == "Preisliste 2027.pdf"


def _wav(seconds: float, rate: int = 8000) -> bytes:
    """A 440 Hz tone as 16-bit mono PCM in a WAV file, which Qt's FFmpeg backend plays as it is."""
    import io
    import math
    import struct
    import wave

    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(b"".join(struct.pack("<h", int(9000 * math.sin(2 * math.pi * 440 * i / rate)))
                               for i in range(int(seconds * rate))))
    return out.getvalue()


async def test_a_voice_message_plays_in_its_bubble_with_its_progress(qtbot, backend, graph, apply, sessions, profile,
                                                                    now):
    """Qt Multimedia (PySide6-Addons, in the test extra) offscreen: its FFmpeg backend finds no audio device here
    and plays on its own clock, so positions, pause and the end arrive as on a PC with speakers."""
    from PySide6.QtMultimedia import QMediaPlayer  # fails, not skips: the test extra installs PySide6-Addons

    from klaros_desktop.ui import theme

    assert media_view.multimedia_available()
    wamid, _data = _receive(apply, graph, "audio", now - timedelta(minutes=5), data=_wav(1.5), mime="audio/wav")
    await _download(sessions, profile, graph)
    page = _open(qtbot, backend, sessions)
    delegate = page.thread.itemDelegate()
    player = delegate.player
    i, row = _row(page, wamid)
    file_id = row.media.file_id
    rect = delegate.media_rect(page.messages.index(i), _option(page, i))
    bar = QPoint(int(rect.left() + 8 + 32 + 10 + 4), int(rect.center().y()))  # the progress bar's start

    def bar_colour() -> str:
        page.thread.viewport().repaint()
        return page.thread.viewport().grab().toImage().pixelColor(bar * page.devicePixelRatio()).name()

    accent = QColor(theme.colours().accent).name()
    assert player.progress(file_id) is None and bar_colour() != accent

    def click() -> None:
        qtbot.mouseClick(page.thread.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())

    def state_is(state):
        return lambda changed_id: changed_id == file_id and player._player.playbackState() == state

    # playing: the positions come in, the bubble fills its bar
    with qtbot.waitSignal(player.changed, timeout=WAIT_MS,
                          check_params_cb=lambda changed_id: changed_id == file_id and player.position >= 0.3):
        click()
    assert player.playing and 0 < player.progress(file_id) < 1
    assert player.length == pytest.approx(1.5, abs=0.05)
    assert bar_colour() == accent
    # a click pauses: the position stays
    paused = QMediaPlayer.PlaybackState.PausedState
    with qtbot.waitSignal(player.changed, timeout=WAIT_MS, check_params_cb=state_is(paused)):
        click()
    held = player.position
    assert not player.playing and held < 1.5
    # and the next one plays on to the end
    with qtbot.waitSignal(player._player.playbackStateChanged, timeout=WAIT_MS,
                          check_params_cb=lambda state: state == QMediaPlayer.PlaybackState.StoppedState):
        click()
    assert player._player.mediaStatus() == QMediaPlayer.MediaStatus.EndOfMedia
    assert not player.playing and player.position >= held and player.progress(file_id) == pytest.approx(1, abs=0.1)


async def test_offline_for_eight_days_shows_why_instead_of_a_spinner(qtbot, backend, graph, apply, sessions,
                                                                    profile, now):
    wamid, _ = _receive(apply, graph, "image", now - timedelta(days=8))
    graph.forgotten.add("in-image-")
    report = await _download(sessions, profile, graph)
    assert report.unavailable == 1
    page = _open(qtbot, backend, sessions)
    i, _ = _row(page, wamid)
    bubble = page.thread.itemDelegate().bubble(page.messages.index(i), _option(page, i))
    assert bubble.media_note.startswith("Meta no longer has this photo: Klaros was offline for more than 7 days.")


async def test_a_pending_file_says_downloading(qtbot, backend, graph, apply, sessions, profile, now):
    wamid, _ = _receive(apply, graph, "document", now - timedelta(minutes=1))
    page = _open(qtbot, backend, sessions)
    i, _ = _row(page, wamid)
    assert page.thread.itemDelegate().bubble(page.messages.index(i), _option(page, i)).media_note == "Downloading…"


async def test_clicking_a_photo_opens_the_viewer_which_zooms_and_saves(qtbot, backend, graph, apply, sessions,
                                                                       profile, now, tmp_path, monkeypatch):
    wamid, data = _receive(apply, graph, "image", now - timedelta(minutes=5))
    await _download(sessions, profile, graph)
    page = _open(qtbot, backend, sessions)
    i, _ = _row(page, wamid)
    rect = page.thread.itemDelegate().media_rect(page.messages.index(i), _option(page, i))
    qtbot.mouseClick(page.thread.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    qtbot.waitUntil(lambda: bool(page.media.viewers), timeout=WAIT_MS)
    viewer = page.media.viewers[0]
    before = viewer.zoom
    viewer.zoom_in.click()
    assert viewer.zoom > before and viewer.level.text().endswith("%")
    target = tmp_path / "saved.jpg"
    monkeypatch.setattr(media_view.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    viewer.save_button.click()
    assert target.read_bytes() == data
    viewer.close()


def test_attach_checks_limits_takes_captions_and_sends_through_the_outbox(qtbot, backend, graph, apply,
                                                                          sessions, profile, now, tmp_path,
                                                                          monkeypatch):
    apply(_conf.text_message(WA, "wamid.T", "Haben Sie Torten?", now - timedelta(minutes=5), "Anna"))
    page = _open(qtbot, backend, sessions, composing=True)
    cake, big, notes = tmp_path / "Torte.jpg", tmp_path / "Riesig.jpg", tmp_path / "gruss.ogg"
    cake.write_bytes(media_samples.photo(400, 300))
    big.write_bytes(b"\xff\xd8\xff" + b"\0" * (5 * kinds.MB + 1))
    notes.write_bytes(media_samples.voice_note(3))
    monkeypatch.setattr("klaros_desktop.ui.attachments.QFileDialog.getOpenFileNames",
                        lambda *a, **k: ([str(cake), str(big), str(notes)], ""))
    page.attachments.button.click()
    qtbot.waitUntil(lambda: page.attachments.dialog is not None and page.attachments.dialog.isVisible(),
                    timeout=WAIT_MS)
    dialog = page.attachments.dialog
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert "WhatsApp takes photos up to 5 MB" in texts[1] and "Riesig.jpg" in texts[1]
    assert dialog.send.text() == "Send 2 files" and dialog.send.isEnabled()
    dialog.list.setCurrentRow(0)
    dialog.caption.setText("Die mit Kerzen")
    dialog.list.setCurrentRow(2)
    assert not dialog.caption.isEnabled()  # no caption on a voice message
    heard = []
    backend.upload_progress.connect(lambda item, share: heard.append((item, share)))
    dialog.send.click()
    qtbot.waitUntil(lambda: len([s for s in graph.sent if s[0] == "media"]) == 2, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: len(heard) == 4, timeout=WAIT_MS)  # the bubbles' upload bars
    assert [(item, round(share, 1)) for item, share in sorted(heard)] == [(1, 0.5), (1, 1.0), (2, 0.5), (2, 1.0)]
    sent = [s for s in graph.sent if s[0] == "media"]
    assert [(s[2], s[4]) for s in sent] == [("image", "Die mit Kerzen"), ("audio", None)]
    assert [u[0] for u in graph.uploads] == ["Torte.jpg", "gruss.ogg"]
    qtbot.waitUntil(lambda: backend.outbox.items() == [], timeout=WAIT_MS)
    with sessions() as s:
        types = [m.type for m in s.scalars(select(Message).where(Message.direction == "out"))]
    assert types == ["image", "audio"]


def test_a_pasted_image_and_dropped_files_open_the_attach_dialog(qtbot, backend, graph, apply, sessions, now,
                                                                 tmp_path):
    apply(_conf.text_message(WA, "wamid.T", "Foto?", now - timedelta(minutes=5), "Anna"))
    page = _open(qtbot, backend, sessions, composing=True)
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#3070d0"))
    mime = QMimeData()
    mime.setImageData(image)
    QGuiApplication.clipboard().setMimeData(mime)
    page.composer.text.setFocus()
    qtbot.keyClick(page.composer.text, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.attachments.dialog is not None and page.attachments.dialog.isVisible(),
                    timeout=WAIT_MS)
    pasted = page.attachments.dialog.chosen()
    assert len(pasted) == 1 and pasted[0].attachment.kind == "image" and pasted[0].attachment.mime == "image/png"
    page.attachments.dialog.reject()
    page.attachments.dialog = None

    doc = tmp_path / "Rechnung.pdf"
    doc.write_bytes(media_samples.pdf("Rechnung"))
    drop = QMimeData()
    drop.setUrls([QUrl.fromLocalFile(str(doc))])
    viewport = page.thread.viewport()
    event = QDropEvent(QPointF(QPoint(50, 50)), Qt.DropAction.CopyAction, drop, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    assert viewport.acceptDrops()
    # Qt delivers a drop only inside a drag it runs itself; the filter installed on the chat gets it so
    assert page.attachments.eventFilter(viewport, event) and event.isAccepted()
    qtbot.waitUntil(lambda: page.attachments.dialog is not None and page.attachments.dialog.isVisible(),
                    timeout=WAIT_MS)
    assert [p.name for p in page.attachments.dialog.chosen()] == ["Rechnung.pdf"]
    page.attachments.dialog.reject()
    with sessions() as s:
        assert s.scalar(select(OutboxItem.id)) is None  # nothing queued without Send


async def test_a_file_downloaded_while_the_chat_is_open_replaces_downloading_in_place(qtbot, backend, graph, apply,
                                                                                    sessions, profile, now):
    wamid, _ = _receive(apply, graph, "image", now - timedelta(minutes=2))
    page = _open(qtbot, backend, sessions)
    _, row = _row(page, wamid)
    assert row.media.state == "pending"
    fetcher = MediaFetcher(sessions, profile.media, graph, on_change=backend.changed)  # as Backend.start_media
    fetcher.discover()
    assert (await fetcher.drain()).ready == 1
    qtbot.waitUntil(lambda: _row(page, wamid)[1].media.state == "ready", timeout=WAIT_MS)
    i, _ = _row(page, wamid)
    assert page.thread.itemDelegate().bubble(page.messages.index(i), _option(page, i)).media_note == ""


def test_a_picture_header_template_takes_a_file_checked_then_uploads_and_shows_it(qtbot, backend, graph, apply,
                                                                                  sessions, now, tmp_path,
                                                                                  monkeypatch):
    """Window closed, a template with a picture at the top: the picker asks for the file (kind and Meta's limit
    said), refuses one too large naming the limit, shows the chosen file's name, and Send waits for it; sending
    uploads it once, sends the template with the header by id, and the bubble shows the picture."""
    from klaros_desktop.services.messaging import templates
    from klaros_desktop.ui.composer import TEMPLATE

    with sessions.begin() as s:
        templates.store(s, [{"id": "9", "name": "new_flowers", "language": "de", "status": "APPROVED",
                             "category": "MARKETING",
                             "components": [{"type": "HEADER", "format": "IMAGE"},
                                            {"type": "BODY", "text": "Hallo {{1}}, frische Tulpen sind da!"}]}])
    apply(_conf.text_message(WA, "wamid.OLD", "Danke!", now - timedelta(hours=30), "Anna"))
    page = _open(qtbot, backend, sessions)
    composer = page.composer
    qtbot.waitUntil(lambda: composer.mode == TEMPLATE and composer._current_choice() is not None, timeout=WAIT_MS)
    assert composer._current_choice().refused is None  # a picture header no longer rules the template out
    assert composer.header_button.isVisible() and composer.header_button.text() == "Choose file…"
    assert "picture" in composer.header_label.text() and "5 MB" in composer.header_label.text()
    assert not composer.template_send.isEnabled()
    assert "Choose the picture" in composer.header_label.text()

    big, photo = tmp_path / "Riesig.jpg", tmp_path / "Tulpen.jpg"
    big.write_bytes(b"\xff\xd8\xff" + b"\0" * (5 * kinds.MB + 1))
    photo.write_bytes(media_samples.solid_jpeg(320, 240, RED))
    chosen = [str(big)]
    monkeypatch.setattr("klaros_desktop.ui.composer.QFileDialog.getOpenFileName", lambda *a, **k: (chosen[0], ""))
    composer.header_button.click()
    qtbot.waitUntil(lambda: "Riesig.jpg" in composer.header_label.text(), timeout=WAIT_MS)
    assert "WhatsApp takes photos up to 5 MB" in composer.header_label.text()
    assert not composer.template_send.isEnabled()
    chosen[0] = str(photo)
    composer.header_button.click()
    qtbot.waitUntil(lambda: composer.template_send.isEnabled(), timeout=WAIT_MS)
    assert "Tulpen.jpg" in composer.preview_text() and "Hallo Anna" in composer.preview_text()

    composer.template_send.click()
    qtbot.waitUntil(lambda: any(s[0] == "template" for s in graph.sent), timeout=WAIT_MS)
    [(_, to, name, language, components)] = [s for s in graph.sent if s[0] == "template"]
    assert (to, name, language) == (WA, "new_flowers", "de")
    assert [u[0] for u in graph.uploads] == ["Tulpen.jpg"]
    assert components[0] == {"type": "header", "parameters": [{"type": "image", "image": {"id": "up-1"}}]}
    qtbot.waitUntil(lambda: any(r.template_name == "new_flowers" for r in page.messages.rows), timeout=WAIT_MS)
    i, row = next((i, r) for i, r in enumerate(page.messages.rows) if r.template_name == "new_flowers")
    assert row.media is not None and row.media.state == "ready" and row.media.filename == "Tulpen.jpg"
    bubble = page.thread.itemDelegate().bubble(page.messages.index(i), _option(page, i))
    assert bubble.media == "image" and bubble.template
    assert composer.header_file is None  # the next template starts without a file


def _header_template(sessions, apply, now, fmt):
    from klaros_desktop.services.messaging import templates

    with sessions.begin() as s:
        templates.store(s, [{"id": "9", "name": "news", "language": "de", "status": "APPROVED",
                             "category": "MARKETING",
                             "components": [{"type": "HEADER", "format": fmt},
                                            {"type": "BODY", "text": "Hallo {{1}}, hier ist unser Neuestes."}]}])
    apply(_conf.text_message(WA, "wamid.OLD", "Danke!", now - timedelta(hours=30), "Anna"))


def _sparse(path: Path, head: bytes, size: int) -> Path:
    """A file of ``size`` bytes that starts like its kind (the rest is a hole: nothing written to disk)."""
    with path.open("wb") as handle:
        handle.write(head)
        handle.truncate(size)
    return path


def _choose(qtbot, composer, monkeypatch, path: Path, shown: str) -> None:
    monkeypatch.setattr("klaros_desktop.ui.composer.QFileDialog.getOpenFileName", lambda *a, **k: (str(path), ""))
    composer.header_button.click()
    qtbot.waitUntil(lambda: shown in composer.header_label.text(), timeout=WAIT_MS)


@pytest.mark.parametrize(("fmt", "wanted", "limit", "types", "wrong", "too_big", "good"), [
    ("VIDEO", "a video", "WhatsApp takes videos up to 16 MB", "MP4 or 3GP",
     ("Preise.pdf", lambda: media_samples.pdf("Preise")),
     ("Lang.mp4", b"\x00\x00\x00\x18ftypmp42", 16 * kinds.MB + 1),
     ("Laden.mp4", lambda: media_samples.video(3.0))),
    ("DOCUMENT", "a document", "WhatsApp takes documents up to 100 MB", "PDF, Word, Excel, PowerPoint or text",
     ("Foto.jpg", lambda: media_samples.solid_jpeg(64, 48, RED)),
     ("Katalog.pdf", b"%PDF-1.7\n", 100 * kinds.MB + 1),
     ("Preisliste.pdf", lambda: media_samples.pdf("Preisliste"))),
])
def test_a_video_or_document_header_takes_its_kind_within_metas_limit(qtbot, backend, graph, apply, sessions, now,
                                                                      tmp_path, monkeypatch, fmt, wanted, limit,
                                                                      types, wrong, too_big, good):
    """The picker says what the template shows at the top, the types and Meta's limit for that kind; a file of
    another kind and one over the limit are refused in words (Send stays off), the right one is taken and sent
    in the header by Meta's id (a document with its name)."""
    from klaros_desktop.ui.composer import TEMPLATE

    _header_template(sessions, apply, now, fmt)
    composer = _open(qtbot, backend, sessions).composer
    qtbot.waitUntil(lambda: composer.mode == TEMPLATE and composer._current_choice() is not None, timeout=WAIT_MS)
    assert composer._current_choice().refused is None
    kind = fmt.lower()
    assert f"shows {wanted} at the top" in composer.header_label.text()
    assert limit in composer.header_label.text() and types in composer.header_label.text()
    assert not composer.template_send.isEnabled()

    name, make = wrong
    (tmp_path / name).write_bytes(make())
    _choose(qtbot, composer, monkeypatch, tmp_path / name, name)
    assert f"Not this file: The template shows {wanted} at the top; “{name}” is not one." \
        in composer.header_label.text()
    assert not composer.template_send.isEnabled()

    name, head, size = too_big
    _choose(qtbot, composer, monkeypatch, _sparse(tmp_path / name, head, size), name)
    assert limit in composer.header_label.text().split("\n")[0]  # the refusal names the limit it broke
    assert not composer.template_send.isEnabled()

    name, make = good
    (tmp_path / name).write_bytes(make())
    _choose(qtbot, composer, monkeypatch, tmp_path / name, f"At the top: {name}")
    qtbot.waitUntil(composer.template_send.isEnabled, timeout=WAIT_MS)
    assert name in composer.preview_text()
    composer.template_send.click()
    qtbot.waitUntil(lambda: any(s[0] == "template" for s in graph.sent), timeout=WAIT_MS)
    [(_, _to, _name, _language, components)] = [s for s in graph.sent if s[0] == "template"]
    media = {"id": "up-1", **({"filename": name} if kind == "document" else {})}
    assert components[0] == {"type": "header", "parameters": [{"type": kind, kind: media}]}


class GatedUpload(MediaGraph):
    """An upload that reports half its bytes, then waits for the test to let it finish."""

    def __init__(self):
        super().__init__()
        import threading

        self.gate = threading.Event()

    async def upload_media(self, data, mime_type, filename, *, correlation_id=None, progress=None):
        import asyncio

        progress(len(data) // 2, len(data))
        await asyncio.to_thread(self.gate.wait, WAIT_MS / 1000)
        progress(len(data), len(data))
        self.uploads.append((filename, mime_type, len(data)))
        return "up-gated"


@pytest.fixture
def gated():
    return GatedUpload()


def test_the_upload_bar_follows_the_headers_upload(qtbot, profile, sessions, gated, apply, now, tmp_path,
                                                    monkeypatch):
    """While the header's file uploads, a bar under it shows the share sent (from the upload's own progress
    reports), and it goes once the template is sent."""
    from klaros_desktop.services.messaging.sending import SendService
    from klaros_desktop.ui.backend import Backend
    from klaros_desktop.ui.composer import TEMPLATE

    backend = Backend(profile, sessions, messenger=SendService(sessions, gated, phone_number_id=_conf.PHONE_NUMBER_ID))
    _header_template(sessions, apply, now, "IMAGE")
    composer = _open(qtbot, backend, sessions).composer
    qtbot.waitUntil(lambda: composer.mode == TEMPLATE and composer._current_choice() is not None, timeout=WAIT_MS)
    photo = tmp_path / "Tulpen.jpg"
    photo.write_bytes(media_samples.solid_jpeg(320, 240, RED))
    _choose(qtbot, composer, monkeypatch, photo, "At the top: Tulpen.jpg")
    qtbot.waitUntil(composer.template_send.isEnabled, timeout=WAIT_MS)
    assert not composer.upload_bar.isVisible()

    with qtbot.waitSignal(composer.header_upload, timeout=WAIT_MS, check_params_cb=lambda share: share < 1):
        composer.template_send.click()
    qtbot.waitUntil(lambda: composer.upload_bar.value() == 50, timeout=WAIT_MS)
    assert composer.upload_bar.isVisible() and not composer.template_send.isEnabled()
    assert not any(s[0] == "template" for s in gated.sent)  # still uploading: nothing sent yet

    gated.gate.set()
    qtbot.waitUntil(lambda: any(s[0] == "template" for s in gated.sent), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not composer.upload_bar.isVisible(), timeout=WAIT_MS)
    assert gated.uploads == [("Tulpen.jpg", "image/jpeg", photo.stat().st_size)]


W, H = 64, 48
ORANGE, GREEN = "#e07020", "#20c040"


def _clip(frames: list[tuple[str, int]]) -> bytes:
    """A real, playable MP4 (raw RGB frames, ``media_samples.movie``): (colour, milliseconds) per frame."""
    return media_samples.movie([(media_samples.solid_frame(W, H, colour), ms) for colour, ms in frames], W, H)


def _near(colour: QColor, expected: str, slack: int = 28) -> bool:
    want = QColor(expected)
    return all(abs(a - b) <= slack for a, b in ((colour.red(), want.red()), (colour.green(), want.green()),
                                                (colour.blue(), want.blue())))


def _tile_corner(page, wamid) -> QColor:
    """The colour the bubble paints near the video tile's top left corner (clear of the play mark and length)."""
    i, _ = _row(page, wamid)
    page.thread.scrollTo(page.messages.index(i))
    rect = page.thread.itemDelegate().media_rect(page.messages.index(i), _option(page, i))
    page.thread.viewport().repaint()
    shot = page.thread.viewport().grab().toImage()
    ratio = shot.devicePixelRatio()
    return QColor(shot.pixel(int((rect.left() + 24) * ratio), int((rect.top() + 24) * ratio)))


async def test_a_video_tile_shows_its_poster_frame_made_once_and_kept_as_a_thumbnail(
        qtbot, backend, graph, apply, sessions, profile, now):
    """A short clip's poster is its first frame; a longer one's is taken a second in (past a black fade-in).
    Made through Qt Multimedia off the UI thread's work, kept as ``thumbs/<id>.jpg`` like a photo's, and the
    bubble paints it under the play mark with the length."""
    short, _ = _receive(apply, graph, "video", now - timedelta(minutes=6), wamid="wamid.short",
                        data=_clip([(ORANGE, 100)] * 5))
    faded, _ = _receive(apply, graph, "video", now - timedelta(minutes=5), wamid="wamid.faded",
                        data=_clip([("#000000", 100)] * 5 + [(GREEN, 2500)]))  # one frame across the 1 s point
    await _download(sessions, profile, graph)
    page = _open(qtbot, backend, sessions)
    library = page.thread.itemDelegate().library
    rows = {wamid: _row(page, wamid)[1] for wamid in (short, faded)}
    for wamid in rows:
        _tile_corner(page, wamid)  # painting asks for the poster
    qtbot.waitUntil(lambda: all(r.media.file_id in library._thumbs for r in rows.values()), timeout=WAIT_MS)
    assert not library.failed
    for wamid, colour in ((short, ORANGE), (faded, GREEN)):
        row = rows[wamid]
        kept = profile.media / storage.thumb_relative(row.media.file_id)
        assert kept.is_file() and _near(QImage(str(kept)).pixelColor(10, 10), colour)
        assert _near(_tile_corner(page, wamid), colour)
    assert library.duration(rows[faded].media.file_id, rows[faded].media.path) == pytest.approx(3.0)
    # a second library (the next start) reads the kept JPEG instead of decoding the video again
    again = media_view.MediaLibrary(profile.media)
    again.thumbnail(rows[short].media.file_id, rows[short].media.path, video=True)
    with qtbot.waitSignal(again.updated, timeout=WAIT_MS):
        pass
    assert again._posters is None and rows[short].media.file_id in again._thumbs


async def test_a_video_that_cannot_be_decoded_keeps_the_dark_tile(qtbot, backend, graph, apply, sessions,
                                                                  profile, now):
    wamid, _ = _receive(apply, graph, "video", now - timedelta(minutes=5))  # a header with a length, no picture
    await _download(sessions, profile, graph)
    page = _open(qtbot, backend, sessions)
    library = page.thread.itemDelegate().library
    _, row = _row(page, wamid)
    _tile_corner(page, wamid)
    qtbot.waitUntil(lambda: row.media.file_id in library.failed, timeout=WAIT_MS)
    assert not (profile.media / storage.thumb_relative(row.media.file_id)).exists()
    corner = _tile_corner(page, wamid)
    assert max(corner.red(), corner.green(), corner.blue()) < 40  # the near-black tile


async def test_without_qt_multimedia_a_video_keeps_the_dark_tile_and_opens_in_the_computers_player(
        qtbot, backend, graph, apply, sessions, profile, now, monkeypatch):
    monkeypatch.setattr(media_view, "multimedia_available", lambda: False)
    opened = []
    monkeypatch.setattr(media_view, "open_file", lambda path: opened.append(path) or True)
    wamid, _ = _receive(apply, graph, "video", now - timedelta(minutes=5), data=_clip([(ORANGE, 100)] * 5))
    await _download(sessions, profile, graph)
    page = _open(qtbot, backend, sessions)
    library = page.thread.itemDelegate().library
    corner = _tile_corner(page, wamid)
    assert max(corner.red(), corner.green(), corner.blue()) < 40 and not library._asked
    i, row = _row(page, wamid)
    rect = page.thread.itemDelegate().media_rect(page.messages.index(i), _option(page, i))
    qtbot.mouseClick(page.thread.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert opened == [profile.media / row.media.path] and not page.media.viewers


async def test_clicking_a_video_opens_the_klaros_player_which_plays_to_the_end(
        qtbot, backend, graph, apply, sessions, profile, now, tmp_path, monkeypatch):
    from PySide6.QtMultimedia import QMediaPlayer  # fails, not skips: the test extra installs PySide6-Addons

    data = _clip([(ORANGE, 100)] * 5 + [(GREEN, 100)] * 10)
    wamid, _ = _receive(apply, graph, "video", now - timedelta(minutes=5), data=data)
    await _download(sessions, profile, graph)
    page = _open(qtbot, backend, sessions)
    i, row = _row(page, wamid)
    rect = page.thread.itemDelegate().media_rect(page.messages.index(i), _option(page, i))
    opened = []
    monkeypatch.setattr(media_view, "open_file", lambda path: opened.append(path) or True)
    qtbot.mouseClick(page.thread.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    qtbot.waitUntil(lambda: bool(page.media.viewers), timeout=WAIT_MS)
    viewer = page.media.viewers[0]
    assert isinstance(viewer, media_view.VideoViewer) and not opened
    player = viewer.player
    # it starts playing by itself; the picture is the video's and the length is shown
    qtbot.waitUntil(lambda: viewer.screen_widget.frame_image is not None, timeout=WAIT_MS)
    with qtbot.waitSignal(player.mediaStatusChanged, timeout=WAIT_MS,
                          check_params_cb=lambda s: s == QMediaPlayer.MediaStatus.EndOfMedia):
        pass
    assert viewer.slider.maximum() == 1500 and viewer.slider.value() >= 1400
    assert viewer.time_label.text() == "0:02 / 0:02"  # 1.5 s, rounded as the bubble rounds it
    assert _near(viewer.screen_widget.frame_image.pixelColor(5, 5), GREEN)  # the last frame stays
    assert viewer.play_button.text() == viewer.tr("Play")
    # Play again starts over from the beginning
    with qtbot.waitSignal(player.playbackStateChanged, timeout=WAIT_MS,
                          check_params_cb=lambda s: s == QMediaPlayer.PlaybackState.PlayingState):
        viewer.play_button.click()
    with qtbot.waitSignal(player.playbackStateChanged, timeout=WAIT_MS,
                          check_params_cb=lambda s: s == QMediaPlayer.PlaybackState.PausedState):
        viewer.play_button.click()
    assert viewer.play_button.text() == viewer.tr("Play")
    # the position slider seeks
    with qtbot.waitSignal(player.positionChanged, timeout=WAIT_MS, check_params_cb=lambda ms: ms == 200):
        viewer.slider.sliderMoved.emit(200)
    viewer.open_button.click()
    assert opened == [profile.media / row.media.path]
    target = tmp_path / "saved.mp4"
    monkeypatch.setattr(media_view.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    viewer.save_button.click()
    assert target.read_bytes() == data
    viewer.close()


async def test_erasing_a_person_deletes_the_poster_frame_of_their_video(qtbot, backend, graph, apply, sessions,
                                                                        profile, now):
    from klaros_desktop.services.privacy.erasure import erase_contact

    wamid, _ = _receive(apply, graph, "video", now - timedelta(minutes=5), data=_clip([(ORANGE, 100)] * 5))
    await _download(sessions, profile, graph)
    page = _open(qtbot, backend, sessions)
    library = page.thread.itemDelegate().library
    _, row = _row(page, wamid)
    _tile_corner(page, wamid)
    qtbot.waitUntil(lambda: row.media.file_id in library._thumbs, timeout=WAIT_MS)
    poster = profile.media / storage.thumb_relative(row.media.file_id)
    assert poster.is_file()
    page.close()
    erase_contact(sessions, "+" + WA, profile=profile)
    assert not poster.exists() and not (profile.media / row.media.path).exists()


def test_the_self_test_checks_the_player_decodes_a_video(qapp, profile, monkeypatch):
    """``klaros self-test``'s player check (run by CI in the frozen bundle): a generated clip decoded into a frame
    of its colour; without Qt Multimedia it fails in words instead of passing."""
    from klaros_desktop.commands import CommandContext, install_check

    assert "decodes video" in install_check._check_player(CommandContext(profile=profile))
    monkeypatch.setattr(media_view, "multimedia_available", lambda: False)
    with pytest.raises(RuntimeError, match="Qt Multimedia does not load"):
        install_check._check_player(CommandContext(profile=profile))


def test_waiting_for_thumbnails_skips_the_library_of_a_closed_window(qapp, tmp_path):
    """The screenshots wait on every library before a grab; a window closed before (its library deleted on the Qt
    side, the Python side not yet collected: the poster maker and the library refer to each other) is skipped."""
    import shiboken6
    from PySide6.QtCore import QObject

    window = QObject()
    library = media_view.MediaLibrary(tmp_path, window)
    library._make_poster(1, str(tmp_path / "none.mp4"))  # the poster maker exists
    shiboken6.delete(window)
    assert not shiboken6.isValid(library)
    media_view.wait_all(1000)
