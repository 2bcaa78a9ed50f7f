"""Fill a Qt Linguist .ts file from a tab-separated list of translations (``context<TAB>source<TAB>text``, with
``\\n`` for a line break and ``||`` between plural forms): for machine-assisted first drafts that a person
then reviews in Linguist. Entries not in the list stay as they are.

    python tools/fill_ts.py resources/i18n/klaros_de.ts translations.tsv
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(ts: Path, rows: dict[tuple[str, str], str]) -> int:
    tree = ET.parse(ts)
    done = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            text = rows.get((name, message.findtext("source") or ""))
            if text is None:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            for form in list(translation):
                translation.remove(form)
            if message.get("numerus") == "yes":
                translation.text = None
                for form in text.split("||"):
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text
            done += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return done


def read(path: Path) -> dict[tuple[str, str], str]:
    rows = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            context, source, text = line.split("\t")
            rows[(context, source.replace("\\n", "\n"))] = text.replace("\\n", "\n")
    return rows


if __name__ == "__main__":
    print(f"{fill(Path(sys.argv[1]), read(Path(sys.argv[2])))} entries filled")
