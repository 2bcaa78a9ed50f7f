"""A searchable country picker: type any part of a country's name (in the screen's language or its own) or its
dialling code, pick from the list; the value is the two-letter region phonenumbers uses (``DE``)."""

from __future__ import annotations

import phonenumbers
from PySide6.QtCore import QCollator, QLocale, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from klaros_desktop.ui.i18n import country

REGION_ROLE = Qt.ItemDataRole.UserRole + 1


def _territory(region: str) -> QLocale.Country | None:
    """Qt's territory for a region code, None when Qt does not know it."""
    territory = QLocale.codeToTerritory(region)
    return territory if territory != QLocale.Country.AnyTerritory else None


def country_rows() -> list[tuple[str, str]]:
    """``(shown text, region)`` for every region phonenumbers knows, sorted by the shown text the screen's way:
    the country's name in the screen's language, its own name when it differs, and its dialling code, e.g.
    ``Germany · Deutschland (+49)``, on a German screen ``Frankreich · France (+33)``."""
    rows = []
    for region in phonenumbers.SUPPORTED_REGIONS:
        code = phonenumbers.country_code_for_region(region)
        territory = _territory(region)
        shown = country(region)
        native = QLocale(QLocale.Language.AnyLanguage, territory).nativeTerritoryName() if territory else ""
        name = shown if not native or native == shown else f"{shown} · {native}"
        rows.append((f"{name} (+{code})", region))
    collator = QCollator(QLocale())
    return sorted(rows, key=lambda row: collator.sortKey(row[0].casefold()))


class CountryPicker(QComboBox):
    """An editable combo box whose completer matches anywhere in the text, case-insensitively."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        model = QStandardItemModel(self)
        none = QStandardItem(self.tr("No default (numbers must start with +)"))
        none.setData("", REGION_ROLE)
        model.appendRow(none)
        for text, region in country_rows():
            item = QStandardItem(text)
            item.setData(region, REGION_ROLE)
            model.appendRow(item)
        self.setModel(model)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(model)
        completer = QCompleter(proxy, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(self.tr("Type a country, e.g. Germany or +49"))

    def set_region(self, region: str | None) -> None:
        index = self.findData(region or "", REGION_ROLE)
        self.setCurrentIndex(max(index, 0))

    def region(self) -> str | None:
        """The chosen region; None for "no default"; ValueError when the typed text names no country."""
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            raise ValueError(text)
        return self.itemData(index, REGION_ROLE) or None
