"""The bubble of a held outbox item at the end of a thread: the text, why it was not sent, and what to do.

A real widget (set on its row with ``QListView.setIndexWidget``), not a painted bubble, so the actions are
buttons: reachable with Tab, pressed with Space, named for screen readers. Held items are few, so a widget
each costs nothing. The bubble delegate asks ``height_for`` for the row height; the actions wrap onto two
rows (or one per row) when the window is narrow.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from klaros_desktop.services.messaging.outbox import QueuedText
from klaros_desktop.ui.i18n import local_date, render

MARGIN = 12  # as BubbleDelegate.MARGIN
MAX_FRACTION = 0.68  # as BubbleDelegate.MAX_FRACTION
MIN_WIDTH = 200


class HeldBubble(QWidget):
    """Right-aligned like the shop's own messages; the actions emit the item."""

    send_again = Signal(object)
    edit = Signal(object)
    copy = Signal(object)
    delete = Signal(object)

    def __init__(self, item: QueuedText, parent: QWidget | None = None):
        super().__init__(parent)
        self.item = item
        outer = QHBoxLayout(self)
        outer.setContentsMargins(MARGIN, 3, MARGIN, 3)
        outer.addStretch(1)
        self.frame = QFrame(self)
        self.frame.setObjectName("heldBubble")
        outer.addWidget(self.frame)
        box = QVBoxLayout(self.frame)
        box.setContentsMargins(10, 8, 10, 6)
        box.setSpacing(4)
        self.body = QLabel(self.frame)
        self.body.setObjectName("heldText")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason = QLabel(self.frame)
        self.reason.setObjectName("heldReason")
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.footer = QLabel(self.frame)
        self.footer.setObjectName("heldFooter")
        self.footer.setAlignment(Qt.AlignmentFlag.AlignRight)
        box.addWidget(self.body)
        box.addWidget(self.reason)
        self.actions = QGridLayout()
        self.actions.setContentsMargins(0, 2, 0, 0)
        self.actions.setHorizontalSpacing(6)
        self.actions.setVerticalSpacing(4)
        box.addLayout(self.actions)
        box.addWidget(self.footer)
        self.actions.setColumnStretch(4, 1)  # the buttons keep their size, left-aligned
        self.buttons: list[QPushButton] = []
        for label, name, signal in ((self.tr("Send again"), self.tr("Send this message again"), self.send_again),
                                    (self.tr("Edit"), self.tr("Edit this message in the composer"), self.edit),
                                    (self.tr("Copy"), self.tr("Copy the text of this message"), self.copy),
                                    (self.tr("Delete…"), self.tr("Delete this message"), self.delete)):
            button = QPushButton(label, self.frame)
            button.setObjectName("heldAction")
            button.setAccessibleName(name)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _checked=False, s=signal: s.emit(self.item))
            self.buttons.append(button)
        self._columns = 0
        self.set_item(item)

    def set_item(self, item: QueuedText) -> None:
        self.item = item
        text = item.text
        if getattr(item, "media_kind", None):  # a file: its name first, the caption under it
            text = "📎 " + (item.media_filename or "") + (f"\n{item.text}" if item.text else "")
        if getattr(item, "template_name", None):  # a template: named above its body, as a sent one is
            text = self.tr("Template “{name}”").format(name=item.template_name) + "\n" + text
        self.body.setText(text)
        reason = render(item.reason)
        self.reason.setText(reason)
        when = local_date(item.held_at or item.queued_at, "HH:mm")
        self.footer.setText(self.tr("⚠ Not sent · {time}").format(time=when))
        self.frame.setAccessibleName(self.tr("Message not sent: {text}. {reason}").format(text=text,
                                                                                            reason=reason))

    def bubble_width(self, view_width: int) -> int:
        return max(MIN_WIDTH, int(view_width * MAX_FRACTION))

    def _arrange(self, inner: int) -> None:
        """One row of actions when they fit, else two columns, else one (never wider than the bubble)."""
        widths = [b.sizeHint().width() for b in self.buttons]
        spacing = self.actions.horizontalSpacing()
        columns = len(widths)
        while columns > 1:
            rows = [widths[i:i + columns] for i in range(0, len(widths), columns)]
            if all(sum(r) + spacing * (len(r) - 1) <= inner for r in rows):
                break
            columns = 2 if columns > 2 else 1
        if columns == self._columns:
            return
        self._columns = columns
        for button in self.buttons:
            self.actions.removeWidget(button)
        for i, button in enumerate(self.buttons):
            self.actions.addWidget(button, i // columns, i % columns)

    def height_for(self, view_width: int) -> int:
        """The row height at this view width (and the bubble laid out for it)."""
        width = self.bubble_width(view_width)
        self.ensurePolished()  # the style sheet's paddings and fonts decide the buttons' sizes
        self.frame.setFixedWidth(width)
        layout = self.frame.layout()
        margins = layout.contentsMargins()
        frame = self.frame.contentsMargins()
        self._arrange(width - margins.left() - margins.right() - frame.left() - frame.right())
        layout.invalidate()
        layout.activate()
        return layout.totalHeightForWidth(width) + 6
