"""The Analytics screen's tables: a read-only Qt table model over rows of plain values, exportable to CSV.

The tables hold summaries (a row per template, tag, country, failure reason), never one row per message, so a
plain list model is enough; the messages behind a failure group open in their own paged dialog.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from klaros_desktop.ui.i18n import number

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """Rows of display values; ``keys[i]`` is what row i stands for (a template name, an error code)."""

    def __init__(self, headers: Sequence[str], parent=None):
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[list[Any]] = []
        self.keys: list[Any] = []
        self.numeric: set[int] = set()

    def set_rows(self, rows: Sequence[Sequence[Any]], keys: Sequence[Any] | None = None) -> None:
        self.beginResetModel()
        self.rows = [list(r) for r in rows]
        self.keys = list(keys) if keys is not None else [None] * len(self.rows)
        self.numeric = {c for c in range(len(self.headers))
                        if self.rows and all(isinstance(r[c], int | float) for r in self.rows if r[c] != "")}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(value, float):
                return number(value, 2)
            if isinstance(value, int) and not isinstance(value, bool):
                return number(value)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(value, str) and len(value) > 40:
            return value
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole
                and section in self.numeric):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def csv_rows(self) -> list[list[Any]]:
        return [self.headers, *([("" if v is None else v) for v in row] for row in self.rows)]


def write_csv(path: str | Path, rows: Sequence[Sequence[Any]]) -> Path:
    """Write ``rows`` as UTF-8 CSV with a byte-order mark (so Excel on Windows reads umlauts right)."""
    target = Path(path)
    with target.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return target


def table_view(model: RowsModel, name: str, parent: QWidget | None = None, *, stretch: int = 0) -> QTableView:
    """A read-only table: column ``stretch`` takes the free width, the others fit their contents."""
    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(name)
    view.verticalHeader().hide()
    view.setShowGrid(False)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setWordWrap(True)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    view.setMinimumHeight(150)
    return view
