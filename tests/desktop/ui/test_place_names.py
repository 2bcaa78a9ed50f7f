"""Countries named for the reader: in the screen's language, with the country's own name beside it in the
country picker (Qt names territories in English only; the names come from CLDR's tables in phonenumbers)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from klaros_desktop.ui import i18n
from klaros_desktop.ui.country_picker import CountryPicker, country_rows


def test_in_german_the_country_picker_names_countries_in_german_and_in_their_own_language(qtbot, qapp):
    i18n.use_language(qapp, "de")
    try:
        rows = dict((region, text) for text, region in country_rows())
        assert rows["DE"] == "Deutschland (+49)"
        assert rows["FR"] == "Frankreich · France (+33)"
        assert rows["US"] == "Vereinigte Staaten von Amerika · United States (+1)"
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

