"""Templates → New template… / Edit…: write a template or change one Meta has, see it as the customer will,
submit it to Meta for review.

The checks and the submission are ``services.messaging.template_drafts``' (new) and ``template_edits``' (a
change: name and language fixed, Meta's rules on status, category and how often); Meta's review comes back by
webhook and the Templates screen shows it (with a rejection's reason in words)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from klaros_desktop.graph.errors import GraphError, template_refusal
from klaros_desktop.services.messaging import template_drafts, template_edits
from klaros_desktop.ui import ops, theme
from klaros_desktop.ui.i18n import render
from klaros_desktop.ui.templates_page import language_name, preview_html

LANGUAGES = ("de", "en", "en_US", "en_GB", "fr", "es", "it", "nl", "pt_BR", "pl", "tr")


class _Preview:
    def __init__(self, components):
        self.components = components


def _refusal(exc: BaseException) -> str:
    """Why Meta (or its rules, said beforehand) did not take the template, in words."""
    return render(template_refusal(exc)) if isinstance(exc, GraphError) else render(exc)


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
        self.header = QLineEdit(self)
        self.header.setAccessibleName(self.tr("Header"))
        self.header.setPlaceholderText(self.tr("Optional, bold above the text"))
        self.body = QPlainTextEdit(self)
        self.body.setAccessibleName(self.tr("Message text"))
        self.body.setPlaceholderText(self.tr("Hallo {{1}}, Ihre Bestellung {{2}} liegt zur Abholung bereit."))
        self.body.setFixedHeight(90)
        self.examples_host = QWidget(self)
        self.examples_host.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.examples = QHBoxLayout(self.examples_host)
        self.examples.setContentsMargins(0, 0, 0, 0)
        self.example_edits: list[QLineEdit] = []
        self.footer = QLineEdit(self)
        self.footer.setAccessibleName(self.tr("Footer"))
        self.footer.setPlaceholderText(self.tr("Optional, small under the text"))
        self.buttons_edit = QLineEdit(self)
        self.buttons_edit.setAccessibleName(self.tr("Quick reply buttons"))
        self.buttons_edit.setPlaceholderText(self.tr("Optional, comma separated: Ja, Nein"))
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Header"), self.header)
        form.addRow(self.tr("Text"), self.body)
        form.addRow(self.tr("Examples"), self.examples_host)
        form.addRow(self.tr("Footer"), self.footer)
        form.addRow(self.tr("Buttons"), self.buttons_edit)
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
        for edit in (self.name, self.header, self.footer, self.buttons_edit):
            edit.textChanged.connect(self._update)
        self.body.textChanged.connect(self._update)
        self.category.currentIndexChanged.connect(self._update)
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
        self.header.setText(draft.header)
        self.body.setPlainText(draft.body)  # makes one example field per value
        for edit, example in zip(self.example_edits, draft.examples, strict=False):
            edit.setText(example)
        self.footer.setText(draft.footer)
        self.buttons_edit.setText(", ".join(draft.buttons))
        self.body.setFocus()

    def draft(self) -> template_drafts.Draft:
        return template_drafts.Draft(
            name=self.name.text().strip(), category=self.category.currentData(), language=self.language.currentData(),
            header=self.header.text(), body=self.body.toPlainText(), footer=self.footer.text(),
            buttons=[b for b in self.buttons_edit.text().split(",") if b.strip()],
            examples=[e.text() for e in self.example_edits])

    def _update(self) -> None:
        """One example field per value in the text, the preview, and what Meta would refuse."""
        wanted = len(template_drafts.Draft(body=self.body.toPlainText()).variables())
        while len(self.example_edits) < wanted:
            edit = QLineEdit(self.examples_host)
            number = len(self.example_edits) + 1
            edit.setPlaceholderText(self.tr("value {n}").format(n=number))
            edit.setAccessibleName(self.tr("Example for value {n}").format(n=number))
            edit.textChanged.connect(self._update)
            self.examples.addWidget(edit)
            self.example_edits.append(edit)
        while len(self.example_edits) > wanted:
            edit = self.example_edits.pop()
            edit.hide()
            edit.deleteLater()
        self.examples_host.setVisible(wanted > 0)
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
