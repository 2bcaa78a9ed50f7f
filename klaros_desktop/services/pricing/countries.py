"""The country (ISO 3166-1 alpha-2) of an E.164 number, fast enough to price 100,000 recipients at once.

Most calling codes belong to one country, which the code alone tells; only the shared codes (+1, +7, +44, ...)
need ``phonenumbers`` to read further digits. For +1 the area code decides, so it is parsed once per area code.
The answers are ``phones.region_of``'s (the same library, the same rules), only cached.
"""

from __future__ import annotations

import phonenumbers

from klaros_desktop.services.people import phones

_SINGLE = {str(code): regions[0] for code, regions in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.items()
           if len(regions) == 1 and regions[0] != "001"}
_SHARED = {str(code) for code, regions in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.items() if len(regions) > 1}


_NANP: dict[str, str] = {}  # "+1" and the area code -> country


def _nanp(prefix: str, number: str) -> str | None:
    """A +1 number's country, parsed once per area code (``prefix``); only a country found is remembered, so
    a number ``phonenumbers`` cannot place does not decide for its area code."""
    found = _NANP.get(prefix)
    if found is None:
        found = phones.region_of(number)
        if found is not None and len(_NANP) < 4096:
            _NANP[prefix] = found
    return found


def country_of(phone_e164: str | None) -> str | None:
    if not phone_e164 or not phone_e164.startswith("+"):
        return phones.region_of(phone_e164) if phone_e164 else None
    digits = phone_e164[1:]
    for length in (1, 2, 3):
        code = digits[:length]
        if code in _SINGLE:
            return _SINGLE[code]
        if code in _SHARED:
            if code == "1" and len(digits) >= 4:
                return _nanp(phone_e164[:5], phone_e164)
            return phones.region_of(phone_e164)
    return phones.region_of(phone_e164)
