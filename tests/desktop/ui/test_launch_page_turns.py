"""The contacts, templates and campaigns pages built after the first paint keep each turn of the GUI thread
short without a timing: no widget is moved to another parent while they are built (under the app's style sheet
a moved widget re-styles itself and all its children), no page has a style sheet of its own (setting one
re-styles every widget of the page at once; their look is in ``app.qss``), and the contacts page reads its
first rows off the GUI thread. Each test counts or checks what happens, never how long it takes."""

from __future__ import annotations

import importlib.util
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from klaros_desktop.services.core.changes import Changes
from klaros_desktop.services.reads import queries
from klaros_desktop.ui import ops, theme
from klaros_desktop.ui.main_window import CONTACTS

_spec = importlib.util.spec_from_file_location("ui_conftest_page_turns", Path(__file__).with_name("conftest.py"))
_conf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_conf)
WAIT_MS = _conf.WAIT_MS



class _Placements:
    """Every widget the pages' modules put somewhere (a layout's ``addWidget``, a splitter's ``addWidget`` or
    ``insertWidget``, a scroll area's ``setWidget``), with the parent it had then: one that ends up under another
    parent was moved."""

    MODULES = ("contacts_page", "templates_page", "campaigns_page", "campaign_view")

    def __init__(self, monkeypatch):
        import importlib

        self.placed: list[tuple[QWidget, QWidget | None]] = []
        watched: dict[type, type] = {}
        for name in self.MODULES:
            module = importlib.import_module(f"klaros_desktop.ui.{name}")
            for cls_name in ("QVBoxLayout", "QHBoxLayout", "QGridLayout", "QSplitter", "QScrollArea"):
                cls = getattr(module, cls_name, None)
                if cls is not None:
                    watched.setdefault(cls, self._watching(cls))
                    monkeypatch.setattr(module, cls_name, watched[cls])

    def _watching(self, cls: type) -> type:
        placed = self.placed
        methods = {}
        for method in ("addWidget", "insertWidget", "setWidget"):
            real = getattr(cls, method, None)
            if real is None:
                continue

            def placing(obj, *args, _real=real):
                widget = next(a for a in args if isinstance(a, QWidget))
                placed.append((widget, widget.parentWidget()))
                return _real(obj, *args)

            methods[method] = placing
        return type(cls.__name__, (cls,), methods)

    def moved(self) -> list[str]:
        """The widgets placed under one parent that now have another."""
        return [f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()}"
                for widget, parent in self.placed if parent is not None and widget.parentWidget() is not parent]


def _start(qapp, profile):
    """``klaros open``'s start: the window from the first page, the database opened on a worker thread."""
    from klaros_desktop import app

    window = app.open_window(qapp, profile)
    window.resize(1280, 800)
    window.show()
    return window


def _close(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.backend is not None and not ops.pending(), timeout=WAIT_MS)
    window.close()
    for close in reversed(window.backend.closers):
        close()


def test_the_pages_built_after_the_first_paint_move_no_widget(qtbot, qapp, shop_profile, monkeypatch):
    """From the first paint until the contacts, templates and campaigns pages are built and have their first
    rows (the demo shop's first template shown), every widget they put in a layout, splitter or scroll area
    stays under the parent it had then."""
    from klaros_desktop import app

    placements = _Placements(monkeypatch)
    window = _start(qapp, shop_profile)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window._painted, timeout=WAIT_MS)
    try:
        app.attach_backend_in_background(window)
        qtbot.waitUntil(lambda: len(window._built) == 5, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: not ops.pending(), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: window.templates.details.text() != "", timeout=WAIT_MS)
        assert len(placements.placed) > 40  # (every page's layouts watched)
        assert placements.moved() == []
        # (and what they show is all there: the splitters hold the list and the detail, in that order)
        assert window.templates.table.parentWidget().widget(1) is window.templates.panel
        assert window.campaigns.view.parentWidget().widget(0) is window.campaigns.table
    finally:
        _close(qtbot, window)


class _Reads:
    """``pages.contacts`` and ``lookups.tags`` as the contacts page and its table call them (not the inbox's own
    tag filter), recording the thread each call runs on; ``hold`` keeps the first call of ``pages.contacts``
    waiting until ``release`` is set."""

    CALLERS = ("klaros_desktop.ui.contacts_page", "klaros_desktop.ui.item_models")

    def __init__(self, monkeypatch, hold: bool = False):
        from klaros_desktop.services.reads import lookups, pages

        self.threads: list[tuple[str, bool]] = []  # (what, on the GUI thread)
        self.hold, self.release, self.holding = hold, threading.Event(), threading.Event()
        real_contacts, real_tags = pages.contacts, lookups.tags

        def record(what: str) -> None:
            if sys._getframe(2).f_globals.get("__name__") in self.CALLERS:
                self.threads.append((what, threading.current_thread() is threading.main_thread()))

        def contacts(*args, **kwargs):
            first = not any(what == "contacts" for what, _gui in self.threads)
            record("contacts")
            rows = real_contacts(*args, **kwargs)  # (read before the hold: the answer is what it was then)
            if first and self.hold:
                self.holding.set()
                self.release.wait(WAIT_MS / 1000)
            return rows

        def tags(*args, **kwargs):
            record("tags")
            return real_tags(*args, **kwargs)

        monkeypatch.setattr(pages, "contacts", contacts)
        monkeypatch.setattr(lookups, "tags", tags)


def test_at_start_the_contacts_page_reads_its_tags_and_first_rows_off_the_gui_thread(qtbot, qapp, shop_profile,
                                                                                     monkeypatch):
    """The page built after the first paint asks for its tags and first page of contacts on a pool thread and
    shows them when they come: the tag filter, the rows, and no "no contacts yet" over them."""
    from klaros_desktop import app

    reads = _Reads(monkeypatch)
    window = _start(qapp, shop_profile)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window._painted, timeout=WAIT_MS)
    try:
        app.attach_backend_in_background(window)
        qtbot.waitUntil(lambda: CONTACTS in window._built and window.contacts.model.rowCount() > 0, timeout=WAIT_MS)
        assert reads.threads == [("tags", False), ("contacts", False)]
        page = window.contacts
        with window.backend.sessions() as s:
            from klaros_desktop.models import Contact, Tag

            contacts = len(s.scalars(select(Contact.id)).all())
            tags = sorted(s.scalars(select(Tag.name)).all())
        assert page.model.rowCount() == min(contacts, queries.PAGE) and contacts
        assert sorted(page.tag_box.itemText(i) for i in range(1, page.tag_box.count())) == tags and tags
        assert page.tag_box.itemText(0) == "All tags" and page.tag_box.currentIndex() == 0
        assert page.empty.isHidden()
    finally:
        _close(qtbot, window)


def test_a_change_while_the_first_contacts_are_read_is_shown_not_lost(qtbot, backend, shop, monkeypatch):
    """A contact renamed while the page's first read is under way: the page reads again, and the answer that
    was read before the change (it comes last) is dropped, not shown over the new one."""
    from klaros_desktop.models import Contact
    from klaros_desktop.ui.contacts_page import ContactsPage

    reads = _Reads(monkeypatch, hold=True)
    page = ContactsPage(backend, in_steps=True)
    qtbot.addWidget(page)
    page.finish_building()
    assert reads.holding.wait(WAIT_MS / 1000)
    contact_id = min(shop.values())
    with backend.sessions() as s:
        s.get(Contact, contact_id).display_name = "Aaron Renamed"
        s.commit()
    backend.changed(Changes(contacts={contact_id}))
    qtbot.waitUntil(lambda: "Aaron Renamed" in [row.name for row in page.model.rows], timeout=WAIT_MS)
    reads.release.set()
    qtbot.waitUntil(lambda: not ops.pending(), timeout=WAIT_MS)
    assert "Aaron Renamed" in [row.name for row in page.model.rows]
    assert [what for what, _gui in reads.threads].count("contacts") == 2


def test_a_search_typed_while_the_first_contacts_are_read_keeps_its_rows(qtbot, backend, shop, monkeypatch):
    """The shop owner filters before the first read has answered: the filter's rows stay, the first read's
    answer (every contact) is not put over them."""
    from klaros_desktop.ui.contacts_page import ContactsPage

    reads = _Reads(monkeypatch, hold=True)
    page = ContactsPage(backend, in_steps=True)
    qtbot.addWidget(page)
    page.finish_building()
    assert reads.holding.wait(WAIT_MS / 1000)
    name = sorted(shop)[-1]
    page.search.setText(name)
    page.apply_filter()  # (what the search box's pause timer calls)
    assert [row.name for row in page.model.rows] == [name]
    reads.release.set()
    qtbot.waitUntil(lambda: not ops.pending(), timeout=WAIT_MS)
    assert [row.name for row in page.model.rows] == [name]


def test_a_first_contacts_read_that_fails_is_read_again_on_the_gui_thread(qtbot, backend, shop, monkeypatch):
    """The page's first read off the GUI thread fails (a locked database, say): the rows and tags are read
    again at once, so the table does not stay empty without its database."""
    from klaros_desktop.services.reads import pages
    from klaros_desktop.ui.contacts_page import ContactsPage

    real, failures = pages.contacts, []

    def contacts(*args, **kwargs):
        if threading.current_thread() is not threading.main_thread():
            failures.append(True)
            raise OSError("database is locked")
        return real(*args, **kwargs)

    monkeypatch.setattr(pages, "contacts", contacts)
    page = ContactsPage(backend, in_steps=True)
    qtbot.addWidget(page)
    page.finish_building()
    qtbot.waitUntil(lambda: page.model.rowCount() == len(shop), timeout=WAIT_MS)
    assert failures == [True] and page.tag_box.count() > 1 and page.model.sessions is backend.sessions


def _colour(widget: QWidget, x: int, y: int) -> str:
    image = widget.grab().toImage()
    return image.pixelColor(x, y).name()


@pytest.mark.parametrize("scheme", [theme.LIGHT, theme.DARK])
def test_the_template_panel_and_the_campaign_detail_take_their_look_from_the_apps_style_sheet(
        qtbot, qapp, backend, shop, scheme):
    """Neither page has a style sheet of its own: the chosen template's panel (the thread's background) and its
    bubble, the campaign's funnel box, reason line and bars look as they did, in the theme switched to while
    they exist (``app.qss``)."""
    from klaros_desktop.ui.campaign_runner import CampaignRunner
    from klaros_desktop.ui.campaign_view import CampaignView
    from klaros_desktop.ui.templates_page import TemplatesPage

    templates = TemplatesPage(backend)
    qtbot.addWidget(templates)
    runner = CampaignRunner(backend)
    view = CampaignView(backend, runner)
    qtbot.addWidget(view)
    for widget in (templates, view):
        widget.resize(1000, 700)
        widget.show()
    other = theme.DARK if scheme == theme.LIGHT else theme.LIGHT
    theme.apply(qapp, other)
    theme.apply(qapp, scheme)
    try:
        colours = theme.colours(scheme)
        assert templates.model.rows and templates.preview.isVisible()
        assert templates.styleSheet() == "" and templates.panel.styleSheet() == ""
        assert _colour(templates.panel, 10, templates.panel.height() // 2) == colours.thread_bg
        assert _colour(templates.preview, 4, templates.preview.height() // 2) == colours.bubble_in
        assert templates.preview.palette().color(templates.preview.foregroundRole()).name() == colours.bubble_text

        assert view.styleSheet() == ""
        view.funnel_box.show()
        view.reason.show()
        view.progress.show()
        view.progress.setRange(0, 100)
        view.progress.setValue(50)
        view.funnel_bars["failed"].setRange(0, 100)
        view.funnel_bars["failed"].setValue(100)
        view.funnel_bars["queued"].setRange(0, 100)
        view.funnel_bars["queued"].setValue(100)
        QApplication.processEvents()
        assert _colour(view.funnel_box, 8, view.funnel_box.height() // 2) == colours.alt_base
        assert _colour(view.reason, 3, view.reason.height() // 2) == colours.danger_bg
        assert view.reason.palette().color(view.reason.foregroundRole()).name() == colours.text
        bar = view.progress
        assert _colour(bar, 8, bar.height() // 2) == colours.accent
        assert _colour(bar, bar.width() - 8, bar.height() // 2) == colours.media_tile
        failed, queued = view.funnel_bars["failed"], view.funnel_bars["queued"]
        assert _colour(failed, failed.width() // 2, failed.height() // 2) == colours.danger
        assert _colour(queued, queued.width() // 2, queued.height() // 2) == colours.muted
    finally:
        theme.apply(qapp, theme.LIGHT)
        runner.close()  # (stopped and deleted on the GUI thread: ``test_campaigns_screen``'s runners)
        runner.deleteLater()
        qtbot.wait(0)


def test_with_no_template_the_panel_has_no_background_of_its_own(qtbot, qapp, backend):
    """As before: the panel takes the thread's background only once a template is shown in it."""
    from klaros_desktop.ui.templates_page import TemplatesPage

    theme.apply(qapp, theme.LIGHT)
    page = TemplatesPage(backend)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    assert not page.model.rows and page.preview.isHidden()
    assert _colour(page.panel, 10, page.panel.height() // 2) == theme.colours().window
