"""The Campaigns screen driven through its widgets: the builder's live count and exclusions, the empty-variable
list that blocks the start, a schedule that came due while Klaros was closed (started at the next launch, and
said), the background sender (against the simulator on the app's qasync loop), pause and resume."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from PySide6.QtCore import Qt

from klaros_desktop.models import Contact, MessageTemplate, Tag, utcnow
from klaros_desktop.services.campaigns import lifecycle, schedule
from klaros_desktop.services.campaigns.audience import Segment
from klaros_desktop.services.people import consent
from klaros_desktop.ui.campaign_runner import CampaignRunner
from klaros_desktop.ui.campaign_view import RateMeter, funnel_counts
from klaros_desktop.ui.campaigns_page import CampaignsPage

from .conftest import WAIT_MS, on_the_qasync_loop


@pytest.fixture(autouse=True)
def quiet_at_the_end(wait_ops):
    """No read or send of one test reports back into the next one's widgets."""
    yield
    wait_ops()


@pytest.fixture
def runners(qtbot):
    """make(backend, **kw): a runner as the window has one, stopped and deleted on the GUI thread at the end
    (a runner left to the garbage collector could be deleted on a worker thread with its timers running)."""
    made = []

    def make(backend, **kw):
        runner = CampaignRunner(backend, **kw)
        made.append(runner)
        return runner

    yield make
    for runner in made:
        runner.close()
        runner.deleteLater()
    qtbot.wait(0)


@pytest.fixture
def people(sessions):
    """Four customers and a marketing template: Anna (vip, opted in), Ben (vip, no opt-in), Cem (vip, opted out
    of everything), Dora (no tag, no name). Returns {name: contact id}."""
    ids = {}
    with sessions.begin() as s:
        vip = Tag(name="vip")
        s.add(MessageTemplate(name="angebot", language="de", category="MARKETING", status="APPROVED",
                              components=[{"type": "BODY", "text": "Hallo {{1}}, diese Woche: {{2}}."}]))
        s.add(MessageTemplate(name="abholung", language="de", category="UTILITY", status="APPROVED",
                              components=[{"type": "BODY", "text": "Hallo {{1}}, alles liegt bereit."}]))
        for name, number, tags in (("Anna Berg", "+4915100000001", [vip]), ("Ben Kurz", "+4915100000002", [vip]),
                                   ("Cem Ak", "+4915100000003", [vip]), (None, "+4915100000004", [])):
            contact = Contact(phone_e164=number, display_name=name, tags=tags, custom_fields={}, notes="")
            s.add(contact)
            s.flush()
            ids[name or "Dora"] = contact.id
            if name == "Anna Berg":
                consent.record(s, contact, kind=consent.OPT_IN, scope=consent.SCOPE_MARKETING, source="import",
                               occurred_at=utcnow() - timedelta(days=3))
            if name == "Cem Ak":
                consent.record(s, contact, kind=consent.OPT_OUT, scope=consent.SCOPE_ALL, source="manual",
                               occurred_at=utcnow() - timedelta(days=1))
    return ids


@pytest.fixture
def page(qtbot, backend, people):
    view = CampaignsPage(backend)
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    return view


def _builder(qtbot, page):
    builder = page.new_campaign()
    qtbot.waitUntil(lambda: builder.template_box.count() > 0 and builder.tags_any.count() > 0, timeout=WAIT_MS)
    return builder


def _check(qtbot, builder, change):
    """Make ``change`` in the builder and wait for the count it causes."""
    with qtbot.waitSignal(builder.checked, timeout=WAIT_MS) as blocker:
        change()
    qtbot.waitUntil(lambda: builder._shown_generation == builder._generation, timeout=WAIT_MS)
    return builder.result if builder.result is not None else blocker.args[0]


def _tick(widget, value):
    for i in range(widget.count()):
        if widget.item(i).data(Qt.ItemDataRole.UserRole) == value:
            widget.item(i).setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(f"{value!r} not offered")


def _choose_template(builder, name):
    index = next(i for i in range(builder.template_box.count()) if builder.template_box.itemText(i).startswith(name))
    builder.template_box.setCurrentIndex(index)


def test_the_builder_counts_live_and_says_who_is_left_out_and_why(qtbot, page):
    builder = _builder(qtbot, page)
    _check(qtbot, builder, lambda: _choose_template(builder, "angebot"))
    result = _check(qtbot, builder, lambda: _tick(builder.tags_any, "vip"))
    assert result.recipients == 1
    assert builder.count.text() == "1"
    excluded = builder.excluded.text()
    assert "no recorded marketing opt-in" in excluded and "opted out of all messages" in excluded
    # the utility template needs no marketing opt-in: Ben comes in, Cem (opted out of everything) stays out
    result = _check(qtbot, builder, lambda: _choose_template(builder, "abholung"))
    assert builder.count.text() == "2" and "marketing" not in builder.excluded.text()
    # a saved audience comes back as it was saved
    with qtbot.waitSignal(builder.saved_box.model().rowsInserted, timeout=WAIT_MS):
        builder.save_segment("VIPs")
    qtbot.waitUntil(lambda: builder.saved_box.findText("VIPs") >= 0, timeout=WAIT_MS)
    _check(qtbot, builder, lambda: builder.tags_any.item(0).setCheckState(Qt.CheckState.Unchecked))
    assert builder.count.text() == "3"  # no filter: everyone not opted out (Dora too)
    result = _check(qtbot, builder, lambda: builder._use_saved(builder.saved_box.findText("VIPs")))
    assert result.recipients == 2 and builder.count.text() == "2"


def test_an_empty_variable_lists_who_and_blocks_the_start_until_a_fallback(qtbot, page, backend, graph, people):
    builder = _builder(qtbot, page)
    builder.name.setText("Abholung")
    _check(qtbot, builder, lambda: _choose_template(builder, "abholung"))
    result = _check(qtbot, builder, lambda: builder.mode_numbers.setChecked(True))
    result = _check(qtbot, builder, lambda: builder.numbers.setPlainText("+4915100000001\n+49 151 00000004\nkaputt"))
    assert result.recipients == 2 and "kaputt" in builder.count_caption.text()
    assert [e.phone for e in result.empty] == ["+4915100000004"]  # Dora has no name for {{1}}
    assert builder.empty_list.count() == 1 and "{{1}}" in builder.empty_list.item(0).text()
    assert not builder.go_button.isEnabled() and "empty value" in builder.summary.text()
    builder.preview_for.setCurrentIndex(builder.preview_for.findData(people["Anna Berg"]))
    qtbot.waitUntil(lambda: "Hallo Anna, alles liegt bereit." in builder.preview.text(), timeout=WAIT_MS)

    result = _check(qtbot, builder, lambda: builder.variable_rows[0].fallback.setText("liebe Kundin"))
    assert result.empty == [] and builder.go_button.isEnabled()
    with qtbot.waitSignal(builder.created, timeout=WAIT_MS) as created:
        builder.go_button.click()
    campaign_id = created.args[0]
    # started now: the window's background sender sends it (here through the fake Graph client)
    qtbot.waitUntil(lambda: lifecycle.status(backend.sessions, campaign_id)["state"] == "done", timeout=WAIT_MS)
    assert sorted(sent[1] for sent in graph.sent) == ["4915100000001", "4915100000004"]
    assert ("template", "4915100000004", "abholung", "de",
            [{"type": "body", "parameters": [{"type": "text", "text": "liebe Kundin"}]}]) in graph.sent
    qtbot.waitUntil(lambda: page.view.detail is not None and page.view.detail.row.state == "done"
                    and page.view.funnel_numbers["sent"].text() == "2", timeout=WAIT_MS)
    assert page.model.rows[0].name == "Abholung"


def test_a_campaign_due_while_klaros_was_closed_starts_at_launch_and_says_so(qtbot, backend, graph, people,
                                                                              runners):
    created = lifecycle.create(backend.sessions, "Adventsgruß", "abholung", "de", Segment(tags_any=("vip",)),
                               {"1": "first_name"})
    due_at = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    schedule.set_schedule(backend.sessions, created.campaign_id, due_at, now=due_at - timedelta(days=1))
    runner = runners(backend, clock=lambda: due_at + timedelta(hours=20))  # Klaros opened the next day
    page = CampaignsPage(backend, runner=runner)
    qtbot.addWidget(page)
    page.show()
    runner.start()
    qtbot.waitUntil(page.banner.isVisible, timeout=WAIT_MS)
    assert "Adventsgruß" in page.banner_text.text() and "while Klaros was closed" in page.banner_text.text()
    assert runner.notices == [page.banner_text.text()]
    qtbot.waitUntil(lambda: lifecycle.status(backend.sessions, created.campaign_id)["state"] == "done",
                    timeout=WAIT_MS)
    assert sorted(sent[1] for sent in graph.sent) == ["4915100000001", "4915100000002"]
    runner.check_schedule()  # started once: a later look finds nothing due and says nothing
    qtbot.waitUntil(lambda: not runner._checking, timeout=WAIT_MS)
    assert len(runner.notices) == 1


def test_a_schedule_not_yet_due_waits(qtbot, backend, people, runners):
    created = lifecycle.create(backend.sessions, "Später", "abholung", "de", Segment(tags_any=("vip",)),
                               {"1": "first_name"})
    now = utcnow()
    schedule.set_schedule(backend.sessions, created.campaign_id, now + timedelta(hours=2), now=now)
    runner = runners(backend, clock=lambda: now + timedelta(hours=1))
    runner.start()
    qtbot.waitUntil(lambda: not runner._checking, timeout=WAIT_MS)
    assert runner.notices == [] and lifecycle.status(backend.sessions, created.campaign_id)["state"] == "draft"
    runner.clock = lambda: now + timedelta(hours=2, seconds=5)  # the app kept running: its timer looks again
    runner.check_schedule()
    qtbot.waitUntil(lambda: bool(runner.notices), timeout=WAIT_MS)
    assert runner.notices == ["Campaign “Später” started as scheduled (2 recipients)."]


def test_pause_and_resume_from_the_screen_and_sending_when_connected(qtbot, backend, graph, people):
    messenger = backend.messenger
    backend.set_messenger(None)  # offline: a running campaign waits for the connection
    created = lifecycle.create(backend.sessions, "Abholung", "abholung", "de", Segment(tags_any=("vip",)),
                               {"1": "first_name"})
    lifecycle.launch(backend.sessions, created.campaign_id)
    page = CampaignsPage(backend)
    qtbot.addWidget(page)
    page.show()
    page.select_campaign(created.campaign_id)
    view = page.view
    qtbot.waitUntil(lambda: view.pause_button.isVisible(), timeout=WAIT_MS)
    assert "waiting for the connection" in view.progress_text.text()
    view.pause_button.click()
    qtbot.waitUntil(lambda: view.resume_button.isVisible() and view.reason.isVisible(), timeout=WAIT_MS)
    assert view.reason.text() == "Paused by you."
    assert lifecycle.status(backend.sessions, created.campaign_id)["state"] == "paused"
    view.resume_button.click()
    qtbot.waitUntil(lambda: view.pause_button.isVisible(), timeout=WAIT_MS)
    assert lifecycle.status(backend.sessions, created.campaign_id)["state"] == "running" and graph.sent == []
    backend.set_messenger(messenger)  # connected again: the runner sends what is running
    qtbot.waitUntil(lambda: view.detail.row.state == "done", timeout=WAIT_MS)
    assert sorted(sent[1] for sent in graph.sent) == ["4915100000001", "4915100000002"]
    assert "2 of 2 done (100%)" in view.progress_text.text()


def test_funnel_counts_each_stage_cumulatively_and_the_rate_is_measured():
    counts = {"queued": 3, "sent": 4, "delivered": 5, "read": 2, "replied": 1, "failed": 2, "skipped": 6, "held": 1}
    assert funnel_counts(counts) == {"queued": 3, "sent": 12, "delivered": 8, "read": 3, "replied": 1,
                                     "failed": 2, "skipped": 6, "held": 1}
    clock = iter([0.0, 2.0, 4.0, 16.0])
    meter = RateMeter(lambda: next(clock))
    meter.add(0)
    assert meter.rate() is None
    meter.add(40)
    meter.add(80)
    assert meter.rate() == 20.0
    meter.add(140)  # the oldest reading fell out of the window: measured over the recent ones
    assert meter.rate() == pytest.approx(60 / 12)


# ---------------------------------------------------------------- the background sender on the app's loop
@pytest.fixture
def sim():
    from klaros_sim.embedded import running_simulator, webhook_recorder

    with webhook_recorder(app_secret="ui-secret") as hooks, running_simulator(
            callback_url=hooks.url, app_secret="ui-secret") as handle:
        yield handle


def test_the_background_sender_sends_a_campaign_to_the_simulator_on_the_qasync_loop(qapp, qtbot, backend, sim):
    """As in the app: one shared AsyncClient, the Graph client on the qasync loop, the runner sending there
    while the screen stays live; the simulator counts exactly one message per customer."""

    from klaros_desktop.graph import GraphClient
    from klaros_desktop.services.messaging import templates
    from klaros_desktop.services.messaging.sending import SendService

    numbers = [f"+49151000002{i:02d}" for i in range(12)]
    with backend.sessions.begin() as s:
        tag = Tag(name="abholung")
        for i, number in enumerate(numbers):
            s.add(Contact(phone_e164=number, display_name=f"Kundin{i} Nachname", tags=[tag], custom_fields={},
                          notes=""))
    page = CampaignsPage(backend)
    qtbot.addWidget(page)
    page.show()
    ended: list[object] = []

    async def main():
        async with httpx.AsyncClient(trust_env=False) as http:
            graph = GraphClient(http, phone_number_id=sim.config.phone_number_id, waba_id=sim.config.waba_id,
                                token=sim.config.access_token, base_url=sim.base_url)
            await templates.refresh(backend.sessions, graph)
            backend.set_messenger(SendService(backend.sessions, graph, phone_number_id=sim.config.phone_number_id))
            created = lifecycle.create(backend.sessions, "Abholung", "order_ready", "de",
                                       Segment(tags_any=("abholung",)), {"1": "first_name", "2": "text:4711"})
            finished, draft_shown, done_shown = asyncio.Event(), asyncio.Event(), asyncio.Event()
            page.runner.finished.connect(lambda cid, outcome: (ended.append(outcome), finished.set()))
            page.view.shown.connect(lambda detail: (draft_shown if detail.row.state == "draft" else
                                                    done_shown if detail.row.state == "done" else finished).set())
            page.select_campaign(created.campaign_id)
            await asyncio.wait_for(draft_shown.wait(), timeout=WAIT_MS / 1000)
            page.view.start_button.click()
            await asyncio.wait_for(finished.wait(), timeout=WAIT_MS / 1000)
            await asyncio.wait_for(done_shown.wait(), timeout=WAIT_MS / 1000)
            await backend.aclose()

    on_the_qasync_loop(qapp, main)
    assert ended and ended[0].to_json() == {"sent": 12, "skipped": 0, "failed": 0, "held": 0}
    sent = Counter("+" + m["to"] for m in sim.outbound())
    assert sent == Counter({n: 1 for n in numbers})
    assert page.view.funnel_numbers["sent"].text() == "12"
    assert page.model.rows[0].state == "done"


def test_closing_the_app_mid_campaign_stops_cleanly_and_the_next_start_sends_the_rest(qapp, qtbot, backend, sim,
                                                                                      runners):
    """Closing while a campaign is sent: the sender gives back its lease and finishes the request under way
    (nothing left "sending" or "held"); the next start (a new runner) sends the rest at once, each customer
    exactly once on the simulator's side."""

    from klaros_desktop.graph import GraphClient
    from klaros_desktop.models import Campaign
    from klaros_desktop.services.campaigns import overview
    from klaros_desktop.services.messaging import templates
    from klaros_desktop.services.messaging.sending import SendService

    numbers = [f"+49151000003{i:02d}" for i in range(10)]
    with backend.sessions.begin() as s:
        tag = Tag(name="abholung")
        for i, number in enumerate(numbers):
            s.add(Contact(phone_e164=number, display_name=f"Kunde{i}", tags=[tag], custom_fields={}, notes=""))
    states: dict[str, object] = {}

    async def main():
        async with httpx.AsyncClient(trust_env=False) as http:
            graph = GraphClient(http, phone_number_id=sim.config.phone_number_id, waba_id=sim.config.waba_id,
                                token=sim.config.access_token, base_url=sim.base_url)
            await templates.refresh(backend.sessions, graph)
            backend.set_messenger(SendService(backend.sessions, graph, phone_number_id=sim.config.phone_number_id))
            created = lifecycle.create(backend.sessions, "Langsam", "order_ready", "de",
                                       Segment(tags_any=("abholung",)), {"1": "first_name", "2": "text:1"})
            lifecycle.launch(backend.sessions, created.campaign_id, rate=2)  # slow: the close comes mid-way
            first = runners(backend)
            some_sent = asyncio.Event()
            backend.data_changed.connect(lambda _c: some_sent.set() if any(
                m["to"] for m in sim.outbound()) else None)
            first.send(created.campaign_id)
            await asyncio.wait_for(some_sent.wait(), timeout=WAIT_MS / 1000)
            await first.close()  # as Backend.aclose runs it when the window closes
            states["after_close"] = lifecycle.status(backend.sessions, created.campaign_id)
            with backend.sessions() as s:
                states["runner"] = s.get(Campaign, created.campaign_id).runner_id
            states["sent_before"] = len(sim.outbound())
            ended = asyncio.Event()
            second = runners(backend)  # the next start
            second.finished.connect(lambda _cid, _outcome: ended.set())
            second.send_running()
            await asyncio.wait_for(ended.wait(), timeout=WAIT_MS / 1000)
            states["final"] = overview.rows(backend.sessions, {created.campaign_id})[0].counts

    on_the_qasync_loop(qapp, main)
    after = states["after_close"]
    assert after["state"] == "running" and after["held"] == 0 and states["runner"] is None
    assert 0 < after["sent"] < len(numbers) and after["sent"] + after["queued"] == len(numbers)
    assert states["sent_before"] == after["sent"]  # every request that left was settled as sent
    assert states["final"]["sent"] == len(numbers) and states["final"]["held"] == 0
    assert Counter("+" + m["to"] for m in sim.outbound()) == Counter({n: 1 for n in numbers})


def test_held_decision_retry_and_export_from_the_screen(qtbot, backend, graph, people, tmp_path):
    """A finished campaign with one recipient held ("may have been sent") and one failed with a passing error:
    the owner sends the held one again and retries the failed one from the screen; the results export."""
    import csv

    from klaros_desktop.models import CampaignRecipient

    created = lifecycle.create(backend.sessions, "Abholung", "abholung", "de", Segment(tags_any=("vip",)),
                               {"1": "first_name"})
    lifecycle.launch(backend.sessions, created.campaign_id)
    with backend.sessions.begin() as s:  # as a run that ended like this leaves them
        rows = {r.phone_e164: r for r in s.query(CampaignRecipient).filter_by(campaign_id=created.campaign_id)}
        rows["+4915100000001"].state, rows["+4915100000001"].reason_code = "held", "ambiguous"
        failed = rows["+4915100000002"]
        failed.state, failed.reason_code, failed.error_code = "failed", "meta_error", 131056
        from klaros_desktop.models import Campaign

        s.get(Campaign, created.campaign_id).status = "done"
    page = CampaignsPage(backend)
    qtbot.addWidget(page)
    page.show()
    page.select_campaign(created.campaign_id)
    view = page.view
    qtbot.waitUntil(lambda: view.held_box.isVisible() and view.retry_button.isVisible(), timeout=WAIT_MS)
    assert view.held_table.item(0, 0).text() == "Anna Berg"
    assert view.retry_button.text() == "Retry the failed (1)"
    assert "131056" in view.reasons.text()

    view.held_table.selectRow(0)
    view.send_again_button.click()
    qtbot.waitUntil(lambda: lifecycle.status(backend.sessions, created.campaign_id)["state"] == "done"
                    and len(graph.sent) == 1, timeout=WAIT_MS)
    assert graph.sent[0][1] == "4915100000001"
    qtbot.waitUntil(lambda: view.detail.row.counts["held"] == 0 and view.retry_button.isVisible(), timeout=WAIT_MS)
    view.retry_button.click()
    qtbot.waitUntil(lambda: len(graph.sent) == 2 and view.detail.row.counts["failed"] == 0
                    and view.detail.row.state == "done", timeout=WAIT_MS)
    assert graph.sent[1][1] == "4915100000002"

    target = tmp_path / "ergebnis.csv"
    view.export(target)
    qtbot.waitUntil(lambda: "written to" in view.action_result.text(), timeout=WAIT_MS)
    with target.open(encoding="utf-8", newline="") as handle:
        exported = {r["phone"]: r["state"] for r in csv.DictReader(handle)}
    assert exported == {"+4915100000001": "sent", "+4915100000002": "sent", "+4915100000003": "skipped"}


def test_a_test_send_from_the_builder_goes_to_the_owner_only(qtbot, page, backend, graph):
    builder = _builder(qtbot, page)
    _check(qtbot, builder, lambda: _choose_template(builder, "abholung"))
    _check(qtbot, builder, lambda: builder.variable_rows[0].fallback.setText("Chefin"))
    builder.test_number.setText("+49 170 1234567")
    builder.test_button.click()
    qtbot.waitUntil(lambda: builder.test_result.text() == "Test sent. Check your phone.", timeout=WAIT_MS)
    assert graph.sent == [("template", "491701234567", "abholung", "de",
                           [{"type": "body", "parameters": [{"type": "text", "text": "Chefin"}]}])]
    builder.test_number.setText("kein Telefon")
    builder.test_button.click()
    qtbot.waitUntil(lambda: builder.test_result.text().startswith("Not sent:"), timeout=WAIT_MS)
    assert "not a phone number" in builder.test_result.text() and len(graph.sent) == 1


def test_the_builder_forecasts_the_cost_and_names_the_countries_without_a_price(qtbot, page, backend):
    """The bundled rate card prices Austria (utility 0.0171 USD from 2025-07-01) but not Germany: the total is
    Austria's, marked "at least", and Germany is named as unpriced."""
    from decimal import Decimal

    from klaros_desktop.ui.i18n import day, money

    with backend.sessions.begin() as s:
        vip = s.query(Tag).filter_by(name="vip").one()
        s.add(Contact(phone_e164="+436641234567", display_name="Katharina Gruber", tags=[vip], custom_fields={},
                      notes=""))
    builder = _builder(qtbot, page)
    _check(qtbot, builder, lambda: _choose_template(builder, "abholung"))
    result = _check(qtbot, builder, lambda: _tick(builder.tags_any, "vip"))
    assert result.recipients == 3 and result.forecast.by_country == {"AT": Decimal("0.0171")}
    assert builder.cost_total.text() == f"at least {money(Decimal('0.0171'), 'USD')}"
    details = builder.cost_details.text()
    assert "Austria (AT)" in details and "Germany (DE)" in details and "2 recipients are not in the total" in details
    assert day("2025-07-01") in details  # "Jul 1, 2025" in the United States, "1 Jul 2025" in Britain
    assert builder.cost_line.text() == f"Cost: at least {money(Decimal('0.0171'), 'USD')}"


def test_a_reply_arriving_through_sync_moves_the_funnel_on_screen(qtbot, backend, graph, people, apply):
    from .conftest import text_message

    created = lifecycle.create(backend.sessions, "Abholung", "abholung", "de", Segment(tags_any=("vip",)),
                               {"1": "first_name"})
    page = CampaignsPage(backend)
    qtbot.addWidget(page)
    page.show()
    page.select_campaign(created.campaign_id)
    view = page.view
    qtbot.waitUntil(view.start_button.isVisible, timeout=WAIT_MS)
    view.start_button.click()
    qtbot.waitUntil(lambda: view.detail.row.state == "done" and page.model.rows
                    and page.model.rows[0].state == "done", timeout=WAIT_MS)
    assert view.funnel_numbers["replied"].text() == "0"
    stats = apply(text_message("4915100000001", "wamid.REPLY.1", "Danke, komme morgen!",
                               utcnow() + timedelta(seconds=2), "Anna"))
    backend.changed(stats.changes)  # as sync hands a page's report to the screens
    qtbot.waitUntil(lambda: view.funnel_numbers["replied"].text() == "1", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: page.model.rows[0].counts["replied"] == 1, timeout=WAIT_MS)
    assert page.model.data(page.model.index(0, 7)) == "1"  # the list's Replied column


def test_a_draft_is_scheduled_and_unscheduled_from_its_page_with_its_cost_shown(qtbot, backend, people):
    from klaros_desktop.services.core import settings

    with backend.sessions.begin() as s:
        settings.change(s, {settings.SHOP_TIME_ZONE: "Europe/Berlin"})
    created = lifecycle.create(backend.sessions, "Später", "abholung", "de", Segment(tags_any=("vip",)),
                               {"1": "first_name"})
    page = CampaignsPage(backend)
    qtbot.addWidget(page)
    page.show()
    page.select_campaign(created.campaign_id)
    view = page.view
    qtbot.waitUntil(lambda: view.schedule_button.isVisible(), timeout=WAIT_MS)
    assert not view.unschedule_button.isVisible()
    assert view.cost.text().startswith("Cost forecast: not known; the price list has no price for Germany (DE)")
    view.schedule(datetime(2099, 5, 1, 9, 30))  # as typed into the dialog, in the shop's time zone
    qtbot.waitUntil(lambda: view.unschedule_button.isVisible(), timeout=WAIT_MS)
    with backend.sessions() as s:
        from klaros_desktop.models import Campaign

        assert s.get(Campaign, created.campaign_id).scheduled_at == datetime(2099, 5, 1, 7, 30, tzinfo=UTC)
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, 2)) == "Scheduled", timeout=WAIT_MS)
    assert "starts by itself on" in view.subtitle.text()
    view.unschedule_button.click()
    qtbot.waitUntil(lambda: not view.unschedule_button.isVisible(), timeout=WAIT_MS)
    assert page.model.data(page.model.index(0, 2)) == "Draft"


def test_the_builder_warns_when_the_forecast_would_go_over_the_monthly_budget(qtbot, page, backend):
    """A budget of 0.01 USD and a campaign forecast at 0.0171 USD: the builder says so before launch."""
    from decimal import Decimal

    from klaros_desktop.services.analytics import budget

    budget.save(backend.sessions, budget.Budget(Decimal("0.01"), "USD"))
    with backend.sessions.begin() as s:
        vip = s.query(Tag).filter_by(name="vip").one()
        s.add(Contact(phone_e164="+436641234567", display_name="Katharina Gruber", tags=[vip], custom_fields={},
                      notes=""))
    builder = _builder(qtbot, page)
    _check(qtbot, builder, lambda: _choose_template(builder, "abholung"))
    with qtbot.waitSignal(builder.budget_checked, timeout=WAIT_MS) as first:
        _check(qtbot, builder, lambda: _tick(builder.tags_any, "vip"))
    assert first.args[0].exceeds and not builder.budget_warning.isHidden()
    assert "more than your monthly budget of 0.01 USD" in builder.budget_warning.text()

    budget.save(backend.sessions, budget.Budget(Decimal("500"), "USD"))  # room enough: no warning
    with qtbot.waitSignal(builder.budget_checked, timeout=WAIT_MS,
                          check_params_cb=lambda check: check.budget.amount == Decimal("500")) as answer:
        _check(qtbot, builder, builder.run_check)
    assert not answer.args[0].exceeds and builder.budget_warning.isHidden()


def test_an_empty_coupon_code_is_listed_as_the_code_of_its_button(qtbot, backend, people):
    with backend.sessions.begin() as s:
        s.add(MessageTemplate(name="gutschein", language="de", category="MARKETING", status="APPROVED", components=[
            {"type": "BODY", "text": "Hallo, Ihr Gutschein wartet."},
            {"type": "BUTTONS", "buttons": [{"type": "COPY_CODE", "example": "SPRING25"}]}]))
    page = CampaignsPage(backend)
    qtbot.addWidget(page)
    page.show()
    builder = _builder(qtbot, page)
    _check(qtbot, builder, lambda: _choose_template(builder, "gutschein"))
    result = _check(qtbot, builder, lambda: _tick(builder.tags_any, "vip"))
    assert [e.variables for e in result.empty] == [["button:0"]]
    shown = builder.empty_list.item(0).text()
    assert "code of button 1" in shown and "link" not in shown


def test_a_picture_template_waits_for_its_picture_and_link_variable_then_sends(qtbot, backend, graph, people,
                                                                              tmp_path):
    with backend.sessions.begin() as s:
        s.add(MessageTemplate(name="fruehling", language="de", category="MARKETING", status="APPROVED", components=[
            {"type": "HEADER", "format": "IMAGE"}, {"type": "BODY", "text": "Hallo {{1}}, neu im Laden!"},
            {"type": "BUTTONS", "buttons": [{"type": "URL", "text": "Ansehen", "url": "https://shop.example/{{1}}"}]}]))
    page = CampaignsPage(backend)
    qtbot.addWidget(page)
    page.show()
    builder = _builder(qtbot, page)
    builder.name.setText("Frühling")
    _check(qtbot, builder, lambda: _choose_template(builder, "fruehling"))
    result = _check(qtbot, builder, lambda: _tick(builder.tags_any, "vip"))
    assert result.recipients == 1 and result.header == "image" and result.header_missing
    assert not builder.header_box.isHidden() and len(builder.button_rows) == 1
    assert [e.variables for e in result.empty] == [["button:0"]]  # the link's fixed text is still empty
    assert "link of button 1" in builder.empty_list.item(0).text()
    _check(qtbot, builder, lambda: builder.button_rows[0].choose("text", "fruehling-2026"))
    assert not builder.go_button.isEnabled() and "picture" in builder.summary.text()
    assert builder.draft_button.isEnabled()  # a draft may wait for its picture
    picture = tmp_path / "fruehling.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 200)
    result = _check(qtbot, builder, lambda: builder.choose_header_media(picture))
    assert not result.header_missing and builder.go_button.isEnabled()
    assert "fruehling.png" in builder.header_label.text()
    qtbot.waitUntil(lambda: "Picture attached" in builder.preview.text(), timeout=WAIT_MS)
    with qtbot.waitSignal(builder.created, timeout=WAIT_MS) as created:
        builder.go_button.click()
    qtbot.waitUntil(lambda: lifecycle.status(backend.sessions, created.args[0])["state"] == "done", timeout=WAIT_MS)
    assert graph.uploads == [("fruehling.png", "image/png")]
    assert graph.sent == [("template", "4915100000001", "fruehling", "de", [
        {"type": "header", "parameters": [{"type": "image", "image": {"id": "media-1"}}]},
        {"type": "body", "parameters": [{"type": "text", "text": "Anna"}]},
        {"type": "button", "sub_type": "url", "index": "0", "parameters": [{"type": "text", "text": "fruehling-2026"}]},
    ])]


def test_a_wrong_file_for_the_picture_is_said_and_not_taken(qtbot, backend, people, tmp_path):
    with backend.sessions.begin() as s:
        s.add(MessageTemplate(name="fruehling", language="de", category="UTILITY", status="APPROVED", components=[
            {"type": "HEADER", "format": "IMAGE"}, {"type": "BODY", "text": "Neu im Laden!"}]))
    page = CampaignsPage(backend)
    qtbot.addWidget(page)
    builder = _builder(qtbot, page)
    _check(qtbot, builder, lambda: _choose_template(builder, "fruehling"))
    pdf = tmp_path / "preise.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + b"x" * 100)
    builder.choose_header_media(pdf)
    assert "picture" in builder.header_label.text() and builder.draft().header_media is None


@pytest.mark.parametrize(("language", "one", "two"), [("en", "1 campaign", "2 campaigns"),
                                                      ("de", "1 Kampagne", "2 Kampagnen")])
def test_the_campaign_count_reads_right_for_one_and_for_more(qtbot, qapp, backend, people, language, one, two):
    from types import SimpleNamespace

    from klaros_desktop.ui import i18n

    i18n.use_language(qapp, language)
    view = CampaignsPage(backend)
    qtbot.addWidget(view)
    draft = SimpleNamespace(state=lifecycle.DRAFT, scheduled_at=None)
    view.model.rows = [draft]
    view._counted()
    assert view.status.text() == one
    view.model.rows = [draft, draft]
    view._counted()
    assert view.status.text() == two


def test_the_builder_imports_meta_s_price_list_and_says_what_it_read(qtbot, page, tmp_path):
    from pathlib import Path

    builder = _builder(qtbot, page)
    rates = Path(__file__).resolve().parents[2] / "fixtures" / "pricing" / "meta_rates_usd.csv"
    builder.import_rates(rates)
    qtbot.waitUntil(lambda: builder.rates_result.text().startswith("Imported prices for"), timeout=WAIT_MS)
    assert "in USD" in builder.rates_result.text()
    wrong = tmp_path / "kunden.csv"
    wrong.write_text("name,phone\nAnna,+4915112345678\n", encoding="utf-8")
    builder.import_rates(wrong)
    qtbot.waitUntil(lambda: "not Meta's rate card" in builder.rates_result.text(), timeout=WAIT_MS)
