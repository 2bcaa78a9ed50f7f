"""The campaign list reads a page at a time (like the other growing lists), counts every campaign in its status
line, and a change report places a campaign among the loaded pages without pulling an old one to the top."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from klaros_desktop.models import Campaign, utcnow
from klaros_desktop.services.campaigns import overview
from klaros_desktop.services.core.changes import Changes
from klaros_desktop.ui.campaigns_page import CampaignsModel, CampaignsPage

from .conftest import WAIT_MS

COUNT = overview.PAGE + 30


def _campaigns(sessions, count=COUNT):
    start = utcnow() - timedelta(days=30)
    with sessions.begin() as s:
        s.add_all(Campaign(name=f"Kampagne {i}", template_name="angebot", template_language="de", status="done",
                           created_at=start + timedelta(minutes=i)) for i in range(count))


def test_the_list_loads_a_page_then_the_next_as_it_scrolls(qtbot, backend):
    _campaigns(backend.sessions)
    model = CampaignsModel(backend.sessions)
    with qtbot.waitSignal(model.modelReset, timeout=WAIT_MS):
        model.reload()
    assert model.rowCount() == overview.PAGE and model.canFetchMore()
    assert model.rows[0].name == f"Kampagne {COUNT - 1}" and model.summary.total == COUNT
    model.fetchMore()
    assert model.rowCount() == COUNT and not model.canFetchMore()
    assert [r.name for r in model.rows] == [f"Kampagne {i}" for i in reversed(range(COUNT))]


def test_a_change_places_a_new_campaign_on_top_and_leaves_an_unloaded_old_one_to_its_page(qtbot, backend):
    _campaigns(backend.sessions)
    model = CampaignsModel(backend.sessions)
    with qtbot.waitSignal(model.modelReset, timeout=WAIT_MS):
        model.reload()
    with backend.sessions.begin() as s:
        oldest = s.scalar(select(Campaign.id).order_by(Campaign.created_at).limit(1))
        new = Campaign(name="Neu", template_name="angebot", template_language="de", status="draft")
        s.add(new)
        s.flush()
        new_id = new.id
    with qtbot.waitSignal(model.summary_changed, timeout=WAIT_MS):
        model.apply_changes(Changes(campaigns={oldest, new_id}))
    assert model.rows[0].id == new_id and model.row_of(oldest) is None
    assert model.rowCount() == overview.PAGE + 1 and model.summary.total == COUNT + 1


def test_the_status_line_counts_every_campaign_not_only_the_loaded_page(qtbot, qapp, backend):
    from klaros_desktop.ui import i18n

    i18n.use_language(qapp, "en")  # as the app starts: English plural forms (the fixture puts translators back)
    _campaigns(backend.sessions)
    page = CampaignsPage(backend)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == overview.PAGE, timeout=WAIT_MS)
    assert page.status.text().startswith(f"{COUNT} campaigns")
