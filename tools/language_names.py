"""Write ``resources/i18n/language_names.json`` and ``country_names.json``: each language's and each country's
name in each language Klaros's screens speak; and ``date_patterns.json``: how each locale of those languages
writes a date with a named month (``1. Aug. 2026``, ``Aug 1, 2026``, ``1 de ago. de 2026``), which Qt has no
format for (its medium and long formats are the long ones), and its clock (``2:05 PM``, ``14:05``).

Qt names languages and countries in English only (``QLocale.languageToString``, ``territoryToString``) and in
their own language (``nativeLanguageName``), not in the reader's. The names come from the Unicode CLDR through
Babel, which is a tool of this script only, not of the app: run it again after adding a screen language, and
with a newer Babel when countries are renamed (Eswatini, North Macedonia, Türkiye).

    pip install babel && python tools/language_names.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

OUT = ROOT / "resources" / "i18n" / "language_names.json"
COUNTRIES = OUT.with_name("country_names.json")
DATES = OUT.with_name("date_patterns.json")
# the CLDR skeletons the screens write (ui/i18n.py names them), and how CLDR's pattern letters read in Qt
SKELETONS = ("yMMMd", "MMMd", "MMMEd", "yMMMMd", "Md")
_QT_LETTERS = {"y": "yyyy", "yy": "yy", "yyyy": "yyyy", "E": "ddd", "EEE": "ddd", "EEEE": "dddd", "LLL": "MMM",
               "LLLL": "MMMM", "L": "M", "LL": "MM", "a": "Ap"}
# CLDR's two-letter codes that are no country a phone number or a market belongs to
NOT_COUNTRIES = {"EU", "EZ", "QO", "UN", "ZZ"}


def _write(path: Path, table: dict[str, dict[str, str]], version: str) -> None:
    document = {"source": f"Unicode CLDR through Babel {version}; licence: resources/i18n/README.md", "names": table}
    path.write_text(json.dumps(document, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")


def qt_pattern(cldr: str) -> str:
    """A CLDR date pattern in Qt's letters (both quote literal text with ``'``)."""
    tokens = re.finditer(r"'(?:[^']|'')*'|([A-Za-z])\1*|[^A-Za-z']+", cldr)
    return "".join(_QT_LETTERS.get(t.group(0), t.group(0)) if t.group(1) else t.group(0) for t in tokens)


def date_patterns(languages: set[str]) -> dict[str, dict[str, str]]:
    """Every CLDR locale of ``languages`` (``de``, ``de_AT``...; no script variants): its patterns for
    ``SKELETONS`` in Qt's letters, ``time``, its short clock (``h:mm AP``, ``HH:mm``), and ``datetime``, how a
    date and a clock are joined (``{1}, {0}``). A region
    is listed only where it differs from its language's (``en_GB`` from ``en``, which is the United States')."""
    from babel import Locale
    from babel.localedata import locale_identifiers

    def entry(name: str) -> dict[str, str]:
        locale = Locale.parse(name)
        found = {key: qt_pattern(locale.datetime_skeletons[key].pattern) for key in SKELETONS}
        return {**found, "time": qt_pattern(locale.time_formats["short"].pattern),
                "datetime": str(locale.datetime_formats["medium"])}

    table = {language: entry(language) for language in sorted(languages)}
    for name in sorted(locale_identifiers()):
        language, _, region = name.partition("_")
        if language in languages and region.isalpha() and region.isupper() and len(region) == 2:
            own = entry(name)
            if own != table[language]:
                table[name] = {key: value for key, value in own.items() if value != table[language][key]}
    return table


def main() -> int:
    try:
        from babel import Locale, __version__
    except ImportError:
        raise SystemExit("this tool needs Babel: pip install babel") from None
    from klaros_desktop.ui.i18n import LANGUAGES

    readers = sorted(set(LANGUAGES) | {p.stem.removeprefix("klaros_") for p in OUT.parent.glob("klaros_*.ts")})
    locales = {reader: Locale.parse(reader) for reader in readers}
    english = locales.get("en") or Locale.parse("en")
    # every language with a two-letter code, plus the three-letter ones Meta's template languages use
    codes = sorted(code for code in english.languages if len(code) == 2 or code in ("fil", "prs"))
    table: dict[str, dict[str, str]] = {}
    for code in codes:
        names = {}
        for reader, locale in locales.items():
            name = locale.languages.get(code)
            if name:  # as CLDR writes it inside a sentence ("allemand"); the app capitalises list entries
                names[reader] = name
        if names:
            table[code] = names
    _write(OUT, table, __version__)
    regions = sorted(r for r in english.territories if len(r) == 2 and r.isalpha() and r not in NOT_COUNTRIES)
    countries = {region: {reader: locale.territories[region] for reader, locale in locales.items()
                          if locale.territories.get(region)} for region in regions}
    _write(COUNTRIES, countries, __version__)
    dates = date_patterns({reader.split("_")[0] for reader in readers})
    _write(DATES, dates, __version__)
    print(f"{OUT.relative_to(ROOT)}: {len(table)} languages, {COUNTRIES.relative_to(ROOT)}: {len(countries)} "
          f"countries, named in {', '.join(readers)}; {DATES.relative_to(ROOT)}: {len(dates)} locales")
    return 0


if __name__ == "__main__":
    sys.exit(main())
