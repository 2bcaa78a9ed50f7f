"""Sync: pull sealed events from the relay, open them, apply them, then advance the cursor and ack.

Each pulled page (or the pages read ahead together, below) is applied in one transaction together with the new
cursor, so a crash either keeps all of it or none of it; the relay is acked only after the commit. Applying is
idempotent, so a page seen twice (crash between commit and ack) changes nothing.

Once acked, the relay drops an event: an event may be passed over only when applying it again would fail the
same way (``dead_letters.is_deterministic``: the event itself is at fault), and it is kept as a dead letter
(``dead_letters.record``) in the transaction that moves the cursor past it. Any other failure (the database
locked or busy during a long import, a disk error, no memory, a bug) stops the page at that event: nothing from
it on is committed or acked, and the next pull brings it again (``SyncStopped``).

Reading ahead: while a full page is applied on a worker thread, the next page is pulled, so the relay's round
trip overlaps the apply (a pull acknowledges nothing: the relay drops events on ``ack`` only). It is used only
when the cursor committed is the one it was pulled after; otherwise (the page stopped, another writer moved the
cursor) it is dropped and pulled again. Nothing of it touches the database before its turn, and the ack still
follows its own commit.

Opening beside the commit: the events read ahead are opened (decrypted, parsed) on a thread of their own while the
transaction before them commits, and only then. The commit (the WAL written, fsync, now and then a checkpoint) runs
without the GIL, so opening fills time the apply spends waiting for the disk. The opener stops as soon as the
commit is back; what it did not reach is opened on the applying thread as before. Opening beside the rest of the
apply was measured and dropped: both are CPU work under the GIL, and each SQLite step of the apply then waited for
it (more CPU, no gain). An event opened beside is used only by the transaction that applies that very event
(the same pulled object); opening touches neither the database nor the cursor, so a dropped read-ahead leaves only
work thrown away.

Pages read ahead share a commit: while one transaction is applied, the pages the relay has waiting after it
(each pulled as soon as the one before came full, at most ``PAGES_PER_COMMIT``) are read ahead, and then applied
in one transaction with the cursor of their last event, acked (up to that event) only after that commit. Each
commit writes the index and table pages it dirtied once, however many events share them, so a backlog costs fewer
pages (and fsyncs) per event; the bound keeps each transaction short (a few thousand events, well under a second),
so the shop sees new messages promptly and a stop (``SyncStopped``) brings back at most that many events. The
first page of a pull is applied as it comes (nothing waits for more pages), so one event alone is not held back.

Pages are as large as the relay gives (``PAGE_SIZE``), and each transaction's events are opened and applied with
Python's cyclic garbage collector paused (``services.core.collector``), until their ack is done: their objects all
live until the commit, and the events opened beside it until their own, so collections meanwhile would only walk
them (and, now and then, the whole heap) to free nothing.

None of Meta's template webhooks carries the whole template (no examples, no media header), so after a page
that named templates the service fetches them whole from Meta (``fetch_named``) beside the next pull, for the app
and ``klaros sync`` alike; a failed fetch leaves what the webhook brought, and the next webhook or refresh brings
the rest.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop import correlation
from klaros_desktop.models import SyncState, utcnow
from klaros_desktop.phrases import counted
from klaros_desktop.relay_client import (
    DeviceKey,
    KekCache,
    PulledEvent,
    RelayClient,
    RelayError,
    SealError,
    attach_media_refs,
    open_sealed,
)
from klaros_desktop.services.core import audit, collector
from klaros_desktop.services.core.changes import Changes
from klaros_desktop.services.inbound import dead_letters
from klaros_desktop.services.inbound.apply import ApplyStats, MalformedWebhook, WebhookApplier, check_body
from klaros_desktop.services.inbound.dead_letters import is_deterministic
from klaros_desktop.services.inbound.json_body import parse_json
from klaros_desktop.services.messaging import templates

log = logging.getLogger(__name__)

SOURCE = "relay"
# Events per pull: the relay's largest page (``relay.device_api.MAX_PULL_LIMIT``). Each page is one commit, one
# fsync and one round trip, so fewer, larger pages cost less per event; the relay still sends fewer when they
# would not fit its answer's size limit.
PAGE_SIZE = 1000
# Pages read ahead that are applied in one transaction at most (see the module's docstring).
PAGES_PER_COMMIT = 4


@dataclass
class SyncReport:
    events: int = 0
    pages: int = 0
    unreadable: int = 0
    failed: int = 0
    stats: ApplyStats = field(default_factory=ApplyStats)
    cursor: str | None = None
    templates_fetched: int = 0  # templates fetched whole from Meta after the pages (``sync_once``)

    @property
    def changes(self) -> Changes:
        """The rows the applied events touched (filled by the applier), for the screens."""
        return self.stats.changes

    def summary(self) -> str:
        s = self.stats
        return (f"{counted(self.events, 'event')}: {counted(s.messages, 'new message')}, "
                f"{counted(s.statuses, 'status', 'statuses')}, {s.pending} waiting for "
                f"{'its' if s.pending == 1 else 'their'} message, {counted(s.consent_events, 'consent change')}, "
                f"{counted(s.templates, 'template update')}, {counted(s.duplicates, 'duplicate')} ignored, "
                f"{self.unreadable} unreadable, {self.failed} failed")


class SyncStopped(Exception):
    """Applying stopped at the event ``cursor`` for a reason that may pass (``__cause__``): that event and those
    after it were neither committed nor acked, so the relay hands them over again. ``report`` holds the events
    of the page committed before it (their cursor may be acked)."""

    def __init__(self, cursor: str, report: SyncReport, cause: BaseException):
        super().__init__(f"sync stopped at event {cursor}, which comes again with the next pull: "
                         f"{_said(cause)}")
        self.cursor = cursor
        self.report = report


__all__ = ["SyncReport", "SyncService", "SyncStopped", "is_deterministic"]


@dataclass
class _Opened:
    """A pulled event as far as it could be opened; ``error`` (why it cannot be applied) makes it a dead letter."""

    event: PulledEvent
    body: Any = None  # the parsed JSON
    text: str | None = None  # the opened bytes, when they are not JSON
    error: BaseException | None = None


@dataclass
class _Ahead:
    """The pages pulled after ``after`` while the events ending there were applied, as one list; ``more``: the
    last of them came full (the relay may have more waiting)."""

    after: str | None
    events: list[PulledEvent]
    pages: int
    more: bool


class _Opener:
    """Opens ``events`` in order on a thread of its own until ``stop`` (see "Opening beside the commit" above)."""

    def __init__(self, open_event: Callable[[PulledEvent], _Opened], events: list[PulledEvent]):
        self.opened: dict[str, _Opened] = {}  # by cursor
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(open_event, events), name="klaros-sync-open",
                                        daemon=True)
        self._thread.start()

    def _run(self, open_event: Callable[[PulledEvent], _Opened], events: list[PulledEvent]) -> None:
        for event in events:
            if self._stopped.is_set():
                return
            try:
                self.opened[event.cursor] = open_event(event)
            except Exception:  # not an event at fault (open_event keeps those): the applying thread meets it again
                return

    def end(self) -> None:
        """Stop, and wait for the thread to finish the event in hand."""
        self._stopped.set()
        self._thread.join()

    def take(self) -> dict[str, _Opened]:
        """What was opened (the thread ended first)."""
        self.end()
        return self.opened


class SyncService:
    pages_per_commit = PAGES_PER_COMMIT  # 1: each page in its own transaction

    def __init__(
        self,
        sessions: sessionmaker[Session],
        relay: RelayClient,
        *,
        device_id: str,
        tenant_id: str,
        key: DeviceKey,
        page_size: int = PAGE_SIZE,
        on_applied: Callable[[SyncReport], None] | None = None,
        graph: Callable[[], Any | None] | None = None,
        on_fetched: Callable[[Changes], None] | None = None,
    ):
        self.sessions = sessions
        self.relay = relay
        self.device_id = device_id
        self.tenant_id = tenant_id
        self.key = key
        self.page_size = page_size
        self.on_applied = on_applied
        self._ahead: _Ahead | None = None
        self._pulled: list[PulledEvent] | None = None  # the events read ahead so far, for the opener
        self._opener: _Opener | None = None
        # Events the relay sealed under one ephemeral key share their KEK (docs/sealed-events.md).
        self._keks = KekCache()
        # The Graph client that fetches the templates a page named, asked for each time (the app connects to Meta
        # after sync may have started; None: not connected, nothing is fetched); ``on_fetched`` hears what it stored.
        self.graph = graph
        self.on_fetched = on_fetched
        self.templates_fetched = 0
        self._fetches: set[asyncio.Task] = set()

    # ------------------------------------------------------------------ sync (DB) part
    def cursor(self) -> str | None:
        with self.sessions() as s:
            state = s.get(SyncState, SOURCE)
            return state.cursor if state else None

    def open_event(self, event: PulledEvent) -> _Opened:
        try:
            raw = open_sealed(event.sealed, tenant_id=self.tenant_id, device_id=self.device_id, key=self.key,
                              keks=self._keks)
        except SealError as exc:
            return _Opened(event, error=exc)
        try:
            body = parse_json(raw)
        except (ValueError, RecursionError) as exc:  # not UTF-8, not JSON, or nested deeper than Python's stack
            return _Opened(event, text=raw.decode("utf-8", "backslashreplace"), error=exc)
        try:
            check_body(body)
        except MalformedWebhook as exc:
            return _Opened(event, body=body, error=exc)
        if event.media:  # the relay keeps some of its files: their references join the media objects
            attach_media_refs(body, event.media)
        return _Opened(event, body=body)

    def apply_events(self, events: list[PulledEvent]) -> SyncReport:
        """Open and apply one page in one transaction with the cursor.

        When the page fails because of an event (``is_deterministic``), its events are applied one by one and
        that event is set aside; any other failure raises ``SyncStopped`` at the first event not committed."""
        if not events:
            return SyncReport()
        with collector.paused():
            return self._apply_page(events)

    def _opened(self, events: list[PulledEvent]) -> list[_Opened]:
        """The events opened: those opened beside the commit before (the same pulled objects), the rest here."""
        ready = self._opener.take() if self._opener is not None else {}
        self._opener = None
        out = []
        for event in events:
            item = ready.get(event.cursor)
            out.append(item if item is not None and item.event is event else self.open_event(event))
        return out

    def _open_beside_commit(self) -> _Opener | None:
        """Start opening the events read ahead so far (a copy of the list: the pull may still be adding to it)."""
        pending = list(self._pulled or ())
        if not pending:
            return None
        self._opener = _Opener(self.open_event, pending)
        return self._opener

    def _apply_page(self, events: list[PulledEvent]) -> SyncReport:
        report = SyncReport()
        opened = self._opened(events)
        opener = None
        try:
            with self.sessions.begin() as session:
                self._apply_items(session, opened, report)
                self._advance(session, events[-1].cursor, len(events))
                st = report.stats
                audit.record(session, "sync_applied", actor="sync", subject=f"{events[0].cursor}..{events[-1].cursor}",
                             details={"events": len(events), "messages": st.messages, "statuses": st.statuses,
                                      "pending": st.pending, "duplicates": st.duplicates,
                                      "consent_events": st.consent_events, "templates": st.templates,
                                      "unreadable": report.unreadable,
                                      "correlation_ids": [e.correlation_id for e in events][:1000]},
                             correlation_id=correlation.new_id("sync"))
                session.flush()  # all that is left is the commit, which runs without the GIL
                opener = self._open_beside_commit()
        except Exception as exc:
            if opener is not None:
                opener.end()
            if not is_deterministic(exc):
                log.warning("applying a page of %d events stopped at %s: %s", len(events), events[0].cursor,
                            _said(exc))
                raise SyncStopped(events[0].cursor, SyncReport(), exc) from exc
            log.warning("applying a page of %d events failed (%s); applying them one by one", len(events),
                        _said(exc))
            report = SyncReport()
            for item in opened:
                self._apply_alone(item, report)
        if opener is not None:  # back from the commit: the opener ends (after the event in hand) while paused
            opener.end()
        report.events = len(events)
        report.cursor = events[-1].cursor
        return report

    def _apply_items(self, session: Session, items: list[_Opened], report: SyncReport) -> None:
        batch: list[tuple[dict, str | None]] = []
        for item in items:
            if item.error is None:
                batch.append((item.body, item.event.correlation_id or correlation.new_id("relay")))
                continue
            report.unreadable += 1
            dead_letters.record(session, item.event, item.error, body=item.body, body_text=item.text)
            report.stats.changes.dead_letters = True
        if batch:
            report.stats.add(WebhookApplier(session).apply_batch(batch))

    def _apply_alone(self, item: _Opened, report: SyncReport) -> None:
        """Apply one event with its cursor; counted in ``report`` once committed. An event at fault is kept as a
        dead letter and passed over; any other failure raises ``SyncStopped`` (it and those after it come again)."""
        cursor = item.event.cursor
        one = SyncReport()
        try:
            with self.sessions.begin() as session:
                self._apply_items(session, [item], one)
                self._advance(session, cursor, 1)
        except Exception as exc:
            if not is_deterministic(exc):
                log.warning("applying event %s stopped: %s", cursor, _said(exc),
                            extra={"correlation_id": item.event.correlation_id})
                raise SyncStopped(cursor, report, exc) from exc
            try:
                with self.sessions.begin() as session:
                    letter = dead_letters.record(session, item.event, exc, body=item.body)
                    self._advance(session, cursor, 1, error=f"{letter.error_class}: {letter.reason}")
            except Exception as recording:  # not even set aside: it must come again
                raise SyncStopped(cursor, report, recording) from recording
            one = SyncReport(failed=1)
            one.stats.changes.dead_letters = True
        _merge(report, one)
        report.events += 1
        report.cursor = cursor

    @staticmethod
    def _advance(session: Session, cursor: str, applied: int, error: str | None = None) -> None:
        state = session.get(SyncState, SOURCE)
        if state is None:
            state = SyncState(source=SOURCE, events_applied=0)
            session.add(state)
        state.cursor = cursor
        state.events_applied = (state.events_applied or 0) + applied
        state.last_synced_at = utcnow()
        state.last_error = error

    # ------------------------------------------------------------------ network part
    async def pull_and_apply(self, *, wait: float = 0) -> SyncReport:
        """One transaction: pull a page after our cursor (or take the pages read ahead), apply, commit, ack. Empty
        report when nothing was waiting."""
        cursor = await asyncio.to_thread(self.cursor)
        ahead, self._ahead = self._ahead, None
        if ahead is None or ahead.after != cursor:
            page = (await self.relay.pull(cursor, limit=self.page_size, wait=wait)).events
            ahead = _Ahead(cursor, page, 1, len(page) >= self.page_size)
        events = ahead.events
        if not events:
            return SyncReport()
        self._pulled = None  # the read-ahead below offers its own pages to the opener
        # The collector stays paused until the ack is done: the events opened beside the commit live until their
        # own transaction, and a collection meanwhile would only walk them.
        with collector.paused():
            return await self._apply_and_ack(ahead, events)

    async def _apply_and_ack(self, ahead: _Ahead, events: list[PulledEvent]) -> SyncReport:
        applying = asyncio.ensure_future(asyncio.to_thread(self.apply_events, events))
        reading = asyncio.ensure_future(self._read_ahead(events[-1].cursor)) if ahead.more else None
        stopped: SyncStopped | None = None
        try:
            report = await applying
        except SyncStopped as exc:  # the events committed before it are acked; it and the rest come again
            stopped, report = exc, exc.report
        except BaseException:
            if reading is not None:
                await _dropped(reading)
            raise
        if reading is not None:
            following = await reading
            if stopped is None and following is not None and report.cursor == events[-1].cursor:
                self._ahead = following
        if report.cursor is not None:
            report.pages = ahead.pages if report.cursor == events[-1].cursor else 1
            try:
                await self.relay.ack(report.cursor)
            except RelayError as exc:  # the next ack covers it; applying again is harmless
                log.warning("ack up to %s failed: %s", report.cursor, exc)
            if self.on_applied:
                self.on_applied(report)
            self._fetch_later(report.changes)
        if stopped is not None:
            raise stopped
        return report

    async def _read_ahead(self, after: str) -> _Ahead | None:
        """The pages after ``after`` the relay has now (each pulled without waiting, the next only when it came
        full), at most ``pages_per_commit``; None when there are none or the relay cannot be asked (the next pull
        asks again). A failure after the first page keeps the pages pulled before it."""
        events: list[PulledEvent] = []
        self._pulled = events  # opened beside the commit before them, as far as pulled by then
        pages, more, last = 0, True, after
        while more and pages < max(1, self.pages_per_commit):
            try:
                page = await self.relay.pull(last, limit=self.page_size, wait=0)
            except (RelayError, OSError) as exc:
                log.debug("reading ahead after %s failed: %s", last, exc)
                more = False
                break
            if not page.events:
                more = False
                break
            events.extend(page.events)
            pages += 1
            more = len(page.events) >= self.page_size
            last = page.events[-1].cursor
        if not events:
            return None
        return _Ahead(after, events, pages, more)

    # ------------------------------------------------------------------ templates named by a page
    def _fetch_later(self, changes: Changes) -> None:
        """Fetch whole the templates ``changes`` names, beside the next pull (Meta slow to answer must not hold
        the customers' messages back)."""
        graph = self.graph() if self.graph is not None and changes.templates else None
        if graph is None:
            return
        task = asyncio.get_running_loop().create_task(self.fetch_named(graph, set(changes.templates)))
        self._fetches.add(task)
        task.add_done_callback(self._fetches.discard)

    async def fetch_named(self, graph: Any, template_ids: set[int]) -> Changes:
        """Fetch from Meta the templates a page named and store them whole; what they changed goes to
        ``on_fetched``. A failure (Meta unreachable, the template deleted meanwhile) is logged and leaves what the
        webhook brought."""
        try:
            refreshed = await templates.fetch_named(self.sessions, graph, template_ids)
        except Exception as exc:
            log.warning("fetching %d template(s) a webhook named failed: %s", len(template_ids), _said(exc))
            return Changes()
        self.templates_fetched += refreshed.count
        if self.on_fetched is not None and refreshed.changes:
            self.on_fetched(refreshed.changes)
        return refreshed.changes

    async def settle(self) -> None:
        """Wait until the template fetches started so far are done."""
        while self._fetches:
            await asyncio.gather(*list(self._fetches), return_exceptions=True)

    async def sync_once(self) -> SyncReport:
        """Pull until the relay has nothing more, and fetch whole the templates the pages named."""
        total = SyncReport()
        fetched = self.templates_fetched
        try:
            while True:
                report = await self.pull_and_apply(wait=0)
                if not report.events:
                    break
                _merge(total, report)
        finally:  # the pages committed before a failure named their templates too
            await self.settle()
        total.templates_fetched = self.templates_fetched - fetched
        return total

    async def run_forever(self, stop: asyncio.Event | None = None, *, wait: float = 25, first_backoff: float = 1,
                          max_backoff: float = 60, on_online: Callable[[], None] | None = None,
                          on_offline: Callable[[BaseException], None] | None = None) -> SyncReport:
        """Long-poll until ``stop`` is set (or the task is cancelled); the one sync loop of the app and of
        ``klaros sync``. Nothing ends it but ``stop``: a shop's window stays open for days.

        - a page pulled (even an empty one): the relay is reachable, ``on_online()`` when it was not before;
        - the relay cannot be reached or refuses (connection, timeout, 5xx, a revoked device): ``on_offline(exc)``
          when it was reachable before, then a wait of ``first_backoff`` seconds, doubled after each failure up
          to ``max_backoff`` (or longer when the relay's Retry-After asks for more), that ends at once when
          ``stop`` is set;
        - applying stopped at an event (``SyncStopped``: the database locked or busy, a disk error, a bug): logged,
          and the pull is tried again after the same wait, so the event comes again; the relay counts as reachable;
        - anything else (a bug, a full disk): logged with its traceback and tried again after the same wait,
          without claiming the relay is gone.

        The report counts what was applied; the rows each page changed went to ``on_applied`` and are not
        kept, so a loop that runs for weeks does not hold every id it ever touched.
        """
        try:
            return await self._run_forever(stop, wait, first_backoff, max_backoff, on_online, on_offline)
        finally:  # stopped: a template fetch still under way is not waited for
            for task in list(self._fetches):
                task.cancel()

    async def _run_forever(self, stop: asyncio.Event | None, wait: float, first_backoff: float, max_backoff: float,
                           on_online: Callable[[], None] | None,
                           on_offline: Callable[[BaseException], None] | None) -> SyncReport:
        total = SyncReport()
        backoff = first_backoff
        reachable: bool | None = None
        while stop is None or not stop.is_set():
            asked = 0.0  # what the relay asked us to wait (Retry-After), if it did
            try:
                report = await self.pull_and_apply(wait=wait)
                backoff = first_backoff
                _merge(total, report)
                total.stats.changes = Changes()
                if reachable is not True:
                    reachable = True
                    if on_online is not None:
                        on_online()
                continue
            except SyncStopped as exc:  # the relay answered; applying stopped and the event comes again
                _merge(total, exc.report)
                total.stats.changes = Changes()
                cause = exc.__cause__
                if isinstance(cause, OperationalError):  # locked, busy, disk: it passes, no traceback needed
                    log.warning("%s; retrying in %.0f s", exc, backoff)
                else:
                    log.error("%s; retrying in %.0f s", exc, backoff, exc_info=cause)
                if reachable is not True:
                    reachable = True
                    if on_online is not None:
                        on_online()
            except (RelayError, OSError) as exc:
                refused = isinstance(exc, RelayError) and not exc.retryable
                asked = getattr(exc, "retry_after", None) or 0.0
                (log.error if refused else log.warning)(
                    "relay %s, retrying in %.0f s: %s", "refused the device" if refused else "unavailable",
                    max(backoff, asked), exc)
                if reachable is not False:
                    reachable = False
                    if on_offline is not None:
                        on_offline(exc)
            except Exception:
                log.exception("sync failed; retrying in %.0f s", backoff)
            await _sleep_or_stop(max(backoff, asked), stop)
            backoff = min(backoff * 2, max_backoff)
        return total


def _said(exc: BaseException) -> str:
    """An error for the log and ``SyncStopped``: a database error's own message without its SQL parameters, else
    where it was raised (``dead_letters.describe``), never the customer's text or number it may quote."""
    error_class, reason = dead_letters.describe(exc)
    return f"{error_class}: {reason}"


def _merge(total: SyncReport, report: SyncReport) -> None:
    total.events += report.events
    total.pages += report.pages
    total.unreadable += report.unreadable
    total.failed += report.failed
    total.stats.add(report.stats)
    total.cursor = report.cursor or total.cursor


async def _dropped(task: asyncio.Future) -> None:
    """Let a read-ahead task end and drop what it made (it touched nothing)."""
    with contextlib.suppress(Exception):
        await task


async def _sleep_or_stop(seconds: float, stop: asyncio.Event | None) -> None:
    if stop is None:
        await asyncio.sleep(seconds)
        return
    try:
        await asyncio.wait_for(stop.wait(), timeout=seconds)
    except TimeoutError:
        pass
