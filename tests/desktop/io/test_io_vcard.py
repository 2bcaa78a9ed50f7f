"""vCard 2.1 / 3.0 / 4.0 reading, card by card, with line numbers for broken cards."""

from __future__ import annotations

import pytest

from klaros_desktop.services.dataio.records import RowProblem
from klaros_desktop.services.dataio.text_decoding import ImportFileError, decode_bytes
from klaros_desktop.services.dataio.vcard_reader import looks_like_vcard, read_vcards


def cards(text: str):
    return list(read_vcards(text))


def test_vcard_21_quoted_printable_with_soft_line_break(samples):
    text = decode_bytes((samples / "contacts_v21.vcf").read_bytes()).text
    juergen, lena = cards(text)
    assert juergen.line == 1 and juergen.name == "Jürgen Müller"
    assert juergen.phones == [("home", "030 12345678"), ("cell", "0151 23456789")]
    assert juergen.notes == "Liefert dienstags.\r\nZahlt bar, sehr zuverlässig und immer pünktlich."
    assert lena.line == 10 and lena.name == "Lena Klein"  # no FN: built from N


def test_vcard_30_categories_escapes_and_whatsapp_waid(samples):
    ana, friend = cards((samples / "contacts_v30.vcf").read_text(encoding="utf-8"))
    assert ana.name == "Ana García"
    assert ana.tags == ["Clientes", "VIP"]
    assert ana.notes == "Pedido mensual, pago con tarjeta"
    assert ana.custom == {"email": "ana@example.es"}
    assert ana.phones == [("cell", "+34 612 345 678")]
    assert friend.wa_id == "447911123456"


def test_vcard_40_tel_uris_and_org(samples):
    (anna,) = cards((samples / "contacts_v40.vcf").read_text(encoding="utf-8"))
    assert anna.phones[0] == ("cell", "tel:+39-347-123-4567")
    assert anna.custom["company"] == "Fiori Rossi"


def test_broken_and_unclosed_cards_are_reported_with_their_line_and_others_still_read():
    text = (
        "BEGIN:VCARD\nVERSION:3.0\nFN:Good One\nTEL:+4930111\nEND:VCARD\n"   # 1-5
        "BEGIN:VCARD\nVERSION:3.0\nFN:Broken\nthis line is no property\nEND:VCARD\n"  # 6-10
        "BEGIN:VCARD\nVERSION:3.0\nFN:Never ended\n"  # 11-13
        "BEGIN:VCARD\nVERSION:4.0\nFN:Good Two\nTEL:+4930222\nEND:VCARD\n"  # 14-18
        "BEGIN:VCARD\nFN:Cut off at the end\n"  # 19-20
    )
    items = cards(text)
    assert [(type(i).__name__, i.line) for i in items] == [
        ("SourceRecord", 1), ("RowProblem", 6), ("RowProblem", 11), ("SourceRecord", 14), ("RowProblem", 19),
    ]
    assert "line 9" in items[1].reason
    assert "no END:VCARD" in items[2].reason
    assert "file ends" in items[4].reason


def test_file_without_cards_is_an_error():
    with pytest.raises(ImportFileError, match="no vCard"):
        cards("just some text\n")


def test_detection():
    assert looks_like_vcard("\ufeff\r\nbegin:vcard\r\n")
    assert not looks_like_vcard("Name,Phone\n")


def test_card_without_phone_is_still_a_record_the_importer_skips():
    (item,) = cards("BEGIN:VCARD\nVERSION:3.0\nFN:No Phone\nEND:VCARD\n")
    assert not isinstance(item, RowProblem) and item.phones == []
