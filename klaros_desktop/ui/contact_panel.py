"""The contact beside the chat: name and notes editable in place, labels as coloured chips (added and removed
right here), the number, consent with its evidence, and the campaigns they were in.

Reads and saves go through ``services.people.contact_edit`` (the same use case as the contact dialog) and
``services.reads.lookups``; every save reports its ``Changes`` so the chat list and the contacts table follow."""

from __future__ import annotations

import zlib

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from klaros_desktop.services.people import contact_edit
from klaros_desktop.services.reads import lookups
from klaros_desktop.ui import ops, theme
from klaros_desktop.ui.backend import Backend
from klaros_desktop.ui.i18n import local_date, number, render
from klaros_desktop.ui.phone_format import pretty_number

STATES = {  # what happened for this contact in a campaign (the recipient's state)
    "queued": QT_TRANSLATE_NOOP("ContactPanel", "waiting"), "sending": QT_TRANSLATE_NOOP("ContactPanel", "sending"),
    "sent": QT_TRANSLATE_NOOP("ContactPanel", "sent"), "delivered": QT_TRANSLATE_NOOP("ContactPanel", "delivered"),
    "read": QT_TRANSLATE_NOOP("ContactPanel", "read"), "replied": QT_TRANSLATE_NOOP("ContactPanel", "replied"),
    "failed": QT_TRANSLATE_NOOP("ContactPanel", "not delivered"),
    "skipped": QT_TRANSLATE_NOOP("ContactPanel", "left out"), "held": QT_TRANSLATE_NOOP("ContactPanel", "held back"),
}


def tag_colour(name: str) -> str:
    """Each label keeps its colour everywhere (picked from the theme's soft tints by its name)."""
    tints = theme.colours().avatars
    return tints[zlib.crc32(name.casefold().encode("utf-8")) % len(tints)]


class FlowRow(QWidget):
    """Chips that wrap onto as many lines as the panel's width needs."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(4)
        self.widgets: list[QWidget] = []

    def set_widgets(self, widgets: list[QWidget], width: int) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item.layout() is not None:
                _empty(item.layout())
        for old in self.widgets:
            if old not in widgets:
                old.hide()  # at once: deleteLater alone left it painted under the new chips until then
                old.deleteLater()
        self.widgets = widgets
        line, used, lines = None, 0, []
        for w in widgets:
            w.setParent(self)
            w.ensurePolished()
            for child in w.findChildren(QWidget):
                child.ensurePolished()
            w.adjustSize()
            need = w.sizeHint().width() + 8
            if line is None or used + need > width:
                line = QHBoxLayout()
                line.setSpacing(4)
                line.setContentsMargins(0, 0, 0, 0)
                self.rows.addLayout(line)
                lines.append(line)
                used = 0
            line.addWidget(w)
            used += need
        for one in lines:  # chips keep their own width on every line
            one.addStretch(1)


def _empty(layout: QLayout) -> None:
    while layout.count():
        layout.takeAt(0)


class ContactPanel(QFrame):
    changed = Signal(object)  # a Changes: a save went through
    open_contact = Signal(int)  # "More…": the contact's dialog (custom fields, consent by hand, erase)
    back = Signal()  # "Back to the chat" (a small window shows the panel in the chat's place)

    WIDTH = 270

    def __init__(self, backend: Backend, parent: QWidget | None = None):
        super().__init__(parent)
        self.backend = backend
        self.setObjectName("contactPanel")
        self.setFixedWidth(self.WIDTH)
        self.setAccessibleName(self.tr("Contact details"))
        self.form: contact_edit.ContactForm | None = None
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(scroll)
        body.setObjectName("contactPanelBody")
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        v = QVBoxLayout(body)
        v.setContentsMargins(14, 12, 14, 12)
        v.setSpacing(6)

        def caption(text: str) -> QLabel:
            label = QLabel(text, body)
            label.setObjectName("sectionLabel")
            v.addWidget(label)
            return label

        self.back_button = QPushButton(self.tr("← Back to the chat"), body)
        self.back_button.clicked.connect(self.back)
        self.back_button.hide()
        v.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.name = QLineEdit(body)
        self.name.setObjectName("panelName")
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setPlaceholderText(self.tr("Name"))
        self.name.editingFinished.connect(self._save_name)
        v.addWidget(self.name)
        self.number = QLabel(body)
        self.number.setObjectName("muted")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        v.addWidget(self.number)
        caption(self.tr("Labels"))
        self.tags = FlowRow(body)
        v.addWidget(self.tags)
        self.add_tag = QLineEdit(body)
        self.add_tag.setPlaceholderText(self.tr("Add a label…"))
        self.add_tag.setAccessibleName(self.tr("Add a label"))
        self.add_tag.returnPressed.connect(self._add_tag)
        self._completer = QCompleter([], self.add_tag)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.add_tag.setCompleter(self._completer)
        v.addWidget(self.add_tag)
        caption(self.tr("Notes"))
        self.notes = QPlainTextEdit(body)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setPlaceholderText(self.tr("What you want to remember about them"))
        self.notes.setFixedHeight(90)
        self._notes_timer = QTimer(self, singleShot=True, interval=800)  # saved a moment after typing stops
        self._notes_timer.timeout.connect(self._save_notes)
        self.notes.textChanged.connect(lambda: self._notes_timer.start() if self.form is not None else None)
        v.addWidget(self.notes)
        caption(self.tr("Consent"))
        self.consent = QLabel(body)
        self.consent.setWordWrap(True)
        self.consent.setAccessibleName(self.tr("Consent and its evidence"))
        v.addWidget(self.consent)
        caption(self.tr("Last campaigns"))
        self.campaigns = QLabel(body)
        self.campaigns.setWordWrap(True)
        self.campaigns.setObjectName("muted")
        v.addWidget(self.campaigns)
        self.saved = QLabel(body)
        self.saved.setObjectName("muted")
        self.saved.setWordWrap(True)
        v.addWidget(self.saved)
        more = QPushButton(self.tr("More details…"), body)
        more.clicked.connect(lambda: self.open_contact.emit(self.form.id) if self.form else None)
        v.addWidget(more, 0, Qt.AlignmentFlag.AlignLeft)
        v.addStretch(1)

    # ------------------------------------------------------------------ showing
    def show_contact(self, contact_id: int | None) -> None:
        if self._notes_timer.isActive():  # typed notes of the previous contact are kept
            self._notes_timer.stop()
            self._save_notes()
        if contact_id is None:
            self.form = None
            return
        try:
            form = contact_edit.load(self.backend.sessions, contact_id)
        except contact_edit.ContactError:
            self.form = None
            return
        self.form = None  # filling the fields is not an edit
        self.name.setText(form.display_name or "")
        self.name.setPlaceholderText(form.profile_name or self.tr("Name"))
        self.number.setText(pretty_number(form.phone) or self.tr("No number"))
        self.notes.setPlainText(form.notes)
        self._completer.model().setStringList([name for _id, name in lookups.tags(self.backend.sessions)])
        self.form = form
        self._show_tags()
        self._show_consent()
        self._show_campaigns()
        self.saved.clear()

    def _show_tags(self) -> None:
        chips: list[QWidget] = []
        for name in self.form.tags:
            chip = QFrame(self)
            chip.setObjectName("tagChip")
            chip.setStyleSheet(f"#tagChip {{ background: {tag_colour(name)}; border-radius: 9px; }}"
                               "#tagChip QLabel { color: #111b21; } #tagChip QToolButton { color: #111b21; "
                               "border: none; }")
            row = QHBoxLayout(chip)
            row.setContentsMargins(8, 1, 2, 1)
            row.setSpacing(2)
            label = QLabel(name, chip)
            remove = QToolButton(chip)
            remove.setText("×")
            remove.setAccessibleName(self.tr("Remove the label {name}").format(name=name))
            remove.clicked.connect(lambda _checked=False, n=name: self.remove_tag(n))
            row.addWidget(label)
            row.addWidget(remove)
            chips.append(chip)
        if not chips:
            none = QLabel(self.tr("No labels yet"), self)
            none.setObjectName("muted")
            chips.append(none)
        self.tags.set_widgets(chips, self.WIDTH - 56)

    def _show_consent(self) -> None:
        history = self.form.consent
        if not history:
            self.consent.setText(self.tr("Not asked yet. Customers who write STOP are opted out by themselves; "
                                         "“More details…” records a consent given in the shop."))
            return
        latest = history[-1]
        text = render(latest.sentence())
        if latest.evidence_text:
            text += "\n" + self.tr("Evidence: their message “{text}”").format(text=latest.evidence_text)
        elif latest.detail:
            text += "\n" + self.tr("Evidence: {detail}").format(detail=latest.detail)
        if len(history) > 1:
            text += "\n" + self.tr("{n} earlier changes in “More details…”").format(n=number(len(history) - 1))
        self.consent.setText(text)

    def _show_campaigns(self) -> None:
        seen = lookups.recent_campaigns(self.backend.sessions, self.form.id)
        if not seen:
            self.campaigns.setText(self.tr("Not in any campaign yet."))
            return
        self.campaigns.setText("\n".join(
            f"{c.name} · {self.tr(STATES.get(c.state, c.state))}"
            + (f" · {local_date(c.at, 'd MMM')}" if c.at else "") for c in seen))

    # ------------------------------------------------------------------ editing in place
    def _save(self, what: str) -> None:
        form = self.form
        if form is None:
            return

        def done(saved: contact_edit.Saved) -> None:
            self.saved.setText(self.tr("Saved."))
            self.changed.emit(saved.changes)

        def failed(exc: BaseException) -> None:
            self.saved.setText(self.tr("Not saved: {reason}").format(reason=render(exc)))

        sessions = self.backend.sessions
        ops.run_sync(lambda: contact_edit.save(sessions, form), done, failed)

    def _save_name(self) -> None:
        if self.form is not None and self.name.text().strip() != (self.form.display_name or ""):
            self.form.display_name = self.name.text().strip()
            self._save("name")

    def _save_notes(self) -> None:
        if self.form is not None and self.notes.toPlainText() != self.form.notes:
            self.form.notes = self.notes.toPlainText()
            self._save("notes")

    def _add_tag(self) -> None:
        name = self.add_tag.text().strip()
        self.add_tag.clear()
        if self.form is None or not name or name.casefold() in {t.casefold() for t in self.form.tags}:
            return
        self.form.tags = [*self.form.tags, name]
        self._show_tags()
        self._save("tags")

    def remove_tag(self, name: str) -> None:
        if self.form is None:
            return
        self.form.tags = [t for t in self.form.tags if t != name]
        self._show_tags()
        self._save("tags")

    def set_in_place_of_chat(self, on: bool) -> None:
        """A small window: the panel takes the chat's place (full width, with a way back); else beside it."""
        self.back_button.setVisible(on)
        if on:
            self.setMinimumWidth(self.WIDTH)
            self.setMaximumWidth(16_777_215)
        else:
            self.setFixedWidth(self.WIDTH)
