"""The demo shop's files: the seeded customers' photos and voice messages as if downloaded, and one chat
(Lea Hoffmann) with a photo, a voice message, a price list PDF, a video, a sticker and a photo Meta no longer
had, for ``klaros screenshots``. Every file is made here with Qt (``media_samples``)."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop.demo import media_samples
from klaros_desktop.demo.seed import PHONE_NUMBER_ID, _envelope, _wa
from klaros_desktop.models import Contact, Conversation, MediaFile, MediaState, Message, utcnow
from klaros_desktop.services.inbound.apply import WebhookApplier
from klaros_desktop.services.media import storage

MEDIA_CHAT = "Lea Hoffmann"


def _sample(kind: str, seed: int) -> tuple[bytes, str, str | None]:
    if kind == "image":
        return media_samples.photo(1200, 900, hue=(seed * 47) % 360, label=""), "image/jpeg", None
    if kind == "sticker":
        return media_samples.sticker(), "image/webp", None
    if kind == "video":
        return media_samples.clip(21, hue=(seed * 47) % 360), "video/mp4", None
    if kind == "document":
        return media_samples.pdf("Preisliste Frühling 2027"), "application/pdf", "Preisliste Frühling 2027.pdf"
    return media_samples.voice_note(14), "audio/ogg", None


def _keep(session: Session, media_root: Path, message: Message, data: bytes, mime: str, filename: str | None,
          direction: str) -> None:
    digest = hashlib.sha256(data).hexdigest()
    media = MediaFile(meta_media_id=message.media_id, direction=direction, mime_type=mime, sha256=digest,
                      size=len(data), filename=filename, downloaded_at=utcnow())
    session.add(media)
    session.flush()
    media.local_path = storage.relative_for(media.id, digest, mime, filename)
    storage.write_atomic(media_root / media.local_path, data)
    message.media_file_id = media.id
    if direction == "in":
        state = session.get(MediaState, message.id) or MediaState(message_id=message.id, attempts=1)
        state.state, state.source = "ready", "meta"
        session.add(state)


def attach_demo_files(sessions: sessionmaker[Session], media_root: Path) -> int:
    """Give every seeded media message without a file one, as if Klaros had downloaded it."""
    done = 0
    with sessions.begin() as session:
        for message in session.scalars(select(Message).where(Message.media_id.is_not(None),
                                                             Message.media_file_id.is_(None))):
            data, mime, filename = _sample(message.type, message.id)
            _keep(session, Path(media_root), message, data, mime, filename, message.direction)
            done += 1
    return done


def seed_media_chat(sessions: sessionmaker[Session], media_root: Path, now: datetime | None = None) -> int:
    """Lea Hoffmann's chat with one file of every kind; returns her contact id."""
    now = now or utcnow()
    root = Path(media_root)
    with sessions.begin() as session:
        contact = session.scalar(select(Contact).where(Contact.display_name == MEDIA_CHAT))
        wa = _wa(contact.phone_e164)
        applier = WebhookApplier(session, actor="demo")

        def inbound(seq: int, kind: str, ago: timedelta, caption: str | None = None, **extra) -> str:
            wamid = f"wamid.DEMO.MEDIA.IN.{seq}"
            body = {"id": f"demo-media-{seq}", "mime_type": _sample(kind, seq)[1], **extra}
            if caption:
                body["caption"] = caption
            msg = {"from": wa, "id": wamid, "timestamp": str(int((now - ago).timestamp())), "type": kind, kind: body}
            applier.apply(_envelope({"contacts": [{"profile": {"name": "Lea"}, "wa_id": wa}], "messages": [msg]}),
                          correlation_id="demo-seed")
            return wamid

        def text(seq: int, body: str, ago: timedelta) -> None:
            msg = {"from": wa, "id": f"wamid.DEMO.MEDIA.T.{seq}", "timestamp": str(int((now - ago).timestamp())),
                   "type": "text", "text": {"body": body}}
            applier.apply(_envelope({"contacts": [{"profile": {"name": "Lea"}, "wa_id": wa}], "messages": [msg]}),
                          correlation_id="demo-seed")

        lost = inbound(1, "image", timedelta(days=9, hours=2), "Das Gesteck vom letzten Mal")
        text(2, "Hallo! Ich bin wieder da, war im Urlaub.", timedelta(hours=3, minutes=20))
        photo = inbound(3, "image", timedelta(hours=3, minutes=18), "Geht so ein Strauß bis Samstag?")
        voice = inbound(4, "audio", timedelta(hours=3, minutes=15), voice=True)
        clip = inbound(6, "video", timedelta(hours=2, minutes=40), "So sieht der Tisch aus")
        smile = inbound(7, "sticker", timedelta(hours=2, minutes=38))
        session.flush()
        conv = session.scalar(select(Conversation).where(Conversation.contact_id == contact.id))
        for wamid in (photo, voice, clip, smile):
            message = session.scalar(select(Message).where(Message.wamid == wamid))
            data, mime, filename = _sample(message.type, 3 if wamid == photo else message.id)
            _keep(session, root, message, data, mime, filename, "in")
        gone = session.scalar(select(Message).where(Message.wamid == lost))
        session.add(MediaState(message_id=gone.id, state="unavailable", reason_code="expired", attempts=1,
                               detail="Meta: media id not found"))
        when = now - timedelta(hours=3, minutes=5)
        price_list = Message(wamid="wamid.DEMO.MEDIA.OUT.5", conversation_id=conv.id, contact_id=contact.id,
                             direction="out", type="document", text="Unsere Preise für den Frühling",
                             media_id="demo-up-5", media_mime="application/pdf", timestamp=when, status="read",
                             status_at=when, sent_at=when, correlation_id="demo-seed")
        session.add(price_list)
        session.flush()
        data, mime, filename = _sample("document", 5)
        _keep(session, root, price_list, data, mime, filename, "out")
        conv.phone_number_id = conv.phone_number_id or PHONE_NUMBER_ID
        conv.unread_count = 0
        return contact.id


def _playing(viewer):
    """The video viewer two seconds in, paused there (its picture and slider as the shop owner sees them)."""
    from PySide6.QtCore import QEventLoop, QTimer

    waiting = QEventLoop()
    viewer.player.positionChanged.connect(lambda ms: waiting.quit() if ms >= 2000 else None)
    QTimer.singleShot(15000, waiting.quit)
    waiting.exec()
    viewer.player.pause()
    viewer.player.setPosition(2000)
    return viewer


def render_media(window, contact_id: int, shot, dialog_shot, work_dir: Path, settle) -> None:
    """Screens of ``klaros screenshots``: the media chat, the photo viewer and the attach dialog."""
    from PySide6.QtCore import QCoreApplication, QSize

    from klaros_desktop.ui.attachments import AttachDialog, read_and_check
    from klaros_desktop.ui.main_window import INBOX
    from klaros_desktop.ui.media_view import ImageViewer, VideoViewer, multimedia_available

    window.show_page(INBOX)
    window.open_contact(contact_id)
    inbox = window.inbox
    for _ in range(3):  # paint, let the thumbnails and lengths be made off the UI thread, paint again
        settle()
        inbox.thread.viewport().repaint()
        inbox.media.library.wait()
        QCoreApplication.processEvents()
    inbox.thread.scrollToTop()  # the photo Meta no longer had, then today's photo and voice message
    settle()
    shot("inbox-media", window)
    inbox.thread.scroll_to_newest()  # the price list, the video and the sticker
    settle()
    shot("inbox-media-newest", window)
    photo = next(r for r in inbox.messages.rows if r.type == "image" and r.media and r.media.state == "ready")
    path = inbox.media.library.path(photo.media.path)
    dialog_shot("media-viewer", lambda: ImageViewer(path, None, window), QSize(900, 640))
    if multimedia_available():
        clip = next(r for r in inbox.messages.rows if r.type == "video" and r.media and r.media.state == "ready")
        dialog_shot("video-viewer", lambda: _playing(VideoViewer(inbox.media.library.path(clip.media.path), None,
                                                                 window)), QSize(820, 560))
    files = work_dir / "attach-demo"
    files.mkdir(exist_ok=True)
    (files / "Strauß Samstag.jpg").write_bytes(media_samples.photo(1024, 768, hue=330))
    (files / "Rechnung 2027-118.pdf").write_bytes(media_samples.pdf("Rechnung 2027-118"))
    (files / "Laden-Rundgang.mp4").write_bytes(media_samples.video(95) + b"\0" * (17 * 1024 * 1024))
    picked = read_and_check([(p.name, p) for p in sorted(files.iterdir())])
    picked[-1].caption = "So sieht er aus"

    def attach() -> AttachDialog:
        dialog = AttachDialog(picked, MEDIA_CHAT, window)
        dialog.list.setCurrentRow(len(picked) - 1)
        return dialog

    dialog_shot("attach", attach, QSize(560, 440))
