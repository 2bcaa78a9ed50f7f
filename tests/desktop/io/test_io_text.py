"""Encoding detection of contacts files."""

from __future__ import annotations

import pytest

from klaros_desktop.services.dataio.text_decoding import ImportFileError, decode_bytes

TEXT = "Name,Phone\nJürgen Müller,+49 30 1234567\nFrançoise,+33 1 42 68 53 00\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (TEXT.encode("utf-8-sig"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("cp1252"), "cp1252"),
    ],
)
def test_detects_encoding_and_decodes_accents(data, encoding):
    decoded = decode_bytes(data)
    assert decoded.encoding == encoding
    assert decoded.text.lstrip("\ufeff") == TEXT
    assert not decoded.bad_lines


def test_euro_sign_is_cp1252_and_undefined_cp1252_bytes_fall_back_to_latin1():
    assert decode_bytes("Name,Note\nA,5 €\n".encode("cp1252")).text.endswith("5 €\n")
    # 0x81 is unassigned in cp1252, so only latin-1 can read this file
    decoded = decode_bytes(b"Name,Phone\nA\x81\xe9,+4930123456\n")
    assert decoded.encoding == "latin-1"
    assert "\xe9" in decoded.text


def test_utf8_file_with_a_broken_line_keeps_utf8_and_names_the_line():
    data = (
        "Name,Phone\nJürgen,+4930123456\n".encode() + b"Bad \xff\xfe name,+4930123457\n" + "Zoë,+4930123458\n".encode()
    )
    decoded = decode_bytes(data)
    assert decoded.encoding == "utf-8"
    assert decoded.bad_lines == frozenset({3})
    assert "Jürgen" in decoded.text and "Zoë" in decoded.text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "binary"),
    ],
)
def test_unreadable_files_get_a_clear_error(data, message):
    with pytest.raises(ImportFileError, match=message):
        decode_bytes(data)


def test_explicit_encoding_is_used_and_wrong_one_explained():
    assert decode_bytes(TEXT.encode("latin-1"), "latin-1").text == TEXT
    with pytest.raises(ImportFileError, match="not valid utf-8"):
        decode_bytes(TEXT.encode("latin-1"), "utf-8")
    with pytest.raises(ImportFileError, match="unknown encoding"):
        decode_bytes(b"a,b\n", "klingon")
