"""Write ``resources/i18n/language_names.json``: each language's name in each language Klaros's screens speak.

Qt names languages in English only (``QLocale.languageToString``) and in their own language
(``nativeLanguageName``), not in the reader's. The names come from the Unicode CLDR through Babel, which is a
tool of this script only, not of the app: run it again after adding a screen language.

    pip install babel && python tools/language_names.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

OUT = ROOT / "resources" / "i18n" / "language_names.json"


def main() -> int:
    try:
        from babel import Locale, __version__
    except ImportError:
        raise SystemExit("this tool needs Babel: pip install babel") from None
    from klaros_desktop.ui.i18n import LANGUAGES

    readers = sorted(set(LANGUAGES) | {p.stem.removeprefix("klaros_") for p in OUT.parent.glob("klaros_*.ts")})
    english = Locale.parse("en").languages
    # every language with a two-letter code, plus the three-letter ones Meta's template languages use
    codes = sorted(code for code in english if len(code) == 2 or code in ("fil", "prs"))
    table: dict[str, dict[str, str]] = {}
    for code in codes:
        names = {}
        for reader in readers:
            name = Locale.parse(reader).languages.get(code)
            if name:
                names[reader] = name[:1].upper() + name[1:]  # a list entry starts with a capital
        if names:
            table[code] = names
    document = {"source": f"Unicode CLDR through Babel {__version__}; licence: resources/i18n/README.md",
                "names": table}
    OUT.write_text(json.dumps(document, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(table)} languages named in {', '.join(readers)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
