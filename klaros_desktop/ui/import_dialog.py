"""Import contacts (menu or drag-and-drop): column-mapping preview, progress, and the error report.

The dialog only previews and collects choices; the import itself is ``services.contacts_import`` (one
transaction, every skipped row reported with its line), run off the GUI thread.
"""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop.services.dataio.contacts_import import ContactsImporter, ImportReport
from klaros_desktop.services.dataio.csv_reader import read_csv
from klaros_desktop.services.dataio.records import RowProblem, SourceRecord
from klaros_desktop.services.dataio.text_decoding import (
    MAX_IMPORT_BYTES,
    ImportFileError,
    decode_bytes,
    read_import_file,
)
from klaros_desktop.services.dataio.vcard_reader import looks_like_vcard, read_vcards
from klaros_desktop.services.people import contact_edit, phones
from klaros_desktop.ui import file_drop, ops, theme
from klaros_desktop.ui.i18n import capitalised, number, render

FIELDS = (("name", QT_TRANSLATE_NOOP("ImportDialog", "Name")), ("phone", QT_TRANSLATE_NOOP("ImportDialog", "Phone")),
          ("tags", QT_TRANSLATE_NOOP("ImportDialog", "Tags / labels")),
          ("notes", QT_TRANSLATE_NOOP("ImportDialog", "Notes")),
          ("consent", QT_TRANSLATE_NOOP("ImportDialog", "Consent")))
PREVIEW_ROWS = 8
DETECTED = "__detected__"


def sentence(reason: str) -> str:
    """The importer's reasons start lower-case (they are also log lines); the dialog shows them translated, as
    sentences, pointing to Settings instead of a command-line option (``i18n.ON_SCREEN``)."""
    return capitalised(render(reason))


class Preview:
    """What the file looks like with the chosen mapping: columns, layout and its first records."""

    def __init__(self, path: Path, mapping: dict[str, list[str]] | None = None, *, max_bytes: int = MAX_IMPORT_BYTES):
        data = read_import_file(path, max_bytes)  # the importer's own cap: the preview never reads more
        decoded = decode_bytes(data)
        self.encoding = decoded.encoding
        self.records: list[SourceRecord | RowProblem] = []
        if looks_like_vcard(decoded.text) or path.suffix.lower() in (".vcf", ".vcard"):
            self.format, self.header, self.detected = "vcard", [], {}
            source = read_vcards(decoded.text)
            self.layout = "vCard"
        else:
            self.format = "csv"
            src = read_csv(decoded, mapping=mapping or None)
            self.header, self.detected, self.layout = src.plan.header, src.plan.describe(), src.plan.layout
            source = src.records
        for item in source:
            self.records.append(item)
            if len(self.records) >= PREVIEW_ROWS:
                break


LAYOUTS = {"google": QT_TRANSLATE_NOOP("ImportDialog", "a Google Contacts export"),
           "outlook": QT_TRANSLATE_NOOP("ImportDialog", "an Outlook export"),
           "klaros": QT_TRANSLATE_NOOP("ImportDialog", "a Klaros export"),
           "whatsapp_business": QT_TRANSLATE_NOOP("ImportDialog", "a WhatsApp Business app export")}


class _Progress(QObject):
    """Carries the importer's progress callback (a worker thread) to the progress bar (queued)."""

    rows = Signal(int)


class DropArea(QLabel):
    dropped = Signal(Path)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setObjectName("dropArea")
        c = theme.colours()
        self.setStyleSheet(f"#dropArea {{ border: 2px dashed {c.muted}; border-radius: 10px; "
                           f"background: {c.alt_base}; color: {c.text}; padding: 8px; }}")
        self.setAccessibleName(self.tr("Drop a contacts file here"))
        self.setMinimumHeight(70)
        self.setText(self.tr("Drop a .csv or .vcf file here, or choose one"))

    def dragEnterEvent(self, event) -> None:
        file_drop.accept_files(event)

    def dropEvent(self, event) -> None:
        path = file_drop.dropped_file(event)
        if path is not None:
            self.dropped.emit(path)


class ImportDialog(QDialog):
    imported = Signal(object)  # ImportReport

    def __init__(self, sessions: sessionmaker[Session], path: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.sessions = sessions
        self.path: Path | None = None
        self.preview: Preview | None = None
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import contacts"))
        self.setMinimumSize(760, 560)
        self.setAcceptDrops(True)
        self.stack = QStackedWidget(self)

        # page 0: choose + map + preview
        page = QWidget(self)
        pl = QVBoxLayout(page)
        top = QHBoxLayout()
        self.drop = DropArea(page)
        self.drop.dropped.connect(self.load)
        choose = QPushButton(self.tr("Choose file…"), page)
        choose.clicked.connect(self.choose)
        top.addWidget(self.drop, 1)
        top.addWidget(choose)
        pl.addLayout(top)
        self.info = QLabel(page)
        self.info.setWordWrap(True)
        pl.addWidget(self.info)
        mapping_host = QWidget(page)
        self.mapping_form = QFormLayout(mapping_host)
        self.combos: dict[str, QComboBox] = {}
        for key, label in FIELDS:
            combo = QComboBox(mapping_host)
            combo.setAccessibleName(self.tr("Column for {field}").format(field=label))
            combo.currentIndexChanged.connect(lambda _i: self.refresh_preview())
            self.combos[key] = combo
            self.mapping_form.addRow(self.tr(label), combo)
        pl.addWidget(mapping_host)
        self.table = QTableWidget(0, 4, page)
        self.table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Name"), self.tr("Phone"), self.tr("Tags")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Preview of the first rows"))
        pl.addWidget(self.table, 1)
        self.stack.addWidget(page)

        # page 1: progress
        progress_page = QWidget(self)
        gl = QVBoxLayout(progress_page)
        gl.addStretch(1)
        self.progress_label = QLabel(self.tr("Importing…"), progress_page)
        self.progress = QProgressBar(progress_page)
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Import progress"))
        gl.addWidget(self.progress_label)
        gl.addWidget(self.progress)
        gl.addStretch(1)
        self.stack.addWidget(progress_page)

        # page 2: report
        report_page = QWidget(self)
        rl = QVBoxLayout(report_page)
        self.summary = QLabel(report_page)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("threadTitle")
        self.errors = QTableWidget(0, 2, report_page)
        self.errors.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Why it was skipped")])
        self.errors.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.errors.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.errors.verticalHeader().hide()
        self.errors.setAccessibleName(self.tr("Skipped rows"))
        self.save_errors = QPushButton(self.tr("Save error report…"), report_page)
        self.save_errors.clicked.connect(self.save_error_report)
        rl.addWidget(self.summary)
        rl.addWidget(self.errors, 1)
        rl.addWidget(self.save_errors, 0, Qt.AlignmentFlag.AlignLeft)
        self.stack.addWidget(report_page)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setObjectName("primary")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        if path is not None:
            self.load(Path(path))

    # ------------------------------------------------------------------ choosing and previewing
    def dragEnterEvent(self, event) -> None:
        self.drop.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        self.drop.dropEvent(event)

    def choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import contacts"), "",
                                              self.tr("Contacts (*.csv *.vcf *.vcard *.txt);;All files (*)"))
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        self.path = path
        self.drop.setText(path.name)
        for combo in self.combos.values():
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)
        self.refresh_preview(first=True)

    def mapping(self) -> dict[str, list[str]]:
        chosen = {}
        for key, combo in self.combos.items():
            value = combo.currentData()
            if value and value != DETECTED:
                chosen[key] = [value]
        return chosen

    def refresh_preview(self, first: bool = False) -> None:
        if self.path is None:
            return
        try:
            self.preview = Preview(self.path, None if first else self.mapping())
        except (ImportFileError, OSError) as exc:
            self.preview = None
            self.info.setText("✗ " + self.tr("This file cannot be imported: {error}").format(error=render(exc)))
            self.table.setRowCount(0)
            self.import_button.setEnabled(False)
            return
        p = self.preview
        if p.format == "vcard":
            self.info.setText(self.tr("A vCard file (contacts from a phone or an address book). The first "
                                      "contacts are shown below."))
        else:
            looks = LAYOUTS.get(p.layout)
            text = self.tr("A spreadsheet (CSV) with %n columns", "", len(p.header))
            if looks:
                text += self.tr(", it looks like {what}").format(what=self.tr(looks))
            self.info.setText(text + ". " + self.tr("Check which column holds what below; change one if Klaros "
                                                    "guessed wrong."))
        if first:
            self._fill_combos(p)
        region = contact_edit.default_region(self.sessions)
        danger = QColor(theme.colours().danger)
        self.table.setRowCount(len(p.records))
        for i, rec in enumerate(p.records):
            bad_number = False
            if isinstance(rec, RowProblem):
                cells = [str(rec.line), "✗ " + sentence(rec.reason), "", ""]
            else:
                numbers = [v for _l, v in rec.phones]
                shown = []
                for number in numbers:
                    try:
                        phones.normalise(number, region)
                        shown.append(number)
                    except phones.InvalidNumber:
                        bad_number = True
                        shown.append(self.tr("✗ {number} (not a valid number; skipped)").format(number=number))
                phone = ", ".join(shown) if shown else self.tr("✗ no number (skipped)")
                bad_number = bad_number or not shown
                cells = [str(rec.line), rec.name, phone, ", ".join(rec.tags)]
            for j, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if (j == 2 and bad_number) or (j == 1 and isinstance(rec, RowProblem)):
                    item.setForeground(danger)
                self.table.setItem(i, j, item)
        self.import_button.setEnabled(True)

    def _fill_combos(self, p: Preview) -> None:
        for key, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            detected = p.detected.get(key)
            detected_text = ", ".join(detected) if isinstance(detected, list) else (detected or "")
            combo.addItem(self.tr("Detected: {cols}").format(cols=detected_text) if detected_text
                          else self.tr("(not in this file)"), DETECTED)
            for column in p.header:
                combo.addItem(column, column)
            combo.setEnabled(p.format == "csv")
            combo.blockSignals(False)

    # ------------------------------------------------------------------ importing
    def start_import(self) -> None:
        if self.path is None:
            return
        path, mapping = self.path, self.mapping()
        self.stack.setCurrentIndex(1)
        self.import_button.setEnabled(False)
        self.progress_label.setText(self.tr("Importing {name}…").format(name=path.name))
        try:
            with path.open("rb") as fh:
                lines = sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))
        except OSError:
            lines = 0
        self.progress.setRange(0, max(lines, 1))
        self.progress.setValue(0)
        signal = _Progress(self)
        signal.rows.connect(self._progress_rows)
        importer = ContactsImporter(self.sessions, actor="user", progress=signal.rows.emit)
        ops.run_sync(lambda: importer.import_file(path, mapping=mapping or None), self.finished_import,
                     self.failed_import)

    def _progress_rows(self, rows: int) -> None:
        self.progress.setValue(min(rows, self.progress.maximum()))
        self.progress_label.setText(self.tr("Importing {name}… {n} rows read").format(
            name=self.path.name if self.path else "", n=number(rows)))

    def finished_import(self, report: ImportReport) -> None:
        self.progress.setValue(self.progress.maximum())
        self.report = report
        self.summary.setText(self.tr("{imported} imported, {merged} merged with existing contacts, {skipped} "
                                     "skipped ({rows} rows read).").format(
            imported=report.imported, merged=report.merged, skipped=len(report.skipped), rows=report.rows))
        self.errors.setRowCount(len(report.skipped))
        for i, problem in enumerate(report.skipped):
            self.errors.setItem(i, 0, QTableWidgetItem(str(problem.line)))
            self.errors.setItem(i, 1, QTableWidgetItem(sentence(problem.reason)))
        self.save_errors.setEnabled(bool(report.skipped))
        self.stack.setCurrentIndex(2)
        self.import_button.hide()
        self.cancel_button.setText(self.tr("Close"))
        self.imported.emit(report)

    def failed_import(self, exc: BaseException) -> None:
        self.stack.setCurrentIndex(0)
        self.info.setText("✗ " + self.tr("Nothing was imported: {error}").format(error=render(exc)))
        self.import_button.setEnabled(True)

    def save_error_report(self, path: Path | None = None) -> None:
        if self.report is None:
            return
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Save error report"), "import-errors.csv",
                                                  self.tr("CSV (*.csv)"))
            if not name:
                return
            path = Path(name)
        with Path(path).open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["line", "reason"])
            for problem in self.report.skipped:
                writer.writerow([problem.line, problem.reason])
