"""Numbers as people read them: ``+49 151 12345601`` rather than ``+4915112345601`` (display only)."""

from __future__ import annotations

import phonenumbers


def pretty_number(phone: str | None) -> str:
    if not phone:
        return ""
    try:
        return phonenumbers.format_number(phonenumbers.parse(phone, None),
                                          phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    except phonenumbers.NumberParseException:
        return phone
