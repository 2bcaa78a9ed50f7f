"""Every Graph request lands in the audit trail (``graph_request`` rows) with the correlation id the simulator
received, without the token or any query string; the rows are written off the event loop and none is lost
when the writer closes. A send leaves its business row plus the row of its POST, under one correlation id."""

from __future__ import annotations

import asyncio
import json
import threading
from dataclasses import dataclass

import httpx
import pytest
from sqlalchemy import event, select

from klaros_desktop import correlation
from klaros_desktop.graph import GraphClient
from klaros_desktop.models import AuditEvent, Message
from klaros_desktop.services.core import audit
from klaros_desktop.services.core.audit import GraphAuditWriter
from klaros_desktop.services.inbound.apply import WebhookApplier
from klaros_desktop.services.media.downloads import fetch_media
from klaros_desktop.services.messaging import templates
from klaros_desktop.services.messaging.sending import SendService
from klaros_desktop.services.privacy.erasure import erase_contact

SECRET = "audit-app-secret"
TOKEN = "EAAG-audit-secret-token"
CUSTOMER = "+4915112345678"


@pytest.fixture
def sim(recorded_simulator):
    return recorded_simulator(secret=SECRET, token=TOKEN, seed=5)


@pytest.fixture
def writer(sessions):
    w = GraphAuditWriter(sessions)
    yield w
    w.close()


@pytest.fixture
async def graph(sim, writer):
    async with httpx.AsyncClient(trust_env=False) as http:
        yield GraphClient(http, phone_number_id=sim.config.phone_number_id, waba_id=sim.config.waba_id, token=TOKEN,
                          base_url=sim.base_url, backoff_base=0.01, backoff_max=0.05, audit=writer)


def _rows(sessions, **where) -> list[AuditEvent]:
    with sessions() as s:
        query = select(AuditEvent).order_by(AuditEvent.id)
        for key, value in where.items():
            query = query.where(getattr(AuditEvent, key) == value)
        return list(s.scalars(query))


def _inbound(sim, sessions, deliver) -> None:
    """Let the customer do something and apply the simulator's webhook as sync would."""
    before = len(sim.hooks.bodies)
    deliver()
    sim.wait_until(lambda: len(sim.hooks.bodies) > before, 10, "the customer's webhook")
    with sessions.begin() as s:
        for body in sim.hooks.bodies[before:]:
            WebhookApplier(s).apply(body, correlation_id="relay-test")


def _no_secret_anywhere(rows: list[AuditEvent]) -> None:
    text = json.dumps([[r.subject, r.details] for r in rows], ensure_ascii=False)
    assert TOKEN not in text and "?" not in text and "hash=" not in text and "access_token" not in text


async def test_template_refresh_rows_carry_method_path_status_and_the_sent_correlation_id(sim, sessions, graph,
                                                                                          writer):
    graph.template_page_size = 2  # several pages: the next-page URLs carry query strings Meta may sign
    count = (await templates.refresh(sessions, graph)).count
    writer.flush()
    [refreshed] = _rows(sessions, action="templates_refreshed")
    assert refreshed.details == {"count": count} and count > 2
    cid = refreshed.correlation_id
    assert cid and cid.startswith("ui-")
    rows = _rows(sessions, action=audit.GRAPH_REQUEST)
    received = [r for r in sim.requests() if r["path"].endswith("/message_templates")]
    assert len(rows) == len(received) > 1
    assert {r["correlation_id"] for r in received} == {cid} == {r.correlation_id for r in rows}
    path = f"/v23.0/{sim.config.waba_id}/message_templates"
    for row in rows:
        assert row.actor == "graph" and row.subject == f"GET {path}"
        assert row.details["method"] == "GET" and row.details["path"] == path
        assert row.details["http_status"] == 200 and row.details["attempts"] == 1 and row.details["error_code"] is None
    _no_secret_anywhere(_rows(sessions))


async def test_media_download_rows_share_the_media_downloaded_correlation_id(sim, sessions, graph, writer, profile):
    _inbound(sim, sessions, lambda: sim.send_media(CUSTOMER, "image", b"\xff\xd8\xffphoto", caption="So eins"))
    with sessions() as s:
        message = s.scalar(select(Message).where(Message.media_id.is_not(None)))
    media = await fetch_media(sessions, graph, profile.media, message.id)
    writer.flush()
    assert (profile.media / media.local_path).read_bytes() == b"\xff\xd8\xffphoto"
    [downloaded] = _rows(sessions, action="media_downloaded")
    cid = downloaded.correlation_id
    assert cid.startswith("media-")
    rows = _rows(sessions, action=audit.GRAPH_REQUEST)
    # the webhook carried the download URL (Meta does so now): one GET of the bytes, no GET /{media-id} first
    assert [r.details["method"] for r in rows] == ["GET"]
    assert rows[0].details["path"] == "/whatsapp_business/attachments/"
    assert all(r.correlation_id == cid and r.details["http_status"] == 200 for r in rows)
    received = [r for r in sim.requests() if r["correlation_id"] == cid]
    assert [(r["method"], r["path"]) for r in received] == [(r.details["method"], r.details["path"]) for r in rows]
    _no_secret_anywhere(_rows(sessions))
    erase_contact(sessions, CUSTOMER, profile=profile)  # Meta's id of the person's media goes from the trail too
    trail = json.dumps([[r.subject, r.details] for r in _rows(sessions)])
    assert message.media_id not in trail and CUSTOMER[1:] not in trail
    # the URL's query (the media id) never reached the trail
    assert _rows(sessions, action=audit.GRAPH_REQUEST)[0].subject == "GET /whatsapp_business/attachments/"


async def test_a_send_leaves_its_business_row_and_one_graph_row_under_one_id(sim, sessions, graph, writer):
    _inbound(sim, sessions, lambda: sim.say(CUSTOMER, "Hallo, ist die Torte fertig?"))
    service = SendService(sessions, graph, phone_number_id=sim.config.phone_number_id)
    sent = await service.send_text(CUSTOMER, "Ja, ab 15 Uhr!")
    sim.inject_errors(100)  # Meta refuses the next request outright (not retryable)
    failed = await service.send_text(CUSTOMER, "Und morgen?")
    refused = await service.send_text("+4915199887766", "Nie geschrieben")  # outside any window
    writer.flush()
    assert sent.sent and failed.error_code == 100 and not refused.decision.allowed
    by_id = {o.correlation_id: sorted(r.action for r in _rows(sessions, correlation_id=o.correlation_id))
             for o in (sent, failed, refused)}
    assert by_id == {sent.correlation_id: [audit.GRAPH_REQUEST, "message_sent"],
                     failed.correlation_id: [audit.GRAPH_REQUEST, "send_failed"],
                     refused.correlation_id: ["send_refused"]}
    [ok] = _rows(sessions, action=audit.GRAPH_REQUEST, correlation_id=sent.correlation_id)
    [bad] = _rows(sessions, action=audit.GRAPH_REQUEST, correlation_id=failed.correlation_id)
    assert ok.subject == f"POST /v23.0/{sim.config.phone_number_id}/messages" and ok.details["http_status"] == 200
    assert bad.details["error_code"] == 100 and bad.details["http_status"] == 400
    assert {r["correlation_id"] for r in sim.requests() if r["method"] == "POST"} == {sent.correlation_id,
                                                                                     failed.correlation_id}
    text = json.dumps([[r.subject, r.details] for r in _rows(sessions, action=audit.GRAPH_REQUEST)])
    assert "Torte" not in text and "15 Uhr" not in text and "morgen" not in text  # no message text in Graph rows


async def test_rows_are_written_off_the_event_loop_thread(sim, database, graph, writer):
    engine, sessions = database
    writes: list[tuple[int, str]] = []

    @event.listens_for(engine, "before_cursor_execute")
    def seen(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("INSERT INTO AUDIT_EVENTS"):
            writes.append((threading.get_ident(), repr(parameters)))

    loop_thread = threading.get_ident()
    with correlation.correlated("ui-offloop") as cid:
        await graph.phone_number()
    writer.flush()
    graph_writes = [thread for thread, params in writes if audit.GRAPH_REQUEST in params]
    assert graph_writes and loop_thread not in graph_writes
    [row] = _rows(sessions, action=audit.GRAPH_REQUEST)
    assert row.correlation_id == cid and row.subject == f"GET /v23.0/{sim.config.phone_number_id}"
    event.remove(engine, "before_cursor_execute", seen)


@dataclass(frozen=True)
class Call:
    method: str = "GET"
    path: str = "/v23.0/1?fields=x&access_token=EAAG-leaked"
    correlation_id: str = "ui-close"
    http_status: int | None = 200
    attempts: int = 1
    error_code: int | None = None
    duration_ms: int = 3


def test_close_writes_every_queued_row_and_later_ones_too(sessions):
    writer = GraphAuditWriter(sessions)
    for i in range(300):
        writer(Call(correlation_id=f"ui-close-{i}"))
    writer.close()  # no flush before: close alone must not lose a row
    assert len(_rows(sessions, action=audit.GRAPH_REQUEST)) == 300
    writer(Call(correlation_id="ui-late"))  # a request that finished after close
    assert [r.subject for r in _rows(sessions, correlation_id="ui-late")] == ["GET /v23.0/1"]
    _no_secret_anywhere(_rows(sessions))


class _CountingQueue:
    """The writer's queue, counting the times its worker blocked on it (each a thread woken by a row)."""

    def __init__(self, real):
        self.real = real
        self.blocking_gets = 0

    def get(self, block=True, timeout=None):
        if block:
            self.blocking_gets += 1
        return self.real.get(block, timeout)

    def get_nowait(self):
        return self.real.get_nowait()

    def __getattr__(self, name):
        return getattr(self.real, name)


def test_rows_arriving_while_a_batch_gathers_do_not_wake_the_writer_each(sessions):
    writer = GraphAuditWriter(sessions)
    writer.LINGER = 0.5  # long enough that all the rows below arrive while the first batch gathers
    counted = writer._queue = _CountingQueue(writer._queue)
    for i in range(200):
        writer(Call(correlation_id=f"ui-linger-{i}"))
    writer.flush()
    writer.close()
    assert len(_rows(sessions, action=audit.GRAPH_REQUEST)) == 200
    # one wait for the first row of each batch (and the close), not a wake-up per row
    assert counted.blocking_gets <= 3


async def test_aclose_from_the_loop_flushes_too(sessions):
    writer = GraphAuditWriter(sessions)
    writer(Call())
    await writer.aclose()
    assert len(_rows(sessions, action=audit.GRAPH_REQUEST)) == 1
    await asyncio.sleep(0)


def test_a_failing_database_never_reaches_the_graph_client(sessions, caplog):
    class Broken:
        def begin(self):
            raise RuntimeError("disk gone")

    writer = GraphAuditWriter(Broken(), retry_first=0.01, close_wait=0.1)
    writer(Call())  # must not raise
    writer.close()
    assert "could not write 1 Graph audit rows" in caplog.text


async def test_connect_and_the_connection_check_audit_their_graph_requests(sim, profile, sessions):
    """The live clients built by ``wiring.make_graph`` (klaros connect / the wizard, Settings' check) are audited."""
    from klaros_desktop.commands import CommandContext
    from klaros_desktop.commands.connect import connect
    from klaros_desktop.services.setup import connection_check, wiring

    with pytest.raises(Exception, match="token"):  # a failed check is audited too (and nothing is stored)
        await connect(CommandContext(profile=profile), "not-the-token", sim.config.phone_number_id,
                      sim.config.waba_id, sim.base_url, None)
    [refused] = _rows(sessions, action=audit.GRAPH_REQUEST)
    assert refused.correlation_id.startswith("cli-") and refused.details["http_status"] == 401
    assert refused.details["error_code"] == 190
    await connect(CommandContext(profile=profile), TOKEN, sim.config.phone_number_id, sim.config.waba_id,
                  sim.base_url, None)
    [connected] = _rows(sessions, action="meta_connected")
    rows = _rows(sessions, action=audit.GRAPH_REQUEST, correlation_id=connected.correlation_id)
    assert [r.subject for r in rows] == [f"GET /v23.0/{sim.config.phone_number_id}",
                                         f"GET /v23.0/{sim.config.waba_id}/message_templates"]
    async with httpx.AsyncClient(trust_env=False) as http:
        result = await connection_check.check_meta(sessions, wiring.secret_store(profile), http)
    assert result.ok
    check = _rows(sessions, action=audit.GRAPH_REQUEST)[-1]
    assert check.correlation_id.startswith("ui-") and check.details["http_status"] == 200
    assert {r["correlation_id"] for r in sim.requests()} == {r.correlation_id for r in _rows(
        sessions, action=audit.GRAPH_REQUEST)}
    _no_secret_anywhere(_rows(sessions))


async def test_the_apps_live_client_is_audited_and_its_rows_flushed_when_the_backend_closes(sim, profile, sessions):
    from klaros_desktop.app import connect_live, open_backend
    from klaros_desktop.commands import CommandContext
    from klaros_desktop.commands.connect import connect

    await connect(CommandContext(profile=profile), TOKEN, sim.config.phone_number_id, sim.config.waba_id,
                  sim.base_url, None)
    backend = open_backend(profile)  # as the app opens it: the engine is disposed last
    async with httpx.AsyncClient(trust_env=False) as http:
        assert await connect_live(backend, http)
        writers = [c.__self__ for c in backend.closers if isinstance(getattr(c, "__self__", None), GraphAuditWriter)]
        assert len(writers) == 1 and backend.messenger.graph._audit is writers[0]
        with correlation.correlated("ui-live-check"):
            await backend.messenger.graph.phone_number()
        await backend.aclose()  # closing the app closes the writer, which writes what is queued
    assert writers[0]._closed
    [row] = _rows(sessions, correlation_id="ui-live-check")
    assert row.action == audit.GRAPH_REQUEST and row.details["http_status"] == 200
