"""Messages Klaros could not read: the relay events sync set aside, for the shop owner to see, export and retry.

Only presentation: the list, the export, "Try again" and "Remove" are ``services/inbound/dead_letters.py``'s,
run off the GUI thread by ``ui.ops``. ``DeadLettersEntry`` keeps the File menu entry and the status-bar count,
both hidden while there is nothing to show; it re-counts when an operation reports ``Changes.dead_letters``.
The service module is imported when first used (on a worker thread), not for the window's first paint.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from klaros_desktop.services.core.changes import Changes
from klaros_desktop.services.reads import lookups
from klaros_desktop.ui import ops
from klaros_desktop.ui.backend import Backend
from klaros_desktop.ui.i18n import local_date, number, render
from klaros_desktop.ui.phone_format import pretty_number

log = logging.getLogger(__name__)


def _service():
    from klaros_desktop.services.inbound import dead_letters

    return dead_letters


def default_export_path(today: date | None = None) -> Path:
    """``klaros-unread-2025-11-23.csv`` in the user's Documents folder (home when there is none)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    return Path(folder) / f"klaros-unread-{(today or date.today()).isoformat()}.csv"


class DeadLettersEntry(QObject):
    """File → Messages Klaros could not read… and the count in the status bar, shown only while there are some."""

    def __init__(self, backend: Backend, window: QMainWindow):
        super().__init__(window)
        self.backend = backend
        self.window = window
        self.count = 0
        self.dialog: DeadLettersDialog | None = None
        self.action = QAction(self.tr("Messages Klaros could not read…"), window)
        self.action.setStatusTip(self.tr("Messages and updates that reached this PC but could not be added to "
                                         "your chats"))
        self.action.setVisible(False)
        self.action.triggered.connect(self.open)
        self.button = QPushButton(window)
        self.button.setObjectName("statusWarning")
        self.button.setFlat(True)
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button.setAccessibleName(self.tr("Messages Klaros could not read"))
        self.button.setToolTip(self.tr("Show them"))
        self.button.clicked.connect(self.open)
        self.button.hide()
        window.statusBar().insertPermanentWidget(0, self.button)
        backend.data_changed.connect(self._changed)
        self.refresh()

    def refresh(self) -> None:
        sessions = self.backend.sessions
        ops.run_sync(lambda: lookups.dead_letter_count(sessions), self._counted)

    def _changed(self, changes: Changes) -> None:
        if changes.dead_letters or changes.everything:
            self.refresh()

    def _counted(self, count: int) -> None:
        self.count = count
        self.action.setVisible(count > 0)
        self.button.setText(self.tr("⚠ Messages Klaros could not read: {count}").format(count=number(count)))
        self.button.setVisible(count > 0)

    def open(self) -> DeadLettersDialog:
        if self.dialog is None:
            self.dialog = DeadLettersDialog(self.backend, self.window)
        self.dialog.load()
        self.dialog.open()
        self.dialog.raise_()
        return self.dialog


class DeadLettersDialog(QDialog):
    """The list (when, what, which customer, why in plain words; the technical reason as a tooltip) with
    Export…, Try again and Remove…."""

    WHEN, WHAT, CUSTOMER, WHY = range(4)

    def __init__(self, backend: Backend, parent: QWidget | None = None):
        super().__init__(parent)
        self.backend = backend
        self.letters: list = []
        self.setWindowTitle(self.tr("Messages Klaros could not read"))
        self.setMinimumSize(640, 360)

        title = QLabel(self.tr("Klaros received these but could not add them to your chats"), self)
        title.setObjectName("pageTitle")
        title.setWordWrap(True)
        intro = QLabel(self.tr("They reached this PC, but something in them was not as Klaros expected. They are "
                               "kept here, so nothing is lost. Export them to keep a copy or to show them to "
                               "whoever helps you with Klaros. After an update of Klaros, Try again may add them "
                               "to your chats."), self)
        intro.setWordWrap(True)
        self.empty = QLabel(self.tr("Nothing here: Klaros has added everything it received to your chats."), self)
        self.empty.setObjectName("muted")
        self.empty.setWordWrap(True)
        self.empty.hide()

        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Customer"), self.tr("Why")])
        self.table.setAccessibleName(self.tr("Messages Klaros could not read"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (self.WHEN, self.WHAT, self.CUSTOMER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.WHY, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAccessibleName(self.tr("What happened"))

        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setAccessibleName(self.tr("Export them to a file"))
        self.export_button.clicked.connect(lambda: self.export())
        self.retry_button = QPushButton(self.tr("Try again"), self)
        self.retry_button.setObjectName("primary")
        self.retry_button.setAccessibleName(self.tr("Try again to add the selected one to your chats"))
        self.retry_button.clicked.connect(self.retry)
        self.remove_button = QPushButton(self.tr("Remove…"), self)
        self.remove_button.setAccessibleName(self.tr("Delete the selected one for good"))
        self.remove_button.clicked.connect(self.remove)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        for button in (self.export_button, self.retry_button, self.remove_button, close):
            button.setAutoDefault(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._selection_changed()

    # ------------------------------------------------------------------ the list
    def load(self) -> None:
        sessions = self.backend.sessions
        ops.run_sync(lambda: _service().list_dead_letters(sessions), self._show)

    def _show(self, letters: list) -> None:
        chosen = self.selected()
        self.letters = letters
        self.table.setRowCount(len(letters))
        for row, letter in enumerate(letters):
            number = pretty_number(f"+{letter.sender}") if letter.sender else ""
            customer = f"{letter.sender_name}\n{number}" if letter.sender_name else number
            cells = (local_date(letter.when, "d MMM yyyy HH:mm"), render(letter.what), customer, render(letter.why))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(f"{letter.error_class}: {letter.reason}")  # for whoever helps: not translated
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        for row in range(len(letters)):  # two-line cells need air between rows to be read as one each
            self.table.setRowHeight(row, self.table.rowHeight(row) + 10)
        self.table.setVisible(bool(letters))
        self.empty.setVisible(not letters)
        self.export_button.setEnabled(bool(letters))
        ids = [letter.id for letter in letters]
        if chosen is not None and chosen.id in ids:
            self.table.selectRow(ids.index(chosen.id))
        elif letters:
            self.table.selectRow(0)
        self._selection_changed()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.letters[rows[0].row()] if rows and rows[0].row() < len(self.letters) else None

    def _selection_changed(self) -> None:
        letter = self.selected()
        self.retry_button.setEnabled(letter is not None and letter.can_retry)
        self.retry_button.setToolTip(
            self.tr("This one was locked for another computer: trying again cannot open it.")
            if letter is not None and not letter.can_retry else "")
        self.remove_button.setEnabled(letter is not None)

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.status.setStyleSheet("color: palette(bright-text);" if problem else "")
        self.status.setText(text)

    def _refreshed(self) -> None:
        """Re-read the list, and tell the window (its count) and every screen."""
        self.load()
        self.backend.changed(Changes(dead_letters=True))

    # ------------------------------------------------------------------ export
    def export(self, target: Path | None = None) -> None:
        if target is None:
            name, _chosen = QFileDialog.getSaveFileName(
                self, self.tr("Export messages Klaros could not read"), str(default_export_path()),
                self.tr("Spreadsheet (*.csv);;JSON lines (*.jsonl)"))
            if not name:
                return
            target = Path(name)
        if target.suffix.lower() not in (".csv", ".jsonl"):
            target = target.with_name(target.name + ".csv")
        sessions = self.backend.sessions
        self.export_button.setEnabled(False)
        ops.run_sync(lambda: _service().export(sessions, target, actor="user"),
                     lambda count: self._exported(target, count), lambda exc: self._export_failed(target, exc))

    def _exported(self, target: Path, count: int) -> None:
        self.export_button.setEnabled(bool(self.letters))
        self._say(self.tr("Saved {count} to {file}.").format(count=number(count), file=target))

    def _export_failed(self, target: Path, exc: BaseException) -> None:
        self.export_button.setEnabled(bool(self.letters))
        if not isinstance(exc, OSError):
            log.error("exporting dead letters failed", exc_info=exc)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else render(exc)
        self._say(self.tr("Klaros could not write to {folder}: {reason}. Choose another place, for example your "
                          "Documents folder.").format(folder=target.parent, reason=reason), problem=True)

    # ------------------------------------------------------------------ try again, remove
    def retry(self) -> None:
        letter = self.selected()
        if letter is None or not letter.can_retry:
            return
        sessions, letter_id = self.backend.sessions, letter.id
        self.retry_button.setEnabled(False)
        self._say(self.tr("Trying again…"))
        ops.run_sync(lambda: _service().retry(sessions, letter_id, actor="user"), self._retried, self._retry_failed)

    def _retried(self, outcome) -> None:
        if outcome.applied:
            self._say(self.tr("Added to your chats."))
            self.backend.changed(outcome.changes)  # the inbox shows it; the window re-counts
            self.load()
        else:
            self._say(self.tr("Still not possible: {why}").format(why=render(outcome.reason)), problem=True)
            self._refreshed()

    def _retry_failed(self, exc: BaseException) -> None:
        log.warning("trying a dead letter again failed: %s", type(exc).__name__)
        self._say(self.tr("Klaros is busy right now, so nothing changed. Try again in a moment."), problem=True)
        self._selection_changed()

    def remove(self) -> None:
        letter = self.selected()
        if letter is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove for good?"),
            self.tr("Delete this for good? Klaros keeps no other copy: export it first if you may need it."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        sessions, letter_id = self.backend.sessions, letter.id
        ops.run_sync(lambda: _service().discard(sessions, letter_id, actor="user"),
                     lambda _gone: (self._say(self.tr("Removed.")), self._refreshed()),
                     self._retry_failed)
