"""The illustrated guide to a permanent access token: five pictures drawn here (simplified sketches of Meta
Business Suite's pages, not Meta's screenshots), each with one sentence, from "System users" to pasting the token.

The steps follow Meta's Access Tokens guide: Business Suite → Settings → Users → System users; add a system
user; assign it the app and the WhatsApp account; "Generate new token" for the app with the permissions
``whatsapp_business_messaging`` and ``whatsapp_business_management`` and no expiry; copy it (Meta shows it once).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from klaros_desktop.services.setup import guidance
from klaros_desktop.ui import theme


class Sketch(QWidget):
    """One step's picture: a browser window with Business Suite's sidebar and the part to click ringed."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.step = 0
        self.setMinimumSize(560, 280)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.sidebar = [self.tr("Business info"), self.tr("Users"), "  " + self.tr("People"),
                        "  " + self.tr("System users"), self.tr("Accounts"), "  " + self.tr("Apps"),
                        "  " + self.tr("WhatsApp accounts")]

    def set_step(self, step: int) -> None:
        self.step = step
        self.update()

    def paintEvent(self, event) -> None:
        c = theme.colours()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        frame = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        p.setPen(QPen(QColor(c.muted), 1))
        p.setBrush(QColor(c.base))
        p.drawRoundedRect(frame, 10, 10)
        bar = QRectF(frame.left(), frame.top(), frame.width(), 28)  # the browser's address bar
        p.setBrush(QColor(c.alt_base))
        p.drawRoundedRect(bar, 10, 10)
        for i, colour in enumerate(("#ff5f57", "#febc2e", "#28c840")):
            p.setBrush(QColor(colour))
            p.setPen(Qt.PenStyle.NoPen)
            p.drawEllipse(QRectF(bar.left() + 12 + i * 16, bar.top() + 9, 10, 10))
        p.setPen(QColor(c.muted))
        p.drawText(bar.adjusted(70, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter,
                   self.tr("business.facebook.com  ›  Settings"))
        side = QRectF(frame.left(), bar.bottom(), 170, frame.bottom() - bar.bottom())
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(c.window))
        p.drawRect(side)
        highlighted = {0: 3, 1: 3, 2: 3, 3: 3, 4: 3}[self.step]
        for i, name in enumerate(self.sidebar):
            row = QRectF(side.left() + 8, side.top() + 10 + i * 26, side.width() - 16, 22)
            if i == highlighted:
                p.setBrush(QColor(c.selected))
                p.drawRoundedRect(row, 5, 5)
            font = QFont(self.font())
            font.setBold(not name.startswith("  "))
            p.setFont(font)
            p.setPen(QColor(c.text))
            p.drawText(row.adjusted(6, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, name.strip())
            p.setPen(Qt.PenStyle.NoPen)
        content = QRectF(side.right() + 16, bar.bottom() + 12, frame.right() - side.right() - 32,
                         frame.bottom() - bar.bottom() - 24)
        p.setFont(self.font())
        ring = [self._step_add, self._step_create, self._step_assets, self._step_token, self._step_copy][self.step](
            p, content, c)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(QColor(c.danger), 3))
        p.drawRoundedRect(ring.adjusted(-5, -5, 5, 5), 8, 8)
        p.end()

    # every step draws its content and returns the rectangle to ring
    def _button(self, p: QPainter, rect: QRectF, text: str, c, primary: bool = True) -> QRectF:
        p.setPen(Qt.PenStyle.NoPen if primary else QPen(QColor(c.muted), 1))
        p.setBrush(QColor(c.accent) if primary else QColor(c.base))
        p.drawRoundedRect(rect, 6, 6)
        p.setPen(QColor(c.accent_text if primary else c.text))
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        return rect

    def _title(self, p: QPainter, content: QRectF, text: str, c) -> None:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        p.setFont(font)
        p.setPen(QColor(c.text))
        p.drawText(QRectF(content.left(), content.top(), content.width(), 26), Qt.AlignmentFlag.AlignVCenter, text)
        p.setFont(self.font())

    def _line(self, p: QPainter, rect: QRectF, text: str, c, *, ticked: bool | None = None) -> None:
        p.setPen(QColor(c.text))
        x = rect.left()
        if ticked is not None:
            box = QRectF(x, rect.top() + 4, 14, 14)
            p.setPen(QPen(QColor(c.accent if ticked else c.muted), 1.5))
            p.setBrush(QColor(c.accent) if ticked else Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(box, 3, 3)
            if ticked:
                p.setPen(QPen(QColor(c.accent_text), 2))
                p.drawLine(int(x + 3), int(rect.top() + 11), int(x + 6), int(rect.top() + 15))
                p.drawLine(int(x + 6), int(rect.top() + 15), int(x + 11), int(rect.top() + 7))
            x += 22
            p.setPen(QColor(c.text))
        p.drawText(QRectF(x, rect.top(), rect.width() - (x - rect.left()), rect.height()),
                   Qt.AlignmentFlag.AlignVCenter, text)

    def _step_add(self, p: QPainter, content: QRectF, c) -> QRectF:
        self._title(p, content, self.tr("System users"), c)
        self._line(p, QRectF(content.left(), content.top() + 40, content.width(), 22),
                   self.tr("No system users yet."), c)
        return self._button(p, QRectF(content.right() - 90, content.top(), 90, 28), self.tr("+ Add"), c)

    def _step_create(self, p: QPainter, content: QRectF, c) -> QRectF:
        self._title(p, content, self.tr("Create system user"), c)
        top = content.top() + 36
        for i, (label, value) in enumerate(((self.tr("Name"), "klaros"), (self.tr("Role"), self.tr("Admin")))):
            self._line(p, QRectF(content.left(), top + i * 34, 80, 26), label, c)
            p.setPen(QPen(QColor(c.muted), 1))
            p.setBrush(QColor(c.base))
            field = QRectF(content.left() + 90, top + i * 34, 200, 26)
            p.drawRoundedRect(field, 4, 4)
            self._line(p, field.adjusted(8, 0, 0, 0), value, c)
        return self._button(p, QRectF(content.left() + 90, top + 80, 110, 28), self.tr("Create"), c)

    def _step_assets(self, p: QPainter, content: QRectF, c) -> QRectF:
        self._title(p, content, self.tr("Assign assets"), c)
        top = content.top() + 36
        self._line(p, QRectF(content.left(), top, content.width(), 22), self.tr("Apps: your app — Full control"), c,
                   ticked=True)
        self._line(p, QRectF(content.left(), top + 28, content.width(), 22),
                   self.tr("WhatsApp accounts: your shop — Full control"), c, ticked=True)
        return self._button(p, QRectF(content.left(), top + 66, 150, 28), self.tr("Assign assets"), c)

    def _step_token(self, p: QPainter, content: QRectF, c) -> QRectF:
        self._title(p, content, self.tr("Generate new token"), c)
        top = content.top() + 34
        self._line(p, QRectF(content.left(), top, content.width(), 22), self.tr("App: your app"), c)
        self._line(p, QRectF(content.left(), top + 24, content.width(), 22), self.tr("Expires: Never"), c)
        first = QRectF(content.left(), top + 56, content.width(), 22)
        for i, name in enumerate(guidance.PERMISSIONS):
            self._line(p, first.translated(0, i * 26), name, c, ticked=True)
        self._line(p, first.translated(0, 52), "business_management", c, ticked=False)
        self._button(p, QRectF(content.right() - 130, content.bottom() - 30, 130, 28), self.tr("Generate token"), c)
        return QRectF(first.left(), first.top(), 300, 48)

    def _step_copy(self, p: QPainter, content: QRectF, c) -> QRectF:
        self._title(p, content, self.tr("Your token"), c)
        field = QRectF(content.left(), content.top() + 40, content.width() - 100, 28)
        p.setPen(QPen(QColor(c.muted), 1))
        p.setBrush(QColor(c.alt_base))
        p.drawRoundedRect(field, 4, 4)
        self._line(p, field.adjusted(8, 0, 0, 0), "EAAGm0PX4ZCps…", c)
        self._line(p, QRectF(content.left(), content.top() + 80, content.width(), 22),
                   self.tr("Meta shows it only once."), c)
        return self._button(p, QRectF(field.right() + 10, field.top(), 80, 28), self.tr("Copy"), c)


class TokenGuide(QDialog):
    """Back / Next through the five pictures; "Open System users" opens the real page in the browser."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("How to create a permanent access token"))
        self.setMinimumSize(640, 480)
        self.captions = [
            self.tr("In Meta Business Suite, open Settings → System users and click “Add”."),
            self.tr("Name the system user (for example “klaros”), choose the role Admin and click “Create”."),
            self.tr("Click “Assign assets”: give it your app and your shop's WhatsApp account, each with full "
                    "control."),
            self.tr("Click “Generate new token”, choose your app, set the expiry to “Never”, and tick exactly "
                    "these two permissions: {first} and {second}.").format(first=guidance.PERMISSIONS[0],
                                                                           second=guidance.PERMISSIONS[1]),
            self.tr("Copy the token and paste it into Klaros (Meta shows it only once; spaces and line breaks "
                    "are fine)."),
        ]
        self.sketch = Sketch(self)
        self.counter = QLabel(self)
        self.counter.setObjectName("muted")
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.back = QPushButton(self.tr("Back"), self)
        self.next = QPushButton(self.tr("Next"), self)
        self.next.setObjectName("primary")
        open_page = QPushButton(self.tr("Open System users") + " ↗", self)
        from klaros_desktop.ui.setup_wizard import open_link

        open_page.clicked.connect(lambda: open_link(guidance.SYSTEM_USERS_URL))
        self.back.clicked.connect(lambda: self.show_step(self.step - 1))
        self.next.clicked.connect(lambda: self.show_step(self.step + 1) if self.step < 4 else self.accept())
        buttons = QHBoxLayout()
        buttons.addWidget(open_page)
        buttons.addStretch(1)
        buttons.addWidget(self.back)
        buttons.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counter)
        layout.addWidget(self.sketch, 1)
        layout.addWidget(self.caption)
        layout.addLayout(buttons)
        self.step = 0
        self.show_step(0)

    def show_step(self, step: int) -> None:
        self.step = max(0, min(4, step))
        self.sketch.set_step(self.step)
        self.counter.setText(self.tr("Picture {n} of {total}").format(n=self.step + 1, total=5))
        self.caption.setText(self.captions[self.step])
        self.back.setEnabled(self.step > 0)
        self.next.setText(self.tr("Done") if self.step == 4 else self.tr("Next"))
