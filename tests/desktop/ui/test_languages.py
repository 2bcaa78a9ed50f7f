"""Languages: the German translation covers every sentence lupdate finds (the test names the missing ones), the
screens of the first run show nothing that bypasses the translator (a "shouting" translator upper-cases every
sentence of every context: a lower-case word left on screen was never translated), plurals come through
``%n``, dates and numbers follow the chosen language, and ``klaros --lang de`` picks German for one run."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
    QWizardPage,
)

from klaros_desktop import secrets
from klaros_desktop.ui import i18n
from klaros_desktop.ui.backend import Backend

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "tools"))
import translations  # noqa: E402 - tools/ is not a package

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|&(?=\w)")


class Shouting(QTranslator):
    """Every sentence of every context in upper case, placeholders and ``%n`` kept."""

    def translate(self, context, source, disambiguation=None, n=-1):
        if not source:
            return None
        parts = PLACEHOLDER.split(source)
        kept = PLACEHOLDER.findall(source)
        return "".join(p.upper() + (kept[i] if i < len(kept) else "") for i, p in enumerate(parts))

    def isEmpty(self):
        return False


@pytest.fixture
def shouting(qapp):
    translator = Shouting()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


# What is data, not a sentence: addresses, e-mail examples, Meta's permission names, ids, file names.
DATA = re.compile(r"https?://\S+|\S+@\S+|whatsapp_business_\w+|business_management|\b[0-9a-f]{32}\b|EAAG\S*"
                  r"|klaros\.sqlite3\S*")


def shown_texts(root: QWidget) -> list[str]:
    """Every sentence a widget tree shows: labels, buttons, group titles, placeholders, tabs, combo entries."""
    texts = [root.windowTitle()]
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, QLabel | QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        elif isinstance(w, QTabWidget):
            texts.extend(w.tabText(i) for i in range(w.count()))
        elif isinstance(w, QComboBox) and w.accessibleName() not in ("Default country", "DEFAULT COUNTRY"):
            texts.extend(w.itemText(i) for i in range(w.count()))
        elif isinstance(w, QWizardPage):
            texts.extend((w.title(), w.subTitle()))
    return [t for t in texts if t]


def untranslated(texts: list[str], allowed: set[str] = frozenset()) -> list[str]:
    left = []
    for text in texts:
        rest = DATA.sub("", text)
        for value in allowed:
            rest = rest.replace(value, "")
        if re.search(r"[a-zäöüß]", rest):
            left.append(text)
    return left


def test_the_first_run_screens_show_only_translated_sentences(qtbot, qapp, profile, sessions, shouting):
    from klaros_desktop.ui.settings_dialog import SettingsDialog
    from klaros_desktop.ui.setup_wizard import SetupWizard
    from klaros_desktop.ui.token_guide import TokenGuide

    store = secrets.SecretStore(str(profile.root))
    backend = Backend(profile, sessions, secret_store=store)
    wizard = SetupWizard(backend, store)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.relay_page.create_shop.setChecked(True)  # the sign-up path's own texts too
    wizard.meta_page.initializePage()
    texts = shown_texts(wizard)  # every page is the wizard's child from the start
    guide = TokenGuide()
    qtbot.addWidget(guide)
    for step in range(5):
        guide.show_step(step)
        texts += shown_texts(guide)
    dialog = SettingsDialog(backend)
    qtbot.addWidget(dialog)
    dialog.advanced.setChecked(True)
    texts += shown_texts(dialog)

    assert untranslated(texts, {*i18n.LANGUAGES.values(), "klaros"}) == []  # each language's own name


def test_the_untranslated_check_names_what_it_finds():
    assert untranslated(["VERBINDUNG TESTEN", "Test connection", "RELAY https://relay.example.com"]) == [
        "Test connection"]


@pytest.mark.parametrize("language", sorted(set(i18n.LANGUAGES) - {"en"}))
def test_every_sentence_of_the_code_is_translated(tmp_path, language):
    """lupdate over today's code into a copy of klaros_<language>.ts: every sentence must have a finished
    translation. A failure lists them (context, then the English sentence); ``python tools/translations.py``
    refreshes the .ts and .qm, ``--missing de`` prints the same list."""
    copy = tmp_path / f"klaros_{language}.ts"
    shutil.copy(ROOT / "resources" / "i18n" / f"klaros_{language}.ts", copy)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():  # Windows
        lupdate = lupdate.with_suffix(".exe")
    subprocess.run([str(lupdate), *translations.sources(), "-locations", "none", "-ts", str(copy)], cwd=ROOT,
                   check=True, capture_output=True)
    gaps = translations.missing(copy)
    assert not gaps, f"{len(gaps)} sentences have no {language} translation:\n" + "\n".join(
        f"  [{context}] {source}" for context, source in gaps)


@pytest.mark.parametrize("language", sorted(i18n.LANGUAGES))  # klaros_en: the English plural forms
def test_the_compiled_translation_matches_its_source(language):
    ts, qm = (ROOT / "resources" / "i18n" / f"klaros_{language}.{ext}" for ext in ("ts", "qm"))
    assert qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime - 5, "run python tools/translations.py"


@pytest.fixture
def german(qapp):
    previous = QLocale()
    i18n.use_language(qapp, "de")
    yield
    while i18n._installed:  # back to how the other tests find the application: no translation, same locale
        qapp.removeTranslator(i18n._installed.pop())
    QLocale.setDefault(previous)


@pytest.fixture
def speak(qapp):
    """``speak(code)``: that language's translations and locale, as Settings' choice would install them."""
    previous = QLocale()
    yield lambda code: i18n.use_language(qapp, code)
    while i18n._installed:
        qapp.removeTranslator(i18n._installed.pop())
    QLocale.setDefault(previous)


@pytest.mark.parametrize("language", sorted(set(i18n.LANGUAGES) - {"en"}))
def test_each_language_of_settings_loads_its_own_translation(speak, language):
    """A regional code (pt_BR) finds klaros_pt_BR.qm, not a fallback, and becomes the default locale."""
    speak(language)
    assert any(Path(t.filePath()).name == f"klaros_{language}.qm" for t in i18n._installed)
    assert QLocale().name().startswith(language)


def test_brazilian_plurals_and_numbers(speak):
    speak("pt_BR")
    translate = QCoreApplication.translate
    assert translate("MainWindow", "%n new WhatsApp message(s)", "", 1) == "1 nova mensagem do WhatsApp"
    assert translate("MainWindow", "%n new WhatsApp message(s)", "", 3) == "3 novas mensagens do WhatsApp"
    assert i18n.percent(0.35) == "35%"  # no space in Brazil
    assert i18n.number(1234.5, 2) == "1.234,50"


def test_german_screens_plurals_dates_and_numbers(qtbot, qapp, profile, sessions, german):
    from klaros_desktop.ui.setup_wizard import SetupWizard

    store = secrets.SecretStore(str(profile.root))
    wizard = SetupWizard(Backend(profile, sessions, secret_store=store), store)
    qtbot.addWidget(wizard)
    assert wizard.windowTitle() == "Klaros einrichten"
    assert wizard.relay_page.bar.names == ["Ihr Relay", "WhatsApp-Business-Konto", "Prüfen und abschließen"]
    translate = QCoreApplication.translate
    assert translate("MainWindow", "%n new WhatsApp message(s)", "", 1) == "1 neue WhatsApp-Nachricht"
    assert translate("MainWindow", "%n new WhatsApp message(s)", "", 3) == "3 neue WhatsApp-Nachrichten"
    assert i18n.local_date(datetime(2026, 3, 5, 12, 0, tzinfo=UTC), "d. MMMM yyyy") == "5. März 2026"
    assert QLocale().toString(1234.5, "f", 2) == "1.234,50"
    assert QLocale().toCurrencyString(12.5) == "12,50\u00a0€"


@pytest.mark.parametrize(("option", "locale"), [("de", "de_DE"), ("pt_BR", "pt_BR")])
def test_lang_option_picks_the_language_for_one_run(tmp_path, monkeypatch, capsys, option, locale):
    from klaros_desktop import cli

    monkeypatch.setenv(i18n.LANG_ENV, "")
    assert cli.main(["--lang", option, "--data-dir", str(tmp_path / "p"), "status"]) in (0, 1)
    assert i18n.chosen_locale("en").name() == locale  # over the profile's choice


def test_turkish_plural_percent_and_confirmation_word(qapp):
    """Turkish has one plural form (the noun stays singular after a number), puts the percent sign first, and
    the word typed to confirm an erasure must survive case folding (no dotted or dotless i)."""
    previous = QLocale()
    i18n.use_language(qapp, "tr")
    try:
        translate = QCoreApplication.translate
        assert translate("MainWindow", "%n new WhatsApp message(s)", "", 1) == "1 yeni WhatsApp mesajı"
        assert translate("MainWindow", "%n new WhatsApp message(s)", "", 3) == "3 yeni WhatsApp mesajı"
        assert i18n.percent(0.35) == "%35"
        word = translate("EraseContactDialog", "ERASE")
        assert word != "ERASE"
        assert not set("İıIi") & set(word)
    finally:
        while i18n._installed:
            qapp.removeTranslator(i18n._installed.pop())
        QLocale.setDefault(previous)


@pytest.mark.parametrize(("system", "screen"), [
    ("pt_PT", "pt_BR"), ("pt_AO", "pt_BR"), ("pt_BR", "pt_BR"), ("de_AT", "de"), ("de_CH", "de"), ("es_MX", "es"),
    ("fr_CA", "fr"), ("it_CH", "it"), ("tr_CY", "tr"), ("en_GB", "en"), ("ja_JP", "en"), ("nl_NL", "en"),
])
def test_a_system_language_of_another_region_gets_its_languages_screens(speak, system, screen):
    """Klaros speaks one Portuguese (Brazil's): Portugal gets it rather than English; likewise any region of a
    language Klaros speaks. Dates and numbers keep the system region's own format."""
    assert i18n.screen_language(QLocale(system)) == screen
    speak(system)
    assert QLocale().name() == system
    ours = {Path(t.filePath()).name for t in i18n._installed if Path(t.filePath()).name.startswith("klaros_")}
    assert ours == {"klaros_en.qm", f"klaros_{screen}.qm"}  # English plural forms under every language


def test_portugal_reads_brazilian_portuguese_with_names_in_portuguese(speak):
    speak("pt_PT")
    translate = QCoreApplication.translate
    assert translate("MainWindow", "%n new WhatsApp message(s)", "", 1) == "1 nova mensagem do WhatsApp"
    assert translate("MainWindow", "%n new WhatsApp message(s)", "", 3) == "3 novas mensagens do WhatsApp"
    assert i18n.country("DE") == "Alemanha"
    assert i18n.language("de") == "Alemão"
