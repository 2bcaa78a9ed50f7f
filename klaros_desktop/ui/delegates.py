"""Painting the conversation list rows and the chat bubbles (no widget per row, so 10k messages stay light)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from klaros_desktop.models.base import utcnow
from klaros_desktop.ui import queries, theme
from klaros_desktop.ui.meta_errors import plain_reason
from klaros_desktop.ui.models import RowRole


def short_time(when: datetime | None, now: datetime | None = None) -> str:
    """WhatsApp-style: a time today, the weekday this week, else the date; always in local time."""
    if when is None:
        return ""
    local = when.astimezone()
    today = (now or utcnow()).astimezone()
    if local.date() == today.date():
        return local.strftime("%H:%M")
    days = (today.date() - local.date()).days
    if 0 < days < 7:
        return local.strftime("%a")
    return local.strftime("%d.%m.%y")


def window_label(row: queries.ConversationRow, now: datetime | None = None) -> str:
    left = row.window_left(now)
    if left is None:
        return ""
    hours, rem = divmod(int(left.total_seconds()), 3600)
    return f"◷ {hours}h" if hours else f"◷ {rem // 60}m"


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
        painter.fillRect(r, QColor(c.alt_base if selected else c.base))
        # avatar: initials on a tinted circle
        avatar = QRectF(r.left() + 12, r.top() + 12, 44, 44)
        painter.setPen(Qt.PenStyle.NoPen)
        tint = QColor(c.accent)
        painter.setBrush(tint.lighter(160) if theme.current() == theme.LIGHT else tint.darker(180))
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
        countdown = window_label(row)
        cd_w = QFontMetrics(small).horizontalAdvance(countdown) + 10 if countdown else 0
        if countdown:
            painter.setPen(QColor(c.accent))
            painter.drawText(QRect(right - badge_w - cd_w - 4, r.top() + 38, cd_w, 20),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, countdown)
        preview = row.preview
        if row.preview_direction == "out" and row.preview_status:
            preview = f"{TICKS.get(row.preview_status, '')} {preview}"
        painter.setPen(QColor(c.muted))
        prev_font = QFont(option.font)
        painter.setFont(prev_font)
        prev_rect = QRect(left, r.top() + 38, right - left - badge_w - cd_w - 10, 20)
        painter.drawText(prev_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(prev_font).elidedText(preview, Qt.TextElideMode.ElideRight, prev_rect.width()))
        painter.setPen(QPen(QColor(c.alt_base if not selected else c.base)))
        painter.drawLine(left, r.bottom(), r.right(), r.bottom())
        painter.restore()


class BubbleDelegate(QStyledItemDelegate):
    """A chat bubble: text, quoted reply, media label, time and the delivery ticks (or Meta's failure reason)."""

    PAD = 8
    MARGIN = 12
    MAX_FRACTION = 0.68

    def _layout(self, row: queries.MessageRow, option: QStyleOptionViewItem) -> tuple[str, str | None, str, str]:
        body = row.text or ""
        if row.kind == "message" and row.type not in ("text", "template"):
            label = queries.MEDIA_LABELS.get(row.type, row.type)
            if row.type in queries.MEDIA_LABELS and row.type not in ("reaction", "location", "contacts", "order"):
                label = f"[{label}]  " + "media preview comes with media support"
            body = f"{label}\n{body}" if body else label
        if row.template_name and row.kind == "message":
            body = f"{body}\n— template {row.template_name}" if body else f"template {row.template_name}"
        footer = short_time(row.timestamp) if row.kind != "queued" else "queued"
        if row.direction == "out" and row.kind != "notice":
            footer += "  " + TICKS.get(row.status, "")
        error = None
        if row.status == "failed":
            error = plain_reason(row.error_code, row.error_title, row.error_text)
        return body, error, footer, row.quoted or ""

    def _width(self, option: QStyleOptionViewItem) -> int:
        view_w = option.rect.width() or 600
        return max(160, int(view_w * self.MAX_FRACTION))

    def _text_rect(self, fm: QFontMetrics, text: str, width: int) -> QRect:
        if not text:
            return QRect(0, 0, 0, 0)
        return fm.boundingRect(QRect(0, 0, width, 100000), Qt.TextFlag.TextWordWrap, text)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        row: queries.MessageRow = index.data(RowRole)
        fm = QFontMetrics(option.font)
        width = self._width(option) - 2 * self.PAD
        if row.kind == "notice":
            return QSize(option.rect.width(), self._text_rect(fm, row.text or "", width).height() + 24)
        body, error, _footer, quoted = self._layout(row, option)
        h = self._text_rect(fm, body, width).height() + fm.height() + 2 * self.PAD + 8
        if quoted:
            h += fm.height() + 12
        if error:
            h += self._text_rect(fm, error, width).height() + 6
        return QSize(option.rect.width(), h)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        row: queries.MessageRow = index.data(RowRole)
        if row is None:
            return
        c = theme.colours()
        fm = QFontMetrics(option.font)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(option.font)
        r = option.rect
        width = self._width(option)
        if row.kind == "notice":
            text_rect = self._text_rect(fm, row.text or "", width - 2 * self.PAD)
            w = text_rect.width() + 2 * self.PAD + 4
            box = QRectF(r.center().x() - w / 2, r.top() + 6, w, text_rect.height() + 10)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(c.notice))
            painter.drawRoundedRect(box, 8, 8)
            painter.setPen(QColor(c.text))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, row.text or "")
            painter.restore()
            return
        body, error, footer, quoted = self._layout(row, option)
        inner = width - 2 * self.PAD
        body_rect = self._text_rect(fm, body, inner)
        error_rect = self._text_rect(fm, error, inner) if error else QRect()
        footer_w = fm.horizontalAdvance(footer) + 8
        content_w = max(body_rect.width(), footer_w, error_rect.width(),
                        min(inner, fm.horizontalAdvance(quoted) + 16) if quoted else 0)
        bubble_w = content_w + 2 * self.PAD
        bubble_h = r.height() - 6
        outgoing = row.direction == "out"
        x = r.right() - self.MARGIN - bubble_w if outgoing else r.left() + self.MARGIN
        bubble = QRectF(x, r.top() + 3, bubble_w, bubble_h)
        path = QPainterPath()
        path.addRoundedRect(bubble, 9, 9)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(c.bubble_out if outgoing else c.bubble_in))
        painter.drawPath(path)
        y = bubble.top() + self.PAD
        if quoted:
            qrect = QRectF(bubble.left() + self.PAD, y, bubble_w - 2 * self.PAD, fm.height() + 8)
            painter.setBrush(QColor(0, 0, 0, 25) if theme.current() == theme.LIGHT else QColor(255, 255, 255, 20))
            painter.drawRoundedRect(qrect, 5, 5)
            painter.setBrush(QColor(c.accent))
            painter.drawRect(QRectF(qrect.left(), qrect.top(), 3, qrect.height()))
            painter.setPen(QColor(c.muted))
            painter.drawText(qrect.adjusted(8, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter,
                             fm.elidedText(quoted, Qt.TextElideMode.ElideRight, int(qrect.width()) - 12))
            y += fm.height() + 12
        painter.setPen(QColor(c.bubble_text))
        painter.drawText(QRectF(bubble.left() + self.PAD, y, inner, body_rect.height()),
                         Qt.TextFlag.TextWordWrap, body)
        y += body_rect.height()
        if error:
            painter.setPen(QColor(c.danger))
            painter.drawText(QRectF(bubble.left() + self.PAD, y + 4, inner, error_rect.height()),
                             Qt.TextFlag.TextWordWrap, error)
            y += error_rect.height() + 6
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.85)
        painter.setFont(small)
        colour = c.tick_read if row.status in ("read", "played") and outgoing else c.muted
        if row.status == "failed":
            colour = c.danger
        painter.setPen(QColor(colour))
        painter.drawText(QRectF(bubble.left(), bubble.bottom() - fm.height() - 4, bubble_w - self.PAD,
                                fm.height()), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, footer)
        painter.restore()


