"""Templates → New template… / Edit…: write a template or change one Meta has, see it as the customer will,
submit it to Meta for review.

The checks and the submission are ``services.messaging.template_drafts``' (new) and ``template_edits``' (a
change: name and language fixed, Meta's rules on status, category and how often); Meta's review comes back by
webhook and the Templates screen shows it (with a rejection's reason in words)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from klaros_desktop.graph.errors import GraphError, template_refusal
from klaros_desktop.services.messaging import template_drafts, template_edits
from klaros_desktop.services.messaging.template_drafts import Action
from klaros_desktop.ui import ops, theme
from klaros_desktop.ui.i18n import number, render
from klaros_desktop.ui.templates_page import language_name, preview_html

LANGUAGES = ("de", "en", "en_US", "en_GB", "fr", "es", "it", "nl", "pt_BR", "pl", "tr")


class _Preview:
    def __init__(self, components):
        self.components = components


def _refusal(exc: BaseException) -> str:
    """Why Meta (or its rules, said beforehand) did not take the template, in words."""
    return render(template_refusal(exc)) if isinstance(exc, GraphError) else render(exc)


class ActionRow(QWidget):
    """One link or call button: its label, the link or number and, for a link ending in a value, a whole example
    link; or a copy-code button: only its example code (WhatsApp writes the button's label)."""

    def __init__(self, kind: str, parent: QWidget, on_change, on_remove):
        super().__init__(parent)
        self.kind = kind
        link = kind == "URL"
        code = kind == template_drafts.COPY_CODE
        lines = QVBoxLayout(self)
        lines.setContentsMargins(0, 0, 0, 0)
        lines.setSpacing(4)
        row = QHBoxLayout()
        tag = QLabel(self.tr("Code") if code else self.tr("Link") if link else self.tr("Call"), self)
        tag.setObjectName("muted")
        tag.setFixedWidth(36)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Label, e.g. Zum Shop") if link else self.tr("Label, e.g. Anrufen"))
        self.text.setAccessibleName(self.tr("Link button label") if link else self.tr("Call button label"))
        self.target = QLineEdit(self)
        self.target.setPlaceholderText("https://example.com/shop" if link else "+49 30 1234567")
        self.target.setAccessibleName(self.tr("Web address") if link else self.tr("Phone number"))
        if code:  # WhatsApp labels the button itself; each customer's code is given when sending
            self.text.setVisible(False)
            self.target.setPlaceholderText(self.tr("Example code, e.g. SPRING25"))
            self.target.setAccessibleName(self.tr("Example code"))
            self.target.setMaxLength(template_drafts.CODE_MAX)
            self.target.setToolTip(self.tr("Only in marketing templates; a code of up to {n} characters. Each "
                                           "customer gets their own code when you send.").format(
                n=number(template_drafts.CODE_MAX)))
        self.example = QLineEdit(self)
        self.example.setPlaceholderText(self.tr("Whole link with an example value"))
        self.example.setAccessibleName(self.tr("Example link"))
        remove = QToolButton(self)
        remove.setText("✕")
        remove.setToolTip(self.tr("Remove this button"))
        remove.setAccessibleName(self.tr("Remove this button"))
        remove.clicked.connect(lambda: on_remove(self))
        row.addWidget(tag)
        row.addWidget(self.text, 2)
        row.addWidget(self.target, 3)
        row.addWidget(remove)
        lines.addLayout(row)
        self.example_line = QWidget(self)  # under the link, shown when it ends in a value
        below = QHBoxLayout(self.example_line)
        below.setContentsMargins(42, 0, 0, 0)
        said = QLabel(self.tr("Example:"), self.example_line)
        said.setObjectName("muted")
        below.addWidget(said)
        below.addWidget(self.example, 1)
        self.example_line.setVisible(False)
        lines.addWidget(self.example_line)
        for edit in (self.text, self.target, self.example):
            edit.textChanged.connect(on_change)
        self.target.textChanged.connect(self._example_shown)

    def _example_shown(self) -> None:
        self.example_line.setVisible(self.kind == "URL" and bool(template_drafts.VARIABLE.search(self.target.text())))

    def fill(self, action: Action) -> None:
        self.text.setText(action.text)
        for edit, value in ((self.target, action.target), (self.example, action.example)):
            edit.setText(value)
            edit.setCursorPosition(0)  # a long link shows its start

    def action(self) -> Action:
        return Action(self.kind, self.text.text(), self.target.text(), self.example.text())


class TemplateEditor(QDialog):
    """A new template, or with ``editing`` (``template_edits.prepare``) a change to one Meta has."""

    def __init__(self, backend, parent: QWidget | None = None, editing: template_edits.Editing | None = None):
        super().__init__(parent)
        self.backend = backend
        self.editing = editing
        self.setWindowTitle(self.tr("Edit template") if editing else self.tr("New template"))
        self.setMinimumWidth(720)
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("order_ready"))
        self.name.setAccessibleName(self.tr("Template name"))
        self.category = QComboBox(self)
        self.category.setAccessibleName(self.tr("Category"))
        for label, category in zip((self.tr("Utility: about an order, an appointment, an account"),
                                    self.tr("Marketing: offers, news, invitations")),
                                   template_drafts.CATEGORIES[::-1], strict=True):
            self.category.addItem(label, category)
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language"))
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.header_kind = QComboBox(self)
        self.header_kind.setAccessibleName(self.tr("What is at the top"))
        for label, kind in ((self.tr("Text"), "TEXT"), (self.tr("Picture"), "IMAGE"), (self.tr("Video"), "VIDEO"),
                            (self.tr("Document"), "DOCUMENT"), (self.tr("Map"), template_drafts.LOCATION)):
            self.header_kind.addItem(label, kind)
        self.header = QLineEdit(self)
        self.header.setAccessibleName(self.tr("Header"))
        self.header.setPlaceholderText(self.tr("Optional, bold above the text"))
        self.header.setToolTip(self.tr("Up to {n} characters; may hold one value, {value}, given when sending.")
                               .format(n=number(template_drafts.HEADER_MAX), value="{{1}}"))
        self.title_example = QLineEdit(self)  # shown when the header holds a value
        self.title_example.setAccessibleName(self.tr("Example for the header's value"))
        self.title_example_label = QLabel(self.tr("Example:"), self)
        self.title_example_label.setObjectName("muted")
        self.title_example_label.setBuddy(self.title_example)
        self.header_file = ""  # a file chosen as the media header's example
        self.media_note = QLabel(self)
        self.media_note.setObjectName("muted")
        self.media_note.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose file…"), self)
        self.choose_button.clicked.connect(self._choose_file)
        header_host = QWidget(self)
        header_row = QHBoxLayout(header_host)
        header_row.setContentsMargins(0, 0, 0, 0)
        header_row.addWidget(self.header_kind)
        header_row.addWidget(self.header, 2)
        header_row.addWidget(self.title_example_label)
        header_row.addWidget(self.title_example, 1)
        header_row.addWidget(self.media_note, 1)
        header_row.addWidget(self.choose_button)
        self.body = QPlainTextEdit(self)
        self.body.setAccessibleName(self.tr("Message text"))
        self.body.setPlaceholderText(self.tr("Hallo {{1}}, Ihre Bestellung {{2}} liegt zur Abholung bereit."))
        self.body.setFixedHeight(90)
        self.examples_host = QWidget(self)
        self.examples_host.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.examples = QHBoxLayout(self.examples_host)
        self.examples.setContentsMargins(0, 0, 0, 0)
        self.example_edits: list[QLineEdit] = []
        self.example_labels: list[QLabel] = []
        self.footer = QLineEdit(self)
        self.footer.setAccessibleName(self.tr("Footer"))
        self.footer.setPlaceholderText(self.tr("Optional, small under the text"))
        self.buttons_edit = QLineEdit(self)
        self.buttons_edit.setAccessibleName(self.tr("Quick reply buttons"))
        self.buttons_edit.setPlaceholderText(self.tr("Optional, comma separated: Ja, Nein"))
        self.action_rows: list[ActionRow] = []
        actions_host = QWidget(self)
        self.actions_layout = QVBoxLayout(actions_host)
        self.actions_layout.setContentsMargins(0, 0, 0, 0)
        adders = QHBoxLayout()
        self.add_link = QPushButton(self.tr("+ Link button"), self)
        self.add_link.clicked.connect(lambda: self.add_action("URL"))
        self.add_call = QPushButton(self.tr("+ Call button"), self)
        self.add_call.clicked.connect(lambda: self.add_action("PHONE_NUMBER"))
        self.add_code = QPushButton(self.tr("+ Copy-code button"), self)
        self.add_code.setToolTip(self.tr("A button that copies a code, such as a coupon; marketing templates only."))
        self.add_code.clicked.connect(lambda: self.add_action(template_drafts.COPY_CODE))
        adders.addWidget(self.add_link)
        adders.addWidget(self.add_call)
        adders.addWidget(self.add_code)
        adders.addStretch(1)
        self.actions_layout.addLayout(adders)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Header"), header_host)
        form.addRow(self.tr("Text"), self.body)
        form.addRow(self.tr("Examples"), self.examples_host)
        form.addRow(self.tr("Footer"), self.footer)
        form.addRow(self.tr("Reply buttons"), self.buttons_edit)
        form.addRow(self.tr("Links, calls, codes"), actions_host)
        left = QVBoxLayout()
        left.addLayout(form)
        self.rules = QLabel(self.tr("Meta reviews the change again; until it approves it, the template cannot be "
                                    "sent. An approved template can be changed once a day and up to 10 times in 30 "
                                    "days, and keeps its category."), self)
        self.rules.setObjectName("muted")
        self.rules.setWordWrap(True)
        self.rules.setVisible(editing is not None)
        left.addWidget(self.rules)
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setObjectName("heldReason")
        left.addWidget(self.problems)
        left.addStretch(1)
        right = QVBoxLayout()
        caption = QLabel(self.tr("What the customer sees"), self)
        caption.setObjectName("muted")
        self.preview = QLabel(self)
        self.preview.setObjectName("templateBubble")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.preview.setFixedWidth(260)
        c = theme.colours()
        self.preview.setStyleSheet(f"background: {c.bubble_in}; color: {c.bubble_text}; border-radius: 8px; "
                                   "padding: 10px;")
        right.addWidget(caption)
        right.addWidget(self.preview)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right)
        self.box = QDialogButtonBox(self)
        self.submit_button = self.box.addButton(
            self.tr("Submit the change to Meta") if editing else self.tr("Submit to Meta for review"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.submit_button.setObjectName("primary")
        self.box.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.box.accepted.connect(self.submit)
        self.box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.box)
        for edit in (self.name, self.header, self.title_example, self.footer, self.buttons_edit):
            edit.textChanged.connect(self._update)
        self.body.textChanged.connect(self._update)
        self.category.currentIndexChanged.connect(self._update)
        self.header_kind.currentIndexChanged.connect(self._update)
        if editing is not None:
            self._fill(editing)
        self._update()

    def _fill(self, editing: template_edits.Editing) -> None:
        """The template as Meta has it; name and language are fixed, so is an approved template's category."""
        draft = editing.draft
        self.name.setText(draft.name)
        self.name.setReadOnly(True)
        self.name.setToolTip(self.tr("Name and language of a template cannot be changed"))
        self.name.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        palette = self.name.palette()  # a field that cannot be typed in looks like one
        palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
        self.name.setPalette(palette)
        if self.language.findData(draft.language) < 0:
            self.language.addItem(language_name(draft.language), draft.language)
        self.language.setCurrentIndex(self.language.findData(draft.language))
        self.language.setEnabled(False)
        self.category.setCurrentIndex(max(0, self.category.findData(draft.category)))
        self.category.setEnabled(not editing.category_fixed)
        self.header_kind.setCurrentIndex(max(0, self.header_kind.findData(draft.header_format)))
        self.header.setText(draft.header)
        self.title_example.setText(draft.title_example)
        self.body.setPlainText(draft.body)  # makes one example field per value
        for edit, example in zip(self.example_edits, draft.examples, strict=False):
            edit.setText(example)
        self.footer.setText(draft.footer)
        self.buttons_edit.setText(", ".join(draft.buttons))
        for action in draft.actions:
            self.add_action(action.kind).fill(action)
        self.body.setFocus()

    def add_action(self, kind: str) -> ActionRow:
        """A row for one more link or call button, above the two add buttons."""
        row = ActionRow(kind, self, self._update, self._remove_action)
        self.actions_layout.insertWidget(len(self.action_rows), row)
        self.action_rows.append(row)
        self._update()
        return row

    def _remove_action(self, row: ActionRow) -> None:
        self.action_rows.remove(row)
        row.hide()
        row.deleteLater()
        self._update()

    def _choose_file(self) -> None:
        kind = self.header_kind.currentData()
        filters = {"IMAGE": self.tr("Pictures (*.jpg *.jpeg *.png)"), "VIDEO": self.tr("Videos (*.mp4)"),
                   "DOCUMENT": self.tr("PDF documents (*.pdf)")}
        path, _chosen = QFileDialog.getOpenFileName(self, self.tr("Choose the file shown at the top"), "",
                                                    filters.get(kind, ""))
        if path:
            self.choose_header_file(path)

    def choose_header_file(self, path: str) -> bool:
        """Take ``path`` as the media header's example when Meta would (type and size), else say why."""
        found = template_drafts.file_problem(self.header_kind.currentData(), path)
        if found:
            self.header_file = ""
            self._update()
            self.problems.setText("• " + render(found))
            return False
        self.header_file = path
        self._update()
        return True

    def _kept_example(self, kind: str) -> str:
        """The media example Meta has, while the header is still of its kind."""
        draft = self.editing.draft if self.editing is not None else None
        return draft.header_example if draft is not None and draft.header_format == kind else ""

    def _parameter_format(self) -> str:
        return self.editing.draft.parameter_format if self.editing is not None else "POSITIONAL"

    def draft(self) -> template_drafts.Draft:
        kind = self.header_kind.currentData()
        media = kind in template_drafts.MEDIA_HEADERS
        text = "" if media or kind == template_drafts.LOCATION else self.header.text()
        return template_drafts.Draft(
            name=self.name.text().strip(), category=self.category.currentData(), language=self.language.currentData(),
            header=text, title_example=self.title_example.text() if text else "",
            body=self.body.toPlainText(), footer=self.footer.text(),
            buttons=[b for b in self.buttons_edit.text().split(",") if b.strip()],
            examples=[e.text() for e in self.example_edits], parameter_format=self._parameter_format(),
            header_format=kind, header_example=self._kept_example(kind) if media else "",
            header_file=self.header_file if media else "", actions=[r.action() for r in self.action_rows],
            actions_first=self.editing is not None and self.editing.draft.actions_first)

    def _header_shown(self) -> None:
        """A text field for a text header (and its value's example when it holds one); for a picture, video or
        document, what Meta gets and a file button; for a map, that the place is given when sending."""
        kind = self.header_kind.currentData()
        media = kind in template_drafts.MEDIA_HEADERS
        place = kind == template_drafts.LOCATION
        self.header.setVisible(not media and not place)
        names = [] if media or place else template_drafts.ANY_VARIABLE.findall(self.header.text())
        self.title_example.setVisible(bool(names))
        self.title_example_label.setVisible(bool(names))
        if names:
            self.title_example.setPlaceholderText(self.tr("Example for {value}").format(
                value="{{" + names[0] + "}}"))
        self.media_note.setVisible(media or place)
        self.choose_button.setVisible(media)
        if place:
            self.media_note.setText(self.tr("A map; you give the place (name and address) each time you send."))
            return
        if not media:
            return
        if self.header_file:
            self.media_note.setText(self.tr("New file: {name}").format(name=Path(self.header_file).name))
        elif self._kept_example(kind):
            self.media_note.setText(self.tr("The current file stays (Klaros sends it to Meta again)."))
        else:
            self.media_note.setText(self.tr("Choose the file Meta's review sees."))

    def _update(self) -> None:
        """One example field per value in the text, the preview, and what Meta would refuse."""
        self._header_shown()
        names = template_drafts.Draft(body=self.body.toPlainText(),
                                      parameter_format=self._parameter_format()).variables()
        named = self._parameter_format() == "NAMED"
        while len(self.example_edits) < len(names):
            label = QLabel(self.examples_host)  # a named value's name, so a filled field still says what it is
            label.setObjectName("muted")
            edit = QLineEdit(self.examples_host)
            edit.textChanged.connect(self._update)
            self.examples.addWidget(label)
            self.examples.addWidget(edit, 1)
            self.example_labels.append(label)
            self.example_edits.append(edit)
        while len(self.example_edits) > len(names):
            for widget in (self.example_edits.pop(), self.example_labels.pop()):
                widget.hide()
                widget.deleteLater()
        for position, (edit, label, name) in enumerate(zip(self.example_edits, self.example_labels, names, strict=True),
                                                     start=1):
            label.setText(name.replace("_", " ") + ":")
            label.setVisible(named)
            edit.setPlaceholderText(name if named else self.tr("value {n}").format(n=position))
            edit.setAccessibleName(self.tr("Example for {name}").format(name=name) if named
                                   else self.tr("Example for value {n}").format(n=position))
        self.examples_host.setVisible(bool(names))
        draft = self.draft()
        self.preview.setText(preview_html(_Preview(draft.components())))
        if self.editing is not None:
            found = template_edits.problems(self.editing, draft)
            ready = not found and template_edits.changed(self.editing, draft)
        else:
            found = template_drafts.problems(draft)
            ready = not found
        self.problems.setText("\n".join("• " + render(p) for p in found) if self.name.text() or
                              self.body.toPlainText() else "")
        self.submit_button.setEnabled(ready)

    def submit(self) -> None:
        graph = getattr(self.backend.messenger, "graph", None)
        if graph is None:
            self.problems.setText(self.tr("Not connected to Meta; set it up first (File → Set up connection…)."))
            return
        self.submit_button.setEnabled(False)
        draft = self.draft()

        def done(changes) -> None:
            self.backend.changed(changes)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.submit_button.setEnabled(True)
            self.problems.setText(_refusal(exc))

        if self.editing is not None:
            ops.run_async(lambda: template_edits.edit(self.backend.sessions, graph, draft), done, failed)
        else:
            ops.run_async(lambda: template_drafts.submit(self.backend.sessions, graph, draft), done, failed)
