"""Countries named for the reader: in the screen's language, with the country's own name beside it in the
country picker (Qt names territories in English only; the names come from current CLDR, written into
resources/i18n/country_names.json by tools/language_names.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from klaros_desktop.ui import i18n
from klaros_desktop.ui.country_picker import CountryPicker, country_rows


def test_in_german_the_country_picker_names_countries_in_german_and_in_their_own_language(qtbot, qapp):
    i18n.use_language(qapp, "de")
    try:
        rows = dict((region, text) for text, region in country_rows())
        assert rows["DE"] == "Deutschland (+49)"
        assert rows["FR"] == "Frankreich · France (+33)"
        assert rows["US"] == "Vereinigte Staaten · United States (+1)"
        picker = CountryPicker()
        qtbot.addWidget(picker)
        picker.set_region("ES")
        assert picker.currentText() == "Spanien · España (+34)" and picker.region() == "ES"
        assert i18n.country_with_code("GB") == "Vereinigtes Königreich (GB)"
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_in_english_the_picker_reads_as_before(qapp):
    rows = dict((region, text) for text, region in country_rows())
    assert rows["DE"] == "Germany · Deutschland (+49)"
    assert rows["GB"] == "United Kingdom (+44)"



@pytest.mark.parametrize(("region", "reader", "name"), [
    ("SZ", "de", "Eswatini"), ("SZ", "en", "Eswatini"), ("MK", "de", "Nordmazedonien"), ("MK", "en", "North Macedonia"),
    ("CZ", "de", "Tschechien"), ("CZ", "en", "Czechia"), ("CZ", "fr", "Tchéquie"), ("TR", "en", "Türkiye"),
    ("TR", "de", "Türkei"), ("TR", "tr", "Türkiye"), ("CV", "de", "Cabo Verde"), ("MK", "pt_BR", "Macedônia do Norte"),
    ("MK", "es", "Macedonia del Norte"), ("CZ", "it", "Cechia"),
])
def test_countries_have_their_current_names(region, reader, name):
    """Renamed countries read as CLDR names them today, not as older tables did (Swasiland, Mazedonien)."""
    assert i18n.country(region, reader) == name


@pytest.mark.parametrize("reader", sorted(i18n.LANGUAGES))
def test_every_country_of_the_picker_has_a_name_in_every_screen_language(reader):
    import phonenumbers

    nameless = [r for r in phonenumbers.SUPPORTED_REGIONS if r.upper() not in i18n._country_names()
                or reader not in i18n._country_names()[r.upper()]]
    assert nameless == [], "run python tools/language_names.py"
