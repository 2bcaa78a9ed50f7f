"""The navigation column: a drawn icon, the section's name and a count badge (unread chats on the Inbox), and
the unread count that the navigation, the window title and the tray icon show.

Items other screens add without an icon key are painted as text with their badge, so sections added later fit
in without changes here."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from klaros_desktop.services.core.changes import Changes
from klaros_desktop.services.reads import lookups
from klaros_desktop.ui import ops, theme

IconRole = Qt.ItemDataRole.UserRole + 10  # "chats" | "people" | "templates" | "chart" | "campaigns" | None
BadgeRole = Qt.ItemDataRole.UserRole + 11  # a count shown on the right (0: none)


def draw_icon(painter: QPainter, kind: str, box: QRectF, colour: QColor) -> None:
    """Line icons drawn with the painter (no image files, sharp at any scale, in the theme's colour)."""
    painter.save()
    painter.setPen(QPen(colour, 1.7, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    x, y, w, h = box.x(), box.y(), box.width(), box.height()
    if kind == "chats":
        path = QPainterPath()
        path.addRoundedRect(QRectF(x + w * .08, y + h * .12, w * .84, h * .62), w * .18, w * .18)
        painter.drawPath(path)
        painter.drawLine(QPointF(x + w * .3, y + h * .74), QPointF(x + w * .22, y + h * .92))
        painter.drawLine(QPointF(x + w * .22, y + h * .92), QPointF(x + w * .48, y + h * .74))
    elif kind == "people":
        painter.drawEllipse(QPointF(x + w * .5, y + h * .32), w * .18, w * .18)
        painter.drawArc(QRectF(x + w * .16, y + h * .56, w * .68, h * .6), 0, 180 * 16)
    elif kind == "templates":
        painter.drawRoundedRect(QRectF(x + w * .18, y + h * .08, w * .64, h * .84), w * .08, w * .08)
        for i in range(3):
            yy = y + h * (.32 + i * .18)
            painter.drawLine(QPointF(x + w * .32, yy), QPointF(x + w * .68, yy))
    elif kind == "chart":
        painter.drawLine(QPointF(x + w * .1, y + h * .9), QPointF(x + w * .9, y + h * .9))
        for i, top in enumerate((.55, .3, .12)):
            xx = x + w * (.24 + i * .26)
            painter.drawLine(QPointF(xx, y + h * .8), QPointF(xx, y + h * top))
    elif kind == "campaigns":  # a megaphone
        path = QPainterPath()
        path.moveTo(x + w * .12, y + h * .4)
        path.lineTo(x + w * .4, y + h * .4)
        path.lineTo(x + w * .85, y + h * .14)
        path.lineTo(x + w * .85, y + h * .8)
        path.lineTo(x + w * .4, y + h * .56)
        path.lineTo(x + w * .12, y + h * .56)
        path.closeSubpath()
        painter.drawPath(path)
        painter.drawLine(QPointF(x + w * .3, y + h * .56), QPointF(x + w * .36, y + h * .88))
    painter.restore()


class NavDelegate(QStyledItemDelegate):
    HEIGHT = 40

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(option.rect.width(), self.HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        c = theme.colours()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(option.rect).adjusted(8, 2, -8, -2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        if selected or hovered:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(c.accent if selected else c.alt_base))
            painter.drawRoundedRect(r, 8, 8)
        fg = QColor(c.accent_text if selected else c.text)
        left = r.left() + 12
        kind = index.data(IconRole)
        if kind:
            draw_icon(painter, kind, QRectF(left, r.center().y() - 10, 20, 20), fg)
            left += 30
        badge = index.data(BadgeRole) or 0
        badge_w = 0
        font = QFont(option.font)
        if badge:
            small = QFont(option.font)
            small.setBold(True)
            if option.font.pointSizeF() > 0:  # the style sheet sets the navigation's size in pixels
                small.setPointSizeF(option.font.pointSizeF() * 0.85)
            else:
                small.setPixelSize(max(9, round(option.font.pixelSize() * 0.85)))
            label = str(badge) if badge < 100 else "99+"
            badge_w = max(22, QFontMetrics(small).horizontalAdvance(label) + 12)
            pill = QRectF(r.right() - 8 - badge_w, r.center().y() - 10, badge_w, 20)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(c.accent_text if selected else c.badge))
            painter.drawRoundedRect(pill, 10, 10)
            painter.setFont(small)
            painter.setPen(QColor(c.accent if selected else ("#ffffff" if theme.current() == theme.LIGHT
                                                             else c.window)))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)
            font.setBold(True)
        painter.setFont(font)
        painter.setPen(fg)
        text_rect = QRect(int(left), int(r.top()), int(r.right() - left - badge_w - 12), int(r.height()))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         QFontMetrics(font).elidedText(index.data() or "", Qt.TextElideMode.ElideRight,
                                                       text_rect.width()))
        painter.restore()


class UnreadCounter(QObject):
    """How many chats have unread messages: re-read (one indexed count) after a change report that touches
    conversations and after the inbox marked a chat read or unread."""

    changed = Signal(int)

    def __init__(self, backend, parent: QObject | None = None):
        super().__init__(parent)
        self.backend = backend
        self.count = 0
        backend.data_changed.connect(self._data_changed)
        self.refresh()

    def _data_changed(self, changes: Changes) -> None:
        if changes.touches_conversations():
            self.refresh()

    def refresh(self) -> None:
        ops.run_sync(lambda: lookups.unread_chats(self.backend.sessions), self._counted)

    def _counted(self, count: int) -> None:
        if count != self.count:
            self.count = count
            self.changed.emit(count)


def badged_icon(icon: QIcon, count: int) -> QIcon:
    """The app icon with a green dot carrying the unread count (the tray's at-a-glance signal)."""
    if count <= 0:
        return icon
    pixmap = icon.pixmap(64, 64)
    if pixmap.isNull():
        pixmap = QPixmap(64, 64)
        pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(theme.colours().badge))
    painter.drawEllipse(QRectF(30, 0, 34, 34))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(20 if count < 10 else 15)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(QRectF(30, 0, 34, 34), Qt.AlignmentFlag.AlignCenter, str(count) if count < 100 else "99+")
    painter.end()
    return QIcon(pixmap)


class NotificationSettings(QObject):
    """Notifications (tray notice, sound) as the profile's settings keep them; per chat, "Mute notifications" in
    the chat's menu. ``menu_actions`` are the checkable entries of the View menu."""

    def __init__(self, backend, parent: QObject | None = None):
        super().__init__(parent)
        self.backend = backend
        from klaros_desktop.services.core import settings

        self._keys = (settings.NOTIFY_TRAY, settings.NOTIFY_SOUND)
        # the defaults until the stored values arrive from a worker thread (a read is no work for the GUI thread)
        self.tray, self.sound = (bool(settings.DEFAULTS[k]) for k in self._keys)
        self._actions: dict[str, object] = {}
        sessions, keys = backend.sessions, self._keys
        ops.run_sync(lambda: settings.read_many(sessions, keys), self._read)

    def _read(self, values: dict) -> None:
        self.tray, self.sound = (bool(values[k]) for k in self._keys)
        for attr, action in self._actions.items():
            action.blockSignals(True)  # showing the stored value saves nothing
            action.setChecked(getattr(self, attr))
            action.blockSignals(False)

    def menu_actions(self, parent) -> list:
        from PySide6.QtGui import QAction

        actions = []
        for label, attr, key in ((self.tr("Show a notice when a message arrives"), "tray", self._keys[0]),
                                 (self.tr("Play a sound with it"), "sound", self._keys[1])):
            action = QAction(label, parent)
            action.setCheckable(True)
            action.setChecked(getattr(self, attr))
            action.toggled.connect(lambda on, a=attr, k=key: self.set(a, k, on))
            self._actions[attr] = action
            actions.append(action)
        return actions

    def set(self, attr: str, key: str, on: bool) -> None:
        from klaros_desktop.services.core import settings

        setattr(self, attr, on)
        sessions = self.backend.sessions
        ops.run_sync(lambda: settings.save_changes(sessions, {key: on}),
                     lambda _keys: self.backend.changed(Changes(settings=True)))
