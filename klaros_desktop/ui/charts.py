"""Small charts drawn with QPainter in the theme's colours: bars, a line, a funnel, a week heat map.

Why our own and not Qt Charts or pyqtgraph: the screen needs four plain chart types, and both libraries
weigh on the installer and the developer install (Qt Charts comes only in the PySide6-Addons wheel, pinned to
the exact PySide6 version; pyqtgraph brings numpy) for looks that still needed restyling for our light and
dark palettes (docs/analytics.md, "Charts", has the measurements and a side-by-side picture). Every chart
paints from the current palette at each paint, so a theme switch needs no rebuild, and ``export_png`` saves
what is on screen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from klaros_desktop.ui import theme
from klaros_desktop.ui.i18n import number, percent

Formatter = Callable[[float], str]


def plain(value: float) -> str:
    return number(value)


@dataclass
class Series:
    name: str
    values: list[float]
    colour: str = "accent"  # a ``theme.Colours`` field
    faint: bool = False  # the comparison period: drawn lighter behind the current one


def _colour(name: str, alpha: int = 255) -> QColor:
    value = getattr(theme.colours(), name, None) or name
    colour = QColor(value)
    colour.setAlpha(alpha)
    return colour


class Chart(QWidget):
    """A titled chart; subclasses draw into the plot rectangle."""

    def __init__(self, title: str, parent: QWidget | None = None, *, empty_text: str = ""):
        super().__init__(parent)
        self.title = title
        self.empty_text = empty_text or self.tr("Nothing in this period yet.")
        self.setAccessibleName(title)
        self.setMinimumSize(QSize(260, 190))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(True)
        self._hits: list[tuple[QRectF, str]] = []  # areas and their tooltips

    def sizeHint(self) -> QSize:
        return QSize(420, 230)

    def is_empty(self) -> bool:
        return True

    def export_png(self, path: str | Path) -> bool:
        """Save the chart as it looks now (at the screen's pixel ratio) as a PNG file."""
        pixmap: QPixmap = self.grab()
        return pixmap.save(str(path), "PNG")

    def paintEvent(self, _event) -> None:
        c = theme.colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(c.base))
        title_font = QFont(self.font())
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(QColor(c.text))
        title_height = QFontMetrics(title_font).height()
        painter.drawText(QRectF(12, 8, self.width() - 24, title_height), Qt.AlignmentFlag.AlignLeft, self.title)
        painter.setFont(self.font())
        plot = QRectF(12, 8 + title_height + 8, self.width() - 24, self.height() - title_height - 24)
        self._hits = []
        if self.is_empty():
            painter.setPen(QColor(c.muted))
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)
        else:
            self.draw(painter, plot)
        painter.end()

    def draw(self, painter: QPainter, plot: QRectF) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def mouseMoveEvent(self, event) -> None:
        point = event.position()
        for area, text in self._hits:
            if area.contains(point):
                QToolTip.showText(event.globalPosition().toPoint(), text, self)
                return
        QToolTip.hideText()


def _axis_max(value: float) -> float:
    """A top for the axis at or above ``value`` whose quarters are round numbers (whole ones from 1 up)."""
    if value <= 0:
        return 1
    quarter = value / 4
    magnitude = 10 ** (len(str(int(quarter))) - 1) if quarter >= 1 else 0.1
    for step in (1, 2, 2.5, 4, 5, 7.5, 10):
        tick = step * magnitude
        if tick >= quarter and (value < 1 or float(tick).is_integer()):
            return tick * 4
    return 40 * magnitude


def _tick_width(metrics: QFontMetrics, formatter: Formatter, highest: float) -> int:
    return max(metrics.horizontalAdvance(formatter(highest * i / 4)) for i in range(5))


def _legend(painter: QPainter, plot: QRectF, series: Sequence[Series]) -> float:
    """Draws the series names at the top right; returns the height it took."""
    if len(series) < 2:
        return 0
    metrics = QFontMetrics(painter.font())
    x = plot.right()
    for item in reversed(series):
        width = metrics.horizontalAdvance(item.name)
        x -= width
        painter.setPen(_colour("text"))
        painter.drawText(QPointF(x, plot.top() + metrics.ascent()), item.name)
        x -= 14
        painter.fillRect(QRectF(x, plot.top() + metrics.ascent() - 9, 10, 10),
                         _colour(item.colour, 90 if item.faint else 255))
        x -= 14
    return metrics.height() + 4


class BarChart(Chart):
    """Vertical bars per label; a second, faint series (the previous period) is drawn beside each bar."""

    def __init__(self, title: str, parent: QWidget | None = None, *, formatter: Formatter = plain, **kw):
        super().__init__(title, parent, **kw)
        self.labels: list[str] = []
        self.series: list[Series] = []
        self.formatter = formatter

    def set_data(self, labels: Sequence[str], series: Sequence[Series]) -> None:
        self.labels, self.series = list(labels), list(series)
        self.update()

    def is_empty(self) -> bool:
        return not self.labels or not any(v for s in self.series for v in s.values)

    def draw(self, painter: QPainter, plot: QRectF) -> None:
        metrics = QFontMetrics(painter.font())
        top = plot.top() + _legend(painter, plot, self.series)
        highest = _axis_max(max(v for s in self.series for v in s.values))
        left = plot.left() + _tick_width(metrics, self.formatter, highest) + 8
        bottom = plot.bottom() - metrics.height() - 4
        area = QRectF(left, top + 4, plot.right() - left, bottom - top - 4)
        painter.setPen(QPen(_colour("muted", 70), 1))
        for i in range(5):
            y = area.bottom() - area.height() * i / 4
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(_colour("muted"))
            painter.drawText(QRectF(plot.left(), y - metrics.height() / 2, left - plot.left() - 6, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             self.formatter(highest * i / 4))
            painter.setPen(QPen(_colour("muted", 70), 1))
        count = len(self.labels)
        slot = area.width() / count
        shown = [s for s in self.series]
        bar = max(1.0, min(36.0, slot * 0.7 / len(shown)))
        label_every = max(1, int(metrics.horizontalAdvance("00.00.") * 1.2 // slot) + 1)
        for i, label in enumerate(self.labels):
            x0 = area.left() + slot * i + (slot - bar * len(shown)) / 2
            for j, item in enumerate(shown):
                value = item.values[i] if i < len(item.values) else 0
                height = area.height() * value / highest
                rect = QRectF(x0 + j * bar, area.bottom() - height, bar - (1 if bar > 3 else 0), height)
                path = QPainterPath()
                path.addRoundedRect(rect, min(3, bar / 3), min(3, bar / 3))
                painter.fillPath(path, _colour(item.colour, 90 if item.faint else 255))
                self._hits.append((QRectF(x0 + j * bar, area.top(), bar, area.height()),
                                   f"{label}: {self.formatter(value)} ({item.name})"))
            if i % label_every == 0:
                painter.setPen(_colour("muted"))
                painter.drawText(QRectF(area.left() + slot * i - slot * label_every / 2 + slot / 2, bottom + 4,
                                        slot * label_every, metrics.height()), Qt.AlignmentFlag.AlignHCenter, label)


class LineChart(BarChart):
    """A line per series over the labels (days); the faint series dashed."""

    def draw(self, painter: QPainter, plot: QRectF) -> None:
        metrics = QFontMetrics(painter.font())
        top = plot.top() + _legend(painter, plot, self.series)
        highest = _axis_max(max(v for s in self.series for v in s.values))
        left = plot.left() + _tick_width(metrics, self.formatter, highest) + 8
        bottom = plot.bottom() - metrics.height() - 4
        area = QRectF(left, top + 4, plot.right() - left - 4, bottom - top - 4)
        for i in range(5):
            y = area.bottom() - area.height() * i / 4
            painter.setPen(QPen(_colour("muted", 70), 1))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(_colour("muted"))
            painter.drawText(QRectF(plot.left(), y - metrics.height() / 2, left - plot.left() - 6, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             self.formatter(highest * i / 4))
        count = len(self.labels)
        step = area.width() / max(1, count - 1)
        for item in sorted(self.series, key=lambda s: not s.faint):
            pen = QPen(_colour(item.colour, 110 if item.faint else 255), 1.5 if item.faint else 2.2)
            if item.faint:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            path = QPainterPath()
            for i, value in enumerate(item.values[:count]):
                point = QPointF(area.left() + step * i, area.bottom() - area.height() * value / highest)
                path.moveTo(point) if i == 0 else path.lineTo(point)
                if not item.faint:
                    self._hits.append((QRectF(point.x() - step / 2, area.top(), step, area.height()),
                                       f"{self.labels[i]}: {self.formatter(value)}"))
            painter.drawPath(path)
        label_every = max(1, int(metrics.horizontalAdvance("00.00.") * 1.3 // max(step, 1)) + 1)
        painter.setPen(_colour("muted"))
        for i, label in enumerate(self.labels):
            if i % label_every == 0:
                painter.drawText(QRectF(area.left() + step * i - 40, bottom + 4, 80, metrics.height()),
                                 Qt.AlignmentFlag.AlignHCenter, label)


@dataclass
class Stage:
    name: str
    value: int
    previous: int | None = None
    colour: str = "accent"


class FunnelChart(Chart):
    """Horizontal bars, one per stage, as wide as their share of the first stage, with count and percent; the
    previous period's value as a thin mark on each bar."""

    def __init__(self, title: str, parent: QWidget | None = None, **kw):
        super().__init__(title, parent, **kw)
        self.stages: list[Stage] = []
        self.setMinimumHeight(200)

    def set_stages(self, stages: Sequence[Stage]) -> None:
        self.stages = list(stages)
        self.update()

    def is_empty(self) -> bool:
        return not self.stages or not any(s.value for s in self.stages)

    def draw(self, painter: QPainter, plot: QRectF) -> None:
        metrics = QFontMetrics(painter.font())
        base = max(self.stages[0].value, 1)
        label_width = max(metrics.horizontalAdvance(s.name) for s in self.stages) + 12
        number_width = metrics.horizontalAdvance("1,000,000  (100 %)") + 8
        width = plot.width() - label_width - number_width
        row = plot.height() / len(self.stages)
        bar_height = min(28.0, row * 0.7)
        for i, stage in enumerate(self.stages):
            y = plot.top() + row * i + (row - bar_height) / 2
            painter.setPen(_colour("text"))
            painter.drawText(QRectF(plot.left(), y, label_width - 12, bar_height),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, stage.name)
            share = stage.value / base
            rect = QRectF(plot.left() + label_width, y, max(2.0, width * min(share, 1.0)), bar_height)
            track = QPainterPath()
            track.addRoundedRect(QRectF(plot.left() + label_width, y, width, bar_height), 4, 4)
            painter.fillPath(track, _colour("alt_base"))
            path = QPainterPath()
            path.addRoundedRect(rect, 4, 4)
            painter.fillPath(path, _colour(stage.colour))
            text = number(stage.value) + (f"  ({percent(share)})" if i else "")
            if stage.previous is not None:
                prev_x = plot.left() + label_width + width * min(stage.previous / max(self.stages[0].previous or 1, 1),
                                                                 1.0)
                painter.setPen(QPen(_colour("text"), 2))
                painter.drawLine(QPointF(prev_x, y - 3), QPointF(prev_x, y + bar_height + 3))
                text += "  " + self.tr("before: {n}").format(n=number(stage.previous))
            painter.setPen(_colour("text"))
            painter.drawText(QRectF(plot.left() + label_width + width + 8, y, number_width + 200, bar_height),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            self._hits.append((QRectF(plot.left(), y, plot.width(), bar_height), f"{stage.name}: {text}"))


class WeekHeatMap(Chart):
    """Seven rows (Monday first) by 24 hours; the darker, the more messages."""

    def __init__(self, title: str, parent: QWidget | None = None, *, day_names: Sequence[str] = (), **kw):
        super().__init__(title, parent, **kw)
        self.grid: list[list[int]] = [[0] * 24 for _ in range(7)]
        self.day_names = list(day_names) or ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    def set_grid(self, grid: list[list[int]]) -> None:
        self.grid = grid
        self.update()

    def is_empty(self) -> bool:
        return not any(any(row) for row in self.grid)

    def draw(self, painter: QPainter, plot: QRectF) -> None:
        metrics = QFontMetrics(painter.font())
        left = plot.left() + max(metrics.horizontalAdvance(d) for d in self.day_names) + 8
        bottom = plot.bottom() - metrics.height() - 2
        cell_w = (plot.right() - left) / 24
        cell_h = (bottom - plot.top()) / 7
        highest = max(max(row) for row in self.grid) or 1
        for d, row in enumerate(self.grid):
            painter.setPen(_colour("muted"))
            painter.drawText(QRectF(plot.left(), plot.top() + d * cell_h, left - plot.left() - 6, cell_h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self.day_names[d])
            for h, value in enumerate(row):
                rect = QRectF(left + h * cell_w + 1, plot.top() + d * cell_h + 1, cell_w - 2, cell_h - 2)
                alpha = 18 + int(237 * value / highest) if value else 0
                painter.fillRect(rect, _colour("accent", alpha) if value else _colour("alt_base"))
                self._hits.append((rect, f"{self.day_names[d]} {h:02d}:00–{h:02d}:59: {number(value)}"))
        painter.setPen(_colour("muted"))
        for h in range(0, 24, 3):
            painter.drawText(QRectF(left + h * cell_w, bottom + 2, cell_w * 3, metrics.height()),
                             Qt.AlignmentFlag.AlignLeft, f"{h:02d}")
