"""Meta's price list (its rates CSV) chosen and read into the profile: written once for every screen that offers
"Import Meta's price list…" (the campaign builder's forecast, the Analytics screen's cost)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from klaros_desktop.ui.i18n import day, number


def choose(parent: QWidget) -> Path | None:
    """The CSV the shop owner picks, or None when they cancel."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("AnalyticsPage", "Import Meta's price list"), str(Path.home()),
        QCoreApplication.translate("AnalyticsPage", "CSV files (*.csv)"))
    return Path(chosen) if chosen else None


def work(sessions: Any, path: Path) -> Callable[[], Any]:
    """The import, for a worker thread (``services.pricing.rates_csv``): its report, or the reason it refused."""
    def run():
        from klaros_desktop.services.pricing import rates_csv

        return rates_csv.import_file(sessions, path)

    return run


def imported(report: Any) -> str:
    """What was imported, in the shop owner's words."""
    return QCoreApplication.translate(
        "AnalyticsPage", "Imported prices for {n} markets in {currency}, valid from {day}.").format(
        n=number(report.markets), currency=report.currency, day=day(report.effective_from))
