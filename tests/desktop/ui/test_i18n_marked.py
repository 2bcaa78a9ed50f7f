"""Every sentence the UI can show is marked for Qt's lupdate, and lupdate finds them all (issue 7).

Below the UI, sentences are ``klaros_desktop.phrases.QT_TRANSLATE_NOOP("Context", "literal").format(...)``;
the places that hand a sentence to the screen (refusals, row problems, check results, the exceptions the UI
shows) must never get a bare string. In the UI, no widget text is a literal outside ``tr()``.
"""

from __future__ import annotations

import ast
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
DESKTOP = ROOT / "klaros_desktop"
BELOW_UI = [p for part in ("services", "commands", "graph", "relay_client", "secrets")
            for p in sorted((DESKTOP / part).rglob("*.py"))]

# Where a sentence leaves a service for the screen: callee name -> index of the sentence argument.
SINKS = {"_refuse": 1, "RowProblem": 1, "CheckResult": 2, "ContactError": 0, "ImportFileError": 0,
         "InsecureRelayAddress": 0,
         "InvalidNumber": 0, "NotConfigured": 0, "RelayError": 0, "NoSecureKeyring": 0, "ErasureError": 0,
         "CampaignRefused": 0, "VariableError": 0}


def _tree(path: Path) -> ast.AST:
    return ast.parse(path.read_text(encoding="utf-8"))


def _name(call: ast.Call) -> str | None:
    return call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", None)


def _marks(path: Path) -> list[ast.Call]:
    return [n for n in ast.walk(_tree(path)) if isinstance(n, ast.Call) and _name(n) == "QT_TRANSLATE_NOOP"]


def _literal(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _bare_sentence(node: ast.AST) -> bool:
    """A string built here without a mark: a literal, an f-string, a concatenation, str(...) or "...".format()."""
    if _literal(node) or isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _bare_sentence(node.left) or _bare_sentence(node.right)
    if isinstance(node, ast.IfExp):
        return _bare_sentence(node.body) or _bare_sentence(node.orelse)
    if isinstance(node, ast.Call):
        if isinstance(node.func, ast.Name) and node.func.id == "str":
            return True
        if isinstance(node.func, ast.Attribute) and node.func.attr == "format":
            return _literal(node.func.value)
    return False


def test_every_mark_is_two_literals_with_named_placeholders():
    problems = []
    for path in sorted(DESKTOP.rglob("*.py")):
        for call in _marks(path):
            where = f"{path.relative_to(ROOT)}:{call.lineno}"
            if len(call.args) != 2 or call.keywords or not all(_literal(a) for a in call.args):
                problems.append(f"{where}: QT_TRANSLATE_NOOP needs two string literals (lupdate reads only those)")
                continue
            if path.is_relative_to(DESKTOP / "ui"):
                continue  # Qt's own QT_TRANSLATE_NOOP: filled by the widget's code
            for _text, field, _spec, _conv in string.Formatter().parse(call.args[1].value):
                if field is not None and not field.isidentifier():
                    problems.append(f"{where}: placeholder {{{field}}} must be a name, so translators can move it")
    assert problems == []


def test_services_hand_the_screen_only_marked_sentences():
    problems = []
    for path in BELOW_UI:
        for node in ast.walk(_tree(path)):
            at = SINKS.get(_name(node)) if isinstance(node, ast.Call) else None
            if at is not None and len(node.args) > at and _bare_sentence(node.args[at]):
                problems.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(node)[:90]}")
    assert problems == []


def test_the_scan_recognises_bare_sentences():
    bare = ['RowProblem(1, "x")', 'RowProblem(1, f"line {n}")', 'RowProblem(1, "a" + b)', 'RowProblem(1, str(e))',
            'RowProblem(1, "line {n}".format(n=n))', 'RowProblem(1, "a" if x else Y)']
    marked = ['RowProblem(1, QT_TRANSLATE_NOOP("Import", "line {n}").format(n=n))', "RowProblem(1, ERASED)",
              "RowProblem(1, reason_of(exc))"]
    assert [_bare_sentence(ast.parse(c).body[0].value.args[1]) for c in bare + marked] == [True] * 6 + [False] * 3


def _lupdate(tmp_path: Path) -> set[tuple[str, str]]:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():  # Windows
        lupdate = lupdate.with_suffix(".exe")
    ts = tmp_path / "klaros_xx.ts"
    files = [str(p) for p in sorted(DESKTOP.rglob("*.py"))]
    subprocess.run([str(lupdate), *files, "-ts", str(ts)], check=True, capture_output=True)
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        found.update((name, m.findtext("source")) for m in context.iter("message"))
    return found


def test_lupdate_collects_every_marked_sentence(tmp_path):
    marked = {(c.args[0].value, c.args[1].value) for path in sorted(DESKTOP.rglob("*.py")) for c in _marks(path)}
    assert len(marked) > 100
    collected = _lupdate(tmp_path)
    assert marked - collected == set()
    assert ("Policy", "{who} has no phone number to send to.") in collected
    assert ("GraphErrors", "Not delivered: {reason} (Meta error {code})") in collected


# ---------------------------------------------------------------- the UI's own literals
SETTERS = {"setText", "setToolTip", "setPlaceholderText", "setWindowTitle", "setAccessibleName", "setStatusTip",
           "setAccessibleDescription", "setWhatsThis", "setTitle", "setSubTitle", "setButtonText", "addItem",
           "addItems", "addTab", "addRow", "addMenu", "setHorizontalHeaderLabels", "showMessage", "drawText",
           "QLabel", "QPushButton", "QAction", "QCheckBox", "QGroupBox", "QRadioButton", "QToolButton", "QMenu",
           "QTableWidgetItem", "QListWidgetItem", "information", "warning", "critical", "question"}
SAMPLE_DATA = {"https://relay.blumen-becker.de", "K7Q4-MX2P", "EAAGm0PX4ZCpsBAKZA0ZCj2x"}  # screenshots' form input


def _words(node: ast.AST) -> bool:
    if _literal(node):
        return node.value not in SAMPLE_DATA and any(c.isalpha() for c in node.value)
    if isinstance(node, ast.JoinedStr):
        return any(_words(v) for v in node.values if _literal(v))
    if isinstance(node, ast.BinOp):
        return _words(node.left) or _words(node.right)
    if isinstance(node, ast.List | ast.Tuple):
        return any(_words(e) for e in node.elts)
    return False


def test_no_widget_text_is_a_literal_outside_tr():
    problems = []
    for path in sorted((DESKTOP / "ui").glob("*.py")):
        for node in ast.walk(_tree(path)):
            if not (isinstance(node, ast.Call) and _name(node) in SETTERS):
                continue
            if isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name) \
                    and node.func.value.id == "log":
                continue  # log lines stay English
            if any(_words(a) for a in node.args[:3]):
                problems.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(node)[:90]}")
    assert problems == []


# ---------------------------------------------------------------- at run time
@pytest.fixture
def importer(tmp_path):
    from klaros_desktop import db
    from klaros_desktop.paths import Profile
    from klaros_desktop.services.dataio.contacts_import import ContactsImporter

    engine, sessions = db.open_database(Profile(tmp_path / "profile"))
    yield ContactsImporter(sessions, actor="test")
    engine.dispose()


def test_every_skipped_row_of_a_messy_file_has_a_translatable_reason(importer, tmp_path):
    from klaros_desktop.phrases import Phrase

    csv_file = tmp_path / "messy.csv"
    csv_file.write_bytes(b"Name;Phone;Consent\nA;+49 151 23456789;yes\nB;12;\nC;0151 2345678;\nD;+49 160 9876543;"
                         b"vielleicht\nE;+49 170 1234567;yes;extra\nF;\"+49 171 1234567;\n")
    vcard = tmp_path / "cards.vcf"
    vcard.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:G\nTEL:+49 152 1234567\nBEGIN:VCARD\nVERSION:3.0\nFN:H\n"
                     "TEL:+49 153 1234567\nEND:VCARD\n", encoding="utf-8")
    reasons = [p.reason for path in (csv_file, vcard) for p in importer.import_file(path).skipped]
    assert len(reasons) >= 6
    assert all(isinstance(r, Phrase) for r in reasons), [r for r in reasons if not isinstance(r, Phrase)]


def test_every_command_line_hint_has_the_screens_wording():
    """A hint naming a ``klaros`` option (context CommandLine) must be replaced on screen; a reworded hint
    without its ``ui.i18n.ON_SCREEN`` entry would show the option to someone who cannot type it."""
    from klaros_desktop.ui.i18n import ON_SCREEN

    hints = {c.args[1].value for path in BELOW_UI for c in _marks(path) if c.args[0].value == "CommandLine"}
    assert hints and hints == set(ON_SCREEN)


def test_lupdate_puts_every_sentence_in_a_named_context(tmp_path):
    """A module-level ``tr("…")`` (a tr passed in as an argument, or ``tr = QCoreApplication.translate``) lands in
    lupdate's empty context, or takes the context for the sentence; the screen then looks the sentence up under
    another context and shows it in English whatever the translators wrote."""
    nameless = sorted(source for context, source in _lupdate(tmp_path) if not context)
    assert nameless == [], f"write QCoreApplication.translate('Context', '…') or self.tr('…') for: {nameless!r}"


def test_no_translated_literal_hides_inside_an_f_string():
    """lupdate reads no code inside an f-string: ``f"<b>{self.tr('Left out')}</b>"`` is never collected."""
    hidden = []
    for path in sorted(DESKTOP.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                for call in (n for v in node.values for n in ast.walk(v) if isinstance(n, ast.Call)):
                    name = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
                    if name in ("tr", "translate") and any(_literal(a) for a in call.args):
                        hidden.append(f"{path.relative_to(DESKTOP.parent)}:{call.lineno}")
    assert hidden == [], "take the tr() call out of the f-string (lupdate skips it): " + ", ".join(hidden)
