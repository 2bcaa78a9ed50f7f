"""Building a campaign: who gets it (filters, a saved audience, or a list of numbers pasted or imported), what
they read (an approved template, each variable filled from the contact or fixed text, with a fallback), a test
to the shop's own number, and when (now or at a time in the shop's time zone) at what speed.

Every edit asks ``services.campaigns.drafts.check`` again, off the screen's thread and a moment after the last
keystroke: the live count, who is left out and why, and who would get an empty variable (which keeps the start
button off, as ``lifecycle.launch`` would refuse). Creating the campaign is ``lifecycle.create`` and then
``launch`` or ``schedule.set_schedule``; the window's ``CampaignRunner`` sends it.
"""

from __future__ import annotations

import html
import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QDateTime, QSettings, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from klaros_desktop.services.analytics import budget
from klaros_desktop.services.campaigns import (
    audience,
    drafts,
    lifecycle,
    overview,
    schedule,
    segments,
    variables,
)
from klaros_desktop.services.campaigns.audience import Segment
from klaros_desktop.services.core.changes import Changes
from klaros_desktop.services.media import header_media
from klaros_desktop.services.messaging import buttons as message_buttons
from klaros_desktop.services.messaging import template_header
from klaros_desktop.ui import rates_import, template_bubble, theme
from klaros_desktop.ui.backend import Backend
from klaros_desktop.ui.campaign_runner import run_for
from klaros_desktop.ui.i18n import country_with_code, date_time_edit_format, day, money, number, percent, render
from klaros_desktop.ui.item_models import template_word
from klaros_desktop.ui.phone_format import pretty_number
from klaros_desktop.ui.place_fields import PlaceEdits, place_edits, split_pasted_pair
from klaros_desktop.ui.templates_page import language_name

log = logging.getLogger(__name__)

CHECK_DELAY_MS = 250  # after the last edit, before the count is asked again
DEFAULT_RATE = 80
FIXED = "text"  # the source choice "fixed text" (``variables.TEXT_PREFIX``)


def _checkable_list(parent: QWidget, name: str) -> QListWidget:
    widget = QListWidget(parent)
    widget.setAccessibleName(name)
    widget.setMaximumHeight(120)
    return widget


def _checked(widget: QListWidget) -> tuple[str, ...]:
    return tuple(widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                 if widget.item(i).checkState() == Qt.CheckState.Checked)


def _fill(widget: QListWidget, values: list[tuple[str, str]], checked: tuple[str, ...] = ()) -> None:
    widget.blockSignals(True)
    widget.clear()
    for value, label in values:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if value in checked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    widget.blockSignals(False)


class VariableRow(QWidget):
    """One ``{{n}}``: where its value comes from, and what to write when the contact has none."""

    changed = Signal()

    def __init__(self, name: str, custom_fields: list[str], parent: QWidget | None = None, *,
                 shown: str | None = None):
        super().__init__(parent)
        self.name = name
        shown = shown or "{{" + name + "}}"
        self.source = QComboBox(self)
        self.source.setAccessibleName(self.tr("Value of {variable}").format(variable=shown))
        for label, value in ((self.tr("First name"), "first_name"), (self.tr("Full name"), "name"),
                             (self.tr("Phone number"), "phone")):
            self.source.addItem(label, value)
        for key in custom_fields:
            self.source.addItem(self.tr("Contact field: {field}").format(field=key), variables.CUSTOM_PREFIX + key)
        self.source.addItem(self.tr("Fixed text"), FIXED)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("The same text for everyone"))
        self.text.setAccessibleName(self.tr("Fixed text for {variable}").format(variable=shown))
        self.fallback = QLineEdit(self)
        self.fallback.setPlaceholderText(self.tr("If the contact has none, write…"))
        self.fallback.setAccessibleName(self.tr("Fallback for {variable}").format(variable=shown))
        self.fallback_label = QLabel(self.tr("if empty:"), self)
        self.fallback_label.setObjectName("muted")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.source, 2)
        layout.addWidget(self.text, 4)
        layout.addWidget(self.fallback_label)
        layout.addWidget(self.fallback, 3)
        self.source.currentIndexChanged.connect(self._source_changed)
        self.text.textChanged.connect(self.changed)
        self.fallback.textChanged.connect(self.changed)
        self._source_changed()

    def choose(self, value: str, text: str = "", fallback: str = "") -> None:
        self.source.setCurrentIndex(max(0, self.source.findData(value)))
        self.text.setText(text)
        self.fallback.setText(fallback)

    def _source_changed(self) -> None:
        fixed = self.source.currentData() == FIXED
        self.text.setVisible(fixed)
        self.fallback.setVisible(not fixed)
        self.fallback_label.setVisible(not fixed)
        self.changed.emit()

    def spec(self) -> str:
        value = self.source.currentData()
        if value == FIXED:
            return variables.TEXT_PREFIX + self.text.text()
        fallback = self.fallback.text().strip()
        return f"{value}|{fallback}" if fallback else value


class CampaignBuilder(QDialog):
    created = Signal(int)  # the new campaign's id
    checked = Signal(object)  # each ``drafts.Check`` shown (tests wait on it)
    budget_checked = Signal(object)  # the monthly budget against this forecast (``budget.BudgetCheck``)

    def __init__(self, backend: Backend, runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.backend = backend
        self.runner = runner
        self.setWindowTitle(self.tr("New campaign"))
        self.setMinimumSize(820, 600)
        self.result: drafts.Check | None = None
        self.options = overview.FilterOptions([], [], [])
        self.templates: list[drafts.TemplateChoice] = []
        self.saved: list[segments.Saved] = []
        self.variable_rows: list[VariableRow] = []
        self.button_rows: list[VariableRow] = []  # one per link button with a variable
        self.title_rows: list[VariableRow] = []  # the variable of a text header (at most one)
        self._header_spec: str | None = None  # the chosen file (path) or media id for the template's header
        self.zone_label = ""
        self.test_outcome = None
        self._generation = 0
        self._shown_generation = 0
        self._check_timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.run_check)
        self._preview_generation = 0

        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Name, e.g. Mother's Day offer"))
        self.name.setAccessibleName(self.tr("Campaign name"))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._audience_tab(), self.tr("1  Who gets it"))
        self.tabs.addTab(self._message_tab(), self.tr("2  Message"))
        self.tabs.addTab(self._send_tab(), self.tr("3  Test and send"))

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Campaign summary"))
        self.draft_button = QPushButton(self.tr("Save as draft"), self)
        self.go_button = QPushButton(self.tr("Start sending"), self)
        self.go_button.setObjectName("primary")
        self.close_button = QPushButton(self.tr("Close"), self)
        for button in (self.draft_button, self.go_button, self.close_button):
            button.setAutoDefault(False)
        self.draft_button.clicked.connect(lambda: self.create(go=False))
        self.go_button.clicked.connect(lambda: self.create(go=True))
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.draft_button)
        bottom.addWidget(self.go_button)
        bottom.addWidget(self.close_button)
        name_row = QHBoxLayout()
        name_row.addWidget(QLabel(self.tr("Campaign name:"), self))
        name_row.addWidget(self.name, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(name_row)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.name.textChanged.connect(self._update_buttons)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self._restyle()
        self._load_choices()

    # ------------------------------------------------------------------ the audience
    def _audience_tab(self) -> QWidget:
        tab = QWidget(self)
        self.mode_filters = QRadioButton(self.tr("Contacts that match these filters"), tab)
        self.mode_numbers = QRadioButton(self.tr("A list of numbers (pasted or from a file)"), tab)
        self.mode_filters.setChecked(True)
        self.mode_group = QButtonGroup(tab)
        self.mode_group.addButton(self.mode_filters)
        self.mode_group.addButton(self.mode_numbers)
        modes = QHBoxLayout()
        modes.addWidget(self.mode_filters)
        modes.addWidget(self.mode_numbers)
        modes.addStretch(1)

        filters = QWidget(tab)
        self.saved_box = QComboBox(filters)
        self.saved_box.setAccessibleName(self.tr("Saved audiences"))
        self.save_segment_button = QPushButton(self.tr("Save these filters…"), filters)
        self.delete_segment_button = QPushButton(self.tr("Delete"), filters)
        saved_row = QHBoxLayout()
        saved_row.addWidget(QLabel(self.tr("Saved audience:"), filters))
        saved_row.addWidget(self.saved_box, 1)
        saved_row.addWidget(self.save_segment_button)
        saved_row.addWidget(self.delete_segment_button)

        self.tags_any = _checkable_list(filters, self.tr("Has any of these tags"))
        self.tags_all = _checkable_list(filters, self.tr("Has all of these tags"))
        self.tags_none = _checkable_list(filters, self.tr("Has none of these tags"))
        self.countries = _checkable_list(filters, self.tr("Country"))
        tag_grid = QGridLayout()
        for column, (label, widget) in enumerate(((self.tr("Any of these tags"), self.tags_any),
                                                  (self.tr("And all of these tags"), self.tags_all),
                                                  (self.tr("But none of these tags"), self.tags_none),
                                                  (self.tr("Country of the number"), self.countries))):
            tag_grid.addWidget(QLabel(label, filters), 0, column)
            tag_grid.addWidget(widget, 1, column)

        self.consent = QComboBox(filters)
        self.consent.setAccessibleName(self.tr("Consent"))
        # who opted out is left out either way, and counted with that reason on the right
        self.consent.addItem(self.tr("Anyone who may get the template"), None)
        self.consent.addItem(self.tr("Only those with a recorded opt-in"), audience.OPTED_IN)
        self.recent = QCheckBox(self.tr("Wrote to you in the last"), filters)
        self.recent_days = QSpinBox(filters)
        self.recent_days.setRange(1, 3650)
        self.recent_days.setValue(90)
        self.recent_days.setSuffix(self.tr(" days"))
        self.recent_days.setAccessibleName(self.tr("Days since they last wrote"))
        recent_row = QHBoxLayout()
        recent_row.addWidget(self.recent)
        recent_row.addWidget(self.recent_days)
        recent_row.addStretch(1)
        self.window_box = QComboBox(filters)
        self.window_box.setAccessibleName(self.tr("24-hour window"))
        self.window_box.addItem(self.tr("Either"), None)
        self.window_box.addItem(self.tr("Open (they wrote in the last 24 hours)"), True)
        self.window_box.addItem(self.tr("Closed"), False)
        self.field_key = QComboBox(filters)
        self.field_key.setAccessibleName(self.tr("Contact field"))
        self.field_value = QLineEdit(filters)
        self.field_value.setPlaceholderText(self.tr("is (empty: has any value)"))
        self.field_value.setAccessibleName(self.tr("Contact field value"))
        self.field_add = QPushButton(self.tr("Add"), filters)
        self.field_list = QListWidget(filters)
        self.field_list.setMaximumHeight(56)
        self.field_list.hide()  # shown once a condition is added
        self.field_list.setAccessibleName(self.tr("Contact field conditions"))
        self.field_remove = QPushButton(self.tr("Remove"), filters)
        field_row = QHBoxLayout()
        field_row.addWidget(self.field_key, 2)
        field_row.addWidget(self.field_value, 2)
        field_row.addWidget(self.field_add)
        field_row.addWidget(self.field_remove)
        form = QFormLayout()
        form.addRow(self.tr("Consent:"), self.consent)
        form.addRow(self.tr("Last message:"), recent_row)
        form.addRow(self.tr("24-hour window:"), self.window_box)
        form.addRow(self.tr("Contact field:"), field_row)
        form.addRow("", self.field_list)
        fl = QVBoxLayout(filters)
        fl.setContentsMargins(0, 0, 0, 0)
        fl.addLayout(saved_row)
        fl.addSpacing(6)
        fl.addLayout(tag_grid)
        fl.addSpacing(6)
        fl.addLayout(form)
        fl.addStretch(1)

        numbers = QWidget(tab)
        self.numbers = QPlainTextEdit(numbers)
        self.numbers.setPlaceholderText(self.tr("One number per line, e.g. +49 151 23456789 (numbers without +"
                                                "country use the shop's country)"))
        self.numbers.setAccessibleName(self.tr("Numbers to send to"))
        self.import_button = QPushButton(self.tr("Import a contacts file…"), numbers)
        self.import_result = QLabel(numbers)
        self.import_result.setWordWrap(True)
        self.import_result.setObjectName("muted")
        nl = QVBoxLayout(numbers)
        nl.setContentsMargins(0, 0, 0, 0)
        nl.addWidget(self.numbers, 1)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addWidget(self.import_result, 1)
        nl.addLayout(row)
        self.audience_stack = QStackedWidget(tab)
        self.audience_stack.addWidget(filters)
        self.audience_stack.addWidget(numbers)

        self.count_panel = QFrame(tab)
        self.count_panel.setObjectName("countPanel")
        self.count_panel.setMinimumWidth(230)
        self.count_panel.setMaximumWidth(280)
        self.count = QLabel(self.count_panel)
        self.count.setObjectName("bigCount")
        self.count.setAccessibleName(self.tr("Recipients"))
        self.count_caption = QLabel(self.count_panel)
        self.count_caption.setWordWrap(True)
        self.excluded = QLabel(self.count_panel)
        self.excluded.setWordWrap(True)
        self.excluded.setTextFormat(Qt.TextFormat.RichText)
        self.excluded.setAccessibleName(self.tr("Left out, and why"))
        cl = QVBoxLayout(self.count_panel)
        cl.setContentsMargins(14, 12, 14, 12)
        cl.addWidget(self.count)
        cl.addWidget(self.count_caption)
        self.cost_line = QLabel(self.count_panel)
        self.cost_line.setWordWrap(True)
        self.cost_line.setAccessibleName(self.tr("Forecast cost"))
        cl.addWidget(self.cost_line)
        cl.addSpacing(8)
        cl.addWidget(self.excluded)
        cl.addStretch(1)

        left = QVBoxLayout()
        left.addLayout(modes)
        left.addWidget(self.audience_stack, 1)
        layout = QHBoxLayout(tab)
        layout.addLayout(left, 1)
        layout.addWidget(self.count_panel)

        self.mode_filters.toggled.connect(self._mode_changed)
        for widget in (self.tags_any, self.tags_all, self.tags_none, self.countries):
            widget.itemChanged.connect(self.edited)
        self.consent.currentIndexChanged.connect(self.edited)
        self.recent.toggled.connect(self.edited)
        self.recent_days.valueChanged.connect(self.edited)
        self.window_box.currentIndexChanged.connect(self.edited)
        self.numbers.textChanged.connect(self.edited)
        self.field_add.clicked.connect(self._add_field_condition)
        self.field_remove.clicked.connect(self._remove_field_condition)
        self.saved_box.activated.connect(self._use_saved)
        self.save_segment_button.clicked.connect(lambda: self.save_segment())
        self.delete_segment_button.clicked.connect(self._delete_saved)
        self.import_button.clicked.connect(lambda: self.import_file())
        return tab

    def _mode_changed(self) -> None:
        self.audience_stack.setCurrentIndex(0 if self.mode_filters.isChecked() else 1)
        self.edited()

    def _add_field_condition(self) -> None:
        key = self.field_key.currentText().strip()
        if not key:
            return
        value = self.field_value.text().strip()
        label = self.tr("{field} is “{value}”").format(field=key, value=value) if value else \
            self.tr("{field} has a value").format(field=key)
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, (key, value))
        self.field_list.addItem(item)
        self.field_list.show()
        self.field_value.clear()
        self.edited()

    def _remove_field_condition(self) -> None:
        for item in self.field_list.selectedItems():
            self.field_list.takeItem(self.field_list.row(item))
        self.field_list.setVisible(self.field_list.count() > 0)
        self.edited()

    def segment(self) -> Segment:
        """The audience as the widgets say it."""
        if self.mode_numbers.isChecked():
            return Segment(numbers=tuple(self._pasted))
        conditions = tuple(tuple(self.field_list.item(i).data(Qt.ItemDataRole.UserRole))
                           for i in range(self.field_list.count()))
        return Segment(tags_any=_checked(self.tags_any), tags_all=_checked(self.tags_all),
                       tags_none=_checked(self.tags_none), countries=_checked(self.countries),
                       consent=self.consent.currentData(),
                       inbound_within_days=self.recent_days.value() if self.recent.isChecked() else None,
                       window_open=self.window_box.currentData(), custom_fields=conditions)

    def set_segment(self, segment: Segment) -> None:
        """Show ``segment`` in the widgets (a saved audience chosen)."""
        tags = [(t, t) for t in self.options.tags]
        _fill(self.tags_any, tags, segment.tags_any)
        _fill(self.tags_all, tags, segment.tags_all)
        _fill(self.tags_none, tags, segment.tags_none)
        _fill(self.countries, [(c, country_with_code(c)) for c in self.options.countries], segment.countries)
        self.consent.setCurrentIndex(max(0, self.consent.findData(segment.consent)))
        self.recent.setChecked(segment.inbound_within_days is not None)
        if segment.inbound_within_days is not None:
            self.recent_days.setValue(segment.inbound_within_days)
        self.window_box.setCurrentIndex(max(0, self.window_box.findData(segment.window_open)))
        self.field_list.clear()
        self.field_list.hide()
        for key, value in segment.custom_fields:
            self.field_key.setCurrentText(key)
            self.field_value.setText(value)
            self._add_field_condition()
        self.mode_filters.setChecked(True)
        self.edited()

    # ------------------------------------------------------------------ saved audiences
    def _use_saved(self, index: int) -> None:
        saved_id = self.saved_box.itemData(index)
        chosen = next((s for s in self.saved if s.id == saved_id), None)
        if chosen is not None:
            self.set_segment(chosen.segment)

    def save_segment(self, name: str | None = None) -> None:
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Save the audience"),
                                            self.tr("Name for these filters, to use them again later:"))
            if not ok:
                return
        sessions, segment = self.backend.sessions, self.segment()

        def saved(_saved: segments.Saved) -> None:
            self._load_saved(select=name)

        def refused(exc: BaseException) -> None:
            self.count_caption.setText(render(exc))

        run_for(self, lambda: segments.save(sessions, name, segment), saved, refused)

    def _delete_saved(self) -> None:
        saved_id = self.saved_box.currentData()
        if saved_id is None:
            return
        sessions = self.backend.sessions
        run_for(self, lambda: segments.delete(sessions, saved_id), lambda _done: self._load_saved())

    def _load_saved(self, select: str | None = None) -> None:
        sessions = self.backend.sessions

        def loaded(saved: list[segments.Saved]) -> None:
            self.saved = saved
            self.saved_box.clear()
            self.saved_box.addItem(self.tr("— choose —") if saved else self.tr("none saved yet"), None)
            for item in saved:
                self.saved_box.addItem(item.name, item.id)
            if select:
                self.saved_box.setCurrentIndex(max(0, self.saved_box.findText(" ".join(select.split()))))
            self.delete_segment_button.setEnabled(bool(saved))

        run_for(self, lambda: segments.list_saved(sessions), loaded)

    # ------------------------------------------------------------------ numbers from a file
    def import_file(self, path: Path | None = None) -> None:
        """Import a contacts file with the contacts importer (same rules and audit as File → Import), then take
        its numbers as the recipients."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Import a contacts file"), str(Path.home()),
                                                    self.tr("Contacts files (*.csv *.txt *.vcf)"))
            if not chosen:
                return
            path = Path(chosen)
        sessions = self.backend.sessions
        self.import_result.setText(self.tr("Importing {file}…").format(file=path.name))

        def work():
            from klaros_desktop.services.dataio.contacts_import import ContactsImporter, numbers_in_file

            report = ContactsImporter(sessions, actor="user").import_file(path)
            return report, numbers_in_file(sessions, path)

        def done(result) -> None:
            report, numbers = result
            self.backend.changed(report.changes)
            self.mode_numbers.setChecked(True)
            self.numbers.setPlainText("\n".join(numbers))
            self.import_result.setText(render(report.summary()))

        def failed(exc: BaseException) -> None:
            self.import_result.setText(self.tr("Not imported: {reason}").format(reason=render(exc)))

        run_for(self, work, done, failed)

    # ------------------------------------------------------------------ the message
    def _message_tab(self) -> QWidget:
        tab = QWidget(self)
        self.template_box = QComboBox(tab)
        self.template_box.setAccessibleName(self.tr("Template"))
        self.template_note = QLabel(tab)
        self.template_note.setObjectName("muted")
        self.template_note.setWordWrap(True)
        self.variables_box = QWidget(tab)
        self.variables_form = QFormLayout(self.variables_box)
        self.variables_form.setContentsMargins(0, 0, 0, 0)
        self.header_box = QWidget(tab)
        self.header_caption = QLabel(self.header_box)
        self.header_label = QLabel(self.header_box)
        self.header_label.setWordWrap(True)
        self.header_label.setAccessibleName(self.tr("File at the top of the message"))
        self.header_button = QPushButton(self.tr("Choose file…"), self.header_box)
        self.header_id = QLineEdit(self.header_box)
        self.header_id.setPlaceholderText(self.tr("or the WhatsApp media id of a file you uploaded"))
        self.header_id.setAccessibleName(self.tr("WhatsApp media id for the top of the message"))
        header_row = QHBoxLayout()
        header_row.setContentsMargins(0, 0, 0, 0)
        header_row.addWidget(self.header_button)
        header_row.addWidget(self.header_label, 2)
        header_row.addWidget(self.header_id, 2)
        header_layout = QVBoxLayout(self.header_box)
        header_layout.setContentsMargins(0, 0, 0, 0)
        header_layout.addWidget(self.header_caption)
        header_layout.addLayout(header_row)
        self.header_box.hide()
        self.header_button.clicked.connect(lambda: self.choose_header_media())
        self.header_id.textEdited.connect(self._header_id_edited)
        self.location_box = self._location_box(tab)
        self.preview_for = QComboBox(tab)
        self.preview_for.setAccessibleName(self.tr("Preview for"))
        self.preview_frame = QFrame(tab)
        self.preview_frame.setObjectName("previewPanel")
        self.preview = QLabel(self.preview_frame)
        self.preview.setObjectName("previewBubble")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setAccessibleName(self.tr("Message preview"))
        self.preview.setMinimumHeight(70)
        self.preview.setMaximumWidth(420)  # as wide as the templates page's bubble
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        pl = QVBoxLayout(self.preview_frame)
        pl.setContentsMargins(16, 14, 16, 14)
        pl.addWidget(self.preview)
        self.empty_title = QLabel(tab)
        self.empty_title.setWordWrap(True)
        self.empty_list = QListWidget(tab)
        self.empty_list.setAccessibleName(self.tr("Recipients who would get an empty variable"))
        self.empty_list.setMaximumHeight(110)

        form = QFormLayout()
        form.addRow(self.tr("Template:"), self.template_box)
        form.addRow("", self.template_note)
        preview_row = QHBoxLayout()
        preview_row.addWidget(QLabel(self.tr("Preview for:"), tab))
        preview_row.addWidget(self.preview_for, 1)
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addWidget(self.header_box)
        layout.addWidget(self.location_box)
        layout.addWidget(self.variables_box)
        layout.addLayout(preview_row)
        layout.addWidget(self.preview_frame)
        layout.addWidget(self.empty_title)
        layout.addWidget(self.empty_list)
        layout.addStretch(1)
        self.template_box.currentIndexChanged.connect(self._template_changed)
        self.preview_for.currentIndexChanged.connect(self.update_preview)
        return tab

    def _location_box(self, parent: QWidget) -> QWidget:
        """The place shown on the map at the top of a location template: the same for every recipient."""
        box = QWidget(parent)
        caption = QLabel(self.tr("The template shows a map at the top of the message. Give the place: "
                                 "everyone gets the same one. Your map app shows a place's coordinates (in Google "
                                 "Maps: right-click the place); you may paste both into the first field."), box)
        caption.setWordWrap(True)
        self.location_edits = place_edits(box)
        self.location_latitude, self.location_longitude, self.location_name, self.location_address = (
            self.location_edits)
        self.location_note = QLabel(box)
        self.location_note.setWordWrap(True)
        coordinates = QHBoxLayout()
        coordinates.setContentsMargins(0, 0, 0, 0)
        coordinates.addWidget(QLabel(self.tr("Latitude:"), box))
        coordinates.addWidget(self.location_latitude, 1)
        coordinates.addWidget(QLabel(self.tr("Longitude:"), box))
        coordinates.addWidget(self.location_longitude, 1)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Coordinates:"), coordinates)
        form.addRow(self.tr("Name:"), self.location_name)
        form.addRow(self.tr("Address:"), self.location_address)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(caption)
        layout.addLayout(form)
        layout.addWidget(self.location_note)
        for field in self.location_fields():
            field.textChanged.connect(self._location_edited)
        box.hide()
        return box

    def location_fields(self) -> PlaceEdits:
        return self.location_edits

    def set_location(self, latitude: str, longitude: str, name: str, address: str) -> None:
        for field, value in zip(self.location_fields(), (latitude, longitude, name, address), strict=True):
            field.setText(value)

    def _location_edited(self) -> None:
        if split_pasted_pair(self.location_edits):
            return
        c = theme.colours()
        try:
            place = drafts.location(self.draft())
        except ValueError as exc:
            self.location_note.setText(render(exc))
            self.location_note.setStyleSheet(f"color: {c.danger};")
        else:
            self.location_note.setText(self.tr("No place given yet") if place is None else "")
            self.location_note.setStyleSheet(f"color: {c.danger};" if place is None else "")
        self.location_note.setVisible(bool(self.location_note.text()))
        self.edited()

    def template(self) -> drafts.TemplateChoice | None:
        index = self.template_box.currentData()
        return self.templates[index] if index is not None and 0 <= index < len(self.templates) else None

    def _template_changed(self) -> None:
        for row in self.variable_rows + self.button_rows + self.title_rows:
            self.variables_form.removeRow(row)
        self.variable_rows, self.button_rows, self.title_rows = [], [], []
        chosen = self.template()
        if chosen is not None:
            self.template_note.setText(self.tr("{category} template. Body: {body}").format(
                category=template_word(chosen.category), body=chosen.body))
            if chosen.header_variable is not None:
                shown = self.tr("Title {variable}").format(variable="{{" + chosen.header_variable + "}}")
                row = VariableRow(chosen.header_variable, self.options.custom_fields, self.variables_box,
                                  shown=shown)
                row.choose(FIXED)
                row.changed.connect(self.edited)
                self.variables_form.addRow(shown + ":", row)
                self.title_rows.append(row)
            for i, name in enumerate(chosen.variables):
                row = VariableRow(name, self.options.custom_fields, self.variables_box)
                if i > 0:
                    row.choose(FIXED)
                row.changed.connect(self.edited)
                self.variables_form.addRow("{{" + name + "}}", row)
                self.variable_rows.append(row)
            for index in chosen.buttons:
                shown = self.tr("Code of button {n}").format(n=int(index) + 1) if index in chosen.codes else \
                    self.tr("Link of button {n}").format(n=int(index) + 1)
                row = VariableRow(index, self.options.custom_fields, self.variables_box, shown=shown)
                row.choose(FIXED)
                row.changed.connect(self.edited)
                self.variables_form.addRow(shown + ":", row)
                self.button_rows.append(row)
        self._header_spec = None
        self.header_id.clear()
        self.location_box.setVisible(chosen is not None and chosen.location)
        for field in self.location_fields():
            field.blockSignals(True)
            field.clear()
            field.blockSignals(False)
        self.location_note.setText(self.tr("No place given yet"))
        self.location_note.setStyleSheet(f"color: {theme.colours().danger};")
        self.location_note.setVisible(True)
        self.header_box.setVisible(chosen is not None and chosen.header is not None)
        if chosen is not None and chosen.header is not None:
            self.header_caption.setText(self.tr("The template shows {what} at the top of the message. Choose the "
                                                "file; it is uploaded to WhatsApp once, when sending starts.")
                                        .format(what=self._kind_word(chosen.header)))
            self._show_header(None)
        self.edited()

    def _kind_word(self, kind: str) -> str:
        return {"image": self.tr("a picture"), "video": self.tr("a video"), "document": self.tr("a document")
                }.get(kind, kind)

    def _show_header(self, refused: str | None) -> None:
        c = theme.colours()
        if refused:
            self.header_label.setText(refused)
            self.header_label.setStyleSheet(f"color: {c.danger};")
        elif self._header_spec is None:
            self.header_label.setText(self.tr("No file chosen yet"))
            self.header_label.setStyleSheet(f"color: {c.danger};")
        elif self.header_id.text().strip():
            self.header_label.setText(self.tr("WhatsApp media id {id}").format(id=self._header_spec))
            self.header_label.setStyleSheet("")
        else:
            self.header_label.setText(Path(self._header_spec).name)
            self.header_label.setStyleSheet("")

    def choose_header_media(self, path: Path | None = None) -> None:
        """The file for the template's header (a file dialog when ``path`` is not given), checked now: a file
        WhatsApp would not take for this header is said here, not at the first send."""
        chosen = self.template()
        if chosen is None or chosen.header is None:
            return
        if path is None:
            patterns = {"image": "*.jpg *.jpeg *.png", "video": "*.mp4 *.3gp", "document": "*.pdf *.doc *.docx "
                        "*.xls *.xlsx *.ppt *.pptx *.txt"}.get(chosen.header, "*")
            picked, _ = QFileDialog.getOpenFileName(self, self.tr("File for the top of the message"),
                                                    str(Path.home()), f"{self._kind_word(chosen.header)} "
                                                    f"({patterns})")
            if not picked:
                return
            path = Path(picked)
        try:
            header_media.parse(str(path), chosen.header)
        except header_media.HeaderMediaRefused as exc:
            self._header_spec = None
            self._show_header(render(exc))
            self.edited()
            return
        self._header_spec = str(path)
        self.header_id.clear()
        self._show_header(None)
        self.edited()

    def _header_id_edited(self, text: str) -> None:
        chosen = self.template()
        if chosen is None or chosen.header is None:
            return
        text = text.strip()
        if not text:
            self._header_spec = None
            self._show_header(None)
        else:
            try:
                header_media.parse(text, chosen.header)
            except header_media.HeaderMediaRefused as exc:
                self._header_spec = None
                self._show_header(render(exc))
            else:
                self._header_spec = text
                self._show_header(None)
        self.edited()

    def mapping(self) -> dict[str, str]:
        return {row.name: row.spec() for row in self.variable_rows}

    def draft(self) -> drafts.Draft:
        chosen = self.template()
        return drafts.Draft(chosen.name if chosen else "", chosen.language if chosen else "", self.segment(),
                            self.mapping(), self._header_spec if chosen is not None and chosen.header else None,
                            {row.name: row.spec() for row in self.button_rows},
                            self.title_rows[0].spec() if self.title_rows else None,
                            tuple(f.text() for f in self.location_fields())  # type: ignore[arg-type]
                            if chosen is not None and chosen.location else None)

    def update_preview(self) -> None:
        contact_id = self.preview_for.currentData()
        draft = self.draft()
        if not draft.template_name:
            self.preview.setText(html.escape(self.tr("Choose a template.")))
            return
        self._preview_generation += 1
        generation = self._preview_generation
        sessions = self.backend.sessions

        def shown(rendered: drafts.Rendered) -> None:
            if generation != self._preview_generation:
                return
            c = theme.colours()
            text = html.escape(rendered.text or "").replace("\n", "<br>")
            for name in rendered.empty:  # an empty variable shows where it would be, in red
                mark = html.escape("{{" + name + "}}")
                text = text.replace(mark, f"<span style='color:{c.danger}; font-weight:600'>{mark}</span>")
            header = ""
            if rendered.header_text:
                title = html.escape(rendered.header_text)
                for name in rendered.empty:
                    if name.startswith(variables.HEADER_PREFIX):
                        mark = html.escape("{{" + name[len(variables.HEADER_PREFIX):] + "}}")
                        title = title.replace(mark, f"<span style='color:{c.danger}'>{mark}</span>")
                header = f"<b>{title}</b>"
            elif draft.header_location is not None:
                if rendered.location is not None:
                    where = self.tr("Map: {place}").format(place=rendered.location.shown)
                else:
                    where = self.tr("Map: no place given yet")
                colour = c.muted if rendered.location is not None else c.danger
                header = f"<span style='color:{colour}; font-style:italic'>{html.escape(where)}</span>"
            elif rendered.header:
                name = Path(draft.header_media).name if draft.header_media else self.tr("no file chosen yet")
                attached = {"image": self.tr("Picture attached: {name}"), "video": self.tr("Video attached: {name}"),
                            "document": self.tr("Document attached: {name}")}.get(rendered.header, "{name}")
                colour = c.muted if draft.header_media else c.danger
                header = (f"<span style='color:{colour}; font-style:italic'>"
                          f"{html.escape(attached.format(name=name))}</span>")
            self.preview.setText(template_bubble.draft_html(
                rendered.template, c, header=header, body=text, under=self._button_lines(rendered, c),
                background=c.bubble_in))

        run_for(self, lambda: drafts.render(sessions, draft, contact_id), shown,
                     lambda exc: self.preview.setText(html.escape(render(exc))))

    @staticmethod
    def _button_lines(rendered: drafts.Rendered, c) -> dict[str, str]:
        """Under each button that takes a value: its address with this contact's value filled in, or the code;
        a value still missing shows in red where it goes."""
        lines: dict[str, str] = {}
        for link in message_buttons.of(rendered.template):
            value = rendered.buttons.get(link.index, "")
            missing = f"<span style='color:{c.danger}; font-weight:600'>{'…' if link.copies_code else '{{1}}'}</span>"
            if link.copies_code:
                lines[link.index] = html.escape(value) if value else missing
            else:
                lines[link.index] = html.escape(link.link("\x01")).replace("\x01", html.escape(value) if value
                                                                             else missing)
        return lines

    # ------------------------------------------------------------------ test and send
    def _send_tab(self) -> QWidget:
        tab = QWidget(self)
        self.test_number = QLineEdit(tab)
        self.test_number.setPlaceholderText(self.tr("Your own WhatsApp number"))
        self.test_number.setAccessibleName(self.tr("Number for the test message"))
        self.test_number.setText(str(self._prefs().value("campaigns/test_number", "")))
        self.test_button = QPushButton(self.tr("Send a test"), tab)
        self.test_result = QLabel(tab)
        self.test_result.setWordWrap(True)
        self.test_result.setAccessibleName(self.tr("Test result"))
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_number, 1)
        test_row.addWidget(self.test_button)

        self.when_now = QRadioButton(self.tr("Start now"), tab)
        self.when_later = QRadioButton(self.tr("Start at"), tab)
        self.when_now.setChecked(True)
        self.when_group = QButtonGroup(tab)
        self.when_group.addButton(self.when_now)
        self.when_group.addButton(self.when_later)
        self.when = QDateTimeEdit(tab)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(date_time_edit_format())
        self.when.setAccessibleName(self.tr("Start time"))
        tomorrow = QDateTime.currentDateTime().addDays(1)
        tomorrow.setTime(QTime(9, 0))
        self.when.setDateTime(tomorrow)
        self.when.setEnabled(False)
        self.zone = QLabel(tab)
        self.zone.setObjectName("muted")
        when_row = QHBoxLayout()
        when_row.addWidget(self.when_now)
        when_row.addSpacing(20)
        when_row.addWidget(self.when_later)
        when_row.addWidget(self.when)
        when_row.addWidget(self.zone)
        when_row.addStretch(1)

        self.rate = QSpinBox(tab)
        self.rate.setRange(1, 1000)
        self.rate.setValue(DEFAULT_RATE)
        self.rate.setSuffix(self.tr(" messages a second"))
        self.rate.setAccessibleName(self.tr("Sending speed"))
        self.rate.setMaximumWidth(260)
        rate_hint = QLabel(self.tr("80 a second is WhatsApp's standard for a business number. Go higher only if "
                                   "Meta raised your number's throughput; lower spreads the replies out."), tab)
        rate_hint.setWordWrap(True)
        rate_hint.setObjectName("muted")

        self.cost_box = QFrame(tab)
        self.cost_box.setObjectName("costPanel")
        self.cost_total = QLabel(self.cost_box)
        self.cost_total.setObjectName("bigCount")
        self.cost_total.setAccessibleName(self.tr("Forecast cost"))
        self.cost_details = QLabel(self.cost_box)
        self.cost_details.setWordWrap(True)
        self.cost_details.setTextFormat(Qt.TextFormat.RichText)
        self.cost_details.setAccessibleName(self.tr("Cost by country and category"))
        cost_layout = QVBoxLayout(self.cost_box)
        cost_layout.setContentsMargins(14, 10, 14, 10)
        cost_title = QLabel(self.tr("What WhatsApp will charge (forecast)"), self.cost_box)
        cost_title.setObjectName("muted")
        cost_layout.addWidget(cost_title)
        cost_layout.addWidget(self.cost_total)
        cost_layout.addWidget(self.cost_details)
        self.budget_warning = QLabel(self.cost_box)
        self.budget_warning.setWordWrap(True)
        self.budget_warning.setAccessibleName(self.tr("Monthly budget"))
        self.budget_warning.hide()
        cost_layout.addWidget(self.budget_warning)
        self.rates_button = QPushButton(self.tr("Import Meta's price list…"), self.cost_box)
        self.rates_button.setToolTip(self.tr("The “Rates (CSV)” file from Meta's WhatsApp pricing page, in your "
                                             "billing currency"))
        self.rates_result = QLabel(self.cost_box)
        self.rates_result.setWordWrap(True)
        self.rates_result.setObjectName("muted")
        rates_row = QHBoxLayout()
        rates_row.addWidget(self.rates_button)
        rates_row.addWidget(self.rates_result, 1)
        cost_layout.addLayout(rates_row)
        self.rates_button.clicked.connect(lambda: self.import_rates())

        form = QFormLayout(tab)
        note = QLabel(self.tr("Send the message to yourself first to see it on a phone. The test uses the values "
                              "your own contact would get (or the fallbacks)."), tab)
        note.setWordWrap(True)
        note.setObjectName("muted")
        form.addRow(self.tr("Test:"), test_row)
        form.addRow("", note)
        form.addRow("", self.test_result)
        form.addRow(self.tr("When:"), when_row)
        form.addRow(self.tr("Speed:"), self.rate)
        form.addRow("", rate_hint)
        form.addRow(self.tr("Cost:"), self.cost_box)
        self.test_button.clicked.connect(self.send_test)
        self.when_later.toggled.connect(self.when.setEnabled)
        self.when_later.toggled.connect(self.edited)  # rates change on set dates: the forecast is for that day
        self.when.dateChanged.connect(self.edited)
        return tab

    def _prefs(self) -> QSettings:
        return QSettings(str(self.backend.profile.root / "window.ini"), QSettings.Format.IniFormat)

    def send_test(self) -> None:
        messenger = self.backend.messenger
        if messenger is None:
            self.test_result.setText(self.tr("Not connected to WhatsApp; set up the connection first."))
            return
        raw = self.test_number.text().strip()
        if not raw:
            self.test_result.setText(self.tr("Type your own WhatsApp number first."))
            return
        draft, sessions = self.draft(), self.backend.sessions
        self._prefs().setValue("campaigns/test_number", raw)
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Sending the test…"))

        async def go():
            import asyncio

            numbers, bad = await asyncio.to_thread(drafts.parse_numbers, sessions, raw)
            if bad or not numbers:
                raise ValueError(self.tr("“{number}” is not a phone number.").format(number=raw))
            return await drafts.send_test(messenger, sessions, draft, numbers[0])

        def done(outcome) -> None:
            self.test_button.setEnabled(True)
            self.test_outcome = outcome
            if outcome.sent:
                self.test_result.setText(self.tr("Test sent. Check your phone."))
            elif not outcome.decision.allowed:
                self.test_result.setText(self.tr("Not sent: {reason}").format(reason=render(outcome.decision.reason)))
            else:
                self.test_result.setText(self.tr("Not sent: {reason}").format(reason=render(outcome.error)))
            self.backend.changed(getattr(outcome, "changes", None) or Changes())

        def failed(exc: BaseException) -> None:
            self.test_button.setEnabled(True)
            self.test_result.setText(self.tr("Not sent: {reason}").format(reason=render(exc)))

        run_for(self, go, done, failed, is_async=True)

    # ------------------------------------------------------------------ loading the choices
    def _load_choices(self) -> None:
        sessions = self.backend.sessions

        def work():
            with_zone = schedule.zone_name(schedule.zone_of(sessions))
            return overview.filter_options(sessions), drafts.approved_templates(sessions), with_zone

        def loaded(result) -> None:
            self.options, templates, self.zone_label = result
            self.zone.setText(self.tr("(time zone {zone})").format(zone=self.zone_label))
            self.field_key.clear()
            self.field_key.addItems(self.options.custom_fields)
            self.field_key.setEnabled(bool(self.options.custom_fields))
            self.field_add.setEnabled(bool(self.options.custom_fields))
            self.templates = [t for t in templates if t.problem is None]
            self.template_box.blockSignals(True)
            self.template_box.clear()
            for i, t in enumerate(self.templates):
                self.template_box.addItem(f"{t.name} · {language_name(t.language)} · {template_word(t.category)}", i)
            self.template_box.blockSignals(False)
            unusable = [t for t in templates if t.problem is not None]
            if not self.templates:
                self.template_note.setText(self.tr("No approved template yet. Create one in Meta's WhatsApp Manager "
                                                   "and refresh the templates."))
            elif unusable:
                self.template_note.setText(self.tr("Not offered: {names} (a variable, a location or an animation "
                                                   "in the heading is not supported yet).").format(
                    names=", ".join(t.name for t in unusable)))
            self.set_segment(Segment())
            self._template_changed()
            self._load_saved()

        run_for(self, work, loaded)

    # ------------------------------------------------------------------ the live check
    def edited(self) -> None:
        """Something changed: ask again a moment after the last change (typing does not ask per key)."""
        self._generation += 1
        self._check_timer.start()
        self._update_buttons()

    @property
    def _pasted(self) -> list[str]:
        return getattr(self, "_parsed_numbers", [])

    def run_check(self) -> None:
        generation = self._generation
        sessions = self.backend.sessions
        numbers_mode = self.mode_numbers.isChecked()
        pasted = self.numbers.toPlainText()
        current = self.draft()
        filters = self.segment() if not numbers_mode else None
        cost_on = self.when.date().toPython() if self.when_later.isChecked() else None
        self.count_caption.setText(self.tr("Counting…"))

        def work():
            bad: list[str] = []
            if numbers_mode:
                numbers, bad = drafts.parse_numbers(sessions, pasted)
                segment = Segment(numbers=tuple(numbers))
            else:
                numbers, segment = [], filters
            if numbers_mode and not numbers:
                return drafts.Check(), numbers, bad
            return (drafts.check(sessions, replace(current, segment=segment), cost_on=cost_on), numbers, bad)

        run_for(self, work, lambda result: self._checked(generation, *result),
                     lambda exc: self.count_caption.setText(render(exc)))

    def _checked(self, generation: int, result: drafts.Check, numbers: list[str], bad: list[str]) -> None:
        if generation < self._shown_generation:
            return  # an older answer overtaken by a newer one
        self._shown_generation = generation
        self._parsed_numbers = numbers
        self.result = result
        c = theme.colours()
        self.count.setText(number(result.recipients))
        caption = self.tr("recipients")
        if not self.template():
            caption = self.tr("contacts match (choose a template to see who may get it)")
        if bad:
            caption += "\n" + self.tr("Not a phone number: {pieces}").format(pieces=", ".join(bad[:5]))
        self.count_caption.setText(caption)
        lines = []
        if result.excluded:
            heading = self.tr("Left out")
            lines.append(f"<p><b>{html.escape(heading)}</b></p>")
            lines += [f"<p>{n} · {html.escape(render(audience.reason_text(code)))}</p>" for code, n in result.excluded]
        self.excluded.setText("".join(lines))
        self.show_forecast(result.forecast)
        # who would get an empty variable
        self.empty_list.clear()
        codes = chosen.codes if (chosen := self.template()) is not None else ()  # a coupon code, not a link
        for empty in result.empty[:500]:
            who = empty.name or self.tr("(no name)")
            names = ", ".join(render(variables.label(n, codes)) for n in empty.variables)
            self.empty_list.addItem(f"{who} · {pretty_number(empty.phone) if empty.phone else ''} · {names}")
        for long in result.too_long[:500]:
            who = long.name or self.tr("(no name)")
            self.empty_list.addItem(f"{who} · {pretty_number(long.phone) if long.phone else ''} · " + self.tr(
                "title {length} of {max} characters").format(length=long.length, max=template_header.TITLE_MAX))
        if result.empty or result.too_long:
            said = []
            if result.empty:
                said.append(self.tr("{n} recipients would get an empty value. Give those variables a fallback or "
                                    "fill in the contacts; the campaign cannot start until then.").format(
                    n=number(len(result.empty))))
            if result.too_long:
                said.append(self.tr("{n} recipients would get a title longer than the {max} characters WhatsApp "
                                    "allows. Shorten those values or fill the title from another field; the campaign "
                                    "cannot start until then.").format(n=number(len(result.too_long)),
                                                                      max=template_header.TITLE_MAX))
            self.empty_title.setText("\n".join(said))
            self.empty_title.setStyleSheet(f"color: {c.danger};")
        else:
            self.empty_title.setText(self.tr("Every recipient gets a value for every variable."))
            self.empty_title.setStyleSheet(f"color: {c.muted};")
        self.empty_title.setVisible(bool(self.variable_rows or self.button_rows))
        self.empty_list.setVisible(bool(result.empty or result.too_long))
        current = self.preview_for.currentData()
        self.preview_for.blockSignals(True)
        self.preview_for.clear()
        for contact_id, label in result.sample:
            self.preview_for.addItem(label, contact_id)
        if current is not None and self.preview_for.findData(current) >= 0:
            self.preview_for.setCurrentIndex(self.preview_for.findData(current))
        self.preview_for.blockSignals(False)
        self.update_preview()
        self._update_buttons()
        self.checked.emit(result)

    def show_forecast(self, forecast) -> None:
        """Total, split by country and by category, the card's date, unknown markets in words, limit share."""
        c = theme.colours()
        if forecast is None:
            self.cost_total.setText("–")
            self.cost_details.setText(html.escape(self.tr("Choose a template to see the cost.")))
            self.cost_line.setText("")
            return
        if forecast.rates_as_of is None:
            self.cost_total.setText(self.tr("unknown"))
            self.cost_details.setText(html.escape(self.tr(
                "No rate card covers {day}; import Meta's current rates (klaros rates import) to see the cost.")
                .format(day=day(forecast.on))))
            self.cost_line.setText(self.tr("Cost: unknown"))
            return
        total = money(forecast.total, forecast.currency)
        if forecast.unknown and not (forecast.charged or forecast.free):
            total = self.tr("not known")
        elif forecast.unknown:
            total = self.tr("at least {amount}").format(amount=total)
        self.cost_total.setText(total)
        self.cost_line.setText(self.tr("Cost: {amount}").format(amount=total))
        parts = [html.escape(self.tr("{charged} charged, {free} free. Meta's rates as of {day}; what Meta charges "
                                     "for the messages, nothing else.").format(
            charged=number(forecast.charged), free=number(forecast.free), day=day(forecast.rates_as_of)))]
        if forecast.by_country:
            unknown = self.tr("unknown")
            rows = "".join(f"<tr><td>{html.escape(country_with_code(k) if k != 'unknown' else unknown)}"
                           f"</td><td align='right'>&nbsp;&nbsp;{html.escape(money(v, forecast.currency))}</td></tr>"
                           for k, v in forecast.by_country.items())
            heading = self.tr("By country")
            parts.append(f"<b>{html.escape(heading)}</b><table>{rows}</table>")
        if forecast.by_category:
            rows = "".join(f"<tr><td>{html.escape(template_word(k))}</td>"
                           f"<td align='right'>&nbsp;&nbsp;{html.escape(money(v, forecast.currency))}</td></tr>"
                           for k, v in forecast.by_category.items())
            heading = self.tr("By kind of message")
            parts.append(f"<b>{html.escape(heading)}</b><table>{rows}</table>")
        if forecast.unknown_markets:
            names = ", ".join(country_with_code(k) if k != "unknown" else self.tr("numbers of no known country")
                              for k in forecast.unknown_markets)
            parts.append(f"<span style='color:{c.danger}'>" + html.escape(self.tr(
                "Klaros's price list has no price for {countries} yet, so {n} recipients are not in the total. "
                "Import Meta's current price list below to include them.")
                .format(n=number(forecast.unknown), countries=names)) + "</span>")
        if forecast.limit_share is not None and forecast.limit:
            parts.append(html.escape(self.tr(
                "Uses {share} of your messaging limit: {outside} of the {limit} customers a day you may start a "
                "conversation with.").format(share=percent(forecast.limit_share),
                                             outside=number(forecast.outside_window), limit=number(forecast.limit))))
        elif forecast.limit_share == 0.0:
            parts.append(html.escape(self.tr("Your number has no daily messaging limit.")))
        else:
            parts.append(html.escape(self.tr(
                "{outside} recipients count towards your daily messaging limit (Klaros does not know your limit "
                "yet).").format(outside=forecast.outside_window)))
        self.cost_details.setText("".join(f"<p style='margin:0 0 6px 0'>{p}</p>" for p in parts))
        self.check_budget(forecast)

    def check_budget(self, forecast) -> None:
        """Warn before launch when this forecast would take the month's charges over the owner's budget."""
        if not forecast.currency or not forecast.total:
            self.budget_warning.hide()
            return
        sessions, total, currency = self.backend.sessions, forecast.total, forecast.currency

        def shown(check) -> None:
            warn = check.exceeds or (check.reason is not None and check.budget is not None)
            if warn:
                self.budget_warning.setText(render(check.reason))
                self.budget_warning.setStyleSheet(f"color: {theme.colours().danger};" if check.exceeds else "")
            self.budget_warning.setVisible(warn)
            self.budget_checked.emit(check)

        run_for(self, lambda: budget.check_forecast(sessions, total, currency), shown,
                lambda exc: log.warning("the budget check failed: %s", type(exc).__name__))

    def import_rates(self, path: Path | None = None) -> None:
        """Meta's published rates CSV into the profile (``services.pricing.rates_csv``), then count again."""
        path = path or rates_import.choose(self)
        if path is None:
            return

        def done(report) -> None:
            self.rates_result.setText(rates_import.imported(report))
            self.edited()

        run_for(self, rates_import.work(self.backend.sessions, path), done,
                lambda exc: self.rates_result.setText(render(exc)))

    def _update_buttons(self) -> None:
        result = self.result
        fresh = result is not None and self._shown_generation == self._generation
        later = self.when_later.isChecked()
        self.go_button.setText(self.tr("Schedule") if later else self.tr("Start sending"))
        reason = None
        if not self.name.text().strip():
            reason = self.tr("Give the campaign a name.")
        elif self.template() is None:
            reason = self.tr("Choose an approved template (tab 2).")
        elif not fresh:
            reason = self.tr("Counting…")
        elif result.problem:
            reason = render(result.problem)
        elif result.recipients == 0:
            reason = self.tr("Nobody in this audience may receive the template.")
        elif result.empty:
            reason = self.tr("{n} recipients would get an empty value (tab 2).").format(n=number(len(result.empty)))
        elif result.too_long:
            reason = self.tr("{n} recipients would get a title longer than {max} characters (tab 2).").format(
                n=number(len(result.too_long)), max=template_header.TITLE_MAX)
        elif result.header_missing:
            reason = self.tr("Choose {what} for the top of the message (tab 2) before it can start.").format(
                what=self._kind_word(result.header or ""))
        elif result.location_missing:
            reason = self.tr("Give the place for the map at the top of the message (tab 2) before it can start.")
        can_create = reason is None or (fresh and result is not None and result.recipients > 0
                                        and not result.problem and self.name.text().strip() != "")
        self.draft_button.setEnabled(bool(can_create))
        self.go_button.setEnabled(reason is None)
        if reason is None:
            self.summary.setText(self.tr("{n} recipients will get “{template}”.").format(
                n=number(result.recipients), template=self.template().name))
        else:
            self.summary.setText(reason)

    # ------------------------------------------------------------------ creating
    def create(self, *, go: bool) -> None:
        draft, name, rate = self.draft(), self.name.text().strip(), float(self.rate.value())
        later = self.when_later.isChecked()
        local = self.when.dateTime().toPython() if later else None
        sessions = self.backend.sessions
        self.go_button.setEnabled(False)
        self.draft_button.setEnabled(False)

        def work():
            created = lifecycle.create(sessions, name, draft.template_name, draft.language, draft.segment,
                                       draft.mapping, header_media=draft.header_media, buttons=draft.buttons,
                                       header_text=draft.header_text, header_location=drafts.location(draft))
            if not go:
                return created.campaign_id, None, None
            try:
                if later:
                    at = schedule.to_utc(local.replace(tzinfo=None), schedule.zone_of(sessions))
                    schedule.set_schedule(sessions, created.campaign_id, at, rate=rate)
                else:
                    lifecycle.launch(sessions, created.campaign_id, rate=rate)
            except lifecycle.CampaignRefused as exc:  # kept as a draft; the refusal is said on its page
                return created.campaign_id, None, exc
            return created.campaign_id, "later" if later else "now", None

        def done(result) -> None:
            campaign_id, started, refused = result
            self.created.emit(campaign_id)
            if started == "now":
                self.runner.send(campaign_id)
            elif started == "later":
                self.runner.check_schedule()
            if refused is not None:
                parent = self.parent()
                view = getattr(parent, "view", None)
                if view is not None:
                    view.action_result.setText(render(refused))
            self.accept()

        def failed(exc: BaseException) -> None:
            self.summary.setText(render(exc))
            self._update_buttons()

        run_for(self, work, done, failed)

    # ------------------------------------------------------------------ looks
    def _restyle(self) -> None:
        c = theme.colours()
        self.setStyleSheet(
            f"#countPanel {{ background: {c.alt_base}; border-radius: 8px; }}"
            "#bigCount { font-size: 30px; font-weight: 600; }"
            f"#costPanel {{ background: {c.alt_base}; border-radius: 8px; }}"
            f"#previewPanel {{ background: {c.thread_bg}; border-radius: 8px; }}"
            f"#previewBubble {{ background: {c.bubble_in}; color: {c.bubble_text}; border-radius: 8px; "
            "padding: 10px; }")

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange:
            self._restyle()

