"""Templates: the local copy of the WABA's templates with status, category and a preview.

Meta's template-status webhook reaches us through sync, which emits ``Backend.data_changed``; the page
reloads then, so an approval shows the moment it arrives. "Refresh from Meta" pulls the full list.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from klaros_desktop.services import templates as template_service
from klaros_desktop.ui import ops
from klaros_desktop.ui.backend import Backend
from klaros_desktop.ui.models import RowRole, TemplatesModel


def describe(template) -> str:
    lines = [f"{template.name}  ·  {template.language}  ·  {(template.category or '').title()}",
             f"Status: {template.status.title()}"]
    if template.quality_score:
        lines.append(f"Quality: {template.quality_score}")
    if template.rejected_reason:
        lines.append(f"Rejected because: {template.rejected_reason}")
    lines.append("")
    for component in template.components or []:
        if not isinstance(component, dict):
            continue
        kind = str(component.get("type", "")).upper()
        if kind == "HEADER" and component.get("text"):
            lines.append(f"*{component['text']}*")
        elif kind == "BODY":
            lines.append(str(component.get("text") or ""))
        elif kind == "FOOTER" and component.get("text"):
            lines.append(f"_{component['text']}_")
        elif kind == "BUTTONS":
            labels = [b.get("text", "") for b in component.get("buttons", []) if isinstance(b, dict)]
            lines.append("[ " + " ]  [ ".join(labels) + " ]")
    return "\n".join(lines)


class TemplatesPage(QWidget):
    def __init__(self, backend: Backend, parent: QWidget | None = None):
        super().__init__(parent)
        self.backend = backend
        self.model = TemplatesModel(backend.sessions, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Message templates"))
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.preview.setObjectName("banner")
        self.preview.setMargin(14)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setAccessibleName(self.tr("Template preview"))
        self.refresh_button = QPushButton(self.tr("Refresh from Meta"), self)
        self.refresh_button.clicked.connect(self.refresh_from_meta)
        self.status = QLabel(self)
        self.status.setObjectName("muted")
        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.preview)
        splitter.setSizes([620, 420])
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 4)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.table.selectionModel().currentRowChanged.connect(self._show)
        backend.data_changed.connect(self._data_changed)
        self.reload()

    def reload(self) -> None:
        current = self.table.currentIndex().row()
        self.model.reload()
        approved = sum(1 for t in self.model.rows if t.status == "APPROVED")
        self.status.setText(self.tr("{n} templates, {a} approved. Approvals from Meta appear here by themselves.")
                            .format(n=len(self.model.rows), a=approved))
        if self.model.rows:
            self.table.selectRow(current if 0 <= current < len(self.model.rows) else 0)
        else:
            self.preview.setText(self.tr("No templates yet. Create them in Meta's WhatsApp Manager, then press "
                                         "“Refresh from Meta”."))

    def _show(self, index: QModelIndex, _previous: QModelIndex) -> None:
        template = index.data(RowRole) if index.isValid() else None
        if template is not None:
            self.preview.setText(describe(template))

    def _data_changed(self, report) -> None:
        stats = getattr(report, "stats", None)
        if report is None or stats is None or getattr(stats, "templates", 0):
            self.reload()

    def refresh_from_meta(self) -> None:
        graph = getattr(self.backend.messenger, "graph", None)
        if graph is None:
            self.status.setText(self.tr("Not connected to Meta; set it up in Settings first."))
            return
        self.refresh_button.setEnabled(False)
        self.status.setText(self.tr("Asking Meta for the templates…"))

        def done(count: int) -> None:
            self.refresh_button.setEnabled(True)
            self.reload()
            self.status.setText(self.status.text() + "  " + self.tr("({n} received from Meta)").format(n=count))

        def failed(exc: BaseException) -> None:
            self.refresh_button.setEnabled(True)
            self.status.setText(self.tr("Meta did not answer: {error}").format(error=exc))

        ops.run_async(lambda: template_service.refresh(self.backend.sessions, graph), done, failed)
