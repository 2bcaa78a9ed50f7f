"""Phone numbers: everything is stored as E.164 (``+4915112345678``), normalised with ``phonenumbers``.

One set of rules and sentences for every number Klaros reads, typed (contact dialog, ``klaros send``,
search, erasure) or imported (``dataio.phone_columns`` picks a row's number and calls ``to_e164``), so the
import preview, the import and the contact dialog never disagree about a number or say it differently.
"""

from __future__ import annotations

import os
import re

import phonenumbers
from phonenumbers import NumberParseException, PhoneMetadata
from phonenumbers import phonenumberutil as _util

from klaros_desktop.phrases import QT_TRANSLATE_NOOP


class InvalidNumber(ValueError):
    """The text is not a phone number we could message; the message says why in plain words."""


NO_NUMBER = QT_TRANSLATE_NOOP("Phones", "no phone number")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("Phones", "{number!r} is not a phone number")
TOO_SHORT = QT_TRANSLATE_NOOP("Phones", "{number!r} is too short to be a phone number")
_REASONS = {
    NumberParseException.NOT_A_NUMBER: NOT_A_NUMBER,
    NumberParseException.TOO_SHORT_NSN: TOO_SHORT,
    NumberParseException.TOO_SHORT_AFTER_IDD: TOO_SHORT,
    NumberParseException.TOO_LONG: QT_TRANSLATE_NOOP("Phones", "{number!r} is too long to be a phone number"),
    NumberParseException.INVALID_COUNTRY_CODE: QT_TRANSLATE_NOOP("Phones", "{number!r} has an unknown country code"),
}
USE_REGION = QT_TRANSLATE_NOOP("CommandLine", "use --region")  # the screen says where its default country is

_metadata = PhoneMetadata.metadata_for_region_or_calling_code
_matches = getattr(_util, "_is_number_matching_desc", None) or (lambda _nsn, _desc: False)


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


# A number typed the plain way: "+" or a digit, then digits and the separators people type, ending in a digit.
_PLAIN = re.compile(r"\+?[0-9][0-9 ./()\-]*[0-9]")
_NOT_DIGITS = re.compile(r"[^0-9]")
_FAST_PARSE = os.environ.get("KLAROS_BENCH_PLAIN_PARSE") != "1"  # the benchmark's switch to the old path


def _internals():
    """The ``phonenumberutil`` helpers ``_parse_plain`` composes, or None on a release without them."""
    names = ("_extract_country_code", "_maybe_strip_national_prefix_carrier_code", "_test_number_length",
             "_set_italian_leading_zeros_for_phone_number", "re_compile", "ValidationResult",
             "_MAX_LENGTH_FOR_NSN")
    found = [getattr(_util, name, None) for name in names]
    return None if any(item is None for item in found) else found


_INTERNALS = _internals()
_MAX_NSN = getattr(_util, "_MAX_LENGTH_FOR_NSN", 17)


def _parse_plain(text: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    """``phonenumbers.parse(text, region)`` for a plain number, or None: then the caller parses it itself.

    ``parse`` spends most of its time on what a plain number does not have (RFC 3966 parameters, extensions,
    letters, full-width digits: it tests each character against every Unicode digit). For text of ASCII digits
    and the usual separators this runs the same steps in the same order on the digits alone, and hands back
    every case off the common path (an international prefix such as 011, a country code written without
    "+", anything ``parse`` would reject) to ``parse`` itself, so the answer is always ``parse``'s
    (``tests/desktop/io/test_io_phone.py`` compares both over numbers of every shape).
    """
    if _INTERNALS is None or not _FAST_PARSE or len(text) > 250 or _PLAIN.fullmatch(text) is None:
        return None
    extract_country_code, strip_national_prefix, test_length, set_leading_zeros, re_compile, results, max_nsn = (
        _INTERNALS)
    digits = _NOT_DIGITS.sub("", text)
    if len(digits) < 3:
        return None
    number = phonenumbers.PhoneNumber()
    if text[0] == "+":
        country_code, national = extract_country_code(digits)
        if country_code == 0:
            return None
        number.country_code = country_code
        number_region = phonenumbers.region_code_for_country_code(country_code)
        metadata = _metadata(country_code, number_region)
        if metadata is None:
            return None
    else:
        if region is None or region not in phonenumbers.SUPPORTED_REGIONS:
            return None
        metadata = PhoneMetadata.metadata_for_region(region, None)
        if metadata is None:
            return None
        if metadata.international_prefix is not None and re_compile(metadata.international_prefix).match(digits):
            return None  # dialled with the region's international prefix: parse's own path
        if digits.startswith(str(metadata.country_code)):
            return None  # maybe the country code without "+": parse decides
        number.country_code = metadata.country_code
        national = digits
    if len(national) < 2:
        return None
    _carrier, stripped, _ = strip_national_prefix(national, metadata)
    if test_length(stripped, metadata) not in (results.TOO_SHORT, results.IS_POSSIBLE_LOCAL_ONLY,
                                               results.INVALID_LENGTH):
        national = stripped
    if len(national) < 2 or len(national) > max_nsn:
        return None
    set_leading_zeros(national, number)
    number.national_number = int(national)
    return number


_FAST_E164 = os.environ.get("KLAROS_BENCH_IMPORT_OLD") != "1"  # the benchmark's switch to the path before
_PLAIN_START = frozenset("+0123456789")


class _Rules:
    """What ``_valid_plain_e164`` needs of one region's metadata, looked up and compiled once."""

    __slots__ = ("code_text", "country_code", "general", "general_lengths", "international_prefix", "local_lengths",
                 "longest", "metadata", "mobile", "mobile_lengths", "plain_prefix", "possible_lengths", "prefix",
                 "region")

    def __init__(self, metadata: PhoneMetadata, region: str | None):
        general, mobile = metadata.general_desc, metadata.mobile
        self.metadata = metadata
        self.country_code = metadata.country_code
        self.code_text = str(metadata.country_code)
        # the region ``region_code_for_number`` gives every number of this calling code, when it is the only one
        self.region = region
        self.general = re.compile(general.national_number_pattern) if general.national_number_pattern else None
        self.general_lengths = frozenset(general.possible_length)
        self.mobile = re.compile(mobile.national_number_pattern) if (
            mobile is not None and mobile.national_number_pattern) else None
        self.mobile_lengths = frozenset(mobile.possible_length) if mobile is not None else frozenset()
        pattern = metadata.national_prefix_for_parsing
        self.prefix = re.compile(pattern) if pattern else None
        self.plain_prefix = not metadata.national_prefix_transform_rule  # else the library's own function strips it
        self.local_lengths = frozenset(general.possible_length_local_only)
        self.possible_lengths = frozenset(general.possible_length)
        self.longest = max(general.possible_length)
        self.international_prefix = (re.compile(metadata.international_prefix)
                                     if metadata.international_prefix is not None else None)

    def strip_national_prefix(self, national: str) -> str:
        """``_maybe_strip_national_prefix_carrier_code``'s number, then ``parse``'s length test on it."""
        prefix = self.prefix
        if prefix is None:
            return national
        if self.plain_prefix:
            match = prefix.match(national)
            if match is None:
                return national
            stripped = national[match.end():]
            if self.general.fullmatch(national) is not None and self.general.fullmatch(stripped) is None:
                return national
        else:
            stripped = _INTERNALS[1](national, self.metadata)[1]
        length = len(stripped)
        if length in self.local_lengths or (length not in self.possible_lengths and length <= self.longest):
            return national  # too short, local only or an invalid length: parse keeps the number as it was
        return stripped


_RULES: dict[str, _Rules | None] = {}  # region (or "+" and a calling code) -> its rules, None: not on this path
_CALLING_CODES = {str(code): code for code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE}


def _rules_for_region(region: str) -> _Rules | None:
    rules = _RULES.get(region, False)
    if rules is False:
        if region not in phonenumbers.SUPPORTED_REGIONS:
            return None
        rules = None
        metadata = PhoneMetadata.metadata_for_region(region, None)
        if metadata is not None:
            regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(metadata.country_code, ())
            rules = _usable(metadata, regions[0] if len(regions) == 1 else None)
        _RULES[region] = rules
    return rules


def _rules_for_code(code_text: str) -> _Rules | None:
    key = "+" + code_text
    rules = _RULES.get(key, False)
    if rules is False:
        rules = None
        code = _CALLING_CODES[code_text]
        regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE[code]
        metadata = _metadata(code, regions[0])
        if metadata is not None:
            rules = _usable(metadata, regions[0] if len(regions) == 1 else None)
        _RULES[key] = rules
    return rules


def _usable(metadata: PhoneMetadata, region: str | None) -> _Rules | None:
    if metadata.general_desc is None or not metadata.general_desc.possible_length:
        return None
    rules = _Rules(metadata, None if region == "001" else region)
    return rules if rules.general is not None else None


def _valid_plain_e164(text: str, region: str | None) -> tuple[str, str] | None:
    """``to_e164``'s answer for a plain number that is a valid mobile number of a country with a calling code of
    its own, or None: then ``to_e164`` takes its full path, which gives every other answer and every reason.

    The same steps as ``_parse_plain`` (so ``parse``'s number), on the digits alone and with each region's
    patterns compiled once; no ``PhoneNumber`` is made. The national significant number is the national digits
    as parsed (``parse`` keeps leading zeros as Italian leading zeros, ``national_significant_number`` puts them
    back), so E.164 is "+", the calling code and those digits; a number matching its region's general and
    mobile patterns is valid by ``is_valid_number``'s own rule (see ``is_valid``).
    """
    if not _FAST_E164 or _INTERNALS is None or not _FAST_PARSE or len(text) > 250 or _PLAIN.fullmatch(text) is None:
        return None
    digits = _NOT_DIGITS.sub("", text)
    if len(digits) < 3:
        return None
    if text[0] == "+":
        if digits[0] == "0":
            return None
        code_text = (digits[:1] if digits[:1] in _CALLING_CODES else digits[:2] if digits[:2] in _CALLING_CODES
                     else digits[:3] if digits[:3] in _CALLING_CODES else None)
        if code_text is None:
            return None
        rules = _rules_for_code(code_text)
        if rules is None:
            return None
        national = digits[len(code_text):]
    else:
        if region is None:
            return None
        rules = _rules_for_region(region)
        if rules is None or (rules.international_prefix is not None and rules.international_prefix.match(digits)):
            return None
        if digits.startswith(rules.code_text):
            return None
        national = digits
    if rules.region is None or rules.mobile is None or len(national) < 2:
        return None
    national = rules.strip_national_prefix(national)
    length = len(national)
    if length < 2 or length > _MAX_NSN:
        return None
    if (rules.general_lengths and length not in rules.general_lengths) or rules.general.fullmatch(national) is None:
        return None
    if (rules.mobile_lengths and length not in rules.mobile_lengths) or rules.mobile.fullmatch(national) is None:
        return None
    return f"+{rules.code_text}{national}", rules.region


def plain_e164(raw: str, region: str | None = None) -> tuple[str, str] | None:
    """``to_e164``'s answer when it comes from the digits alone (a valid mobile number typed the plain way, see
    ``_valid_plain_e164``), else None; never raises. Cheap: importers use it to tell cheap numbers from dear ones."""
    if raw and _FAST_E164:  # a number typed the plain way: ``clean_phone_text`` only turns 00 into +
        text = raw.strip()
        if text[:1] in _PLAIN_START:
            return _valid_plain_e164("+" + text[2:] if text[:2] == "00" else text, region.upper() if region else None)
    return None


def clean_phone_text(raw: str) -> str:
    """Strip what exports and copy-paste put around numbers: ``tel:`` URIs (vCard 4.0, links), a
    spreadsheet's leading quote; ``00`` as the international prefix becomes ``+``."""
    text = raw.strip()
    if text[:4].lower() == "tel:":
        text = text[4:].split(";", 1)[0]
    if text.startswith("'"):
        text = text[1:]
    if text.startswith("00"):
        text = "+" + text[2:]
    return text


def to_e164(raw: str, region: str | None = None) -> tuple[str, str | None]:
    """(E.164, ISO region) for ``raw``; national numbers need ``region`` (ISO code like ``DE``).

    Raises ``InvalidNumber`` with a reason a shop owner understands. A 100k-row import calls this once per
    number, so it parses once and reuses the region and national number for the validity test and the result.
    """
    known = plain_e164(raw, region)
    if known is not None:
        return known
    text = clean_phone_text(raw or "")
    number_as_given = (raw or "").strip()
    if not text:
        raise InvalidNumber(NO_NUMBER)
    region = region.upper() if region else None
    try:
        number = _parse_plain(text, region) or phonenumbers.parse(text, region)
    except NumberParseException as exc:
        if exc.error_type == NumberParseException.INVALID_COUNTRY_CODE and not region and not text.startswith("+"):
            raise InvalidNumber(QT_TRANSLATE_NOOP("Phones", "{number!r} has no country code; write it with + or {fix}")
                                .format(number=number_as_given, fix=USE_REGION)) from None
        raise InvalidNumber(_REASONS.get(exc.error_type, NOT_A_NUMBER).format(number=number_as_given)) from None
    # E.164 is exactly "+", the country code and the national significant number (``format_number``'s own rule).
    country = phonenumbers.region_code_for_number(number)
    nsn = phonenumbers.national_significant_number(number)
    if not _is_valid(number, country, nsn):
        if region and not text.startswith("+"):
            raise InvalidNumber(QT_TRANSLATE_NOOP("Phones", "{number!r} is not a valid phone number in {region}")
                                .format(number=number_as_given, region=region))
        raise InvalidNumber(QT_TRANSLATE_NOOP("Phones", "{number!r} is not a valid phone number").format(
            number=number_as_given))
    return f"+{number.country_code}{nsn}", country


def normalise(raw: str, region: str | None = None) -> str:
    """E.164 for ``raw`` (see ``to_e164``). Raises ``InvalidNumber``."""
    return to_e164(raw, region)[0]


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
