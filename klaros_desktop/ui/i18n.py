"""Showing service-built sentences in the reader's language, and loading the translations at start-up.

``render`` turns a ``klaros_desktop.phrases.Phrase`` into ``QCoreApplication.translate(context, source)`` filled
with its arguments, themselves rendered (nested phrases, times and numbers through ``QLocale``); a plain ``str``
is shown as it is. ``number``, ``percent``, ``money``, ``day``, ``clock`` and ``local_date`` are how every screen
writes numbers, dates and times: in the default locale (dates and clocks after CLDR's patterns for it), which
``use_language`` sets to the screen's language; ``country`` names a country in
the screen's language. Service sentences that name a command-line option for the CLI (``use --region``) point
to the screen's place for it instead (``ON_SCREEN``). ``install_translators`` loads ``klaros_<lang>.qm`` from
``resources/i18n/`` and Qt's own ``qtbase_<lang>.qm`` for the screen language of the chosen locale (``screen_language``:
``pt_PT`` reads ``pt_BR``, ``de_AT`` ``de``); see docs/translating.md.
"""

from __future__ import annotations

import functools
import logging
import re
from datetime import UTC, date, datetime
from decimal import Decimal

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from klaros_desktop.paths import resource_path
from klaros_desktop.phrases import NUMBER_SPEC, LocalTime, Number, Phrase

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
    "run the command again": QT_TRANSLATE_NOOP("Screen", "start Klaros again"),
}

_QT_FORMATS = {"clock": "HH:mm", "day": "ddd d MMM", "date": "d MMM yyyy"}


def _qt_time(at: datetime) -> QDateTime:
    """The moment in local time (stored times are UTC; a naive one is UTC too)."""
    return QDateTime.fromSecsSinceEpoch(int((at if at.tzinfo else at.replace(tzinfo=UTC)).timestamp()))


# How a screen asks for a date (the English way) and the CLDR skeleton that says it in the reader's language.
_SKELETONS = {"d MMM yyyy": "yMMMd", "d MMM": "MMMd", "ddd d MMM": "MMMEd", "d MMMM yyyy": "yMMMMd"}
_CLOCK = " HH:mm"


@functools.cache
def _date_patterns() -> dict[str, dict[str, str]]:
    """Date patterns by locale (``de``, ``en_GB``) and skeleton, from CLDR (``resources/i18n/date_patterns.json``,
    written by ``tools/language_names.py``): Qt has no format with a short named month (its medium is its long)."""
    return _cldr_table("date_patterns")


def _cldr_pattern(skeleton: str, locale: QLocale) -> str | None:
    """The locale's pattern for a CLDR ``skeleton``: its region's own (``en_GB``), else its language's."""
    table = _date_patterns()
    name = locale.name()
    for key in (name, name.split("_")[0]):
        if skeleton in table.get(key, {}):
            return table[key][skeleton]
    return None


def in_readers_order(pattern: str, locale: QLocale | None = None) -> str:
    """A date ``pattern`` written the English way (``d MMM yyyy``, ``ddd d MMM``, either with `` HH:mm``; or the
    clock ``HH:mm`` alone) in the order and with the marks the reader's locale uses, after CLDR: German
    ``d. MMM yyyy, HH:mm``, American ``MMM d, yyyy, h:mm Ap``, Portuguese ``d 'de' MMM 'de' yyyy``. Other patterns
    (``dddd``) as they are; without a table entry (the C locale), as they are too."""
    locale = locale or QLocale()
    time = _cldr_pattern("time", locale) or _CLOCK.strip()
    if pattern == _CLOCK.strip():
        return time
    date_part, clock = (pattern.removesuffix(_CLOCK), True) if pattern.endswith(_CLOCK) else (pattern, False)
    skeleton = _SKELETONS.get(date_part)
    found = _cldr_pattern(skeleton, locale) if skeleton else None
    if found is None:
        return pattern
    if not clock:
        return found
    glue = _cldr_pattern("datetime", locale) or "{1} {0}"
    return glue.replace("{1}", found).replace("{0}", time)


def local_date(at: datetime, pattern: str) -> str:
    """``at`` in local time as a QDateTime ``pattern`` (``dddd``, ``d MMM``...), names and order in the reader's
    language."""
    return QLocale().toString(_qt_time(at), in_readers_order(pattern))


def clock(at: datetime) -> str:
    """The time of day of ``at`` in local time, the reader's way (``14:05``, ``2:05 PM``, ``9:05``)."""
    return local_date(at, _CLOCK.strip())


def short_date(at: datetime | date) -> str:
    """A date in digits, the locale's own short way (``01.08.26``, ``8/1/26``, ``01/08/2026``)."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if isinstance(at, datetime):
        return QLocale().toString(_qt_time(at), pattern)
    return QLocale().toString(at, pattern)


def date_time_edit_format() -> str:
    """The display format for a date-and-time field: the locale's short date, four-digit year, 24-hour clock."""
    short = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in short:
        short = short.replace("yy", "yyyy")
    return f"{short} HH:mm"


def day(value: date | str) -> str:
    """A calendar day (a rate card's date, ISO text too) the way ``LocalTime``'s "date" style writes it."""
    return QLocale().toString(date.fromisoformat(value) if isinstance(value, str) else value,
                              in_readers_order(_QT_FORMATS["date"]))


def day_month(value: date) -> str:
    """A day without its year in the locale's own digits (``3/5``, ``5.3.``; CLDR's), for a chart's axis."""
    pattern = _cldr_pattern("Md", QLocale())
    if pattern is None:  # no table: the short date without its year
        pattern = re.sub(r"[^dM]*y+[^dM]*", "", QLocale().dateFormat(QLocale.FormatType.ShortFormat)) or "d.M"
    return QLocale().toString(value, pattern)


def month(value: date) -> str:
    """A month and its year, short (``Mar 26``, ``März 26``), for a chart's axis."""
    return QLocale().toString(value, "MMM yy")


def number(value: int | float | Decimal, places: int | None = None, *, grouped: bool = True) -> str:
    """``value`` in the screen's number format: a whole number as it is, else with ``places`` decimals (2 when
    not given). ``grouped=False`` leaves out the thousands separator, for a number put in a field to edit."""
    locale = QLocale()
    if not grouped:
        locale.setNumberOptions(locale.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
    if places is None and isinstance(value, int):
        return locale.toString(value)
    if places is None:
        places = 0 if float(value).is_integer() else 2
    return locale.toString(float(value), "f", places)


# Where the percent sign goes and what is between it and the number, after Unicode CLDR (Qt has the sign only).
_PERCENT = {"de": "{n}\u00a0%", "es": "{n}\u00a0%", "fr": "{n}\u202f%", "tr": "%{n}"}


def percent(fraction: float | Decimal, places: int = 0) -> str:
    """``fraction`` (0.48) as a percentage in the screen's format: ``48%``, German ``48 %``."""
    locale = QLocale()
    code = locale.name().split("_")[0]
    shown = locale.toString(float(fraction) * 100, "f", places)
    return _PERCENT.get(code, "{n}%").format(n=shown).replace("%", locale.percent())


def decimal_point() -> str:
    """The screen's decimal separator, for services that read amounts people type (``1.500`` or ``1,500``)."""
    return QLocale().decimalPoint()


def money(amount: Decimal | float | None, currency: str | None, places: int | None = None) -> str:
    """An amount and its currency code in the screen's number format; cents for a cent or more, else the rate's
    own precision (a rate of 0.0512 keeps its four places). None: a dash."""
    if amount is None:
        return "—"
    if places is None:
        places = 2 if amount >= 1 or amount == 0 or Decimal(str(amount)).as_tuple().exponent >= -2 else 4
    text = number(amount, places)
    return f"{text} {currency}" if currency else text


def _cldr_table(name: str) -> dict[str, dict[str, str]]:
    """A table of names by code and reader from ``resources/i18n/<name>.json`` (CLDR, written by
    ``tools/language_names.py``); empty, with a warning, when the file is missing."""
    import json

    try:
        document = json.loads(resource_path("i18n", f"{name}.json").read_text(encoding="utf-8"))
        return document["names"]
    except (OSError, ValueError, KeyError):
        log.warning("the table %s is missing; names are in English", name)
        return {}


@functools.cache
def _country_names() -> dict[str, dict[str, str]]:
    """Country names by region and reader, from current CLDR (phonenumbers' own table is years older: it still
    says Swasiland and Mazedonien)."""
    return _cldr_table("country_names")


def _names_of(region: str) -> dict[str, str]:
    return _country_names().get(region.upper(), {})


def country(region: str, language: str | None = None) -> str:
    """The country of a two-letter ``region`` named in ``language`` (default: the screen's), e.g. ``Frankreich``
    on a German screen. Qt names territories in English only, so the names come from CLDR (``_country_names``);
    the English name, then Qt's, then the code, when it has none."""
    names = _names_of(region)
    code = language or screen_language(QLocale())
    name = names.get(code) or names.get(code.split("_")[0]) or names.get("en")
    if name:
        return name
    territory = QLocale.codeToTerritory(region)
    return QLocale.territoryToString(territory) if territory != QLocale.Country.AnyTerritory else region


@functools.cache
def _language_names() -> dict[str, dict[str, str]]:
    """Language names by language code and reader, from CLDR."""
    return _cldr_table("language_names")


def language(code: str, reader: str | None = None, *, in_sentence: bool = False) -> str:
    """A template language code named in the screen's language: ``pt_BR`` is ``Portugiesisch (Brasilien)`` on
    a German screen, ``Portuguese (Brazil)`` on an English one; Qt's English name where the table has none,
    and the code itself when nobody knows it. A list entry starts with a capital (``Allemand (Allemagne)``);
    ``in_sentence`` keeps the case CLDR writes inside a sentence (French ``allemand``, German ``Deutsch``)."""
    base, _, region = code.partition("_")
    reader = reader or screen_language(QLocale())
    names = _language_names().get(base.lower(), {})
    name = names.get(reader) or names.get(reader.split("_")[0]) or names.get("en")
    if not name:
        locale = QLocale(code)
        if locale.language() == QLocale.Language.C:
            return code
        name = QLocale.languageToString(locale.language())
    if not in_sentence:
        name = name[:1].upper() + name[1:]
    return f"{name} ({country(region, reader)})" if region else name


def country_with_code(region: str) -> str:
    """``Deutschland (DE)``: the country in the screen's language and its code, for lists of markets."""
    name = country(region)
    return f"{name} ({region})" if name != region else region


def _number(value: Number) -> str:
    grouping, places, kind = NUMBER_SPEC.fullmatch(value.spec).groups()
    digits = int(places) if places is not None else None
    if kind == "%":
        return percent(value.value, digits or 0)
    if digits is None and kind == "f":
        digits = 6  # Python's default precision for "f"
    return number(value.value, digits, grouped=bool(grouping))


def _argument(value: object) -> object:
    if isinstance(value, Phrase):
        return render(value)
    if isinstance(value, LocalTime):
        return local_date(value.at, _QT_FORMATS[value.style])
    if isinstance(value, Number):
        return _number(value)
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
LANGUAGES = {"en": "English", "de": "Deutsch", "es": "Español", "fr": "Français", "it": "Italiano",
             "pt_BR": "Português (Brasil)", "tr": "Türkçe"}
LANG_ENV = "KLAROS_LANG"  # ``klaros --lang de ...``: this run's language, over the profile's choice
_installed: list[QTranslator] = []


def screen_language(locale: QLocale) -> str:
    """The one of ``LANGUAGES`` the screens speak for ``locale``: its own (``pt_BR``, ``de``), else its language
    in another region (Portugal reads Brazilian Portuguese, Austria German), else English."""
    name = locale.name()
    base = name.split("_")[0]
    if name in LANGUAGES:
        return name
    return base if base in LANGUAGES else next((code for code in LANGUAGES if code.split("_")[0] == base), "en")


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
    ``klaros_en.qm`` (English plural forms only: "1 contact", "2 contacts") is installed first, so Qt asks it
    last: on an English screen and for any counted sentence a language has not translated yet.
    ``use_language`` also makes it the default locale, for dates, numbers and currency."""
    locale = locale or chosen_locale()
    while _installed:
        app.removeTranslator(_installed.pop())
    installed = []
    screen = screen_language(locale)
    ours, qt = str(resource_path("i18n")), QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    files = [("klaros_en", ours)] if screen != "en" else []
    for name, folder in (*files, (f"qtbase_{screen}", qt), (f"klaros_{screen}", ours)):
        translator = QTranslator(app)
        if translator.load(name, folder) and app.installTranslator(translator):
            installed.append(translator)
            log.info("translation %s loaded from %s", translator.filePath(), folder)
    _installed.extend(installed)
    return installed
