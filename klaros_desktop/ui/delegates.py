"""Painting the conversation list rows and the chat bubbles (no widget per row, so 10k messages stay light)."""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QAbstractScrollArea, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from klaros_desktop.graph.errors import failure_reason
from klaros_desktop.models.base import utcnow
from klaros_desktop.services.reads import queries
from klaros_desktop.ui import theme
from klaros_desktop.ui.i18n import local_date, render
from klaros_desktop.ui.item_models import RowRole


def short_time(when: datetime | None, now: datetime | None = None) -> str:
    """WhatsApp-style: a time today, the weekday this week, else the date; always in local time."""
    if when is None:
        return ""
    local = when.astimezone()
    today = (now or utcnow()).astimezone()
    if local.date() == today.date():
        return local.strftime("%H:%M")
    days = (today.date() - local.date()).days
    if days == 1:
        return QCoreApplication.translate("delegates", "Yesterday")
    if 1 < days < 7:
        return local_date(when, "ddd")  # weekday and month names in the reader's language
    return local_date(when, "dd.MM.yy")


def window_label(row: queries.ConversationRow, now: datetime | None = None) -> str:
    left = row.window_left(now)
    if left is None:
        return ""
    hours, rem = divmod(int(left.total_seconds()), 3600)
    return f"◷ {hours}h" if hours else f"◷ {rem // 60}m"


TEMPLATE_INSTEAD_CODES = {131047}  # Meta's 24-hour window closed: a template may still go

TICKS = {"pending": "◷", "queued": "◷", "accepted": "✓", "sent": "✓", "delivered": "✓✓", "read": "✓✓",
         "played": "✓✓", "failed": "⚠"}


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
    return local_date(when, "dd MMMM yyyy")


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
    body: str
    error: str | None
    footer: str
    width: int  # bubble width
    body_h: int
    error_h: int
    height: int  # the whole row


class BubbleDelegate(QStyledItemDelegate):
    """A chat bubble: day chip, quoted reply, media placeholder, text, Meta's failure reason, time and ticks.

    Sizes are cached per row and width: a 10k-message thread is laid out once, and loading an older page
    only measures the 200 new rows.
    """

    PAD = 8
    MARGIN = 12
    MAX_FRACTION = 0.68
    DAY_H = 34
    TILE_W, TILE_H = 240, 150
    ROW_H = 46

    def __init__(self, model, parent=None):
        super().__init__(parent)
        self.model = model  # a MessageModel; its rows are read directly (no QVariant round trip per row)
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
        if media in TILE_TYPES:
            return min(inner, self.TILE_W), self.TILE_H
        return min(inner, 260), self.ROW_H

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
            return _Bubble(day, None, "", None, text, None, "", width, body_h, 0, day_h + body_h + 24)
        media = row.type if row.kind == "message" and row.type not in ("text", "template", "interactive",
                                                                         "button", "system") else None
        body = row.text or ""
        if media in ("reaction",):
            body = self.tr("Reacted {emoji}").format(emoji=body) if body else self.tr("Removed a reaction")
            media = None
        template = self.tr("Template “{name}”").format(name=row.template_name) \
            if row.template_name and row.kind == "message" else None
        if row.automatic and row.kind == "message":
            template = self.tr("Automatic reply")
        footer = row.timestamp.astimezone().strftime("%H:%M") if row.kind != "queued" else self._queued_footer(row)
        if row.direction == "out" and row.kind != "notice":
            footer += "  " + TICKS.get(row.status, "")
        error = ("⚠ " + render(failure_reason(row.error_code, row.error_title, row.error_text))
                 if row.status == "failed" else None)
        if error and row.error_code in TEMPLATE_INSTEAD_CODES and row.kind == "message":
            error += "\n" + self.tr("Click here to send a template instead.")
        body_rect = self._text_rect(fm, body, inner)
        error_rect = self._text_rect(fm, error, inner) if error else QRect()
        media_w, media_h = self._media_size(media, inner)
        quoted = render(row.quoted)
        content_w = max(body_rect.width(), sfm.horizontalAdvance(footer) + 8, error_rect.width(), media_w,
                        min(inner, sfm.horizontalAdvance(template) + 4) if template else 0,
                        min(inner, fm.horizontalAdvance(quoted) + 20) if quoted else 0)
        h = self.PAD + body_rect.height() + sfm.height() + self.PAD + 4
        if template:
            h += sfm.height() + 4
        if quoted:
            h += fm.height() + 12
        if media:
            h += media_h + (6 if body else 0)
        if error:
            h += error_rect.height() + 6
        return _Bubble(day, template, quoted, media, body, error, footer, content_w + 2 * self.PAD,
                       body_rect.height(), error_rect.height(), day_h + h + 6)

    def _queued_footer(self, row: queries.MessageRow) -> str:
        item = row.outbox
        if item is not None and getattr(item, "state", "") == "sending":
            return self.tr("sending…")
        if item is not None and item.attempts and item.next_attempt_at is not None:
            return self.tr("not sent yet · next try {time}").format(time=local_date(item.next_attempt_at, "HH:mm"))
        return self.tr("waiting to send")

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
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(c.media_tile))
            painter.drawRoundedRect(tile, 7, 7)
            label = media_label(b.media)
            if b.media in TILE_TYPES:
                icon = QRectF(tile.center().x() - 24, tile.top() + media_h / 2 - 38, 48, 48)
                draw_media_icon(painter, b.media, icon, QColor(c.muted))
                painter.setPen(QColor(c.muted))
                painter.drawText(QRectF(tile.left(), icon.bottom() + 4, media_w, fm.height() + 4),
                                 Qt.AlignmentFlag.AlignCenter, label)
            else:
                icon = QRectF(tile.left() + 8, tile.top() + (media_h - 30) / 2, 30, 30)
                draw_media_icon(painter, b.media, icon, QColor(c.accent))
                painter.setPen(QColor(c.bubble_text))
                painter.drawText(QRectF(icon.right() + 10, tile.top(), media_w - 56, media_h),
                                 Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                                 fm.elidedText(label, Qt.TextElideMode.ElideRight, int(media_w) - 56))
            y += media_h + (6 if b.body else 0)
        if b.body:
            painter.setPen(QColor(c.text if failed else c.bubble_text))
            painter.drawText(QRectF(left, y, inner, b.body_h), Qt.TextFlag.TextWordWrap, b.body)
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
