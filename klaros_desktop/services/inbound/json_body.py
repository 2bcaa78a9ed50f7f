"""An opened event's bytes as JSON: ``json.loads``'s answer, found faster.

orjson parses a webhook in well under half of ``json.loads``'s time, and for what it accepts it gives the same
objects, with one exception: an integer literal outside 64 bits comes back as a float. Such a literal has at least
19 digits in a row, so a body with a run that long, and anything orjson refuses (a lone surrogate, NaN, a byte
order mark, UTF-16, nesting past its depth limit, text that is not JSON at all), is parsed by ``json.loads``, and
so gets exactly its answer and its error.
"""

from __future__ import annotations

import json
from typing import Any

import orjson

_DIGITS = bytes(0x30 if 0x30 <= b <= 0x39 else 0x20 for b in range(256))  # each digit a "0", the rest a space
_LONG_RUN = b"0" * 19  # the shortest integer orjson may read as a float (-9223372036854775809)


def parse_json(raw: bytes) -> Any:
    """``json.loads(raw)``: the same value, or the same exception."""
    if _LONG_RUN not in raw.translate(_DIGITS):
        try:
            return orjson.loads(raw)
        except orjson.JSONDecodeError:
            pass
    return json.loads(raw)
