"""Phone numbers: everything is stored as E.164 (``+4915112345678``), normalised with ``phonenumbers``."""

from __future__ import annotations

import phonenumbers

from klaros_desktop.phrases import QT_TRANSLATE_NOOP


class InvalidNumber(ValueError):
    """The text is not a phone number we could message; the message says why in plain words."""


def normalise(raw: str, region: str | None = None) -> str:
    """E.164 for ``raw``; national numbers need ``region`` (ISO code like ``DE``). Raises ``InvalidNumber``."""
    text = (raw or "").strip()
    if not text:
        raise InvalidNumber(QT_TRANSLATE_NOOP("Phones", "no phone number given"))
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, region.upper() if region else None)
    except phonenumbers.NumberParseException as exc:
        if exc.error_type == phonenumbers.NumberParseException.INVALID_COUNTRY_CODE and not region:
            raise InvalidNumber(QT_TRANSLATE_NOOP(
                "Phones", "{number!r} has no country code; give it with + or set a default region").format(
                number=raw)) from None
        raise InvalidNumber(QT_TRANSLATE_NOOP("Phones", "{number!r} is not a phone number ({detail})").format(
            number=raw, detail=exc._msg)) from None
    if not phonenumbers.is_valid_number(number):
        raise InvalidNumber(QT_TRANSLATE_NOOP("Phones", "{number!r} is not a valid phone number").format(number=raw))
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
