"""Painting the conversation list rows and the chat bubbles (no widget per row, so 10k messages stay light)."""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTextDocument,
)
from PySide6.QtWidgets import QAbstractScrollArea, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from klaros_desktop.ui import template_bubble, theme
from klaros_desktop.ui.i18n import clock, local_date, render, short_date
from klaros_desktop.ui.item_models import RowRole
from klaros_desktop.ui.lazy import lazy

# the chat list paints before SQLAlchemy is imported (``ui.lazy``); the bubbles' helpers load when first used
errors = lazy("klaros_desktop.graph.errors")
media_kinds = lazy("klaros_desktop.services.media.kinds")
probe = lazy("klaros_desktop.services.media.probe")
downloads = lazy("klaros_desktop.services.media.downloads")

if TYPE_CHECKING:
    from klaros_desktop.services.reads import queries


def utcnow() -> datetime:
    return datetime.now(UTC)


def short_time(when: datetime | None, now: datetime | None = None) -> str:
    """WhatsApp-style: a time today, the weekday this week, else the date; always in local time."""
    if when is None:
        return ""
    local = when.astimezone()
    today = (now or utcnow()).astimezone()
    if local.date() == today.date():
        return clock(when)
    days = (today.date() - local.date()).days
    if days == 1:
        return QCoreApplication.translate("delegates", "Yesterday")
    if 1 < days < 7:
        return local_date(when, "ddd")  # weekday and month names in the reader's language
    return short_date(when)


def window_label(row: queries.ConversationRow, now: datetime | None = None) -> str:
    left = row.window_left(now)
    if left is None:
        return ""
    hours, rem = divmod(int(left.total_seconds()), 3600)
    return f"◷ {hours}h" if hours else f"◷ {rem // 60}m"


TEMPLATE_INSTEAD_CODES = {131047}  # Meta's 24-hour window closed: a template may still go

# ``unconfirmed``: the send's answer was lost (it may have reached the customer); its bubble says so below the text
TICKS = {"pending": "◷", "queued": "◷", "accepted": "✓", "unconfirmed": "?", "sent": "✓", "delivered": "✓✓",
         "read": "✓✓", "played": "✓✓", "failed": "⚠"}


class ConversationDelegate(QStyledItemDelegate):
    HEIGHT = 68

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(option.rect.width(), self.HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        row: queries.ConversationRow = index.data(RowRole)
        if row is None:
            return
        c = theme.colours()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.fillRect(r, QColor(c.selected if selected else c.base))
        # avatar: initials on a tinted circle
        avatar = QRectF(r.left() + 12, r.top() + 12, 44, 44)
        painter.setPen(Qt.PenStyle.NoPen)
        tint = QColor(c.avatars[zlib.crc32(row.name.encode("utf-8")) % len(c.avatars)])
        painter.setBrush(tint)
        painter.drawEllipse(avatar)
        initials = "".join(w[0] for w in row.name.split()[:2] if w[:1].isalpha()).upper() or "#"
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(c.text))
        painter.drawText(avatar, Qt.AlignmentFlag.AlignCenter, initials)
        left = int(avatar.right()) + 12
        right = r.right() - 12
        # name and time
        name_font = QFont(option.font)
        name_font.setPointSizeF(option.font.pointSizeF() * 1.08)
        name_font.setBold(row.unread > 0)
        painter.setFont(name_font)
        stamp = short_time(row.last_at)
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.88)
        stamp_w = QFontMetrics(small).horizontalAdvance(stamp) + 4
        name_rect = QRect(left, r.top() + 12, right - left - stamp_w - 8, 22)
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(name_font).elidedText(row.name, Qt.TextElideMode.ElideRight, name_rect.width()))
        painter.setFont(small)
        painter.setPen(QColor(c.badge if row.unread else c.muted))
        painter.drawText(QRect(right - stamp_w, r.top() + 12, stamp_w, 22),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, stamp)
        # preview line, window countdown and unread badge
        badge_w = 0
        if row.unread:
            label = str(row.unread) if row.unread < 100 else "99+"
            badge_w = max(22, QFontMetrics(small).horizontalAdvance(label) + 12)
            badge = QRectF(right - badge_w, r.top() + 38, badge_w, 20)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(c.badge))
            painter.drawRoundedRect(badge, 10, 10)
            painter.setPen(QColor("#ffffff" if theme.current() == theme.LIGHT else c.window))
            bold = QFont(small)
            bold.setBold(True)
            painter.setFont(bold)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)
            painter.setFont(small)
        for flag, kind in ((row.pinned_at is not None, "pin"), (row.muted, "muted")):
            if flag:  # drawn left of the badge: pinned on top, notifications off
                box = QRectF(right - badge_w - (18 if badge_w else 14), r.top() + 41, 14, 14)
                draw_flag(painter, kind, box, QColor(c.muted))
                badge_w += 20
        countdown = window_label(row) if not row.opted_out else QCoreApplication.translate("delegates", "opted out")
        cd_w = QFontMetrics(small).horizontalAdvance(countdown) + 10 if countdown else 0
        if countdown:
            painter.setPen(QColor(c.danger if row.opted_out else c.accent))
            painter.drawText(QRect(right - badge_w - cd_w - 4, r.top() + 38, cd_w, 20),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, countdown)
        preview = render(row.preview)
        if row.preview_direction == "out" and row.preview_status:
            preview = f"{TICKS.get(row.preview_status, '')} {preview}"
        prev_font = QFont(option.font)
        painter.setFont(prev_font)
        prev_rect = QRect(left, r.top() + 38, right - left - badge_w - cd_w - 10, 20)
        if row.held:  # unsent outbox messages wait for the shop owner in this chat
            mark = QCoreApplication.translate("delegates", "⚠ Not sent") + "  "
            mark_w = min(QFontMetrics(prev_font).horizontalAdvance(mark), prev_rect.width())
            painter.setPen(QColor(c.danger))
            painter.drawText(QRect(prev_rect.left(), prev_rect.top(), mark_w, prev_rect.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, mark)
            prev_rect.setLeft(prev_rect.left() + mark_w)
        painter.setPen(QColor(c.muted))
        painter.drawText(prev_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(prev_font).elidedText(preview, Qt.TextElideMode.ElideRight, prev_rect.width()))
        painter.setPen(QPen(QColor(c.alt_base if not selected else c.base)))
        painter.drawLine(left, r.bottom(), r.right(), r.bottom())
        painter.restore()


def draw_flag(painter: QPainter, kind: str, box: QRectF, colour: QColor) -> None:
    """A pinned chat's pin or a muted chat's crossed-out bell, drawn as lines in ``box``."""
    painter.save()
    painter.setPen(QPen(colour, 1.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    x, y, w, h = box.x(), box.y(), box.width(), box.height()
    if kind == "pin":
        painter.drawEllipse(QPointF(x + w * .62, y + h * .36), w * .26, h * .26)
        painter.drawLine(QPointF(x + w * .44, y + h * .56), QPointF(x + w * .12, y + h * .9))
    else:
        path = QPainterPath(QPointF(x + w * .2, y + h * .72))
        path.cubicTo(x + w * .3, y + h * .6, x + w * .22, y + h * .12, x + w * .5, y + h * .12)
        path.cubicTo(x + w * .78, y + h * .12, x + w * .7, y + h * .6, x + w * .8, y + h * .72)
        path.closeSubpath()
        painter.drawPath(path)
        painter.drawLine(QPointF(x + w * .42, y + h * .86), QPointF(x + w * .58, y + h * .86))
        painter.drawLine(QPointF(x + w * .1, y + h * .08), QPointF(x + w * .9, y + h * .92))
    painter.restore()


def day_label(when: datetime, now: datetime | None = None) -> str:
    """The chip over the first message of a day: Today, Yesterday, the weekday this week, else the date."""
    local = when.astimezone().date()
    today = (now or utcnow()).astimezone().date()
    days = (today - local).days
    if days == 0:
        return QCoreApplication.translate("delegates", "Today")
    if days == 1:
        return QCoreApplication.translate("delegates", "Yesterday")
    if 1 < days < 7:
        return local_date(when, "dddd")
    return local_date(when, "d MMMM yyyy")


def media_label(kind: str) -> str:
    labels = {
        "image": QCoreApplication.translate("delegates", "Photo"),
        "video": QCoreApplication.translate("delegates", "Video"),
        "audio": QCoreApplication.translate("delegates", "Voice message"),
        "document": QCoreApplication.translate("delegates", "Document"),
        "sticker": QCoreApplication.translate("delegates", "Sticker"),
        "location": QCoreApplication.translate("delegates", "Location"),
        "contacts": QCoreApplication.translate("delegates", "Contact card"),
        "order": QCoreApplication.translate("delegates", "Order"),
        "reaction": QCoreApplication.translate("delegates", "Reaction"),
        "unsupported": QCoreApplication.translate("delegates", "A message WhatsApp sent in a format Klaros "
                                                               "cannot show"),
    }
    return labels.get(kind, kind.replace("_", " ").capitalize())


TILE_TYPES = ("image", "video", "sticker")  # shown as a picture-sized tile; the rest as an icon row


def draw_media_icon(painter: QPainter, kind: str, box: QRectF, colour: QColor) -> None:
    """A small line icon for a media type, drawn (no icon font needed, same on every machine)."""
    painter.save()
    pen = QPen(colour, max(1.5, box.width() / 14))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    x, y, w, h = box.x(), box.y(), box.width(), box.height()
    if kind == "image":
        painter.drawRoundedRect(QRectF(x + w * .08, y + h * .18, w * .84, h * .64), w * .08, w * .08)
        painter.drawEllipse(QPointF(x + w * .33, y + h * .38), w * .07, w * .07)
        path = QPainterPath(QPointF(x + w * .14, y + h * .76))
        path.lineTo(x + w * .42, y + h * .50)
        path.lineTo(x + w * .60, y + h * .66)
        path.lineTo(x + w * .72, y + h * .56)
        path.lineTo(x + w * .88, y + h * .74)
        painter.drawPath(path)
    elif kind in ("video", "audio"):
        painter.drawEllipse(QRectF(x + w * .1, y + h * .1, w * .8, h * .8))
        painter.setBrush(colour)
        painter.drawPolygon(QPolygonF([QPointF(x + w * .42, y + h * .33), QPointF(x + w * .42, y + h * .67),
                                       QPointF(x + w * .68, y + h * .5)]))
    elif kind == "document":
        path = QPainterPath(QPointF(x + w * .22, y + h * .08))
        path.lineTo(x + w * .60, y + h * .08)
        path.lineTo(x + w * .80, y + h * .28)
        path.lineTo(x + w * .80, y + h * .92)
        path.lineTo(x + w * .22, y + h * .92)
        path.closeSubpath()
        painter.drawPath(path)
        for i in range(3):
            yy = y + h * (.45 + i * .14)
            painter.drawLine(QPointF(x + w * .34, yy), QPointF(x + w * .68, yy))
    elif kind == "location":
        path = QPainterPath(QPointF(x + w * .5, y + h * .92))
        path.cubicTo(x + w * .1, y + h * .5, x + w * .2, y + h * .08, x + w * .5, y + h * .08)
        path.cubicTo(x + w * .8, y + h * .08, x + w * .9, y + h * .5, x + w * .5, y + h * .92)
        painter.drawPath(path)
        painter.drawEllipse(QPointF(x + w * .5, y + h * .38), w * .11, w * .11)
    elif kind == "contacts":
        painter.drawEllipse(QPointF(x + w * .5, y + h * .34), w * .17, w * .17)
        painter.drawArc(QRectF(x + w * .18, y + h * .56, w * .64, h * .6), 0, 180 * 16)
    elif kind == "sticker":
        painter.drawEllipse(QRectF(x + w * .1, y + h * .1, w * .8, h * .8))
        painter.drawPoint(QPointF(x + w * .38, y + h * .4))
        painter.drawPoint(QPointF(x + w * .62, y + h * .4))
        painter.drawArc(QRectF(x + w * .3, y + h * .35, w * .4, h * .35), 200 * 16, 140 * 16)
    else:
        painter.drawRoundedRect(QRectF(x + w * .12, y + h * .12, w * .76, h * .76), w * .12, w * .12)
        painter.drawLine(QPointF(x + w * .5, y + h * .3), QPointF(x + w * .5, y + h * .56))
        painter.drawPoint(QPointF(x + w * .5, y + h * .7))
    painter.restore()


@dataclass(frozen=True)
class _Bubble:
    """Where each part of one bubble goes (computed once per row and width, then cached)."""

    day: str | None
    template: str | None
    quoted: str
    media: str | None  # the media type when the message carries one
    media_note: str  # under the tile: "Downloading…", or why the file could not be had
    media_note_h: int
    body: str
    error: str | None
    footer: str
    width: int  # bubble width
    body_h: int
    error_h: int
    height: int  # the whole row
    doc: QTextDocument | None = None  # a sent template drawn as WhatsApp shows it, instead of ``body``


class BubbleDelegate(QStyledItemDelegate):
    """A chat bubble: day chip, quoted reply, the file (photo thumbnail, voice message player, video tile,
    document with name and size; ``ui.media_view`` makes thumbnails off the UI thread), text, Meta's failure
    reason, time and ticks. A click on a file emits ``media_clicked(row)``.

    Sizes are cached per row and width: a 10k-message thread is laid out once, and loading an older page
    only measures the 200 new rows.
    """

    PAD = 8
    MARGIN = 12
    MAX_FRACTION = 0.68
    DAY_H = 34
    TILE_W, TILE_H = 240, 150
    ROW_H = 46

    media_clicked = Signal(object)  # the MessageRow whose file was clicked

    def __init__(self, model, parent=None):
        super().__init__(parent)
        self.model = model  # a MessageModel; its rows are read directly (no QVariant round trip per row)
        self.library = None  # a media_view.MediaLibrary: thumbnails and durations (set by media_view.install)
        self.player = None  # a media_view.AudioPlayer
        self.uploads: dict[int, float] = {}  # outbox item id -> share of its file uploaded (the backend's)
        self._fonts: tuple[str, QFontMetrics, QFontMetrics] | None = None
        self._view = parent if isinstance(parent, QAbstractScrollArea) else None  # the thread it lays out
        self.marked: int | None = None  # a message set apart by an outline (the search hit just opened)

    def clear_cache(self) -> None:
        """Forget every measured bubble (after a font or theme change)."""
        for row in self.model.rows:
            row.layout = None

    def _starts_day(self, i: int, row: queries.MessageRow) -> bool:
        if i == 0:
            return True
        return self.model.rows[i - 1].timestamp.astimezone().date() != row.timestamp.astimezone().date()

    def _stable_width(self, option: QStyleOptionViewItem) -> int:
        """The thread's width as if it had no scroll bar. Opening a long chat lays its first page out before
        the bar appears, then again with it: keyed on the bare viewport width, every bubble was measured twice
        (docs/ui.md, Performance)."""
        view = self._view
        if view is None:
            return option.rect.width()
        # the view's inside, scroll bar included; asked on every size hint (tens of thousands per page load),
        # so two calls and no more
        return view.width() - 2 * view.frameWidth()

    def _width(self, option: QStyleOptionViewItem) -> int:
        view_w = self._stable_width(option) or 600
        return max(200, int(view_w * self.MAX_FRACTION))

    @staticmethod
    def _text_rect(fm: QFontMetrics, text: str, width: int) -> QRect:
        if not text:
            return QRect(0, 0, 0, 0)
        return fm.boundingRect(QRect(0, 0, width, 100000), Qt.TextFlag.TextWordWrap, text)

    def _media_size(self, media: str | None, inner: int) -> tuple[int, int]:
        if media is None:
            return 0, 0
        if media == "sticker":
            return min(inner, self.TILE_H), self.TILE_H
        if media in TILE_TYPES:
            return min(inner, self.TILE_W), self.TILE_H
        if media == "document":
            return min(inner, 280), self.ROW_H + 8
        return min(inner, 280), self.ROW_H

    def _held_height(self, index: QModelIndex, width: int) -> int:
        """A held outbox item is a widget on its row (``ui.outbox_bubble.HeldBubble``): its height at this width."""
        view = self.parent()
        widget = view.indexWidget(index) if view is not None and hasattr(view, "indexWidget") else None
        return widget.height_for(width) if widget is not None and hasattr(widget, "height_for") else 120

    def bubble(self, index: QModelIndex, option: QStyleOptionViewItem) -> _Bubble:
        """The row's layout at this width: measured once, then kept on the row (``MessageRow.layout``)."""
        i = index.row()
        row: queries.MessageRow = self.model.rows[i]
        key = self._stable_width(option)
        cached = row.layout
        if cached is not None and cached[0] == key:
            return cached[1]
        bubble = self._measure(row, self._starts_day(i, row), option)
        row.layout = (key, bubble)
        return bubble

    def _metrics(self, font: QFont) -> tuple[QFontMetrics, QFontMetrics]:
        """The body and the small (time, template) font metrics, made once per font."""
        key = font.toString()
        if self._fonts is None or self._fonts[0] != key:
            small = QFont(font)
            small.setPointSizeF(font.pointSizeF() * 0.85)
            self._fonts = (key, QFontMetrics(font), QFontMetrics(small))
        return self._fonts[1], self._fonts[2]

    def _measure(self, row: queries.MessageRow, starts_day: bool, option: QStyleOptionViewItem) -> _Bubble:
        fm, sfm = self._metrics(option.font)
        width = self._width(option)
        inner = width - 2 * self.PAD
        day = day_label(row.timestamp) if starts_day and row.kind != "queued" else None
        day_h = self.DAY_H if day else 0
        if row.kind == "notice":
            text = render(row.text)
            body_h = self._text_rect(fm, text, inner).height()
            return _Bubble(day, None, "", None, "", 0, text, None, "", width, body_h, 0, day_h + body_h + 24)
        media = row.type if row.kind == "message" and row.type not in ("text", "template", "interactive",
                                                                         "button", "system") else None
        if row.kind == "message" and row.type == "template":  # a picture, video or document at its top
            media = row.media_kind
        if row.kind == "queued" and getattr(row.outbox, "media_kind", None):
            media = row.outbox.media_kind
        body = row.text or ""
        if media in ("reaction",):
            body = self.tr("Reacted {emoji}").format(emoji=body) if body else self.tr("Removed a reaction")
            media = None
        template = self.tr("Template “{name}”").format(name=row.template_name) \
            if row.template_name and row.kind in ("message", "queued") else None
        if row.automatic and row.kind == "message":
            template = self.tr("Automatic reply")
        footer = clock(row.timestamp) if row.kind != "queued" else self._queued_footer(row)
        if row.direction == "out" and row.kind != "notice":
            footer += "  " + TICKS.get(row.status, "")
        error = ("⚠ " + render(errors.failure_reason(row.error_code, row.error_title, row.error_text))
                 if row.status == "failed" else "? " + render(errors.explain_unconfirmed())
                 if row.status == "unconfirmed" and row.kind == "message" else None)
        if error and row.error_code in TEMPLATE_INSTEAD_CODES and row.kind == "message":
            error += "\n" + self.tr("Click here to send a template instead.")
        body_rect = self._text_rect(fm, body, inner)
        doc = self._template_doc(row, option.font, inner) if row.kind == "message" and row.parts else None
        if doc is not None:  # title, body, footer and buttons instead of the plain text
            body = ""
            body_rect = QRect(0, 0, min(inner, int(doc.idealWidth()) + 1), int(doc.size().height()) + 1)
        error_rect = self._text_rect(fm, error, inner) if error else QRect()
        media_w, media_h = self._media_size(media, inner)
        note = self._media_note(row, media)
        note_rect = self._text_rect(sfm, note, max(media_w, min(inner, 300))) if note else QRect()
        quoted = render(row.quoted)
        content_w = max(body_rect.width(), sfm.horizontalAdvance(footer) + 8, error_rect.width(), media_w,
                        note_rect.width(),
                        min(inner, sfm.horizontalAdvance(template) + 4) if template else 0,
                        min(inner, fm.horizontalAdvance(quoted) + 20) if quoted else 0)
        if doc is not None and doc.textWidth() < content_w:  # the rules and centred buttons span the bubble
            doc.setTextWidth(content_w)
            body_rect = QRect(0, 0, content_w, int(doc.size().height()) + 1)
        h = self.PAD + body_rect.height() + sfm.height() + self.PAD + 4
        if template:
            h += sfm.height() + 4
        if quoted:
            h += fm.height() + 12
        if media:
            h += media_h + (6 if body or doc else 0)
        if note:
            h += note_rect.height() + 6
        if error:
            h += error_rect.height() + 6
        return _Bubble(day, template, quoted, media, note, note_rect.height(), body, error, footer,
                       content_w + 2 * self.PAD, body_rect.height(), error_rect.height(), day_h + h + 6, doc)

    @staticmethod
    def _template_doc(row: queries.MessageRow, font: QFont, width: int) -> QTextDocument | None:
        """A sent template's stored parts laid out at ``width`` (``template_bubble``: the templates page's preview
        draws the same)."""
        c = theme.colours()
        # WhatsApp's dark scheme draws the buttons light blue: its green accent is faint on the dark green bubble
        shown = template_bubble.sent_html(row.parts, c, background=c.bubble_out if row.direction == "out" else
                                          c.bubble_in,
                                          button_colour=c.tick_read if theme.current() == theme.DARK else None)
        if not shown:
            return None
        doc = QTextDocument()
        doc.setDefaultFont(font)
        doc.setDocumentMargin(0)
        colour = c.text if row.status == "failed" else c.bubble_text
        doc.setHtml(f"<div style='color:{colour}'>{shown}</div>")
        doc.setTextWidth(width)
        ideal = doc.idealWidth()
        if ideal < width:  # as narrow as its longest line, so the bubble hugs it
            doc.setTextWidth(ideal + 1)
        return doc

    def _media_note(self, row: queries.MessageRow, media: str | None) -> str:
        """The line under a file that is not (yet) on this PC: downloading, or why it cannot be had."""
        info = row.media
        if media is None or media not in media_kinds.KINDS:
            return ""
        if row.kind in ("queued", "held"):
            return ""
        if info is None or info.state in ("pending", "downloading"):
            return self.tr("Downloading…") if row.direction == "in" else ""
        if info.state == "unavailable":
            return render(downloads.unavailable_reason(info.reason_code, media)) if row.direction == "in" else \
                self.tr("The file is no longer on this computer.")
        return ""

    def _queued_footer(self, row: queries.MessageRow) -> str:
        item = row.outbox
        if item is not None and getattr(item, "state", "") == "sending":
            if getattr(item, "media_kind", None) and not getattr(item, "meta_media_id", None):
                return self.tr("uploading {size}…").format(size=render(media_kinds.size_words(item.media_size or 0)))
            return self.tr("sending…")
        if item is not None and item.attempts and item.next_attempt_at is not None:
            return self.tr("not sent yet · next try {time}").format(time=local_date(item.next_attempt_at, "HH:mm"))
        return self.tr("waiting to send")

    # ------------------------------------------------------------------ files
    def _file(self, row: queries.MessageRow) -> tuple[int | None, str | None, str | None, int | None]:
        """(file id, relative path, file name, size) of the row's file when it is on this PC."""
        info = row.media
        if info is not None and info.state == "ready":
            return info.file_id, info.path, info.filename, info.size
        item = row.outbox
        if row.kind == "queued" and getattr(item, "media_path", None):
            return None, item.media_path, item.media_filename, item.media_size  # no thumbnail until it is sent
        return None, None, None, None

    def _paint_media(self, painter: QPainter, row: queries.MessageRow, kind: str, tile: QRectF, fm: QFontMetrics,
                     sfm: QFontMetrics, small: QFont, font: QFont, c: theme.Colours) -> None:
        self._paint_file(painter, row, kind, tile, fm, sfm, small, font, c)
        share = self.uploads.get(row.outbox.id) if row.kind == "queued" and row.outbox is not None else None
        if share is not None:  # the file going up: a bar along the tile's foot
            painter.save()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(c.muted))
            track = QRectF(tile.left() + 8, tile.bottom() - 7, tile.width() - 16, 3)
            painter.drawRoundedRect(track, 1.5, 1.5)
            painter.setBrush(QColor(c.accent))
            painter.drawRoundedRect(QRectF(track.left(), track.top(), track.width() * share, 3), 1.5, 1.5)
            painter.restore()

    def _paint_file(self, painter: QPainter, row: queries.MessageRow, kind: str, tile: QRectF, fm: QFontMetrics,
                    sfm: QFontMetrics, small: QFont, font: QFont, c: theme.Colours) -> None:
        file_id, path, filename, size = self._file(row)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(c.media_tile))
        painter.drawRoundedRect(tile, 7, 7)
        library = self.library
        if kind in ("image", "sticker") and file_id is not None and library is not None:
            image = library.thumbnail(file_id, path, whole=kind == "sticker")
            if image is not None:
                clip = QPainterPath()
                clip.addRoundedRect(tile, 7, 7)
                painter.save()
                painter.setClipPath(clip)
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
                if kind == "sticker":  # stickers keep their shape on the bubble, no tile behind
                    painter.fillRect(tile, QColor(c.bubble_out if row.direction == "out" else c.bubble_in))
                painter.drawPixmap(tile.topLeft(), image) if image.deviceIndependentSize().toSize() == \
                    tile.size().toSize() else painter.drawPixmap(tile.toRect(), image)
                painter.restore()
                return
        if kind == "video":
            painter.setBrush(QColor("#05090b"))  # near black in both schemes, like a video before it plays
            painter.drawRoundedRect(tile, 7, 7)
            poster = library.thumbnail(file_id, path, video=True) if library is not None and file_id is not None \
                else None
            if poster is not None:  # a frame of the video (Qt Multimedia), a shade at the foot for the length
                clip = QPainterPath()
                clip.addRoundedRect(tile, 7, 7)
                painter.save()
                painter.setClipPath(clip)
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
                painter.drawPixmap(tile.toRect(), poster)
                shade = QLinearGradient(0, tile.bottom() - 34, 0, tile.bottom())
                shade.setColorAt(0, QColor(0, 0, 0, 0))
                shade.setColorAt(1, QColor(0, 0, 0, 150))
                painter.fillRect(QRectF(tile.left(), tile.bottom() - 34, tile.width(), 34), shade)
                painter.restore()
            circle = QRectF(tile.center().x() - 26, tile.center().y() - 26, 52, 52)
            painter.setBrush(QColor(0, 0, 0, 110))
            painter.drawEllipse(circle)
            draw_media_icon(painter, "video", circle.adjusted(4, 4, -4, -4), QColor("#ffffff"))
            length = library.duration(file_id, path) if library is not None and file_id is not None else None
            parts = [p for p in (probe.clock(length), render(media_kinds.size_words(size)) if size else "") if p]
            label = "  ·  ".join(parts) or media_label(kind)
            painter.setFont(small)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(tile.adjusted(10, 0, -10, -6), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                             "▶ " + label)
            painter.setFont(font)
            return
        if kind in ("image", "sticker"):
            icon = QRectF(tile.center().x() - 24, tile.top() + tile.height() / 2 - 38, 48, 48)
            gone = row.media is not None and row.media.state == "unavailable"
            draw_media_icon(painter, "unavailable" if gone else kind, icon, QColor(c.danger if gone else c.muted))
            painter.setPen(QColor(c.muted))
            painter.drawText(QRectF(tile.left(), icon.bottom() + 4, tile.width(), fm.height() + 4),
                             Qt.AlignmentFlag.AlignCenter, media_label(kind))
            return
        if kind == "audio":
            self._paint_audio(painter, file_id, path, tile, sfm, small, font, c)
            return
        icon = QRectF(tile.left() + 8, tile.top() + (tile.height() - 32) / 2, 32, 32)
        draw_media_icon(painter, kind, icon, QColor(c.accent))
        text_left = icon.right() + 10
        text_w = tile.right() - text_left - 8
        name = filename or media_label(kind)
        painter.setPen(QColor(c.bubble_text))
        painter.drawText(QRectF(text_left, tile.top() + 6, text_w, fm.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(name, Qt.TextElideMode.ElideMiddle, int(text_w)))
        details = render(media_kinds.size_words(size)) if size else ""
        if file_id is not None and row.kind == "message":
            details = (details + "  ·  " if details else "") + self.tr("Open · Save as…")
        painter.setFont(small)
        painter.setPen(QColor(c.muted))
        painter.drawText(QRectF(text_left, tile.top() + 8 + fm.height(), text_w, sfm.height() + 2),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         sfm.elidedText(details, Qt.TextElideMode.ElideRight, int(text_w)))
        painter.setFont(font)

    def _paint_audio(self, painter: QPainter, file_id: int | None, path: str | None, tile: QRectF,
                     sfm: QFontMetrics, small: QFont, font: QFont, c: theme.Colours) -> None:
        button = QRectF(tile.left() + 8, tile.top() + (tile.height() - 32) / 2, 32, 32)
        player = self.player
        playing = player is not None and player.playing and player.file_id == file_id and file_id is not None
        painter.setBrush(QColor(c.accent))
        painter.drawEllipse(button)
        painter.setBrush(QColor("#ffffff"))
        if playing:
            painter.drawRect(QRectF(button.left() + 11, button.top() + 9, 4, 14))
            painter.drawRect(QRectF(button.left() + 18, button.top() + 9, 4, 14))
        else:
            painter.drawPolygon(QPolygonF([QPointF(button.left() + 12, button.top() + 8),
                                           QPointF(button.left() + 12, button.bottom() - 8),
                                           QPointF(button.right() - 8, button.center().y())]))
        length = self.library.duration(file_id, path) if self.library is not None and file_id is not None else None
        progress = player.progress(file_id) if player is not None else None
        bar_left, bar_right = button.right() + 10, tile.right() - 52
        bar_y = tile.center().y()
        painter.setBrush(QColor(c.muted))
        painter.drawRoundedRect(QRectF(bar_left, bar_y - 1.5, bar_right - bar_left, 3), 1.5, 1.5)
        if progress is not None:
            painter.setBrush(QColor(c.accent))
            painter.drawRoundedRect(QRectF(bar_left, bar_y - 1.5, (bar_right - bar_left) * progress, 3), 1.5, 1.5)
            painter.drawEllipse(QPointF(bar_left + (bar_right - bar_left) * progress, bar_y), 6, 6)
        shown = probe.clock(player.position) if progress is not None and player is not None else probe.clock(length)
        painter.setFont(small)
        painter.setPen(QColor(c.muted))
        painter.drawText(QRectF(bar_right + 6, tile.top(), 44, tile.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         shown or ("" if file_id is not None else "…"))
        painter.setFont(font)

    def media_rect(self, index: QModelIndex, option: QStyleOptionViewItem) -> QRectF | None:
        """Where the row's file is drawn (view coordinates), as ``paint`` places it; None without one."""
        row: queries.MessageRow = self.model.rows[index.row()]
        if row.kind not in ("message", "queued"):
            return None
        b = self.bubble(index, option)
        if not b.media:
            return None
        fm, sfm = self._metrics(option.font)
        r = QRect(option.rect)
        if b.day:
            r.setTop(r.top() + self.DAY_H)
        x = r.right() - self.MARGIN - b.width if row.direction == "out" else r.left() + self.MARGIN
        y = r.top() + 3 + self.PAD
        if b.template:
            y += sfm.height() + 4
        if b.quoted:
            y += fm.height() + 12
        media_w, media_h = self._media_size(b.media, b.width - 2 * self.PAD)
        return QRectF(x + self.PAD, y, media_w, media_h)

    def editorEvent(self, event, model, option: QStyleOptionViewItem, index: QModelIndex) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton:
            rect = self.media_rect(index, option)
            if rect is not None and rect.contains(event.position()):
                self.media_clicked.emit(self.model.rows[index.row()])
                return True
        return super().editorEvent(event, model, option, index)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        row = self.model.rows[index.row()]
        if row.kind == "held":  # not cached: the widget's height follows its text and the width
            view = self.parent()
            width = option.rect.width() or (view.viewport().width() if hasattr(view, "viewport") else 600)
            return QSize(width, self._held_height(index, width))
        return QSize(option.rect.width(), self.bubble(index, option).height)

    def _paint_day(self, painter: QPainter, r: QRect, text: str, fm: QFontMetrics, c: theme.Colours) -> None:
        w = fm.horizontalAdvance(text) + 24
        chip = QRectF(r.center().x() - w / 2, r.top() + 8, w, fm.height() + 8)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(c.day_chip))
        painter.drawRoundedRect(chip, 7, 7)
        painter.setPen(QColor(c.muted))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        row: queries.MessageRow = self.model.rows[index.row()]
        if row.kind == "held":
            return  # its HeldBubble widget draws it
        b = self.bubble(index, option)
        c = theme.colours()
        fm = QFontMetrics(option.font)
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.85)
        sfm = QFontMetrics(small)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(option.font)
        r = QRect(option.rect)
        if b.day:
            painter.setFont(small)
            self._paint_day(painter, r, b.day, sfm, c)
            painter.setFont(option.font)
            r.setTop(r.top() + self.DAY_H)
        if row.kind == "notice":
            w = min(b.width, fm.horizontalAdvance(b.body) + 2 * self.PAD + 8)
            box = QRectF(r.center().x() - w / 2, r.top() + 6, w, b.body_h + 10)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(c.notice))
            painter.drawRoundedRect(box, 8, 8)
            painter.setPen(QColor(c.text))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, b.body)
            painter.restore()
            return
        outgoing = row.direction == "out"
        x = r.right() - self.MARGIN - b.width if outgoing else r.left() + self.MARGIN
        bubble = QRectF(x, r.top() + 3, b.width, r.height() - 6)
        failed = row.status == "failed"
        if failed:  # a light or dark red with the text colour on it: red text on green read badly in dark mode
            painter.setPen(QPen(QColor(c.danger), 1.2))
            painter.setBrush(QColor(c.danger_bg))
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(c.bubble_out if outgoing else c.bubble_in))
        painter.drawRoundedRect(bubble, 9, 9)
        if self.marked is not None and row.kind == "message" and row.id == self.marked:
            painter.setPen(QPen(QColor(c.accent), 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(bubble.adjusted(-2, -2, 2, 2), 10, 10)
            painter.setPen(Qt.PenStyle.NoPen)
        inner = b.width - 2 * self.PAD
        left = bubble.left() + self.PAD
        y = bubble.top() + self.PAD
        if b.template:
            painter.setFont(small)
            painter.setPen(QColor(c.muted))
            painter.drawText(QRectF(left, y, inner, sfm.height() + 4), Qt.AlignmentFlag.AlignLeft,
                             sfm.elidedText(b.template, Qt.TextElideMode.ElideRight, inner))
            painter.setFont(option.font)
            y += sfm.height() + 4
        if b.quoted:
            qrect = QRectF(left, y, inner, fm.height() + 8)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(0, 0, 0, 22) if theme.current() == theme.LIGHT else QColor(255, 255, 255, 18))
            painter.drawRoundedRect(qrect, 5, 5)
            painter.setBrush(QColor(c.accent))
            painter.drawRect(QRectF(qrect.left(), qrect.top(), 3, qrect.height()))
            painter.setPen(QColor(c.muted))
            painter.drawText(qrect.adjusted(9, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter,
                             fm.elidedText(b.quoted, Qt.TextElideMode.ElideRight, int(qrect.width()) - 14))
            y += fm.height() + 12
        if b.media:
            media_w, media_h = self._media_size(b.media, inner)
            tile = QRectF(left, y, media_w, media_h)
            self._paint_media(painter, row, b.media, tile, fm, sfm, small, option.font, c)
            y += media_h + 6 if b.media_note else media_h + (6 if b.body or b.doc else 0)
        if b.media_note:
            painter.setFont(small)
            unavailable = row.media is not None and row.media.state == "unavailable"
            painter.setPen(QColor(c.danger if unavailable else c.muted))
            note_w = max(self._media_size(b.media, inner)[0], min(inner, 300))
            painter.drawText(QRectF(left, y, note_w, b.media_note_h), Qt.TextFlag.TextWordWrap, b.media_note)
            painter.setFont(option.font)
            y += b.media_note_h + (6 if b.body or b.doc else 0)
        if b.body:
            painter.setPen(QColor(c.text if failed else c.bubble_text))
            painter.drawText(QRectF(left, y, inner, b.body_h), Qt.TextFlag.TextWordWrap, b.body)
            y += b.body_h
        elif b.doc is not None:
            painter.save()
            painter.translate(left, y)
            b.doc.drawContents(painter)
            painter.restore()
            y += b.body_h
        if b.error:
            painter.setPen(QColor(c.text))
            painter.drawText(QRectF(left, y + 4, inner, b.error_h), Qt.TextFlag.TextWordWrap, b.error)
        painter.setFont(small)
        colour = c.tick_read if row.status in ("read", "played") and outgoing else c.muted
        if row.status == "failed":
            colour = c.danger
        painter.setPen(QColor(colour))
        painter.drawText(QRectF(bubble.left(), bubble.bottom() - sfm.height() - self.PAD + 2,
                                b.width - self.PAD, sfm.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, b.footer)
        painter.restore()


class MessageHitDelegate(QStyledItemDelegate):
    """A message the chat list's search found: who and when on the first line, the text around the hit on the
    second, the matched words bold in the accent colour."""

    HEIGHT = 58

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(option.rect.width(), self.HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        hit = index.data(RowRole)
        if hit is None:
            return
        c = theme.colours()
        painter.save()
        r = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.fillRect(r, QColor(c.selected if selected else c.base))
        left, right = r.left() + 14, r.right() - 12
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.88)
        stamp = short_time(hit.timestamp)
        stamp_w = QFontMetrics(small).horizontalAdvance(stamp) + 4
        name_font = QFont(option.font)
        name_font.setBold(True)
        painter.setFont(name_font)
        painter.setPen(QColor(c.text))
        name_rect = QRect(left, r.top() + 8, right - left - stamp_w - 8, 20)
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(name_font).elidedText(hit.name, Qt.TextElideMode.ElideRight, name_rect.width()))
        painter.setFont(small)
        painter.setPen(QColor(c.muted))
        painter.drawText(QRect(right - stamp_w, r.top() + 8, stamp_w, 20),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, stamp)
        self._paint_snippet(painter, option.font, QRect(left, r.top() + 30, right - left, 20), hit, c)
        painter.setPen(QPen(QColor(c.alt_base)))
        painter.drawLine(left, r.bottom(), r.right(), r.bottom())
        painter.restore()

    @staticmethod
    def parts(snippet: str) -> list[tuple[str, bool]]:
        """The snippet as (text, is the hit) pieces, the one-line form of its line breaks."""
        out: list[tuple[str, bool]] = []
        hit = False
        for piece in snippet.replace("\n", " ").replace("\x03", "\x02").split("\x02"):
            if piece:
                out.append((piece, hit))
            hit = not hit
        return out

    def _paint_snippet(self, painter: QPainter, font: QFont, rect: QRect, hit, c: theme.Colours) -> None:
        bold = QFont(font)
        bold.setBold(True)
        x, end = rect.left(), rect.right()
        mark = "↳ " if hit.direction == "out" else ""
        pieces = ([(mark, False)] if mark else []) + self.parts(hit.snippet)
        for text, is_hit in pieces:
            f = bold if is_hit else font
            fm = QFontMetrics(f)
            room = end - x
            if room <= fm.horizontalAdvance("…"):
                break
            shown = fm.elidedText(text, Qt.TextElideMode.ElideRight, room)
            painter.setFont(f)
            painter.setPen(QColor(c.accent if is_hit else c.muted))
            painter.drawText(QRect(x, rect.top(), room, rect.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
            x += fm.horizontalAdvance(shown)
            if shown != text:
                break
