"""The Analytics screen's funnel per template, campaign or tag: a name column that gets the room its names need.

In two columns (a card half the page wide) and in German ("Zugestellt", "Beantwortet", "Nicht zugestellt") the
numbers' headers alone took most of the card, and a name stretched into what was left came out as "weekly_…".
Here a name gets the room it needs first: a name of one word (a template's) whole, one of several words (a tag,
"Messages without a template …") in at most two lines; the numbers' columns give up room for it, down to the width
of their values (their headers then elide, the whole word as a tooltip); only a name that still does not fit is
elided, in the middle, whole in its tooltip.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

from klaros_desktop.ui.analytics_tables import RowsModel

NAME_LEAST = 80  # px: the name column never gets less, however narrow the card
HEADER_LETTERS = 4  # a number's header keeps at least this many letters before its "…"
HEADER_SLACK = 6  # px: the style sheet's section padding paints a right-aligned header a little wider than measured


class FunnelRows(RowsModel):
    """The funnel's rows; a name's whole text and a header's whole word are their tooltips (either may be elided)."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == 0:
            return super().data(index, Qt.ItemDataRole.DisplayRole)
        return super().data(index, role)

    shown: dict[int, str] = {}  # a header as it fits its column now ("Zuges…"), set by ``NameFirst``

    def show_headers(self, shown: dict[int, str]) -> None:
        if shown != self.shown:
            self.shown = shown
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers) - 1)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headers):
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.headers[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return self.shown.get(section, self.headers[section])
        return super().headerData(section, orientation, role)


class NameFirst(QObject):
    """Sizes ``view``'s columns whenever its width or its rows change (see the module's docstring)."""

    def __init__(self, view: QTableView):
        super().__init__(view)
        self.view = view
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideNone)  # elided here, to the padding it has
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.dataChanged):
            signal.connect(self.fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit()
        return False

    def _needs(self) -> tuple[list[int], list[int], int]:
        """Per column the width its header needs and the width its widest value needs (every row, not only the
        rows in view); and the least the names need: a name of one word (a template's) whole, a name of several
        words (a tag, "Messages without a template …") in at most two lines, each word whole."""
        view, model = self.view, self.view.model()
        header = view.horizontalHeader()
        metrics = view.fontMetrics()
        margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1) + 2
        headers, values = [], []
        for column in range(model.columnCount()):  # the whole header's width, also while it is shown elided
            shown = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            whole = str(model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) or shown)
            padding = header.sectionSizeFromContents(column).width() - header.fontMetrics().horizontalAdvance(shown)
            headers.append(padding + header.fontMetrics().horizontalAdvance(whole) + HEADER_SLACK)
            texts = (model.data(model.index(row, column)) for row in range(model.rowCount()))
            values.append(max((metrics.horizontalAdvance(str(t or "")) + margin for t in texts), default=margin))
        least = 0
        for row in range(model.rowCount()):
            name = str(model.data(model.index(row, 0)) or "")
            words = name.split()
            whole = metrics.horizontalAdvance(name)
            if len(words) > 1:  # half of it, and a little for where the line breaks
                half = (whole + 1) // 2 + 4 * metrics.averageCharWidth()
                whole = max(max(metrics.horizontalAdvance(w) for w in words), half)
            least = max(least, whole + margin)
        return headers, values, max(least, headers[0] if headers else 0)

    def _header_least(self, column: int, whole: int) -> int:
        """The narrowest a number's column gets: its header's first letters and "…" (``HEADER_LETTERS``)."""
        header = self.view.horizontalHeader()
        text = str(self.view.model().headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) or "")
        metrics = header.fontMetrics()
        if len(text) <= HEADER_LETTERS + 1:
            return whole
        padding = whole - metrics.horizontalAdvance(text)
        return max(header.minimumSectionSize(), padding + metrics.horizontalAdvance(text[:HEADER_LETTERS] + "…"))

    def fit(self, *_args: Any) -> None:
        view, model = self.view, self.view.model()
        count = model.columnCount()
        room = view.viewport().width()
        if count == 0 or room <= 0:
            return
        headers, values, name_needs = self._needs()
        numbers = [max(headers[c], values[c]) for c in range(1, count)]
        if name_needs + sum(numbers) > room:  # the numbers' headers give up room first, down to their values
            least = [max(values[c], self._header_least(c, headers[c])) for c in range(1, count)]
            spare = max(0, room - name_needs - sum(least))
            wanted = [n - m for n, m in zip(numbers, least, strict=True)]
            numbers = list(least)
            for column in sorted(range(len(wanted)), key=wanted.__getitem__):  # the shortest headers whole first
                given = min(wanted[column], spare)
                numbers[column] += given
                spare -= given
        name = max(room - sum(numbers), NAME_LEAST)
        view.setColumnWidth(0, name)
        for column, width in enumerate(numbers, start=1):
            view.setColumnWidth(column, width)
        view.resizeRowsToContents()  # a name of several words wraps to the width it got
        if isinstance(model, FunnelRows):
            metrics = view.horizontalHeader().fontMetrics()
            shown = {}
            for column, width in enumerate([name, *numbers]):
                whole = model.headers[column]
                if width < headers[column]:
                    padding = headers[column] - metrics.horizontalAdvance(whole)
                    shown[column] = metrics.elidedText(whole, Qt.TextElideMode.ElideRight, width - padding)
            model.show_headers(shown)
