"""Showing service-built sentences in the reader's language, and loading the translations at start-up.

``render`` turns a ``klaros_desktop.phrases.Phrase`` into ``QCoreApplication.translate(context, source)`` filled
with its arguments, themselves rendered (nested phrases, times through ``QLocale``); a plain ``str`` is
shown as it is. Service sentences that name a command-line option for the CLI (``use --region``) point to
the screen's place for it instead (``ON_SCREEN``). ``install_translators`` loads ``klaros_<lang>.qm`` from
``resources/i18n/`` and Qt's own ``qtbase_<lang>.qm`` for the system locale; see docs/translating.md.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from klaros_desktop.paths import resource_path
from klaros_desktop.phrases import LocalTime, Phrase

log = logging.getLogger(__name__)

CONTEXT = "Screen"

# Hints written for the command line (context "CommandLine" in services), said the screen's way.
ON_SCREEN = {
    "use --region": QT_TRANSLATE_NOOP("Screen", "set the default country in Settings"),
    "save it again as UTF-8 or name the encoding with --encoding": QT_TRANSLATE_NOOP(
        "Screen", "save it again from the other program as UTF-8 and import that file"),
    "run `klaros pair --relay URL --code CODE`": QT_TRANSLATE_NOOP(
        "Screen", "pair it with “Set up connection…” in the File menu"),
    "run `klaros connect --phone-number-id ID --waba-id ID`": QT_TRANSLATE_NOOP(
        "Screen", "connect it with “Set up connection…” in the File menu"),
}

_QT_FORMATS = {"clock": "HH:mm", "day": "ddd d MMM", "date": "d MMM yyyy"}


def _qt_time(at: datetime) -> QDateTime:
    """The moment in local time (stored times are UTC; a naive one is UTC too)."""
    return QDateTime.fromSecsSinceEpoch(int((at if at.tzinfo else at.replace(tzinfo=UTC)).timestamp()))


def local_date(at: datetime, pattern: str) -> str:
    """``at`` in local time as a QDateTime ``pattern`` (``dddd``, ``d MMM``...), names in the reader's language."""
    return QLocale().toString(_qt_time(at), pattern)


def _argument(value: object) -> object:
    if isinstance(value, Phrase):
        return render(value)
    if isinstance(value, LocalTime):
        return local_date(value.at, _QT_FORMATS[value.style])
    if isinstance(value, datetime):
        return local_date(value, "d MMM yyyy HH:mm")
    return value


def render(value: object) -> str:
    """What the screen shows for ``value``: a Phrase translated and filled; an exception's Phrase or text."""
    if isinstance(value, BaseException):
        first = value.args[0] if value.args else None
        return render(first) if isinstance(first, Phrase) else (str(value) or type(value).__name__)
    if not isinstance(value, Phrase):
        return "" if value is None else str(value)
    if value.context == "CommandLine" and value.source in ON_SCREEN:
        return QCoreApplication.translate(CONTEXT, ON_SCREEN[value.source])
    template = QCoreApplication.translate(value.context, value.source)
    if not value.args:
        return template
    try:
        return template.format(**{k: _argument(v) for k, v in value.args.items()})
    except (KeyError, IndexError, ValueError):  # a translation with broken placeholders: show English
        log.warning("translation of %r in %s has broken placeholders", value.source, value.context)
        return str(value)


def capitalised(text: str) -> str:
    """A reason that starts lower-case (it also ends log lines) as the start of a sentence on screen."""
    return text[:1].upper() + text[1:]


# The languages Klaros speaks completely (Settings offers them); the names are each language's own.
LANGUAGES = {"en": "English", "de": "Deutsch", "es": "Español"}
LANG_ENV = "KLAROS_LANG"  # ``klaros --lang de ...``: this run's language, over the profile's choice
_installed: list[QTranslator] = []


def chosen_locale(language: str | None = None) -> QLocale:
    """The locale for the screens: ``KLAROS_LANG`` (one run), else ``language`` (the profile's), else the system's."""
    import os

    name = os.environ.get(LANG_ENV) or language
    return QLocale(name) if name else QLocale.system()


def use_language(app: QCoreApplication, language: str | None) -> QLocale:
    """Switch the translations and the default locale (dates, numbers, currency) to ``language`` (None: the
    system's), unless this run's ``--lang`` chose already. Call before the windows are built: built widgets keep
    their texts."""
    locale = chosen_locale(language)
    QLocale.setDefault(locale)
    install_translators(app, locale)
    return locale


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Install Klaros's and Qt's translations for ``locale`` (default: ``chosen_locale()``: ``--lang`` or the
    system's) in place of the ones installed before; missing translations are skipped (English shows).
    ``use_language`` also makes it the default locale, for dates, numbers and currency."""
    locale = locale or chosen_locale()
    while _installed:
        app.removeTranslator(_installed.pop())
    installed = []
    for name, folder in (("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                         ("klaros", str(resource_path("i18n")))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder) and app.installTranslator(translator):
            installed.append(translator)
            log.info("translation %s loaded from %s", translator.filePath(), folder)
    _installed.extend(installed)
    return installed
