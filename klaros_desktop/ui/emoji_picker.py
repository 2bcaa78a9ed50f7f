"""A small emoji picker: the six quick reactions WhatsApp offers first, then the common ones in groups.

A popup of buttons (keyboard: arrows move, Enter picks, Esc closes); ``chosen`` carries the emoji. Used to
react to a message and to put an emoji into the composer."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPoint, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QToolButton, QVBoxLayout, QWidget

QUICK = ("👍", "❤️", "😂", "😮", "😢", "🙏")
GROUPS = (
    (QT_TRANSLATE_NOOP("EmojiPicker", "Smileys"), "😀😃😄😁😆😅🤣😊😇🙂😉😌😍🥰😘😋😛😜🤪😎🤩🥳😏😒😞😔😟😕🙁😣"
                                                 "😖😫😩🥺😭😤😠🤯😳🥵😱😨🤗🤔🤭🤫😶😐😑😬🙄😯😴🤤😷🤒🤕"),
    (QT_TRANSLATE_NOOP("EmojiPicker", "Gestures"), "👋🤚✋🖖👌🤌✌️🤞🤟🤘🤙👈👉👆👇☝️👍👎✊👊👏🙌👐🤝🙏💪"),
    (QT_TRANSLATE_NOOP("EmojiPicker", "Hearts and symbols"), "❤️🧡💛💚💙💜🖤🤍💯💢💥💫💦💨🔥⭐🌟✨⚡✅❌❗❓💬🕐📞"),
    (QT_TRANSLATE_NOOP("EmojiPicker", "Shop"), "🌷🌹🌻🌸💐🌼🌺🪴🌿🍀🎁🎉🎈🎂🛍️🛒📦🚚🏪💶💳🧾📅⏰📍"),
)


def _split(text: str) -> list[str]:
    """The emoji of a group string (a base character with its variation selector stays one)."""
    out: list[str] = []
    for ch in text:
        if ch == "\ufe0f" and out:
            out[-1] += ch
        else:
            out.append(ch)
    return out


class EmojiPicker(QFrame):
    chosen = Signal(str)

    COLUMNS = 10

    def __init__(self, parent: QWidget | None = None, *, quick_only: bool = False):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("emojiPicker")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Emoji"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(4)
        self.buttons: list[QToolButton] = []
        layout.addLayout(self._grid(list(QUICK)))
        if not quick_only:
            for title, emoji in GROUPS:
                label = QLabel(self.tr(title), self)
                label.setObjectName("muted")
                layout.addWidget(label)
                layout.addLayout(self._grid(_split(emoji)))

    def _grid(self, emoji: list[str]) -> QGridLayout:
        grid = QGridLayout()
        grid.setSpacing(2)
        for i, one in enumerate(emoji):
            button = QToolButton(self)
            button.setText(one)
            button.setAutoRaise(True)
            button.setAccessibleName(one)
            font = button.font()
            font.setPointSizeF(font.pointSizeF() * 1.4)
            button.setFont(font)
            button.clicked.connect(lambda _checked=False, e=one: self.pick(e))
            grid.addWidget(button, i // self.COLUMNS, i % self.COLUMNS)
            self.buttons.append(button)
        return grid

    def pick(self, emoji: str) -> None:
        self.chosen.emit(emoji)
        self.close()

    def popup_at(self, pos: QPoint) -> None:
        self.adjustSize()
        self.move(pos)
        self.show()
        if self.buttons:
            self.buttons[0].setFocus()
