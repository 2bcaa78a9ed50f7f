"""English plural forms come from Qt's own translation file, ``resources/i18n/klaros_en.ts`` (made with lupdate's
``-pluralonly``: the counted sentences only), so "1 contact" and "2 contacts" are looked up in C++ like every
other language's; every ``%n`` sentence of the code has both English forms, and the singular is singular."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from klaros_desktop.ui import i18n

ROOT = Path(__file__).resolve().parents[3]
ENGLISH_TS = ROOT / "resources" / "i18n" / "klaros_en.ts"
sys.path.insert(0, str(ROOT / "tools"))
import translations  # noqa: E402 - tools/ is not a package

# English words whose plural is not the singular with -s, -es or -y to -ies
IRREGULAR = {"person": "people", "child": "children", "is": "are", "was": "were", "has": "have", "this": "these",
             "that": "those", "it": "they", "its": "their"}


def _lupdate() -> str:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    return str(lupdate if lupdate.exists() else lupdate.with_suffix(".exe"))  # .exe: Windows


def counted_sentences(ts: Path) -> list[tuple[str, str]]:
    """``(context, source)`` of every current ``%n`` sentence of a .ts file."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") == "yes" and (translation is None or translation.get("type") not in (
                    "obsolete", "vanished")):
                found.append((context.findtext("name") or "", message.findtext("source") or ""))
    return found


@pytest.fixture
def english(qapp):
    previous = QLocale()
    i18n.use_language(qapp, "en")
    yield
    while i18n._installed:
        qapp.removeTranslator(i18n._installed.pop())
    QLocale.setDefault(previous)


def test_every_counted_sentence_of_the_code_has_english_plural_forms(tmp_path):
    """lupdate -pluralonly over today's code into a copy of klaros_en.ts: each ``%n`` sentence needs its English
    forms (``python tools/translations.py`` adds new ones; ``--missing en`` lists them)."""
    copy = tmp_path / "klaros_en.ts"
    shutil.copy(ENGLISH_TS, copy)
    subprocess.run([_lupdate(), *translations.sources(), "-pluralonly", "-locations", "none", "-ts", str(copy)],
                   cwd=ROOT, check=True, capture_output=True)
    counted = counted_sentences(copy)
    assert ("ContactsPage", "%n contacts written to {file}") in counted
    gaps = translations.missing(copy)
    assert not gaps, "no English plural forms for:\n" + "\n".join(f"  [{c}] {s}" for c, s in gaps)
    root = ET.parse(copy).getroot()
    assert not [m for m in root.iter("message") if m.get("numerus") != "yes"], "klaros_en.ts holds plurals only"


def _is_plural_of(singular: str, plural: str) -> bool:
    word, many = singular.lower(), plural.lower()
    return (IRREGULAR.get(word) == many or many in (word + "s", word + "es")
            or (word.endswith("y") and many == word[:-1] + "ies"))


def singular_mistakes(one: str, two: str) -> list[str]:
    """What is wrong with the English forms for 1 and 2: "(s)" left in, the same text for both, a word that
    is not the singular of the word in its place for 2 (a "1 contacts" swapped the forms or forgot one)."""
    if "(s)" in one or "(s)" in two:
        return [f"(s) in {one!r} / {two!r}"]
    words_one, words_two = re.findall(r"[\w’']+|\S", one), re.findall(r"[\w’']+|\S", two)
    if len(words_one) != len(words_two):
        return [f"{one!r} and {two!r} differ in more than the number of their words"]
    changed = [(a, b) for a, b in zip(words_one, words_two, strict=True) if a != b and (a, b) != ("1", "2")]
    if not changed:
        return [f"{one!r} reads the same for 1 as for 2"]
    return [f"{a!r} in {one!r} is not the singular of {b!r}" for a, b in changed if not _is_plural_of(a, b)]


def test_the_singular_check_finds_what_it_is_for():
    assert singular_mistakes("1 contact written", "2 contacts written") == []
    assert singular_mistakes("It happened 1 more time since.", "It happened 2 more times since.") == []
    assert singular_mistakes("1 reply", "2 replies") == []
    assert singular_mistakes("1 contacts written", "2 contacts written")
    assert singular_mistakes("1 contacts written", "2 contact written")
    assert singular_mistakes("1 campaign(s)", "2 campaign(s)")
    assert singular_mistakes("A spreadsheet with 1 columns", "A spreadsheet with 2 columns")


def test_english_counts_read_right_for_one_and_for_more(english):
    """Every counted sentence, as an English screen shows it for 1 and for 2, through the installed
    translators: Qt's own (no Python translator on the path of every ``tr()``)."""
    assert i18n._installed and all(type(t) is QTranslator for t in i18n._installed)
    assert any(Path(t.filePath()).name == "klaros_en.qm" for t in i18n._installed)
    translate = QCoreApplication.translate
    assert translate("ContactsPage", "%n contacts written to {file}", "", 1) == "1 contact written to {file}"
    mistakes = []
    for context, source in counted_sentences(ENGLISH_TS):
        mistakes += singular_mistakes(translate(context, source, "", 1), translate(context, source, "", 2))
    assert mistakes == []


def test_a_language_without_a_counted_sentence_shows_the_english_forms(qapp, tmp_path, monkeypatch):
    """A new ``%n`` sentence not yet translated reads "1 contact", not "1 contacts", on any screen: klaros_en.qm is
    installed under every language's own."""
    shutil.copy(ROOT / "resources" / "i18n" / "klaros_en.qm", tmp_path / "klaros_en.qm")
    monkeypatch.setattr(i18n, "resource_path", lambda *parts: tmp_path.joinpath(*parts[1:]))
    previous = QLocale()
    installed = i18n.install_translators(qapp, QLocale("de_DE"))
    try:
        assert QCoreApplication.translate("ContactsPage", "%n contacts written to {file}", "", 1) == (
            "1 contact written to {file}")
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        i18n._installed.clear()
        QLocale.setDefault(previous)
