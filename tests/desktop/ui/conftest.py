"""Fixtures for the desktop UI tests: a migrated profile, a Backend, a fake Graph behind the real SendService."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from klaros_desktop import db
from klaros_desktop.models import Contact

WAIT_MS = 10_000  # the one wait-timeout of these tests (qtbot.waitUntil / waitSignal)
PHONE_NUMBER_ID = "106540352242922"
WABA_ID = "102290129340398"


@pytest.fixture
def shop_profile(tmp_path):
    """A profile at the current schema with the demo shop: it starts the fast way (first page, then database)."""
    from klaros_desktop.demo.seed import seed_demo_shop
    from klaros_desktop.paths import Profile

    profile = Profile(tmp_path / "shop").ensure()
    engine, sessions = db.open_database(profile)
    seed_demo_shop(sessions)
    engine.dispose()
    return profile


def on_the_qasync_loop(qapp, main):
    """Run the coroutine ``main()`` on a fresh qasync loop, the loop the app runs its background work on, and
    return its result.

    qasync's ``close`` leaves the Qt timers of its pending callbacks registered; the loop's timer object, freed
    later by the garbage collector on whatever thread runs it, would leave Qt a timer pointing at a deleted
    object (a crash in a later test). So the timer object is deleted here, on the GUI thread that owns it."""
    import asyncio

    import qasync
    import shiboken6

    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    try:
        with loop:
            return loop.run_until_complete(main())
    finally:
        asyncio.set_event_loop(None)
        shiboken6.delete(loop._timer)


class FakeGraph:
    """Answers like Meta's Graph API for sends; records what was sent."""

    def __init__(self):
        self.sent: list[tuple] = []
        self._ids = itertools.count(1)
        self.meta_templates: dict[str, dict] = {}  # what Meta holds, by template id (get_template, list_templates)
        self.fetched: list[str] = []
        self.edited: list[tuple] = []  # (template id, category, components, correlation id) of each edit
        self.refuse_edit: Exception | None = None  # what Meta answers the next edit instead of success
        self.uploads: list[tuple[str, str]] = []  # (file name, MIME type) of each upload_media
        self.handles: list[tuple[str, str, bytes]] = []  # (file name, MIME type, bytes) of each upload_handle
        self.example_fetches: list[str] = []  # the template example URLs fetched

    async def upload_handle(self, data, mime_type, filename, *, correlation_id=None):
        """Meta's Resumable Upload API: a template example's handle."""
        self.handles.append((filename, mime_type, data))
        return f"4::handle-{len(self.handles)}"

    async def fetch_example(self, url, *, correlation_id=None):
        self.example_fetches.append(url)
        return b"\x89PNG\r\n\x1a\n the shop's picture", "image/png"

    async def upload_media(self, data, mime_type, filename, *, correlation_id=None, progress=None):
        self.uploads.append((filename, mime_type))
        return f"media-{len(self.uploads)}"

    async def send_text(self, to, body, *, reply_to=None, preview_url=False, correlation_id=None):
        self.sent.append(("text", to, body))
        return SimpleNamespace(wamid=f"wamid.FAKE.{next(self._ids)}", message_status=None)

    async def send_template(self, to, name, language, components=None, *, correlation_id=None):
        self.sent.append(("template", to, name, language, components))
        return SimpleNamespace(wamid=f"wamid.FAKE.{next(self._ids)}", message_status=None)

    async def send_reaction(self, to, message_id, emoji, *, correlation_id=None):
        self.sent.append(("reaction", to, message_id, emoji))
        return SimpleNamespace(wamid=f"wamid.FAKE.{next(self._ids)}", message_status=None)

    async def list_templates(self, *, status=None):
        return list(self.meta_templates.values())

    async def create_template(self, name, language, category, components, *, correlation_id=None):
        template_id = str(900 + len(self.meta_templates))
        self.meta_templates[template_id] = {"id": template_id, "name": name, "language": language,
                                            "category": category, "status": "PENDING", "components": components}
        return {"id": template_id, "status": "PENDING", "category": category}

    async def edit_template(self, template_id, *, category=None, components=None, correlation_id=None):
        if self.refuse_edit is not None:
            raise self.refuse_edit
        self.edited.append((str(template_id), category, components, correlation_id))
        return {"success": True}

    async def get_template(self, template_id, *, correlation_id=None):
        self.fetched.append(str(template_id))
        return self.meta_templates[str(template_id)]


class OnePageRelay:
    """Serves the bodies it is given as one page of events sealed for the device ``key`` (as the relay seals
    them), then nothing."""

    def __init__(self, key, tenant_id: str = "tenant-1", device_id: str = "dev-1"):
        import importlib.util
        from pathlib import Path

        fake = Path(__file__).parents[1] / "core" / "relayfake.py"
        spec = importlib.util.spec_from_file_location("relayfake_ui", fake)
        self._relayfake = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(self._relayfake)
        self.key, self.tenant_id, self.device_id = key, tenant_id, device_id
        self.waiting: list = []
        self.cursor = 0

    def add(self, *bodies: dict) -> None:
        import json

        from klaros_desktop.relay_client import PulledEvent

        for body in bodies:
            self.cursor += 1
            sealed = self._relayfake.seal(json.dumps(body).encode(), self.tenant_id,
                                          {self.device_id: self.key.public_raw})
            self.waiting.append(PulledEvent(f"{self.cursor:08d}", None, f"relay-{self.cursor}", sealed))

    async def pull(self, after, *, limit=500, wait=0):
        from klaros_desktop.relay_client import RelayPage

        page, self.waiting = self.waiting, []
        return RelayPage(page, page[-1].cursor if page else after)

    async def ack(self, up_to: str) -> None:
        pass


def envelope(value: dict, field: str = "messages") -> dict:
    value = {"messaging_product": "whatsapp",
             "metadata": {"display_phone_number": "15550783881", "phone_number_id": PHONE_NUMBER_ID}, **value}
    return {"object": "whatsapp_business_account",
            "entry": [{"id": WABA_ID, "changes": [{"value": value, "field": field}]}]}


def text_message(wa_id: str, wamid: str, body: str, when: datetime, name: str = "Kunde") -> dict:
    return envelope({
        "contacts": [{"profile": {"name": name}, "wa_id": wa_id}],
        "messages": [{"from": wa_id, "id": wamid, "timestamp": str(int(when.timestamp())), "type": "text",
                      "text": {"body": body}}],
    })


def status_body(wamid: str, name: str, when: datetime, wa_id: str) -> dict:
    return envelope({"statuses": [{"id": wamid, "status": name, "timestamp": str(int(when.timestamp())),
                                   "recipient_id": wa_id}]})


@pytest.fixture
def database(profile):
    from PySide6.QtCore import QThreadPool

    engine, sessions = db.open_database(profile)
    yield engine, sessions
    QThreadPool.globalInstance().waitForDone(WAIT_MS)  # no background operation outlives its database
    engine.dispose()


@pytest.fixture
def sessions(database):
    return database[1]


@pytest.fixture
def apply(sessions):
    """Apply webhook bodies the way sync does (one transaction each); returns the summed stats, whose
    ``changes`` is what sync reports to the screens."""
    from klaros_desktop.services.inbound.apply import ApplyStats, WebhookApplier

    def _apply(*bodies):
        total = ApplyStats()
        for body in bodies:
            with sessions.begin() as s:
                total.add(WebhookApplier(s).apply(body, correlation_id="ui-test"))
        return total

    return _apply


@pytest.fixture
def graph():
    return FakeGraph()


@pytest.fixture
def backend(qapp, profile, sessions, graph):
    from klaros_desktop.services.messaging.sending import SendService
    from klaros_desktop.ui import theme
    from klaros_desktop.ui.backend import Backend

    theme.apply(qapp, theme.LIGHT)
    sender = SendService(sessions, graph, phone_number_id=PHONE_NUMBER_ID)
    return Backend(profile, sessions, messenger=sender)


@pytest.fixture
def now():
    return datetime.now(UTC).replace(microsecond=0)


@pytest.fixture
def customer(apply, sessions, now):
    """A customer who wrote 10 minutes ago (the 24-hour window is open); returns (contact_id, conversation_id)."""
    from klaros_desktop.models import Conversation

    apply(text_message("4915112345678", "wamid.IN.1", "Haben Sie Tulpen?", now - timedelta(minutes=10), "Anna"))
    with sessions() as s:
        conv = s.query(Conversation).one()
        return conv.contact_id, conv.id


@pytest.fixture
def approved_template(sessions):
    from klaros_desktop.services.messaging import templates

    with sessions.begin() as s:
        templates.store(s, [{"id": "1", "name": "order_ready", "language": "de", "status": "APPROVED",
                             "category": "UTILITY",
                             "components": [{"type": "BODY", "text": "Hallo {{1}}, Ihre Bestellung {{2}} ist da."}]},
                            {"id": "2", "name": "draft_offer", "language": "de", "status": "PENDING",
                             "category": "MARKETING", "components": [{"type": "BODY", "text": "Angebot"}]}])


@pytest.fixture
def wait_ops(qtbot):
    """Wait until every background operation of ``ui.ops`` reported back."""
    from klaros_desktop.ui import ops

    def _wait():
        qtbot.waitUntil(lambda: ops.pending() == 0, timeout=WAIT_MS)

    return _wait


def days_before_today(when: datetime) -> int:
    """How many calendar days (local time) lie between ``when`` and today. The demo shop's times are relative
    ("3 hours ago"), so what the screens call today or yesterday depends on when the suite runs: just after
    midnight, 3 hours ago is yesterday."""
    return (datetime.now(UTC).astimezone().date() - when.astimezone().date()).days


@pytest.fixture
def shop(sessions, now):
    """The demo shop (contacts, tags, conversations, templates), seeded at ``now``; returns {name: contact id}."""
    from klaros_desktop.demo.seed import seed_demo_shop

    seed_demo_shop(sessions, now)
    with sessions() as s:
        return {c.display_name: c.id for c in s.scalars(select(Contact))}


@pytest.fixture
def window(qtbot, backend, shop):
    from klaros_desktop.ui.main_window import MainWindow

    w = MainWindow(backend)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    return w
