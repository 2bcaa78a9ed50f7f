"""Refresh the translation sources of Klaros with Qt's lupdate, add a language, or compile them (docs/translating.md).

    python tools/translations.py              # refresh every klaros_<lang>.ts from the code, then compile the .qm
    python tools/translations.py --add de     # start resources/i18n/klaros_de.ts (then open it in Linguist)
    python tools/translations.py --release    # only compile each .ts into the .qm files the app loads
    python tools/translations.py --missing de # list the sentences klaros_de.ts does not translate yet

lupdate reads ``self.tr("...")``, ``QCoreApplication.translate("Context", "...")`` and ``QT_TRANSLATE_NOOP(
"Context", "...")`` (Qt's in the UI, ``klaros_desktop.phrases``' below it) from every .py file of ``klaros_desktop/``.

English is the source language, yet its counted sentences need plural forms ("%n contacts written" reads
"1 contact written"): ``klaros_en.ts`` holds those only (lupdate's ``-pluralonly``); the refresh makes it when it
is missing, and ``--missing en`` lists the ones to write.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"


def qt_tool(name: str) -> str:
    """``pyside6-<name>`` from the Python environment running this script (venv ``bin`` or ``Scripts``)."""
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found; install the project with pip install -e '.[test]'")
    return found


def sources() -> list[str]:
    return [str(p.relative_to(ROOT)) for p in sorted((ROOT / "klaros_desktop").rglob("*.py"))]


ENGLISH = I18N / "klaros_en.ts"  # the English plural forms, nothing else


def update(targets: list[Path], language: str | None = None) -> None:
    command = [qt_tool("lupdate"), *sources(), "-locations", "relative", "-source-language", "en"]
    if ENGLISH in targets:
        subprocess.run([*command, "-target-language", "en", "-pluralonly", "-ts", str(ENGLISH.relative_to(ROOT))],
                       cwd=ROOT, check=True)
        targets = [t for t in targets if t != ENGLISH]
        if not targets:
            return
    if language:
        command += ["-target-language", language]
    subprocess.run([*command, "-ts", *(str(t.relative_to(ROOT)) for t in targets)], cwd=ROOT, check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--add", metavar="LANG", help="start a translation, e.g. de, fr, pt_BR")
    parser.add_argument("--release", action="store_true", help="only compile the .ts files into .qm files")
    parser.add_argument("--missing", metavar="LANG", help="list the untranslated sentences of one language")
    args = parser.parse_args(argv)
    I18N.mkdir(parents=True, exist_ok=True)
    if args.add:
        update([I18N / f"klaros_{args.add}.ts"], args.add)
    elif args.missing:
        gaps = missing(I18N / f"klaros_{args.missing}.ts")
        for context, source in gaps:
            print(f"{context}\t{source}")
        return 1 if gaps else 0
    else:
        targets = sorted(set(I18N.glob("klaros_*.ts")) | ({ENGLISH} if not args.release else set()))
        if not targets:
            print("no resources/i18n/klaros_<lang>.ts yet; start one with --add LANG")
            return 0
        if not args.release:
            update(targets)
        release(targets)
    return 0


def release(targets: list[Path]) -> None:
    for ts in targets:
        subprocess.run([qt_tool("lrelease"), "-nounfinished", str(ts), "-qm",
                        str(ts.with_suffix(".qm"))], check=True)


def missing(ts: Path) -> list[tuple[str, str]]:
    """``(context, source)`` of every current sentence of ``ts`` without a finished translation (obsolete and
    vanished ones are not counted: lupdate marks them, and the code no longer shows them)."""
    import xml.etree.ElementTree as ET

    gaps = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            forms = [f.text for f in translation.iter("numerusform")] if translation is not None else []
            text = translation.text if translation is not None else None
            if kind == "unfinished" or not (any(forms) if forms else text):
                gaps.append((name, message.findtext("source") or ""))
    return gaps


if __name__ == "__main__":
    sys.exit(main())
