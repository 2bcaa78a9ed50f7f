"""E.164 normalisation for bulk imports: the same rules and wording as ``services.phones.normalise``,
returning the number's region too, so a 100k-row import parses each number only once.

Parsing numbers is most of an import's work, so big files hand it to worker processes (spawned, never
forked: safe beside Qt and an open database) while the importer reads the file and writes the database.
Workers only ever see phone number text. A frozen build without multiprocessing support, or a machine
with one core, imports in one process with the same results.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor

import phonenumbers
from phonenumbers import NumberParseException, PhoneMetadata
from phonenumbers import phonenumberutil as _util

from klaros_desktop.phrases import QT_TRANSLATE_NOOP, reason_of
from klaros_desktop.services.people.phones import InvalidNumber

_metadata = PhoneMetadata.metadata_for_region_or_calling_code
_matches = getattr(_util, "_is_number_matching_desc", None) or (lambda _nsn, _desc: False)

NOT_A_NUMBER = QT_TRANSLATE_NOOP("Phones", "{number!r} is not a phone number")
TOO_SHORT = QT_TRANSLATE_NOOP("Phones", "{number!r} is too short to be a phone number")
_REASONS = {
    NumberParseException.NOT_A_NUMBER: NOT_A_NUMBER,
    NumberParseException.TOO_SHORT_NSN: TOO_SHORT,
    NumberParseException.TOO_SHORT_AFTER_IDD: TOO_SHORT,
    NumberParseException.TOO_LONG: QT_TRANSLATE_NOOP("Phones", "{number!r} is too long to be a phone number"),
    NumberParseException.INVALID_COUNTRY_CODE: QT_TRANSLATE_NOOP("Phones", "{number!r} has an unknown country code"),
}
NO_NUMBER = QT_TRANSLATE_NOOP("Phones", "no phone number")
USE_REGION = QT_TRANSLATE_NOOP("CommandLine", "use --region")


def is_valid(number: phonenumbers.PhoneNumber) -> bool:
    """``phonenumbers.is_valid_number``, answered early for the common case of a mobile number.

    ``is_valid_number`` tests up to eleven number types in a fixed order (premium rate first, mobile last),
    which costs more than parsing the number; WhatsApp numbers are nearly always mobile. A number matching
    its region's general and mobile patterns is valid by ``is_valid_number``'s own rule (general pattern
    and any type), so testing those first gives the same answer; anything else takes the full test.
    """
    region = phonenumbers.region_code_for_number(number)
    return _is_valid(number, region, phonenumbers.national_significant_number(number))


def _is_valid(number: phonenumbers.PhoneNumber, region: str | None, nsn: str) -> bool:
    """``is_valid`` with the region and national significant number the caller already has."""
    metadata = _metadata(number.country_code, region) if region else None
    if metadata is not None and metadata.mobile is not None and region != "001":
        try:
            if _matches(nsn, metadata.general_desc) and _matches(nsn, metadata.mobile):
                return True
        except (AttributeError, TypeError):  # a phonenumbers release without these internals
            pass
    return phonenumbers.is_valid_number(number)


def clean_phone_text(raw: str) -> str:
    """Strip what exports put around numbers: ``tel:`` URIs (vCard 4.0), a spreadsheet's leading quote."""
    text = raw.strip()
    if text[:4].lower() == "tel:":
        text = text[4:].split(";", 1)[0]
    if text.startswith("'"):
        text = text[1:]
    if text.startswith("00"):
        text = "+" + text[2:]
    return text


def to_e164(raw: str, region: str | None) -> tuple[str, str | None]:
    """(E.164, ISO region) for ``raw``; raises ``InvalidNumber`` with a reason a shop owner understands."""
    text = clean_phone_text(raw)
    if not text:
        raise InvalidNumber(NO_NUMBER)
    try:
        number = phonenumbers.parse(text, region)
    except NumberParseException as exc:
        if exc.error_type == NumberParseException.INVALID_COUNTRY_CODE and not region and not text.startswith("+"):
            raise InvalidNumber(QT_TRANSLATE_NOOP("Phones", "{number!r} has no country code; write it with + or {fix}")
                                .format(number=raw.strip(), fix=USE_REGION)) from None
        raise InvalidNumber(_REASONS.get(exc.error_type, NOT_A_NUMBER).format(number=raw.strip())) from None
    # Region and national significant number once, for the validity test and the result alike; E.164 is
    # exactly "+", the country code and the national significant number (``format_number``'s own rule).
    country = phonenumbers.region_code_for_number(number)
    nsn = phonenumbers.national_significant_number(number)
    if not _is_valid(number, country, nsn):
        if region and not text.startswith("+"):
            raise InvalidNumber(QT_TRANSLATE_NOOP("Phones", "{number!r} is not a valid phone number in {region}")
                                .format(number=raw.strip(), region=region))
        raise InvalidNumber(QT_TRANSLATE_NOOP("Phones", "{number!r} is not a valid phone number").format(
            number=raw.strip()))
    return f"+{number.country_code}{nsn}", country


PREFERRED_LABELS = ("whatsapp", "mobile", "cell", "iphone", "handy", "mobil")
POOL_THRESHOLD_BYTES = 1_500_000  # about 25k rows: below it, starting workers costs more than it saves


def pick_number(phones: list[tuple[str, str]], region: str | None) -> tuple[str, str | None, list[str]]:
    """(E.164, region, other valid numbers) for a row's best number (mobile/WhatsApp labels first).

    Raises ``InvalidNumber`` with the reason of the first unusable number when none is usable.
    """
    if len(phones) == 1:  # nearly every row
        e164, country = to_e164(phones[0][1], region)
        return e164, country, []
    if len(phones) > 1:
        phones = sorted(phones, key=lambda p: not any(label in p[0] for label in PREFERRED_LABELS))
    first_error: InvalidNumber | None = None
    chosen: tuple[str, str | None] | None = None
    others: list[str] = []
    for _label, raw in phones:
        try:
            e164, country = to_e164(raw, region)
        except InvalidNumber as exc:
            first_error = first_error or exc
            continue
        if chosen is None:
            chosen = (e164, country)
        elif e164 != chosen[0] and e164 not in others:
            others.append(e164)
    if chosen is None:
        raise first_error or InvalidNumber(NO_NUMBER)
    return chosen[0], chosen[1], others


def pick_number_or_reason(phones: list[tuple[str, str]], region: str | None):
    """``pick_number``'s result, or the reason (a Phrase, so a str) the row has no usable number."""
    try:
        return pick_number(phones, region)
    except InvalidNumber as exc:
        return reason_of(exc)


def normalise_chunk(rows: list[list[tuple[str, str]]], region: str | None) -> list:
    """Worker-process entry point: ``pick_number_or_reason`` for each row's phones."""
    return [pick_number_or_reason(phones, region) for phones in rows]


def default_workers() -> int:
    """Worker processes for big imports: the cores beside the importer's own (at most 3), or 0.

    0 as well where a spawned worker would re-run the program instead of just importing this module:
    a frozen bundle (needs ``multiprocessing.freeze_support()`` in its entry point) and
    ``python -m klaros_desktop``, whose ``__main__`` has no ``if __name__ == "__main__"`` guard.
    """
    if getattr(sys, "frozen", False):
        return 0
    main_spec = getattr(sys.modules.get("__main__"), "__spec__", None)
    if main_spec is not None and main_spec.name == "klaros_desktop.__main__":
        return 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(0, min(3, cores - 1))


def make_pool(workers: int) -> ProcessPoolExecutor | None:
    try:
        return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))
    except (OSError, ValueError):  # no way to start processes here: import in this one
        return None
