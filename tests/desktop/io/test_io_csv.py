"""CSV reading: delimiter, physical line numbers, column layouts and --map."""

from __future__ import annotations

import pytest

from klaros_desktop.services.dataio.csv_reader import parse_map_options, plan_columns, read_csv, sniff_delimiter
from klaros_desktop.services.dataio.records import RowProblem, SourceRecord
from klaros_desktop.services.dataio.text_decoding import ImportFileError, decode_bytes


def read(text: str, **options):
    source = read_csv(decode_bytes(text.encode("utf-8")), **options)
    return source, list(source.records)


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_sniffs_delimiter(delimiter):
    rows = [["Name", "Phone", "Notes"], ["Anna, B.", "+49 30 1234567", "x; y"], ["Bob", "+4930123", "a|b"]]
    text = "\n".join(delimiter.join(f'"{c}"' if delimiter in c else c for c in row) for row in rows) + "\n"
    assert sniff_delimiter(text) == delimiter
    source, records = read(text)
    assert source.delimiter == delimiter
    assert [r.name for r in records] == ["Anna, B.", "Bob"]


def test_excel_sep_hint_line_is_honoured():
    source, records = read("sep=;\nName;Phone\nAnna;+4930123456\n")
    assert source.delimiter == ";"
    assert source.header_line == 2
    assert records[0].line == 3 and records[0].phones == [("phone", "+4930123456")]


def test_line_numbers_are_physical_lines_across_multiline_quoted_fields():
    text = (
        "Name,Phone,Notes\r\n"          # 1
        'Anna,+4930111,"one\r\ntwo\r\nthree"\r\n'  # 2-4
        "\r\n"                          # 5 (blank, skipped)
        'Bob,+4930222,"x\ny"\n'         # 6-7
        "Carl,+4930333,\r"              # 8 (old Mac line end)
        "Dora,+4930444,\n"              # 9
    )
    _source, records = read(text)
    assert [(r.name, r.line) for r in records] == [("Anna", 2), ("Bob", 6), ("Carl", 8), ("Dora", 9)]
    assert records[0].notes == "one\r\ntwo\r\nthree"


def test_unclosed_quote_and_wrong_field_counts_are_row_problems_with_lines():
    text = (
        "Name,Phone,Notes\n"
        "Anna,+4930111,fine\n"
        "Bob,+4930222,too,many,values\n"
        "Short,+4930333\n"
        'Carl,+4930444,"never closed\n'
        "Dora,+4930555,swallowed\n"
    )
    _source, records = read(text)
    problems = [r for r in records if isinstance(r, RowProblem)]
    names = [r.name for r in records if isinstance(r, SourceRecord)]
    assert names == ["Anna", "Short"]  # a short row is padded, not lost
    assert [p.line for p in problems] == [3, 5]
    assert "5 values but the header has 3" in problems[0].reason
    assert "never closed" in problems[1].reason and "line 6" in problems[1].reason


def test_trailing_empty_values_are_not_an_error():
    _source, records = read("Name,Phone\nAnna,+4930111,,\n")
    assert records[0].name == "Anna"


def test_rows_on_lines_with_broken_bytes_are_reported():
    data = b"Name,Phone\n" + "Jürgen,+4930111\n".encode() + b"Bad\xff,+4930222\n" + "Zoë,+4930333\n".encode()
    source = read_csv(decode_bytes(data))
    records = list(source.records)
    assert [type(r).__name__ for r in records] == ["SourceRecord", "RowProblem", "SourceRecord"]
    assert records[1].line == 3 and "not valid utf-8" in records[1].reason


def test_missing_phone_column_is_a_file_error_naming_the_columns():
    with pytest.raises(ImportFileError, match=r"no phone number column.*'Vorname'.*--map phone=COLUMN"):
        read("Vorname,Nummer der Kundin\nAnna,+4930111\n")


def test_map_option_points_fields_at_columns():
    text = "Vorname,Nummer der Kundin,Gruppe,Geburtstag\nAnna,+4930111,VIP;Neu,1990-01-02\n"
    mapping = parse_map_options(
        ["phone=Nummer der Kundin", "name=vorname", "tags=Gruppe", "custom.birthday=Geburtstag"]
    )
    _source, records = read(text, mapping=mapping)
    record = records[0]
    assert record.name == "Anna"
    assert record.phones == [("", "+4930111")]
    assert record.tags == ["VIP", "Neu"]
    assert record.custom == {"birthday": "1990-01-02"}


@pytest.mark.parametrize(
    ("option", "message"),
    [("phone", "FIELD=COLUMN"), ("shoe_size=Größe", "unknown field"), ("=x", "FIELD=COLUMN")],
)
def test_bad_map_options(option, message):
    with pytest.raises(ImportFileError, match=message):
        parse_map_options([option])


def test_map_to_missing_column_lists_the_real_columns():
    with pytest.raises(ImportFileError, match=r"'Handy'.*not in the file.*'Name', 'Phone'"):
        read("Name,Phone\nA,+4930111\n", mapping={"phone": ["Handy"]})


def test_google_layout(samples):
    source = read_csv(decode_bytes((samples / "google_contacts.csv").read_bytes()))
    records = list(source.records)
    assert source.plan.layout == "google"
    juergen, ana, kiosk, nobody = records
    assert juergen.name == "Jürgen Müller" and juergen.line == 2
    assert juergen.phones == [("work", "030 12345678"), ("mobile", "+49 151 23456789")]
    assert juergen.tags == ["Stammkunden", "VIP"]  # "* myContacts" is Google's system group
    assert juergen.notes == "Stammkunde seit 2019.\nMag Rosen."
    assert juergen.custom == {"email": "juergen@example.com"}
    assert ana.line == 4 and ana.name == "Ana María García"
    assert kiosk.name == "Blumen Kiosk GmbH" and len(kiosk.phones) == 2
    assert nobody.phones == [] and nobody.line == 6


def test_old_google_layout_with_group_membership():
    text = (
        "Name,Given Name,Family Name,Notes,Group Membership,Phone 1 - Type,Phone 1 - Value\n"
        "Anna Alt,Anna,Alt,hi,* myContacts ::: Kunden,* Mobile,+4930111\n"
    )
    source, records = read(text)
    assert source.plan.layout == "google"
    assert records[0].name == "Anna Alt" and records[0].tags == ["Kunden"]
    assert records[0].phones == [("mobile", "+4930111")]


def test_outlook_layout_prefers_the_mobile_column(samples):
    source = read_csv(decode_bytes((samples / "outlook_contacts.csv").read_bytes()))
    records = list(source.records)
    assert (source.plan.layout, source.encoding) == ("outlook", "cp1252")
    francoise, soeren = records
    assert francoise.name == "Françoise Lefèvre"
    assert francoise.phones[0] == ("mobile", "+33 6 12 34 56 78")
    assert francoise.tags == ["Clients", "Fidélité"]
    assert soeren.custom == {"company": "Café Øresund"}


def test_whatsapp_business_label_layout(samples):
    source = read_csv(decode_bytes((samples / "whatsapp_business_labels.csv").read_bytes()))
    records = list(source.records)
    assert source.plan.layout == "whatsapp_business"
    assert records[0].tags == ["New customer", "Paid"]


def test_formula_guard_quote_is_removed_on_import():
    _source, records = read("Name,Phone,Notes\n'=Anna,'+4930111,'-3 Rabatt\n")
    assert records[0].name == "=Anna" and records[0].notes == "-3 Rabatt"


def test_plan_describe_names_the_columns_used():
    plan = plan_columns(["Kunde", "Handy", "Notiz", "Consent"])
    assert plan.describe()["phone"] == ["Handy"]
    assert plan.describe()["name"] == ["Kunde"]
    assert plan.describe()["consent"] == "Consent"


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_cell = st.text(alphabet=st.sampled_from("ab ,;\"\n\räöß€"), max_size=12)


@settings(max_examples=60, deadline=None)
@given(rows=st.lists(st.tuples(_cell, _cell), min_size=1, max_size=8),
       newline=st.sampled_from(["\n", "\r\n"]))
def test_line_numbers_match_an_editor_for_any_quoted_content(rows, newline):
    """Write rows with csv quoting, count lines like an editor, and expect the reader's numbers to agree."""
    import csv as csv_module
    import io

    buffer = io.StringIO()
    writer = csv_module.writer(buffer, lineterminator=newline, quoting=csv_module.QUOTE_ALL)
    writer.writerow(["Name", "Phone", "Notes"])
    expected = []
    line = 2
    for index, (name, notes) in enumerate(rows):
        before = buffer.tell()
        writer.writerow([name, f"+4930{index:06d}", notes])
        written = buffer.getvalue()[before:]
        expected.append(line)
        line += len(io.StringIO(written, newline="").readlines())
    source = read_csv(decode_bytes(buffer.getvalue().encode("utf-8")), delimiter=",")
    records = list(source.records)
    assert [r.line for r in records] == expected
    assert [r.phones[0][1] for r in records] == [f"+4930{i:06d}" for i in range(len(rows))]
