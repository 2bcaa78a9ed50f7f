"""At a normal start the backend is attached in steps, one widget group per turn of the event loop: between
building the thread view, the composer, the contact panel and each page built after, the GUI thread goes back
to its event loop (a posted event is processed), so input and paints are never kept waiting for the whole
attach. Counted with posted events, not timed."""

from __future__ import annotations

import importlib.util
import itertools
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QScrollArea

from klaros_desktop.ui.item_models import RowRole
from klaros_desktop.ui.main_window import MainWindow

_spec = importlib.util.spec_from_file_location("ui_conftest_steps", Path(__file__).with_name("conftest.py"))
_conf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_conf)
WAIT_MS = _conf.WAIT_MS



class _Turns:
    """Each build recorded with how many posted probes the event loop had processed by then; every build posts
    a probe of its own, so two builds in the same turn of the event loop see the same count."""

    def __init__(self):
        self.processed = 0
        self.builds: list[tuple[str, int]] = []

    def built(self, what: str) -> None:
        self.builds.append((what, self.processed))
        QTimer.singleShot(0, self._probe)

    def _probe(self) -> None:
        self.processed += 1

    def wrap_init(self, monkeypatch, cls, what: str) -> None:
        real = cls.__init__

        def __init__(obj, *args, **kwargs):
            self.built(what)
            real(obj, *args, **kwargs)

        monkeypatch.setattr(cls, "__init__", __init__)

    def wrap_first(self, monkeypatch, module, name: str, what: str) -> None:
        """``module.name`` (a widget or layout class the module builds with) recorded at its first construction
        only: the first of its kind marks where a group begins."""
        real = getattr(module, name)
        turns, seen = self, []

        class First(real):
            def __init__(self, *args, **kwargs):
                if not seen:
                    seen.append(what)
                    turns.built(what)
                super().__init__(*args, **kwargs)

        monkeypatch.setattr(module, name, First)


def watch_campaigns(turns: _Turns, monkeypatch) -> None:
    """The campaigns page's groups: the list, then the detail view's scroll area with its header and actions,
    its funnel, its held recipients and its connections."""
    from klaros_desktop.ui import campaign_view, campaigns_page

    turns.wrap_first(monkeypatch, campaigns_page, "QTableView", "campaigns: list")
    turns.wrap_first(monkeypatch, campaign_view, "QScrollArea", "campaigns: header")
    turns.wrap_first(monkeypatch, campaign_view, "QGridLayout", "campaigns: funnel")
    turns.wrap_first(monkeypatch, campaign_view, "QTableWidget", "campaigns: held")
    turns.wrap_first(monkeypatch, campaign_view, "QTimer", "campaigns: connected")


CAMPAIGN_GROUPS = ["campaigns: list", "campaigns: header", "campaigns: funnel", "campaigns: held",
                   "campaigns: connected"]


def watch_contacts_and_templates(turns: _Turns, monkeypatch) -> None:
    """The contacts page's groups (the tool row, the table) and the templates page's (the list, the panel, the
    tool row, the templates read)."""
    from klaros_desktop.ui import contacts_page, templates_page
    from klaros_desktop.ui.item_models import TemplatesModel

    turns.wrap_first(monkeypatch, contacts_page, "QLineEdit", "contacts: tools")
    turns.wrap_first(monkeypatch, contacts_page, "QTableView", "contacts: table")
    turns.wrap_first(monkeypatch, templates_page, "QTableView", "templates: list")
    turns.wrap_first(monkeypatch, templates_page, "QFrame", "templates: panel")
    turns.wrap_first(monkeypatch, templates_page, "QPushButton", "templates: tools")
    real_reload, read = TemplatesModel.reload, []

    def reload(model) -> None:
        if not read:
            read.append(True)
            turns.built("templates: read")
        real_reload(model)

    monkeypatch.setattr(TemplatesModel, "reload", reload)


def test_attach_and_the_pages_build_one_group_per_turn_of_the_event_loop(qtbot, qapp, shop_profile, monkeypatch):
    """``klaros open``'s attach: the thread view, the composer's groups, contact panel, the rest of the window and
    each page built after are built on turns of the event loop of their own; ``backend_attached`` comes once, and a chat
    clicked before still opens then."""
    from klaros_desktop import app
    from klaros_desktop.ui import analytics_page, attachments, composer, contact_panel, navigation
    from klaros_desktop.ui.charts import FunnelChart, LineChart
    from klaros_desktop.ui.inbox import ThreadView
    from klaros_desktop.ui.keyring_warning import KeyringWarning

    turns = _Turns()
    turns.wrap_init(monkeypatch, ThreadView, "thread")
    # the composer by its groups: the text box (with the composer itself), the template picker, then its last
    # page with the attach button (which goes into the text box's row)
    turns.wrap_init(monkeypatch, composer.ComposerText, "composer: text")
    turns.wrap_first(monkeypatch, composer, "QComboBox", "composer: template")
    turns.wrap_init(monkeypatch, attachments.Attachments, "composer: attachments")
    turns.wrap_init(monkeypatch, contact_panel.ContactPanel, "panel")
    turns.wrap_init(monkeypatch, KeyringWarning, "window")
    turns.wrap_init(monkeypatch, navigation.NotificationSettings, "window: notifications")  # (its menu, counters)
    turns.wrap_init(monkeypatch, FunnelChart, "analytics: delivery")  # (the longest page: by its sections)
    turns.wrap_init(monkeypatch, LineChart, "analytics: cost")

    class ScrollArea(QScrollArea):  # made with the page's first section: the cards go into it as they are built
        def __init__(self, *args):
            turns.built("analytics: scroll")
            super().__init__(*args)

    monkeypatch.setattr(analytics_page, "QScrollArea", ScrollArea)
    watch_campaigns(turns, monkeypatch)
    watch_contacts_and_templates(turns, monkeypatch)
    real_make_page = MainWindow._make_page

    def make_page(window, index, *rest):
        turns.built(f"page {index}")
        return real_make_page(window, index, *rest)

    monkeypatch.setattr(MainWindow, "_make_page", make_page)
    window = app.open_window(qapp, shop_profile)
    qtbot.addWidget(window)
    attached = []
    window.backend_attached.connect(attached.append)
    window.show()
    qtbot.waitUntil(lambda: window._painted, timeout=WAIT_MS)
    chosen = window.inbox.conversations.index(1)
    chosen_id = chosen.data(RowRole).id
    window.inbox.list.setCurrentIndex(chosen)  # before the backend: kept
    try:
        app.attach_backend_in_background(window)
        qtbot.waitUntil(lambda: len(window._built) == 5, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: bool(attached), timeout=WAIT_MS)
        names = [what for what, _count in turns.builds]
        assert names[:7] == ["thread", "composer: text", "composer: template", "composer: attachments", "panel",
                             "window", "window: notifications"]
        # the analytics page: made on a turn of its own, its scroll area with the first section (not the whole
        # body moved into it at the end), no style sheet of its own to re-style every widget in its last turn
        # each page a group per turn: contacts and templates as well as analytics and campaigns
        assert names[7:] == ["page 1", "contacts: tools", "contacts: table",
                             "page 2", "templates: list", "templates: panel", "templates: tools", "templates: read",
                             "page 3", "analytics: scroll", "analytics: delivery", "analytics: cost",
                             "page 4", *CAMPAIGN_GROUPS]
        counts = [count for _what, count in turns.builds]
        # every build after the event loop processed what the one before posted: never two in one turn
        assert all(later > earlier for earlier, later in itertools.pairwise(counts)), turns.builds
        assert window.analytics.styleSheet() == "" and window.analytics.scroll.widget() is not None
        assert attached == [window.backend] and window.backend is not None
        assert window.inbox.current is not None and window.inbox.current.id == chosen_id
    finally:
        qtbot.waitUntil(lambda: window.backend is not None, timeout=WAIT_MS)
        for close in reversed(window.backend.closers):
            close()



def test_going_to_campaigns_while_it_is_built_in_steps_finishes_it_at_once(qtbot, qapp, shop_profile, monkeypatch):
    """The shop owner opens Campaigns after its list is built but before the detail view is: the rest is built
    in that same turn, the page shows complete, and its campaigns are read."""
    from klaros_desktop import app
    from klaros_desktop.ui.main_window import CAMPAIGNS

    turns = _Turns()
    watch_campaigns(turns, monkeypatch)
    window = app.open_window(qapp, shop_profile)
    qtbot.addWidget(window)
    went = []

    def go() -> None:  # posted by the list's build: runs before the page's next group
        went.append(len(turns.builds))
        window.show_page(CAMPAIGNS)

    real_built = turns.built

    def built(what: str) -> None:
        real_built(what)
        if what == "campaigns: list":
            QTimer.singleShot(0, go)

    turns.built = built
    window.show()
    qtbot.waitUntil(lambda: window._painted, timeout=WAIT_MS)
    try:
        app.attach_backend_in_background(window)
        qtbot.waitUntil(lambda: bool(went), timeout=WAIT_MS)
        page = window.pages.currentWidget()
        assert window.pages.currentIndex() == CAMPAIGNS and window._built.get(CAMPAIGNS) is page
        assert went == [1]  # only the list was built before
        names = [what for what, _count in turns.builds]
        assert names == CAMPAIGN_GROUPS
        finished = [count for what, count in turns.builds[1:]]
        assert len(set(finished)) == 1, turns.builds  # all of the rest in the turn the owner went there
        assert next(page.build_steps, None) is None and next(page.view.build_steps, None) is None
        # the campaigns read: the demo shop has none (only the read's answer hides the list and detail)
        qtbot.waitUntil(lambda: not page.splitter.isVisible(), timeout=WAIT_MS)
        assert page.empty_hint.isVisible()
        assert page.view.title.text()  # the empty detail says what to do ("Choose a campaign above")
    finally:
        qtbot.waitUntil(lambda: window.backend is not None, timeout=WAIT_MS)
        for close in reversed(window.backend.closers):
            close()
