"""The funnel table per template, campaign or tag in the two-column layout, in German (the widest headers): a
template's name is shown whole while the numbers' columns can give up room (their headers elide, with the whole
word as a tooltip), a name of several words wraps, the table fits its card without a horizontal scroll bar, and a
name shows whole as its tooltip too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt

from klaros_desktop.ui import i18n, theme

from .test_narrow import _demo_traffic

WAIT_MS = 10_000


@pytest.fixture(params=["de", "en"])
def language(request, qapp):
    i18n.use_language(qapp, request.param)
    yield request.param
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.mark.parametrize("width", [1040, 1280])  # the page just wide enough for two columns, and a usual window
def test_the_funnel_names_are_not_cut_in_two_columns(qtbot, qapp, language, profile, sessions, width):
    from klaros_desktop.ui.backend import Backend
    from klaros_desktop.ui.main_window import ANALYTICS, MainWindow

    _demo_traffic(sessions, profile)
    theme.apply(qapp, theme.LIGHT)
    window = MainWindow(Backend(profile, sessions))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.analytics.painted, timeout=WAIT_MS):
        window.show_page(ANALYTICS)
    page = window.analytics
    window.resize(width + (window.width() - page.width()), 800)
    qtbot.waitUntil(lambda: page._columns == 2 and bool(page.breakdown.rows), timeout=WAIT_MS)
    view, model = page.breakdown_view, page.breakdown
    qtbot.waitUntil(lambda: view.isVisible() and view.viewport().width() > 0, timeout=WAIT_MS)
    qapp.processEvents()
    names = [model.index(r, 0) for r in range(model.rowCount())]
    assert names
    metrics = view.fontMetrics()
    margin = 2 * view.style().pixelMetric(view.style().PixelMetric.PM_FocusFrameHMargin)
    # a name of one word (a template's) whole on its line; one of several words may wrap, each word whole
    widest = max(metrics.horizontalAdvance(word) for i in names for word in
                 ([model.data(i)] if " " not in model.data(i) else model.data(i).split()))
    assert view.columnWidth(0) >= widest + margin
    assert not view.horizontalScrollBar().isVisible()
    columns = sum(view.columnWidth(c) for c in range(model.columnCount()))
    assert columns <= view.viewport().width()
    assert all(model.data(i, Qt.ItemDataRole.ToolTipRole) == model.data(i) for i in names)
