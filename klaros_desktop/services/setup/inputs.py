"""What a shop owner pastes, made usable: ids and tokens copied from Meta's pages often carry spaces, line
breaks, invisible characters or a thousands separator; pairing codes are read out with spaces or dashes."""

from __future__ import annotations

import re
import unicodedata

from klaros_desktop.phrases import QT_TRANSLATE_NOOP

_INVISIBLE = re.compile(r"[\s\u200b-\u200f\u2060\ufeff]+")


def clean_token(text: str) -> str:
    """An access token or app secret as pasted: without any white space or invisible characters (a token has
    none; copying one from a browser or a PDF may add line breaks or zero-width spaces)."""
    return _INVISIBLE.sub("", unicodedata.normalize("NFKC", text or ""))


def clean_id(text: str, what: str) -> str:
    """A numeric Meta id as pasted (``1065 4035 2242 922``, ``106.540.352.242.922``, with a label before it):
    its digits. ValueError in words when there are none or it holds letters (a token pasted in the wrong box).
    ``what`` names the field in the message (a translated Phrase)."""
    text = clean_token(text)
    text = re.sub(r"^(id|ID|Id)[:#]?", "", text)
    digits = re.sub(r"[.,'\-_/]", "", text)
    if not digits:
        raise ValueError(QT_TRANSLATE_NOOP("Setup", "Enter the {what}.").format(what=what))
    if not digits.isdigit() or not digits.isascii():
        raise ValueError(QT_TRANSLATE_NOOP(
            "Setup", "The {what} is a number of about 15 digits; “{text}” is not one. Copy it again from Meta's "
            "page.").format(what=what, text=text[:24]))
    return digits


def clean_code(text: str) -> str:
    """A pairing or e-mail code as typed or read out: letters and digits only, spaces and dashes dropped."""
    return "".join(ch for ch in clean_token(text) if ch.isalnum())
