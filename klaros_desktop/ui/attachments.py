"""Attaching files in a chat: the paperclip button beside the composer, files dropped onto the chat, an image
pasted into the message field. Several files at once, each with its own caption, each checked against Meta's
type and size limits before anything is uploaded (the refusal names the limit), then queued in the outbox
like a text: sent at once when online, kept and retried when not, held with the reason when Meta or
``may_send`` refuses. Reading and checking the files runs off the UI thread.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QObject, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QKeySequence, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from klaros_desktop.services.core.changes import Changes
from klaros_desktop.services.media import kinds
from klaros_desktop.ui import ops, theme
from klaros_desktop.ui.i18n import number, render

log = logging.getLogger(__name__)

PREVIEW = QSize(56, 56)


@dataclass
class Picked:
    """One file the shop owner picked: checked (``attachment``) or refused (``refused``, in words)."""

    name: str
    data: bytes = b""
    attachment: kinds.Attachment | None = None
    refused: str | None = None
    preview: QImage | None = field(default=None, repr=False)
    caption: str = ""


def read_and_check(sources: list[tuple[str, Path | bytes]]) -> list[Picked]:
    """Read each file (a path, or pasted bytes), check it against Meta's limits, make a small preview. Worker
    thread: QImage is safe off the UI thread."""
    picked: list[Picked] = []
    for name, source in sources:
        try:
            if isinstance(source, Path):
                size = source.stat().st_size
                with source.open("rb") as handle:
                    head = handle.read(32)
                attachment = kinds.check(name, size, head)
                data = source.read_bytes()
            else:
                data = source
                attachment = kinds.check(name, len(data), data[:32])
        except kinds.AttachmentRefused as refused:
            picked.append(Picked(name, refused=render(refused.reason)))
            continue
        except OSError as exc:
            picked.append(Picked(name, refused=f"“{name}” cannot be read: {exc.strerror or exc}"))
            continue
        preview = None
        if attachment.kind in (kinds.IMAGE, kinds.STICKER):
            image = QImage.fromData(data)
            if not image.isNull():
                preview = image.scaled(PREVIEW, Qt.AspectRatioMode.KeepAspectRatio,
                                       Qt.TransformationMode.SmoothTransformation)
        picked.append(Picked(name, data, attachment, preview=preview))
    return picked


def paperclip_icon(colour: str, size: int = 22) -> QIcon:
    """A paperclip drawn with lines (no icon font, the same on every machine)."""
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(colour), size * 0.16)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    s = size * 2
    path = QPainterPath(QPointF(s * .62, s * .30))
    path.lineTo(s * .62, s * .70)
    path.arcTo(s * .38, s * .58, s * .24, s * .24, 0, -180)
    path.lineTo(s * .38, s * .22)
    path.arcTo(s * .38, s * .10, s * .34, s * .24, 180, -180)
    path.lineTo(s * .72, s * .72)
    painter.drawPath(path)
    painter.end()
    return QIcon(pixmap)


def kind_icon(kind: str, colour: str) -> QIcon:
    """The bubble's line icon for a file kind, as a list icon."""
    from klaros_desktop.ui.delegates import draw_media_icon

    pixmap = QPixmap(PREVIEW)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw_media_icon(painter, kind, QRectF(10, 10, PREVIEW.width() - 20, PREVIEW.height() - 20), QColor(colour))
    painter.end()
    return QIcon(pixmap)


class AttachDialog(QDialog):
    """The picked files with their previews, sizes and captions; refused ones say which limit they broke."""

    def __init__(self, picked: list[Picked], name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send files to {name}").format(name=name) if name else self.tr("Send files"))
        self.resize(520, 420)
        self.picked = picked
        layout = QVBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setIconSize(PREVIEW)
        self.list.setSpacing(3)
        self.list.setWordWrap(True)  # a refusal is a sentence: it wraps instead of running off the side
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setAccessibleName(self.tr("Files to send"))
        layout.addWidget(self.list, 1)
        self.caption_label = QLabel(self.tr("Caption for the selected file"), self)
        self.caption = QLineEdit(self)
        self.caption.setAccessibleName(self.tr("Caption"))
        self.caption.setPlaceholderText(self.tr("Add a caption (optional)"))
        self.caption.setMaxLength(1024)
        layout.addWidget(self.caption_label)
        layout.addWidget(self.caption)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.send = self.buttons.addButton(self.tr("Send"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.send.setObjectName("primary")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        c = theme.colours()
        for index, pick in enumerate(picked):
            if pick.attachment is not None:
                kind = render(kinds.NOUNS[pick.attachment.kind]).capitalize()
                text = f"{pick.name}\n{kind} · {render(kinds.size_words(pick.attachment.size))}"
            else:
                text = f"{pick.name}\n{pick.refused}"
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, index)
            if pick.preview is not None:
                item.setIcon(QIcon(QPixmap.fromImage(pick.preview)))
            else:
                item.setIcon(kind_icon(pick.attachment.kind if pick.attachment else "unsupported",
                                       c.danger if pick.refused else c.accent))
            if pick.refused:
                item.setForeground(QColor(c.danger))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        ok = [p for p in picked if p.attachment is not None]
        self.send.setText(self.tr("Send {n} files").format(n=number(len(ok))) if len(ok) > 1 else self.tr("Send"))
        self.send.setEnabled(bool(ok))
        self.list.currentRowChanged.connect(self._selected)
        self.caption.textChanged.connect(self._caption_changed)
        first = next((i for i, p in enumerate(picked) if p.attachment is not None), -1)
        self.list.setCurrentRow(first)
        self._selected(first)

    def _current(self) -> Picked | None:
        row = self.list.currentRow()
        return self.picked[row] if 0 <= row < len(self.picked) else None

    def _selected(self, row: int) -> None:
        pick = self.picked[row] if 0 <= row < len(self.picked) else None
        allowed = pick is not None and pick.attachment is not None and \
            pick.attachment.kind not in (kinds.AUDIO, kinds.STICKER)
        self.caption.blockSignals(True)
        self.caption.setText(pick.caption if pick is not None else "")
        self.caption.blockSignals(False)
        self.caption.setEnabled(allowed)
        self.caption.setPlaceholderText(self.tr("Add a caption (optional)") if allowed
                                        else self.tr("WhatsApp shows no caption on voice messages and stickers"))

    def _caption_changed(self, text: str) -> None:
        pick = self._current()
        if pick is not None:
            pick.caption = text

    def chosen(self) -> list[Picked]:
        return [p for p in self.picked if p.attachment is not None]


class Attachments(QObject):
    """The composer's attach button, drops on the chat and pasted images (see the module docstring)."""

    queued = Signal(object)  # Changes: the outbox items the files became

    def __init__(self, composer, thread, backend):
        super().__init__(composer)
        self.composer, self.thread, self.backend = composer, thread, backend
        self.dialog: AttachDialog | None = None
        self.button = QToolButton(composer)
        self.button.setObjectName("attach")
        self.button.setIcon(paperclip_icon(theme.colours().muted))
        self.button.setIconSize(QSize(22, 22))
        self.button.setAutoRaise(True)
        self.button.setToolTip(self.tr("Attach photos, videos, voice messages or documents"))
        self.button.setAccessibleName(self.tr("Attach files"))
        self.button.clicked.connect(self.choose)
        row = composer.text.parentWidget().layout()
        row.insertWidget(0, self.button, 0, Qt.AlignmentFlag.AlignBottom)
        for widget in (composer.text, thread.viewport()):
            widget.setAcceptDrops(True)
            widget.installEventFilter(self)

    # ------------------------------------------------------------------ sources
    def can_attach(self) -> bool:
        from klaros_desktop.ui.composer import TEXT

        return self.composer.state.mode == TEXT and bool(self.composer.state.number)

    def choose(self) -> None:
        if not self._ready():
            return
        paths, _ = QFileDialog.getOpenFileNames(
            self.composer, self.tr("Attach files"), str(Path.home()),
            self.tr("Photos, videos, audio and documents") + " (*.jpg *.jpeg *.png *.webp *.mp4 *.3gp *.mp3 *.m4a "
            "*.ogg *.opus *.aac *.amr *.pdf *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.txt);;"
            + self.tr("All files") + " (*)")
        if paths:
            self.offer([(Path(p).name, Path(p)) for p in paths])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if event.mimeData().hasUrls() and self.can_attach():
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop and event.mimeData().hasUrls():
            files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
            files = [f for f in files if f.is_file()]
            if files and self._ready():
                event.acceptProposedAction()
                self.offer([(f.name, f) for f in files])
                return True
        elif kind == QEvent.Type.KeyPress and watched is self.composer.text and event.matches(QKeySequence.Paste):
            mime = QGuiApplication.clipboard().mimeData()
            if mime is not None and mime.hasImage() and not mime.hasText() and self._ready():
                self.offer([(self.tr("Pasted picture.png"), png_bytes(QImage(mime.imageData())))])
                return True
        return super().eventFilter(watched, event)

    def _ready(self) -> bool:
        if self.can_attach():
            return True
        self.composer.notice.emit(self.tr("Files can be sent while the customer's 24-hour window is open, like "
                                          "any free-form message."))
        return False

    # ------------------------------------------------------------------ check, confirm, queue
    def offer(self, sources: list[tuple[str, Path | bytes]]) -> None:
        """Check the files off the UI thread, then show them for captions and confirmation."""
        ops.run_sync(lambda: read_and_check(sources), self._checked)

    def _checked(self, picked: list[Picked]) -> None:
        self.dialog = AttachDialog(picked, self.composer.state.name, self.composer.window())
        self.dialog.accepted.connect(lambda: self.send(self.dialog.chosen()))
        self.dialog.open()

    def send(self, picked: list[Picked]) -> None:
        contact_id, number = self.composer.state.contact_id, self.composer.state.number
        if not picked or number is None:
            return
        outbox, root = self.backend.outbox, self.backend.profile.media

        def queue():
            return [outbox.add_media(contact_id, number, p.attachment, p.data, root, caption=p.caption.strip())
                    for p in picked]

        ops.run_sync(queue, self._queued, lambda exc: self.composer.notice.emit(
            self.tr("The files could not be queued: {error}").format(error=render(exc))))

    def _queued(self, items) -> None:
        changes = Changes(outbox={i.id for i in items})
        self.backend.refresh_outbox_counts()
        self.composer.sent.emit(changes)
        self.queued.emit(changes)
        self.backend.flush_outbox()


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())
