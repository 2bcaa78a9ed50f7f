"""Import files made to break the importer: every problem is one reported row, and files have a size cap.

A file's row or card that no parser can take (custom fields nested thousands deep, which makes ``json`` raise
``RecursionError``; custom fields that are not JSON) is skipped with its line number and the rest is imported.
A file over ``MAX_IMPORT_BYTES`` is refused before it is read whole, with a message saying the limit.
"""

from __future__ import annotations

import json

import pytest

from klaros_desktop.services.dataio import contacts_import
from klaros_desktop.services.dataio.contacts_import import ContactsImporter, import_contacts
from klaros_desktop.services.dataio.text_decoding import MAX_IMPORT_BYTES, ImportFileError

DEEP = "[" * 20_000 + "]" * 20_000  # json.loads raises RecursionError long before the end
NESTED_TOO_FAR = json.dumps({"a": json.loads("[" * 100 + "]" * 100)})  # parses, but no custom field is like it
KLAROS_HEADER = "Name,Phone,WhatsApp ID,BSUID,Profile name,Country,Tags,Notes,Custom fields,Created,Updated\n"


def csv_row(name: str, phone: str, custom: str) -> str:
    quoted = '"' + custom.replace('"', '""') + '"'
    return f"{name},{phone},,,,DE,,,{quoted},,\n"


def card(name: str, phone: str, custom: str | None = None) -> str:
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{name}", f"TEL;TYPE=CELL:{phone}"]
    if custom is not None:
        lines.append(f"X-KLAROS-CUSTOM:{custom}")
    return "\r\n".join([*lines, "END:VCARD"]) + "\r\n"


@pytest.mark.parametrize("custom", [DEEP, NESTED_TOO_FAR, "{not json", "[1, 2, 3]"])
def test_a_vcard_with_unreadable_custom_fields_is_one_reported_card(sessions, tmp_path, people, custom):
    path = tmp_path / "contacts.vcf"
    path.write_text(card("Anna", "+4915112345601", '{"birthday": "12.03."}') +
                    card("Mallory", "+4915112345602", custom) +
                    card("Bernd", "+4915112345603"), encoding="utf-8")
    report = import_contacts(sessions, path, region="DE")
    assert report.imported == 2
    [problem] = report.skipped
    assert problem.line == 7 and "custom fields" in problem.reason  # the card starts on line 7
    assert set(people()) == {"+4915112345601", "+4915112345603"}
    assert people()["+4915112345601"]["custom"] == {"birthday": "12.03."}


@pytest.mark.parametrize("custom", [DEEP, NESTED_TOO_FAR, "{not json", "[1, 2, 3]"])
def test_a_csv_row_with_unreadable_custom_fields_is_one_reported_row(sessions, tmp_path, people, custom):
    path = tmp_path / "contacts.csv"
    path.write_text(KLAROS_HEADER + csv_row("Anna", "+4915112345601", '{"birthday": "12.03."}') +
                    csv_row("Mallory", "+4915112345602", custom) +
                    csv_row("Bernd", "+4915112345603", ""), encoding="utf-8")
    report = import_contacts(sessions, path, region="DE")
    assert report.source_format == "csv" and report.layout == "klaros"
    assert report.imported == 2
    [problem] = report.skipped
    assert problem.line == 3 and "custom fields" in problem.reason
    assert set(people()) == {"+4915112345601", "+4915112345603"}


def test_klaros_own_export_still_round_trips_its_custom_fields(sessions, tmp_path, people):
    custom = {"email": "anna@example.com", "other_phones": ["+493012345678"], "birthday": "12.03."}
    path = tmp_path / "contacts.csv"
    path.write_text(KLAROS_HEADER + csv_row("Anna", "+4915112345601", json.dumps(custom)), encoding="utf-8")
    report = import_contacts(sessions, path, region="DE")
    assert (report.imported, report.skipped) == (1, [])
    assert people()["+4915112345601"]["custom"] == custom


def test_the_size_cap_is_generous_for_a_shop_and_configurable():
    assert MAX_IMPORT_BYTES == 50 * 1024 * 1024
    assert contacts_import.MAX_IMPORT_BYTES == MAX_IMPORT_BYTES


def test_a_file_over_the_cap_is_refused_with_the_limit_in_the_message(sessions, tmp_path):
    path = tmp_path / "contacts.csv"
    path.write_text("Name,Phone\n" + "Anna,+4915112345601\n" * 200, encoding="utf-8")
    with pytest.raises(ImportFileError, match="larger than 1000 bytes"):
        ContactsImporter(sessions, max_bytes=1000).import_file(path)
    report = ContactsImporter(sessions, max_bytes=len(path.read_bytes())).import_file(path, region="DE")
    assert report.imported == 1


def test_the_default_cap_applies_to_every_import(sessions, tmp_path, monkeypatch):
    monkeypatch.setattr(contacts_import, "MAX_IMPORT_BYTES", 100)
    path = tmp_path / "contacts.csv"
    path.write_text("Name,Phone\n" + "Anna,+4915112345601\n" * 20, encoding="utf-8")
    with pytest.raises(ImportFileError, match="larger than 100 bytes"):
        import_contacts(sessions, path)


def test_the_import_preview_reads_no_more_than_the_importer_would(tmp_path):
    """The dialog's preview opens the file before the import does: it must refuse a huge file the same way."""
    from klaros_desktop.services.dataio.text_decoding import ImportFileError
    from klaros_desktop.ui.import_dialog import Preview

    path = tmp_path / "big.csv"
    path.write_text("name,phone\n" + "Anna,+4915112345678\n" * 50, encoding="utf-8")
    with pytest.raises(ImportFileError, match="larger than"):
        Preview(path, max_bytes=200)
    assert Preview(path).records  # within the limit it previews as before
