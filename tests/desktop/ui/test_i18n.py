"""``klaros_desktop.phrases.Phrase`` and ``ui.i18n.render``: English as a str below the UI, translated on screen; and a
real .qm dropped into ``resources/i18n/`` is loaded for the system's language."""

from __future__ import annotations

import pickle
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from klaros_desktop.phrases import QT_TRANSLATE_NOOP, LocalTime, reason_of
from klaros_desktop.ui import i18n
from klaros_desktop.ui.delegates import day_label, short_time
from klaros_desktop.ui.i18n import render

WHEN = datetime(2025, 11, 23, 13, 5, tzinfo=UTC)


class Dictionary(QTranslator):
    """A translator from a dict {(context, source): translation}."""

    def __init__(self, entries: dict[tuple[str, str], str]):
        super().__init__()
        self.entries = entries

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.entries.get((context, source))

    def isEmpty(self):
        return False


@pytest.fixture
def install(qapp):
    installed = []

    def _install(translator):
        QCoreApplication.installTranslator(translator)
        installed.append(translator)

    yield _install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


def test_a_phrase_is_its_english_sentence():
    when = QT_TRANSLATE_NOOP("Compose", "today at {clock}").format(clock=LocalTime(WHEN, "clock"))
    phrase = QT_TRANSLATE_NOOP("Policy", "{who} opted out on {at} ({how}); {when}.").format(
        who="Anna", at=WHEN, how=QT_TRANSLATE_NOOP("Compose", "with a button"), when=when)
    clock = WHEN.astimezone().strftime("%H:%M")
    assert phrase == f"Anna opted out on 2025-11-23 13:05 UTC (with a button); today at {clock}."
    assert isinstance(phrase, str) and phrase.context == "Policy" and phrase.args["who"] == "Anna"
    assert f"{phrase}" == str(phrase) and phrase.upper().startswith("ANNA")


def test_phrases_survive_pickling_and_exceptions():
    """Import workers hand reasons back pickled; exceptions carry them to the screen."""
    phrase = QT_TRANSLATE_NOOP("Phones", "{number!r} is not a valid phone number in {region}").format(
        number="0151", region="DE")
    back = pickle.loads(pickle.dumps(phrase))
    assert back == phrase == "'0151' is not a valid phone number in DE"
    assert (back.context, back.source, back.args) == (phrase.context, phrase.source, phrase.args)
    error = ValueError(phrase)
    assert reason_of(error) is phrase and type(str(error)) is str
    assert reason_of(ValueError("plain")) == "plain" and reason_of(KeyError()) == "KeyError"
    with pytest.raises(TypeError):
        phrase.format("positional")


def test_render_translates_templates_and_nested_arguments(install):
    install(Dictionary({
        ("Policy", "{who} opted out {when}."): "{who} hat sich {when} abgemeldet.",
        ("Compose", "yesterday at {clock}"): "gestern um {clock}",
    }))
    when = QT_TRANSLATE_NOOP("Compose", "yesterday at {clock}").format(clock=LocalTime(WHEN, "clock"))
    phrase = QT_TRANSLATE_NOOP("Policy", "{who} opted out {when}.").format(who="Anna", when=when)
    clock = WHEN.astimezone().strftime("%H:%M")
    assert render(phrase) == f"Anna hat sich gestern um {clock} abgemeldet."
    assert render(ValueError(phrase)) == render(phrase)
    assert phrase == f"Anna opted out yesterday at {clock}."  # the English value is untouched
    assert render("plain text") == "plain text" and render(None) == ""


def test_render_falls_back_to_english_when_a_translation_breaks_its_placeholders(install):
    install(Dictionary({("Policy", "{who} has no phone number to send to."): "{wer} hat keine Nummer."}))
    phrase = QT_TRANSLATE_NOOP("Policy", "{who} has no phone number to send to.").format(who="Anna")
    assert render(phrase) == "Anna has no phone number to send to."


def test_times_follow_the_readers_locale(qapp):
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        day = render(QT_TRANSLATE_NOOP("Compose", "on {day} at {clock}").format(
            day=LocalTime(WHEN, "day"), clock=LocalTime(WHEN, "clock")))
        stamp = render(QT_TRANSLATE_NOOP("Policy", "closed at {at}").format(at=WHEN))
        chip = day_label(WHEN - timedelta(days=30), WHEN)
        short = short_time(WHEN - timedelta(days=3), WHEN)
    finally:
        QLocale.setDefault(previous)
    local = WHEN.astimezone()
    german = QLocale(QLocale.Language.German)

    def weekday(at: datetime) -> str:
        return german.dayName(at.isoweekday(), QLocale.FormatType.ShortFormat)  # "So.", "Do."

    assert day == f"on {weekday(local)}, {local.day}. Nov. at {local:%H:%M}"  # German names and order, 24 h
    assert stamp == f"closed at {local.day}. Nov. 2025, {local:%H:%M}"  # CLDR joins date and time with a comma
    assert chip == f"{(local - timedelta(days=30)).day}. Oktober 2025"  # the thread's day chip
    assert short == weekday(local - timedelta(days=3))  # the chat list's time column


def test_command_line_hints_read_the_screens_way():
    hint = QT_TRANSLATE_NOOP("Phones", "{number!r} has no country code; write it with + or {fix}").format(
        number="0151", fix=QT_TRANSLATE_NOOP("CommandLine", "use --region"))
    assert hint.endswith("or use --region")
    assert render(hint) == "'0151' has no country code; write it with + or set the default country in Settings"


def _qm(tmp_path: Path, language: str, entries: dict[tuple[str, str], str]) -> None:
    """Write klaros_<language>.qm with Qt's own tools, as a translator would (Linguist saves the .ts)."""
    contexts: dict[str, list[str]] = {}
    for (context, source), text in entries.items():
        contexts.setdefault(context, []).append(
            f"<message><source>{escape(source)}</source><translation>{escape(text)}</translation></message>")
    ts = tmp_path / f"klaros_{language}.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                  f'<TS version="2.1" language="{language}">'
                  + "".join(f"<context><name>{c}</name>{''.join(m)}</context>" for c, m in contexts.items())
                  + "</TS>", encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():  # Windows
        lrelease = lrelease.with_suffix(".exe")
    subprocess.run([str(lrelease), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True, capture_output=True)


def test_a_dropped_in_qm_file_is_loaded_for_the_system_language(qapp, tmp_path, monkeypatch):
    _qm(tmp_path, "de", {("Setup", "This profile is not paired with a relay yet; {fix}."):
                         "Dieses Profil ist noch mit keinem Relay gekoppelt; {fix}."})
    monkeypatch.setattr(i18n, "resource_path", lambda *parts: tmp_path.joinpath(*parts[1:]))
    installed = i18n.install_translators(qapp, QLocale(QLocale.Language.German, QLocale.Country.Austria))
    try:
        phrase = QT_TRANSLATE_NOOP("Setup", "This profile is not paired with a relay yet; {fix}.").format(fix="x")
        assert render(phrase) == "Dieses Profil ist noch mit keinem Relay gekoppelt; x."
        assert any(t.filePath().endswith("klaros_de.qm") for t in installed)
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
    assert render(phrase) == "This profile is not paired with a relay yet; x."
    others = i18n.install_translators(qapp, QLocale(QLocale.Language.Japanese))  # no klaros_ja.qm: English
    for translator in others:
        QCoreApplication.removeTranslator(translator)
    assert not any("klaros_" in t.filePath() for t in others)


@pytest.mark.parametrize(("name", "medium", "short"), [
    ("de_DE", "1. Aug. 2026", "01.08.26"), ("en_US", "Aug 1, 2026", "8/1/26"), ("en_GB", "1 Aug 2026", "01/08/2026"),
    ("pt_BR", "1 de ago. de 2026", "01/08/2026"), ("fr_FR", "1 août 2026", "01/08/2026"),
    ("es_ES", "1 ago 2026", "1/8/26"),
])
def test_dates_are_written_in_each_languages_own_order(qapp, name, medium, short):
    from klaros_desktop.ui import i18n

    at = datetime(2026, 8, 1, 12, 0, tzinfo=UTC)
    previous = QLocale()
    QLocale.setDefault(QLocale(name))
    try:
        assert i18n.local_date(at, "d MMM yyyy") == medium
        assert i18n.day(at.date()) == medium
        assert i18n.short_date(at) == short
    finally:
        QLocale.setDefault(previous)
