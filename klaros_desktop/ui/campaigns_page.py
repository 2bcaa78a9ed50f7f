"""Campaigns: the list of campaigns with their progress and funnel numbers, the chosen one's detail beside it,
"New campaign…" (the builder) and the notices of what the background sender did by itself.

The list is a Qt table model over ``services.campaigns.overview.rows``, a page at a time (the next as the view
scrolls, like the other growing lists); a change report naming campaigns (the runner's progress, a pause from the
detail) or messages (a status webhook moved a recipient) re-reads only the campaigns it concerns, off the screen's
thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from klaros_desktop.services.campaigns import lifecycle, overview
from klaros_desktop.services.core.changes import Changes
from klaros_desktop.ui import theme
from klaros_desktop.ui.backend import Backend
from klaros_desktop.ui.built_in_steps import BuiltInSteps
from klaros_desktop.ui.campaign_runner import CampaignRunner, run_for
from klaros_desktop.ui.campaign_view import CampaignView, state_word
from klaros_desktop.ui.i18n import language, local_date, number, render
from klaros_desktop.ui.item_models import RowRole

if TYPE_CHECKING:
    from klaros_desktop.ui.campaign_builder import CampaignBuilder

NAME, TEMPLATE, STATE, PROGRESS, SENT, DELIVERED, READ, REPLIED, FAILED, CREATED, WHEN = range(11)


class CampaignsModel(QAbstractTableModel):
    """One row per campaign, newest first, ``overview.PAGE`` at a time (``canFetchMore``/``fetchMore``).
    ``apply_changes`` re-reads only the campaigns a report names; ``summary`` counts them all."""

    summary_changed = Signal()  # the counts were read again (a campaign started, finished, was scheduled ...)

    COLUMNS = (QT_TRANSLATE_NOOP("CampaignsModel", "Name"), QT_TRANSLATE_NOOP("CampaignsModel", "Template"),
               QT_TRANSLATE_NOOP("CampaignsModel", "State"), QT_TRANSLATE_NOOP("CampaignsModel", "Progress"),
               QT_TRANSLATE_NOOP("CampaignsModel", "Sent"), QT_TRANSLATE_NOOP("CampaignsModel", "Delivered"),
               QT_TRANSLATE_NOOP("CampaignsModel", "Read"), QT_TRANSLATE_NOOP("CampaignsModel", "Replied"),
               QT_TRANSLATE_NOOP("CampaignsModel", "Failed"), QT_TRANSLATE_NOOP("CampaignsModel", "Created"),
               QT_TRANSLATE_NOOP("CampaignsModel", "Start"))

    def __init__(self, sessions, parent=None):
        super().__init__(parent)
        self.sessions = sessions
        self.rows: list[overview.CampaignRow] = []
        self.sending: set[int] = set()  # campaigns this window is sending now (their state says "sending")
        self.summary = overview.Summary()
        self._more = False

    # ------------------------------------------------------------------ reading
    def reload(self, then=None) -> None:
        """The first page again (or as many rows as are loaded now), and the counts."""
        sessions, keep = self.sessions, max(overview.PAGE, len(self.rows))

        def loaded(result: tuple[list[overview.CampaignRow], overview.Summary]) -> None:
            rows, self.summary = result
            self.beginResetModel()
            self.rows, self._more = rows, len(rows) == keep
            self.endResetModel()
            if then is not None:
                then()

        run_for(self, lambda: (overview.rows(sessions, replies=True, limit=keep), overview.summary(sessions)),
                loaded)

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid() or not self._more or not self.rows:
            return
        last = self.rows[-1]
        page = overview.rows(self.sessions, after=(last.created_at, last.id), limit=overview.PAGE)
        self._more = len(page) == overview.PAGE
        known = {r.id for r in self.rows}
        page = [r for r in page if r.id not in known]
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def apply_changes(self, changes: Changes) -> bool:
        if changes.everything:
            self.reload()
            return True
        wanted = set(changes.campaigns)
        # a delivery report (messages) or a customer's reply (their chat) may move a campaign still tracked
        replies = bool(changes.messages or changes.conversations)
        if replies:
            wanted |= {r.id for r in self.rows if overview.tracked(r)}
        if not wanted:
            return False
        sessions = self.sessions
        run_for(self, lambda: (overview.rows(sessions, wanted, replies=replies), overview.summary(sessions)),
                lambda result: self._put(wanted, *result))
        return True

    def _put(self, asked: set[int], fresh: list[overview.CampaignRow], summary: overview.Summary | None = None
             ) -> None:
        """Merge re-read rows: a loaded one repainted (or gone), one not loaded yet inserted at its place among
        the newest first; one older than every loaded row while more pages wait is left to its page."""
        if summary is not None:
            self.summary = summary
        by_id = {r.id: r for r in fresh}
        for i in reversed(range(len(self.rows))):
            row = self.rows[i]
            if row.id in asked and row.id not in by_id:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self.rows[i]
                self.endRemoveRows()
            elif row.id in by_id:
                self.rows[i] = by_id.pop(row.id)
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.COLUMNS) - 1))
        for row in sorted(by_id.values(), key=lambda r: (r.created_at, r.id)):  # new campaigns go on top
            key = (row.created_at, row.id)
            at = next((i for i, r in enumerate(self.rows) if (r.created_at, r.id) < key), len(self.rows))
            if at == len(self.rows) and self._more:
                continue
            self.beginInsertRows(QModelIndex(), at, at)
            self.rows.insert(at, row)
            self.endInsertRows()
        if summary is not None:
            self.summary_changed.emit()

    def row_of(self, campaign_id: int) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.id == campaign_id), None)

    def set_sending(self, ids: set[int]) -> None:
        self.sending = set(ids)
        if self.rows:
            self.dataChanged.emit(self.index(0, STATE), self.index(len(self.rows) - 1, STATE))

    # ------------------------------------------------------------------ Qt
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CampaignsModel", self.COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and SENT <= column <= FAILED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            c = theme.colours()
            if column == STATE:
                return QColor({lifecycle.RUNNING: c.accent, lifecycle.STOPPED: c.danger,
                               lifecycle.PAUSED: c.danger}.get(row.state, c.muted if row.state != lifecycle.DONE
                                                               else c.text))
            if column == FAILED and row.counts.get(lifecycle.FAILED):
                return QColor(c.danger)
        if role == Qt.ItemDataRole.ToolTipRole and column == STATE and row.reason:
            return render(row.reason)
        return None

    def _text(self, row: overview.CampaignRow, column: int) -> str:
        n = row.counts
        if column == NAME:
            return row.name
        if column == TEMPLATE:
            return f"{row.template} ({language(row.language, in_sentence=True)})"
        if column == STATE:
            if row.state == lifecycle.DRAFT and row.scheduled_at is not None:
                return QCoreApplication.translate("CampaignsModel", "Scheduled")
            if row.state == lifecycle.RUNNING and row.id not in self.sending:
                return QCoreApplication.translate("CampaignsModel", "Waiting to send")
            return state_word(row.state)
        if column == PROGRESS:
            return f"{number(row.done)} / {number(row.to_send)}"
        if column == SENT:
            return number(row.reached)
        if column == DELIVERED:
            return number(n.get(lifecycle.DELIVERED, 0) + n.get(lifecycle.READ, 0) + n.get(lifecycle.REPLIED, 0))
        if column == READ:
            return number(n.get(lifecycle.READ, 0) + n.get(lifecycle.REPLIED, 0))
        if column == REPLIED:
            return number(n.get(lifecycle.REPLIED, 0))
        if column == FAILED:
            return number(n.get(lifecycle.FAILED, 0))
        if column == CREATED:
            return local_date(row.created_at, "d MMM HH:mm")
        if column == WHEN:
            if row.started_at is not None:
                return local_date(row.started_at, "d MMM HH:mm")
            if row.scheduled_at is not None:
                return local_date(row.scheduled_at, "d MMM HH:mm")
            return ""
        return ""


class ProgressDelegate(QStyledItemDelegate):
    """The progress column as a thin bar with "done / all" beside it."""

    def paint(self, painter: QPainter, option, index: QModelIndex) -> None:
        row: overview.CampaignRow | None = index.data(RowRole)
        if row is None:
            return super().paint(painter, option, index)
        c = theme.colours()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        if selected:
            painter.fillRect(option.rect, option.palette.highlight())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = option.rect.adjusted(6, 0, -6, 0)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        text_width = option.fontMetrics.horizontalAdvance(text) + 8
        bar = QRect(r.left(), r.center().y() - 3, max(10, r.width() - text_width), 6)
        painter.setPen(Qt.PenStyle.NoPen)
        track = QColor(c.accent_text if selected else c.media_tile)
        if selected:
            track.setAlpha(90)
        painter.setBrush(track)
        painter.drawRoundedRect(bar, 3, 3)
        share = row.done / row.to_send if row.to_send else 0.0
        if share > 0:
            done = QRect(bar.left(), bar.top(), max(6, int(bar.width() * share)), bar.height())
            painter.setBrush(QColor(c.accent_text if selected else c.accent))
            painter.drawRoundedRect(done, 3, 3)
        painter.setPen(QColor(c.accent_text if selected else c.muted))
        painter.drawText(QRect(bar.right() + 8, r.top(), text_width, r.height()),
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text)
        painter.restore()


class CampaignsPage(BuiltInSteps, QWidget):
    notice = Signal(str)

    def __init__(self, backend: Backend, parent: QWidget | None = None, *, runner: CampaignRunner | None = None,
                 in_steps: bool = False):
        super().__init__(parent)
        self.backend = backend
        self.runner = runner or CampaignRunner(backend, parent=self)
        backend.closers.append(self.runner.closer())  # before the database closes (closers run in reverse)
        self.model = CampaignsModel(backend.sessions, self)
        self.builder: CampaignBuilder | None = None  # (built when first opened: "New campaign…")
        self._shown_notices: list[str] = []
        self.banner = QFrame(self)
        self.banner.setObjectName("banner")
        self.banner_text = QLabel(self.banner)
        self.banner_text.setWordWrap(True)
        self.banner_text.setAccessibleName(self.tr("Campaign notices"))
        dismiss = QPushButton(self.tr("OK"), self.banner)
        dismiss.setAccessibleName(self.tr("Dismiss the campaign notices"))
        dismiss.clicked.connect(self._dismiss)
        bl = QHBoxLayout(self.banner)
        bl.setContentsMargins(12, 8, 12, 8)
        bl.addWidget(self.banner_text, 1)
        bl.addWidget(dismiss, 0, Qt.AlignmentFlag.AlignTop)
        self.banner.hide()
        # (the runner starts before a page built in steps is complete: its notices are shown from the first)
        self.runner.notice.connect(self._notice)
        self.runner.sending_changed.connect(lambda: self.model.set_sending(self.runner.sending))
        self.begin_building(self._build_steps(), in_steps=in_steps)

    # ------------------------------------------------------------------ building
    def _build_steps(self):
        """The page's widgets, yielding (a true value) between its groups (the list, then the detail view's own
        groups), so that the main window can build it at start-up one group per turn of the event loop
        (``in_steps``). The campaigns are read, and the backend's changes heard, once all of it is there."""
        self.status = QLabel(self)
        self.status.setObjectName("muted")
        self.new_button = QPushButton(self.tr("New campaign…"), self)
        self.new_button.setObjectName("primary")
        self.new_button.setAccessibleName(self.tr("New campaign"))
        self.new_button.clicked.connect(lambda: self.new_campaign())

        # the list and the detail made in the splitter they are shown in (a widget moved to another parent
        # re-styles itself and all its children under the app's style sheet)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.table = QTableView(splitter)
        self.table.setObjectName("campaigns")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setItemDelegateForColumn(PROGRESS, ProgressDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (SENT, DELIVERED, READ, REPLIED, FAILED, CREATED, WHEN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((TEMPLATE, 170), (STATE, 110), (PROGRESS, 140)):
            self.table.setColumnWidth(column, width)
        self.table.setAccessibleName(self.tr("Campaigns"))
        self.empty_hint = QLabel(self.tr("No campaigns yet. A campaign sends one approved template to many customers "
                                         "at once, for example this week's offer to everyone tagged “Newsletter”. "
                                         "Press “New campaign…” to build one."), self)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setObjectName("muted")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.view = CampaignView(self.backend, self.runner, splitter, in_steps=True)
        self.view.open_builder.connect(self.new_campaign)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([190, 490])
        self.splitter = splitter

        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 4)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.empty_hint)
        layout.addWidget(splitter, 1)

        yield True
        for _group in self.view.build_steps:
            yield True
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._reset)
        self.model.rowsInserted.connect(lambda *_: self._counted())
        self.model.summary_changed.connect(self._counted)
        self.backend.data_changed.connect(self._data_changed)
        self.model.reload()

    # ------------------------------------------------------------------ list
    def _reset(self) -> None:
        self._counted()
        if self.model.rows and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def _counted(self) -> None:
        rows = self.model.rows
        self.empty_hint.setVisible(not rows)
        self.splitter.setVisible(bool(rows))
        counts = self.model.summary
        running, scheduled = counts.running, counts.scheduled
        parts = [self.tr("%n campaign(s)", "", max(counts.total, len(rows)))]
        if running:
            parts.append(self.tr("{n} sending").format(n=number(running)))
        if scheduled:
            parts.append(self.tr("{n} scheduled").format(n=number(scheduled)))
        self.status.setText(" · ".join(parts) if rows else "")

    def _current_changed(self, index: QModelIndex, _previous: QModelIndex) -> None:
        row = index.data(RowRole) if index.isValid() else None
        if row is not None:
            self.view.show_campaign(row.id)

    def select_campaign(self, campaign_id: int) -> None:
        """Show ``campaign_id`` (when the list has it; a new one arrives through its change report)."""
        row = self.model.row_of(campaign_id)
        if row is not None:
            self.table.selectRow(row)
        self.view.show_campaign(campaign_id)

    def _data_changed(self, changes: Changes) -> None:
        if changes.touches_campaigns():
            self.model.apply_changes(changes)
            self._counted()

    # ------------------------------------------------------------------ notices
    def _notice(self, text: str) -> None:
        """What the runner did by itself stays on screen until the owner dismisses it."""
        self._shown_notices.append(text)
        self.banner_text.setText("\n".join(self._shown_notices[-4:]))
        self.banner.show()
        self.notice.emit(text)

    def _dismiss(self) -> None:
        self._shown_notices.clear()
        self.banner.hide()

    # ------------------------------------------------------------------ builder
    def new_campaign(self) -> CampaignBuilder:
        from klaros_desktop.ui.campaign_builder import CampaignBuilder

        self.builder = CampaignBuilder(self.backend, self.runner, self)
        self.builder.created.connect(self._created)
        self.builder.open()
        return self.builder

    def _created(self, campaign_id: int) -> None:
        self.backend.changed(Changes(campaigns={campaign_id}))
        self.view.show_campaign(campaign_id)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.model.rows and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
