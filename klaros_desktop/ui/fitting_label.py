"""A one-line label that fits the room its layout gives it, for the status bar of a narrow window."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QWidget


class FittingLabel(QLabel):
    """Shows its whole text when it fits, else its short form, else the short form cut with "…"; whenever the
    whole text does not show, it is the tooltip. A plain QLabel asks for its whole text's width as its minimum,
    so a long sentence widens the window or is cut mid-word by its edge; this one may shrink to a few letters.
    ``text()`` is what shows, ``full_text()`` the whole (also the accessible description)."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._full = self._short = ""
        self.set_texts(text)

    def set_texts(self, full: str, short: str | None = None) -> None:
        self._full, self._short = full, short or full
        self.setAccessibleDescription(full)
        self._fit()
        self.updateGeometry()

    def full_text(self) -> str:
        return self._full

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self._full) + margins.left() + margins.right() + 2 * self.margin()
        return QSize(width, hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("M…"), super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        room, metrics = self.contentsRect().width() - 2 * self.margin(), self.fontMetrics()
        if metrics.horizontalAdvance(self._full) <= room:
            shown = self._full
        elif metrics.horizontalAdvance(self._short) <= room:
            shown = self._short
        else:
            shown = metrics.elidedText(self._short, Qt.TextElideMode.ElideRight, room)
        if shown != super().text():
            super().setText(shown)
        self.setToolTip("" if shown == self._full else self._full)
