"""The one E.164 normaliser (typed numbers and imports alike), and the early answer for mobile numbers matching
``is_valid_number``."""

from __future__ import annotations

import random

import phonenumbers
import pytest

from klaros_desktop.services.dataio.phone_columns import pick_number
from klaros_desktop.services.people.phones import InvalidNumber, clean_phone_text, is_valid, normalise, to_e164


def test_fast_validity_agrees_with_phonenumbers_on_many_numbers():
    rng = random.Random(5)
    regions = ["DE", "FR", "ES", "IT", "GB", "US", "TR", "PL", "BR", "IN", "NL", "AT", "CH", "GG", "CA"]
    checked = 0
    for region in regions:
        examples = [phonenumbers.example_number_for_type(region, t) for t in (
            phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE,
            phonenumbers.PhoneNumberType.TOLL_FREE, phonenumbers.PhoneNumberType.PREMIUM_RATE)]
        for example in filter(None, examples):
            nsn = phonenumbers.national_significant_number(example)
            for _ in range(60):  # mutate digits and lengths around real numbers: valid and invalid ones
                digits = list(nsn)
                digits[rng.randrange(len(digits))] = str(rng.randrange(10))
                if rng.random() < 0.2:
                    digits = digits[:-1] if rng.random() < 0.5 else [*digits, str(rng.randrange(10))]
                try:
                    number = phonenumbers.parse(f"+{example.country_code}{''.join(digits)}", None)
                except phonenumbers.NumberParseException:
                    continue
                assert is_valid(number) == phonenumbers.is_valid_number(number), number
                checked += 1
    assert checked > 1500


@pytest.mark.parametrize(
    ("raw", "region", "expected"),
    [
        ("0151 23456789", "DE", ("+4915123456789", "DE")),
        ("0049 151 23456789", None, ("+4915123456789", "DE")),
        ("tel:+39-347-123-4567", None, ("+393471234567", "IT")),
        ("'+34 612 345 678", None, ("+34612345678", "ES")),
        ("+44 7911 123456", None, ("+447911123456", "GG")),
        ("(030) 1234567", "DE", ("+49301234567", "DE")),
    ],
)
def test_to_e164(raw, region, expected):
    assert to_e164(raw, region) == expected


@pytest.mark.parametrize(
    ("raw", "region", "reason"),
    [
        ("", "DE", "no phone number"),
        ("030 1234567", None, "has no country code"),
        ("call me", "DE", "is not a phone number"),
        ("+49 30 1", None, "not a valid phone number"),
        ("+999 1234567", None, "unknown country code"),
    ],
)
def test_to_e164_reasons(raw, region, reason):
    with pytest.raises(InvalidNumber, match=reason):
        to_e164(raw, region)


@pytest.mark.parametrize(
    ("raw", "region"),
    [("tel:+39-347-123-4567", None), ("0151 23456789", "de"), ("", "DE"), ("030 1234567", None), ("call me", "DE"),
     ("+999 1234567", None), ("0151", "DE"), ("+49 30 1", None)],
)
def test_a_typed_number_and_an_imported_one_get_the_same_answer_in_the_same_words(raw, region):
    """The contact dialog, ``klaros send`` and the import preview call ``normalise``; the import picks a row's
    number with ``pick_number``: one rule set, one sentence for each refusal."""
    try:
        typed: object = normalise(raw, region)
    except InvalidNumber as exc:
        typed = str(exc)
    try:
        imported: object = pick_number([("mobile", raw)], region.upper() if region else None)[0]
    except InvalidNumber as exc:
        imported = str(exc)
    assert typed == imported


def test_clean_phone_text():
    assert clean_phone_text(" tel:+4930123;ext=5 ") == "+4930123"
    assert clean_phone_text("0049 30") == "+49 30"


def test_to_e164_agrees_with_format_number_and_region_code_for_number():
    """The import's direct E.164 (``+``, country code, national significant number) is ``format_number``'s;
    Italian numbers keep their leading zero, shared country codes (+1, +44, +7) get phonenumbers' region."""
    rng = random.Random(8)
    checked = 0
    for region in ["DE", "IT", "SM", "VA", "GB", "GG", "JE", "US", "CA", "RU", "KZ", "FR", "CI", "BR", "IN", "AR"]:
        for kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE):
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            nsn = phonenumbers.national_significant_number(example)
            for _ in range(25):
                digits = list(nsn)
                digits[rng.randrange(1, len(digits))] = str(rng.randrange(10))
                raw = f"+{example.country_code} {''.join(digits)}"
                number = phonenumbers.parse(raw, None)
                if not phonenumbers.is_valid_number(number):
                    with pytest.raises(InvalidNumber):
                        to_e164(raw, None)
                    continue
                expected = (phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164),
                            phonenumbers.region_code_for_number(number))
                assert to_e164(raw, None) == expected
                checked += 1
    assert to_e164("02 1234 5678", "IT") == ("+390212345678", "IT")  # the leading zero belongs to the number
    assert checked > 300


def _shapes(rng: random.Random, example: phonenumbers.PhoneNumber) -> list[str]:
    """The ways people write a number: formatted by phonenumbers, with other separators, mutated, cut."""
    formats = [phonenumbers.format_number(example, f) for f in (
        phonenumbers.PhoneNumberFormat.E164, phonenumbers.PhoneNumberFormat.INTERNATIONAL,
        phonenumbers.PhoneNumberFormat.NATIONAL)]
    nsn = phonenumbers.national_significant_number(example)
    cc = str(example.country_code)
    shapes = [*formats, f"00{cc}{nsn}", f"{cc}{nsn}", f"0{nsn}", nsn, f"+{cc} (0) {nsn}", f"+{cc}0{nsn}",
              f"({nsn[:3]}) {nsn[3:]}", f"{nsn[:4]}/{nsn[4:]}", f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}",
              f"011{cc}{nsn}", f"+{cc}", f"+{cc}1", "12", "123", "1 2", f"+{nsn[:2]}", f"00{nsn}", "0",
              f"{nsn} ext 12", f"{nsn}#", f"+{cc}-{nsn}-", f"({cc}) {nsn}"]
    for _ in range(12):
        digits = list(nsn)
        digits[rng.randrange(len(digits))] = str(rng.randrange(10))
        cut = rng.randrange(-3, 4)
        digits = digits[:cut] if cut < 0 else digits + [str(rng.randrange(10)) for _ in range(cut)]
        body = "".join(digits)
        shapes.append(rng.choice([f"+{cc}{body}", f"0{body}", body, f"+{cc} {body[:3]} {body[3:]}",
                                  f"{body[:2]}-{body[2:]}"]))
    return shapes


def test_the_plain_number_parser_gives_exactly_what_phonenumbers_parse_gives():
    """``_parse_plain`` answers (or hands back) every shape, region and mistake exactly as ``parse`` does."""
    from klaros_desktop.services.people.phones import _parse_plain

    rng = random.Random(9)
    defaults = ["DE", "US", "IT", "GB", "BR", "AR", "MX", "FR", "AT", "RU", "CN", "IN", "AU", None]
    answered = compared = 0
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE):
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            for text in _shapes(rng, example):
                for default in (region, rng.choice(defaults)):
                    try:
                        expected = phonenumbers.parse(text, default)
                    except phonenumbers.NumberParseException:
                        expected = None
                    got = _parse_plain(text, default)
                    compared += 1
                    if got is not None:
                        answered += 1
                        assert got == expected, (text, default)
                        assert str(got) == str(expected)
    assert compared > 20_000 and answered > compared // 3


def test_to_e164_gives_the_same_answers_and_reasons_with_and_without_the_plain_parser(monkeypatch):
    from klaros_desktop.services.people import phones

    texts = ["+49 151 12345678", "0151 12345678", "0049 151 12345678", "0151/1234-5678", "01511234567a",
             "015", "+1 650 253 0000", "+44 7400 123456", "07400 123456", "+39 06 1234 5678", "abc", "",
             "4915112345678", "+999 1234567", "+49 (0) 151 12345678", "12", "(0151) 12345678", "+0 151"]
    def answers():
        out = []
        for text in texts:
            for region in ("DE", "GB", None):
                try:
                    out.append(phones.to_e164(text, region))
                except InvalidNumber as exc:
                    out.append(str(exc))
        return out

    fast = answers()
    monkeypatch.setattr(phones, "_FAST_PARSE", False)
    assert answers() == fast


def test_the_valid_plain_number_path_gives_exactly_phonenumbers_answer():
    """``_valid_plain_e164`` answers only for a number ``parse`` reads and ``is_valid_number`` takes, and then with
    ``format_number``'s E.164 and ``region_code_for_number``'s region; over every region, shape and default region,
    it answers for most of the valid mobile numbers of regions with a calling code of their own."""
    from klaros_desktop.services.people.phones import _valid_plain_e164

    rng = random.Random(10)
    defaults = ["DE", "US", "IT", "GB", "BR", "AR", "MX", "FR", "AT", "RU", "CN", "IN", "AU", "SM", "CI", None]
    mobile_types = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
    answered = valid = compared = 0
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE):
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            for text in _shapes(rng, example):
                for default in (region, rng.choice(defaults)):
                    try:
                        number = phonenumbers.parse(text, default)
                    except phonenumbers.NumberParseException:
                        number = None
                    expected = None
                    if number is not None and phonenumbers.is_valid_number(number):
                        valid += (phonenumbers.number_type(number) in mobile_types
                                  and len(phonenumbers.region_codes_for_country_code(number.country_code)) == 1)
                        expected = (phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164),
                                    phonenumbers.region_code_for_number(number))
                    got = _valid_plain_e164(text, default)
                    compared += 1
                    if got is not None:
                        answered += 1
                        assert got == expected, (text, default)
    assert compared > 20_000 and answered > valid // 2  # the rest: written with 00, 011 or a foreign default


@pytest.mark.parametrize("region", ["DE", "IT", "AR", "MX", "BR", "AT", "FR", "GB", "US", "IN", "CI", "SM"])
def test_to_e164_gives_the_same_answers_and_reasons_with_and_without_the_valid_plain_path(monkeypatch, region):
    """Numbers of every length around a region's mobile and fixed numbers, in the shapes people write them: the
    same E.164, region or refusal sentence whichever path answers."""
    from klaros_desktop.services.people import phones

    rng = random.Random(region)
    texts = []
    for kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE):
        example = phonenumbers.example_number_for_type(region, kind)
        if example is not None:
            texts.extend(_shapes(rng, example))
            texts.extend(f"00{t[1:]}" for t in list(texts) if t.startswith("+"))

    def answers():
        out = []
        for text in texts:
            for default in (region, "DE", None):
                try:
                    out.append(phones.to_e164(text, default))
                except InvalidNumber as exc:
                    out.append(str(exc))
        return out

    fast = answers()
    monkeypatch.setattr(phones, "_FAST_E164", False)
    assert answers() == fast
