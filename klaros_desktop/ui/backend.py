"""What the windows talk to: the database, the send service, the sync loop and the online state.

The backend receives the profile's session factory (``app.open_backend`` opens the database; tests hand in
their own) and hands it to the services; it never opens a database or a session itself.

Widgets never call Graph or the relay themselves. ``Backend`` owns the narrow ``Messenger`` interface
(``SendService`` fits it; tests hand in a fake) and emits ``data_changed`` with a ``Changes`` report after
every operation that changed data (a sync page, an outbox flush, a send, an edit: whoever ran it hands the
service's report to ``changed``), so every view re-reads what concerns it without a click.

The outbox's rules live in ``services.outbox``; the backend only triggers its ``flush`` (at reconnect, after
"Send again", and on a timer at the earliest retry time while online), settles items a crash left mid-send
when it starts, and keeps the waiting / held counts for the status bar.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop.models import utcnow
from klaros_desktop.paths import Profile
from klaros_desktop.services.core.changes import Changes
from klaros_desktop.services.messaging.outbox import FlushReport, Outbox
from klaros_desktop.ui import ops
from klaros_desktop.ui.i18n import clock, number

if TYPE_CHECKING:
    from klaros_desktop.secrets import SecretStore
    from klaros_desktop.services.inbound.sync import SyncReport, SyncService

log = logging.getLogger(__name__)


class Messenger(Protocol):
    """The part of ``services.sending.SendService`` the UI uses."""

    async def send_text(self, number: str, body: str, *, reply_to: str | None = None,
                        correlation_id: str | None = None, automatic: str | None = None) -> Any: ...

    async def send_template(self, number: str, name: str, language: str, params: list[str] | None = None, *,
                            header: tuple[Any, bytes] | None = None, media_root: Path | None = None,
                            link_values: dict[str, str] | None = None, header_text: str | None = None,
                            header_location: Any = None,
                            progress: Callable[[int, int], None] | None = None) -> Any: ...

    async def send_reaction(self, number: str, wamid: str, emoji: str) -> Any: ...


class Backend(QObject):
    data_changed = Signal(object)  # a Changes: the rows an operation changed (never None, never empty)
    messages_received = Signal(int)  # new messages from customers in a sync page (for the tray notice)
    online_changed = Signal(bool)
    sync_status = Signal(str)
    outbox_result = Signal(object, object)  # QueuedText, SendOutcome or exception (one per item a flush tried)
    outbox_changed = Signal()  # items were added, sent, held or removed: ``outbox_counts`` is current
    upload_progress = Signal(int, float)  # outbox item id, share of its file uploaded (0..1)

    def __init__(self, profile: Profile, sessions: sessionmaker[Session], *, messenger: Messenger | None = None,
                 secret_store: SecretStore | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.profile = profile
        self.sessions = sessions
        self.messenger = messenger
        self._secret_store = secret_store
        self.outbox = Outbox(sessions, media_root=profile.media)
        self.media_fetcher = None  # services.media.downloads.MediaFetcher, once connected (start_media)
        self.uploads: dict[int, float] = {}  # outbox item id -> share uploaded, while its file goes up
        self.outbox.on_upload = lambda item, sent, total: self.upload_progress.emit(item, sent / max(1, total))
        self.upload_progress.connect(self._uploaded)
        self._media_timer = QTimer(self, singleShot=True)
        self._media_timer.timeout.connect(self.fetch_media)
        self._fetching = False
        self.outbox_counts: tuple[int, int] = (0, 0)  # (waiting, held)
        self._flushing = False
        self._flush_again = False
        self._retry = QTimer(self, singleShot=True)
        self._retry.timeout.connect(self.flush_outbox)
        self.online = messenger is not None
        self.offline_since: datetime | None = None if self.online else utcnow()
        self.last_event_at: datetime | None = None
        # Set when the profile is set up but cannot connect on this computer at all (no usable password store):
        # then nothing written now can be sent, and the screens must not promise that the outbox will send it.
        self.cannot_connect = False
        self.notifications = True  # Settings: say when messages arrive while the window is in the background
        # Paired with a relay or connected to Meta, read on a worker thread (``refresh_set_up``); None until read,
        # taken as set up meanwhile so that a set-up profile never flashes "Not connected yet".
        self.set_up: bool | None = None
        self.last_applied_conversations: set[int] = set()
        self._sync_task: asyncio.Future | None = None
        self._stop: asyncio.Event | None = None
        self.closers: list[Callable[[], Any]] = []
        self.refresh_set_up()
        ops.run_sync(self._recover_outbox, self._counted)  # items a crash left mid-send, then the counts

    @property
    def secret_store(self) -> SecretStore:
        """The OS keyring, opened when first needed (importing ``keyring`` is not needed for the first paint)."""
        if self._secret_store is None:
            from klaros_desktop.secrets import SecretStore

            self._secret_store = SecretStore(str(self.profile.root))
        return self._secret_store

    # ------------------------------------------------------------------ online state and outbox
    def set_messenger(self, messenger: Messenger | None) -> None:
        self.messenger = messenger
        self.set_online(messenger is not None)

    def set_online(self, online: bool) -> None:
        if online == self.online:
            return
        self.online = online
        self.offline_since = None if online else utcnow()
        self.online_changed.emit(online)
        self.sync_status.emit(self.status_text())
        if online:
            self.flush_outbox()
        else:
            self._retry.stop()
            self.refresh_set_up()

    def status_text(self, short: bool = False) -> str:
        """The sync state for the status bar; ``short``: the words that matter, for a narrow window (the whole
        sentence is then the tooltip)."""
        return self._connection_text(short) + self._outbox_text(short)

    def _outbox_text(self, short: bool = False) -> str:
        """What waits in the outbox, said so that "Connected" beside it is no contradiction: waiting messages go
        by themselves; messages not sent were refused (a rule or Meta), not lost to the connection."""
        waiting, held = self.outbox_counts
        parts = []
        if waiting:
            if short:
                parts.append(self.tr("%n message(s) waiting", "", waiting))
            else:
                parts.append(self.tr("1 message waiting to be sent") if waiting == 1
                             else self.tr("{n} messages waiting to be sent").format(n=number(waiting)))
        if held:
            if short:
                parts.append(self.tr("⚠ %n message(s) not sent", "", held))
            else:
                parts.append(self.tr("⚠ 1 message not sent: the chat marked “Not sent” says why") if held == 1
                             else self.tr("⚠ {n} messages not sent: the chats marked “Not sent” say why").format(
                                 n=number(held)))
        return "  ·  " + "  ·  ".join(parts) if parts else ""

    def _connection_text(self, short: bool = False) -> str:
        if self.online:
            if short:
                return self.tr("Connected")
            if self.last_event_at is None:
                return self.tr("Connected · no new events yet")
            return self.tr("Connected · last event {time}").format(
                time=clock(self.last_event_at))
        if self.set_up is False:
            return self.tr("Not connected yet") if short else self.tr("Not connected yet · File → Set up connection…")
        if self.cannot_connect:
            return self.tr("Cannot connect") if short else self.tr(
                "Cannot connect: no secure password store on this computer · File → Set up connection… says what "
                "to install")
        if self.offline_since is not None:
            since = clock(self.offline_since)
            if short or any(self.outbox_counts):  # the outbox part that follows says what waits
                return self.tr("Offline since {time}").format(time=since)
            return self.tr("Offline since {time} · messages you write wait in the outbox").format(time=since)
        return self.tr("Offline")

    def refresh_set_up(self) -> None:
        """Read on a worker thread whether the profile is paired with a relay or connected to Meta (else "offline"
        would wrongly suggest a lost connection); the status bar hears of a change."""
        from klaros_desktop.services.setup import status

        sessions = self.sessions
        ops.run_sync(lambda: status.is_set_up(sessions), self._set_up_read)

    def _set_up_read(self, set_up: bool) -> None:
        if set_up != self.set_up:
            self.set_up = set_up
            self.sync_status.emit(self.status_text())

    def _recover_outbox(self) -> tuple[int, int]:
        self.outbox.recover()
        return self.outbox.counts()

    def refresh_outbox_counts(self) -> None:
        """Re-read the waiting / held counts (after the composer queued, or an item was deleted)."""
        ops.run_sync(self.outbox.counts, self._counted)

    def _counted(self, counts: tuple[int, int]) -> None:
        self.outbox_counts = counts
        self.sync_status.emit(self.status_text())
        self.outbox_changed.emit()

    def flush_outbox(self) -> None:
        """Send the due outbox items through ``services.outbox`` (oldest first, ``may_send`` asked again for each).

        One flush at a time: a call while one runs makes that one go round again when it ends."""
        if self.messenger is None or not self.online:
            return
        if self._flushing:
            self._flush_again = True
            return
        self._flushing = True
        self._retry.stop()
        outbox, messenger = self.outbox, self.messenger
        ops.run_async(lambda: outbox.flush(messenger), self._flushed, self._flush_failed)

    def _uploaded(self, item_id: int, share: float) -> None:
        self.uploads[item_id] = share

    def _flushed(self, report: FlushReport) -> None:
        self._flushing = False
        for attempt in report.attempts:
            self.uploads.pop(attempt.item.id, None)
        for attempt in report.attempts:
            self.outbox_result.emit(attempt.item, attempt.outcome)
        self.changed(report.changes)
        self.refresh_outbox_counts()
        if self._flush_again:
            self._flush_again = False
            self.flush_outbox()
            return
        self._schedule_retry(report.next_due)

    def _flush_failed(self, exc: BaseException) -> None:  # the database itself failed: try again later
        log.error("outbox flush failed: %s", exc)
        self._flushing = False
        self._schedule_retry(utcnow() + timedelta(seconds=30))

    def _schedule_retry(self, due: datetime | None) -> None:
        if due is None or not self.online or self.messenger is None:
            return
        wait_ms = int((due - utcnow()).total_seconds() * 1000) + 100
        self._retry.start(min(max(wait_ms, 0), 5 * 60 * 1000))

    # ------------------------------------------------------------------ change reports
    def changed(self, changes: Changes) -> None:
        """An operation finished: tell every screen what it changed (``data_changed``); nothing when it
        changed nothing. The one way a screen hears of another operation's work."""
        if changes:
            if changes.settings or changes.everything:
                self.refresh_set_up()
            self.data_changed.emit(changes)

    # ------------------------------------------------------------------ sync loop (qasync)
    def applied(self, report: SyncReport) -> None:
        """Sync applied a page: remember when, tell every view what changed, count the new messages."""
        self.last_event_at = utcnow()
        self.sync_status.emit(self.status_text())
        self.changed(report.changes)
        self.last_applied_conversations = set(report.changes.conversations)  # muted chats do not notify
        if report.stats.messages:
            self.messages_received.emit(report.stats.messages)
            self.fetch_media()
        if report.stats.messages and self.messenger is not None:
            self.answer_automatically(set(report.changes.conversations))

    def answer_automatically(self, conversation_ids: set[int]) -> None:
        """Greeting and away messages for the chats a sync page brought messages to (``auto_replies``)."""
        from klaros_desktop.services.messaging import auto_replies

        sessions, messenger = self.sessions, self.messenger
        ops.run_async(lambda: auto_replies.answer(sessions, messenger, conversation_ids), self.changed,
                      lambda exc: log.warning("automatic replies failed: %s", exc))

    # ------------------------------------------------------------------ media downloads
    def start_media(self, fetcher) -> None:
        """Download the files of inbound media messages in the background (``services.media.downloads``): those
        a previous run left, now, and after every sync page; each finished file is a change report."""
        self.media_fetcher = fetcher
        fetcher.on_change = self.changed
        ops.run_sync(lambda: fetcher.discover(restart=True), lambda _n: self.fetch_media())

    def fetch_media(self) -> None:
        fetcher = self.media_fetcher
        if fetcher is None:
            return
        if self._fetching:
            self._media_timer.start(1000)
            return
        self._fetching = True

        async def run():
            await asyncio.to_thread(fetcher.discover)
            await fetcher.run()
            return await asyncio.to_thread(fetcher.next_due)

        ops.run_async(run, self._media_done, self._media_failed)

    def _media_done(self, due: datetime | None) -> None:
        self._fetching = False
        if due is not None:
            wait_ms = int((due - utcnow()).total_seconds() * 1000) + 100
            self._media_timer.start(min(max(wait_ms, 500), 30 * 60 * 1000))

    def _media_failed(self, exc: BaseException) -> None:
        log.error("media downloads stopped: %s", exc)
        self._fetching = False
        self._media_timer.start(60_000)

    def attach_sync(self, sync_service: SyncService) -> None:
        """Hear ``sync_service``'s pages (``applied``) and the templates it then fetches whole from Meta (with the
        messenger's Graph client, once connected), as every screen's change report."""
        sync_service.on_applied = self.applied
        sync_service.graph = lambda: getattr(self.messenger, "graph", None)
        sync_service.on_fetched = self.changed

    def start_sync(self, sync_service: SyncService, *, first_backoff: float = 1) -> None:
        """Run ``sync_service.run_forever`` on the qasync loop: its pages reach ``applied``, a relay that cannot
        be reached makes the status bar say offline until a pull goes through again (see ``run_forever``)."""
        loop = ops.running_loop()
        if loop is None:
            log.info("no running event loop; background sync not started")
            return
        if self._sync_task is not None:  # connected again (the set-up wizard): one loop at a time
            self._stop.set()
            self._sync_task.cancel()
        self._stop = stop = asyncio.Event()
        self.attach_sync(sync_service)
        self._sync_task = asyncio.ensure_future(sync_service.run_forever(
            stop, first_backoff=first_backoff, on_online=lambda: self.set_online(self.messenger is not None),
            on_offline=lambda _exc: self.set_online(False)))

    async def aclose(self) -> None:
        if self._stop is not None:
            self._stop.set()
        if self._sync_task is not None:
            self._sync_task.cancel()
            try:
                await self._sync_task
            except (asyncio.CancelledError, Exception):
                pass
        for close in reversed(self.closers):
            result = close()
            if asyncio.iscoroutine(result):
                await result
