"""The place of a map shown at the top of a template: its four fields and the pasted-pair shortcut, shared by
the campaign builder and the inbox's template picker (each lays them out for its own room)."""

from __future__ import annotations

import re
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

COORDINATES_RE = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*,(\s*)(-?\d+(?:\.\d+)?)\s*$")


def coordinates_pair(text: str) -> tuple[str, str] | None:
    """A pair of coordinates as map apps copy it ("52.5292, 13.4012"); "52,5292" alone is a decimal comma."""
    found = COORDINATES_RE.match(text)
    if found and (found.group(2) or ("." in found.group(1) and "." in found.group(3))):
        return found.group(1), found.group(3)
    return None


class PlaceEdits(NamedTuple):
    latitude: QLineEdit
    longitude: QLineEdit
    name: QLineEdit
    address: QLineEdit


def place_edits(parent: QWidget) -> PlaceEdits:
    """The four fields, with their examples and the names a screen reader says."""

    def edit(example: str, spoken: str) -> QLineEdit:
        field = QLineEdit(parent)
        field.setPlaceholderText(example)
        field.setAccessibleName(spoken)
        return field

    return PlaceEdits(
        edit(QCoreApplication.translate("PlaceFields", "e.g. 52.5292"),
             QCoreApplication.translate("PlaceFields", "Latitude of the place")),
        edit(QCoreApplication.translate("PlaceFields", "e.g. 13.4012"),
             QCoreApplication.translate("PlaceFields", "Longitude of the place")),
        edit(QCoreApplication.translate("PlaceFields", "e.g. your shop's name"),
             QCoreApplication.translate("PlaceFields", "Name of the place")),
        edit(QCoreApplication.translate("PlaceFields", "Street, postcode and town"),
             QCoreApplication.translate("PlaceFields", "Address of the place")))


def split_pasted_pair(edits: PlaceEdits) -> bool:
    """A "lat, lon" pair pasted into the latitude while the longitude is empty goes into both fields; True when
    it did (the edits' own change signals then follow)."""
    pair = coordinates_pair(edits.latitude.text())
    if pair is None or edits.longitude.text().strip():
        return False
    edits.longitude.setText(pair[1])
    edits.latitude.setText(pair[0])
    return True
