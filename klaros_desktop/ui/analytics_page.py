"""Analytics: what was sent, what arrived, what it cost, and what Meta says it cost, for a period.

Everything is read on a worker thread by ``services.analytics.overview.load`` (the page opens no session) and
painted when it returns; a change report that names messages or chats marks the numbers stale and, while the
page is shown, reads them again after a short pause (a sync page of a thousand statuses is one re-read, not a
thousand). Meta's own figures are asked only when the owner presses "Compare with Meta".
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from klaros_desktop.models import utcnow
from klaros_desktop.services.analytics import budget as budget_service
from klaros_desktop.services.analytics import cost as cost_service
from klaros_desktop.services.analytics import overview, reconcile
from klaros_desktop.services.analytics import period as periods
from klaros_desktop.services.analytics.delivery import FunnelRow
from klaros_desktop.services.core.changes import Changes
from klaros_desktop.ui import i18n, ops, rates_import, theme
from klaros_desktop.ui.analytics_tables import RowsModel, table_view, write_csv
from klaros_desktop.ui.backend import Backend
from klaros_desktop.ui.built_in_steps import BuiltInSteps
from klaros_desktop.ui.charts import BarChart, Chart, FunnelChart, LineChart, Series, Stage, WeekHeatMap
from klaros_desktop.ui.funnel_table import FunnelRows, NameFirst
from klaros_desktop.ui.i18n import country_with_code, day, day_month, month, number, percent, render
from klaros_desktop.ui.phone_format import pretty_number

RELOAD_PAUSE_MS = 1500
TWO_COLUMNS_FROM = 1000  # px of page width: below it every card takes the whole width


def duration_text(value: timedelta | None) -> str:
    """A reply time in words; the context is written out so that lupdate files the words under the page's."""
    if value is None:
        return "—"
    minutes = int(value.total_seconds() // 60)
    if minutes < 1:
        return QCoreApplication.translate("AnalyticsPage", "under a minute")
    if minutes < 60:
        return QCoreApplication.translate("AnalyticsPage", "{n} min").format(n=minutes)
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        if minutes:
            return QCoreApplication.translate("AnalyticsPage", "{h} h {m} min").format(h=hours, m=minutes)
        return QCoreApplication.translate("AnalyticsPage", "{h} h").format(h=hours)
    return QCoreApplication.translate("AnalyticsPage", "{d} days").format(d=round(hours / 24))


def rich(text: str, *, size: str | None = None) -> str:
    """``text`` escaped and bold (larger with ``size``), for a rich-text label."""
    bold = f"<b>{html.escape(text)}</b>"
    return f"<span style='font-size:{size}'>{bold}</span>" if size else bold


def money(amount: Decimal | None, currency: str | None) -> str:
    """Totals in cents (a single rate may have more places elsewhere)."""
    return i18n.money(amount, currency, places=2)


def share_of(part: int, whole: int) -> str:
    return percent(part / whole) if whole else "—"


class Tile(QFrame):
    """One big number with a caption under it."""

    def __init__(self, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("analyticsTile")
        self.value = QLabel("—", self)
        self.value.setObjectName("tileValue")
        self.caption = QLabel(caption, self)
        self.caption.setObjectName("muted")
        self.caption.setWordWrap(True)
        self.detail = QLabel("", self)
        self.detail.setObjectName("muted")
        self.detail.setWordWrap(True)  # a long detail wraps rather than widening its row past a narrow window
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)
        self.setAccessibleName(caption)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.setAccessibleDescription(f"{value} {detail}".strip())


class Card(QFrame):
    """A chart or a table in a frame, with its save button (PNG for a chart, CSV for a table).

    Made empty, to be the parent its content is made with; ``hold`` then puts the content in with its title and
    button. (Under the app's style sheet a widget moved to another parent is styled anew with all its children:
    a table moved into its card afterwards made the page's build steps long.) ``extra`` sits in the header beside
    the button (a short control); ``note`` gets a line of its own under the header, across the card, where a
    sentence reads in one or two lines even in the narrowest window."""

    def __init__(self, page: AnalyticsPage, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("analyticsCard")
        self.page = page
        self.content: QWidget | None = None

    def hold(self, title: str, content: QWidget, *, extra: QWidget | None = None,
             note: QWidget | None = None) -> Card:
        """The card with ``content`` (``extra`` beside its title, ``note`` under it), made with the card as parent."""
        page = self.page
        self.content = content
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        if not isinstance(content, Chart):
            label = QLabel(rich(title), self)
            label.setWordWrap(True)  # a long title wraps; the buttons beside it keep their whole width
            header.addWidget(label, 1)
        else:
            header.addStretch(1)
        if extra is not None:
            header.addWidget(extra)
        is_chart = isinstance(content, Chart)
        self.save = QPushButton(self.tr("Save picture…") if is_chart else self.tr("Save as CSV…"), self)
        self.save.setObjectName("linkButton")
        self.save.setFlat(True)
        self.save.setAccessibleName(self.tr("Save {what}").format(what=title))
        self.save.clicked.connect(lambda: page.save_card(self, title))
        header.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(4)
        layout.addLayout(header)
        if note is not None:
            layout.addWidget(note)
        layout.addWidget(content, 1)
        return self


class FailedMessagesDialog(QDialog):
    """The messages behind one failure group; double-click opens the chat."""

    open_conversation = Signal(int)

    def __init__(self, reason: str, rows: list, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Messages not delivered"))
        self.resize(720, 420)
        text = QLabel(reason, self)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        self.model = RowsModel([self.tr("Customer"), self.tr("Number"), self.tr("Written"), self.tr("Template")],
                               self)
        self.model.set_rows([[m.contact_name, pretty_number(m.phone_e164),
                              m.timestamp.astimezone().strftime("%Y-%m-%d %H:%M"), m.template_name or ""]
                             for m in rows], [m.conversation_id for m in rows])
        self.view = table_view(self.model, self.tr("Messages not delivered"), self)
        self.view.doubleClicked.connect(self._open)
        hint = QLabel(self.tr("Double-click a message to open the chat."), self)
        hint.setObjectName("muted")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def _open(self, index) -> None:
        conversation = self.model.keys[index.row()]
        if conversation is not None:
            self.open_conversation.emit(conversation)
            self.accept()


class AnalyticsPage(BuiltInSteps, QWidget):
    open_conversation = Signal(int)
    notice = Signal(str)
    painted = Signal(object)  # the Overview just shown (tests and the benchmark wait for it)
    reconciled = Signal(object)

    PERIODS = ("today", "7d", "30d", "month", "12m", "custom")

    def __init__(self, backend: Backend, parent: QWidget | None = None, *, pricer: cost_service.Pricer | None = None,
                 in_steps: bool = False):
        super().__init__(parent)
        self.backend = backend
        self.pricer = pricer
        self.clock: Callable[[], datetime] = utcnow  # "now" of the named periods (the benchmark's data is older)
        self.current: overview.Overview | None = None
        self.reconciliation: reconcile.Reconciliation | None = None
        self._generation = 0
        self._stale = True
        self._reload_timer = QTimer(self, singleShot=True, interval=RELOAD_PAUSE_MS)
        self._reload_timer.timeout.connect(self.reload)
        self.grids: list[tuple[QGridLayout, list[QWidget]]] = []
        self._laid_out = False
        self.begin_building(self._build_steps(), in_steps=in_steps)
        backend.data_changed.connect(self._data_changed)

    # ------------------------------------------------------------------ building
    def _build_steps(self):
        """The page's widgets, yielding (a true value) between its sections, so that the main window can build
        it at start-up one section per turn of the event loop (``in_steps``) instead of in one long stall."""
        self.period_box = QComboBox(self)
        self.period_box.setAccessibleName(self.tr("Period"))
        for key, label in zip(self.PERIODS, (self.tr("Today"), self.tr("Last 7 days"), self.tr("Last 30 days"),
                                             self.tr("This month"), self.tr("Last 12 months"),
                                             self.tr("Choose days…")), strict=True):
            self.period_box.addItem(label, key)
        self.period_box.setCurrentIndex(self.PERIODS.index("30d"))
        self.first_day = QDateEdit(self, calendarPopup=True)
        self.last_day = QDateEdit(self, calendarPopup=True)
        today = QDate.currentDate()
        self.first_day.setDate(today.addDays(-29))
        self.last_day.setDate(today)
        for edit, name in ((self.first_day, self.tr("First day")), (self.last_day, self.tr("Last day"))):
            edit.setAccessibleName(name)
            edit.setVisible(False)
            edit.dateChanged.connect(lambda _d: self.reload())
        self.compare = QCheckBox(self.tr("Compare with the period before"), self)
        self.compare.toggled.connect(lambda _on: self.reload())
        self.period_box.currentIndexChanged.connect(self._period_changed)
        self.export_button = QPushButton(self.tr("Save report as CSV…"), self)
        self.export_button.clicked.connect(self.save_report)
        self.status = QLabel(self)
        self.status.setObjectName("muted")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period:"), self))
        top.addWidget(self.period_box)
        top.addWidget(self.first_day)
        top.addWidget(self.last_day)
        top.addSpacing(12)
        top.addWidget(self.compare)
        top.addStretch(1)
        top.addWidget(self.status)
        top.addWidget(self.export_button)
        # the cards' body in its scroll area from the start, each section added to it as it is built: put there
        # at the end, the whole body would be moved and measured in one turn
        body = QWidget(self)
        body.setObjectName("analyticsBody")
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(12, 8, 12, 12)
        self.body_layout.setSpacing(10)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(body)

        yield True
        # tiles
        self.tiles = {key: Tile(caption, body) for key, caption in (
            ("sent", self.tr("messages sent")), ("delivered", self.tr("delivered")), ("read", self.tr("read")),
            ("replied", self.tr("answered within 24 hours")), ("failed", self.tr("not delivered")),
            ("cost", self.tr("charged by Meta")))}
        tile_row = QGridLayout()
        tile_row.setSpacing(8)
        for i, tile in enumerate(self.tiles.values()):
            tile_row.addWidget(tile, 0, i)

        yield True
        # delivery
        # each widget made with the parent it is shown in (``Card``)
        funnel_card, breakdown_card, failures_card = Card(self, body), Card(self, body), Card(self, body)
        self.funnel = FunnelChart(self.tr("From sent to answered"), funnel_card)
        # above the funnel, only when there are some: in no stage and not failed, the shop owner may want to check
        self.unconfirmed_note = QLabel(funnel_card)
        self.unconfirmed_note.setWordWrap(True)
        self.unconfirmed_note.hide()
        self.breakdown_box = QComboBox(breakdown_card)
        self.breakdown_box.setAccessibleName(self.tr("Show the funnel per"))
        for key, label in (("template", self.tr("per template")), ("campaign", self.tr("per campaign")),
                           ("tag", self.tr("per tag"))):
            self.breakdown_box.addItem(label, key)
        self.breakdown_box.currentIndexChanged.connect(lambda _i: self._show_breakdown())
        self.breakdown = FunnelRows([self.tr("Name"), self.tr("Sent"), self.tr("Delivered"), self.tr("Read"),
                                     self.tr("Answered"), self.tr("Not delivered")], self)
        self.breakdown_view = table_view(self.breakdown, self.tr("Funnel per template, campaign or tag"),
                                         breakdown_card)
        self.breakdown_columns = NameFirst(self.breakdown_view)  # the names whole, the numbers' headers give way
        self.failures = RowsModel([self.tr("Why Meta did not deliver"), self.tr("Messages")], self)
        self.failures_view = table_view(self.failures, self.tr("Messages not delivered, by reason"), failures_card)
        self.failures_view.setWordWrap(True)
        self.failures_view.doubleClicked.connect(self._open_failure)
        self.failures_view.activated.connect(self._open_failure)

        yield True
        # conversations
        self.reply_tiles = {key: Tile(caption, body) for key, caption in (
            ("median", self.tr("half of the customers got an answer within")),
            ("p90", self.tr("9 in 10 got an answer within")),
            ("unanswered", self.tr("customer messages still without an answer")),
            ("open", self.tr("chats where you can write freely now (24-hour window open)")))}
        inbound_card, heat_card, consent_chart_card, consent_card = (Card(self, body) for _ in range(4))
        self.inbound_chart = BarChart(self.tr("Messages from customers per day"), inbound_card)
        self.heat = WeekHeatMap(self.tr("When customers write (hour of the week)"), heat_card,
                                day_names=[self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"),
                                           self.tr("Fri"), self.tr("Sat"), self.tr("Sun")])
        self.consent_chart = BarChart(self.tr("Opt-ins and opt-outs per day"), consent_chart_card)
        self.consent = RowsModel([self.tr("Change"), self.tr("How"), self.tr("Customers")], self)
        self.consent_view = table_view(self.consent, self.tr("Opt-ins and opt-outs"), consent_card, stretch=1)

        yield True
        # cost
        cost_chart_card, category_card, categories_card, countries_card, templates_card = (
            Card(self, body) for _ in range(5))
        self.cost_chart = LineChart(self.tr("Charged messages per day"), cost_chart_card)
        self.category_chart = BarChart(self.tr("Charged messages by category"), category_card)
        self.cost_categories = RowsModel([self.tr("Category"), self.tr("Charged messages"), self.tr("Amount")], self)
        self.cost_categories_view = table_view(self.cost_categories, self.tr("Cost by category"), categories_card)
        self.cost_countries = RowsModel([self.tr("Country"), self.tr("Charged messages"), self.tr("Amount")], self)
        self.cost_countries_view = table_view(self.cost_countries, self.tr("Cost by country"), countries_card)
        self.cost_templates = RowsModel([self.tr("Template or campaign"), self.tr("Charged messages"),
                                         self.tr("Amount")], self)
        self.cost_templates_view = table_view(self.cost_templates, self.tr("Cost by template and campaign"),
                                              templates_card)
        free_box = QFrame(body)
        free_box.setObjectName("analyticsCard")
        self.free_label = QLabel(free_box)
        self.free_label.setWordWrap(True)
        self.free_label.setTextFormat(Qt.TextFormat.RichText)

        yield True
        # budget
        budget_box = QFrame(body)
        budget_box.setObjectName("analyticsCard")
        self.budget_text = QLabel(budget_box)
        self.budget_text.setWordWrap(True)
        self.budget_bar = QProgressBar(budget_box)
        self.budget_bar.setTextVisible(False)
        self.budget_bar.setMaximumHeight(10)
        self.budget_bar.setAccessibleName(self.tr("This month's charges against the budget"))
        self.budget_amount = QLineEdit(budget_box)
        self.budget_amount.setPlaceholderText(self.tr("e.g. 150"))
        self.budget_amount.setAccessibleName(self.tr("Monthly budget amount"))
        self.budget_amount.setMaximumWidth(120)
        self.budget_currency = QLineEdit(budget_box)
        self.budget_currency.setPlaceholderText(self.tr("EUR"))
        self.budget_currency.setMaxLength(3)
        self.budget_currency.setMaximumWidth(60)
        self.budget_currency.setAccessibleName(self.tr("Budget currency"))
        self.budget_save = QPushButton(self.tr("Save budget"), budget_box)
        self.budget_save.clicked.connect(self.save_budget)
        self.budget_error = QLabel(budget_box)
        self.budget_error.setObjectName("fieldProblem")  # app.qss: the theme's error colour
        self.budget_error.hide()

        yield True
        # reconciliation
        meta_box = QFrame(body)
        meta_box.setObjectName("analyticsCard")
        self.meta_button = QPushButton(self.tr("Compare with Meta's figures"), meta_box)
        self.meta_button.clicked.connect(self.compare_with_meta)
        self.meta_text = QLabel(self.tr("Meta keeps its own count of what it delivered and charged. Compare "
                                        "it with Klaros's to see whether anything was sent from elsewhere."), meta_box)
        self.meta_text.setWordWrap(True)
        self.meta_text.setTextFormat(Qt.TextFormat.RichText)
        self.meta_rows = RowsModel([self.tr("Category"), self.tr("Type"), self.tr("Country"), self.tr("Klaros"),
                                    self.tr("Meta"), self.tr("Difference")], self)
        self.meta_view = table_view(self.meta_rows, self.tr("Klaros's and Meta's counts"), meta_box)
        self.meta_view.hide()
        self.meta_templates = RowsModel([self.tr("Template"), self.tr("Sent (Klaros)"), self.tr("Sent (Meta)"),
                                         self.tr("Delivered (Klaros)"), self.tr("Delivered (Meta)"),
                                         self.tr("Read (Klaros)"), self.tr("Read (Meta)")], self)
        self.meta_templates_view = table_view(self.meta_templates, self.tr("Per template, Klaros's and Meta's counts"),
                                              meta_box)
        self.meta_templates_view.hide()
        self.meta_templates_note = QLabel(meta_box)
        self.meta_templates_note.setObjectName("muted")
        self.meta_templates_note.setWordWrap(True)
        self.meta_templates_note.hide()

        yield True
        # layout: the cards flow in one or two columns
        self.body_layout.addLayout(tile_row)

        self._section(self.tr("Delivery"))
        self._grid([funnel_card.hold(self.funnel.title, self.funnel, note=self.unconfirmed_note),
                    breakdown_card.hold(self.tr("Funnel"), self.breakdown_view, extra=self.breakdown_box),
                    failures_card.hold(self.tr("Not delivered, by Meta's reason (double-click to see the messages)"),
                                       self.failures_view)])
        yield True
        self._section(self.tr("Conversations"))
        reply_row = QGridLayout()
        reply_row.setSpacing(8)
        for i, tile in enumerate(self.reply_tiles.values()):
            reply_row.addWidget(tile, 0, i)
        self.body_layout.addLayout(reply_row)
        self._grid([inbound_card.hold(self.inbound_chart.title, self.inbound_chart),
                    heat_card.hold(self.heat.title, self.heat),
                    consent_chart_card.hold(self.consent_chart.title, self.consent_chart),
                    consent_card.hold(self.tr("Opt-ins and opt-outs"), self.consent_view)])
        yield True
        self._section(self.tr("Cost"))
        self.rates_text = QLabel(body)
        self.rates_text.setObjectName("muted")
        self.rates_text.setWordWrap(True)
        self.rates_button = QPushButton(self.tr("Import Meta's price list…"), body)
        self.rates_button.setToolTip(self.tr("Meta's rates CSV (from Meta's pricing page): prices this screen's "
                                             "messages, and the campaigns' forecasts"))
        self.rates_button.clicked.connect(lambda: self.import_rates())
        rates_row = QHBoxLayout()
        rates_row.addWidget(self.rates_text, 1)
        rates_row.addWidget(self.rates_button, 0, Qt.AlignmentFlag.AlignTop)
        self.body_layout.addLayout(rates_row)
        bl = QGridLayout(budget_box)
        bl.addWidget(QLabel(rich(self.tr("Monthly budget")), budget_box), 0, 0, 1, 4)
        bl.addWidget(self.budget_text, 1, 0, 1, 4)
        bl.addWidget(self.budget_bar, 2, 0, 1, 4)
        bl.addWidget(self.budget_amount, 3, 0)
        bl.addWidget(self.budget_currency, 3, 1)
        bl.addWidget(self.budget_save, 3, 2)
        bl.setColumnStretch(3, 1)
        bl.addWidget(self.budget_error, 4, 0, 1, 4)
        fl = QVBoxLayout(free_box)
        fl.addWidget(QLabel(rich(self.tr("What was free, and why")), free_box))
        fl.addWidget(self.free_label, 1)
        self._grid([budget_box, free_box,
                    cost_chart_card.hold(self.cost_chart.title, self.cost_chart),
                    category_card.hold(self.category_chart.title, self.category_chart),
                    categories_card.hold(self.tr("By category"), self.cost_categories_view),
                    countries_card.hold(self.tr("By country"), self.cost_countries_view),
                    templates_card.hold(self.tr("By template and campaign"), self.cost_templates_view)])
        yield True
        self._section(self.tr("Meta's own figures"))
        ml = QVBoxLayout(meta_box)
        row = QHBoxLayout()
        row.addWidget(self.meta_text, 1)
        row.addWidget(self.meta_button, 0, Qt.AlignmentFlag.AlignTop)
        ml.addLayout(row)
        ml.addWidget(self.meta_view)
        ml.addWidget(self.meta_templates_view)
        ml.addWidget(self.meta_templates_note)
        self.body_layout.addWidget(meta_box)
        self.body_layout.addStretch(1)

        yield True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 0)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        self._laid_out = True

    def _section(self, title: str) -> None:
        label = QLabel(rich(title, size="large"), self.body_layout.parentWidget())
        label.setAccessibleName(title)
        self.body_layout.addSpacing(6)
        self.body_layout.addWidget(label)

    def _grid(self, widgets: list[QWidget]) -> None:
        grid = QGridLayout()
        grid.setSpacing(10)
        self.body_layout.addLayout(grid)
        self.grids.append((grid, widgets))
        self._reflow_grid(grid, widgets, 2)

    @staticmethod
    def _reflow_grid(grid: QGridLayout, widgets: list[QWidget], columns: int) -> None:
        for widget in widgets:
            grid.removeWidget(widget)
        for i, widget in enumerate(widgets):
            last_alone = columns == 2 and i == len(widgets) - 1 and len(widgets) % 2
            grid.addWidget(widget, i // columns, i % columns, 1, 2 if last_alone else 1)
        for c in range(2):
            grid.setColumnStretch(c, 1 if c < columns else 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self._laid_out:  # (still being built in steps: the last one lays it out)
            return
        columns = 2 if self.width() >= TWO_COLUMNS_FROM else 1
        if getattr(self, "_columns", None) != columns:
            self._columns = columns
            for grid, widgets in self.grids:
                self._reflow_grid(grid, widgets, columns)
            tiles = list(self.tiles.values())
            grid = self.body_layout.itemAt(0).layout()
            for tile in tiles:
                grid.removeWidget(tile)
            per_row = 6 if columns == 2 else 3
            for i, tile in enumerate(tiles):
                grid.addWidget(tile, i // per_row, i % per_row)

    def labelled(self, label: str, value: str) -> str:
        """"label: value" as the language writes it (French puts a narrow no-break space before the colon)."""
        return self.tr("{label}: {value}").format(label=label, value=value)

    # ------------------------------------------------------------------ periods and loading
    def selected_period(self) -> periods.Period:
        key = self.period_box.currentData()
        if key == "custom":
            first, last = self.first_day.date().toPython(), self.last_day.date().toPython()
            if last < first:
                first, last = last, first
            return periods.custom(first, last)
        return periods.named(key, self.clock())

    def _period_changed(self, _index: int) -> None:
        custom = self.period_box.currentData() == "custom"
        self.first_day.setVisible(custom)
        self.last_day.setVisible(custom)
        self.reload()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Read the numbers for the chosen period on a worker thread; the newest request wins."""
        self._stale = False
        self._reload_timer.stop()
        self._generation += 1
        generation = self._generation
        selected = self.selected_period()
        compare = self.compare.isChecked()
        sessions, pricer = self.backend.sessions, self.pricer
        self.status.setText(self.tr("Counting…"))
        now = self.clock()
        ops.run_sync(lambda: overview.load(sessions, selected, pricer, compare=compare, now=now),
                     lambda result: self._loaded(generation, result), self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("The numbers could not be read: {error}").format(error=render(exc)))

    def _data_changed(self, changes: Changes) -> None:
        if changes.everything or changes.messages or changes.conversations or changes.settings:
            self._stale = True
            if self.isVisible():
                self._reload_timer.start()

    def _loaded(self, generation: int, result: overview.Overview) -> None:
        if generation != self._generation:
            return  # a newer period was asked for meanwhile
        self.current = result
        self.status.setText("")
        self._show_tiles(result)
        self._show_delivery(result)
        self._show_conversations(result)
        self._show_cost(result)
        self._show_budget(result)
        self.painted.emit(result)

    # ------------------------------------------------------------------ painting the numbers
    def _show_tiles(self, result: overview.Overview) -> None:
        f, p = result.delivery.funnel, result.previous

        def before(name: str) -> str:
            if p is None:
                return ""
            return self.tr("before: {n}").format(n=number(getattr(p, name)))

        self.tiles["sent"].set(number(f.sent), before("sent"))
        for key in ("delivered", "read", "replied"):
            count = getattr(f, key)
            self.tiles[key].set(share_of(count, f.sent), self.tr("{n} messages").format(n=number(count)))
        self.tiles["failed"].set(number(f.failed), before("failed"))
        unconfirmed = result.delivery.unconfirmed
        self.unconfirmed_note.setText(self.tr("Not confirmed by WhatsApp: {n} (they may or may not have reached "
                                              "the customer)").format(n=number(unconfirmed)))
        self.unconfirmed_note.setVisible(unconfirmed > 0)
        c = result.cost
        if c.total is not None:
            self.tiles["cost"].set(money(c.total, c.currency),
                                   self.tr("{n} charged messages").format(n=number(c.charged)))
        else:
            self.tiles["cost"].set(number(c.charged), self.tr("charged messages (no prices yet)"))

    def _show_delivery(self, result: overview.Overview) -> None:
        f, p = result.delivery.funnel, result.previous
        stages = [(self.tr("Sent"), "sent", "accent"), (self.tr("Delivered"), "delivered", "accent"),
                  (self.tr("Read"), "read", "tick_read"), (self.tr("Answered"), "replied", "badge"),
                  (self.tr("Not delivered"), "failed", "danger")]
        self.funnel.set_stages([Stage(label, getattr(f, key), getattr(p, key) if p else None, colour)
                                for label, key, colour in stages])
        self.failures.set_rows([[render(g.reason), g.count] for g in result.delivery.failures],
                               [g.code for g in result.delivery.failures])
        self._show_breakdown()

    def _breakdown_rows(self, rows: list[FunnelRow]) -> None:
        self.breakdown.set_rows([[render(r.label), r.funnel.sent, r.funnel.delivered, r.funnel.read,
                                  r.funnel.replied, r.funnel.failed] for r in rows], [r.key for r in rows])

    def _show_breakdown(self) -> None:
        if self.current is None:
            return
        key = self.breakdown_box.currentData()
        if key == "template":
            self._breakdown_rows(self.current.delivery.by_template)
        elif key == "campaign":
            self._breakdown_rows(self.current.delivery.by_campaign)
        else:
            sessions, selected = self.backend.sessions, self.current.period
            ops.run_sync(lambda: overview.tag_funnels(sessions, selected), self._breakdown_rows, self._failed)

    def _day_labels(self, days: list[date]) -> list[str]:
        if len(days) > 62:
            return [month(d) if d.day == 1 else day_month(d) for d in days]
        return [day_month(d) for d in days]

    def _show_conversations(self, result: overview.Overview) -> None:
        conv = result.conversations
        days = result.period.local_days()
        if len(days) == 1:
            self.inbound_chart.set_data([f"{h:02d}" for h in range(24)],
                                        [Series(self.tr("Messages"), [float(sum(conv.by_hour_of_week[d][h]
                                                                                for d in range(7)))
                                                                      for h in range(24)])])
        else:
            self.inbound_chart.set_data(self._day_labels(days),
                                        [Series(self.tr("Messages"), [conv.inbound_by_day.get(d, 0) for d in days])])
        self.heat.set_grid(conv.by_hour_of_week)
        self.reply_tiles["median"].set(duration_text(conv.first_reply_median))
        self.reply_tiles["p90"].set(duration_text(conv.first_reply_p90))
        self.reply_tiles["unanswered"].set(number(conv.unanswered),
                                           self.tr("of {n} times a customer wrote").format(n=number(conv.turns)))
        self.reply_tiles["open"].set(number(conv.open_windows))
        kinds = {"opt_in": self.tr("Agreed to messages"), "opt_out": self.tr("Stopped messages")}
        sources = {"keyword": self.tr("wrote a keyword (STOP / START)"), "button": self.tr("pressed a button"),
                   "import": self.tr("imported from a file"), "manual": self.tr("entered in Klaros"),
                   "meta_131050": self.tr("stopped marketing in WhatsApp")}
        per_day: dict[tuple[str, date], int] = {}
        for row in conv.consent:
            per_day[(row.kind, row.day)] = per_day.get((row.kind, row.day), 0) + row.count
        self.consent_chart.set_data(self._day_labels(days), [
            Series(kinds["opt_in"], [per_day.get(("opt_in", d), 0) for d in days]),
            Series(kinds["opt_out"], [per_day.get(("opt_out", d), 0) for d in days], colour="danger")])
        totals = sorted(conv.consent_totals().items(), key=lambda kv: (kv[0][0], -kv[1]))
        self.consent.set_rows([[kinds.get(kind, kind), sources.get(source, source), n]
                               for (kind, source), n in totals])

    def _show_cost(self, result: overview.Overview) -> None:
        c = result.cost
        days = result.period.local_days()
        priced = c.total is not None
        series = [Series(self.tr("This period"), [float(c.by_day[d].amount if priced and c.by_day.get(d) and
                                                        c.by_day[d].amount is not None else
                                                        (c.by_day[d].count if c.by_day.get(d) else 0))
                                                  for d in days])]
        previous = result.previous_cost
        if previous is not None:
            before_days = previous.period.local_days()
            series.append(Series(self.tr("Period before"), [
                float((previous.by_day[d].amount or 0) if priced else previous.by_day[d].count)
                if previous.by_day.get(d) else 0.0 for d in before_days][:len(days)], colour="muted", faint=True))
        self.cost_chart.title = (self.tr("Charges per day ({currency})").format(currency=c.currency) if priced
                                 else self.tr("Charged messages per day"))
        self.cost_chart.set_data(self._day_labels(days), series)
        words = cost_service.CATEGORY_WORDS
        categories = [k for k in cost_service.CATEGORIES if k in c.by_category] + sorted(
            k for k in c.by_category if k not in cost_service.CATEGORIES)
        self.category_chart.set_data([render(words.get(k, k)).split(" (")[0] for k in categories],
                                     [Series(self.tr("Charged messages"),
                                             [float(c.by_category[k].count) for k in categories])])
        self.cost_categories.set_rows([[render(words.get(k, k)), c.by_category[k].count,
                                        money(c.by_category[k].amount, c.currency)] for k in categories])
        countries = sorted(c.by_country.items(), key=lambda kv: -kv[1].count)
        self.cost_countries.set_rows([[self._country_name(code), cell.count, money(cell.amount, c.currency)]
                                      for code, cell in countries])
        rows = [[name or self.tr("(no template)"), cell.count, money(cell.amount, c.currency)]
                for name, cell in sorted(c.by_template.items(), key=lambda kv: -kv[1].count)]
        rows += [[self.tr("Campaign: {name}").format(name=c.campaign_names.get(cid, cid)), cell.count,
                  money(cell.amount, c.currency)]
                 for cid, cell in sorted(c.by_campaign.items(), key=lambda kv: -kv[1].count) if cid is not None]
        self.cost_templates.set_rows(rows)
        lines = [self.labelled(render(cost_service.FREE_WORDS[k]), f"<b>{number(n)}</b>")
                 for k, n in sorted(c.free.items()) if k in cost_service.FREE_WORDS]
        if c.not_delivered:
            lines.append(self.tr("Not charged because never delivered: <b>{n}</b>").format(n=number(c.not_delivered)))
        if c.waiting:
            lines.append(self.tr("Still waiting for Meta's report on the price: <b>{n}</b>").format(
                n=number(c.waiting)))
        self.free_label.setText("<br>".join(lines) or self.tr("No free messages in this period."))
        if c.error is not None:
            self.rates_text.setText(render(c.error))
        elif priced:
            self.rates_text.setText(self.tr("Amounts in {currency}, Meta's rates as of {date}; Meta's own category "
                                            "and price type from each delivery report.").format(
                currency=c.currency, date=day(c.rates_as_of) if c.rates_as_of else "—"))
        else:
            self.rates_text.setText(self.tr("Counts from Meta's delivery reports. Amounts appear once a rate card "
                                            "with Meta's prices is imported."))

    @staticmethod
    def _country_name(code: str) -> str:
        return "?" if code == "ZZ" else country_with_code(code)

    def _show_budget(self, result: overview.Overview) -> None:
        state = result.budget
        if state.budget is None:
            self.budget_text.setText(self.tr("No monthly budget set. Set one to see this month's charges against "
                                             "it; campaigns warn before they would go over it."))
            self.budget_bar.hide()
            return
        if not self.budget_amount.hasFocus():
            self.budget_amount.setText(number(state.budget.amount, 2, grouped=False))
            self.budget_currency.setText(state.budget.currency)
        self.budget_bar.show()
        if state.spent is None:
            self.budget_text.setText(self.tr("Budget {budget} a month. This month's charges cannot be priced in "
                                             "{currency} yet.").format(budget=money(state.budget.amount,
                                                                                    state.budget.currency),
                                                                       currency=state.budget.currency))
            self.budget_bar.setValue(0)
            return
        share = state.share or 0
        self.budget_bar.setRange(0, 1000)
        self.budget_bar.setValue(min(1000, int(share * 1000)))
        text = self.tr("This month so far: {spent} of {budget} ({share}).").format(
            spent=money(state.spent, state.budget.currency), budget=money(state.budget.amount, state.budget.currency),
            share=percent(share))
        if state.over:
            text = f"<span style='color:{theme.colours().danger}'>{html.escape(text)} " + html.escape(
                self.tr("Over the budget.")) + "</span>"
        self.budget_text.setText(text)

    # ------------------------------------------------------------------ actions
    def save_budget(self) -> None:
        sessions, amount, currency = self.backend.sessions, self.budget_amount.text(), self.budget_currency.text()

        def saved(said: Any) -> None:
            self.budget_error.hide()
            self.backend.changed(Changes(settings=True))
            self.notice.emit(render(said))

        def refused(exc: BaseException) -> None:
            if not isinstance(exc, budget_service.BadBudget):
                self._failed(exc)
                return
            self.budget_error.setText(render(exc.phrase))
            self.budget_error.show()

        point = i18n.decimal_point()
        ops.run_sync(lambda: budget_service.save_text(sessions, amount, currency, decimal_point=point),
                     saved, refused)

    def _open_failure(self, index) -> None:
        if self.current is None or not index.isValid():
            return
        code = self.failures.keys[index.row()]
        reason = self.failures.rows[index.row()][0]
        sessions, selected = self.backend.sessions, self.current.period

        def show(rows: list) -> None:
            dialog = FailedMessagesDialog(reason, rows, self)
            dialog.open_conversation.connect(self.open_conversation)
            dialog.open()
            self.failed_dialog = dialog

        ops.run_sync(lambda: overview.failed_messages(sessions, selected, code), show, self._failed)

    def import_rates(self, path: Path | None = None) -> None:
        """Meta's rates CSV into the profile (``services.pricing.rates_csv``, from the start of this quarter), then
        the period read again: what the screen asks for when there is no card or Meta's figures say it is old."""
        path = path or rates_import.choose(self)
        if path is None:
            return

        def done(report) -> None:
            self.notice.emit(rates_import.imported(report))
            self.reload()

        ops.run_sync(rates_import.work(self.backend.sessions, path), done,
                     lambda exc: self.rates_text.setText(render(exc)))

    def compare_with_meta(self) -> None:
        graph = getattr(self.backend.messenger, "graph", None)
        sessions, pricer = self.backend.sessions, self.pricer
        selected = self.current.period if self.current is not None else self.selected_period()
        self.meta_button.setEnabled(False)
        self.meta_text.setText(self.tr("Asking Meta…"))

        def done(result: reconcile.Reconciliation) -> None:
            self.meta_button.setEnabled(True)
            self.show_reconciliation(result)

        def failed(exc: BaseException) -> None:
            self.meta_button.setEnabled(True)
            self.meta_text.setText(self.tr("Meta did not answer: {error}").format(error=render(exc)))

        ops.run_async(lambda: reconcile.with_meta(sessions, graph, selected, pricer,
                                                  now_ts=datetime.now().timestamp()), done, failed)

    def show_reconciliation(self, result: reconcile.Reconciliation) -> None:
        self.reconciliation = result
        c = theme.colours()
        if result.meta is None:
            self.meta_text.setText(html.escape(render(result.absent)))
            self.meta_view.hide()
            self.reconciled.emit(result)
            return
        lines = [html.escape(render(e)) for e in result.explanations]
        colour = c.accent if result.agrees else c.text
        summary = self.tr("Meta counted {n} delivered messages, {cost} charged.").format(
            n=number(result.meta.volume), cost=money(result.meta.cost, result.meta.currency))
        text = f"<p>{html.escape(summary)}</p><p style='color:{colour}'>" + "<br>".join(lines) + "</p>"
        self.meta_text.setText(text)
        self.meta_rows.set_rows([[render(cost_service.CATEGORY_WORDS.get(r.key[0], r.key[0])).split(" (")[0],
                                  r.key[1].replace("_", " "), self._country_name(r.key[2]), r.local, r.meta,
                                  r.difference] for r in result.rows])
        self.meta_view.setVisible(bool(result.rows))
        self.meta_templates.set_rows([[t.name, t.local[0], t.meta[0] if t.meta else "—", t.local[1],
                                       t.meta[1] if t.meta else "—", t.local[2], t.meta[2] if t.meta else "—"]
                                      for t in result.templates])
        self.meta_templates_view.setVisible(bool(result.templates))
        self.meta_templates_note.setText(render(result.templates_absent) if result.templates_absent else "")
        self.meta_templates_note.setVisible(result.templates_absent is not None)
        self.reconciled.emit(result)

    # ------------------------------------------------------------------ export
    def save_card(self, card: Card, title: str, target: str | None = None) -> None:
        """Save a chart as PNG or a table as CSV (``target`` skips the file chooser)."""
        is_chart = isinstance(card.content, Chart)
        if target is None:
            suffix = "png" if is_chart else "csv"
            name = "".join(ch if ch.isalnum() else "-" for ch in title.lower()).strip("-")[:40] or "analytics"
            target, _chosen = QFileDialog.getSaveFileName(
                self, self.tr("Save picture") if is_chart else self.tr("Save table"), f"{name}.{suffix}",
                self.tr("PNG pictures (*.png)") if is_chart else self.tr("CSV files (*.csv)"))
            if not target:
                return
        if is_chart:
            image: QImage = card.content.grab().toImage()  # grabbed here, written to disk on a worker thread
            work = lambda: image.save(target, "PNG")  # noqa: E731
        else:
            rows = card.content.model().csv_rows()
            work = lambda: write_csv(target, rows)  # noqa: E731
        ops.run_sync(work, lambda _r: self.notice.emit(self.tr("Saved {file}").format(file=target)), self._failed)

    def save_report(self, target: str | None = None) -> None:
        """The whole period's numbers as one CSV (the same table as ``klaros report --format csv``)."""
        if self.current is None:
            return
        if target is None:
            target, _chosen = QFileDialog.getSaveFileName(self, self.tr("Save report"), "klaros-report.csv",
                                                          self.tr("CSV files (*.csv)"))
            if not target:
                return
        from klaros_desktop.services.analytics import report

        sessions, selected, pricer = self.backend.sessions, self.current.period, self.pricer
        reconciliation = self.reconciliation if self.reconciliation and self.reconciliation.period == selected \
            else None

        def work():
            return write_csv(target, report.csv_rows(overview.report_dict(sessions, selected, pricer, reconciliation)))

        ops.run_sync(work, lambda _r: self.notice.emit(self.tr("Saved {file}").format(file=target)), self._failed)
