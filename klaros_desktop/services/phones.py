"""Phone numbers: everything is stored as E.164 (``+4915112345678``), normalised with ``phonenumbers``."""

from __future__ import annotations

import phonenumbers


class InvalidNumber(ValueError):
    """The text is not a phone number we could message; the message says why in plain words."""


def normalise(raw: str, region: str | None = None) -> str:
    """E.164 for ``raw``; national numbers need ``region`` (ISO code like ``DE``). Raises ``InvalidNumber``."""
    text = (raw or "").strip()
    if not text:
        raise InvalidNumber("no phone number given")
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, region.upper() if region else None)
    except phonenumbers.NumberParseException as exc:
        if exc.error_type == phonenumbers.NumberParseException.INVALID_COUNTRY_CODE and not region:
            raise InvalidNumber(f"{raw!r} has no country code; give it with + or set a default region") from None
        raise InvalidNumber(f"{raw!r} is not a phone number ({exc._msg})") from None
    if not phonenumbers.is_valid_number(number):
        raise InvalidNumber(f"{raw!r} is not a valid phone number")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def from_wa_id(wa_id: str) -> str:
    """Meta's wa_id is the number's digits without '+'."""
    return "+" + wa_id.lstrip("+")


def wa_digits(phone_e164: str) -> str:
    """What the Graph API wants in ``to``: digits only."""
    return phone_e164.lstrip("+")


def region_of(phone_e164: str) -> str | None:
    """ISO region of an E.164 number (for cost by country), or None if unknown."""
    try:
        return phonenumbers.region_code_for_number(phonenumbers.parse(phone_e164, None))
    except phonenumbers.NumberParseException:
        return None
