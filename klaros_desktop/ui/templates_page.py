"""Templates: the local copy of the WABA's templates with status, category and a preview.

Meta's template-status webhook reaches us through sync, which emits ``Backend.data_changed``; the page
reloads when that report names a template, so an approval shows the moment it arrives. "Refresh from Meta"
pulls the full list.

Built at start-up (``in_steps``), the page is made one group per turn of the event loop (the list, the panel,
the tool row, then the templates read); its look is in ``app.qss``, not a style sheet of its own.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from klaros_desktop.phrases import local_time
from klaros_desktop.services.core.changes import Changes
from klaros_desktop.services.messaging import template_edits
from klaros_desktop.services.messaging import templates as template_service
from klaros_desktop.services.messaging.compose import _VAR as VARIABLE
from klaros_desktop.services.messaging.compose import template_variables
from klaros_desktop.ui import i18n, ops, template_bubble, theme
from klaros_desktop.ui.backend import Backend
from klaros_desktop.ui.built_in_steps import BuiltInSteps
from klaros_desktop.ui.i18n import number, render
from klaros_desktop.ui.item_models import RowRole, TemplatesModel, template_word

REJECTIONS = {
    "ABUSIVE_CONTENT": QT_TRANSLATE_NOOP(
        "TemplatesPage", "Meta found the content abusive or against its commerce and business policies."),
    "INVALID_FORMAT": QT_TRANSLATE_NOOP(
        "TemplatesPage", "The format is not valid, for example variables not numbered {{1}}, {{2}}… in order, or "
        "a variable at the very start or end."),
    "PROMOTIONAL": QT_TRANSLATE_NOOP(
        "TemplatesPage", "Meta found it too promotional for its rules (for example a giveaway or pushy wording)."),
    "TAG_CONTENT_MISMATCH": QT_TRANSLATE_NOOP("TemplatesPage", "The chosen category does not match what the "
                                                               "message says."),
    "INCORRECT_CATEGORY": QT_TRANSLATE_NOOP("TemplatesPage", "The chosen category does not match what the "
                                                             "message says."),
    "SCAM": QT_TRANSLATE_NOOP("TemplatesPage", "Meta suspected the message of being a scam."),
}


QUALITY = {
    "YELLOW": QT_TRANSLATE_NOOP("TemplatesPage", "Meta rates customers' reactions to it as medium: some block or "
                                                 "report it. Check that it is wanted and well timed."),
    "RED": QT_TRANSLATE_NOOP("TemplatesPage", "Meta rates customers' reactions to it as low: many block or report "
                                              "it. Meta may pause it; change the text or send it less often."),
}
MEDIA_WORDS = {"IMAGE": QT_TRANSLATE_NOOP("TemplatesPage", "Picture"),
               "VIDEO": QT_TRANSLATE_NOOP("TemplatesPage", "Video"),
               "DOCUMENT": QT_TRANSLATE_NOOP("TemplatesPage", "Document"),
               "LOCATION": QT_TRANSLATE_NOOP("TemplatesPage", "Map: the place given when sending")}


def language_name(code: str, *, in_sentence: bool = False) -> str:
    """``de`` -> German, ``en_US`` -> English (United States), in the screen's language; the code itself when
    nobody knows it. ``in_sentence``: in the case the language writes it inside a sentence (French ``allemand``)."""
    return i18n.language(code, in_sentence=in_sentence)


def _with_examples(component: dict, colour: str) -> str:
    """A component's text as HTML with each ``{{1}}`` / ``{{first_name}}`` shown as its example value in brackets
    (what the shop owner typed as a sample for Meta), set apart in ``colour``: never the bare braces."""
    text = str(component.get("text") or "")
    names = template_variables(text)
    example = component.get("example") or {}
    rows = example.get("body_text") or example.get("header_text") or []
    if rows and isinstance(rows[0], list):
        rows = rows[0]
    samples = dict(zip(names, (str(v) for v in rows), strict=False)) if isinstance(rows, list) else {}
    for named in example.get("body_text_named_params") or example.get("header_text_named_params") or []:
        if isinstance(named, dict):
            samples[str(named.get("param_name"))] = str(named.get("example", ""))
    out, last = [], 0
    for match in VARIABLE.finditer(text):
        out.append(html.escape(text[last:match.start()]))
        shown = samples.get(match.group(1)) or match.group(1).replace("_", " ")
        out.append(f"<span style='color:{colour}'>[{html.escape(shown)}]</span>")
        last = match.end()
    out.append(html.escape(text[last:]))
    return "".join(out).replace("\n", "<br>")


def preview_html(template) -> str:
    """The message as the customer will see it (``template_bubble``: bold header, body, small footer, the buttons
    under it), each variable shown as its example."""
    c = theme.colours()
    pieces: dict[str, str] = {}
    buttons: list[tuple[str, str, str]] = []
    for component in template.components or []:
        if not isinstance(component, dict):
            continue
        kind = str(component.get("type", "")).upper()
        text = _with_examples(component, c.accent)
        if kind == "HEADER":
            fmt = str(component.get("format", "TEXT")).upper()
            word = QCoreApplication.translate("TemplatesPage", MEDIA_WORDS[fmt]) if fmt in MEDIA_WORDS else fmt.title()
            pieces["header"] = f"<b>{text}</b>" if fmt == "TEXT" else \
                f"<span style='color:{c.muted}'>[{html.escape(word)}]</span>"
        elif kind == "BODY":
            pieces["body"] = text
        elif kind == "FOOTER" and text:
            pieces["footer"] = text
        elif kind == "BUTTONS":
            buttons = [(str(b.get("type", "")), html.escape(template_bubble.button_label(b)), "")
                       for b in component.get("buttons", []) if isinstance(b, dict)]
    return template_bubble.bubble_html(c, buttons=buttons, background=c.bubble_in, **pieces) or "<p>(empty)</p>"


class TemplatesPage(BuiltInSteps, QWidget):
    def __init__(self, backend: Backend, parent: QWidget | None = None, *, in_steps: bool = False):
        super().__init__(parent)
        self.backend = backend
        self.model = TemplatesModel(backend.sessions, self)
        self.editor = None  # the editor this page opened last
        self.begin_building(self._build_steps(), in_steps=in_steps)

    # ------------------------------------------------------------------ building
    def _build_steps(self):
        """The page's widgets, yielding (a true value) between its groups (the list, the panel, the tool row),
        so that the main window can build it at start-up one group per turn of the event loop; then the
        templates are read. Every widget is made with the parent it is shown in (the splitter made first):
        under the app's style sheet a widget moved to another re-styles itself and all its children."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 4)
        top = QHBoxLayout()
        layout.addLayout(top)
        splitter = QSplitter(self)
        layout.addWidget(splitter, 1)
        self.table = QTableView(splitter)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.setAccessibleName(self.tr("Message templates"))

        yield True
        self.panel = QFrame(splitter)
        self.panel.setObjectName("templatePanel")
        self.details = QLabel(self.panel)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAccessibleName(self.tr("Template details"))
        self.preview = QLabel(self.panel)
        self.preview.setObjectName("templateBubble")
        self.preview.setWordWrap(True)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setMaximumWidth(420)
        self.preview.setAccessibleName(self.tr("Template preview"))
        caption = self.caption = QLabel(self.tr("What the customer sees"), self.panel)
        caption.setObjectName("muted")
        pl = QVBoxLayout(self.panel)
        pl.setContentsMargins(18, 16, 18, 16)
        pl.addWidget(self.details)
        pl.addSpacing(12)
        pl.addWidget(caption)
        pl.addWidget(self.preview)
        pl.addStretch(1)
        splitter.setSizes([620, 420])

        yield True
        self.refresh_button = QPushButton(self.tr("Refresh from Meta"), self)  # (first: the tab order as it was)
        self.refresh_button.clicked.connect(self.refresh_from_meta)
        self.new_button = QPushButton(self.tr("New template…"), self)
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(self.new_template)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setToolTip(self.tr("Change the selected template's text or buttons; Meta reviews it again"))
        self.edit_button.setEnabled(False)
        self.edit_button.clicked.connect(self.edit_template)
        self.status = QLabel(self)
        self.status.setObjectName("muted")
        top.addWidget(self.status, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.refresh_button)
        self.table.selectionModel().currentRowChanged.connect(self._show)

        yield True
        self.backend.data_changed.connect(self._data_changed)
        self.reload()

    def reload(self) -> None:
        current = self.table.currentIndex().row()
        self.model.reload()
        self._show_count()
        if self.model.rows:
            self.table.selectRow(current if 0 <= current < len(self.model.rows) else 0)
        else:
            self.details.setText(self.tr("No templates yet. Create them in Meta's WhatsApp Manager, then press "
                                         "“Refresh from Meta”."))
            self.preview.hide()
            self.caption.hide()

    def _show_count(self) -> None:
        approved = sum(1 for t in self.model.rows if t.status == "APPROVED")
        if self.model.rows:
            self.status.setText(self.tr("{n} templates, {a} approved. Approvals from Meta appear here by "
                                        "themselves.").format(n=number(len(self.model.rows)), a=number(approved)))
        else:
            self.status.setText(self.tr("No templates yet."))

    def _show(self, index: QModelIndex, _previous: QModelIndex) -> None:
        template = index.data(RowRole) if index.isValid() else None
        self.edit_button.setEnabled(template is not None)
        if template is not None:
            self.show_template(template)

    def show_template(self, template) -> None:
        if not self.panel.property("showing"):  # its background from now on (``app.qss``)
            self.panel.setProperty("showing", True)
            self.panel.style().unpolish(self.panel)
            self.panel.style().polish(self.panel)
        c = theme.colours()
        status_colour = {"APPROVED": c.accent, "REJECTED": c.danger}.get(template.status, c.muted)
        lines = [f"<p style='font-size:large'><b>{html.escape(template.name)}</b></p>",
                 f"<p>{html.escape(language_name(template.language))} · "
                 f"{html.escape(template_word(template.category or ''))} · "
                 f"<b style='color:{status_colour}'>{html.escape(template_word(template.status))}</b></p>"]
        if template.status == "REJECTED" and template.rejected_reason and template.rejected_reason != "NONE":
            reason = REJECTIONS.get(template.rejected_reason, template.rejected_reason)
            lines.append(f"<p style='color:{c.danger}'>{html.escape(self.tr(reason))}</p>")
        elif template.status == "PENDING":
            lines.append(f"<p style='color:{c.muted}'>"
                         + html.escape(self.tr("Meta is reviewing it; the result appears here by itself.")) + "</p>")
        coming = template.coming_change()
        if coming is not None:  # Meta's advance notice (template_category_update with correct_category)
            notice = html.escape(self.category_notice(template.category, *coming), quote=False)
            lines.append(f"<p style='color:{c.danger}'>{notice}</p>")
        quality = QUALITY.get((template.quality_score or "").upper())
        if quality is not None:  # Meta's message_template_quality_update; green and unknown need no word
            lines.append(f"<p style='color:{c.danger}'>{html.escape(self.tr(quality))}</p>")
        self.details.setText("".join(lines))
        self.preview.setText(preview_html(template))
        self.preview.show()
        self.caption.show()

    def category_notice(self, category: str | None, coming: str, when) -> str:
        """Meta's announced category change in words, with what it means for the price of each message."""
        said = self.tr("Meta will change this template's category from {old} to {new} {when}.").format(
            old=template_word(category or ""), new=template_word(coming),
            when=render(local_time(when)) if when is not None else self.tr("soon"))
        price = {"MARKETING": self.tr("Marketing messages cost more than utility messages, and they are charged even "
                                      "while the customer's 24-hour window is open."),
                 "UTILITY": self.tr("Utility messages cost less than marketing messages, and they are free while the "
                                    "customer's 24-hour window is open.")}.get(coming.upper())
        return said + (" " + price if price else "")

    def new_template(self):
        """Write a template and submit it to Meta for review (``ui.template_editor``)."""
        from klaros_desktop.ui.template_editor import TemplateEditor

        editor = self.editor = TemplateEditor(self.backend, self)
        editor.open()
        return editor

    def edit_template(self) -> None:
        """The selected template in the editor, filled in as Meta has it, with what Meta's rules allow now (read
        off the GUI thread; the editor opens when it is there)."""
        template = self.table.currentIndex().data(RowRole)
        if template is None:
            return
        name, language = template.name, template.language

        def failed(exc: BaseException) -> None:
            self.status.setText(render(exc))

        ops.run_sync(lambda: template_edits.prepare(self.backend.sessions, name, language), self.open_editor, failed)

    def open_editor(self, editing: template_edits.Editing):
        from klaros_desktop.ui.template_editor import TemplateEditor

        editor = self.editor = TemplateEditor(self.backend, self, editing)
        editor.open()
        return editor

    def _data_changed(self, changes: Changes) -> None:
        """Reload when an operation changed templates; the templates a WABA has are few, so all are read."""
        if changes.touches_templates():
            self.reload()

    def refresh_from_meta(self) -> None:
        graph = getattr(self.backend.messenger, "graph", None)
        if graph is None:
            self.status.setText(self.tr("Not connected to Meta; set it up in Settings first."))
            return
        self.refresh_button.setEnabled(False)
        self.status.setText(self.tr("Asking Meta for the templates…"))

        def done(refreshed: template_service.Refreshed) -> None:
            self.refresh_button.setEnabled(True)
            self.backend.changed(refreshed.changes)  # this page reloads through it, like every other screen
            self._show_count()
            self.status.setText(self.status.text() + "  " + self.tr("({n} received from Meta)").format(
                n=number(refreshed.count)))

        def failed(exc: BaseException) -> None:
            self.refresh_button.setEnabled(True)
            self.status.setText(self.tr("Meta did not answer: {error}").format(error=render(exc)))

        ops.run_async(lambda: template_service.refresh(self.backend.sessions, graph), done, failed)
